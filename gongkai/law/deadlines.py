"""Statutory periods of the 条例 as data with citations, and the settings the Django side passes in.

Every working-day period is counted by `gongkai.law.clock` (day 1 = first working day after the trigger
day). The Django side builds one `LawSettings` from its settings and hands it to these functions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from gongkai.law import clock


@dataclass(frozen=True)
class Period:
    """A statutory period in working days, with the article that sets it."""

    key: str
    days: int
    citation: str
    trigger: str  # the day the period counts from (not counted itself)
    description: str


REPLY = Period(
    "reply",
    20,
    "条例第三十三条第二款",
    "收到申请之日（第三十一条）或收到补正之日（第三十条）",
    "不能当场答复的，应当自收到申请之日起20个工作日内予以答复",
)
EXTENSION = Period(
    "extension",
    20,
    "条例第三十三条第二款",
    "原答复期限届满之日",
    "延长答复期限应经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日",
)
CORRECTION_NOTICE = Period(
    "correction_notice",
    7,
    "条例第三十条",
    "收到申请之日",
    "申请内容不明确的，自收到申请之日起7个工作日内一次性告知申请人作出补正",
)
CONSULTATION = Period(
    "consultation",
    15,
    "条例第三十二条、第三十四条",
    "第三方或被征求意见机关收到征求意见书之日",
    "第三方、被征求意见机关应当自收到征求意见书之日起15个工作日内提出意见",
)
PROACTIVE = Period(
    "proactive",
    20,
    "条例第二十六条",
    "政府信息形成或者变更之日",
    "属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起20个工作日内及时公开",
)
FEE_PAYMENT = Period(
    "fee_payment",
    20,
    "国办函〔2020〕109号；四川省财政厅 四川省发展改革委 2021-01-18 通知",
    "申请人收到收费通知之日",
    "申请人应当在收到收费通知次日起20个工作日内缴纳费用，逾期未缴纳的视为放弃申请",
)

PERIODS: tuple[Period, ...] = (REPLY, EXTENSION, CORRECTION_NOTICE, CONSULTATION, PROACTIVE, FEE_PAYMENT)

# 条例第四十九条: departments by 1月31日, the 本级政府 report by 3月31日, of the following year.
ANNUAL_REPORT_CITATION = "条例第四十九条"


class ReportingBody(StrEnum):
    DEPARTMENT = "department"  # 县级以上人民政府部门
    GOVERNMENT = "government"  # 县级以上地方人民政府（本级政府）


class DeadlineError(ValueError):
    """A step that the 条例 does not allow (e.g. an extension over 20 days); the message is Chinese."""


@dataclass(frozen=True)
class LawSettings:
    """The legal settings with their defaults (rules.md §7). The Django side constructs this from settings."""

    reply_days: int = REPLY.days
    extension_max_days: int = EXTENSION.days
    correction_notice_days: int = CORRECTION_NOTICE.days
    consultation_days: int = CONSULTATION.days
    proactive_days: int = PROACTIVE.days
    fee_payment_days: int = FEE_PAYMENT.days
    # ⚠ unverified (rules.md §1.14): 调休 weekend days count as working days.
    count_adjusted_workdays: bool = True
    # ⚠ unverified (rules.md §1.9): approval and notice must both precede the original due date.
    extension_before_due: bool = True
    # ⚠ unverified (rules.md §2.3): the wait for a fee payment stops the reply clock.
    fee_wait_pauses_clock: bool = True
    # (month, day) in the year after the report year; a region may set earlier internal dates (怀化 1月28日).
    department_report_deadline: tuple[int, int] = (1, 31)
    government_report_deadline: tuple[int, int] = (3, 31)
    # The local holiday override file (Django setting GONGKAI_HOLIDAY_FILE); None: $GONGKAI_HOLIDAY_FILE.
    holiday_file: str | None = None

    def __post_init__(self) -> None:
        for name in (
            "reply_days",
            "extension_max_days",
            "correction_notice_days",
            "consultation_days",
            "proactive_days",
            "fee_payment_days",
        ):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(f"LawSettings.{name} must be a whole number >= 0, not {value!r}")
        for name in ("department_report_deadline", "government_report_deadline"):
            month, day = getattr(self, name)
            date(2001, month, day)  # raises ValueError on 2/30 etc.; 2001 has no 2/29 either, on purpose

    def calendar(self) -> clock.WorkingCalendar:
        """chinesecalendar + shipped file + `holiday_file` (or $GONGKAI_HOLIDAY_FILE), with the 调休 flag."""
        if self.holiday_file:
            return clock.load_calendar(
                self.holiday_file, count_adjusted_workdays=self.count_adjusted_workdays
            )
        return clock.default_calendar().with_adjusted_workdays(self.count_adjusted_workdays)


DEFAULT_SETTINGS = LawSettings()


def _cal(settings: LawSettings, calendar: clock.WorkingCalendar | None) -> clock.WorkingCalendar:
    # An explicit calendar wins (it carries its own 调休 flag); otherwise the settings' calendar.
    return calendar if calendar is not None else settings.calendar()


def reply_due(
    received: date,
    *,
    settings: LawSettings = DEFAULT_SETTINGS,
    calendar: clock.WorkingCalendar | None = None,
    consultations: Iterable[clock.Pause] = (),
    fee_waits: Iterable[clock.Pause] = (),
    correction_received: date | None = None,
    extension_days: int = 0,
) -> date:
    """Reply due date (条例第三十三条): 20 working days (+ an approved extension), skipping consultation
    time (第三十三条第三款) and — when `fee_wait_pauses_clock` — the wait for a fee payment, restarted by
    the receipt of a 补正 (第三十条)."""
    check_extension_days(extension_days, settings)
    pauses = list(consultations)
    if settings.fee_wait_pauses_clock:
        pauses.extend(fee_waits)
    return clock.due_date(
        received,
        settings.reply_days + extension_days,
        pauses=pauses,
        restart=correction_received,
        calendar=_cal(settings, calendar),
    )


def check_extension_days(days: int, settings: LawSettings = DEFAULT_SETTINGS) -> None:
    if isinstance(days, bool) or not isinstance(days, int) or days < 0:
        raise DeadlineError(f"延长的期限应为不小于0的整数个工作日，而不是 {days!r}")
    if days > settings.extension_max_days:
        raise DeadlineError(
            f"延长的期限最长不得超过{settings.extension_max_days}个工作日（条例第三十三条第二款），申请延长{days}个工作日"
        )


def check_extension(
    *,
    days: int,
    approved_on: date | None,
    notified_on: date | None,
    original_due: date,
    settings: LawSettings = DEFAULT_SETTINGS,
) -> None:
    """An extension needs the head's approval and notice to the applicant (条例第三十三条第二款); with
    `extension_before_due` both must be on or before the original due date."""
    check_extension_days(days, settings)
    if approved_on is None:
        raise DeadlineError(
            "延长答复期限应当经政府信息公开工作机构负责人同意（条例第三十三条第二款）：缺少同意日期"
        )
    if notified_on is None:
        raise DeadlineError("延长答复期限应当告知申请人（条例第三十三条第二款）：缺少告知日期")
    if notified_on < approved_on:
        raise DeadlineError(
            f"告知申请人的日期 {notified_on.isoformat()} 早于负责人同意的日期 {approved_on.isoformat()}"
        )
    if settings.extension_before_due and notified_on > original_due:
        raise DeadlineError(
            f"延长答复期限须在原答复期限 {original_due.isoformat()} 届满前经同意并告知申请人，"
            f"告知日期为 {notified_on.isoformat()}"
        )


def correction_notice_due(
    received: date, *, settings: LawSettings = DEFAULT_SETTINGS, calendar: clock.WorkingCalendar | None = None
) -> date:
    """Last day for the one-time 补正 notice (条例第三十条)."""
    return clock.due_date(received, settings.correction_notice_days, calendar=_cal(settings, calendar))


def consultation_due(
    request_received: date,
    *,
    settings: LawSettings = DEFAULT_SETTINGS,
    calendar: clock.WorkingCalendar | None = None,
) -> date:
    """Last day for the consulted party's opinion, counted from its receipt of the 征求意见书
    (条例第三十二条、第三十四条)."""
    return clock.due_date(request_received, settings.consultation_days, calendar=_cal(settings, calendar))


def proactive_due(
    formed_or_changed: date,
    *,
    days: int | None = None,
    settings: LawSettings = DEFAULT_SETTINGS,
    calendar: clock.WorkingCalendar | None = None,
) -> date:
    """Publication deadline for 主动公开 information (条例第二十六条); `days` for a type whose own law or
    regulation sets another period ("从其规定")."""
    period = settings.proactive_days if days is None else days
    return clock.due_date(formed_or_changed, period, calendar=_cal(settings, calendar))


def fee_payment_due(
    notice_received: date,
    *,
    settings: LawSettings = DEFAULT_SETTINGS,
    calendar: clock.WorkingCalendar | None = None,
) -> date:
    """Last day to pay the 信息处理费: 20 working days from the day after the notice is received."""
    return clock.due_date(notice_received, settings.fee_payment_days, calendar=_cal(settings, calendar))


def annual_report_due(
    report_year: int, body: ReportingBody | str, *, settings: LawSettings = DEFAULT_SETTINGS
) -> date:
    """Publication deadline of the annual report for `report_year` (条例第四十九条), a calendar date."""
    month, day = (
        settings.department_report_deadline
        if ReportingBody(body) == ReportingBody.DEPARTMENT
        else settings.government_report_deadline
    )
    return date(report_year + 1, month, day)
