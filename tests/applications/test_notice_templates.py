"""告知书模板: validation of the placeholders, versions, the lookup order (unit → region default → built-in),
who may edit them (office admin yes; liaison, inspector, outsider 403), the audit trail, and the wording
reaching the issued .docx."""

from __future__ import annotations

import io
from datetime import date

import pytest
from django.urls import reverse
from docx import Document

from gongkai.applications import notices, services
from gongkai.applications.models import Application, ImmutableNotice, Notice, NoticeTemplate
from gongkai.audit.models import Event, EventKind

from .conftest import on_day

K = Notice.Kind
CORRECTION_BODY = "请{申请人}于{补正期限}前补正：{补正事项}\n如对本告知不服，可以向{复议机关}申请行政复议。"


def text_of(notice: Notice) -> str:
    with notice.file.open("rb") as handle:
        doc = Document(io.BytesIO(handle.read()))
    return "\n".join(p.text for p in doc.paragraphs)


def unit(org) -> notices.Scope:  # type: ignore[no-untyped-def]
    return notices.Scope(organisation=org)


def region(org) -> notices.Scope:  # type: ignore[no-untyped-def]
    return notices.Scope(region=org.region)


def save(
    scope: notices.Scope, body: str = CORRECTION_BODY, *, kind: str = K.CORRECTION, variant: str = "", **kw
):  # type: ignore[no-untyped-def]
    title = kw.pop("title", "补正告知书（试行）")
    return notices.save_template(
        scope, kind, variant, title=title, body=body, actor=kw.pop("actor", None), **kw
    )


# --- validation ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "variant"), sorted(notices.BUILTIN))
def test_every_built_in_template_is_valid(kind: str, variant: str) -> None:
    title, body = notices.BUILTIN[(kind, variant)]
    assert notices.check_template(kind, variant, title, body) == []


def test_every_kind_and_reply_group_has_a_built_in_template() -> None:
    for kind in K.values:
        for variant, _ in notices.variants_for(kind):
            assert notices.candidates(kind, variant)[-1] in {v for k, v in notices.BUILTIN if k == kind}


def test_a_valid_template_has_no_problems() -> None:
    assert notices.check_template(K.CORRECTION, "", "补正告知书", CORRECTION_BODY) == []


def test_an_unknown_placeholder_is_named() -> None:
    problems = notices.check_template(K.CORRECTION, "", "补正告知书", CORRECTION_BODY + "{申请人住址}")
    assert len(problems) == 1
    assert "未知的占位符：{申请人住址}" in problems[0]
    assert "{补正事项}" in problems[0]  # the message lists what may be used


def test_attribute_access_is_just_an_unknown_placeholder() -> None:
    problems = notices.check_template(K.CORRECTION, "", "补正告知书", CORRECTION_BODY + "{申请人.__class__}")
    assert any("未知的占位符：{申请人.__class__}" in p for p in problems)


def test_a_missing_required_placeholder_is_named() -> None:
    problems = notices.check_template(K.CORRECTION, "", "补正告知书", "请{申请人}补正：{补正事项}")
    assert problems == ["补正告知书必须包含占位符：{补正期限}"]


def test_the_reply_must_state_its_basis_and_the_appeal_route() -> None:
    problems = notices.check_template(K.REPLY, "group_granted", "答复", "经审查，予以公开。")
    assert problems == ["答复告知书必须包含占位符：{法律依据}、{复议机关}"]


def test_an_empty_template_is_refused() -> None:
    assert notices.check_template(K.CORRECTION, "", "", "  \n ") == ["标题不能为空", "正文不能为空"]


def test_a_placeholder_of_another_kind_is_refused() -> None:
    body = "{被征求意见方}{意见期限}{申请人}"
    problems = notices.check_template(K.CONSULTATION, "", "征求意见书", body)
    assert problems == ["征求意见书不能使用占位符：{申请人}"]


def test_unpaired_braces_are_refused_and_doubled_ones_are_literal() -> None:
    problems = notices.check_template(K.CORRECTION, "", "补正", CORRECTION_BODY + "{")
    assert any("花括号不配对" in p for p in problems)
    assert notices.check_template(K.CORRECTION, "", "补正", CORRECTION_BODY + "{{例}}") == []
    assert notices.fill("{{例}}{申请人}", {"申请人": "张三"}) == ["{例}张三"]


def test_a_value_is_never_expanded_again() -> None:
    assert notices.fill("{申请人}", {"申请人": "{补正事项}", "补正事项": "x"}) == ["{补正事项}"]


def test_unknown_kind_and_variant_are_refused() -> None:
    assert notices.check_template("letter", "", "t", "b") == ["未知的文书类型：letter"]
    assert notices.check_template(K.REPLY, "other_no_fee", "t", "b") == ["未知的适用办理结果：other_no_fee"]
    assert notices.check_template(K.CORRECTION, "granted", "t", "b") == ["未知的适用办理结果：granted"]


def test_save_refuses_an_invalid_template(cast) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(notices.TemplateError) as err:
        save(unit(cast.edu), "请补正")
    assert "必须包含占位符" in err.value.messages[0]
    assert not NoticeTemplate.objects.exists()


# --- versions --------------------------------------------------------------------------------------


def test_editing_adds_a_version_and_keeps_the_old_one(cast) -> None:  # type: ignore[no-untyped-def]
    first = save(unit(cast.edu), base_version=0)
    second = save(unit(cast.edu), CORRECTION_BODY + "\n特此告知。", base_version=1)
    assert (first.version, second.version) == (1, 2)
    assert NoticeTemplate.objects.get(pk=first.pk).body == CORRECTION_BODY
    assert notices.resolve(unit(cast.edu), K.CORRECTION, "").template == second


def test_a_version_cannot_be_changed(cast) -> None:  # type: ignore[no-untyped-def]
    row = save(unit(cast.edu))
    row.body = "改"
    with pytest.raises(ImmutableNotice):
        row.save()
    with pytest.raises(ImmutableNotice):
        NoticeTemplate.objects.filter(pk=row.pk).update(body="改")


def test_a_stale_edit_is_refused(cast) -> None:  # type: ignore[no-untyped-def]
    save(unit(cast.edu), base_version=0)
    with pytest.raises(notices.TemplateError) as err:
        save(unit(cast.edu), base_version=0)
    assert "已被他人修改" in err.value.messages[0]


def test_versions_are_counted_per_scope_kind_and_variant(cast) -> None:  # type: ignore[no-untyped-def]
    save(unit(cast.edu))
    assert save(unit(cast.fin)).version == 1
    assert save(region(cast.edu)).version == 1


# --- lookup order ----------------------------------------------------------------------------------


def test_built_in_wording_without_any_template(cast) -> None:  # type: ignore[no-untyped-def]
    resolved = notices.resolve(unit(cast.edu), K.CORRECTION, "")
    assert resolved.template is None
    assert resolved.source == "内置"
    assert (resolved.title, resolved.body) == notices.BUILTIN[(K.CORRECTION, "")]


def test_region_default_then_unit_override(cast) -> None:  # type: ignore[no-untyped-def]
    regional = save(region(cast.edu), title="全区补正告知书")
    assert notices.resolve(unit(cast.edu), K.CORRECTION, "").template == regional
    assert notices.resolve(unit(cast.fin), K.CORRECTION, "").template == regional
    own = save(unit(cast.edu), title="教育局补正告知书")
    assert notices.resolve(unit(cast.edu), K.CORRECTION, "").template == own
    assert notices.resolve(unit(cast.fin), K.CORRECTION, "").template == regional


def test_a_region_above_applies_when_the_county_has_none(cast) -> None:  # type: ignore[no-untyped-def]
    city = notices.Scope(region=cast.orgs["吴忠市政府"].region)
    row = save(city, title="全市补正告知书")
    assert notices.resolve(unit(cast.edu), K.CORRECTION, "").template == row
    county = save(region(cast.edu), title="全区补正告知书")
    assert notices.resolve(unit(cast.edu), K.CORRECTION, "").template == county


def test_restoring_falls_back_to_the_next_level(cast) -> None:  # type: ignore[no-untyped-def]
    regional = save(region(cast.edu))
    save(unit(cast.edu))
    restored = notices.save_template(
        unit(cast.edu), K.CORRECTION, "", title="", body="", actor=None, active=False, base_version=1
    )
    assert restored.version == 2 and not restored.active
    assert notices.resolve(unit(cast.edu), K.CORRECTION, "").template == regional


def test_within_a_level_the_disposition_beats_its_group(cast) -> None:  # type: ignore[no-untyped-def]
    body = "{法律依据}{复议机关}"
    group = save(unit(cast.edu), body, kind=K.REPLY, variant="group_withheld", title="不予公开")
    exact = save(unit(cast.edu), body, kind=K.REPLY, variant="withheld_state_secret", title="国家秘密")
    assert notices.resolve(unit(cast.edu), K.REPLY, "withheld_state_secret").template == exact
    assert notices.resolve(unit(cast.edu), K.REPLY, "withheld_third_party").template == group
    # The unit's own group wording beats the region's wording for the exact disposition.
    save(region(cast.fin), body, kind=K.REPLY, variant="withheld_third_party", title="第三方")
    assert notices.resolve(unit(cast.edu), K.REPLY, "withheld_third_party").template == group
    assert notices.resolve(unit(cast.fin), K.REPLY, "withheld_third_party").title == "第三方"


def test_a_template_broken_by_a_code_change_falls_back(cast) -> None:  # type: ignore[no-untyped-def]
    regional = save(region(cast.edu))
    # Bypass validation, as a renamed placeholder would leave an old row behind.
    NoticeTemplate.objects.create(
        organisation=cast.edu, kind=K.CORRECTION, variant="", version=1, title="旧", body="{旧占位符}"
    )
    assert notices.resolve(unit(cast.edu), K.CORRECTION, "").template == regional


# --- the issued notice -----------------------------------------------------------------------------


def test_the_issued_docx_has_the_edited_wording_and_its_version(register, cast) -> None:  # type: ignore[no-untyped-def]
    app: Application = register(date(2024, 9, 27), org=cast.edu)
    row = save(unit(cast.edu), title="教育局补正通知")
    with on_day(date(2024, 10, 9)):
        app = services.request_correction(app, actor=cast.edu_liaison, items="请写明学校名称")
    notice = Notice.objects.get(application=app)
    text = text_of(notice)
    assert text.splitlines()[0] == "教育局补正通知"
    assert "请张三于2024年10月29日前补正：请写明学校名称" in text
    assert "向吴忠市利通区人民政府申请行政复议" in text
    assert (notice.template, notice.template_version) == (row, "v1")
    event = Event.objects.filter(kind=EventKind.APPLICATION_NOTICE).get()
    assert event.details["template_version"] == "v1"

    # A later version does not touch the issued notice.
    save(unit(cast.edu), "重写：{补正事项}{补正期限}", base_version=1)
    notice.refresh_from_db()
    assert notice.template_version == "v1"
    assert notices.verify(notice)
    assert "请张三于" in text_of(notice)


# --- the workspace pages ---------------------------------------------------------------------------


def edit_url(scope: notices.Scope, kind: str = K.CORRECTION, variant: str = "-") -> str:
    return reverse("applications:notice-template", args=[scope.key, kind, variant])


def post_data(body: str = CORRECTION_BODY, base: int = 0, **extra: str) -> dict[str, str]:
    return {"title": "补正告知书", "body": body, "note": "改措辞", "base_version": str(base), **extra}


def test_office_admin_lists_region_and_units(client, cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.office_admin)
    response = client.get(reverse("applications:notice-templates"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "利通区全区默认" in html
    assert "吴忠市利通区教育局" in html
    assert "吴忠市人民政府" not in html  # the city is above the office admin's reach


def test_office_admin_saves_a_new_version_with_an_audit_event(client, cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.office_admin)
    url = edit_url(region(cast.edu))
    assert client.get(url).status_code == 200
    response = client.post(url, post_data(save="1"))
    assert response.status_code == 302
    row = NoticeTemplate.objects.get()
    assert (row.region, row.organisation, row.version, row.created_by) == (
        cast.edu.region,
        None,
        1,
        cast.office_admin,
    )
    event = Event.objects.filter(kind=EventKind.NOTICE_TEMPLATE_CHANGED).get()
    assert event.actor == cast.office_admin
    assert event.organisation == cast.orgs["利通区政府办"]
    assert event.details["version"] == 1 and event.details["note"] == "改措辞"
    page = client.get(url).content.decode()
    assert "已保存为第1版" in page
    assert "利通区全区默认 第1版" in page


def test_office_admin_overrides_a_unit(client, cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.office_admin)
    assert client.post(edit_url(unit(cast.edu)), post_data(save="1")).status_code == 302
    assert NoticeTemplate.objects.get().organisation == cast.edu


def test_preview_renders_the_sample_case_and_saves_nothing(client, cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.office_admin)
    response = client.post(edit_url(unit(cast.edu)), post_data(preview="1"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "请张三于2024年10月29日前补正：请写明道路名称和项目年度" in html
    assert "吴忠市利通区教育局" in html
    assert not NoticeTemplate.objects.exists()


def test_an_invalid_template_shows_a_chinese_message(client, cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.office_admin)
    response = client.post(edit_url(unit(cast.edu)), post_data(body="请补正{地址}", save="1"))
    assert response.status_code == 400
    html = response.content.decode()
    assert "未知的占位符：{地址}" in html
    assert "补正告知书必须包含占位符" in html
    assert not NoticeTemplate.objects.exists()
    assert not Event.objects.filter(kind=EventKind.NOTICE_TEMPLATE_CHANGED).exists()


def test_a_stale_form_is_refused(client, cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.office_admin)
    save(unit(cast.edu))
    response = client.post(edit_url(unit(cast.edu)), post_data(base=0, save="1"))
    assert response.status_code == 400
    assert "已被他人修改" in response.content.decode()
    assert NoticeTemplate.objects.count() == 1


def test_restore_from_the_page(client, cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.office_admin)
    save(unit(cast.edu))
    response = client.post(edit_url(unit(cast.edu)), {"restore": "1", "base_version": "1"})
    assert response.status_code == 302
    assert notices.resolve(unit(cast.edu), K.CORRECTION, "").source == "内置"


def test_the_reply_variant_page_works(client, cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.office_admin)
    response = client.get(edit_url(unit(cast.edu), K.REPLY, "withheld_state_secret"))
    assert response.status_code == 200
    assert "{法律依据}" in response.content.decode()
    assert client.get(edit_url(unit(cast.edu), K.REPLY, "nonsense")).status_code == 404
    assert client.get(edit_url(unit(cast.edu), "letter")).status_code == 404
    assert (
        client.get(reverse("applications:notice-template", args=["org-x", "reply", "-"])).status_code == 404
    )


@pytest.mark.parametrize("who", ["edu_liaison", "inspector", "reviewer1", "outsider"])
def test_others_may_not_edit(client, cast, who: str) -> None:  # type: ignore[no-untyped-def]
    client.force_login(getattr(cast, who))
    assert client.get(reverse("applications:notice-templates")).status_code == 403
    for scope in (unit(cast.edu), region(cast.edu)):
        assert client.get(edit_url(scope)).status_code == 403
        assert client.post(edit_url(scope), post_data(save="1")).status_code == 403
    assert not NoticeTemplate.objects.exists()


def test_office_admin_may_not_edit_above_the_region(client, cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.office_admin)
    city = notices.Scope(organisation=cast.orgs["吴忠市政府"])
    assert client.post(edit_url(city), post_data(save="1")).status_code == 403
    assert client.get(reverse("applications:notice-templates") + f"?scope={city.key}").status_code == 403
    assert not NoticeTemplate.objects.exists()


def test_anonymous_is_sent_to_login(client, cast) -> None:  # type: ignore[no-untyped-def]
    assert client.get(reverse("applications:notice-templates")).status_code == 302


def test_the_case_page_lists_and_serves_the_notice(client, register, cast) -> None:  # type: ignore[no-untyped-def]
    app: Application = register(date(2024, 9, 27), org=cast.edu)
    with on_day(date(2024, 10, 9)):
        app = services.request_correction(app, actor=cast.edu_liaison, items="请写明学校名称")
    notice = Notice.objects.get()
    client.force_login(cast.edu_liaison)
    assert "补正告知书" in client.get(reverse("applications:case", args=[app.pk])).content.decode()
    response = client.get(reverse("applications:notice", args=[app.pk, notice.pk]))
    assert response.status_code == 200
    assert response.content[:2] == b"PK"
    client.force_login(cast.fin_liaison)  # another unit's case does not exist for them
    assert client.get(reverse("applications:notice", args=[app.pk, notice.pk])).status_code == 404
