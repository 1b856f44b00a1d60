"""Staff pages: registration by channel, queue and search, the case page and its transitions."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.urls import reverse

from gongkai.applications.models import Application, CaseEvent
from gongkai.applications.workflow import Status

RECEIVED = date(2025, 3, 3)


def registration(cast: Any, **overrides: Any) -> dict[str, Any]:
    data = {
        "organisation": cast.edu.pk,
        "channel": "in_person",
        "applicant_kind": "natural_person",
        "applicant_name": "赵六",
        "id_type": "passport",
        "id_number": "E12345678",
        "phone": "0953-1234567",
        "address": "吴忠市利通区",
        "information_sought": "学校食堂招标文件",
        "form_wanted": "paper",
        "delivery_method": "postal",
    }
    data.update(overrides)
    return data


def test_in_person_registration_needs_the_submission_date(client: Any, cast: Any) -> None:
    client.force_login(cast.edu_liaison)
    response = client.post(reverse("applications:register"), registration(cast))
    assert response.status_code == 400
    body = response.content.decode()
    assert "须填写当面提交日期" in body and "条例第三十一条" in body
    assert not Application.objects.exists()


def test_ordinary_mail_counts_from_the_confirmation_day(client: Any, cast: Any) -> None:
    client.force_login(cast.edu_liaison)
    data = registration(cast, channel="ordinary_mail", arrived_on="2025-03-03", confirmed_on="2025-03-04")
    response = client.post(reverse("applications:register"), data)
    app = Application.objects.get()
    assert response.status_code == 302
    assert app.received_on == date(2025, 3, 4)
    assert app.channel == "ordinary_mail"


def test_signed_mail_refuses_a_missing_signing_date(client: Any, cast: Any) -> None:
    client.force_login(cast.edu_liaison)
    data = registration(cast, channel="signed_mail", submitted_on="2025-03-03")
    response = client.post(reverse("applications:register"), data)
    assert response.status_code == 400
    assert "须填写签收日期" in response.content.decode()


def test_confirmation_before_arrival_is_refused(client: Any, cast: Any) -> None:
    client.force_login(cast.edu_liaison)
    data = registration(cast, channel="fax", arrived_on="2025-03-05", confirmed_on="2025-03-04")
    response = client.post(reverse("applications:register"), data)
    assert response.status_code == 400
    assert "不能在收到申请之前与申请人确认" in response.content.decode()


def test_a_liaison_cannot_register_for_another_unit(client: Any, cast: Any) -> None:
    client.force_login(cast.edu_liaison)
    data = registration(cast, organisation=cast.fin.pk, submitted_on="2025-03-03")
    response = client.post(reverse("applications:register"), data)
    assert response.status_code == 400
    assert not Application.objects.exists()


def test_malformed_dates_are_explained(client: Any, cast: Any) -> None:
    client.force_login(cast.edu_liaison)
    response = client.post(reverse("applications:register"), registration(cast, submitted_on="3/3/25"))
    assert response.status_code == 400
    assert "日期格式不正确" in response.content.decode()


def test_the_queue_lists_open_cases_and_searches(client: Any, cast: Any, register: Any) -> None:
    a = register(RECEIVED, org=cast.edu, applicant_name="钱七")
    b = register(RECEIVED, org=cast.edu, information_sought="校车采购合同")
    client.force_login(cast.edu_liaison)
    body = client.get(reverse("applications:queue")).content.decode()
    assert a.number in body and b.number in body
    by_name = client.get(reverse("applications:queue"), {"q": "钱七"}).content.decode()
    assert a.number in by_name and b.number not in by_name
    by_keyword = client.get(reverse("applications:queue"), {"q": "校车"}).content.decode()
    assert b.number in by_keyword and a.number not in by_keyword
    by_number = client.get(reverse("applications:queue"), {"q": b.number}).content.decode()
    assert b.number in by_number and a.number not in by_number


def test_the_overdue_queue(client: Any, cast: Any, register: Any) -> None:
    old = register(RECEIVED, org=cast.edu)  # due in April 2025: long overdue
    client.force_login(cast.edu_liaison)
    body = client.get(reverse("applications:queue"), {"view": "overdue"}).content.decode()
    assert old.number in body and "已逾期" in body
    assert old.number not in client.get(reverse("applications:queue"), {"view": "due_soon"}).content.decode()


def test_the_awaiting_applicant_queue(client: Any, cast: Any, register: Any, day: Any) -> None:
    from gongkai.applications import services

    a = register(RECEIVED, org=cast.edu)
    b = register(RECEIVED, org=cast.edu)
    with day(date(2025, 3, 5)):
        services.request_correction(a, actor=cast.edu_liaison, items="请写明文件年份")
    client.force_login(cast.edu_liaison)
    body = client.get(reverse("applications:queue"), {"view": "awaiting_applicant"}).content.decode()
    assert a.number in body and b.number not in body


def test_the_case_page_shows_the_timeline_and_allowed_actions(client: Any, cast: Any, register: Any) -> None:
    app = register(RECEIVED, org=cast.edu)
    client.force_login(cast.edu_liaison)
    body = client.get(reverse("applications:case", args=[app.pk])).content.decode()
    assert "收到申请" in body and "2025-03-03" in body
    assert 'id="action-start_processing"' in body
    assert 'id="action-deliver"' not in body


def test_a_transition_goes_through_the_service(client: Any, cast: Any, register: Any) -> None:
    app = register(RECEIVED, org=cast.edu)
    client.force_login(cast.edu_liaison)
    url = reverse("applications:act", args=[app.pk, "start_processing"])
    response = client.post(url, {"start_processing-on": "2025-03-04"})
    assert response.status_code == 302
    app.refresh_from_db()
    assert app.status == Status.IN_PROGRESS
    assert CaseEvent.objects.filter(application=app, kind=CaseEvent.Kind.PROCESSING_STARTED).count() == 1


def test_a_refused_transition_shows_the_service_message(client: Any, cast: Any, register: Any) -> None:
    app = register(RECEIVED, org=cast.edu)
    client.force_login(cast.edu_liaison)
    url = reverse("applications:act", args=[app.pk, "deliver"])
    response = client.post(url, {"deliver-on": "2025-03-10"})
    assert response.status_code == 400
    assert "不能执行“送达”" in response.content.decode()
    app.refresh_from_db()
    assert app.status == Status.REGISTERED


def test_a_late_correction_notice_is_refused_with_the_article(client: Any, cast: Any, register: Any) -> None:
    app = register(RECEIVED, org=cast.edu)
    client.force_login(cast.edu_liaison)
    url = reverse("applications:act", args=[app.pk, "request_correction"])
    response = client.post(url, {"request_correction-on": "2025-04-01", "request_correction-items": "x"})
    assert response.status_code == 400
    assert "条例第三十条" in response.content.decode()


def test_invalid_transition_input_is_explained(client: Any, cast: Any, register: Any) -> None:
    app = register(RECEIVED, org=cast.edu)
    client.force_login(cast.edu_liaison)
    url = reverse("applications:act", args=[app.pk, "extend"])
    response = client.post(url, {"extend-days": "99", "extend-approved_on": "soon"})
    assert response.status_code == 400
    body = response.content.decode()
    assert "最长不得超过20个工作日" in body and "日期格式不正确" in body and "请填写延期理由" in body


def test_an_unknown_action_is_404_and_get_is_405(client: Any, cast: Any, register: Any) -> None:
    app = register(RECEIVED, org=cast.edu)
    client.force_login(cast.edu_liaison)
    assert client.post(reverse("applications:act", args=[app.pk, "explode"])).status_code == 404
    assert client.get(reverse("applications:act", args=[app.pk, "start_processing"])).status_code == 405


def test_a_reply_and_delivery_close_the_case(client: Any, cast: Any, register: Any) -> None:
    app = register(RECEIVED, org=cast.edu)
    client.force_login(cast.edu_liaison)
    reply = reverse("applications:act", args=[app.pk, "reply"])
    response = client.post(reply, {"reply-disposition": "granted", "reply-on": "2025-03-10"})
    assert response.status_code == 302
    deliver = reverse("applications:act", args=[app.pk, "deliver"])
    assert client.post(deliver, {"deliver-on": "2025-03-11"}).status_code == 302
    app.refresh_from_db()
    assert app.status == Status.CLOSED and app.closed_on == date(2025, 3, 11)


def _online(client: Any, cast: Any) -> Application:
    from django.core.cache import cache

    cache.clear()
    data = registration(cast, channel="", id_type="passport", submission_token="t" * 20, email="a@b.cn")
    client.post(reverse("applications:apply"), data)
    return Application.objects.get()


def test_staff_confirm_an_online_submission(client: Any, cast: Any) -> None:
    app = _online(client, cast)
    client.force_login(cast.edu_liaison)
    unconfirmed = client.get(reverse("applications:queue"), {"view": "unconfirmed"}).content.decode()
    assert app.number in unconfirmed
    page = client.get(reverse("applications:case", args=[app.pk])).content.decode()
    assert 'id="unconfirmed"' in page and 'id="action-confirm_receipt"' in page
    today = app.arrived_on
    assert today is not None
    url = reverse("applications:act", args=[app.pk, "confirm_receipt"])
    assert client.post(url, {"confirm_receipt-on": today.isoformat()}).status_code == 302
    app.refresh_from_db()
    assert app.status == Status.REGISTERED and app.received_on == today and app.due_on is not None


def test_discarding_a_submission_needs_a_reason(client: Any, cast: Any) -> None:
    app = _online(client, cast)
    client.force_login(cast.edu_liaison)
    url = reverse("applications:act", args=[app.pk, "discard_submission"])
    response = client.post(url, {"discard_submission-reason": ""})
    assert response.status_code == 400 and "请填写理由" in response.content.decode()
    assert client.post(url, {"discard_submission-reason": "重复提交"}).status_code == 302
    app.refresh_from_db()
    assert app.status == Status.DISCARDED


def test_every_action_has_a_form_whose_fields_its_service_accepts() -> None:
    import inspect

    from gongkai.applications.views.staff import ACTION_FORMS, service_for
    from gongkai.applications.workflow import Action

    assert set(ACTION_FORMS) == set(Action)
    for action, form in ACTION_FORMS.items():
        params = inspect.signature(service_for(action)).parameters
        assert set(form.base_fields) <= set(params), action


def test_the_case_page_renders_through_a_consultation(client: Any, cast: Any, register: Any) -> None:
    app = register(RECEIVED, org=cast.edu)
    client.force_login(cast.edu_liaison)
    start = reverse("applications:act", args=[app.pk, "start_consultation"])
    data = {
        "start_consultation-on": "2025-03-05",
        "start_consultation-party": "某第三方公司",
        "start_consultation-party_kind": "third_party",
    }
    assert client.post(start, data).status_code == 302
    page = client.get(reverse("applications:case", args=[app.pk])).content.decode()
    assert "征求意见期满" in page and "某第三方公司" in page
    end = reverse("applications:act", args=[app.pk, "end_consultation"])
    assert client.post(end, {"end_consultation-on": "2025-03-12"}).status_code == 302
    app.refresh_from_db()
    assert app.status == Status.IN_PROGRESS
