"""The bridge from Django settings to the pure legal modules: one place builds LawSettings."""

from __future__ import annotations

from django.conf import settings

from gongkai.law import clock
from gongkai.law.deadlines import LawSettings


def _month_day(value: str) -> tuple[int, int]:
    month, day = value.split("-")
    return int(month), int(day)


def law_settings() -> LawSettings:
    return LawSettings(
        count_adjusted_workdays=settings.GONGKAI_ADJUSTED_WORKDAYS_COUNT,
        extension_before_due=settings.GONGKAI_EXTENSION_BEFORE_DUE,
        fee_wait_pauses_clock=settings.GONGKAI_FEE_WAIT_PAUSES_CLOCK,
        department_report_deadline=_month_day(settings.GONGKAI_DEPARTMENT_REPORT_DEADLINE),
        government_report_deadline=_month_day(settings.GONGKAI_GOVERNMENT_REPORT_DEADLINE),
    )


def calendar() -> clock.WorkingCalendar:
    """The working-day calendar with the deployment's local holiday file and 调休 setting."""
    return clock.load_calendar(
        settings.GONGKAI_HOLIDAY_FILE or None,
        count_adjusted_workdays=settings.GONGKAI_ADJUSTED_WORKDAYS_COUNT,
        provisional=settings.GONGKAI_PROVISIONAL_CALENDAR,
    )
