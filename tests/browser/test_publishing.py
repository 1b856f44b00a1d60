"""Issue 7 in a real browser: a citizen browses and searches the catalog; a review team takes a draft
through 三审 and is stopped by the privacy gate until a masked copy is approved."""

import re
from datetime import date

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def _login(page, user, password="pw-browser"):
    user.set_password(password)
    user.save()
    page.context.clear_cookies()
    page.goto(page.base_url + "/accounts/login/")
    page.get_by_label("用户名").fill(user.username)
    page.get_by_label("密码").fill(password)
    page.get_by_role("button", name="登录").click()
    page.wait_for_url("**/workspace/")


def _act(page, button):
    """Press a workspace action button and wait for the page it redirects back to (same URL, so
    waiting on the URL would not do)."""
    with page.expect_navigation():
        page.get_by_role("button", name=button).click()


def _publish(doc, cast):
    from gongkai.publishing import services

    services.submit(doc, actor=doc.created_by)
    for reviewer in (cast.reviewer1, cast.reviewer2, cast.reviewer3):
        services.approve(doc, actor=reviewer)
    doc.refresh_from_db()
    return doc


def test_a_citizen_browses_searches_and_reads_a_document_and_its_interpretation(page, cast):
    from gongkai.publishing import services
    from gongkai.publishing.models import Kind

    policy = _publish(
        services.create_document(
            cast.edu,
            actor=cast.edu_liaison,
            title="利通区学前教育资助实施办法",
            signed_on=date(2026, 3, 2),
            body="为减轻家庭经济困难幼儿的入园负担，制定本办法。",
            kind=Kind.NORMATIVE,
        ),
        cast,
    )
    _publish(
        services.create_document(
            cast.edu,
            actor=cast.edu_liaison,
            title="图解：学前教育资助实施办法",
            signed_on=date(2026, 3, 3),
            body="一图读懂学前教育资助。",
            kind=Kind.INTERPRETATION,
            interprets=policy,
            interpretation_form="graphic",
        ),
        cast,
    )
    page.goto(page.base_url + "/")
    page.get_by_role("link", name="政府信息公开目录").click()
    # Auto-waiting assertions: a click starts a navigation but does not wait for the new page.
    expect(page.get_by_role("link", name="利通区学前教育资助实施办法")).to_be_visible()

    page.get_by_label("检索词").fill("资助")
    page.get_by_role("button", name="检索").click()
    expect(page).to_have_url(re.compile(r"q="))
    page.get_by_role("link", name="利通区学前教育资助实施办法").first.click()
    main = page.locator("main")
    expect(main).to_contain_text("索引号")
    expect(main).to_contain_text("发布机构")
    expect(main).to_contain_text("有效")
    page.get_by_role("link", name="图解：学前教育资助实施办法").click()
    expect(page.locator("main")).to_contain_text("一图读懂学前教育资助")


def test_a_review_team_is_stopped_by_the_privacy_gate_until_a_masked_copy_is_approved(page, cast):
    from gongkai.publishing import services
    from gongkai.publishing.models import Document

    doc = services.create_document(
        cast.edu,
        actor=cast.edu_liaison,
        title="关于困难学生资助名单的公示",
        signed_on=date(2026, 11, 2),
        body="联系人张三，联系电话13812345678。",
    )
    detail = f"{page.base_url}/workspace/publishing/{doc.pk}/"

    _login(page, cast.edu_liaison)
    page.goto(detail)
    _act(page, "提交审核")
    expect(page.get_by_text("操作成功")).to_be_visible()

    for reviewer in (cast.reviewer1, cast.reviewer2):
        _login(page, reviewer)
        page.goto(detail)
        _act(page, "通过")
        expect(page.get_by_text("操作成功")).to_be_visible()

    _login(page, cast.reviewer3)
    page.goto(detail)
    _act(page, "通过")
    # Staff see the private original; the gate's message lists the hit in masked form only.
    expect(page.locator("main")).to_contain_text("发布前检查未通过")
    expect(page.locator("main")).to_contain_text("138****5678")
    assert Document.objects.get(pk=doc.pk).status != "published"
    page.screenshot(path="test-artifacts/gate-blocked.png", full_page=True)

    _login(page, cast.privacy_reviewer)
    page.goto(detail)
    _act(page, "生成遮盖件")
    _act(page, "确认遮盖件")
    expect(page.get_by_text("操作成功")).to_be_visible()

    _login(page, cast.reviewer3)
    page.goto(detail)
    _act(page, "通过")
    expect(page.get_by_text("操作成功")).to_be_visible()
    doc.refresh_from_db()
    assert doc.status == "published"
    page.goto(page.base_url + doc.get_absolute_url())
    public = page.locator("main").inner_text()
    assert "138****5678" in public and "13812345678" not in public
