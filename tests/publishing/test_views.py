from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from gongkai.publishing import services


@pytest.fixture
def published(make_doc, publish):
    return publish(
        make_doc(title="关于义务教育招生的通知", doc_number="吴利教发〔2022〕5号", topic="科技、教育\\教育")
    )


@pytest.mark.parametrize(
    "name",
    ["publishing:guide", "publishing:rules", "publishing:statutory", "publishing:catalog",
     "publishing:interpretations", "publishing:gazette"],
)  # fmt: skip
def test_public_columns_render(client, db, name):
    assert client.get(reverse(name)).status_code == 200


def test_document_page_shows_metadata(client, published):
    html = client.get(published.get_absolute_url()).content.decode()
    for text in (
        published.index_number,
        "吴利教发〔2022〕5号",
        "科技、教育\\教育",
        published.organisation.name,
    ):
        assert text in html


def test_drafts_are_not_public(client, make_doc):
    doc = make_doc()
    assert client.get(reverse("publishing:document", args=[doc.pk])).status_code == 404


def test_catalog_search_highlights(client, published):
    html = client.get(reverse("publishing:catalog"), {"q": "招生"}).content.decode()
    assert published.get_absolute_url() in html
    assert "<mark>招生</mark>" in html


def test_catalog_by_organisation_includes_joint_documents_once(client, cast, make_doc, publish):
    own = publish(make_doc(cast.fin, actor=cast.fin_liaison, title="财政局独立发文资金通知"))
    joint = publish(make_doc(title="教育局财政局联合发文资金通知", co_organisations=[cast.fin]))
    other = publish(make_doc(title="教育局单独资金通知"))
    for params in ({"organisation": cast.fin.pk}, {"organisation": cast.fin.pk, "q": "资金"}):
        html = client.get(reverse("publishing:catalog"), params).content.decode()
        links = [f'href="{d.get_absolute_url()}"' for d in (own, joint, other)]
        assert [html.count(link) for link in links] == [1, 1, 0], params
    # Without joint documents the filter is the organisation alone.
    params = {"organisation": cast.edu.pk, "q": "资金"}
    html = client.get(reverse("publishing:catalog"), params).content.decode()
    assert [html.count(f'href="{d.get_absolute_url()}"') for d in (own, joint, other)] == [0, 1, 1]


def test_catalog_reports_an_empty_query_in_chinese(client, published):
    html = client.get(reverse("publishing:catalog"), {"q": "，，"}).content.decode()
    assert "请输入检索词" in html


def test_feed_and_sitemap_list_published_documents(client, published, make_doc):
    draft = make_doc(title="草稿不应出现")
    feed = client.get(reverse("publishing:catalog_feed")).content.decode()
    assert published.title in feed and draft.title not in feed
    sitemap = client.get("/sitemap.xml").content.decode()
    assert published.get_absolute_url() in sitemap
    assert reverse("publishing:document", args=[draft.pk]) not in sitemap


def test_liaison_sees_only_its_units_drafts(client, cast, make_doc):
    mine = make_doc(title="教育局草稿")
    other = make_doc(org=cast.fin, actor=cast.fin_liaison, title="财政局草稿")
    client.force_login(cast.edu_liaison)
    html = client.get(reverse("publishing:workspace")).content.decode()
    assert mine.title in html and other.title not in html
    assert client.get(reverse("publishing:ws_detail", args=[other.pk])).status_code == 404


def test_region_reviewer_sees_the_review_queue(client, cast, make_doc):
    doc = make_doc(title="待审核的教育局文件")
    services.submit(doc, actor=cast.edu_liaison)
    client.force_login(cast.reviewer1)
    assert doc.title in client.get(reverse("publishing:workspace")).content.decode()
    response = client.post(reverse("publishing:ws_action", args=[doc.pk]), {"action": "approve"})
    assert response.status_code == 302
    doc.refresh_from_db()
    assert doc.status == "second_review"


def test_create_form_shows_doc_number_correction(client, cast):
    client.force_login(cast.edu_liaison)
    response = client.post(
        reverse("publishing:ws_new"),
        {"organisation": cast.edu.pk, "title": "测试", "doc_number": "[2022]05号", "kind": "document",
         "doc_type": "通知", "disclosure": "proactive", "signed_on": "2022-03-01"},
    )  # fmt: skip
    assert "应为〔2022〕5号" in response.content.decode()


def test_original_attachment_with_a_masked_copy_is_never_served(client, cast, make_doc):
    doc = make_doc()
    att = services.add_attachment(
        doc, actor=cast.edu_liaison, name="a.txt", content="电话13812345678".encode()
    )
    services.submit(doc, actor=cast.edu_liaison)
    services.approve(doc, actor=cast.reviewer1)
    services.approve(doc, actor=cast.reviewer2)
    services.make_masked_copy(doc, actor=cast.privacy_reviewer)
    services.approve_masked_copy(doc, actor=cast.privacy_reviewer)
    services.approve(doc, actor=cast.reviewer3, today=date.today())
    att.refresh_from_db()
    assert client.get(reverse("publishing:attachment", args=[att.pk])).status_code == 404
    masked = client.get(reverse("publishing:attachment", args=[att.redacted_id]))
    assert masked.status_code == 200
    assert b"13812345678" not in b"".join(masked.streaming_content)


def test_office_admin_edits_the_guide(client, cast):
    client.force_login(cast.office_admin)
    client.post(
        reverse("publishing:ws_page", args=["guide"]), {"title": "公开指南", "body": "办公时间：工作日"}
    )
    assert "办公时间：工作日" in client.get(reverse("publishing:guide")).content.decode()


def test_liaison_cannot_edit_the_guide(client, cast):
    client.force_login(cast.edu_liaison)
    response = client.post(reverse("publishing:ws_page", args=["guide"]), {"title": "x", "body": "y"})
    assert "只有公开办管理员" in response.content.decode()


def test_import_page_reports_row_errors(client, cast):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(cast.edu_liaison)
    upload = SimpleUploadedFile("a.csv", "标题,成文日期,发布日期\n甲,2022-13-01,2022-01-05\n".encode())
    html = client.post(
        reverse("publishing:ws_import"), {"organisation": cast.edu.pk, "file": upload}
    ).content.decode()
    assert "第2行：成文日期" in html


def test_office_admin_maintains_the_wording_list(client, cast):
    from gongkai.publishing.models import WordingRule

    client.force_login(cast.office_admin)
    client.post(
        reverse("publishing:ws_wording"), {"phrase": "回教", "suggestion": "伊斯兰教", "severity": "warn"}
    )
    assert WordingRule.objects.get().suggestion == "伊斯兰教"


def test_gazette_issue_lists_its_documents(client, cast, published):
    client.force_login(cast.edu_liaison)
    pdf = b"%PDF-1.4 minimal"
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = {"organisation": cast.edu.pk, "year": "2022", "number": "1", "title": "教育公报2022年第1期"}
    data |= {"published_on": "2022-03-28", "documents": [str(published.pk)]}
    client.post(reverse("publishing:ws_gazette"), {**data, "pdf": SimpleUploadedFile("g.pdf", pdf)})
    from gongkai.publishing.models import GazetteIssue

    issue = GazetteIssue.objects.get()
    html = client.get(issue.get_absolute_url()).content.decode()
    assert published.title in html and "下载PDF" in html
    pdf_response = client.get(reverse("publishing:gazette_pdf", args=[issue.pk]))
    assert b"".join(pdf_response.streaming_content) == pdf
    assert client.get(reverse("publishing:gazette_feed")).content.decode().count("教育公报") == 1


def test_gazette_refuses_a_non_pdf(client, cast):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(cast.edu_liaison)
    html = client.post(
        reverse("publishing:ws_gazette"),
        {"organisation": cast.edu.pk, "year": "2022", "number": "1", "title": "x",
         "pdf": SimpleUploadedFile("g.pdf", b"not a pdf")},
    ).content.decode()  # fmt: skip
    assert "须为PDF" in html


def test_catalog_browses_by_year_and_topic(client, published):
    html = client.get(reverse("publishing:catalog")).content.decode()
    assert f"year={published.published_on.year}" in html
    assert (
        published.get_absolute_url()
        not in client.get(reverse("publishing:catalog"), {"year": 1990}).content.decode()
    )
    assert (
        published.title
        in client.get(reverse("publishing:catalog"), {"topic": "科技、教育\\教育"}).content.decode()
    )
    assert (
        published.title
        not in client.get(reverse("publishing:catalog"), {"topic": "国防\\国防建设"}).content.decode()
    )


def test_catalog_rejects_a_bad_year_quietly(client, published):
    assert client.get(reverse("publishing:catalog"), {"year": "abc"}).status_code == 200


def test_workspace_flags_late_items(client, cast, make_doc):
    import time_machine

    with time_machine.travel(date(2022, 6, 1)):
        make_doc(title="逾期未公开的文件", signed_on=date(2022, 3, 1))
        client.force_login(cast.edu_liaison)
        html = client.get(reverse("publishing:workspace")).content.decode()
    assert "逾期未公开的文件" in html and "超期" in html


def test_interpretations_filter_by_form(client, cast, make_doc, publish):
    from gongkai.publishing.models import Kind

    policy = publish(make_doc(kind=Kind.NORMATIVE))
    publish(
        make_doc(title="视频解读甲", kind=Kind.INTERPRETATION, interprets=policy, interpretation_form="video")
    )
    publish(
        make_doc(title="文字解读乙", kind=Kind.INTERPRETATION, interprets=policy, interpretation_form="text")
    )
    html = client.get(reverse("publishing:interpretations"), {"form": "video"}).content.decode()
    assert "视频解读甲" in html and "文字解读乙" not in html
    assert "视频解读甲" in client.get(policy.get_absolute_url()).content.decode()


def test_expire_documents_through_the_gongkai_cli(cast, capsys):
    from gongkai.cli import main

    assert main(["expire_documents"]) == 0
    assert "失效" in capsys.readouterr().out


def test_in_force_list_for_a_past_year(client, cast):
    from django.db import transaction

    from gongkai.publishing.models import Kind, Validity

    rows = [
        {
            "title": "仍有效的办法",
            "kind": Kind.NORMATIVE,
            "signed_on": date(2020, 1, 2),
            "published_on": date(2020, 1, 6),
        },
        {
            "title": "已废止的办法",
            "kind": Kind.NORMATIVE,
            "signed_on": date(2020, 1, 2),
            "published_on": date(2020, 1, 6),
        },
    ]
    with transaction.atomic():
        _, repealed = services.register_published(cast.edu, rows, actor=cast.admin)
    services.change_validity(
        repealed, actor=cast.edu_liaison, validity=Validity.REPEALED, on=date(2021, 5, 1)
    )
    html_2020 = client.get(reverse("publishing:in_force"), {"year": 2020}).content.decode()
    html_2021 = client.get(reverse("publishing:in_force"), {"year": 2021}).content.decode()
    assert "已废止的办法" in html_2020 and "已废止的办法" not in html_2021
    assert "仍有效的办法" in html_2021


def test_editing_through_the_form_records_the_changed_fields(client, cast, make_doc):
    from gongkai.audit.models import Event, EventKind

    doc = make_doc()
    client.force_login(cast.edu_liaison)
    data = {"title": "改过的标题", "kind": "document", "doc_type": "通知", "disclosure": "proactive",
            "signed_on": "2022-03-01", "body": doc.body, "co_organisations": [cast.fin.pk]}  # fmt: skip
    assert client.post(reverse("publishing:ws_edit", args=[doc.pk]), data).status_code == 302
    event = Event.objects.for_object(doc).filter(kind=EventKind.DOCUMENT_UPDATED).get()
    assert "title" in event.details["fields"]
    assert list(doc.co_organisations.all()) == [cast.fin]


def test_catalog_browse_counts_follow_a_publication(
    client, make_doc, publish, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        publish(make_doc(doc_type="通知"))
    assert "doc_type=%E9%80%9A%E7%9F%A5" in client.get(reverse("publishing:catalog")).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        publish(make_doc(doc_type="决定"))
    assert "doc_type=%E5%86%B3%E5%AE%9A" in client.get(reverse("publishing:catalog")).content.decode()


def test_staff_download_is_scoped(client, cast, make_doc):
    doc = make_doc()
    att = services.add_attachment(doc, actor=cast.edu_liaison, name="a.txt", content="内部材料".encode())
    url = reverse("publishing:ws_attachment", args=[att.pk])
    client.force_login(cast.fin_liaison)
    assert client.get(url).status_code == 404
    client.force_login(cast.edu_liaison)
    assert b"".join(client.get(url).streaming_content) == "内部材料".encode()


def test_edit_form_does_not_list_other_units_drafts(client, cast, make_doc):
    make_doc(org=cast.fin, actor=cast.fin_liaison, title="财政局未发布的草稿")
    client.force_login(cast.edu_liaison)
    html = client.get(reverse("publishing:ws_new")).content.decode()
    assert "财政局未发布的草稿" not in html


def test_region_reviewer_keeps_the_document_page_after_publishing(client, cast, make_doc):
    # An office reviewer reaches every unit of the region (accounts.visibility), so the page stays visible.
    doc = make_doc()
    services.submit(doc, actor=cast.edu_liaison)
    services.approve(doc, actor=cast.reviewer1)
    services.approve(doc, actor=cast.reviewer2)
    client.force_login(cast.reviewer3)
    response = client.post(reverse("publishing:ws_action", args=[doc.pk]), {"action": "approve"})
    assert response.url == reverse("publishing:ws_detail", args=[doc.pk])
    doc.refresh_from_db()
    assert doc.is_published
