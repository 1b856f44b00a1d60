"""信息处理费 (条例第四十二条; 《政府信息公开信息处理费管理办法》国办函〔2020〕109号; rules.md §2).

Two methods, both 超额累进 (progressive: each unit is charged at the rate of the tier it falls in):
- 按件 (per application, 第四条): the n-th application of the same applicant in a calendar month
  (自然月, counted in "一事一申请" units): 1–10 free, 11–30 100元/件, then +100元/件 per block of 10
  (31–40 200元, 41–50 300元 …; ⚠ this reading of "以10件为一档" is configurable, rules.md §2.2).
- 按量 (per page, 第五条): pages 1–30 free, 31–100 10元/页, 101–200 20元/页, 201+ 40元/页.
One application uses one method, never both (第三条). Amounts are Decimal yuan with two places.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from gongkai.law import clock, deadlines

CITATION = "国办函〔2020〕109号"
_CENT = Decimal("0.01")


class FeeError(ValueError):
    """A fee that the 办法 does not allow to compute (e.g. both methods at once); the message is Chinese."""


class FeeMethod(StrEnum):
    PER_APPLICATION = "per_application"  # 按件计收, 第四条
    PER_PAGE = "per_page"  # 按量计收, 第五条

    @property
    def label(self) -> str:
        return {FeeMethod.PER_APPLICATION: "按件计收", FeeMethod.PER_PAGE: "按量计收"}[self]


@dataclass(frozen=True)
class Tier:
    """Units first..last (inclusive; last=None: no upper bound) cost `price` yuan each."""

    first: int
    last: int | None
    price: Decimal


DEFAULT_PAGE_TIERS: tuple[Tier, ...] = (
    Tier(1, 30, Decimal(0)),
    Tier(31, 100, Decimal(10)),
    Tier(101, 200, Decimal(20)),
    Tier(201, None, Decimal(40)),
)
DEFAULT_APPLICATION_TIERS: tuple[Tier, ...] = (
    Tier(1, 10, Decimal(0)),
    Tier(11, 30, Decimal(100)),
)


def _check_tiers(tiers: tuple[Tier, ...], name: str) -> None:
    if not tiers:
        raise ValueError(f"{name}: at least one tier is needed")
    expected_first = 1
    for i, tier in enumerate(tiers):
        if tier.first != expected_first:
            raise ValueError(f"{name}: tier {i + 1} starts at {tier.first}, expected {expected_first}")
        if tier.price < 0:
            raise ValueError(f"{name}: tier {i + 1} has a negative price")
        if tier.last is None:
            if i != len(tiers) - 1:
                raise ValueError(f"{name}: only the last tier can be open-ended")
            return
        if tier.last < tier.first:
            raise ValueError(f"{name}: tier {i + 1} ends before it starts")
        expected_first = tier.last + 1


@dataclass(frozen=True)
class FeeSchedule:
    """Tier tables (defaults: 国办函〔2020〕109号). Beyond the last per-application tier the price rises by
    `application_block_step` for every started block of `application_block_size` applications."""

    page_tiers: tuple[Tier, ...] = DEFAULT_PAGE_TIERS
    application_tiers: tuple[Tier, ...] = DEFAULT_APPLICATION_TIERS
    application_block_size: int = 10
    application_block_step: Decimal = Decimal(100)
    source: str = CITATION

    def __post_init__(self) -> None:
        _check_tiers(self.page_tiers, "page_tiers")
        _check_tiers(self.application_tiers, "application_tiers")
        if self.page_tiers[-1].last is not None:
            raise ValueError("page_tiers: the last tier must be open-ended (last=None)")
        if self.application_block_size < 1 or self.application_block_step < 0:
            raise ValueError("application blocks need a size >= 1 and a step >= 0")


DEFAULT_SCHEDULE = FeeSchedule()


def _count(value: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise FeeError(f"{what}应为不小于0的整数，而不是 {value!r}")
    return value


def page_fee(pages: int, schedule: FeeSchedule = DEFAULT_SCHEDULE) -> Decimal:
    """按量计收 (第五条) for `pages` A4 pages: Σ over tiers of price × pages in that tier."""
    _count(pages, "页数")
    total = Decimal(0)
    for tier in schedule.page_tiers:
        top = pages if tier.last is None else min(pages, tier.last)
        if top >= tier.first:
            total += tier.price * (top - tier.first + 1)
    return total.quantize(_CENT)


def application_price(nth: int, schedule: FeeSchedule = DEFAULT_SCHEDULE) -> Decimal:
    """按件计收 (第四条): the price of the applicant's `nth` application (1-based) in a calendar month."""
    if _count(nth, "件数序号") == 0:
        raise FeeError("件数序号从1开始")
    for tier in schedule.application_tiers:
        if tier.last is None or nth <= tier.last:
            return tier.price.quantize(_CENT)
    last = schedule.application_tiers[-1]
    assert last.last is not None  # _check_tiers: an open tier would have returned above
    blocks = -(-(nth - last.last) // schedule.application_block_size)  # ceiling division
    return (last.price + schedule.application_block_step * blocks).quantize(_CENT)


def applications_fee(
    already_this_month: int, count: int = 1, schedule: FeeSchedule = DEFAULT_SCHEDULE
) -> Decimal:
    """Fee for `count` application units after `already_this_month` earlier ones in the same month
    (一事一申请: one application split into several units is priced unit by unit)."""
    _count(already_this_month, "本月已申请件数")
    _count(count, "件数")
    return sum(
        (
            application_price(n, schedule)
            for n in range(already_this_month + 1, already_this_month + count + 1)
        ),
        Decimal(0),
    ).quantize(_CENT)


@dataclass(frozen=True)
class FeeAssessment:
    """The fee of one application under one method, with the quantity it was computed from."""

    method: FeeMethod
    quantity: int  # pages (按量) or the application's position in the month (按件)
    amount: Decimal
    source: str


def assess_fee(
    *,
    pages: int | None = None,
    nth_in_month: int | None = None,
    schedule: FeeSchedule = DEFAULT_SCHEDULE,
) -> FeeAssessment:
    """The fee of one application by exactly one method: give `pages` (按量) or `nth_in_month` (按件).

    第三条 "不得同时按照两种标准重复计算": giving both is refused.
    """
    if pages is not None and nth_in_month is not None:
        raise FeeError(
            "同一件申请只能选择按件或按量一种标准计收，不得同时按照两种标准重复计算（国办函〔2020〕109号第三条）"
        )
    if pages is not None:
        return FeeAssessment(FeeMethod.PER_PAGE, pages, page_fee(pages, schedule), schedule.source)
    if nth_in_month is not None:
        amount = application_price(nth_in_month, schedule)
        return FeeAssessment(FeeMethod.PER_APPLICATION, nth_in_month, amount, schedule.source)
    raise FeeError("请给出页数（按量计收）或本月第几件申请（按件计收）")


def check_single_method(assessments: Iterable[FeeAssessment]) -> None:
    """Refuse more than one assessment for the same application (第三条), whatever the methods."""
    listed = list(assessments)
    if len(listed) > 1:
        methods = "、".join(a.method.label for a in listed)
        raise FeeError(f"同一件申请已按{methods}计收：每件申请只能适用一种标准（国办函〔2020〕109号第三条）")


def payment_due(
    notice_received: date,
    *,
    settings: deadlines.LawSettings = deadlines.DEFAULT_SETTINGS,
    calendar: clock.WorkingCalendar | None = None,
) -> date:
    """Last day to pay: 20 working days from the day after the fee notice is received (rules.md §2.3)."""
    return deadlines.fee_payment_due(notice_received, settings=settings, calendar=calendar)
