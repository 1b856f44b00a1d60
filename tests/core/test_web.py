def test_the_portal_home_lists_the_usual_sections(cast, client):
    html = client.get("/").content.decode()
    for title in [
        "政府信息公开指南",
        "政府信息公开目录",
        "政策解读",
        "政府公报",
        "依申请公开",
        "吴忠市利通区教育局",
    ]:
        assert title in html
    assert 'lang="zh-CN"' in html


def test_the_portal_uses_no_external_assets(cast, client):
    html = client.get("/").content.decode()
    assert "http://" not in html.replace("http://127.0.0.1", "") and "https://" not in html
    assert "/static/gongkai/site.css" in html


def test_static_files_are_served_by_the_app(client):
    response = client.get("/static/gongkai/site.css")
    assert response.status_code == 200


def test_the_workspace_needs_login(db, client):
    response = client.get("/workspace/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_the_workspace_refuses_users_without_a_role(cast, client):
    client.force_login(cast.outsider)
    response = client.get("/workspace/")
    assert response.status_code == 403
    assert "无权访问" in response.content.decode()


def test_the_workspace_lists_modules_and_scoped_organisations(cast, client):
    client.force_login(cast.edu_liaison)
    html = client.get("/workspace/").content.decode()
    assert "依申请公开办理" in html and "吴忠市利通区教育局" in html
    assert "吴忠市利通区财政局" not in html


def test_staff_can_log_in_and_out(cast, client):
    cast.edu_liaison.set_password("pw-123-abc")
    cast.edu_liaison.save()
    response = client.post("/accounts/login/", {"username": "jyj", "password": "pw-123-abc"})
    assert response.status_code == 302
    assert client.get("/workspace/").status_code == 200
    client.post("/accounts/logout/")
    assert client.get("/workspace/").status_code == 302


def test_a_wrong_password_shows_a_chinese_message(cast, client):
    html = client.post("/accounts/login/", {"username": "jyj", "password": "nope"}).content.decode()
    assert "请输入一个正确的" in html or "用户名和密码" in html


def test_healthz(db, client):
    assert client.get("/healthz").json() == {"status": "ok"}


def test_only_system_admins_are_offered_the_django_admin(cast, client):
    client.force_login(cast.edu_liaison)
    assert "系统管理" not in client.get("/workspace/").content.decode()
    client.force_login(cast.admin)
    assert "系统管理" in client.get("/workspace/").content.decode()
