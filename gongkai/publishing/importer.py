"""Import an existing site's published documents from XLSX or CSV: every row is validated first, errors
carry the row number, and either all rows are created or none.

Columns (Chinese headers): 标题, 成文日期, 发布日期 (required); 文号, 类别 (规章/行政规范性文件/
其他政府文件; interpretations cannot be imported),
文种, 主题分类, 第二十条事项 (1–15), 有效性, 有效期至, 正文.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from django.db import transaction

from gongkai.audit.events import record
from gongkai.audit.models import EventKind
from gongkai.organisations.models import Organisation

from . import search, services
from .models import Kind, Validity

REQUIRED = ("标题", "成文日期", "发布日期")
KINDS = {
    "规章": Kind.RULE,
    "行政规范性文件": Kind.NORMATIVE,
    "其他政府文件": Kind.DOCUMENT,
    "": Kind.DOCUMENT,
}
VALIDITIES = {label: value for value, label in Validity.choices} | {"": Validity.VALID}


@dataclass
class ImportResult:
    created: int = 0
    errors: list[str] = field(default_factory=list)


def read_rows(name: str, data: bytes) -> list[dict[str, str]]:
    suffix = Path(name).suffix.lower()
    if suffix == ".csv":
        for enc in ("utf-8-sig", "gb18030"):
            try:
                text = data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise ValueError("CSV 文件编码无法识别，请另存为 UTF-8")
        return [
            {k.strip(): (v or "").strip() for k, v in row.items() if k}
            for row in csv.DictReader(io.StringIO(text))
        ]
    if suffix == ".xlsx":
        import openpyxl

        try:
            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:
            raise ValueError(f"无法读取 XLSX 文件：{exc}") from None
        sheet = wb.worksheets[0] if wb.worksheets else None
        if sheet is None:
            return []
        rows = list(sheet.iter_rows(values_only=True))
        if not rows:
            return []
        header = [str(h or "").strip() for h in rows[0]]
        return [
            {header[i]: _cell(v) for i, v in enumerate(r) if i < len(header) and header[i]} for r in rows[1:]
        ]
    raise ValueError("只支持 .xlsx 或 .csv 文件")


def _cell(v: Any) -> str:
    if isinstance(v, datetime):
        return v.date().isoformat()
    if isinstance(v, date):
        return v.isoformat()
    return "" if v is None else str(v).strip()


def _date(text: str) -> date:
    return date.fromisoformat(text.replace("/", "-").replace(".", "-")[:10])


def validate(rows: list[dict[str, str]]) -> tuple[list[dict[str, Any]], list[str]]:
    clean: list[dict[str, Any]] = []
    errors: list[str] = []
    if not rows:
        return [], ["文件中没有数据行"]
    missing = [c for c in REQUIRED if c not in rows[0]]
    if missing:
        return [], [f"缺少必填列：{'、'.join(missing)}"]
    for n, row in enumerate(rows, start=2):  # row 1 is the header
        if not any(row.values()):
            continue
        try:
            fields: dict[str, Any] = {
                "title": row.get("标题", ""),
                "doc_number": row.get("文号", ""),
                "doc_type": row.get("文种") or "通知",
                "topic": row.get("主题分类", ""),
                "body": row.get("正文", ""),
            }
            if row.get("类别", "") not in KINDS:
                raise ValueError(f"类别“{row['类别']}”应为规章、行政规范性文件或其他政府文件")
            fields["kind"] = KINDS[row.get("类别", "")]
            if row.get("有效性", "") not in VALIDITIES:
                raise ValueError(f"有效性“{row['有效性']}”应为有效、失效、废止或已修改")
            fields["validity"] = VALIDITIES[row.get("有效性", "")]
            for col, name in (
                ("成文日期", "signed_on"),
                ("发布日期", "published_on"),
                ("有效期至", "expires_on"),
            ):
                if row.get(col):
                    try:
                        fields[name] = _date(row[col])
                    except ValueError:
                        raise ValueError(f"{col}“{row[col]}”不是有效日期（应为2022-03-01）") from None
                elif col in REQUIRED:
                    raise ValueError(f"{col}不能为空")
            if row.get("第二十条事项"):
                item = int(row["第二十条事项"]) if row["第二十条事项"].isdigit() else 0
                if not 1 <= item <= 15:
                    raise ValueError("第二十条事项应为1至15的数字")
                fields["art20_item"] = item
            problems = services.validate_fields(fields)
            if fields["published_on"] < fields["signed_on"]:
                problems.setdefault("published_on", []).append("发布日期不能早于成文日期")
            if problems:
                raise ValueError("；".join(m for ms in problems.values() for m in ms))
        except ValueError as exc:
            errors.append(f"第{n}行：{exc}")
            continue
        if fields["validity"] != Validity.VALID:
            fields["validity_changed_on"] = fields["published_on"]
        clean.append(fields)
    return clean, errors


def import_file(organisation: Organisation, name: str, data: bytes, *, actor: Any) -> ImportResult:
    try:
        rows = read_rows(name, data)
    except ValueError as exc:
        return ImportResult(errors=[str(exc)])
    clean, errors = validate(rows)
    if errors:
        return ImportResult(errors=errors)
    with transaction.atomic():
        created = services.register_published(organisation, clean, actor=actor)
        record(
            EventKind.IMPORT_COMPLETED,
            actor=actor,
            organisation=organisation,
            details={"file": name, "documents": len(created)},
        )
    search.analyze()  # a large import changes the planner's picture of the register
    return ImportResult(created=len(created))
