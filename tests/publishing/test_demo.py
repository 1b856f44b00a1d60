from __future__ import annotations

from django.db import transaction

from gongkai.publishing.models import Document, GazetteIssue, KeyAreaItem, Kind
from gongkai.publishing.queries import art20_counts, interpretation_stats, narrative_counts


def _load(cast):
    from gongkai.core.demo import DemoContext
    from gongkai.publishing import demo

    ctx = DemoContext(orgs=cast.orgs, users={"admin": cast.admin, "jyj": cast.edu_liaison})
    with transaction.atomic():
        demo.load(ctx)
    return ctx


def test_demo_matches_the_seed_report(cast):
    _load(cast)
    ids = [cast.litong.pk]
    assert art20_counts(ids, 2022)["normative_documents"] == {"issued": 6, "repealed": 0, "in_force": 38}
    figures = narrative_counts(ids, 2022)
    assert figures["interpretations"] == 52 and figures["gazette_issues"] == 4
    assert interpretation_stats(ids, 2022)["video"] == 3
    assert Document.objects.filter(organisation=cast.litong, kind=Kind.DOCUMENT).count() == 87
    assert KeyAreaItem.objects.filter(organisation=cast.litong, published_on__year=2022).count() == 2127


def test_demo_is_idempotent(cast):
    _load(cast)
    counts = (Document.objects.count(), GazetteIssue.objects.count(), KeyAreaItem.objects.count())
    assert _load(cast).created == 0
    assert (Document.objects.count(), GazetteIssue.objects.count(), KeyAreaItem.objects.count()) == counts


def test_reporting_reads_table_two_from_the_register(cast):
    from gongkai.reporting.compute import document_counts

    _load(cast)
    counts = document_counts(cast.litong, 2022)
    assert (counts["normative_documents"].issued, counts["normative_documents"].in_force) == (6, 38)
