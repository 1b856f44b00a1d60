"""Report deadlines: 条例第四十九条 (departments by 1月31日, a government's own report by 3月31日 of the
next year), overridable by settings and, earlier only, per region (RegionDeadline)."""

from __future__ import annotations

from datetime import date

from django.conf import settings

from gongkai.organisations.models import Organisation, Region

STATUTORY = {"department": (1, 31), "government": (3, 31)}


def _month_day(value: str) -> tuple[int, int]:
    month, day = (int(x) for x in value.split("-"))
    return month, day


def _region_chain(region: Region) -> list[Region]:
    chain: list[Region] = []
    current: Region | None = region
    while current is not None and len(chain) < 10:
        chain.append(current)
        current = current.parent
    return chain


def deadline(organisation: Organisation, year: int) -> date:
    """The publication deadline of the organisation's report for `year` (a date in year + 1)."""
    level = "government" if organisation.is_government else "department"
    setting = getattr(
        settings,
        "GONGKAI_GOVERNMENT_REPORT_DEADLINE"
        if level == "government"
        else "GONGKAI_DEPARTMENT_REPORT_DEADLINE",
        "-".join(map(str, STATUTORY[level])),
    )
    # A setting can only make the deadline earlier than the statute.
    candidates = [date(year + 1, *STATUTORY[level]), date(year + 1, *_month_day(setting))]
    from .models import RegionDeadline

    for rd in RegionDeadline.objects.filter(region__in=_region_chain(organisation.region)):
        value = rd.government_deadline if level == "government" else rd.department_deadline
        candidates.append(date(year + 1, *_month_day(value)))
    return min(candidates)
