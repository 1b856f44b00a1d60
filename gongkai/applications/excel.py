"""The register (台账) as an Excel workbook: export of a (scoped) queryset, and import of a legacy register.

Import is all-or-nothing: every row is validated first with the same form as staff registration
(RegistrationForm, so the 条例第三十一条 date rules and the ID/credit-code checksums apply); errors are
reported with their row number; only if no row fails are the rows registered, through the service, in
one transaction (a service refusal also rolls everything back).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import IO, Any

from django.db import transaction
from django.db.models import QuerySet
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils.exceptions import InvalidFileException

from gongkai.audit.events import record
from gongkai.audit.models import EventKind
from gongkai.organisations.models import Organisation

from .forms import RegistrationForm
from .models import (
    ApplicantKindChoices,
    Application,
    ChannelChoices,
    DeliveryMethod,
    DispositionChoices,
    IdType,
    InfoForm,
)
from .services import TransitionError
from .workflow import Status

MAX_IMPORT_ROWS = 5000

# (header, form field) of the columns that import reads; export writes these too, so an exported
# register can be imported elsewhere.
IMPORT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("受理机关", "organisation"),
    ("申请渠道", "channel"),
    ("当面提交日期", "submitted_on"),
    ("签收日期", "signed_on"),
    ("收到日期", "arrived_on"),
    ("与申请人确认日期", "confirmed_on"),
    ("申请人类型", "applicant_kind"),
    ("申请人姓名或名称", "applicant_name"),
    ("证件类型", "id_type"),
    ("证件号码", "id_number"),
    ("统一社会信用代码", "credit_code"),
    ("法定代表人或负责人", "legal_representative"),
    ("联系人", "contact_person"),
    ("联系电话", "phone"),
    ("电子邮箱", "email"),
    ("通信地址", "address"),
    ("邮政编码", "postcode"),
    ("申请公开的政府信息内容描述", "information_sought"),
    ("文件名称、文号或其他特征", "document_reference"),
    ("信息载体形式", "form_wanted"),
    ("获取方式", "delivery_method"),
    ("备注", "notes"),
)
REQUIRED_HEADERS = ("受理机关", "申请渠道", "申请人类型", "申请人姓名或名称", "申请公开的政府信息内容描述")
EXPORT_ONLY: tuple[str, ...] = (
    "受理编号",
    "收到申请之日",
    "状态",
    "答复期限",
    "办理结果",
    "答复日期",
    "办结日期",
)

# Choice columns accept the label (as exported) or the stored value.
_CHOICES: dict[str, Any] = {
    "channel": ChannelChoices,
    "applicant_kind": ApplicantKindChoices,
    "id_type": IdType,
    "form_wanted": InfoForm,
    "delivery_method": DeliveryMethod,
}


def _label(choices: Any, value: str) -> str:
    return str(dict(choices.choices).get(value, value)) if value else ""


def _cell(value: object) -> object:
    if isinstance(value, datetime):
        return value.date()
    return value


def export_register(apps: Iterable[Application]) -> bytes:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "依申请公开台账"
    headers = [*EXPORT_ONLY, *(h for h, _ in IMPORT_COLUMNS)]
    ws.append(headers)
    for c in ws[1]:
        c.font = Font(bold=True)
    for app in apps:
        row: list[object] = [
            app.number,
            app.received_on,
            _label(Status, app.status),
            app.due_on,
            _label(DispositionChoices, app.disposition),
            app.replied_on,
            app.closed_on,
        ]
        for _, name in IMPORT_COLUMNS:
            if name == "organisation":
                row.append(app.organisation.name)
            elif name in _CHOICES:
                row.append(_label(_CHOICES[name], getattr(app, name)))
            else:
                row.append(getattr(app, name))
        ws.append(row)
    for column, width in (("A", 22), ("B", 12), ("H", 24)):
        ws.column_dimensions[column].width = width
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@dataclass
class ImportResult:
    rows: list[dict[str, Any]] = field(default_factory=list)  # cleaned, ready to register
    errors: list[str] = field(default_factory=list)
    created: list[Application] = field(default_factory=list)


def _choice_value(name: str, raw: str) -> str:
    choices = _CHOICES[name]
    by_label = {str(label): value for value, label in choices.choices}
    return str(by_label.get(raw, raw))


def _form_data(row: Mapping[str, object], orgs: dict[str, int]) -> dict[str, str]:
    data: dict[str, str] = {}
    for header, name in IMPORT_COLUMNS:
        value = _cell(row.get(header))
        if value is None:
            continue
        text = value.isoformat() if isinstance(value, date) else str(value).strip()
        if name == "organisation":
            text = str(orgs.get(text, f"?{text}"))
        elif name in _CHOICES:
            text = _choice_value(name, text)
        data[name] = text
    return data


def validate(
    stream: IO[bytes], *, organisations: QuerySet[Organisation], today: date | None = None
) -> ImportResult:
    """Read and validate every row; nothing is written."""
    result = ImportResult()
    try:
        wb = load_workbook(stream, read_only=True, data_only=True)
    except (InvalidFileException, KeyError, ValueError, OSError, TypeError) as exc:
        result.errors.append(f"无法读取 Excel 文件：{type(exc).__name__}")
        return result
    except Exception as exc:  # zipfile.BadZipFile and friends: a corrupt upload is bad input, not a 500
        result.errors.append(f"无法读取 Excel 文件（文件可能已损坏）：{type(exc).__name__}")
        return result
    ws = wb.active
    if ws is None:
        result.errors.append("Excel 文件中没有工作表")
        return result
    rows = ws.iter_rows(values_only=True)
    header_row: Sequence[object] = next(rows, ())
    headers = [str(h).strip() if h is not None else "" for h in header_row]
    missing = [h for h in REQUIRED_HEADERS if h not in headers]
    if missing:
        result.errors.append(f"第1行（表头）缺少列：{'、'.join(missing)}")
        return result
    orgs: dict[str, int] = {}
    for org in organisations:
        orgs[org.name] = org.pk
        if org.short_name:
            orgs[org.short_name] = org.pk
    for number, values in enumerate(rows, start=2):
        if number - 1 > MAX_IMPORT_ROWS:
            result.errors.append(f"一次最多导入 {MAX_IMPORT_ROWS} 行")
            break
        if values is None or all(v is None or str(v).strip() == "" for v in values):
            continue
        row = {h: v for h, v in zip(headers, values, strict=False) if h}
        data = _form_data(row, orgs)
        if old := str(row.get("受理编号") or "").strip():
            # A legacy number is kept for reference; the platform issues its own (numbering.py).
            data["notes"] = "；".join(filter(None, [data.get("notes", ""), f"原受理编号：{old}"]))
        form = RegistrationForm(data, organisations=organisations, today=today)
        if form.is_valid():
            result.rows.append(form.cleaned_data | {"_row": number})
            continue
        labels = {name: header for header, name in IMPORT_COLUMNS}
        for name, messages in form.errors.items():
            where = f"“{labels[name]}”" if name in labels else ""
            for message in messages:
                if name == "organisation":
                    message = f"受理机关“{row.get('受理机关')}”不存在或您无权为其登记"
                result.errors.append(f"第{number}行{where}：{message}")
    if not result.rows and not result.errors:
        result.errors.append("文件中没有数据行")
    return result


class ImportFailed(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def import_rows(result: ImportResult, *, actor: Any) -> list[Application]:
    """Register every validated row in one transaction (nothing if any fails)."""
    from .views._bridge import register

    if result.errors:
        raise ImportFailed("存在错误，未导入任何数据")
    created: list[Application] = []
    with transaction.atomic():
        for row in result.rows:
            dates = {
                name: row.get(name) for name in ("submitted_on", "signed_on", "arrived_on", "confirmed_on")
            }
            try:
                created.append(
                    register(row["organisation"], row, actor=actor, dates=dates, channel=row["channel"])
                )
            except TransitionError as exc:
                raise ImportFailed(f"第{row['_row']}行：{exc.message}（未导入任何数据）") from None
        record(
            EventKind.IMPORT_COMPLETED,
            actor=actor,
            details={"kind": "applications", "rows": len(created), "numbers": [a.number for a in created]},
        )
    return created
