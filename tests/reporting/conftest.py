"""Builders for hand-made records: applications, appeals and statistics for one organisation."""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

_seq = itertools.count(1)


def application_model():
    from gongkai.reporting.compute import application_models

    return application_models()[0]


def appeal_model():
    from gongkai.reporting.compute import application_models

    return application_models()[1]


needs_applications = pytest.mark.skipif(
    application_model() is None or appeal_model() is None,
    reason="gongkai.applications.models.Application is not installed (colleague's app)",
)


def make_app(
    org: Any,
    received: date,
    *,
    kind: str = "natural_person",
    closed: date | None = None,
    disposition: str = "",
) -> Any:
    Application = application_model()
    n = next(_seq)
    return Application.objects.create(
        organisation=org,
        number=f"T-{n}",
        year=received.year,
        sequence=n,
        channel="online",
        received_on=received,
        applicant_kind=kind,
        applicant_name=f"申请人{n}",
        disposition=disposition,
        closed_on=closed,
    )


def make_appeal(
    org: Any, kind: str, filed: date, *, result: str = "pending", decided: date | None = None
) -> Any:
    Appeal = appeal_model()
    return Appeal.objects.create(
        organisation=org, kind=kind, result=result, filed_on=filed, decided_on=decided
    )


def make_stats(
    org: Any,
    year: int,
    *,
    licensing: int = 0,
    penalty: int = 0,
    enforcement: int = 0,
    fees_yuan: str = "0",
    month: int = 1,
) -> None:
    from gongkai.reporting.models import StatRecord

    for item, value in (("licensing", licensing), ("penalty", penalty), ("enforcement", enforcement)):
        StatRecord.objects.create(
            organisation=org,
            item=item,
            period_start=date(year, month, 1),
            period_end=date(year, month, 28),
            decisions=value,
        )
    StatRecord.objects.create(
        organisation=org,
        item="fees",
        period_start=date(year, month, 1),
        period_end=date(year, month, 28),
        amount_yuan=Decimal(fees_yuan),
    )
