"""The demo cases: the 2022 records behind the seed report, and a case in every state this year."""

from __future__ import annotations

from datetime import date

import pytest
from django.db.models import Count

from gongkai.applications import demo
from gongkai.applications.models import Appeal, Application
from gongkai.applications.workflow import Status

from .conftest import on_day

TODAY = date(2026, 11, 27)


@pytest.fixture
def ctx(db):  # type: ignore[no-untyped-def]
    from django.db import transaction

    from gongkai.accounts import demo as acc_demo
    from gongkai.core.demo import DemoContext
    from gongkai.organisations import demo as org_demo

    context = DemoContext()
    with transaction.atomic(), on_day(TODAY):
        org_demo.load(context)
        acc_demo.load(context)
        demo.load(context, today=TODAY)
    return context


def test_2022_matches_the_seed_table_three(ctx) -> None:  # type: ignore[no-untyped-def]
    cases = Application.objects.filter(organisation=ctx.orgs["利通区政府"], received_on__year=2022)
    assert cases.count() == 11
    assert set(cases.values_list("applicant_kind", flat=True)) == {"natural_person"}
    by_row = dict(cases.values_list("disposition").annotate(n=Count("id")).order_by())
    assert by_row == {"granted": 8, "unable_not_held": 3}
    # Nothing carried over into 2023, and every reply in time (the report says 均在规定期限内完成答复).
    assert cases.filter(closed_on__year=2022).count() == 11
    for app in cases:
        assert app.replied_on is not None and app.due_on is not None
        assert app.replied_on <= app.due_on


def test_every_state_exists_this_year_for_both_organisations(ctx) -> None:  # type: ignore[no-untyped-def]
    for short in ("利通区政府", "教育局"):
        states = set(
            Application.objects.filter(organisation=ctx.orgs[short], year=2026).values_list(
                "status", flat=True
            )
        )
        assert states == set(Status.values), short
    assert Appeal.objects.filter(organisation=ctx.orgs["利通区政府"]).count() == 1


def test_the_overdue_and_due_soon_cases_are_what_they_say(ctx) -> None:  # type: ignore[no-untyped-def]
    org = ctx.orgs["利通区政府"]
    overdue = Application.objects.get(organisation=org, notes=f"{demo.MARK}2026-overdue")
    soon = Application.objects.get(organisation=org, notes=f"{demo.MARK}2026-due_soon")
    assert overdue.due_on is not None and overdue.due_on < TODAY
    assert soon.due_on is not None and soon.due_on >= TODAY


def test_loading_twice_creates_nothing_more(ctx) -> None:  # type: ignore[no-untyped-def]
    before = Application.objects.count()
    ctx.created = 0
    with on_day(TODAY):
        demo.load(ctx, today=TODAY)
    assert ctx.created == 0
    assert Application.objects.count() == before
