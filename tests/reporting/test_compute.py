from datetime import date
from decimal import Decimal

import pytest

from gongkai.report.model import APPLICANT_COLUMNS, DISPOSITION_ROWS
from gongkai.report.rules import r1_balance, r2_dispositions, r3_row_totals, r4_appeals
from gongkai.reporting.compute import compute, yuan_to_10k
from gongkai.reporting.models import DocumentStat

from .conftest import make_app, make_appeal, make_stats, needs_applications

pytestmark = pytest.mark.django_db


@needs_applications
def test_it_counts_the_seed_like_year(cast):
    for i in range(8):
        make_app(cast.litong, date(2022, 3, 1 + i), closed=date(2022, 4, 1), disposition="granted")
    for i in range(3):
        make_app(cast.litong, date(2022, 6, 1 + i), closed=date(2022, 7, 1), disposition="unable_not_held")
    req = compute(cast.litong, 2022).report.requests
    assert req["new"]["natural_person"] == 11
    assert req["new"]["total"] == 11
    assert req["granted"]["total"] == 8
    assert req["unable_not_held"]["natural_person"] == 3
    assert req["total_handled"]["total"] == 11
    assert req["carried_forward"]["total"] == 0


@needs_applications
def test_an_application_open_on_31_december_is_carried_forward_and_over(cast):
    make_app(cast.litong, date(2022, 12, 30))  # still open
    y2022 = compute(cast.litong, 2022).report.requests
    y2023 = compute(cast.litong, 2023).report.requests
    assert y2022["carried_forward"]["natural_person"] == 1
    assert y2023["carried_over"]["natural_person"] == 1
    assert y2023["new"]["total"] == 0


@needs_applications
def test_concluded_on_1_january_counts_in_the_next_year(cast):
    make_app(
        cast.litong, date(2022, 12, 20), kind="commercial", closed=date(2023, 1, 1), disposition="granted"
    )
    y2022 = compute(cast.litong, 2022).report.requests
    y2023 = compute(cast.litong, 2023).report.requests
    assert y2022["carried_forward"]["commercial"] == 1
    assert y2022["granted"]["commercial"] == 0
    assert y2023["carried_over"]["commercial"] == 1
    assert y2023["granted"]["commercial"] == 1


@needs_applications
def test_concluded_on_31_december_is_handled_in_the_year(cast):
    make_app(
        cast.litong,
        date(2022, 12, 1),
        kind="research",
        closed=date(2022, 12, 31),
        disposition="rejected_repeat",
    )
    req = compute(cast.litong, 2022).report.requests
    assert req["rejected_repeat"]["research"] == 1
    assert req["carried_forward"]["research"] == 0


@needs_applications
def test_cases_concluded_before_the_year_are_not_counted(cast):
    make_app(cast.litong, date(2021, 5, 1), closed=date(2021, 12, 31), disposition="granted")
    req = compute(cast.litong, 2022).report.requests
    assert all(req[row]["total"] == 0 for row in req)


@needs_applications
def test_a_mixed_year_satisfies_the_table_rules(cast):
    kinds = list(APPLICANT_COLUMNS[:6])
    for i in range(40):
        received = date(2021 + i % 3, 1 + i % 12, 1 + i % 27)
        closed = None if i % 5 == 0 else date(received.year + (i % 2), 1 + (i * 7) % 12, 28)
        if closed is not None and closed < received:
            closed = received
        make_app(
            cast.litong,
            received,
            kind=kinds[i % 6],
            closed=closed,
            disposition=DISPOSITION_ROWS[i % 21] if closed else "",
        )
    report = compute(cast.litong, 2022).report
    assert r1_balance(report) + r2_dispositions(report) + r3_row_totals(report) == []
    assert sum(report.requests["new"][c] or 0 for c in kinds) > 0
    # R5 across the boundary: 四 of 2022 is 二 of 2023, column by column.
    following = compute(cast.litong, 2023).report
    assert following.requests["carried_over"] == report.requests["carried_forward"]
    assert sum(following.requests["carried_over"][c] or 0 for c in kinds) > 0


@needs_applications
def test_a_closed_case_without_known_disposition_counts_as_other(cast):
    make_app(cast.litong, date(2022, 2, 1), closed=date(2022, 3, 1), disposition="")
    req = compute(cast.litong, 2022).report.requests
    assert req["other_other"]["natural_person"] == 1
    assert r1_balance(compute(cast.litong, 2022).report) == []


@needs_applications
def test_appeals_are_grouped_by_kind_and_result_with_pending_at_31_december(cast):
    make_appeal(cast.litong, "reconsideration", date(2022, 3, 1), result="upheld", decided=date(2022, 5, 1))
    make_appeal(
        cast.litong, "reconsideration", date(2022, 11, 1), result="corrected", decided=date(2023, 2, 1)
    )
    make_appeal(cast.litong, "litigation_direct", date(2022, 4, 1), result="other", decided=date(2022, 9, 1))
    make_appeal(
        cast.litong,
        "litigation_after_reconsideration",
        date(2021, 4, 1),
        result="upheld",
        decided=date(2022, 1, 9),
    )
    appeals = compute(cast.litong, 2022).report.appeals
    assert appeals["reconsideration"] == {"upheld": 1, "corrected": 0, "other": 0, "pending": 1, "total": 2}
    assert appeals["litigation_direct"]["other"] == 1
    assert appeals["litigation_after_reconsideration"]["total"] == 0  # filed in 2021
    assert r4_appeals(compute(cast.litong, 2022).report) == []


def test_statistics_come_from_the_records_of_the_year(cast):
    make_stats(cast.litong, 2022, licensing=5, penalty=2, enforcement=1, fees_yuan="12345.60")
    make_stats(cast.litong, 2021, licensing=100, fees_yuan="1")
    art20 = compute(cast.litong, 2022).report.art20
    assert (art20.licensing.decisions, art20.penalty.decisions, art20.enforcement.decisions) == (5, 2, 1)
    assert art20.fees.amount_10k_yuan == Decimal("1.23456")


def test_yuan_convert_to_10k_yuan_exactly():
    assert yuan_to_10k(Decimal("28433800.00")) == Decimal("2843.38")
    assert str(yuan_to_10k(Decimal("28433800.00"))) == "2843.38"
    assert yuan_to_10k(Decimal("0.01")) == Decimal("0.000001")


def test_document_counts_fall_back_to_document_stats(cast, monkeypatch):
    monkeypatch.setattr("gongkai.reporting.compute.register_art20_counts", lambda: None)
    DocumentStat.objects.create(
        organisation=cast.litong, year=2022, kind="normative_documents", issued=6, in_force=38
    )
    docs = compute(cast.litong, 2022).report.art20.normative_documents
    assert (docs.issued, docs.repealed, docs.in_force) == (6, 0, 38)


def test_document_counts_use_the_register_when_installed(cast, monkeypatch):
    calls = []

    def counter(ids, year):
        calls.append((ids, year))
        return {"rules": {"issued": 1, "repealed": 0, "in_force": 3}, "normative_documents": {"issued": 2}}

    monkeypatch.setattr("gongkai.reporting.compute.register_art20_counts", lambda: counter)
    DocumentStat.objects.create(organisation=cast.litong, year=2022, kind="normative_documents", issued=99)
    art20 = compute(cast.litong, 2022).report.art20
    assert calls == [([cast.litong.pk], 2022)]
    assert art20.rules.in_force == 3
    assert art20.normative_documents.issued == 2


@needs_applications
def test_a_region_sums_its_organisations(cast):
    from gongkai.organisations.models import Organisation

    make_app(cast.edu, date(2022, 1, 5))
    make_app(cast.fin, date(2022, 1, 6), kind="other_org")
    make_stats(cast.edu, 2022, licensing=3)
    make_stats(cast.fin, 2022, licensing=4)
    orgs = Organisation.objects.filter(region=cast.litong.region)
    report = compute(orgs, 2022, name="利通区").report
    assert report.requests["new"]["total"] == 2
    assert report.art20.licensing.decisions == 7


@needs_applications
def test_replies_on_time_and_fees_feed_the_narrative(cast):
    on_time = make_app(cast.litong, date(2022, 3, 1), closed=date(2022, 3, 20), disposition="granted")
    late = make_app(cast.litong, date(2022, 3, 1), closed=date(2022, 5, 20), disposition="granted")
    type(on_time).objects.filter(pk=on_time.pk).update(
        due_on=date(2022, 3, 29), replied_on=date(2022, 3, 20), fee_amount=Decimal("30")
    )
    type(late).objects.filter(pk=late.pk).update(
        due_on=date(2022, 3, 29), replied_on=date(2022, 5, 20), fee_amount=Decimal("0.5")
    )
    values = compute(cast.litong, 2022).placeholders
    assert values["replies_on_time"].value == 1
    assert values["fees_charged"].value == "30.50"
    assert values["applications_received"].value == 2
