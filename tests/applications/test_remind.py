"""`gongkai remind`: once per (case, kind, due date), to the right people, catching up after downtime.

The case is received 2024-09-27, due 2024-10-30 (see test_lifecycle). Working days before it:
10-25 (Fri) is 3 working days before (10-28, 10-29, 10-30 remain), 10-24 is 4.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from django.core import mail
from django.core.management import CommandError, call_command

from gongkai.applications import services
from gongkai.applications.management.reminders import handle_one, run
from gongkai.applications.models import Application, Reminder

from .conftest import SHANGHAI, on_day


@pytest.fixture
def staff(cast):  # type: ignore[no-untyped-def]
    for user, address in ((cast.office_admin, "gkb@example.cn"), (cast.edu_liaison, "jyj@example.cn")):
        user.email = address
        user.save()
    return cast


@pytest.fixture
def app(register, staff) -> Application:  # type: ignore[no-untyped-def]
    created: Application = register(date(2024, 9, 27))
    return created


def test_nothing_four_working_days_before(app: Application) -> None:
    assert run(date(2024, 10, 24)).sent == 0
    assert mail.outbox == []


def test_due_soon_goes_once_to_the_office_admin_only(app: Application) -> None:
    assert run(date(2024, 10, 25)).sent == 1
    assert run(date(2024, 10, 25)).sent == 0
    assert run(date(2024, 10, 28)).sent == 0
    assert len(mail.outbox) == 1
    # The 教育局 liaison has no business with a 利通区政府 case.
    assert mail.outbox[0].to == ["gkb@example.cn"]
    assert "即将到期" in mail.outbox[0].subject


def test_the_due_day_itself_is_not_overdue(app: Application) -> None:
    run(date(2024, 10, 25))
    assert run(date(2024, 10, 30)).sent == 0


def test_overdue_goes_once_the_day_after(app: Application) -> None:
    run(date(2024, 10, 25))
    assert run(date(2024, 10, 31)).sent == 1
    assert run(date(2024, 11, 1)).sent == 0
    assert "已逾期" in mail.outbox[-1].subject


def test_after_downtime_only_the_overdue_mail_is_sent(app: Application) -> None:
    assert run(date(2024, 11, 5)).sent == 1
    assert [m.subject.startswith("【已逾期】") for m in mail.outbox] == [True]


def test_a_department_case_reaches_its_liaison_and_the_office_admin(register, staff) -> None:  # type: ignore[no-untyped-def]
    register(date(2024, 9, 27), org=staff.edu)
    run(date(2024, 10, 25))
    assert mail.outbox[0].to == ["gkb@example.cn", "jyj@example.cn"]


def test_a_replied_case_gets_no_reminder(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 10, 21)):
        services.reply(app, actor=cast.office_admin, disposition="granted", legal_basis="art36_2")
    assert run(date(2024, 10, 31)).sent == 0


def test_a_new_due_date_gets_its_own_reminder(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    run(date(2024, 10, 25))
    with on_day(date(2024, 10, 28)):
        app = services.extend(
            app,
            actor=cast.office_admin,
            days=5,
            approved_by="王主任",
            approved_on=date(2024, 10, 28),
            notified_on=date(2024, 10, 28),
            reason="需调取档案",
        )
    # 25 working days: 10-31 21, 11-01 22, 11-04 23, 11-05 24, 11-06 25; 3 before → 11-01.
    assert app.due_on == date(2024, 11, 6)
    assert run(date(2024, 10, 31)).sent == 0
    assert run(date(2024, 11, 1)).sent == 1


def test_a_live_claim_by_another_worker_is_respected(app: Application) -> None:
    Reminder.objects.create(application=app, kind=Reminder.Kind.DUE_SOON, due_on=date(2024, 10, 30))
    assert handle_one(app, date(2024, 10, 25)) is False
    assert mail.outbox == []


def test_a_stale_unsent_claim_is_taken_over(app: Application) -> None:
    claim = Reminder.objects.create(application=app, kind=Reminder.Kind.DUE_SOON, due_on=date(2024, 10, 30))
    long_ago = datetime(2024, 10, 25, 8, tzinfo=SHANGHAI) - timedelta(hours=1)
    Reminder.objects.filter(pk=claim.pk).update(claimed_at=long_ago)
    assert handle_one(app, date(2024, 10, 25)) is True
    assert Reminder.objects.get(pk=claim.pk).sent_at is not None


def test_the_command_reports_what_it_did(app: Application, capsys) -> None:  # type: ignore[no-untyped-def]
    call_command("remind", "--today", "2024-10-25")
    assert "发送提醒 1 封" in capsys.readouterr().out


def test_the_command_refuses_a_bad_date(app: Application) -> None:
    with pytest.raises(CommandError):
        call_command("remind", "--today", "2024-13-01")


@pytest.mark.django_db(transaction=True)
def test_two_workers_at_once_send_one_mail(register, staff) -> None:  # type: ignore[no-untyped-def]
    import threading

    from django.db import connection, connections

    if connection.vendor != "postgresql":
        pytest.skip("needs concurrent writers: SQLite serialises them on one file lock")
    app = register(date(2024, 9, 27))
    barrier = threading.Barrier(4)
    results: list[bool] = []

    def work() -> None:
        try:
            barrier.wait()
            results.append(handle_one(Application.objects.get(pk=app.pk), date(2024, 10, 25)))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [False, False, False, True]
    assert len(mail.outbox) == 1
