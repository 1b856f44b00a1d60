"""告知书 (.docx) for a case: 补正, extension, consultation (征求意见书), fee notice, the reply for each
disposition, and the two 终止处理 notices. Generated in code with python-docx (templates editable by
an office admin are a later step), stored with the case as a Notice (FileField + sha256) that is never
overwritten: a corrected notice is a new Notice.

Call `generate(app, kind, actor=…)` after the service that made the step; the text is taken from the
case and its CaseEvents (the 补正 items and deadline, the extension days, the fee …).
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from gongkai.audit.events import record
from gongkai.audit.models import EventKind
from gongkai.law.dispositions import BASES, DISPOSITION_BY_KEY, Group

from .models import Application, CaseEvent, CaseEventKind, Notice, NoticeKind
from .workflow import TransitionError

REGULATION = "《中华人民共和国政府信息公开条例》"
FEE_RULES = "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）"

TITLES: dict[str, str] = {
    NoticeKind.CORRECTION: "政府信息公开申请补正告知书",
    NoticeKind.EXTENSION: "政府信息公开申请延期答复告知书",
    NoticeKind.CONSULTATION: "政府信息公开征求意见书",
    NoticeKind.FEE: "政府信息公开信息处理费缴费通知书",
    NoticeKind.REPLY: "政府信息公开申请答复告知书",
    NoticeKind.NO_CORRECTION: "政府信息公开申请终止处理告知书",
    NoticeKind.NO_FEE: "政府信息公开申请终止处理告知书",
}


@dataclass(frozen=True)
class NoticeText:
    title: str
    addressee: str
    paragraphs: tuple[str, ...]
    appeal_clause: bool


def cn_date(day: date | str | None) -> str:
    if day is None or day == "":
        return "____年__月__日"
    value = date.fromisoformat(day) if isinstance(day, str) else day
    return f"{value.year}年{value.month}月{value.day}日"


def _last_event(app: Application, kind: CaseEventKind) -> CaseEvent:
    event = CaseEvent.objects.filter(application=app, kind=kind).order_by("-on", "-id").first()
    if event is None:
        raise TransitionError(f"本申请没有“{kind.label}”的办理记录，不能生成该文书")
    return event


def _opening(app: Application) -> str:
    return (
        f"本机关于{cn_date(app.received_on)}收到你（单位）提出的政府信息公开申请（受理编号：{app.number}），"
        f"申请获取：{app.information_sought}。"
    )


def _appeal_authority(app: Application) -> str:
    # 行政复议法（2023年修订）第二十四条: the 本级人民政府 for a department (or office, township), the
    # government one level up for a people's government.
    from gongkai.organisations.models import Organisation

    org = app.organisation
    region = org.region.parent if org.kind == Organisation.Kind.GOVERNMENT else org.region
    government = (
        Organisation.objects.filter(kind=Organisation.Kind.GOVERNMENT, region=region)
        .exclude(pk=org.pk)
        .first()
        if region is not None
        else None
    )
    if government is not None:
        return government.name
    return org.parent.name if org.parent is not None else "有管辖权的行政复议机关"


def _reply_paragraphs(app: Application) -> list[str]:
    row = DISPOSITION_BY_KEY[app.disposition]
    basis = BASES.get(app.legal_basis)
    # "条例第三十六条第（二）项" → "《中华人民共和国政府信息公开条例》第三十六条第（二）项"
    cite = (
        REGULATION + basis.citation.removeprefix("条例")
        if basis and basis.citation.startswith("条例")
        else ""
    )
    reason = basis.summary if basis else row.label
    paras = [_opening(app)]
    if row.group is Group.GRANTED:
        paras.append(f"经审查，根据{cite or REGULATION}的规定，本机关决定予以公开。")
    elif row.group is Group.PARTIAL:
        paras.append(
            f"经审查，你（单位）申请的信息中含有不应当公开的内容，但能够作区分处理。根据{cite}的规定，"
            "本机关向你（单位）提供可以公开的信息内容，并对不予公开的内容说明理由。"
        )
    elif row.group is Group.WITHHELD:
        paras.append(f"经审查，你（单位）申请的信息{reason}。根据{cite}的规定，本机关决定不予公开。")
    elif row.group is Group.UNABLE:
        if app.legal_basis == "art36_5":
            paras.append(f"经审查，你（单位）申请的信息不属于本机关负责公开。根据{cite}的规定，特此告知。")
            if app.holding_agency:
                contact = f"，联系方式：{app.holding_agency_contact}" if app.holding_agency_contact else ""
                paras.append(f"该信息由{app.holding_agency}负责公开{contact}。")
        else:
            paras.append(f"经审查，{reason}。根据{cite or REGULATION}的规定，本机关无法提供。")
    elif row.group is Group.REJECTED:
        paras.append(f"经审查，你（单位）的申请属于“{row.label}”的情形。")
        paras.append(f"根据{cite or REGULATION}的规定，本机关不予处理。")
    else:
        paras.append(f"经审查，{reason}，本机关不再处理该申请。")
    if app.reply_text:
        paras.append(app.reply_text)
    return paras


def compose(app: Application, kind: str) -> NoticeText:
    """The notice's text (no I/O besides reading the case's events)."""
    name = app.applicant_name
    paras: list[str]
    appeal = False
    if kind == NoticeKind.CORRECTION:
        event = _last_event(app, CaseEventKind.CORRECTION_REQUESTED)
        paras = [
            _opening(app),
            f"经审查，你（单位）的申请内容不明确。根据{REGULATION}第三十条的规定，请你（单位）"
            f"于{cn_date(event.details.get('deadline'))}前对下列事项作出补正："
            f"{event.details.get('items', '')}",
            "答复期限自本机关收到补正的申请之日起计算。无正当理由逾期不补正的，视为放弃申请，"
            "本机关不再处理该政府信息公开申请。",
        ]
    elif kind == NoticeKind.EXTENSION:
        event = _last_event(app, CaseEventKind.EXTENDED)
        paras = [
            _opening(app),
            f"因{event.details.get('reason', '')}，本机关不能在规定期限内作出答复。根据{REGULATION}第三十三条"
            f"第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长"
            f"{event.details.get('days')}个工作日，本机关将于{cn_date(app.due_on)}前作出答复。",
        ]
    elif kind == NoticeKind.CONSULTATION:
        event = _last_event(app, CaseEventKind.CONSULTATION_STARTED)
        name = str(event.details.get("party", ""))
        article = "第三十四条" if event.details.get("party_kind") == "agency" else "第三十二条"
        paras = [
            f"本机关于{cn_date(app.received_on)}收到政府信息公开申请（受理编号：{app.number}），"
            f"申请获取：{app.information_sought}。该信息可能涉及你方，根据{REGULATION}{article}的规定，"
            "现书面征求你方意见。",
            f"请于收到本征求意见书之日起15个工作日内（{cn_date(event.details.get('opinion_due'))}前）"
            "提出书面意见。逾期未提出意见的，由本机关依照条例的规定决定是否公开。",
        ]
    elif kind == NoticeKind.FEE:
        event = _last_event(app, CaseEventKind.FEE_NOTICE)
        method = "按件计收" if event.details.get("method") == "per_application" else "按量计收"
        paras = [
            _opening(app),
            f"根据{REGULATION}第四十二条和{FEE_RULES}的规定，你（单位）的申请应当{method}信息处理费，"
            f"计费数量{event.details.get('quantity')}，金额{event.details.get('amount')}元。",
            f"请于收到本通知次日起20个工作日内（{cn_date(event.details.get('payment_due'))}前）缴纳。"
            "逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。",
        ]
    elif kind == NoticeKind.REPLY:
        if not app.disposition or app.replied_on is None:
            raise TransitionError("本申请尚未作出答复，不能生成答复告知书")
        paras = _reply_paragraphs(app)
        appeal = True
    elif kind == NoticeKind.NO_CORRECTION:
        _last_event(app, CaseEventKind.ABANDONED)
        paras = [
            _opening(app),
            f"你（单位）无正当理由逾期未作出补正。根据{REGULATION}第三十条的规定，视为放弃申请，"
            "本机关不再处理该政府信息公开申请。",
        ]
        appeal = True
    elif kind == NoticeKind.NO_FEE:
        _last_event(app, CaseEventKind.FEE_UNPAID)
        paras = [
            _opening(app),
            f"你（单位）逾期未按收费通知要求缴纳信息处理费。根据{FEE_RULES}的规定，视为放弃申请，"
            "本机关不再处理该政府信息公开申请。",
        ]
        appeal = True
    else:
        raise TransitionError(f"未知的文书类型：{kind!r}")
    return NoticeText(TITLES[kind], name, tuple(paras), appeal)


def render(app: Application, text: NoticeText, issued_on: date) -> bytes:
    """The .docx bytes: title, number, addressee, body, appeal clause, seal block."""
    doc = Document()
    style = doc.styles["Normal"]
    style.font.size = Pt(14)
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(text.title)
    run.bold = True
    run.font.size = Pt(20)
    number = doc.add_paragraph(f"{app.number}")
    number.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(f"{text.addressee}：")
    for para in text.paragraphs:
        doc.add_paragraph(para).paragraph_format.first_line_indent = Pt(28)
    if text.appeal_clause:
        doc.add_paragraph(
            f"如对本告知不服，可以自收到本告知书之日起60日内向{_appeal_authority(app)}申请行政复议，"
            "或者自收到本告知书之日起6个月内向人民法院提起行政诉讼。"
        ).paragraph_format.first_line_indent = Pt(28)
    doc.add_paragraph("特此告知。").paragraph_format.first_line_indent = Pt(28)
    for line in ("", f"{app.organisation.name}", "（盖章）", cn_date(issued_on)):
        doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    props = doc.core_properties
    props.title = text.title
    props.author = app.organisation.name
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def generate(app: Application, kind: str, *, actor: Any, issued_on: date | None = None) -> Notice:
    """Compose, render and store a notice with its sha256; audited. Never overwrites an earlier one."""
    if kind not in NoticeKind.values:
        raise TransitionError(f"未知的文书类型：{kind!r}")
    day = issued_on or timezone.localdate()
    text = compose(app, kind)
    data = render(app, text, day)
    digest = hashlib.sha256(data).hexdigest()
    with transaction.atomic():
        notice = Notice(
            application=app,
            kind=kind,
            disposition=app.disposition if kind == NoticeKind.REPLY else "",
            sha256=digest,
            issued_on=day,
            created_by=actor if getattr(actor, "is_authenticated", False) else None,
        )
        count = Notice.objects.filter(application=app).count() + 1
        # FileSystemStorage never overwrites: a clashing name gets a random suffix.
        notice.file.save(f"{app.number}-{kind}-{count}.docx", ContentFile(data), save=False)
        notice.save()
        record(
            EventKind.APPLICATION_NOTICE,
            actor=actor,
            organisation=app.organisation,
            obj=app,
            details={"notice": notice.pk, "kind": kind, "sha256": digest, "issued_on": day},
        )
    return notice


def verify(notice: Notice) -> bool:
    """Does the stored file still have the digest it was issued with?"""
    with notice.file.open("rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest() == notice.sha256
