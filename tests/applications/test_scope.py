"""A liaison of one unit cannot see, list, export or act on another unit's cases (every page and endpoint)."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from openpyxl import load_workbook

from gongkai.applications.models import Application, Attachment
from gongkai.applications.workflow import Status

RECEIVED = date(2025, 3, 3)


@pytest.fixture
def cases(cast: Any, register: Any) -> dict[str, Application]:
    edu = register(RECEIVED, org=cast.edu, applicant_name="教育局申请人")
    fin = register(RECEIVED, org=cast.fin, applicant_name="财政局申请人")
    return {"edu": edu, "fin": fin}


def test_the_queue_lists_only_own_cases(client: Any, cast: Any, cases: dict[str, Application]) -> None:
    client.force_login(cast.edu_liaison)
    body = client.get(reverse("applications:queue"), {"view": "all"}).content.decode()
    assert cases["edu"].number in body and cases["fin"].number not in body


def test_the_search_does_not_reach_other_units(client: Any, cast: Any, cases: dict[str, Application]) -> None:
    client.force_login(cast.edu_liaison)
    body = client.get(reverse("applications:queue"), {"q": cases["fin"].number}).content.decode()
    table = body[body.index('id="queue"') :]
    assert cases["fin"].number not in table and "没有符合条件的申请" in table


def test_the_organisation_filter_cannot_pick_another_unit(client: Any, cast: Any, cases: Any) -> None:
    client.force_login(cast.edu_liaison)
    body = client.get(reverse("applications:queue"), {"organisation": cast.fin.pk}).content.decode()
    assert cases["fin"].number not in body


def test_another_units_case_page_is_404(client: Any, cast: Any, cases: dict[str, Application]) -> None:
    client.force_login(cast.edu_liaison)
    assert client.get(reverse("applications:case", args=[cases["fin"].pk])).status_code == 404
    assert client.get(reverse("applications:case", args=[cases["edu"].pk])).status_code == 200


def test_another_units_case_cannot_be_acted_on(client: Any, cast: Any, cases: dict[str, Application]) -> None:
    client.force_login(cast.edu_liaison)
    url = reverse("applications:act", args=[cases["fin"].pk, "start_processing"])
    assert client.post(url, {}).status_code == 404
    cases["fin"].refresh_from_db()
    assert cases["fin"].status == Status.REGISTERED


def test_another_units_attachment_is_404(client: Any, cast: Any, cases: dict[str, Application]) -> None:
    item = Attachment(application=cases["fin"], original_name="a.pdf", size=5)
    item.file.save("a.pdf", ContentFile(b"%PDF-"), save=True)
    client.force_login(cast.edu_liaison)
    assert client.get(reverse("applications:attachment", args=[cases["fin"].pk, item.pk])).status_code == 404
    client.force_login(cast.fin_liaison)
    assert client.get(reverse("applications:attachment", args=[cases["fin"].pk, item.pk])).status_code == 200


def test_another_units_notice_is_404(client: Any, cast: Any, cases: dict[str, Application], day: Any) -> None:
    from gongkai.applications import services

    with day(date(2025, 3, 5)):
        services.request_correction(cases["fin"], actor=cast.fin_liaison, items="请补充所需信息的文号")
    notice = cases["fin"].notices.get()
    url = reverse("applications:notice", args=[cases["fin"].pk, notice.pk])
    client.force_login(cast.edu_liaison)
    assert client.get(url).status_code == 404
    # Nor through its own case's URL with the other unit's notice id.
    assert client.get(reverse("applications:notice", args=[cases["edu"].pk, notice.pk])).status_code == 404
    client.force_login(cast.fin_liaison)
    assert client.get(url).status_code == 200


def test_the_export_holds_only_own_cases(client: Any, cast: Any, cases: dict[str, Application]) -> None:
    client.force_login(cast.edu_liaison)
    response = client.get(reverse("applications:export"), {"view": "all"})
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet is not None
    numbers = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert numbers == [cases["edu"].number]


def test_an_office_admin_sees_every_unit(client: Any, cast: Any, cases: dict[str, Application]) -> None:
    client.force_login(cast.office_admin)
    body = client.get(reverse("applications:queue")).content.decode()
    assert cases["edu"].number in body and cases["fin"].number in body


def test_an_inspector_may_look_but_not_act(client: Any, cast: Any, cases: dict[str, Application]) -> None:
    client.force_login(cast.inspector)
    assert client.get(reverse("applications:case", args=[cases["fin"].pk])).status_code == 200
    url = reverse("applications:act", args=[cases["fin"].pk, "start_processing"])
    assert client.post(url, {}).status_code == 403
    assert client.get(reverse("applications:register")).status_code == 403


def test_people_without_a_role_are_kept_out(client: Any, cast: Any, cases: dict[str, Application]) -> None:
    assert client.get(reverse("applications:queue")).status_code == 302  # to the login page
    client.force_login(cast.outsider)
    for url in (
        reverse("applications:queue"),
        reverse("applications:case", args=[cases["edu"].pk]),
        reverse("applications:export"),
    ):
        assert client.get(url).status_code == 403


# --- API ----------------------------------------------------------------------------------------------


@pytest.fixture
def edu_token(bearer: Any, cast: Any) -> dict[str, str]:
    headers: dict[str, str] = bearer(cast.edu_liaison)
    return headers


@pytest.mark.parametrize("suffix", ["", "/status", "/events"])
def test_the_api_hides_another_units_case(client: Any, edu_token: Any, cases: Any, suffix: str) -> None:
    assert client.get(f"/api/applications/{cases['fin'].pk}{suffix}", **edu_token).status_code == 404
    assert client.get(f"/api/applications/{cases['edu'].pk}{suffix}", **edu_token).status_code == 200


def test_the_api_list_is_scoped(client: Any, edu_token: Any, cases: dict[str, Application]) -> None:
    data = client.get("/api/applications", **edu_token).json()
    assert [item["number"] for item in data["results"]] == [cases["edu"].number]


def test_the_api_cannot_register_for_another_unit(client: Any, cast: Any, edu_token: Any) -> None:
    body = {
        "organisation": cast.fin.pk,
        "channel": "in_person",
        "submitted_on": "2025-03-03",
        "applicant_kind": "natural_person",
        "applicant_name": "x",
        "id_type": "passport",
        "id_number": "E1",
        "phone": "13900000000",
        "information_sought": "y",
        "form_wanted": "paper",
        "delivery_method": "direct",
    }
    response = client.post("/api/applications", body, content_type="application/json", **edu_token)
    assert response.status_code == 400
    assert "无权" in response.json()["errors"]["organisation"][0]
    assert not Application.objects.filter(organisation=cast.fin).exists()


def test_the_per_unit_summary_is_scoped(client: Any, cast: Any, cases: dict[str, Application]) -> None:
    client.force_login(cast.edu_liaison)
    summary = client.get(reverse("applications:queue")).context["summary"]
    assert [(r["organisation_id"], r["overdue"]) for r in summary] == [(cast.edu.pk, 1)]
    client.force_login(cast.office_admin)
    summary = client.get(reverse("applications:queue")).context["summary"]
    assert {r["organisation_id"] for r in summary} == {cast.edu.pk, cast.fin.pk}
