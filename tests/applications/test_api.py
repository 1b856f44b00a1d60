"""The JSON API: token auth, create/read, validation as 4xx JSON, idempotency, the OpenAPI document."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.core.cache import cache
from django.urls import URLPattern, URLResolver, get_resolver

from gongkai.applications.api import OPENAPI
from gongkai.applications.models import Application


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    cache.clear()


@pytest.fixture
def auth(bearer: Any, cast: Any) -> dict[str, str]:
    headers: dict[str, str] = bearer(cast.edu_liaison)
    return headers


def payload(cast: Any, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "organisation": cast.edu.pk,
        "channel": "email",
        "arrived_on": "2025-03-03",
        "confirmed_on": "2025-03-03",
        "applicant_kind": "natural_person",
        "applicant_name": "孙八",
        "id_type": "passport",
        "id_number": "E7654321",
        "phone": "13900005678",
        "email": "sun@example.com",
        "information_sought": "2024年教育经费执行情况",
        "form_wanted": "electronic",
        "delivery_method": "email",
    }
    body.update(overrides)
    return body


def post(client: Any, auth: dict[str, str], body: Any, **headers: Any) -> Any:
    data = body if isinstance(body, str | bytes) else json.dumps(body)
    return client.post("/api/applications", data, content_type="application/json", **auth, **headers)


def test_it_needs_a_token(client: Any, cast: Any) -> None:
    response = client.get("/api/applications")
    assert response.status_code == 401
    assert "令牌" in response.json()["error"]


def test_it_refuses_an_unknown_token(client: Any, auth: Any) -> None:
    assert client.get("/api/applications", HTTP_AUTHORIZATION="Bearer nope").status_code == 401


def test_it_creates_and_reads_an_application(client: Any, cast: Any, auth: Any) -> None:
    response = post(client, auth, payload(cast))
    assert response.status_code == 201
    created = response.json()
    assert created["received_on"] == "2025-03-03" and created["status"] == "registered"
    pk = created["id"]
    assert client.get(f"/api/applications/{pk}", **auth).json()["applicant_name"] == "孙八"
    status = client.get(f"/api/applications/{pk}/status", **auth).json()
    assert status["number"] == created["number"] and "applicant_name" not in status
    events = client.get(f"/api/applications/{pk}/events", **auth).json()["events"]
    assert [e["kind"] for e in events] == ["received"]


def test_the_organisation_may_be_given_by_short_name(client: Any, cast: Any, auth: Any) -> None:
    response = post(client, auth, payload(cast, organisation=cast.edu.short_name))
    assert response.status_code == 201
    assert Application.objects.get().organisation == cast.edu


def test_an_idempotency_key_makes_a_retry_safe(client: Any, cast: Any, auth: Any) -> None:
    first = post(client, auth, payload(cast), HTTP_IDEMPOTENCY_KEY="k-1")
    again = post(client, auth, payload(cast), HTTP_IDEMPOTENCY_KEY="k-1")
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json()["id"] == again.json()["id"]
    assert Application.objects.count() == 1


@pytest.mark.parametrize("body", ["{not json", b"\xff\xfe", "", "[1, 2]", '"text"', "null"])
def test_malformed_json_is_400(client: Any, auth: Any, body: Any) -> None:
    response = post(client, auth, body)
    assert response.status_code == 400
    assert response.json()["errors"]["__all__"]


def test_missing_fields_are_listed_in_chinese(client: Any, auth: Any) -> None:
    errors = post(client, auth, {}).json()["errors"]
    assert errors["organisation"] == ["请选择受理机关"]
    assert errors["channel"] == ["请选择申请渠道"]
    assert errors["information_sought"] == ["请描述所需的政府信息"]


@pytest.mark.parametrize(
    "field,value,fragment",
    [
        ("applicant_name", ["a"], "应为字符串"),
        ("phone", True, "应为字符串"),
        ("organisation", {"id": 1}, "应为字符串"),
        ("organisation", "不存在的机关", "无权"),
        ("channel", "pigeon", "请从列表中选择"),
        ("confirmed_on", "yesterday", "日期格式不正确"),
        ("confirmed_on", None, "须填写与申请人确认日期"),
        ("confirmed_on", "2999-01-01", "晚于今天"),
        ("id_type", "resident_id", "居民身份证号码无效"),
        ("applicant_kind", "commercial", "统一社会信用代码"),
        ("nonsense", 1, "未知字段"),
    ],
)
def test_bad_field_values_are_400_with_messages(
    client: Any, cast: Any, auth: Any, field: str, value: Any, fragment: str
) -> None:
    body = payload(cast)
    body[field] = value
    response = post(client, auth, body)
    assert response.status_code == 400
    messages = " ".join(m for ms in response.json()["errors"].values() for m in ms)
    assert fragment in messages
    assert not Application.objects.exists()


def test_bad_list_parameters_are_400(client: Any, auth: Any) -> None:
    response = client.get("/api/applications", {"limit": "lots", "offset": "-1", "status": "bogus"}, **auth)
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"limit", "offset", "status"}


def test_the_list_pages(client: Any, cast: Any, auth: Any) -> None:
    for key in ("a", "b", "c"):
        post(client, auth, payload(cast), HTTP_IDEMPOTENCY_KEY=key)
    page = client.get("/api/applications", {"limit": 2, "offset": 1}, **auth).json()
    assert page["count"] == 3 and len(page["results"]) == 2


def test_a_wrong_method_is_405(client: Any, auth: Any) -> None:
    assert client.delete("/api/applications", **auth).status_code == 405
    assert client.post("/api/applications/1/status", **auth).status_code == 405


def test_an_unknown_id_is_404_json(client: Any, auth: Any) -> None:
    response = client.get("/api/applications/999999", **auth)
    assert response.status_code == 404 and response.json()["error"]


def test_the_openapi_document_lists_every_endpoint(client: Any) -> None:
    served = client.get("/api/openapi.json").json()
    assert served["openapi"].startswith("3.")
    routes = set()
    for pattern in get_resolver().url_patterns:
        if not isinstance(pattern, URLResolver) or pattern.namespace != "applications":
            continue  # other apps' api/ endpoints are documented by them
        for inner in pattern.url_patterns:
            if isinstance(inner, URLPattern) and str(inner.pattern).startswith("api/"):
                routes.add("/" + str(inner.pattern).replace("<int:pk>", "{id}"))
    assert routes and routes == set(served["paths"])
    assert served == json.loads(json.dumps(OPENAPI))


@pytest.mark.parametrize(
    "params",
    [{"number": "a\x00b"}, {"q": "\x00"}, {"status": "\x00"}, {"limit": "9" * 40}],
)
def test_hostile_list_parameters_are_400_not_500(client: Any, auth: Any, params: dict[str, str]) -> None:
    assert client.get("/api/applications", params, **auth).status_code == 400


def test_a_huge_id_is_404_not_500(client: Any, auth: Any) -> None:
    assert client.get("/api/applications/" + "9" * 30, **auth).status_code == 404


def test_hostile_values_in_a_body_are_400_not_500(client: Any, cast: Any, auth: Any) -> None:
    for field, value in (
        ("organisation", 10**30),
        ("applicant_name", "a\x00b"),
        ("submitted_on", "9999-99-99"),
    ):
        assert post(client, auth, payload(cast, **{field: value})).status_code == 400


def test_an_oversized_body_is_413(client: Any, cast: Any, auth: Any, settings: Any) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    response = post(client, auth, payload(cast, information_sought="长" * 2000))
    assert response.status_code == 413


@pytest.mark.parametrize("form_wanted", ["paper", "email", "disc", "inspection"])
def test_it_accepts_every_form_of_the_regulation(client: Any, cast: Any, auth: Any, form_wanted: str) -> None:
    # 条例第二十九条第二款第（三）项 and 第四十条: 纸质, 电子邮件, 光盘, 查阅/抄录.
    response = post(client, auth, payload(cast, form_wanted=form_wanted))
    assert response.status_code == 201, response.content
    assert response.json()["form_wanted"] == form_wanted


def test_a_token_may_not_register_for_an_organisation_outside_its_reach(
    client: Any, cast: Any, auth: Any
) -> None:
    response = post(client, auth, payload(cast, organisation=cast.fin.pk))
    assert response.status_code == 400
    assert "无权" in response.json()["errors"]["organisation"][0]
