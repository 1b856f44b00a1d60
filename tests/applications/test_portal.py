"""The public online form (apply/) and the public status lookup (apply/status/)."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from gongkai.applications.models import Application, Attachment
from gongkai.applications.workflow import Status
from gongkai.lib.checksums import credit_code_check_char, id_card_check_char

ID17 = "64030219900307123"
GOOD_ID = ID17 + id_card_check_char(ID17)
BAD_ID = ID17 + ("0" if GOOD_ID[-1] != "0" else "1")
CC17 = "12640302MB1234567"
GOOD_CC = CC17 + credit_code_check_char(CC17)

PDF = b"%PDF-1.4\n%test\n"


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    cache.clear()


def person(cast: Any, **overrides: Any) -> dict[str, Any]:
    data = {
        "organisation": cast.edu.pk,
        "applicant_kind": "natural_person",
        "applicant_name": "李四",
        "id_type": "resident_id",
        "id_number": GOOD_ID,
        "phone": "13900001234",
        "email": "lisi@example.com",
        "address": "宁夏吴忠市利通区某路1号",
        "information_sought": "2025年利通区义务教育阶段学校招生划片方案",
        "form_wanted": "electronic",
        "delivery_method": "email",
        "submission_token": "tok-" + "a" * 20,
    }
    data.update(overrides)
    return data


def test_it_shows_the_form_with_a_submission_token(client: Any, cast: Any) -> None:
    response = client.get(reverse("applications:apply"))
    assert response.status_code == 200
    assert 'name="submission_token"' in response.content.decode()
    assert "教育局" in response.content.decode()


def test_it_registers_an_online_application(client: Any, cast: Any) -> None:
    response = client.post(reverse("applications:apply"), person(cast))
    assert response.status_code == 200
    app = Application.objects.get()
    assert app.channel == Application.Channel.ONLINE
    assert app.organisation == cast.edu
    assert app.number in response.content.decode()
    # 条例第三十一条第（三）项: received only once both sides confirm.
    assert app.status == Status.SUBMITTED and app.received_on is None


def test_a_double_submit_creates_one_application(client: Any, cast: Any) -> None:
    first = client.post(reverse("applications:apply"), person(cast))
    second = client.post(reverse("applications:apply"), person(cast))
    assert Application.objects.count() == 1
    number = Application.objects.get().number
    assert number in first.content.decode() and number in second.content.decode()


def test_different_tokens_create_two_applications(client: Any, cast: Any) -> None:
    client.post(reverse("applications:apply"), person(cast))
    client.post(reverse("applications:apply"), person(cast, submission_token="tok-" + "b" * 20))
    assert Application.objects.count() == 2


def test_it_refuses_an_id_number_with_a_wrong_check_digit(client: Any, cast: Any) -> None:
    response = client.post(reverse("applications:apply"), person(cast, id_number=BAD_ID))
    assert response.status_code == 400
    assert "居民身份证号码无效" in response.content.decode()
    assert not Application.objects.exists()


def test_an_organisation_needs_a_valid_credit_code(client: Any, cast: Any) -> None:
    data = person(cast, applicant_kind="commercial", applicant_name="某公司", contact_person="王五")
    response = client.post(reverse("applications:apply"), data)
    assert "法人或其他组织须填写统一社会信用代码" in response.content.decode()
    bad = GOOD_CC[:17] + ("1" if GOOD_CC[17] != "1" else "2")
    response = client.post(reverse("applications:apply"), data | {"credit_code": bad})
    assert "校验位错误" in response.content.decode()
    response = client.post(reverse("applications:apply"), data | {"credit_code": GOOD_CC})
    assert response.status_code == 200
    assert Application.objects.get().credit_code == GOOD_CC


def test_email_delivery_needs_an_email_address(client: Any, cast: Any) -> None:
    response = client.post(reverse("applications:apply"), person(cast, email=""))
    assert response.status_code == 400
    assert "须填写电子邮箱" in response.content.decode()


def test_an_empty_post_gives_chinese_messages_not_a_500(client: Any, cast: Any) -> None:
    response = client.post(reverse("applications:apply"), {})
    assert response.status_code == 400
    body = response.content.decode()
    for message in ("请选择受理机关", "请选择申请人类型", "请填写联系电话", "请描述所需的政府信息"):
        assert message in body


@pytest.mark.parametrize(
    "field,value,message",
    [
        ("organisation", "99999", "所选受理机关不存在"),
        ("organisation", "abc", "所选受理机关不存在"),
        ("applicant_kind", "robot", "请从列表中选择"),
        ("phone", "call me", "联系电话格式不正确"),
        ("email", "not-an-email", "电子邮箱格式不正确"),
        ("postcode", "12", "邮政编码应为 6 位数字"),
        ("submission_token", "<script>", "表单已失效"),
        ("applicant_name", "名" * 201, "不能超过 200 字"),
    ],
)
def test_bad_field_values_are_explained(client: Any, cast: Any, field: str, value: str, message: str) -> None:
    response = client.post(reverse("applications:apply"), person(cast, **{field: value}))
    assert response.status_code == 400
    assert message in response.content.decode()


def test_it_keeps_a_pdf_attachment(client: Any, cast: Any) -> None:
    upload = SimpleUploadedFile("申请表.pdf", PDF, content_type="application/pdf")
    response = client.post(reverse("applications:apply"), person(cast, attachments=[upload]))
    assert response.status_code == 200
    item = Attachment.objects.get()
    assert item.original_name == "申请表.pdf" and item.size == len(PDF)


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("run.exe", b"MZ\x90\x00", "类型不支持"),
        ("fake.pdf", b"MZ\x90\x00 not a pdf", "内容与扩展名 .pdf 不符"),
        ("empty.png", b"", "空文件"),
    ],
)
def test_it_refuses_bad_attachments(client: Any, cast: Any, name: str, content: bytes, message: str) -> None:
    upload = SimpleUploadedFile(name, content)
    response = client.post(reverse("applications:apply"), person(cast, attachments=[upload]))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Application.objects.exists()


def test_it_refuses_an_attachment_over_10_mb(client: Any, cast: Any, settings: Any) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = None
    upload = SimpleUploadedFile("big.pdf", PDF + b"0" * (10 * 1024 * 1024))
    response = client.post(reverse("applications:apply"), person(cast, attachments=[upload]))
    assert response.status_code == 400
    assert "超过 10 MB" in response.content.decode()


# --- status lookup -----------------------------------------------------------------------------------


@pytest.fixture
def submitted(client: Any, cast: Any) -> Application:
    client.post(reverse("applications:apply"), person(cast))
    return Application.objects.get()


def test_the_lookup_shows_status_and_dates_only(client: Any, submitted: Application) -> None:
    response = client.post(
        reverse("applications:status"), {"number": submitted.number, "phone_last4": "1234"}
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert submitted.get_status_display() in body and "待工作人员与您确认后确定" in body
    for private in ("李四", "13900001234", GOOD_ID, "lisi@example.com", "招生划片"):
        assert private not in body


def test_a_wrong_phone_looks_like_an_unknown_number(client: Any, submitted: Application) -> None:
    wrong = client.post(reverse("applications:status"), {"number": submitted.number, "phone_last4": "9999"})
    unknown = client.post(reverse("applications:status"), {"number": "X-2099-0001", "phone_last4": "1234"})
    assert wrong.status_code == unknown.status_code == 404
    assert "未找到该申请" in wrong.content.decode() and "未找到该申请" in unknown.content.decode()


def test_the_lookup_validates_its_fields(client: Any, cast: Any) -> None:
    response = client.post(reverse("applications:status"), {"number": "", "phone_last4": "12a4"})
    assert response.status_code == 400
    assert "请填写受理编号" in response.content.decode()
    assert "请填写 4 位数字" in response.content.decode()


def test_the_lookup_is_rate_limited_per_ip(client: Any, submitted: Application, settings: Any) -> None:
    settings.GONGKAI_STATUS_LOOKUP_LIMIT = "3/600"
    data = {"number": submitted.number, "phone_last4": "0000"}
    codes = [client.post(reverse("applications:status"), data).status_code for _ in range(4)]
    assert codes == [404, 404, 404, 429]
    # Even the right answer is refused until the window ends …
    right = {"number": submitted.number, "phone_last4": "1234"}
    assert client.post(reverse("applications:status"), right).status_code == 429
    # … but only for that client.
    other = client.post(reverse("applications:status"), right, REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 200
