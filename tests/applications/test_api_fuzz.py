"""Whatever a client sends, the API and the public form answer 2xx/4xx, never 5xx."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.core.cache import cache
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gongkai.applications.forms import RegistrationForm

FIELDS = sorted(RegistrationForm.base_fields)
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=50),
    st.sampled_from(["2025-03-03", "2999-12-31", "0000-00-00", "natural_person", "online", "1", "\x00"]),
    st.lists(st.integers(), max_size=2),
)
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture
def auth(bearer: Any, cast: Any) -> dict[str, str]:
    headers: dict[str, str] = bearer(cast.office_admin)
    return headers


@FUZZ
@given(body=st.dictionaries(st.sampled_from(FIELDS), VALUES, max_size=len(FIELDS)))
def test_the_api_never_fails_on_any_body(client: Any, auth: dict[str, str], body: dict[str, Any]) -> None:
    response = client.post("/api/applications", json.dumps(body), content_type="application/json", **auth)
    assert response.status_code in (200, 201, 400), response.content
    assert response["Content-Type"].startswith("application/json")


@FUZZ
@given(data=st.dictionaries(st.sampled_from(FIELDS), st.text(max_size=40), max_size=len(FIELDS)))
def test_the_public_form_never_fails(client: Any, cast: Any, data: dict[str, str]) -> None:
    cache.clear()
    response = client.post("/apply/", data)
    assert response.status_code in (200, 400)


@FUZZ
@given(number=st.text(max_size=80), last4=st.text(max_size=8))
def test_the_status_lookup_never_fails(client: Any, cast: Any, number: str, last4: str) -> None:
    cache.clear()
    response = client.post("/apply/status/", {"number": number, "phone_last4": last4})
    assert response.status_code in (200, 400, 404)


def test_a_nul_character_in_a_field_is_refused_in_chinese(client: Any, auth: dict[str, str]) -> None:
    # PostgreSQL text cannot hold NUL: found by the fuzz test above, on an organisation looked up by name.
    body = {"organisation": "教育\x00局", "applicant_name": "张三"}
    response = client.post("/api/applications", json.dumps(body), content_type="application/json", **auth)
    assert response.status_code == 400
    assert "空字符" in response.json()["errors"]["organisation"][0]
