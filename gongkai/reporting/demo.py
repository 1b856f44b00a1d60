"""Demo statistics behind the seed report (利通区人民政府 2022): table 二 items (五)(六)(八) as twelve
monthly StatRecords each that sum exactly to the seed's figures, and — only when the publishing
register is not installed — the 第二十条第（一）项 fallback counts."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from .compute import register_art20_counts
from .models import DocumentStat, StatItem, StatRecord
from .stats import month_period

if TYPE_CHECKING:
    from gongkai.core.demo import DemoContext

YEAR = 2022
SEED_DECISIONS = {StatItem.LICENSING: 8678, StatItem.PENALTY: 1738, StatItem.ENFORCEMENT: 0}
SEED_FEES_YUAN = Decimal("28433800.00")  # 2843.38 万元


def split(total: int, parts: int = 12) -> list[int]:
    """`total` spread over `parts` whole numbers that differ by at most one and sum exactly."""
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


def load(ctx: DemoContext) -> None:
    org = ctx.orgs["利通区政府"]
    for item, total in SEED_DECISIONS.items():
        for month, value in enumerate(split(total), start=1):
            start, end = month_period(YEAR, month)
            _, created = StatRecord.objects.get_or_create(
                organisation=org,
                item=item,
                period_start=start,
                period_end=end,
                defaults={"decisions": value, "source": StatRecord.Source.MANUAL},
            )
            ctx.created += created
    fen = int(SEED_FEES_YUAN * 100)
    for month, value in enumerate(split(fen), start=1):
        start, end = month_period(YEAR, month)
        _, created = StatRecord.objects.get_or_create(
            organisation=org,
            item=StatItem.FEES,
            period_start=start,
            period_end=end,
            defaults={"amount_yuan": Decimal(value) / 100, "source": StatRecord.Source.MANUAL},
        )
        ctx.created += created
    if register_art20_counts() is None:
        for kind, (issued, repealed, in_force) in (
            (DocumentStat.Kind.NORMATIVE, (6, 0, 38)),
            (DocumentStat.Kind.RULES, (0, 0, 0)),
        ):
            _, created = DocumentStat.objects.get_or_create(
                organisation=org,
                year=YEAR,
                kind=kind,
                defaults={"issued": issued, "repealed": repealed, "in_force": in_force},
            )
            ctx.created += created
