from __future__ import annotations

import pytest

from gongkai.audit.models import Event, EventKind
from gongkai.publishing import services
from gongkai.publishing.models import Document, ReviewStep, Status


def test_it_assigns_index_numbers_in_sequence(cast, make_doc):
    a, b = make_doc(), make_doc()
    assert a.index_serial + 1 == b.index_serial
    assert a.index_number.startswith(cast.edu.credit_code + "/")
    assert b.index_number.endswith(f"-{b.index_serial:05d}")


def test_it_publishes_after_three_different_reviewers(make_doc, publish):
    doc = publish(make_doc())
    assert doc.status == Status.PUBLISHED
    assert doc.published_on is not None
    assert Event.objects.for_object(doc).filter(kind=EventKind.DOCUMENT_PUBLISHED).count() == 1


def test_it_refuses_the_same_reviewer_twice(cast, make_doc):
    doc = make_doc()
    services.submit(doc, actor=cast.edu_liaison)
    services.approve(doc, actor=cast.reviewer1)
    with pytest.raises(services.PublishingError, match="不同的审核人"):
        services.approve(doc, actor=cast.reviewer1)
    doc.refresh_from_db()
    assert doc.status == Status.SECOND_REVIEW


def test_it_refuses_a_non_reviewer(cast, make_doc):
    doc = make_doc()
    services.submit(doc, actor=cast.edu_liaison)
    with pytest.raises(services.PublishingError, match="不是该机构的审核人"):
        services.approve(doc, actor=cast.edu_liaison)


def test_rejection_returns_to_draft_and_starts_a_new_round(cast, make_doc):
    doc = make_doc()
    services.submit(doc, actor=cast.edu_liaison)
    services.approve(doc, actor=cast.reviewer1)
    services.reject(doc, actor=cast.reviewer2, comment="标题不规范")
    assert doc.status == Status.DRAFT
    assert doc.review_round == 2
    # In the new round the first reviewer may review again.
    services.submit(doc, actor=cast.edu_liaison)
    services.approve(doc, actor=cast.reviewer1)
    assert doc.status == Status.SECOND_REVIEW
    assert ReviewStep.objects.filter(document=doc, decision="rejected", comment="标题不规范").exists()


def test_rejection_needs_a_comment(cast, make_doc):
    doc = make_doc()
    services.submit(doc, actor=cast.edu_liaison)
    with pytest.raises(services.PublishingError, match="意见"):
        services.reject(doc, actor=cast.reviewer1, comment=" ")


def test_privacy_gate_blocks_then_masked_copy_publishes(cast, make_doc):
    doc = make_doc(body="联系人张三，联系电话13812345678。")
    services.submit(doc, actor=cast.edu_liaison)
    services.approve(doc, actor=cast.reviewer1)
    services.approve(doc, actor=cast.reviewer2)
    with pytest.raises(services.GateBlocked) as exc:
        services.approve(doc, actor=cast.reviewer3)
    assert any(h["kind"] == "mobile" for h in exc.value.report.blocking)
    assert all("text" not in h for h in exc.value.report.blocking)  # no raw PI in the report
    doc.refresh_from_db()
    assert doc.status == Status.FINAL_REVIEW
    assert Event.objects.for_object(doc).filter(kind=EventKind.PRIVACY_SCAN).exists()

    services.make_masked_copy(doc, actor=cast.privacy_reviewer)
    with pytest.raises(services.GateBlocked):  # a masked copy counts only once approved
        services.approve(doc, actor=cast.reviewer3)
    services.approve_masked_copy(doc, actor=cast.privacy_reviewer)
    services.approve(doc, actor=cast.reviewer3)
    doc.refresh_from_db()
    assert doc.status == Status.PUBLISHED
    assert "13812345678" in doc.body  # the original is kept, private
    assert "13812345678" not in doc.public_body
    assert "138****5678" in doc.public_body


def test_the_gate_honours_the_sites_privacy_settings(cast, make_doc, publish, settings):
    """The office's own number and its leader's name, published as such, do not stop publication once
    the site lists them (GONGKAI_PRIVACY_*); a citizen's mobile in the same text still does."""
    body = "联系人：张三，联系电话：0953-2012345。"
    blocked = make_doc(body=body)
    services.submit(blocked, actor=cast.edu_liaison)
    services.approve(blocked, actor=cast.reviewer1)
    services.approve(blocked, actor=cast.reviewer2)
    with pytest.raises(services.GateBlocked) as exc:
        services.approve(blocked, actor=cast.reviewer3)
    assert {h["kind"] for h in exc.value.report.blocking} == {"name", "landline"}

    settings.GONGKAI_PRIVACY_ALLOW_PHONES = ["0953-2012345"]
    settings.GONGKAI_PRIVACY_PUBLIC_NAMES = ["张三"]
    assert publish(make_doc(body=body)).status == Status.PUBLISHED
    with pytest.raises(services.GateBlocked) as exc:
        publish(make_doc(body=body + "申请人手机13812345678。"))
    assert [h["kind"] for h in exc.value.report.blocking] == ["mobile"]


def test_a_village_stops_publication_only_where_the_site_says_so(cast, make_doc, publish, settings):
    body = "申请人住址：永安市燕西街道青云村。"
    assert publish(make_doc(body=body)).status == Status.PUBLISHED
    settings.GONGKAI_PRIVACY_VILLAGE_ADDRESS = True
    with pytest.raises(services.GateBlocked) as exc:
        publish(make_doc(body=body))
    assert [h["kind"] for h in exc.value.report.blocking] == ["address"]


def test_names_of_a_recruitments_results_are_flagged_only_where_the_site_says_so(settings):
    from gongkai.publishing import gate

    text = (
        "某县2024年事业单位公开招聘拟聘用人员公示\n"
        "序号\t姓名\t性别\t报考岗位\n1\t张三\t男\t文秘\n2\t李四\t女\t会计\n"
    )
    assert [h.kind for h in gate.scan_text(text)] == []
    settings.GONGKAI_PRIVACY_PUBLISHED_LISTS = False
    assert [h.text for h in gate.scan_text(text) if h.kind == "name"] == ["张三", "李四"]


def test_an_officials_mobile_on_a_notice_is_flagged_only_where_the_site_says_so(settings):
    from gongkai.publishing import gate

    text = "联系人：罗站长  13512345678\n\n某镇人民政府\n2025年5月7日\n"
    assert [h.kind for h in gate.scan_text(text)] == []
    settings.GONGKAI_PRIVACY_OFFICIAL_MOBILES_PUBLIC = False
    assert [h.text for h in gate.scan_text(text) if h.kind == "mobile"] == ["13512345678"]


def test_masked_copies_keep_the_id_characters_the_site_sets(cast, make_doc, settings):
    settings.GONGKAI_PRIVACY_ID_KEEP = "2,3"
    doc = make_doc(body="申请人身份证号码11010519491231002X。")
    services.make_masked_copy(doc, actor=cast.privacy_reviewer)
    doc.refresh_from_db()
    assert "11*************02X" in doc.body_redacted


def test_the_final_gate_scans_the_locked_row_inside_the_publishing_transaction(cast, make_doc, monkeypatch):
    """What the gate passes is what gets published: a change that lands after the reviewer's page was
    loaded (here the body, written behind the reviewer's in-memory copy) is scanned, not the stale copy."""
    from django.db import transaction

    doc = make_doc(body="无个人信息。")
    services.submit(doc, actor=cast.edu_liaison)
    services.approve(doc, actor=cast.reviewer1)
    services.approve(doc, actor=cast.reviewer2)
    Document.objects.filter(pk=doc.pk).update(body="联系电话13812345678。")  # doc itself is stale
    from gongkai.publishing.gate import check_document

    seen = []

    def spy(d):
        seen.append(transaction.get_connection().in_atomic_block)
        return check_document(d)

    monkeypatch.setattr("gongkai.publishing.services.check_document", spy)
    with pytest.raises(services.GateBlocked):
        services.approve(doc, actor=cast.reviewer3)
    assert seen == [True]
    assert Document.objects.get(pk=doc.pk).status == Status.FINAL_REVIEW
    # The blocked scan is on record although the approval was not made.
    assert Event.objects.for_object(doc).filter(kind=EventKind.PRIVACY_SCAN).count() == 1


def test_wording_rule_blocks_publication(cast, make_doc):
    from gongkai.publishing.models import WordingRule

    WordingRule.objects.create(phrase="中华民国", suggestion="", severity=WordingRule.Severity.BLOCK)
    doc = make_doc(body="本通知涉及中华民国时期档案。")
    services.submit(doc, actor=cast.edu_liaison)
    services.approve(doc, actor=cast.reviewer1)
    services.approve(doc, actor=cast.reviewer2)
    with pytest.raises(services.GateBlocked) as exc:
        services.approve(doc, actor=cast.reviewer3)
    assert exc.value.report.wording[0]["phrase"] == "中华民国"


def test_a_document_in_review_cannot_be_edited(cast, make_doc):
    doc = make_doc()
    services.submit(doc, actor=cast.edu_liaison)
    with pytest.raises(services.PublishingError, match="审核中"):
        services.update_document(doc, actor=cast.edu_liaison, title="新标题")


def test_another_units_liaison_cannot_create(cast):
    from datetime import date

    with pytest.raises(services.PublishingError, match="没有权限"):
        services.create_document(cast.edu, actor=cast.fin_liaison, title="x", signed_on=date(2022, 1, 1))
    assert not Document.objects.exists()


def test_attachment_with_personal_information_blocks(cast, make_doc):
    doc = make_doc()
    services.add_attachment(
        doc, actor=cast.edu_liaison, name="名单.txt", content="王五 身份证 11010519491231002X".encode()
    )
    services.submit(doc, actor=cast.edu_liaison)
    services.approve(doc, actor=cast.reviewer1)
    services.approve(doc, actor=cast.reviewer2)
    with pytest.raises(services.GateBlocked) as exc:
        services.approve(doc, actor=cast.reviewer3)
    assert any(str(h["where"]).startswith("附件") for h in exc.value.report.blocking)
    services.make_masked_copy(doc, actor=cast.privacy_reviewer)
    services.approve_masked_copy(doc, actor=cast.privacy_reviewer)
    services.approve(doc, actor=cast.reviewer3)
    original = doc.attachments.get(is_redacted=False)
    assert not original.is_public_version
    assert original.redacted.is_public_version
    assert "11010519491231002X" not in original.redacted.text


def test_the_submitter_cannot_review_their_own_document(cast):
    from datetime import date

    doc = services.create_document(
        cast.litong, actor=cast.admin, title="区政府文件", signed_on=date(2022, 1, 4)
    )
    services.submit(doc, actor=cast.admin)
    with pytest.raises(services.PublishingError, match="自己提交"):
        services.approve(doc, actor=cast.admin)


def test_a_reviewer_of_another_region_office_cannot_review(cast, make_doc):
    from gongkai.accounts.models import Role, User
    from gongkai.accounts.services import grant_role

    stranger = User.objects.create_user("wzreviewer", password="x")
    grant_role(stranger, cast.orgs["吴忠市政府"], Role.REVIEWER)
    doc = make_doc()
    services.submit(doc, actor=cast.edu_liaison)
    with pytest.raises(services.PublishingError, match="不是该机构的审核人"):
        services.approve(doc, actor=stranger)


def test_summary_is_scanned_and_masked_too(cast, make_doc):
    doc = make_doc(summary="经办人电话13812345678")
    services.submit(doc, actor=cast.edu_liaison)
    services.approve(doc, actor=cast.reviewer1)
    services.approve(doc, actor=cast.reviewer2)
    with pytest.raises(services.GateBlocked) as exc:
        services.approve(doc, actor=cast.reviewer3)
    assert exc.value.report.blocking[0]["where"] == "内容概述"
    services.make_masked_copy(doc, actor=cast.privacy_reviewer)
    services.approve_masked_copy(doc, actor=cast.privacy_reviewer)
    services.approve(doc, actor=cast.reviewer3)
    assert "13812345678" not in doc.public_summary


def test_index_number_scheme_is_configurable(cast, make_doc, settings):
    settings.GONGKAI_INDEX_NUMBER_SCHEME = "{short_name}-{year}-{serial:04d}"
    doc = make_doc()
    assert doc.index_number == f"教育局-{doc.index_year}-{doc.index_serial:04d}"


@pytest.mark.parametrize("scheme", ["{credit_code}/{year}", "{unknown}-{serial}"])
def test_a_bad_index_number_scheme_is_refused(settings, scheme):
    from django.core.exceptions import ImproperlyConfigured

    from gongkai.publishing import conf

    settings.GONGKAI_INDEX_NUMBER_SCHEME = scheme
    with pytest.raises(ImproperlyConfigured, match="GONGKAI_INDEX_NUMBER_SCHEME"):
        conf.index_number_scheme()


def test_a_fault_of_the_detector_blocks_publishing_with_a_message(cast, make_doc, monkeypatch):
    # Neither a crash of the 终审 page nor a document passed as clean: the gate reports an error.
    def faulty(text):
        raise IndexError("list index out of range")

    monkeypatch.setattr("gongkai.publishing.gate.scan_text", faulty)
    doc = make_doc(body="本机关2022年共受理申请12件。")
    services.submit(doc, actor=cast.edu_liaison)
    services.approve(doc, actor=cast.reviewer1)
    services.approve(doc, actor=cast.reviewer2)
    with pytest.raises(services.GateBlocked) as exc:
        services.approve(doc, actor=cast.reviewer3)
    assert any("检测程序出错" in e for e in exc.value.report.errors)
    doc.refresh_from_db()
    assert doc.status == Status.FINAL_REVIEW
