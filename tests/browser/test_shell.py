import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_a_citizen_sees_the_disclosure_portal(page, cast):
    page.goto(page.base_url + "/")
    assert page.locator("h1").inner_text() == "政府信息公开"
    expect(page.get_by_role("heading", name="政府信息公开目录")).to_be_visible()
    expect(page.get_by_text("吴忠市利通区教育局")).to_be_visible()


def test_a_liaison_logs_in_and_sees_only_its_unit(page, cast):
    cast.edu_liaison.set_password("pw-browser-1")
    cast.edu_liaison.save()
    page.goto(page.base_url + "/accounts/login/")
    page.get_by_label("用户名").fill("jyj")
    page.get_by_label("密码").fill("pw-browser-1")
    page.get_by_role("button", name="登录").click()
    page.wait_for_url("**/workspace/")
    assert page.locator("h1").inner_text() == "工作台"
    body = page.locator("main").inner_text()
    assert "吴忠市利通区教育局" in body
    assert "吴忠市利通区财政局" not in body
