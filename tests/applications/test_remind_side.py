"""`gongkai remind` also for the 补正期限, the fee-payment period and the third party's opinion period:
one mail each, the working day after the deadline (received 2024-09-27; dates as in test_lifecycle)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.core import mail

from gongkai.applications import services
from gongkai.applications.management.reminders import run
from gongkai.applications.models import Application, Reminder

from .conftest import on_day


@pytest.fixture
def app(register: Any, cast: Any) -> Application:
    cast.office_admin.email = "gkb@example.cn"
    cast.office_admin.save()
    result: Application = register(date(2024, 9, 27))
    return result


def test_a_passed_correction_deadline_is_reminded_once(app: Application, cast: Any) -> None:
    with on_day(date(2024, 10, 9)):
        services.request_correction(app, actor=cast.office_admin, items="请明确项目名称")
    # 补正期限 2024-10-29: still in time that day, reminded on the next working day, once.
    assert run(date(2024, 10, 29)).sent == 0
    assert run(date(2024, 10, 30)).sent == 1
    assert run(date(2024, 10, 31)).sent == 0
    assert "补正期限" in mail.outbox[0].subject and "条例第三十条" in mail.outbox[0].body
    assert Reminder.objects.get(kind=Reminder.Kind.CORRECTION_DUE).due_on == date(2024, 10, 29)


def test_a_passed_opinion_deadline_is_reminded(app: Application, cast: Any) -> None:
    with on_day(date(2024, 10, 9)):
        services.start_consultation(app, actor=cast.office_admin, party="某建设有限公司")
    run(date(2024, 10, 30))
    kinds = set(Reminder.objects.filter(sent_at__isnull=False).values_list("kind", flat=True))
    assert Reminder.Kind.OPINION_DUE in kinds


def test_a_passed_fee_deadline_is_reminded(app: Application, cast: Any) -> None:
    with on_day(date(2024, 10, 14)):
        services.send_fee_notice(app, actor=cast.office_admin, pages=50)
    # Payment due 2024-11-11 (test_lifecycle).
    run(date(2024, 11, 11))
    assert not Reminder.objects.filter(kind=Reminder.Kind.FEE_DUE).exists()
    run(date(2024, 11, 12))
    assert Reminder.objects.get(kind=Reminder.Kind.FEE_DUE).due_on == date(2024, 11, 11)


def test_a_received_correction_ends_the_correction_reminder(app: Application, cast: Any) -> None:
    with on_day(date(2024, 10, 9)):
        app = services.request_correction(app, actor=cast.office_admin, items="请明确")
    with on_day(date(2024, 10, 15)):
        services.receive_correction(app, actor=cast.office_admin)
    run(date(2024, 10, 30))
    assert not Reminder.objects.filter(kind=Reminder.Kind.CORRECTION_DUE).exists()
