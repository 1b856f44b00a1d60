"""The closed vocabulary of an application's life (依申请公开) and the table of allowed transitions.

A status says what the office is waiting for; the legal dates themselves live in the case's
`CaseEvent` rows (see clock.py). Every change of status goes through one function in services.py,
which asks `check_transition()` first: anything not in ALLOWED_TRANSITIONS is refused with a Chinese
message (`TransitionError.message`).
"""

from __future__ import annotations

from django.db import models


class Status(models.TextChoices):
    # An online submission not yet confirmed by the office: not legally received (条例第三十一条第（三）项).
    SUBMITTED = "submitted", "待确认"
    DISCARDED = "discarded", "无效提交"
    REGISTERED = "registered", "已登记"
    IN_PROGRESS = "in_progress", "办理中"
    AWAITING_CORRECTION = "awaiting_correction", "待补正"
    CONSULTING = "consulting", "征求意见中"
    AWAITING_FEE = "awaiting_fee", "待缴费"
    REPLIED = "replied", "已答复待送达"
    CLOSED = "closed", "已办结"
    ARCHIVED = "archived", "已归档"


class Action(models.TextChoices):
    """One per service function in services.py."""

    CONFIRM_RECEIPT = "confirm_receipt", "确认收到申请"
    DISCARD_SUBMISSION = "discard_submission", "作无效提交处理"
    START_PROCESSING = "start_processing", "开始办理"
    REQUEST_CORRECTION = "request_correction", "告知补正"
    RECEIVE_CORRECTION = "receive_correction", "收到补正"
    ABANDON_FOR_NO_CORRECTION = "abandon_for_no_correction", "逾期未补正视为放弃"
    START_CONSULTATION = "start_consultation", "征求意见"
    END_CONSULTATION = "end_consultation", "征求意见结束"
    EXTEND = "extend", "延期答复"
    SEND_FEE_NOTICE = "send_fee_notice", "发出收费通知"
    RECORD_FEE_PAYMENT = "record_fee_payment", "已缴费"
    CLOSE_FOR_UNPAID_FEE = "close_for_unpaid_fee", "逾期未缴费"
    WITHDRAW = "withdraw", "申请人撤回"
    REPLY = "reply", "作出答复"
    DELIVER = "deliver", "送达"
    ARCHIVE = "archive", "归档"


# Statuses in which the reply clock is running or paused but the case is still open.
OPEN_STATUSES: frozenset[Status] = frozenset(
    {
        Status.REGISTERED,
        Status.IN_PROGRESS,
        Status.AWAITING_CORRECTION,
        Status.CONSULTING,
        Status.AWAITING_FEE,
    }
)
# Statuses in which a reply is still owed, so the reply due date matters (reminders, overdue badges).
REPLY_PENDING_STATUSES: frozenset[Status] = frozenset(
    {Status.REGISTERED, Status.IN_PROGRESS, Status.CONSULTING, Status.AWAITING_FEE}
)
CONCLUDED_STATUSES: frozenset[Status] = frozenset({Status.REPLIED, Status.CLOSED, Status.ARCHIVED})
# Not (yet) an application in law: no receipt date, no number in the annual report.
UNCONFIRMED_STATUSES: frozenset[Status] = frozenset({Status.SUBMITTED, Status.DISCARDED})

_WORKING = (Status.REGISTERED, Status.IN_PROGRESS)

ALLOWED_TRANSITIONS: dict[Action, tuple[tuple[Status, ...], Status | None]] = {
    # action: (from statuses, to status; None = status unchanged)
    # 条例第三十一条第（三）项: an online submission is received on the day both sides confirm it.
    Action.CONFIRM_RECEIPT: ((Status.SUBMITTED,), Status.REGISTERED),
    # Spam or a duplicate click: never received, so never counted (no receipt date, no disposition).
    Action.DISCARD_SUBMISSION: ((Status.SUBMITTED,), Status.DISCARDED),
    Action.START_PROCESSING: ((Status.REGISTERED,), Status.IN_PROGRESS),
    # 条例第三十条: one-time 补正 notice, within 7 working days of receipt (checked in services).
    Action.REQUEST_CORRECTION: (_WORKING, Status.AWAITING_CORRECTION),
    Action.RECEIVE_CORRECTION: ((Status.AWAITING_CORRECTION,), Status.IN_PROGRESS),
    Action.ABANDON_FOR_NO_CORRECTION: ((Status.AWAITING_CORRECTION,), Status.CLOSED),
    # 条例第三十二、三十四条: the consultation time is not counted (第三十三条第三款).
    Action.START_CONSULTATION: (_WORKING, Status.CONSULTING),
    Action.END_CONSULTATION: ((Status.CONSULTING,), Status.IN_PROGRESS),
    # 条例第三十三条第二款: the status does not change; the clock gains the extension days.
    Action.EXTEND: ((Status.REGISTERED, Status.IN_PROGRESS, Status.CONSULTING, Status.AWAITING_FEE), None),
    # 国办函〔2020〕109号
    Action.SEND_FEE_NOTICE: (_WORKING, Status.AWAITING_FEE),
    Action.RECORD_FEE_PAYMENT: ((Status.AWAITING_FEE,), Status.IN_PROGRESS),
    Action.CLOSE_FOR_UNPAID_FEE: ((Status.AWAITING_FEE,), Status.CLOSED),
    Action.WITHDRAW: (tuple(sorted(OPEN_STATUSES)), Status.CLOSED),
    Action.REPLY: (_WORKING, Status.REPLIED),
    Action.DELIVER: ((Status.REPLIED,), Status.CLOSED),
    Action.ARCHIVE: ((Status.CLOSED,), Status.ARCHIVED),
}


class TransitionError(Exception):
    """A step the workflow or the 条例 does not allow. `.message` is Chinese and shown to staff as is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def allowed_actions(status: str) -> list[Action]:
    """The actions the table allows from `status`, in table order (for the case page's buttons)."""
    return [action for action, (sources, _) in ALLOWED_TRANSITIONS.items() if status in sources]


def target_status(action: Action, current: str) -> Status:
    """The status after `action` from `current` (raises TransitionError if the table does not allow it)."""
    check_transition(action, current)
    target = ALLOWED_TRANSITIONS[action][1]
    return Status(current) if target is None else target


def check_transition(action: Action, current: str) -> None:
    sources, _ = ALLOWED_TRANSITIONS[action]
    if current not in sources:
        try:
            label = Status(current).label
        except ValueError:
            label = current
        allowed = "、".join(str(Status(s).label) for s in sources)
        raise TransitionError(f"当前状态为“{label}”，不能执行“{action.label}”（仅限：{allowed}）")
