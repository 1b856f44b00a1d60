"""Entering StatRecords: one month by hand, or a business system's Excel export (all or nothing).

The Excel layout (first sheet, first row = headings, any column order):
  事项 (行政许可 / 行政处罚 / 行政强制 / 行政事业性收费, or licensing / penalty / enforcement / fees),
  年份, 月份, then 处理决定数 for decisions, and 收费金额（元） or 收费金额（万元） for fees.
Every row is validated before anything is written; errors name the spreadsheet row.
"""

from __future__ import annotations

import calendar
import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db import IntegrityError, transaction

from gongkai.audit.events import record
from gongkai.audit.models import EventKind
from gongkai.organisations.models import Organisation

from .models import StatItem, StatRecord

ITEM_NAMES: dict[str, str] = {
    "行政许可": StatItem.LICENSING,
    "行政处罚": StatItem.PENALTY,
    "行政强制": StatItem.ENFORCEMENT,
    "行政事业性收费": StatItem.FEES,
    **{item.value: item.value for item in StatItem},
}
HEADINGS: dict[str, str] = {
    "事项": "item",
    "统计事项": "item",
    "item": "item",
    "年份": "year",
    "年度": "year",
    "year": "year",
    "月份": "month",
    "month": "month",
    "处理决定数": "decisions",
    "数量": "decisions",
    "decisions": "decisions",
    "收费金额（元）": "yuan",
    "收费金额(元)": "yuan",
    "amount_yuan": "yuan",
    "收费金额（万元）": "10k_yuan",
    "收费金额(万元)": "10k_yuan",
    "amount_10k_yuan": "10k_yuan",
}
FEN = Decimal("0.01")


class ImportFailed(Exception):
    def __init__(self, errors: list[str]) -> None:
        self.errors = errors
        super().__init__("; ".join(errors[:5]))


@dataclass(frozen=True)
class Entry:
    item: str
    period_start: date
    period_end: date
    decisions: int | None = None
    amount_yuan: Decimal | None = None


def month_period(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def parse_yuan(raw: object, unit: str) -> Decimal:
    """An amount in 元 (exact to the 分); 万元 are converted exactly (×10000) or rejected."""
    try:
        value = Decimal(str(raw).replace(",", "").strip())
    except InvalidOperation:
        raise ValueError(f"金额“{raw}”不是数字") from None
    if not value.is_finite() or value < 0:
        raise ValueError(f"金额“{raw}”应为非负数")
    if unit == "10k_yuan":
        value = value.scaleb(4)
    if value != value.quantize(FEN):
        raise ValueError(f"金额“{raw}”精确到分以下，无法准确换算")
    return value.quantize(FEN)


def _int(raw: object, what: str) -> int:
    if isinstance(raw, bool):
        raise ValueError(f"{what}“{raw}”不是整数")
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    if isinstance(raw, int):
        return raw
    text = str(raw).strip()
    if not text.isdigit():
        raise ValueError(f"{what}“{raw}”不是非负整数")
    return int(text)


def parse_row(values: dict[str, Any]) -> Entry:
    item = ITEM_NAMES.get(str(values.get("item") or "").strip())
    if item is None:
        raise ValueError(f"事项“{values.get('item')}”不是 行政许可/行政处罚/行政强制/行政事业性收费 之一")
    year = _int(values.get("year"), "年份")
    month = _int(values.get("month"), "月份")
    if not 1900 < year < 2200:
        raise ValueError(f"年份“{year}”无效")
    if not 1 <= month <= 12:
        raise ValueError(f"月份“{month}”应为1–12")
    start, end = month_period(year, month)
    if item == StatItem.FEES:
        for unit in ("yuan", "10k_yuan"):
            if values.get(unit) not in (None, ""):
                return Entry(item, start, end, amount_yuan=parse_yuan(values[unit], unit))
        raise ValueError("收费金额为空")
    if values.get("decisions") in (None, ""):
        raise ValueError("处理决定数为空")
    return Entry(item, start, end, decisions=_int(values["decisions"], "处理决定数"))


def read_workbook(data: bytes) -> list[tuple[int, dict[str, Any]]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a file that is not a workbook
        raise ImportFailed([f"无法读取Excel文件：{exc.__class__.__name__}"]) from None
    ws = wb.worksheets[0]
    rows = ws.iter_rows(values_only=True)
    header = next(rows, None)
    if header is None:
        raise ImportFailed(["文件为空"])
    columns = [HEADINGS.get(str(h or "").strip().replace(" ", "")) for h in header]
    if "item" not in columns or "year" not in columns or "month" not in columns:
        raise ImportFailed(["第1行应为标题行，至少包含“事项”“年份”“月份”三列"])
    out: list[tuple[int, dict[str, Any]]] = []
    for n, row in enumerate(rows, start=2):
        if all(v in (None, "") for v in row):
            continue
        out.append((n, {col: v for col, v in zip(columns, row, strict=False) if col}))
    return out


def import_workbook(organisation: Organisation, data: bytes, file_name: str, *, actor: Any = None) -> int:
    """Validate every row, then write them all in one transaction (or none). Returns rows created."""
    entries: list[tuple[int, Entry]] = []
    errors: list[str] = []
    seen: dict[tuple[str, date], int] = {}
    for n, values in read_workbook(data):
        try:
            entry = parse_row(values)
        except ValueError as exc:
            errors.append(f"第{n}行：{exc}")
            continue
        key = (entry.item, entry.period_start)
        if key in seen:
            errors.append(f"第{n}行：与第{seen[key]}行重复（同一事项、同一月份）")
            continue
        seen[key] = n
        entries.append((n, entry))
    for n, entry in entries:
        if StatRecord.objects.filter(
            organisation=organisation,
            item=entry.item,
            period_start=entry.period_start,
            period_end=entry.period_end,
        ).exists():
            errors.append(f"第{n}行：{entry.period_start:%Y年%m月}的{StatItem(entry.item).label}已录入")
    if not entries and not errors:
        errors.append("文件中没有数据行")
    if errors:
        raise ImportFailed(errors)
    try:
        with transaction.atomic():
            StatRecord.objects.bulk_create(
                [
                    StatRecord(
                        organisation=organisation,
                        item=e.item,
                        period_start=e.period_start,
                        period_end=e.period_end,
                        decisions=e.decisions,
                        amount_yuan=e.amount_yuan,
                        source=StatRecord.Source.IMPORT,
                        source_file=file_name[:200],
                        entered_by=actor if getattr(actor, "pk", None) else None,
                    )
                    for _, e in entries
                ]
            )
            record(
                EventKind.IMPORT_COMPLETED,
                actor=actor,
                organisation=organisation,
                details={"kind": "stat_records", "file": file_name, "rows": len(entries)},
            )
    except IntegrityError:
        raise ImportFailed(["与已录入的数据冲突（可能有人同时导入），未导入任何数据"]) from None
    return len(entries)


def enter_month(
    organisation: Organisation,
    item: str,
    year: int,
    month: int,
    *,
    decisions: int | None = None,
    amount_yuan: Decimal | None = None,
    actor: Any = None,
) -> StatRecord:
    """Staff entry of one month's figure (replaces that month's manual figure)."""
    entry = parse_row(
        {"item": item, "year": year, "month": month, "decisions": decisions, "yuan": amount_yuan}
    )
    with transaction.atomic():
        obj, _ = StatRecord.objects.update_or_create(
            organisation=organisation,
            item=entry.item,
            period_start=entry.period_start,
            period_end=entry.period_end,
            defaults={
                "decisions": entry.decisions,
                "amount_yuan": entry.amount_yuan,
                "source": StatRecord.Source.MANUAL,
                "source_file": "",
                "entered_by": actor if getattr(actor, "pk", None) else None,
            },
        )
        record(
            EventKind.IMPORT_COMPLETED,
            actor=actor,
            organisation=organisation,
            obj=obj,
            details={"kind": "stat_record", "item": entry.item, "period": f"{year}-{month:02d}"},
        )
    return obj
