"""clock.derive(): the due date from a case's events alone (unsaved events, no database)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from gongkai.applications.clock import derive
from gongkai.applications.models import CaseEvent
from gongkai.law import clock as law_clock
from gongkai.law.deadlines import LawSettings

RECEIVED = date(2024, 9, 27)
LAW = LawSettings()
CAL = law_clock.load_calendar(None)


def ev(kind: str, on: date, **details: object) -> CaseEvent:
    return CaseEvent(kind=kind, on=on, details=details)


def due(*events: CaseEvent, today: date = date(2024, 12, 31)) -> date | None:
    return derive(
        RECEIVED, [ev("received", RECEIVED), *events], today=today, settings=LAW, calendar=CAL
    ).reply_due


def test_events_are_taken_in_legal_date_order_not_entry_order() -> None:
    ended = ev("consultation_ended", date(2024, 10, 11))
    started = ev("consultation_started", date(2024, 10, 9))
    assert due(ended, started) == due(started, ended) == date(2024, 11, 4)


def test_events_after_the_reply_do_not_move_its_due_date() -> None:
    replied = ev("replied", date(2024, 10, 18))
    late_extension = ev("extended", date(2024, 10, 20), days=10)
    assert due(replied, late_extension) == date(2024, 10, 30)


def test_an_open_fee_wait_moves_the_due_date_with_today() -> None:
    notice = ev("fee_notice", date(2024, 10, 14), payment_due="2024-11-11")
    # Paused 10-14..10-15 (2 days) → 10-31, 11-01; paused 10-14..10-16 (3 days) → 11-04.
    assert due(notice, today=date(2024, 10, 15)) == date(2024, 11, 1)
    assert due(notice, today=date(2024, 10, 16)) == date(2024, 11, 4)


days = st.integers(min_value=0, max_value=60)


@settings(max_examples=40, deadline=None)
@given(start=days, length=days, extension=st.integers(min_value=0, max_value=20))
def test_pauses_and_extensions_never_bring_the_due_date_forward(
    start: int, length: int, extension: int
) -> None:
    begin = RECEIVED + timedelta(days=start)
    end = begin + timedelta(days=length)
    plain = due()
    paused = due(ev("consultation_started", begin), ev("consultation_ended", end))
    extended = due(ev("extended", begin, days=extension))
    assert plain is not None and paused is not None and extended is not None
    assert paused >= plain
    assert extended >= plain
    # Exactly the pause's working days after the receipt day and up to the new due date are skipped.
    skipped = CAL.between(max(begin - timedelta(days=1), RECEIVED), min(end, paused))
    if begin <= plain:
        assert CAL.between(RECEIVED, paused) - skipped == 20
    else:
        assert paused == plain  # a pause after the due date changes nothing


def test_a_withdrawal_during_a_consultation_freezes_the_due_date() -> None:
    started = ev("consultation_started", date(2024, 10, 9))
    withdrawn = ev("withdrawn", date(2024, 10, 10))
    # Paused 10-09..10-10 (the withdrawal day), whatever today is: 10-30 + 2 → 11-01.
    assert due(started, withdrawn, today=date(2024, 12, 20)) == date(2024, 11, 1)
