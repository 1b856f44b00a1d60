"""The text's timeliness (条例第二十六条) and interpretation figures, read from real register records
through gongkai.publishing.queries."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from gongkai.publishing import services as pub
from gongkai.publishing.models import Kind
from gongkai.reporting import services
from gongkai.reporting.compute import _publishing_figures, compute, percent
from gongkai.reporting.sections import default_sections

pytestmark = pytest.mark.django_db


def _publish(cast, org, *, published: date, signed: date, **fields):
    """A document taken through 三审 by the publishing services, published on `published`."""
    fields.setdefault("title", "关于做好2022年教育工作的通知")
    fields.setdefault("body", "各学校：现将有关事项通知如下。")
    liaison = cast.edu_liaison if org == cast.edu else cast.fin_liaison
    doc = pub.create_document(org, actor=liaison, signed_on=signed, today=published, **fields)
    pub.submit(doc, actor=liaison)
    pub.approve(doc, actor=cast.reviewer1)
    pub.approve(doc, actor=cast.reviewer2)
    pub.approve(doc, actor=cast.reviewer3, today=published)
    doc.refresh_from_db()
    return doc


def _interpretation(cast, policy, *, published: date, form: str):
    return _publish(
        cast,
        policy.organisation,
        published=published,
        signed=published,
        title=f"《{policy.title}》{form}解读",
        kind=Kind.INTERPRETATION,
        interprets=policy,
        interpretation_form=form,
    )


@pytest.fixture
def register(cast):
    """教育局 2022: a policy on time, a notice 2 months late, four interpretations (3 图解, 2 同步)."""
    policy = _publish(
        cast, cast.edu, signed=date(2022, 3, 1), published=date(2022, 3, 10), kind=Kind.NORMATIVE
    )
    late = _publish(cast, cast.edu, signed=date(2022, 3, 1), published=date(2022, 6, 1), title="迟发通知")
    assert late.publish_due_on is not None and late.published_on > late.publish_due_on
    for day, form in (
        (date(2022, 3, 11), "graphic"),  # 同步: within 3 working days of the policy
        (date(2022, 3, 14), "graphic"),  # 同步
        (date(2022, 5, 9), "graphic"),
        (date(2022, 5, 10), "text"),
    ):
        _interpretation(cast, policy, published=day, form=form)
    # Outside the scope: another organisation, and the year before.
    _publish(cast, cast.fin, signed=date(2022, 3, 1), published=date(2022, 3, 2), title="财政局通知")
    _publish(cast, cast.edu, signed=date(2021, 6, 1), published=date(2021, 9, 1), title="旧通知")
    return policy


def test_the_figures_come_from_the_register(cast, register):
    values = {name: ph.value for name, ph in compute(cast.edu, 2022).placeholders.items()}
    # Six items published in 2022, interpretations included; only the notice missed its 20 working days.
    assert values["proactive_published"] == 6
    assert values["published_late"] == 1
    assert values["published_on_time"] == 5
    assert values["on_time_rate"] == "83.3%"
    assert values["interpretations"] == 4
    assert values["graphic_interpretations"] == 3
    assert values["graphic_interpretation_share"] == "75%"
    assert values["synchronous_interpretations"] == 2
    assert values["synchronous_interpretation_share"] == "50%"
    assert values["documents_published"] == 2


def test_an_item_without_a_due_date_is_neither_on_time_nor_late(cast, register):
    from gongkai.publishing.models import Document

    # E.g. published before the calendar knew its year: the 20 working days could not be counted.
    undated = _publish(cast, cast.edu, signed=date(2022, 4, 1), published=date(2022, 4, 6), title="无期限")
    Document.objects.filter(pk=undated.pk).update(publish_due_on=None)
    values = {name: ph.value for name, ph in compute(cast.edu, 2022).placeholders.items()}
    assert values["proactive_published"] == 7
    assert (values["published_on_time"], values["published_late"]) == (5, 1)
    assert values["on_time_rate"] == "83.3%"


def test_the_draft_offers_them_linked_until_publication(cast, register):
    report = services.start_draft(cast.edu, 2022)
    overview = report.sections["overview"]
    for name in ("graphic_interpretation_share", "synchronous_interpretation_share", "on_time_rate"):
        assert "{{" + name + "}}" in overview
    text = services.build(report).report.sections["overview"]
    assert "发布政策解读4条，其中图解（图文）解读3条，占比75%，同步解读占比50%" in text
    assert "信息（含政策解读）6条中" in text and "逾期公开1条，按时公开率83.3%" in text
    # Still linked: a fifth, 图解, interpretation changes the published figures.
    _interpretation(cast, register, published=date(2022, 7, 1), form="graphic")
    text = services.build(report).report.sections["overview"]
    assert "发布政策解读5条，其中图解（图文）解读4条，占比80%，同步解读占比40%" in text
    version = services.publish(report)
    assert "图解（图文）解读4条，占比80%" in version.text
    _interpretation(cast, register, published=date(2022, 7, 2), form="text")
    version.refresh_from_db()
    assert "图解（图文）解读4条，占比80%" in version.text


def test_a_region_sums_its_organisations(cast, register):
    from gongkai.organisations.models import Organisation

    orgs = Organisation.objects.filter(region=cast.edu.region)
    values = compute(orgs, 2022, name="利通区").placeholders
    assert values["proactive_published"].value == 7
    assert values["published_late"].value == 1


def test_without_interpretations_there_is_no_share(cast):
    _publish(cast, cast.edu, signed=date(2022, 3, 1), published=date(2022, 3, 2))
    values = compute(cast.edu, 2022).placeholders
    assert values["interpretations"].value == 0
    assert values["graphic_interpretation_share"].value is None
    assert values["on_time_rate"].value == "100%"
    overview = default_sections(values)["overview"]
    assert "graphic_interpretation_share" not in overview and "{{on_time_rate}}" in overview


def test_a_share_without_data_blocks_publication_with_a_reason(cast):
    report = services.start_draft(cast.edu, 2022)
    services.edit_sections(report, {"other": "图文解读占比{{graphic_interpretation_share}}。"})
    with pytest.raises(services.PublicationBlocked) as exc:
        services.publish(report)
    (finding,) = [f for f in exc.value.findings if f.rule == "placeholders"]
    assert finding.location == "sections.other" and "本年没有据以计算的记录" in finding.message


def test_the_figures_are_a_fixed_number_of_queries(cast, register):
    # SQL aggregation: the query count does not grow with the number of records.
    with CaptureQueriesContext(connection) as few:
        _publishing_figures(cast.edu, 2022)
    for i in range(3):
        _interpretation(cast, register, published=date(2022, 8, 1 + i), form="video")
    with CaptureQueriesContext(connection) as more:
        figures = _publishing_figures(cast.edu, 2022)
    assert figures["interpretations"] == 7
    assert len(more.captured_queries) == len(few.captured_queries)


@pytest.mark.parametrize(
    ("part", "whole", "text"),
    [
        (4, 5, "80%"),
        (2, 3, "66.7%"),
        (1, 8, "12.5%"),
        (0, 3, "0%"),
        (3, 3, "100%"),
        (1, 2000, "0.1%"),
        (0, 0, None),
    ],
)
def test_percentages_are_written_as_reports_write_them(part, whole, text):
    assert percent(part, whole) == text
