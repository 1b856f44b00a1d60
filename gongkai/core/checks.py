"""System checks that stop start-up on a misconfiguration that would silently corrupt legal dates."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, Warning, register


@register()
def check_time_zone(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    # Due dates are calendar dates in China; a different TIME_ZONE shifts "today" by up to a day and
    # makes every deadline computed near midnight wrong.
    errors: list[CheckMessage] = []
    if settings.TIME_ZONE != "Asia/Shanghai":
        errors.append(
            Error(
                f"TIME_ZONE is {settings.TIME_ZONE!r}; statutory deadlines are counted in China time.",
                hint='Keep TIME_ZONE = "Asia/Shanghai".',
                id="gongkai.E001",
            )
        )
    if not settings.USE_TZ:
        errors.append(Error("USE_TZ must be True: instants are stored in UTC.", id="gongkai.E002"))
    if not str(settings.LANGUAGE_CODE).lower().startswith("zh"):
        errors.append(
            Warning("LANGUAGE_CODE is not Chinese; the UI is written in Chinese.", id="gongkai.W001")
        )
    return errors


@register()
def check_holiday_calendar(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    """Warn when the working-day calendar does not cover this year or the next one."""
    from gongkai.law.clock import ClockError, load_calendar

    messages: list[CheckMessage] = []
    try:
        calendar = load_calendar(
            settings.GONGKAI_HOLIDAY_FILE or None,
            count_adjusted_workdays=settings.GONGKAI_ADJUSTED_WORKDAYS_COUNT,
        )
    except (ClockError, OSError, ValueError) as exc:
        return [Error(f"The holiday calendar cannot be loaded: {exc}", id="gongkai.E003")]
    today = dt.date.today()
    # Next year's 节假日安排 is normally published in November or December: ask for it from December,
    # when deadlines start to run into January.
    needed_years = [today.year] + ([today.year + 1] if today.month == 12 else [])
    for needed in needed_years:
        if not calendar.covers(dt.date(needed, 1, 1)):
            messages.append(
                Warning(
                    f"The working-day calendar has no data for {needed}; "
                    + (
                        f"deadlines in {needed} are provisional (暂定: Monday–Friday without 元旦, 劳动节, "
                        "国庆节) until it is added."
                        if settings.GONGKAI_PROVISIONAL_CALENDAR
                        else f"deadlines in {needed} cannot be computed."
                    ),
                    hint="Add the State Council's 节假日安排 for that year to the file named by "
                    "GONGKAI_HOLIDAY_FILE (see docs/calendar.md).",
                    id="gongkai.W002",
                )
            )
    return messages
