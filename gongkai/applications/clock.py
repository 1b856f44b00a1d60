"""A case's deadlines, derived from its own CaseEvents by the pure clock (gongkai.law.clock/deadlines).

`Application.due_on` is only a cache of `case_clock(app).reply_due`, refreshed by every service and by
the `remind` command. Derivation:

- reply period: 20 working days after the receipt (条例第三十三条第二款), counted afresh from the day the
  补正 is received (第三十条);
- consultation time is not counted (第三十三条第三款): pause from the day the 征求意见书 is sent to the day
  the consultation ends, both inclusive (see gongkai.law.clock);
- the wait for a fee payment is a pause too when LawSettings.fee_wait_pauses_clock (default);
- extensions add their approved days (第三十三条第二款, at most 20 in all).

An open pause (consultation or fee wait still running) is provisionally closed at `today`: the due date
then moves one working day later for every working day the pause lasts, which is why `remind`
refreshes the cache.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from gongkai.law import clock as law_clock
from gongkai.law import deadlines
from gongkai.law.deadlines import LawSettings

from . import conf
from .models import Application, CaseEvent, CaseEventKind
from .workflow import Status


@dataclass(frozen=True)
class CaseClock:
    """Every deadline of one case, as of `today`."""

    today: date
    received_on: date
    restart_on: date | None  # day the 补正 was received (第三十条)
    consultations: tuple[law_clock.Pause, ...]
    fee_waits: tuple[law_clock.Pause, ...]
    extension_days: int
    # None while the reply period has not started (awaiting a 补正).
    reply_due: date | None
    # Last day to send the one-time 补正 notice (第三十条: 7 working days after receipt).
    correction_notice_due: date
    correction_requested_on: date | None = None
    correction_due: date | None = None  # the applicant's 补正期限
    consultation_due: date | None = None  # the consulted party's 15 working days (open consultation)
    fee_payment_due: date | None = None  # open fee wait
    paused: bool = False
    notes: tuple[str, ...] = field(default=())
    # Years counted without the State Council's 节假日安排 (gongkai.law.clock "provisional years"): the
    # due dates are 暂定 until the schedule is added and the cache refreshed.
    provisional_years: tuple[int, ...] = ()

    @property
    def provisional(self) -> bool:
        return bool(self.provisional_years)

    @property
    def reply_pending(self) -> bool:
        return self.reply_due is not None

    def days_left(self, calendar: law_clock.WorkingCalendar | None = None) -> int | None:
        if self.reply_due is None:
            return None
        return law_clock.working_days_left(self.today, self.reply_due, calendar or conf.calendar())

    @property
    def overdue(self) -> bool:
        return self.reply_due is not None and law_clock.is_overdue(self.today, self.reply_due)


def _date(value: object) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        return date.fromisoformat(value)
    return None


def derive(
    received_on: date,
    events: Iterable[CaseEvent],
    *,
    today: date,
    settings: LawSettings | None = None,
    calendar: law_clock.WorkingCalendar | None = None,
    stop_at_reply: bool = True,
) -> CaseClock:
    """The clock from a case's events (any order; sorted by legal date then id)."""
    law = settings if settings is not None else conf.law_settings()
    cal = calendar if calendar is not None else conf.calendar()
    ordered = sorted(events, key=lambda e: (e.on, e.pk or 0))
    restart: date | None = None
    consultations: list[law_clock.Pause] = []
    fee_waits: list[law_clock.Pause] = []
    open_consultation: date | None = None
    consultation_due: date | None = None
    open_fee: date | None = None
    fee_due: date | None = None
    extension = 0
    correction_requested: date | None = None
    correction_due: date | None = None
    awaiting_correction = False
    concluded: date | None = None
    for event in ordered:
        kind = event.kind
        if kind == CaseEventKind.CORRECTION_REQUESTED:
            correction_requested = event.on
            correction_due = _date(event.details.get("deadline"))
            awaiting_correction = True
        elif kind == CaseEventKind.CORRECTION_RECEIVED:
            restart = event.on
            awaiting_correction = False
        elif kind == CaseEventKind.CONSULTATION_STARTED:
            open_consultation = event.on
            consultation_due = _date(event.details.get("opinion_due"))
        elif kind == CaseEventKind.CONSULTATION_ENDED and open_consultation is not None:
            consultations.append((open_consultation, max(event.on, open_consultation)))
            open_consultation, consultation_due = None, None
        elif kind == CaseEventKind.EXTENDED:
            extension += int(event.details.get("days", 0))
        elif kind == CaseEventKind.FEE_NOTICE:
            open_fee = event.on
            fee_due = _date(event.details.get("payment_due"))
        elif kind in (CaseEventKind.FEE_PAID, CaseEventKind.FEE_UNPAID) and open_fee is not None:
            fee_waits.append((open_fee, max(event.on, open_fee)))
            open_fee, fee_due = None, None
        if kind in (
            CaseEventKind.REPLIED,
            CaseEventKind.WITHDRAWN,
            CaseEventKind.ABANDONED,
            CaseEventKind.FEE_UNPAID,
        ):
            concluded = event.on
            if stop_at_reply:
                break
    paused = open_consultation is not None or open_fee is not None
    # An open pause lasts, provisionally, until today — or until the case ended (withdrawn meanwhile).
    until = concluded if concluded is not None else today
    if open_consultation is not None:
        consultations.append((open_consultation, max(until, open_consultation)))
    if open_fee is not None:
        fee_waits.append((open_fee, max(until, open_fee)))
    reply_due: date | None = None
    if not awaiting_correction:
        reply_due = deadlines.reply_due(
            received_on,
            settings=law,
            calendar=cal,
            consultations=consultations,
            fee_waits=fee_waits,
            correction_received=restart,
            extension_days=min(extension, law.extension_max_days),
        )
    correction_notice_due = deadlines.correction_notice_due(received_on, settings=law, calendar=cal)
    dues = (reply_due, correction_notice_due, correction_due, consultation_due, fee_due)
    latest = max(d for d in (*dues, received_on) if d is not None)
    return CaseClock(
        today=today,
        received_on=received_on,
        restart_on=restart,
        consultations=tuple(consultations),
        fee_waits=tuple(fee_waits),
        extension_days=extension,
        reply_due=reply_due,
        correction_notice_due=correction_notice_due,
        correction_requested_on=correction_requested,
        correction_due=correction_due if awaiting_correction else None,
        consultation_due=consultation_due,
        fee_payment_due=fee_due,
        paused=paused and concluded is None,
        provisional_years=cal.provisional_years(received_on, latest),
    )


def case_clock(
    app: Application,
    *,
    today: date | None = None,
    settings: LawSettings | None = None,
    calendar: law_clock.WorkingCalendar | None = None,
) -> CaseClock:
    """The clock of `app` from its stored CaseEvents (one query). Not for an unconfirmed submission."""
    from django.utils import timezone

    if app.received_on is None:
        raise ValueError(f"{app.number}: an unconfirmed online submission has no receipt date yet")
    return derive(
        app.received_on,
        CaseEvent.objects.filter(application=app),
        today=today if today is not None else timezone.localdate(),
        settings=settings,
        calendar=calendar,
    )


def cached_due(app: Application, *, today: date | None = None) -> date | None:
    """The value `due_on` should hold: the reply due date (frozen at the reply, withdrawal or
    abandonment), None while the reply period has not started (awaiting a 补正)."""
    if app.received_on is None or app.status == Status.AWAITING_CORRECTION:
        return None
    return case_clock(app, today=today).reply_due


def first_due(received_on: date, *, today: date) -> date | None:
    """`due_on` of a case just registered: 20 working days after the receipt, no events yet to pause or
    extend it (条例第三十三条第一款). Pure — registration needs no read-back of the events it wrote."""
    return derive(received_on, (), today=today).reply_due
