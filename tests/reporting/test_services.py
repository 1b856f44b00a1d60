from datetime import date

import pytest

from gongkai.audit.models import Event, EventKind
from gongkai.report.model import Report
from gongkai.reporting import services
from gongkai.reporting.models import AnnualReport, ImmutableVersionError, ReportVersion

from .conftest import make_app, make_stats, needs_applications

pytestmark = pytest.mark.django_db


def test_a_new_draft_is_prefilled_with_linked_placeholders(cast):
    report = services.start_draft(cast.litong, 2022, actor=cast.office_admin)
    assert report.status == AnnualReport.Status.DRAFT
    assert "{{applications_received}}" in report.sections["overview"]
    assert Event.objects.filter(kind=EventKind.REPORT_DRAFTED, object_id=str(report.pk)).count() == 1


@needs_applications
def test_placeholders_follow_the_records_until_publication(cast):
    report = services.start_draft(cast.litong, 2022)
    make_app(cast.litong, date(2022, 3, 1))
    assert "新收政府信息公开申请1件" in services.build(report).report.sections["overview"]
    make_app(cast.litong, date(2022, 3, 2))
    assert "新收政府信息公开申请2件" in services.build(report).report.sections["overview"]


def test_last_years_problems_are_shown_as_a_reminder(cast):
    last = services.start_draft(cast.litong, 2021)
    services.edit_sections(last, {"problems": "一是队伍有待加强。"})
    services.publish(last)
    previous = services.previous_report(cast.litong, 2022)
    assert previous is not None
    assert previous.sections["problems"] == "一是队伍有待加强。"
    assert "上年报告所列问题" in services.start_draft(cast.litong, 2022).sections["problems"]


@needs_applications
def test_publishing_freezes_the_report_against_later_record_changes(cast):
    make_app(cast.litong, date(2022, 3, 1), closed=date(2022, 4, 1), disposition="granted")
    make_stats(cast.litong, 2022, licensing=10)
    report = services.start_draft(cast.litong, 2022)
    version = services.publish(report, actor=cast.office_admin)
    frozen = (version.tables, version.text, version.sha256, bytes(version.pdf))
    make_app(cast.litong, date(2022, 5, 1))
    make_stats(cast.litong, 2022, licensing=99, month=2)
    again = ReportVersion.objects.get(pk=version.pk)
    assert (again.tables, again.text, again.sha256, bytes(again.pdf)) == frozen
    assert Report.from_dict(again.tables).requests["new"]["total"] == 1
    assert Report.from_dict(again.tables).art20.licensing.decisions == 10


def test_publishing_records_an_event_and_a_hash(cast):
    import hashlib

    version = services.publish(services.start_draft(cast.litong, 2022), actor=cast.office_admin)
    assert Event.objects.filter(kind=EventKind.REPORT_PUBLISHED, object_id=str(version.report_id)).exists()
    assert len(version.sha256) == 64
    assert version.file_hashes["pdf"] == hashlib.sha256(bytes(version.pdf)).hexdigest()
    assert bytes(version.pdf).startswith(b"%PDF")


def test_a_published_version_cannot_be_changed(cast):
    version = services.publish(services.start_draft(cast.litong, 2022))
    version.text = "改"
    with pytest.raises(ImmutableVersionError):
        version.save()
    with pytest.raises(ImmutableVersionError):
        ReportVersion.objects.filter(pk=version.pk).update(text="改")
    with pytest.raises(ImmutableVersionError):
        ReportVersion.objects.filter(pk=version.pk).delete()


def test_publishing_twice_is_refused(cast):
    report = services.start_draft(cast.litong, 2022)
    services.publish(report)
    with pytest.raises(services.ReportError):
        services.publish(report)


def test_an_error_blocks_publication(cast):
    report = services.start_draft(cast.litong, 2022)
    services.edit_sections(report, {"other": "收费{{no_such_figure}}元。"})
    with pytest.raises(services.PublicationBlocked) as exc:
        services.publish(report)
    assert any(f.rule == "placeholders" and f.location == "sections.other" for f in exc.value.findings)
    report.refresh_from_db()
    assert report.status == AnnualReport.Status.DRAFT
    assert not ReportVersion.objects.exists()


@needs_applications
def test_a_correction_is_a_new_version_with_reason_and_diff(cast):
    make_app(cast.litong, date(2022, 3, 1))
    report = services.start_draft(cast.litong, 2022)
    first = services.publish(report)
    make_app(cast.litong, date(2022, 3, 2))
    second = services.correct(report, reason="漏登一件申请", actor=cast.office_admin)
    assert second.number == 2
    assert second.reason == "漏登一件申请"
    assert "-" in second.diff and "+" in second.diff
    assert ReportVersion.objects.get(pk=first.pk).tables["requests"]["new"]["total"] == 1
    assert second.tables["requests"]["new"]["total"] == 2
    assert Event.objects.filter(kind=EventKind.REPORT_CORRECTED, details__reason="漏登一件申请").exists()


def test_a_correction_needs_a_reason(cast):
    report = services.start_draft(cast.litong, 2022)
    services.publish(report)
    with pytest.raises(services.ReportError):
        services.correct(report, reason="  ")


def test_a_correction_without_any_change_is_refused(cast):
    report = services.start_draft(cast.litong, 2022)
    services.publish(report)
    with pytest.raises(services.ReportError):
        services.correct(report, reason="无变化")


def test_validation_keeps_the_findings_for_the_rollup(cast):
    report = services.start_draft(cast.litong, 2022)
    services.edit_sections(report, {"problems": ""})
    built = services.validate(report)
    report.refresh_from_db()
    assert report.findings == [f.to_dict() for f in built.findings]
