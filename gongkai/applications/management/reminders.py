"""Deadline reminders for staff: 3 working days before a reply is due and once it has passed; and once
the applicant's 补正期限, the fee-payment period or the third party's opinion period has passed.

Idempotent and safe to run every few minutes from several workers: each reminder is first CLAIMED by
inserting a Reminder row unique per (application, kind, due date); only the worker whose insert wins
sends the e-mail. A claim whose sending crashed (sent_at still empty) is taken over after
STALE_CLAIM by a conditional UPDATE, so a reminder is neither lost for good nor sent twice by two live
workers. After downtime the next run catches up: a due date inside the window still gets its "due
soon" mail, a passed one its "overdue" mail (the "due soon" one is then skipped as pointless).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import timezone

from gongkai.accounts.models import Membership, Role, User
from gongkai.applications import clock, conf, services
from gongkai.applications.models import Application, Reminder
from gongkai.applications.workflow import REPLY_PENDING_STATUSES, Status
from gongkai.audit.events import record
from gongkai.audit.models import EventKind
from gongkai.law import clock as law_clock
from gongkai.organisations.models import Region

STALE_CLAIM = timedelta(minutes=15)


@dataclass(frozen=True)
class RunResult:
    examined: int
    sent: int


def kind_for(due: date, today: date) -> Reminder.Kind | None:
    """Which reminder `today` calls for: overdue once the due date has passed (民法典第二百零三条: the
    due day itself is still in time), due-soon within the last N working days before it."""
    if law_clock.is_overdue(today, due):
        return Reminder.Kind.OVERDUE
    if law_clock.working_days_left(today, due, conf.calendar()) <= conf.reminder_days_before():
        return Reminder.Kind.DUE_SOON
    return None


def recipients(app: Application) -> list[str]:
    """E-mail addresses of the case organisation's liaisons and of the office admins whose region
    covers it (active users with an address), sorted and without duplicates."""
    org = app.organisation
    user_ids = set(
        Membership.objects.filter(organisation=org, role=Role.LIAISON).values_list("user_id", flat=True)
    )
    for m in Membership.objects.filter(role=Role.OFFICE_ADMIN).select_related("organisation"):
        if org.region_id in Region.objects.get(pk=m.organisation.region_id).descendant_ids():
            user_ids.add(m.user_id)
    emails = (
        User.objects.filter(pk__in=user_ids, is_active=True).exclude(email="").values_list("email", flat=True)
    )
    return sorted(set(emails))


def _claim(app: Application, kind: str, due: date) -> Reminder | None:
    try:
        with transaction.atomic():
            return Reminder.objects.create(application=app, kind=kind, due_on=due)
    except IntegrityError:
        pass
    # Someone holds the claim: take it over only if it is stale and was never sent.
    now = timezone.now()
    taken = Reminder.objects.filter(
        application=app, kind=kind, due_on=due, sent_at__isnull=True, claimed_at__lt=now - STALE_CLAIM
    ).update(claimed_at=now)
    if taken != 1:
        return None
    return Reminder.objects.get(application=app, kind=kind, due_on=due)


def _message(app: Application, kind: str, due: date, today: date) -> tuple[str, str]:
    left = law_clock.working_days_left(today, due, conf.calendar())
    if kind == Reminder.Kind.OVERDUE:
        subject = f"【已逾期】依申请公开 {app.number} 答复期限 {due.isoformat()} 已过"
        state = f"答复期限 {due.isoformat()} 已届满，已逾期 {-left if left < 0 else 0} 个工作日"
    else:
        subject = f"【即将到期】依申请公开 {app.number} 答复期限 {due.isoformat()}"
        state = f"距答复期限 {due.isoformat()} 还剩 {left} 个工作日"
    url = f"{getattr(settings, 'SITE_URL', '')}/workspace/applications/{app.pk}/"
    body = (
        f"{app.organisation.name}：\n\n"
        f"申请编号：{app.number}\n申请人：{app.applicant_name}\n收到申请之日：{app.received_on}\n"
        f"{state}（条例第三十三条）。\n\n办理页面：{url}\n\n本邮件由系统自动发送，每个期限只提醒一次。"
    )
    return subject, body


def handle_one(app: Application, today: date) -> bool:
    """Refresh the case's due date, then send the reminder it calls for unless already claimed.
    Returns True when this call sent an e-mail."""
    app = services.refresh_due(app, today=today)
    if app.due_on is None or app.status not in REPLY_PENDING_STATUSES:
        return False
    kind = kind_for(app.due_on, today)
    if kind is None:
        return False
    to = recipients(app)
    if not to:
        return False
    claim = _claim(app, kind, app.due_on)
    if claim is None:
        return False
    subject, body = _message(app, kind, app.due_on, today)
    send_mail(subject, body, None, to)
    with transaction.atomic():
        Reminder.objects.filter(pk=claim.pk).update(sent_at=timezone.now(), recipients=to)
        record(
            EventKind.APPLICATION_REMINDER,
            organisation=app.organisation,
            obj=app,
            details={"kind": str(kind), "due_on": app.due_on, "recipients": to},
        )
    return True


# The case's other clocks: (status in which it runs, reminder kind, CaseClock attribute, what it is,
# what the office may do now). One reminder each, the first working day after the deadline.
_SIDE_DEADLINES: tuple[tuple[Status, Reminder.Kind, str, str, str], ...] = (
    (
        Status.AWAITING_CORRECTION,
        Reminder.Kind.CORRECTION_DUE,
        "correction_due",
        "补正期限",
        "申请人无正当理由逾期不补正的，视为放弃申请（条例第三十条），可终止处理",
    ),
    (
        Status.AWAITING_FEE,
        Reminder.Kind.FEE_DUE,
        "fee_payment_due",
        "缴费期限",
        "申请人逾期未缴纳信息处理费的，视为放弃申请（国办函〔2020〕109号），可终止处理",
    ),
    (
        Status.CONSULTING,
        Reminder.Kind.OPINION_DUE,
        "consultation_due",
        "第三方提出意见的期限",
        "第三方逾期未提出意见的，由行政机关依照条例规定决定是否公开（条例第三十二条），请结束征求意见",
    ),
)
SIDE_STATUSES = frozenset(status for status, *_ in _SIDE_DEADLINES)


def handle_side_deadline(app: Application, today: date) -> bool:
    """The reminder for a passed 补正 / fee-payment / third-party-opinion deadline, once per due date
    (same claim as the reply reminders). Returns True when this call sent an e-mail."""
    for status, kind, attribute, label, advice in _SIDE_DEADLINES:
        if app.status != status or app.received_on is None:
            continue
        due: date | None = getattr(clock.case_clock(app, today=today), attribute)
        if due is None or not law_clock.is_overdue(today, due):
            return False
        to = recipients(app)
        if not to:
            return False
        claim = _claim(app, kind, due)
        if claim is None:
            return False
        url = f"{getattr(settings, 'SITE_URL', '')}/workspace/applications/{app.pk}/"
        subject = f"【{label}已届满】依申请公开 {app.number} {label} {due.isoformat()}"
        body = (
            f"{app.organisation.name}：\n\n申请编号：{app.number}\n申请人：{app.applicant_name}\n"
            f"{label} {due.isoformat()} 已届满。{advice}。\n\n办理页面：{url}\n\n"
            "本邮件由系统自动发送，每个期限只提醒一次。"
        )
        send_mail(subject, body, None, to)
        with transaction.atomic():
            Reminder.objects.filter(pk=claim.pk).update(sent_at=timezone.now(), recipients=to)
            record(
                EventKind.APPLICATION_REMINDER,
                organisation=app.organisation,
                obj=app,
                details={"kind": str(kind), "due_on": due, "recipients": to},
            )
        return True
    return False


def run(today: date | None = None) -> RunResult:
    day = today if today is not None else timezone.localdate()
    examined = sent = 0
    # Paused cases move their due date daily; refresh every pending case's cache, not only the
    # ones the (possibly stale) cache already puts in the window.
    ids = list(Application.objects.filter(status__in=REPLY_PENDING_STATUSES).values_list("pk", flat=True))
    for app in Application.objects.filter(pk__in=ids).select_related("organisation").order_by("pk"):
        examined += 1
        if handle_one(app, day):
            sent += 1
    side = Application.objects.filter(status__in=SIDE_STATUSES).select_related("organisation").order_by("pk")
    for app in side:
        if handle_side_deadline(app, day):
            sent += 1
    return RunResult(examined, sent)
