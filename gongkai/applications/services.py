"""The only code that changes an application's status (one function per transition).

API for views (part B) — every function takes the Application (or its pk's instance) plus keyword
arguments, returns the refreshed Application (or the new object), and raises `TransitionError` (Chinese
`.message`) for anything the workflow or the 条例 does not allow. Dates are the LEGAL dates (the day a
thing happened), default today (Asia/Shanghai); none may be in the future or before the receipt.

    register_application(organisation, *, actor, channel, applicant_kind, applicant_name,
                         information_sought, submitted_on=None, signed_on=None, arrived_on=None,
                         confirmed_on=None, today=None, **details) -> Application
        details: any other Application field (id_type, id_number, credit_code, phone, email, address,
        postcode, contact_person, legal_representative, document_reference, form_wanted,
        delivery_method, notes). The receipt date follows 条例第三十一条 (gongkai.law.receipt).
    submit_online(organisation, *, channel="online", applicant_kind, applicant_name, information_sought,
                  arrived_on=None, **details) -> Application        # status submitted, no receipt date yet
    confirm_receipt(app, *, actor, on=None)                          # 第三十一条第（三）项 → registered
    discard_submission(app, *, actor, reason)                        # spam/duplicate → discarded
    add_attachment(app, *, actor, file, kind="other", name=None, content_type="") -> Attachment
    start_processing(app, *, actor, on=None)
    request_correction(app, *, actor, on=None, items, deadline=None)            # 第三十条, once only
    receive_correction(app, *, actor, on=None, summary="")                      # reply clock restarts
    abandon_for_no_correction(app, *, actor, on=None)                           # other_no_correction
    start_consultation(app, *, actor, on=None, party, party_kind, party_received_on=None)
    end_consultation(app, *, actor, on=None, opinion="")                        # 第三十二—三十四条
    extend(app, *, actor, days, approved_by, approved_on, notified_on, reason)  # 第三十三条第二款
    send_fee_notice(app, *, actor, on=None, pages=None, nth_in_month=None, applicant_received_on=None)
    record_fee_payment(app, *, actor, on=None)
    close_for_unpaid_fee(app, *, actor, on=None)                                # other_no_fee
    withdraw(app, *, actor, on=None, reason="")                                 # other_other
    reply(app, *, actor, disposition, legal_basis="", on=None, text="", holding_agency="",
          holding_agency_contact="")
    deliver(app, *, actor, method=None, on)                                     # 国办公开办函〔2016〕235号
    archive(app, *, actor, on=None)
    record_appeal(organisation, *, actor, kind, filed_on, application=None, case_number="",
                  authority="", notes="") -> Appeal
    decide_appeal(appeal, *, actor, result, decided_on) -> Appeal
    refresh_due(app, *, today=None) -> Application                              # cache only
    nth_in_month(app) -> int       # for 按件 fees: this application's place in the applicant's month

Each transition: validate → lock the row and UPDATE … WHERE status=<old> (row count must be 1) →
CaseEvent + audit event → recompute and store due_on → the 告知书 the step requires (NOTICE_OF: 补正,
延期, 征求意见, 收费, 答复, the two 终止处理) — in one transaction, so a case is never "awaiting 补正"
without its 补正告知书, and a failed notice undoes the step. The status of the instance
you pass is the status the officer saw: if the case has moved on meanwhile, the step is refused
("状态已变为…，请刷新"), so load the case fresh for each request.

Related modules: clock.case_clock(app) (due date, days left, overdue, 补正/fee/opinion deadlines),
workflow.allowed_actions(status) (buttons), notices.generate(app, kind, actor=…) (a further copy of a
告知书, e.g. after a template was corrected), management/reminders.run() (the `gongkai remind` command).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from django.core.files import File
from django.db import transaction
from django.utils import timezone

from gongkai.audit.events import record
from gongkai.audit.models import EventKind
from gongkai.law import clock as law_clock
from gongkai.law import deadlines, fees, receipt
from gongkai.law.dispositions import DISPOSITION_BY_KEY, bases_for
from gongkai.organisations.models import Organisation

from . import clock, conf, notices, numbering
from .models import (
    Appeal,
    Application,
    Attachment,
    CaseEvent,
    CaseEventKind,
    DeliveryMethod,
    DispositionChoices,
    NoticeKind,
)
from .workflow import Action, Status, TransitionError, check_transition, target_status

__all__ = [
    "TransitionError",
    "abandon_for_no_correction",
    "add_attachment",
    "archive",
    "close_for_unpaid_fee",
    "confirm_receipt",
    "decide_appeal",
    "deliver",
    "discard_submission",
    "end_consultation",
    "extend",
    "nth_in_month",
    "receive_correction",
    "record_appeal",
    "record_fee_payment",
    "refresh_due",
    "register_application",
    "reply",
    "request_correction",
    "send_fee_notice",
    "start_consultation",
    "start_processing",
    "submit_online",
    "withdraw",
]

Actor = Any  # a User or None (system); audit.record ignores anonymous users

# Fields register_application accepts besides the required ones.
REGISTRATION_FIELDS: frozenset[str] = frozenset(
    {
        "id_type",
        "id_number",
        "credit_code",
        "legal_representative",
        "contact_person",
        "phone",
        "email",
        "address",
        "postcode",
        "document_reference",
        "form_wanted",
        "delivery_method",
        "notes",
    }
)
# Dispositions that only their own service may set.
_SERVICE_ONLY_DISPOSITIONS = frozenset(
    {DispositionChoices.OTHER_NO_CORRECTION, DispositionChoices.OTHER_NO_FEE}
)


def _today() -> date:
    return timezone.localdate()


def _check_date(
    value: date, label: str, *, app: Application | None = None, today: date | None = None
) -> None:
    now = today or _today()
    if value > now:
        raise TransitionError(f"{label} {value.isoformat()} 晚于今天 {now.isoformat()}，请核对")
    if app is not None and app.received_on is not None and value < app.received_on:
        raise TransitionError(f"{label} {value.isoformat()} 早于收到申请之日 {app.received_on.isoformat()}")


def _last_event_on(app: Application) -> date | None:
    last = CaseEvent.objects.filter(application=app).order_by("-on", "-id").first()
    return last.on if last else None


def _check_order(app: Application, on: date, label: str) -> None:
    # Events are dated with legal dates; a step cannot be dated before the step it follows.
    last = _last_event_on(app)
    if last is not None and on < last:
        raise TransitionError(f"{label} {on.isoformat()} 早于上一办理环节的日期 {last.isoformat()}")


# The 告知书 a step requires, issued in the step's transaction (条例第三十条 补正, 第三十二、三十四条
# 征求意见书, 第三十三条第二款 延期告知, 国办函〔2020〕109号 收费通知, 第三十六条 答复, and the two
# 终止处理 notices).
NOTICE_OF: dict[Action, NoticeKind] = {
    Action.REQUEST_CORRECTION: NoticeKind.CORRECTION,
    Action.ABANDON_FOR_NO_CORRECTION: NoticeKind.NO_CORRECTION,
    Action.START_CONSULTATION: NoticeKind.CONSULTATION,
    Action.EXTEND: NoticeKind.EXTENSION,
    Action.SEND_FEE_NOTICE: NoticeKind.FEE,
    Action.CLOSE_FOR_UNPAID_FEE: NoticeKind.NO_FEE,
    Action.REPLY: NoticeKind.REPLY,
}


@dataclass(frozen=True)
class _Step:
    action: Action
    event: CaseEventKind
    on: date
    details: dict[str, Any]
    fields: dict[str, Any]


def _apply(app: Application, step: _Step, *, actor: Actor) -> Application:
    """Lock, conditional UPDATE on status, CaseEvent, audit event, due_on — the caller's transaction."""
    locked = _reload(app)
    old = locked.status
    new = target_status(step.action, old)
    updated = Application.objects.filter(pk=app.pk, status=old).update(
        status=new, updated_at=timezone.now(), **step.fields
    )
    if updated != 1:  # pragma: no cover - the row lock makes this unreachable on PostgreSQL
        raise TransitionError("该申请刚被他人处理，请刷新页面后重试")
    event = CaseEvent.objects.create(
        application_id=app.pk,
        kind=step.event,
        on=step.on,
        details=_jsonable(step.details),
        actor=_user(actor),
    )
    record(
        EventKind.APPLICATION_TRANSITION,
        actor=actor,
        organisation=locked.organisation,
        obj=locked,
        details={
            "action": str(step.action),
            "from": old,
            "to": str(new),
            "on": step.on,
            "case_event": event.pk,
            **step.details,
        },
    )
    locked.refresh_from_db()
    _store_due(locked)
    if (kind := NOTICE_OF.get(step.action)) is not None:
        notices.issue(locked, kind, actor=actor, issued_on=step.on)
    return locked


def _user(actor: Actor) -> Any:
    return actor if getattr(actor, "is_authenticated", False) else None


def _jsonable(details: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in details.items():
        if isinstance(value, date):
            out[key] = value.isoformat()
        elif isinstance(value, Decimal):
            out[key] = str(value)
        else:
            out[key] = value
    return out


def _store_due(app: Application, today: date | None = None) -> None:
    try:
        due = clock.cached_due(app, today=today)
    except law_clock.ClockError as exc:
        # E.g. a due date in a year without a 节假日安排 while GONGKAI_PROVISIONAL_CALENDAR is off: the
        # step is refused (and rolled back) with the message naming the missing year.
        raise TransitionError(str(exc)) from None
    if due != app.due_on:
        Application.objects.filter(pk=app.pk).update(due_on=due)
        app.due_on = due


def _received_on(app: Application) -> date:
    if app.received_on is None:
        raise TransitionError("该网上申请尚未确认收到（条例第三十一条第（三）项），请先确认")
    return app.received_on


def _reload(app: Application, action: Action | None = None) -> Application:
    """The case, locked for this transaction; checked against the table first, so that a refused step
    gets the table's message rather than a failed date computation."""
    current = Application.objects.select_for_update().get(pk=app.pk)
    if app.status != current.status:
        # Optimistic check: the caller decided on a status that has changed meanwhile (another tab,
        # another officer). Acting anyway could apply the step to a case in a state nobody looked at.
        raise TransitionError(f"该申请的状态已变为“{Status(current.status).label}”，请刷新页面后重试")
    if action is not None:
        check_transition(action, current.status)
    return current


# --- registration ------------------------------------------------------------------------------------


def _check_applicant(kind: str, name: str, sought: str, details: dict[str, Any]) -> None:
    unknown = set(details) - REGISTRATION_FIELDS
    if unknown:
        raise TransitionError(f"登记申请时不能填写这些字段：{', '.join(sorted(unknown))}")
    if kind not in Application.ApplicantKind.values:
        raise TransitionError(f"未知的申请人类型：{kind!r}")
    if not name.strip():
        raise TransitionError("请填写申请人姓名或名称")
    if not sought.strip():
        raise TransitionError("请填写申请公开的政府信息内容描述（条例第二十九条）")


def register_application(
    organisation: Organisation,
    *,
    actor: Actor,
    channel: str,
    applicant_kind: str,
    applicant_name: str,
    information_sought: str,
    submitted_on: date | None = None,
    signed_on: date | None = None,
    arrived_on: date | None = None,
    confirmed_on: date | None = None,
    today: date | None = None,
    **details: Any,
) -> Application:
    """Register an application: receipt date by channel (条例第三十一条), a fresh tracking number,
    the `received` CaseEvent, the audit event and the first due date. Raises TransitionError for a
    missing/illogical date (message from gongkai.law.receipt) or an unknown field."""
    _check_applicant(applicant_kind, applicant_name, information_sought, details)
    now = today or _today()
    try:
        got = receipt.receipt_date(
            channel,
            today=now,
            submitted_on=submitted_on,
            signed_on=signed_on,
            arrived_on=arrived_on,
            confirmed_on=confirmed_on,
        )
    except receipt.ReceiptError as exc:
        raise TransitionError(str(exc)) from None
    spec = receipt.CHANNELS[got.channel]
    # Keep only the dates that the channel asks for, so the record shows how the date was derived.
    given = {
        "submitted_on": submitted_on,
        "signed_on": signed_on,
        "arrived_on": arrived_on,
        "confirmed_on": confirmed_on,
    }
    dates = {name: (given[name] if name in spec.fields else None) for name in given}
    # Due date computed up front, so no event read-back and no second UPDATE.
    try:
        first_due = clock.first_due(got.received_on, today=now)
    except law_clock.ClockError as exc:
        raise TransitionError(str(exc)) from None
    # No savepoint: nothing inside is retried or caught, and the caller's transaction (if any) must
    # roll back with us anyway.
    with transaction.atomic(savepoint=False):
        year = got.received_on.year
        seq = numbering.next_sequence(organisation, year)
        app = Application.objects.create(
            organisation=organisation,
            year=year,
            sequence=seq,
            number=numbering.format_number(organisation, year, seq),
            channel=got.channel.value,
            received_on=got.received_on,
            applicant_kind=applicant_kind,
            applicant_name=applicant_name.strip(),
            information_sought=information_sought.strip(),
            registered_by=_user(actor),
            status=Status.REGISTERED,
            due_on=first_due,
            **dates,
            **details,
        )
        CaseEvent.objects.create(
            application=app,
            kind=CaseEventKind.RECEIVED,
            on=got.received_on,
            details={"channel": got.channel.value, "citation": got.citation, "notes": list(got.notes)},
            actor=_user(actor),
        )
        record(
            EventKind.APPLICATION_REGISTERED,
            actor=actor,
            organisation=organisation,
            obj=app,
            details={"number": app.number, "received_on": app.received_on, "channel": app.channel},
        )
    return app


ONLINE_CHANNELS = frozenset({receipt.Channel.ONLINE, receipt.Channel.EMAIL, receipt.Channel.FAX})


def submit_online(
    organisation: Organisation,
    *,
    applicant_kind: str,
    applicant_name: str,
    information_sought: str,
    channel: str = receipt.Channel.ONLINE,
    arrived_on: date | None = None,
    actor: Actor = None,
    **details: Any,
) -> Application:
    """An application arriving through an 互联网渠道 (or fax): it gets its tracking number now (shown to
    the applicant) but is not yet legally received — 条例第三十一条第（三）项: the receipt date is the day
    both sides confirm it (confirm_receipt). Status submitted, received_on and due_on empty."""
    if channel not in ONLINE_CHANNELS:
        raise TransitionError("只有网络、电子邮件、传真渠道的申请需要确认；当面或邮寄的申请请直接登记")
    _check_applicant(applicant_kind, applicant_name, information_sought, details)
    day = arrived_on or _today()
    _check_date(day, "收到日期")
    with transaction.atomic():
        seq = numbering.next_sequence(organisation, day.year)
        app = Application.objects.create(
            organisation=organisation,
            year=day.year,
            sequence=seq,
            number=numbering.format_number(organisation, day.year, seq),
            channel=channel,
            arrived_on=day,
            received_on=None,
            applicant_kind=applicant_kind,
            applicant_name=applicant_name.strip(),
            information_sought=information_sought.strip(),
            status=Status.SUBMITTED,
            **details,
        )
        CaseEvent.objects.create(
            application=app, kind=CaseEventKind.SUBMITTED, on=day, details={"channel": channel}
        )
        record(
            EventKind.APPLICATION_REGISTERED,
            actor=actor,
            organisation=organisation,
            obj=app,
            details={
                "number": app.number,
                "submitted_on": day,
                "channel": channel,
                "status": Status.SUBMITTED,
            },
        )
    return app


def confirm_receipt(app: Application, *, actor: Actor, on: date | None = None) -> Application:
    """submitted → registered: the office confirms the online submission with the applicant; that day is
    the receipt date (条例第三十一条第（三）项) and the reply period starts counting after it."""
    day = on or _today()
    with transaction.atomic():
        current = _reload(app, Action.CONFIRM_RECEIPT)
        if current.arrived_on is None:  # pragma: no cover - submit_online always sets it
            raise TransitionError("缺少收到日期")
        try:
            got = receipt.receipt_date(
                current.channel, today=_today(), arrived_on=current.arrived_on, confirmed_on=day
            )
        except receipt.ReceiptError as exc:
            raise TransitionError(str(exc)) from None
        step = _Step(
            Action.CONFIRM_RECEIPT,
            CaseEventKind.RECEIVED,
            got.received_on,
            {"channel": current.channel, "citation": got.citation, "notes": list(got.notes)},
            {"confirmed_on": day, "received_on": got.received_on, "registered_by": _user(actor)},
        )
        return _apply(current, step, actor=actor)


def discard_submission(app: Application, *, actor: Actor, reason: str) -> Application:
    """submitted → discarded (spam, a duplicate click): it was never received, so it has no receipt date
    and no disposition, and the annual report never counts it."""
    if not reason.strip():
        raise TransitionError("请说明作无效提交处理的理由")
    with transaction.atomic():
        current = _reload(app, Action.DISCARD_SUBMISSION)
        step = _Step(Action.DISCARD_SUBMISSION, CaseEventKind.DISCARDED, _today(), {"reason": reason}, {})
        return _apply(current, step, actor=actor)


def add_attachment(
    app: Application,
    *,
    actor: Actor,
    file: File[Any],
    kind: str = Attachment.Kind.OTHER,
    name: str | None = None,
    content_type: str = "",
) -> Attachment:
    """Keep a file with the case (type and size are checked by the form layer). Stores its size and
    sha256; audited. Works inside an outer transaction (e.g. the registering one)."""
    if kind not in Attachment.Kind.values:
        raise TransitionError(f"未知的附件类型：{kind!r}")
    digest = hashlib.sha256()
    size = 0
    file.seek(0)
    for chunk in file.chunks():
        digest.update(chunk)
        size += len(chunk)
    file.seek(0)
    original = name or (file.name or "附件").rsplit("/", 1)[-1]
    with transaction.atomic():
        attachment = Attachment(
            application=app,
            kind=kind,
            original_name=original,
            size=size,
            content_type=content_type,
            sha256=digest.hexdigest(),
            uploaded_by=_user(actor),
        )
        attachment.file.save(original, file, save=False)
        attachment.save()
        # ⚠ no dedicated audit kind yet (APPLICATION_ATTACHMENT requested); recorded as a case change.
        record(
            EventKind.APPLICATION_TRANSITION,
            actor=actor,
            organisation=app.organisation,
            obj=app,
            details={
                "action": "attachment_added",
                "attachment": attachment.pk,
                "name": original,
                "sha256": attachment.sha256,
            },
        )
    return attachment


# --- transitions -------------------------------------------------------------------------------------


def start_processing(app: Application, *, actor: Actor, on: date | None = None) -> Application:
    """registered → in_progress (assigning the case to staff; does not change the clock)."""
    day = on or _today()
    _check_date(day, "开始办理日期", app=app)
    with transaction.atomic():
        return _apply(
            app, _Step(Action.START_PROCESSING, CaseEventKind.PROCESSING_STARTED, day, {}, {}), actor=actor
        )


def request_correction(
    app: Application, *, actor: Actor, items: str, on: date | None = None, deadline: date | None = None
) -> Application:
    """→ awaiting_correction. 条例第三十条: once only, within 7 working days of receipt, stating what to
    supply (`items`) and a reasonable deadline (default: conf.correction_period_days() working days after
    `on`). The reply clock stops and restarts from the day the 补正 is received."""
    day = on or _today()
    _check_date(day, "补正告知日期", app=app)
    if not items.strip():
        raise TransitionError("补正告知应当说明需要补正的事项（条例第三十条）")
    cal = conf.calendar()
    law = conf.law_settings()
    with transaction.atomic():
        current = _reload(app, Action.REQUEST_CORRECTION)
        _check_order(current, day, "补正告知日期")
        if CaseEvent.objects.filter(application=current, kind=CaseEventKind.CORRECTION_REQUESTED).exists():
            raise TransitionError("补正应当一次性告知（条例第三十条），本申请已告知过补正")
        last_day = deadlines.correction_notice_due(_received_on(current), settings=law, calendar=cal)
        if day > last_day:
            raise TransitionError(
                f"补正告知应当自收到申请之日起{law.correction_notice_days}个工作日内作出（条例第三十条），"
                f"最迟 {last_day.isoformat()}"
            )
        due = deadline or law_clock.add_working_days(day, conf.correction_period_days(), cal)
        if due <= day:
            raise TransitionError("补正期限应当晚于告知日期")
        step = _Step(
            Action.REQUEST_CORRECTION,
            CaseEventKind.CORRECTION_REQUESTED,
            day,
            {"items": items, "deadline": due},
            {},
        )
        return _apply(current, step, actor=actor)


def receive_correction(
    app: Application, *, actor: Actor, on: date | None = None, summary: str = ""
) -> Application:
    """awaiting_correction → in_progress; the reply period counts afresh from `on` (条例第三十条)."""
    day = on or _today()
    _check_date(day, "收到补正日期", app=app)
    with transaction.atomic():
        current = _reload(app, Action.RECEIVE_CORRECTION)
        _check_order(current, day, "收到补正日期")
        step = _Step(
            Action.RECEIVE_CORRECTION, CaseEventKind.CORRECTION_RECEIVED, day, {"summary": summary}, {}
        )
        return _apply(current, step, actor=actor)


def abandon_for_no_correction(app: Application, *, actor: Actor, on: date | None = None) -> Application:
    """awaiting_correction → closed, disposition other_no_correction (条例第三十条: 无正当理由逾期不补正的，
    视为放弃申请). Only after the 补正 deadline has passed; closed_on = `on`."""
    day = on or _today()
    _check_date(day, "终止处理日期", app=app)
    with transaction.atomic():
        current = _reload(app, Action.ABANDON_FOR_NO_CORRECTION)
        clk = clock.case_clock(current, today=day)
        if clk.correction_due is not None and day <= clk.correction_due:
            raise TransitionError(f"补正期限 {clk.correction_due.isoformat()} 尚未届满，不能视为放弃申请")
        step = _Step(
            Action.ABANDON_FOR_NO_CORRECTION,
            CaseEventKind.ABANDONED,
            day,
            {"correction_due": clk.correction_due},
            {
                "disposition": DispositionChoices.OTHER_NO_CORRECTION,
                "legal_basis": "art30_no_correction",
                "closed_on": day,
            },
        )
        return _apply(current, step, actor=actor)


class ConsultedParty:
    THIRD_PARTY = "third_party"  # 第三十二条
    AGENCY = "agency"  # 第三十四条 (co-producing agency)
    ALL = (THIRD_PARTY, AGENCY)


def start_consultation(
    app: Application,
    *,
    actor: Actor,
    party: str,
    party_kind: str = ConsultedParty.THIRD_PARTY,
    on: date | None = None,
    party_received_on: date | None = None,
) -> Application:
    """→ consulting. The 征求意见书 is sent on `on`; the party has 15 working days from its receipt
    (`party_received_on`, default `on`) to answer (第三十二、三十四条); the time is not counted in the
    reply period (第三十三条第三款)."""
    day = on or _today()
    _check_date(day, "发出征求意见日期", app=app)
    if party_kind not in ConsultedParty.ALL:
        raise TransitionError(f"未知的被征求意见方类型：{party_kind!r}")
    if not party.strip():
        raise TransitionError("请填写被征求意见的第三方或机关名称")
    party_day = party_received_on or day
    if party_day < day:
        raise TransitionError("被征求意见方收到日期不能早于发出日期")
    with transaction.atomic():
        current = _reload(app, Action.START_CONSULTATION)
        _check_order(current, day, "发出征求意见日期")
        opinion_due = deadlines.consultation_due(
            party_day, settings=conf.law_settings(), calendar=conf.calendar()
        )
        details = {
            "party": party,
            "party_kind": party_kind,
            "party_received_on": party_day,
            "opinion_due": opinion_due,
        }
        step = _Step(Action.START_CONSULTATION, CaseEventKind.CONSULTATION_STARTED, day, details, {})
        return _apply(current, step, actor=actor)


def end_consultation(
    app: Application, *, actor: Actor, on: date | None = None, opinion: str = ""
) -> Application:
    """consulting → in_progress: the opinion arrived (or the 15 days passed without one — 第三十二条: 逾期未
    提出意见的，由行政机关依照本条例的规定决定是否公开). The reply clock resumes the day after `on`."""
    day = on or _today()
    _check_date(day, "征求意见结束日期", app=app)
    with transaction.atomic():
        current = _reload(app, Action.END_CONSULTATION)
        _check_order(current, day, "征求意见结束日期")
        step = _Step(Action.END_CONSULTATION, CaseEventKind.CONSULTATION_ENDED, day, {"opinion": opinion}, {})
        return _apply(current, step, actor=actor)


def extend(
    app: Application,
    *,
    actor: Actor,
    days: int,
    approved_by: str,
    approved_on: date,
    notified_on: date,
    reason: str,
) -> Application:
    """Extend the reply period by `days` working days (条例第三十三条第二款: at most 20 in all, approved by
    the head of the 政府信息公开工作机构 and told to the applicant — with LawSettings.extension_before_due
    both on or before the original due date). Status unchanged."""
    _check_date(notified_on, "告知申请人日期", app=app)
    _check_date(approved_on, "负责人同意日期", app=app)
    if not approved_by.strip():
        raise TransitionError("延期答复须记录同意的政府信息公开工作机构负责人（条例第三十三条第二款）")
    if not reason.strip():
        raise TransitionError("请填写延期理由")
    law = conf.law_settings()
    with transaction.atomic():
        current = _reload(app, Action.EXTEND)
        clk = clock.case_clock(current, today=notified_on)
        if clk.reply_due is None:
            raise TransitionError("答复期限尚未起算，不能延期")
        if clk.extension_days + days > law.extension_max_days:
            raise TransitionError(
                f"延长的期限累计最长不得超过{law.extension_max_days}个工作日（条例第三十三条第二款），"
                f"已延长{clk.extension_days}个工作日"
            )
        try:
            deadlines.check_extension(
                days=days,
                approved_on=approved_on,
                notified_on=notified_on,
                original_due=clk.reply_due,
                settings=law,
            )
        except deadlines.DeadlineError as exc:
            raise TransitionError(str(exc)) from None
        if days == 0:
            raise TransitionError("延长的期限应至少为1个工作日")
        details = {
            "days": days,
            "approved_by": approved_by,
            "approved_on": approved_on,
            "notified_on": notified_on,
            "reason": reason,
            "original_due": clk.reply_due,
        }
        return _apply(
            current, _Step(Action.EXTEND, CaseEventKind.EXTENDED, notified_on, details, {}), actor=actor
        )


def send_fee_notice(
    app: Application,
    *,
    actor: Actor,
    on: date | None = None,
    pages: int | None = None,
    nth_in_month: int | None = None,
    applicant_received_on: date | None = None,
) -> Application:
    """→ awaiting_fee. 国办函〔2020〕109号: 按件 (`nth_in_month`) or 按量 (`pages`), never both, computed by
    gongkai.law.fees; the applicant pays within 20 working days of receiving the notice
    (`applicant_received_on`, default `on`). A zero fee is refused (no notice is needed)."""
    day = on or _today()
    _check_date(day, "收费通知日期", app=app)
    try:
        assessment = fees.assess_fee(pages=pages, nth_in_month=nth_in_month)
    except fees.FeeError as exc:
        raise TransitionError(str(exc)) from None
    if assessment.amount <= 0:
        raise TransitionError("按规定应免费提供，无需发出收费通知")
    received = applicant_received_on or day
    if received < day:
        raise TransitionError("申请人收到收费通知的日期不能早于发出日期")
    with transaction.atomic():
        current = _reload(app, Action.SEND_FEE_NOTICE)
        if CaseEvent.objects.filter(application=current, kind=CaseEventKind.FEE_NOTICE).exists():
            # 第三条: one application, one fee.
            raise TransitionError("本申请已发出过收费通知：每件申请只能计收一次（国办函〔2020〕109号第三条）")
        _check_order(current, day, "收费通知日期")
        due = fees.payment_due(received, settings=conf.law_settings(), calendar=conf.calendar())
        details = {
            "method": str(assessment.method),
            "quantity": assessment.quantity,
            "amount": assessment.amount,
            "source": assessment.source,
            "applicant_received_on": received,
            "payment_due": due,
        }
        fields = {
            "fee_method": str(assessment.method),
            "fee_quantity": assessment.quantity,
            "fee_amount": assessment.amount,
        }
        return _apply(
            current,
            _Step(Action.SEND_FEE_NOTICE, CaseEventKind.FEE_NOTICE, day, details, fields),
            actor=actor,
        )


def record_fee_payment(app: Application, *, actor: Actor, on: date | None = None) -> Application:
    """awaiting_fee → in_progress; the paused reply clock resumes the day after `on`."""
    day = on or _today()
    _check_date(day, "缴费日期", app=app)
    with transaction.atomic():
        current = _reload(app, Action.RECORD_FEE_PAYMENT)
        _check_order(current, day, "缴费日期")
        step = _Step(
            Action.RECORD_FEE_PAYMENT, CaseEventKind.FEE_PAID, day, {"amount": current.fee_amount}, {}
        )
        return _apply(current, step, actor=actor)


def close_for_unpaid_fee(app: Application, *, actor: Actor, on: date | None = None) -> Application:
    """awaiting_fee → closed, disposition other_no_fee — only after the payment deadline has passed."""
    day = on or _today()
    _check_date(day, "终止处理日期", app=app)
    with transaction.atomic():
        current = _reload(app, Action.CLOSE_FOR_UNPAID_FEE)
        clk = clock.case_clock(current, today=day)
        if clk.fee_payment_due is not None and day <= clk.fee_payment_due:
            raise TransitionError(f"缴费期限 {clk.fee_payment_due.isoformat()} 尚未届满，不能终止处理")
        step = _Step(
            Action.CLOSE_FOR_UNPAID_FEE,
            CaseEventKind.FEE_UNPAID,
            day,
            {"payment_due": clk.fee_payment_due},
            {"disposition": DispositionChoices.OTHER_NO_FEE, "legal_basis": "fee_unpaid", "closed_on": day},
        )
        return _apply(current, step, actor=actor)


def withdraw(app: Application, *, actor: Actor, on: date | None = None, reason: str = "") -> Application:
    """Any open status → closed, disposition other_other (申请人撤回申请); closed_on = `on`."""
    day = on or _today()
    _check_date(day, "撤回日期", app=app)
    with transaction.atomic():
        current = _reload(app, Action.WITHDRAW)
        _check_order(current, day, "撤回日期")
        step = _Step(
            Action.WITHDRAW,
            CaseEventKind.WITHDRAWN,
            day,
            {"reason": reason},
            {"disposition": DispositionChoices.OTHER_OTHER, "legal_basis": "withdrawn", "closed_on": day},
        )
        return _apply(current, step, actor=actor)


def reply(
    app: Application,
    *,
    actor: Actor,
    disposition: str,
    legal_basis: str = "",
    on: date | None = None,
    text: str = "",
    holding_agency: str = "",
    holding_agency_contact: str = "",
) -> Application:
    """registered/in_progress → replied, with one of the 21 table-三 dispositions (部分公开 is one
    disposition: counted once) and its legal basis (one of gongkai.law.dispositions.bases_for()).
    For 第三十六条第（五）项 (not this agency's) give `holding_agency` when it can be determined.
    The case is concluded (closed_on) only when the reply is delivered — see deliver()."""
    day = on or _today()
    _check_date(day, "答复日期", app=app)
    if disposition not in DISPOSITION_BY_KEY:
        raise TransitionError(f"未知的办理结果：{disposition!r}")
    if disposition in _SERVICE_ONLY_DISPOSITIONS:
        raise TransitionError("逾期不补正、逾期未缴费的申请请使用相应的终止处理操作")
    allowed = {b.key for b in bases_for(disposition, conf.disposition_mapping())}
    if legal_basis and legal_basis not in allowed:
        choices = "、".join(sorted(allowed)) or "无"
        label = DISPOSITION_BY_KEY[disposition].label
        raise TransitionError(f"答复依据与办理结果“{label}”不符，可选：{choices}")
    if not legal_basis and len(allowed) == 1:
        legal_basis = next(iter(allowed))
    with transaction.atomic():
        current = _reload(app, Action.REPLY)
        _check_order(current, day, "答复日期")
        clk = clock.case_clock(current, today=day)
        details = {
            "disposition": disposition,
            "legal_basis": legal_basis,
            "due": clk.reply_due,
            "late": bool(clk.reply_due and day > clk.reply_due),
            "holding_agency": holding_agency,
        }
        fields = {
            "disposition": disposition,
            "legal_basis": legal_basis,
            "reply_text": text,
            "holding_agency": holding_agency,
            "holding_agency_contact": holding_agency_contact,
            "replied_on": day,
        }
        return _apply(current, _Step(Action.REPLY, CaseEventKind.REPLIED, day, details, fields), actor=actor)


def deliver(app: Application, *, actor: Actor, on: date, method: str | None = None) -> Application:
    """replied → closed. `on` is the legal delivery date by method (国办公开办函〔2016〕235号): the
    applicant's signature date for direct delivery, the posting date (交邮之日) for postal delivery, the
    sending date for e-mail/online/fax. closed_on = `on`."""
    chosen = method or app.delivery_method
    if chosen not in DeliveryMethod.values:
        raise TransitionError(f"未知的送达方式：{chosen!r}")
    _check_date(on, "送达日期", app=app)
    if app.replied_on is not None and on < app.replied_on:
        raise TransitionError(f"送达日期 {on.isoformat()} 早于答复日期 {app.replied_on.isoformat()}")
    rule = {
        DeliveryMethod.DIRECT: "以申请人签收之日为送达日期",
        DeliveryMethod.POSTAL: "以交邮之日为答复日期",
    }.get(DeliveryMethod(chosen), "以发送之日为送达日期")
    with transaction.atomic():
        current = _reload(app, Action.DELIVER)
        step = _Step(
            Action.DELIVER,
            CaseEventKind.DELIVERED,
            on,
            {"method": chosen, "rule": rule, "citation": "国办公开办函〔2016〕235号"},
            {"delivered_on": on, "closed_on": on, "delivery_method": chosen},
        )
        return _apply(current, step, actor=actor)


def archive(app: Application, *, actor: Actor, on: date | None = None) -> Application:
    """closed → archived (立卷归档)."""
    day = on or _today()
    _check_date(day, "归档日期", app=app)
    with transaction.atomic():
        current = _reload(app, Action.ARCHIVE)
        step = _Step(Action.ARCHIVE, CaseEventKind.ARCHIVED, day, {}, {"archived_on": day})
        return _apply(current, step, actor=actor)


def refresh_due(app: Application, *, today: date | None = None) -> Application:
    """Recompute the due_on cache (an open pause moves the due date every working day)."""
    with transaction.atomic():
        current = _reload(app)
        _store_due(current, today=today)
    return current


def nth_in_month(app: Application) -> int:
    """This application's position among the same applicant's applications to the same organisation
    received in the same calendar month (国办函〔2020〕109号第四条, 按件计收: 自然月内累计件数), by receipt
    date then number. The applicant is identified by ID number, else credit code, else name."""
    received = _received_on(app)
    same = Application.objects.filter(
        organisation_id=app.organisation_id,
        received_on__year=received.year,
        received_on__month=received.month,
    )
    if app.id_number:
        same = same.filter(id_number=app.id_number)
    elif app.credit_code:
        same = same.filter(credit_code=app.credit_code)
    else:
        same = same.filter(applicant_name=app.applicant_name, id_number="", credit_code="")
    earlier = same.filter(received_on__lt=received).count()
    same_day = same.filter(received_on=received, sequence__lt=app.sequence).count()
    return earlier + same_day + 1


# --- appeals (table 四) -------------------------------------------------------------------------------


def record_appeal(
    organisation: Organisation,
    *,
    actor: Actor,
    kind: str,
    filed_on: date,
    application: Application | None = None,
    case_number: str = "",
    authority: str = "",
    notes: str = "",
) -> Appeal:
    """Record a 行政复议 or 行政诉讼 (result pending)."""
    if kind not in Appeal.Kind.values:
        raise TransitionError(f"未知的复议诉讼类型：{kind!r}")
    _check_date(filed_on, "提起日期")
    if application is not None and application.organisation_id != organisation.pk:
        raise TransitionError("所涉申请不属于该机关")
    with transaction.atomic():
        appeal = Appeal.objects.create(
            organisation=organisation,
            application=application,
            kind=kind,
            filed_on=filed_on,
            case_number=case_number,
            authority=authority,
            notes=notes,
        )
        record(
            EventKind.APPEAL_RECORDED,
            actor=actor,
            organisation=organisation,
            obj=appeal,
            details={
                "kind": kind,
                "filed_on": filed_on,
                "application": application.pk if application else None,
            },
        )
    return appeal


def decide_appeal(appeal: Appeal, *, actor: Actor, result: str, decided_on: date) -> Appeal:
    """pending → upheld / corrected / other, with the decision date."""
    if result not in Appeal.Result.values or result == Appeal.Result.PENDING:
        raise TransitionError(f"审结结果应为维持、纠正或其他，而不是 {result!r}")
    _check_date(decided_on, "审结日期")
    if decided_on < appeal.filed_on:
        raise TransitionError("审结日期不能早于提起日期")
    with transaction.atomic():
        updated = Appeal.objects.filter(pk=appeal.pk, result=Appeal.Result.PENDING).update(
            result=result, decided_on=decided_on
        )
        if updated != 1:
            raise TransitionError("该复议诉讼已审结")
        record(
            EventKind.APPEAL_UPDATED,
            actor=actor,
            organisation=appeal.organisation,
            obj=appeal,
            details={"result": result, "decided_on": decided_on},
        )
    appeal.refresh_from_db()
    return appeal
