"""Staged lifecycles with frozen time: the due date at every step against dates computed by hand.

The calendar around the reference case (received Friday 2024-09-27), from 国办发明电〔2023〕7号:
国庆节 2024-10-01..10-07 off; Sunday 09-29 and Saturday 10-12 are 调休 working days (counted by
default). Counting starts the day after the trigger day (民法典第二百零一条).

Working days after 2024-09-27, numbered:
    09-29 (Sun, 调休) 1 · 09-30 2 · [10-01..10-07 off] · 10-08 3 · 10-09 4 · 10-10 5 · 10-11 6 ·
    10-12 (Sat, 调休) 7 · 10-14..10-18 8–12 · 10-21..10-25 13–17 · 10-28 18 · 10-29 19 · 10-30 20 ·
    10-31 21 · 11-01 22 · 11-04..11-08 23–27 · 11-11 28 · 11-12 29 · 11-13 30
So the plain reply due date (20 working days, 条例第三十三条第二款) is 2024-10-30.
"""

from __future__ import annotations

from datetime import date

import pytest

from gongkai.applications import clock, services
from gongkai.applications.models import Application, CaseEvent
from gongkai.applications.workflow import Status, TransitionError

from .conftest import on_day

RECEIVED = date(2024, 9, 27)


@pytest.fixture
def app(register):  # type: ignore[no-untyped-def]
    return register(RECEIVED)


def test_it_registers_with_the_plain_due_date(app: Application) -> None:
    # Day 20 in the table above.
    assert app.received_on == RECEIVED
    assert app.due_on == date(2024, 10, 30)
    assert app.status == Status.REGISTERED


def test_simple_reply_then_postal_delivery(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 10, 8)):
        app = services.start_processing(app, actor=cast.office_admin)
    assert app.due_on == date(2024, 10, 30)
    with on_day(date(2024, 10, 18)):
        app = services.reply(
            app, actor=cast.office_admin, disposition="granted", legal_basis="art36_2", text="提供招标文件"
        )
    assert app.status == Status.REPLIED
    assert app.closed_on is None  # concluded only once delivered
    with on_day(date(2024, 10, 21)):
        # Posted on Monday 10-21: the posting date is the delivery date (国办公开办函〔2016〕235号).
        app = services.deliver(app, actor=cast.office_admin, on=date(2024, 10, 21))
    assert app.status == Status.CLOSED
    assert app.closed_on == date(2024, 10, 21)
    assert app.due_on == date(2024, 10, 30)  # frozen at the reply


def test_correction_then_reply(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    # The 补正 notice is due within 7 working days: day 7 = Saturday 10-12 (调休).
    assert clock.case_clock(app, today=RECEIVED).correction_notice_due == date(2024, 10, 12)
    with on_day(date(2024, 10, 9)):
        app = services.request_correction(app, actor=cast.office_admin, items="请明确项目名称")
    assert app.status == Status.AWAITING_CORRECTION
    assert app.due_on is None  # the reply period has not started
    # Default 补正期限: 15 working days after 10-09: 10-10 1, 10-11 2, 10-12 3, 10-14..18 4–8,
    # 10-21..25 9–13, 10-28 14, 10-29 15.
    with on_day(date(2024, 10, 10)):
        assert clock.case_clock(app).correction_due == date(2024, 10, 29)
    with on_day(date(2024, 10, 15)):
        app = services.receive_correction(app, actor=cast.office_admin)
    # Restart (条例第三十条): 20 working days after Tue 10-15: 10-16..18 1–3, 10-21..25 4–8,
    # 10-28..31 9–12, 11-01 13, 11-04..08 14–18, 11-11 19, 11-12 20.
    assert app.status == Status.IN_PROGRESS
    assert app.due_on == date(2024, 11, 12)
    with on_day(date(2024, 11, 12)):
        app = services.reply(
            app, actor=cast.office_admin, disposition="unable_not_held", legal_basis="art36_4"
        )
    assert app.disposition == "unable_not_held"


def test_correction_notice_after_seven_working_days_is_refused(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    # Monday 10-14 is working day 8.
    with on_day(date(2024, 10, 14)), pytest.raises(TransitionError) as err:
        services.request_correction(app, actor=cast.office_admin, items="请明确")
    assert "7个工作日" in err.value.message


def test_correction_is_requested_once_only(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 10, 8)):
        app = services.request_correction(app, actor=cast.office_admin, items="请明确")
        app = services.receive_correction(app, actor=cast.office_admin)
    with on_day(date(2024, 10, 9)), pytest.raises(TransitionError) as err:
        services.request_correction(app, actor=cast.office_admin, items="再补充")
    assert "一次性" in err.value.message


def test_correction_never_answered_is_deemed_abandoned(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 10, 9)):
        app = services.request_correction(app, actor=cast.office_admin, items="请明确")
    # The deadline is 10-29 (see test_correction_then_reply); on that day it has not passed yet.
    with on_day(date(2024, 10, 29)), pytest.raises(TransitionError):
        services.abandon_for_no_correction(app, actor=cast.office_admin)
    with on_day(date(2024, 10, 30)):
        app = services.abandon_for_no_correction(app, actor=cast.office_admin)
    assert app.status == Status.CLOSED
    assert app.disposition == "other_no_correction"
    assert app.closed_on == date(2024, 10, 30)


def test_consultation_time_is_not_counted(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 10, 9)):
        app = services.start_consultation(app, actor=cast.office_admin, party="某建设有限公司")
    # The third party's 15 working days from its receipt (10-09): as the 补正 period above, 10-29.
    assert app.events.get(kind=CaseEvent.Kind.CONSULTATION_STARTED).details["opinion_due"] == "2024-10-29"
    with on_day(date(2024, 10, 10)):
        # Provisional: 10-09 and 10-10 paused so far → 2 days after 10-30: 10-31, 11-01.
        app = services.refresh_due(app)
        assert app.due_on == date(2024, 11, 1)
        assert clock.case_clock(app).paused
    with on_day(date(2024, 10, 11)):
        app = services.end_consultation(app, actor=cast.office_admin, opinion="不同意公开")
    # 10-09, 10-10, 10-11 are not counted: before the pause 09-29, 09-30, 10-08 (3 days); after it
    # 10-12 is day 4, 10-14..18 5–9, 10-21..25 10–14, 10-28..31 15–18, 11-01 19, 11-04 20.
    assert app.status == Status.IN_PROGRESS
    assert app.due_on == date(2024, 11, 4)


def test_extension_adds_working_days(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 10, 29)):
        app = services.extend(
            app,
            actor=cast.office_admin,
            days=10,
            approved_by="王主任",
            approved_on=date(2024, 10, 28),
            notified_on=date(2024, 10, 29),
            reason="需调取档案",
        )
    # 30 working days: day 30 = 11-13 in the table above.
    assert app.due_on == date(2024, 11, 13)
    with on_day(date(2024, 10, 30)), pytest.raises(TransitionError) as err:
        services.extend(
            app,
            actor=cast.office_admin,
            days=11,
            approved_by="王主任",
            approved_on=date(2024, 10, 30),
            notified_on=date(2024, 10, 30),
            reason="还需时间",
        )
    assert "20个工作日" in err.value.message


def test_extension_notified_after_the_due_date_is_refused(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 10, 31)), pytest.raises(TransitionError) as err:
        services.extend(
            app,
            actor=cast.office_admin,
            days=5,
            approved_by="王主任",
            approved_on=date(2024, 10, 31),
            notified_on=date(2024, 10, 31),
            reason="需调取档案",
        )
    assert "届满前" in err.value.message


def test_extension_without_the_heads_approval_is_refused(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 10, 28)), pytest.raises(TransitionError):
        services.extend(
            app,
            actor=cast.office_admin,
            days=5,
            approved_by=" ",
            approved_on=date(2024, 10, 28),
            notified_on=date(2024, 10, 28),
            reason="需调取档案",
        )


def test_fee_paid_pauses_then_resumes(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 10, 14)):
        # 按量: 50 pages → pages 31–50 at 10元 = 200元 (国办函〔2020〕109号第五条).
        app = services.send_fee_notice(app, actor=cast.office_admin, pages=50)
    assert app.status == Status.AWAITING_FEE
    assert str(app.fee_amount) == "200.00"
    # Payment due 20 working days after 10-14: 10-15..18 1–4, 10-21..25 5–9, 10-28..31 10–13,
    # 11-01 14, 11-04..08 15–19, 11-11 20.
    with on_day(date(2024, 10, 15)):
        assert clock.case_clock(app).fee_payment_due == date(2024, 11, 11)
    with on_day(date(2024, 10, 16)):
        app = services.record_fee_payment(app, actor=cast.office_admin)
    # 10-14, 10-15, 10-16 not counted: 3 days after 10-30 → 10-31, 11-01, 11-04.
    assert app.status == Status.IN_PROGRESS
    assert app.due_on == date(2024, 11, 4)


def test_fee_wait_does_not_pause_when_configured(app: Application, cast, settings) -> None:  # type: ignore[no-untyped-def]
    settings.GONGKAI_FEE_WAIT_PAUSES_CLOCK = False
    with on_day(date(2024, 10, 14)):
        app = services.send_fee_notice(app, actor=cast.office_admin, nth_in_month=11)
    with on_day(date(2024, 10, 16)):
        app = services.record_fee_payment(app, actor=cast.office_admin)
    assert app.fee_method == "per_application"
    assert app.due_on == date(2024, 10, 30)


def test_fee_not_paid_closes_after_the_payment_deadline(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 10, 14)):
        app = services.send_fee_notice(app, actor=cast.office_admin, pages=120)
    with on_day(date(2024, 11, 11)), pytest.raises(TransitionError):
        services.close_for_unpaid_fee(app, actor=cast.office_admin)
    with on_day(date(2024, 11, 12)):
        app = services.close_for_unpaid_fee(app, actor=cast.office_admin)
    assert app.status == Status.CLOSED
    assert app.disposition == "other_no_fee"
    assert app.closed_on == date(2024, 11, 12)


def test_fee_by_both_methods_is_refused(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 10, 14)), pytest.raises(TransitionError) as err:
        services.send_fee_notice(app, actor=cast.office_admin, pages=50, nth_in_month=12)
    assert "两种标准" in err.value.message


def test_withdrawal_closes_with_other_other(app: Application, cast) -> None:  # type: ignore[no-untyped-def]
    with on_day(date(2024, 10, 10)):
        app = services.withdraw(app, actor=cast.office_admin, reason="申请人书面撤回")
    assert app.status == Status.CLOSED
    assert app.disposition == "other_other"
    assert app.closed_on == date(2024, 10, 10)
    with on_day(date(2024, 10, 11)):
        app = services.archive(app, actor=cast.office_admin)
    assert app.status == Status.ARCHIVED
    assert app.archived_on == date(2024, 10, 11)
