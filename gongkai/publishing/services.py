"""The only code that changes the register (one function per transition or edit).

    create_document(organisation, *, actor, co_organisations=(), **fields) -> Document   (draft, 索引号)
    update_document(doc, *, actor, **fields) -> Document     (a draft; or a published item: 变更, reindexed)
    add_attachment(doc, *, actor, name, content) -> Attachment
    submit(doc, *, actor)                                    草稿 → 待初审
    approve(doc, *, actor, comment="", today=None)           初审 → 复审 → 终审 → 发布 (privacy gate first)
    reject(doc, *, actor, comment)                           any review stage → 草稿 (a new round)
    run_gate(doc, *, actor) -> GateReport                    records PRIVACY_SCAN
    make_masked_copy(doc, *, actor)                          records PRIVACY_MASKED; originals untouched
    approve_masked_copy(doc, *, actor)
    change_validity(doc, *, actor, validity, on)             有效 / 失效 / 废止 / 已修改
    expire_documents(today=None) -> int                      idempotent job (gongkai expire_documents)
    delete_document(doc, *, actor)
    register_published(organisation, rows, *, actor) -> list[Document]   import of already-published items
    save_page(slug, *, actor, title, body) -> Page
    create_gazette_issue(organisation, *, actor, year, number, title, published_on, documents=(), pdf=None)
    save_wording_rule(*, actor, phrase, suggestion="", severity) / delete_wording_rule(rule, *, actor)

Each transition validates, then updates with a conditional UPDATE (row count must be 1), writes its
ReviewStep and audit event, and keeps the search index in step — all in one transaction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from gongkai.accounts.models import Role
from gongkai.accounts.visibility import acts_as, can_write, has_role
from gongkai.audit.events import record
from gongkai.audit.models import EventKind
from gongkai.law import clock
from gongkai.law.deadlines import proactive_due
from gongkai.organisations.models import Organisation

from . import conf, docnumber, search, taxonomy
from .extract import extract_text
from .gate import GateReport, check_document, mask_text
from .models import (
    Attachment,
    Disclosure,
    Document,
    GazetteEntry,
    GazetteIssue,
    IndexCounter,
    Kind,
    Page,
    ReviewDecision,
    ReviewStage,
    ReviewStep,
    Status,
    Validity,
    WordingRule,
)

Actor = Any


class PublishingError(Exception):
    """A change the workflow or the rules do not allow; `message` is Chinese."""

    def __init__(self, message: str, errors: dict[str, list[str]] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.errors = errors or {}


class GateBlocked(PublishingError):
    def __init__(self, report: GateReport) -> None:
        n = len(report.blocking) + len(report.errors) + sum(1 for w in report.wording if w["blocking"])
        super().__init__(f"发布前检查未通过：发现{n}处须处理的问题（个人信息或禁用语），请遮盖或修改后再终审")
        self.report = report


# The review stages in order: status while waiting → (stage recorded, next status).
NEXT = {
    Status.FIRST_REVIEW: (ReviewStage.FIRST, Status.SECOND_REVIEW),
    Status.SECOND_REVIEW: (ReviewStage.SECOND, Status.FINAL_REVIEW),
    Status.FINAL_REVIEW: (ReviewStage.FINAL, Status.PUBLISHED),
}
REVIEW_STATUSES = frozenset(NEXT)

EDITABLE_FIELDS = frozenset(
    {
        "title", "summary", "body", "doc_number", "kind", "doc_type", "topic", "art20_item", "art21_area",
        "key_area", "disclosure", "disclosure_basis", "signed_on", "changed_on", "expires_on", "interprets",
        "interpretation_form",
    }
)  # fmt: skip


def _today() -> date:
    return timezone.localdate()


# --- validation ----------------------------------------------------------------------------------------


def validate_fields(fields: dict[str, Any], *, today: date | None = None) -> dict[str, list[str]]:
    """Field → Chinese messages; empty when the fields are acceptable."""
    errors: dict[str, list[str]] = {}

    def err(name: str, message: str) -> None:
        errors.setdefault(name, []).append(message)

    if "title" in fields and not str(fields["title"] or "").strip():
        err("title", "标题不能为空")
    if fields.get("doc_number"):
        result = docnumber.check(str(fields["doc_number"]))
        if not result.ok:
            err("doc_number", result.message)
    if fields.get("topic"):
        message = taxonomy.topic_error(str(fields["topic"]), conf.topics_file())
        if message:
            err("topic", message)
    if fields.get("doc_type") and fields["doc_type"] not in taxonomy.DOC_TYPES:
        err("doc_type", f"文种/体裁“{fields['doc_type']}”不在列表中")
    if fields.get("disclosure") in (Disclosure.ON_REQUEST, Disclosure.NOT_PUBLIC) and not fields.get(
        "disclosure_basis"
    ):
        err(
            "disclosure_basis",
            "依申请公开或不予公开的信息须写明法律依据（如条例第十四条、第十五条、第十六条）",
        )
    signed = fields.get("signed_on")
    if signed is not None and signed > (today or _today()):
        err("signed_on", "成文日期不能晚于今天")
    if signed is not None and fields.get("expires_on") is not None and fields["expires_on"] < signed:
        err("expires_on", "有效期不能早于成文日期")
    if fields.get("kind") == Kind.INTERPRETATION:
        if not fields.get("interprets"):
            err("interprets", "政策解读须关联所解读的政策文件")
        if not fields.get("interpretation_form"):
            err("interpretation_form", "请选择解读形式（文字、图解、视频、音频、问答）")
    elif fields.get("interprets") or fields.get("interpretation_form"):
        err("kind", "只有“政策解读”类信息可以关联被解读的政策")
    return errors


def _raise_if(errors: dict[str, list[str]]) -> None:
    if errors:
        first = next(iter(errors.values()))[0]
        raise PublishingError(first, errors)


# --- 索引号 --------------------------------------------------------------------------------------------


def format_index_number(organisation: Organisation, year: int, serial: int) -> str:
    return conf.index_number_scheme().format(
        credit_code=organisation.credit_code, short_name=organisation.short_name, year=year, serial=serial
    )


def next_serial(organisation: Organisation, year: int) -> int:
    """Claim the next serial inside the caller's transaction: the counter row is locked (PostgreSQL) or the
    database is (SQLite IMMEDIATE), so two registrations never share a 索引号; a rollback frees it."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("next_serial() must run inside transaction.atomic()")
    counter = IndexCounter.objects.select_for_update().filter(organisation=organisation, year=year).first()
    if counter is None:
        try:
            with transaction.atomic():
                IndexCounter.objects.create(organisation=organisation, year=year, last=0)
        except IntegrityError:
            pass  # created concurrently; lock that row below
        counter = IndexCounter.objects.select_for_update().get(organisation=organisation, year=year)
    IndexCounter.objects.filter(pk=counter.pk).update(last=F("last") + 1)
    counter.refresh_from_db(fields=["last"])
    return counter.last


def publish_due(doc: Document) -> date | None:
    """条例第二十六条: 20 working days from formation or change (None when the calendar lacks the year)."""
    start = doc.changed_on or doc.signed_on
    try:
        return proactive_due(start, settings=conf.law_settings(), calendar=conf.calendar())
    except clock.ClockError:
        return None


# --- permissions ---------------------------------------------------------------------------------------


def _require_writer(actor: Actor, organisation: Organisation) -> None:
    if not can_write(actor, organisation):
        raise PublishingError(f"您没有权限编辑{organisation.name}的信息")


def is_reviewer(user: Actor, organisation: Organisation) -> bool:
    """审核人 of the organisation itself or of its region's 政府办公室 (accounts.visibility decides)."""
    return acts_as(user, Role.REVIEWER, organisation)


def may_review(user: Actor, doc: Document) -> bool:
    return doc.status in REVIEW_STATUSES and is_reviewer(user, doc.organisation)


# --- create / edit -------------------------------------------------------------------------------------


def create_document(
    organisation: Organisation,
    *,
    actor: Actor,
    co_organisations: Iterable[Organisation] = (),
    today: date | None = None,
    **fields: Any,
) -> Document:
    _require_writer(actor, organisation)
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise TypeError(f"unknown fields: {sorted(unknown)}")
    if "signed_on" not in fields or fields["signed_on"] is None:
        _raise_if({"signed_on": ["请填写成文日期"]})
    _raise_if(validate_fields(fields, today=today))
    with transaction.atomic():
        year = (today or _today()).year
        serial = next_serial(organisation, year)
        doc = Document(
            organisation=organisation,
            index_year=year,
            index_serial=serial,
            index_number=format_index_number(organisation, year, serial),
            created_by=actor if getattr(actor, "is_authenticated", False) else None,
            **fields,
        )
        doc.publish_due_on = publish_due(doc)
        doc.save()
        if co_organisations:
            doc.co_organisations.set(list(co_organisations))
        record(
            EventKind.DOCUMENT_CREATED,
            actor=actor,
            organisation=organisation,
            obj=doc,
            details={"index_number": doc.index_number, "title": doc.title},
        )
    return doc


def update_document(
    doc: Document, *, actor: Actor, co_organisations: Iterable[Organisation] | None = None, **fields: Any
) -> Document:
    """Edit a draft; or change a published item (a 变更: its own 20-working-day clock, reindexed)."""
    _require_writer(actor, doc.organisation)
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise TypeError(f"unknown fields: {sorted(unknown)}")
    if doc.status in REVIEW_STATUSES:
        raise PublishingError("审核中的信息不能修改，请由审核人退回后再修改")
    merged = {name: getattr(doc, name) for name in EDITABLE_FIELDS} | fields
    _raise_if(validate_fields(merged))
    changed = {k: v for k, v in fields.items() if getattr(doc, k) != v}
    with transaction.atomic():
        for name, value in changed.items():
            setattr(doc, name, value)
        content_changed = bool({"title", "summary", "body"} & set(changed))
        if doc.status == Status.PUBLISHED and content_changed:
            # Masked copies were approved for the old text; the new text needs its own check.
            doc.redaction_approved = False
            doc.title_redacted = doc.summary_redacted = doc.body_redacted = ""
            raise_if_blocked(check_document(doc))
        doc.publish_due_on = publish_due(doc)
        doc.save()
        if co_organisations is not None:
            doc.co_organisations.set(list(co_organisations))
        search.index_document(doc)
        record(
            EventKind.DOCUMENT_UPDATED,
            actor=actor,
            organisation=doc.organisation,
            obj=doc,
            details={"fields": sorted(changed)},
        )
    return doc


def raise_if_blocked(report: GateReport) -> None:
    if not report.may_publish:
        raise GateBlocked(report)


def add_attachment(doc: Document, *, actor: Actor, name: str, content: bytes) -> Attachment:
    _require_writer(actor, doc.organisation)
    if doc.status in REVIEW_STATUSES:
        raise PublishingError("审核中的信息不能添加附件")
    safe_name = Path(name).name or "attachment"
    with transaction.atomic():
        att = Attachment(
            document=doc,
            original_name=safe_name,
            size=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
            uploaded_by=actor if getattr(actor, "is_authenticated", False) else None,
        )
        att.file.save(safe_name, ContentFile(content), save=False)
        att.text = extract_text(att.file.path)
        att.save()
        if doc.status == Status.PUBLISHED:
            raise_if_blocked(check_document(doc))
            search.index_document(doc)
        record(
            EventKind.DOCUMENT_UPDATED,
            actor=actor,
            organisation=doc.organisation,
            obj=doc,
            details={"attachment": safe_name, "sha256": att.sha256},
        )
    return att


# --- review: 三审三校 ----------------------------------------------------------------------------------


def _transition(doc: Document, old: str, new: str, **extra: Any) -> None:
    n = Document.objects.filter(pk=doc.pk, status=old).update(status=new, **extra)
    if n != 1:
        raise PublishingError("该信息的状态已被他人更改，请刷新后重试")
    doc.refresh_from_db()


def submit(doc: Document, *, actor: Actor) -> Document:
    _require_writer(actor, doc.organisation)
    if doc.status != Status.DRAFT:
        raise PublishingError(f"只有草稿可以提交审核（当前：{doc.get_status_display()}）")
    with transaction.atomic():
        _transition(doc, Status.DRAFT, Status.FIRST_REVIEW)
        ReviewStep.objects.create(
            document=doc,
            round=doc.review_round,
            stage=ReviewStage.SUBMIT,
            decision=ReviewDecision.SUBMITTED,
            actor=actor,
        )
        record(
            EventKind.DOCUMENT_REVIEW,
            actor=actor,
            organisation=doc.organisation,
            obj=doc,
            details={"stage": ReviewStage.SUBMIT.value, "decision": ReviewDecision.SUBMITTED.value},
        )
    return doc


def _check_reviewer(doc: Document, actor: Actor) -> None:
    if doc.status not in REVIEW_STATUSES:
        raise PublishingError(f"该信息不在审核中（当前：{doc.get_status_display()}）")
    if not is_reviewer(actor, doc.organisation):
        raise PublishingError("您不是该机构的审核人，不能审核")
    this_round = ReviewStep.objects.filter(document=doc, round=doc.review_round, actor=actor)
    if this_round.filter(decision=ReviewDecision.APPROVED).exists():
        # 三审三校: 初审、复审、终审 must be three different people.
        raise PublishingError("三审须由不同的审核人完成：您已审核过本轮的上一环节")
    if this_round.filter(decision=ReviewDecision.SUBMITTED).exists():
        raise PublishingError("审核人不能审核自己提交的信息")


def run_gate(doc: Document, *, actor: Actor) -> GateReport:
    """Scan the text that would be published and record the result (PRIVACY_SCAN)."""
    report = check_document(doc)
    with transaction.atomic():
        record(
            EventKind.PRIVACY_SCAN,
            actor=actor,
            organisation=doc.organisation,
            obj=doc,
            details=report.as_dict(),
        )
    return report


def approve(doc: Document, *, actor: Actor, comment: str = "", today: date | None = None) -> Document:
    _check_reviewer(doc, actor)
    stage, new = NEXT[Status(doc.status)]
    day = today or _today()
    blocked: GateReport | None = None
    with transaction.atomic():
        if new == Status.PUBLISHED:
            # 终审: the gate scans the row as locked in this transaction, so nothing (a new masked copy, an
            # attachment) can change between the scan and the publication it allows.
            locked = Document.objects.select_for_update().get(pk=doc.pk)
            if locked.status != doc.status:
                raise PublishingError("该信息的状态已被他人更改，请刷新后重试")
            report = check_document(locked)
            record(
                EventKind.PRIVACY_SCAN,
                actor=actor,
                organisation=doc.organisation,
                obj=doc,
                details=report.as_dict(),
            )
            if not report.may_publish:
                blocked = report
        if blocked is None:
            _approve_step(doc, actor=actor, stage=stage, new=new, comment=comment, day=day)
    if blocked is not None:
        # Raised after the block commits: the scan's record is kept, the approval is not made.
        raise GateBlocked(blocked)
    return doc


def _approve_step(
    doc: Document, *, actor: Actor, stage: ReviewStage, new: Status, comment: str, day: date
) -> None:
    extra: dict[str, Any] = {"published_on": day} if new == Status.PUBLISHED else {}
    _transition(doc, doc.status, new, **extra)
    ReviewStep.objects.create(
        document=doc, round=doc.review_round, stage=stage, decision=ReviewDecision.APPROVED, actor=actor,
        comment=comment,
    )  # fmt: skip
    record(
        EventKind.DOCUMENT_REVIEW,
        actor=actor,
        organisation=doc.organisation,
        obj=doc,
        details={"stage": stage.value, "decision": ReviewDecision.APPROVED.value, "comment": comment},
    )
    if new == Status.PUBLISHED:
        _after_publish(doc)
        record(
            EventKind.DOCUMENT_PUBLISHED,
            actor=actor,
            organisation=doc.organisation,
            obj=doc,
            details={
                "index_number": doc.index_number,
                "published_on": day,
                "late": bool(doc.publish_due_on and day > doc.publish_due_on),
            },
        )


def _sync_due(policy_published: date) -> date | None:
    try:
        return clock.add_working_days(policy_published, conf.interpretation_sync_days(), conf.calendar())
    except clock.ClockError:
        return None


def _after_publish(doc: Document) -> None:
    """Index the document; settle 同步 for it (an interpretation) or for its interpretations (a policy)."""
    search.index_document(doc)
    if doc.kind == Kind.INTERPRETATION and doc.interprets_id:
        policy = Document.objects.get(pk=doc.interprets_id)
        if policy.published_on and doc.published_on:
            due = _sync_due(policy.published_on)
            Document.objects.filter(pk=doc.pk).update(
                is_synchronous=due is not None and doc.published_on <= due
            )
    elif doc.published_on:
        due = _sync_due(doc.published_on)
        if due is not None:
            interps = Document.objects.filter(interprets=doc, status=Status.PUBLISHED)
            interps.filter(published_on__lte=due).update(is_synchronous=True)
            interps.filter(published_on__gt=due).update(is_synchronous=False)
    doc.refresh_from_db()


def reject(doc: Document, *, actor: Actor, comment: str) -> Document:
    _check_reviewer(doc, actor)
    if not comment.strip():
        raise PublishingError("退回须写明意见")
    stage = NEXT[Status(doc.status)][0]
    with transaction.atomic():
        _transition(doc, doc.status, Status.DRAFT, review_round=F("review_round") + 1)
        ReviewStep.objects.create(
            document=doc,
            round=doc.review_round - 1,
            stage=stage,
            decision=ReviewDecision.REJECTED,
            actor=actor,
            comment=comment,
        )
        record(
            EventKind.DOCUMENT_REVIEW,
            actor=actor,
            organisation=doc.organisation,
            obj=doc,
            details={"stage": stage.value, "decision": ReviewDecision.REJECTED.value, "comment": comment},
        )
    return doc


# --- masked copies -------------------------------------------------------------------------------------


def _may_mask(actor: Actor, doc: Document) -> bool:
    return (
        is_reviewer(actor, doc.organisation)
        or acts_as(actor, Role.PRIVACY_REVIEWER, doc.organisation)
        or can_write(actor, doc.organisation)
    )


def make_masked_copy(doc: Document, *, actor: Actor) -> Document:
    """Masked title, body and attachments stored next to the originals (never overwriting them); the copy
    must then be approved (approve_masked_copy) before the gate counts it."""
    if doc.status == Status.PUBLISHED:
        raise PublishingError("已发布的信息请先修改为草稿流程后再遮盖")
    if not _may_mask(actor, doc):
        raise PublishingError("您没有权限为该信息生成遮盖件")
    from .gate import mask_file

    with transaction.atomic():
        doc.title_redacted = mask_text(doc.title)
        doc.summary_redacted = mask_text(doc.summary)
        doc.body_redacted = mask_text(doc.body)
        doc.redaction_approved = False
        doc.redaction_approved_by = None
        masked_fields = ["title_redacted", "summary_redacted", "body_redacted"]
        doc.save(update_fields=[*masked_fields, "redaction_approved", "redaction_approved_by"])
        masked_files = []
        for att in doc.attachments.filter(is_redacted=False):
            old = att.redacted
            copy = Attachment(
                document=doc,
                original_name=f"{Path(att.original_name).stem}（遮盖件）{Path(att.original_name).suffix}",
                is_redacted=True,
                uploaded_by=actor if getattr(actor, "is_authenticated", False) else None,
            )
            if att.file and Path(att.file.path).exists():
                out = Path(att.file.path).with_name(
                    f"{Path(att.file.path).stem}.masked{Path(att.file.path).suffix}"
                )
                result = mask_file(att.file.path, out)
                if result.errors or not out.exists():
                    copy.text = mask_text(att.text)
                    copy.file.save(
                        f"{Path(att.original_name).stem}.masked.txt",
                        ContentFile(copy.text.encode()),
                        save=False,
                    )
                else:
                    data = out.read_bytes()
                    copy.file.save(out.name, ContentFile(data), save=False)
                    out.unlink(missing_ok=True)
                    copy.text = extract_text(copy.file.path) or mask_text(att.text)
            else:
                copy.text = mask_text(att.text)
            copy.size = copy.file.size if copy.file else 0
            copy.save()
            att.redacted = copy
            att.save(update_fields=["redacted"])
            if old is not None:
                old.delete()
            masked_files.append(copy.original_name)
        record(
            EventKind.PRIVACY_MASKED,
            actor=actor,
            organisation=doc.organisation,
            obj=doc,
            details={"attachments": masked_files},
        )
    return doc


def approve_masked_copy(doc: Document, *, actor: Actor) -> Document:
    if not (is_reviewer(actor, doc.organisation) or has_role(actor, Role.PRIVACY_REVIEWER)):
        raise PublishingError("只有审核人或保密审查员可以确认遮盖件")
    if not (doc.title_redacted or doc.body_redacted or doc.attachments.filter(is_redacted=True).exists()):
        raise PublishingError("尚未生成遮盖件")
    with transaction.atomic():
        Document.objects.filter(pk=doc.pk).update(redaction_approved=True, redaction_approved_by=actor)
        doc.attachments.filter(is_redacted=True).update(approved=True, approved_by=actor)
        doc.refresh_from_db()
        record(
            EventKind.PRIVACY_MASKED,
            actor=actor,
            organisation=doc.organisation,
            obj=doc,
            details={"approved": True},
        )
    return doc


# --- validity ------------------------------------------------------------------------------------------


def change_validity(doc: Document, *, actor: Actor, validity: str, on: date | None = None) -> Document:
    _require_writer(actor, doc.organisation)
    if not doc.is_normative:
        raise PublishingError("只有规章和行政规范性文件需要标注有效性")
    if doc.status != Status.PUBLISHED:
        raise PublishingError("只有已发布的文件可以变更有效性")
    new = Validity(validity)
    day = on or _today()
    if doc.published_on and day < doc.published_on:
        raise PublishingError("有效性变更日期不能早于发布日期")
    if new == doc.validity:
        raise PublishingError(f"该文件已是“{new.label}”状态")
    with transaction.atomic():
        fields: dict[str, Any] = {"validity": new, "validity_changed_on": day, "changed_on": day}
        fields["repealed_on"] = day if new == Validity.REPEALED else None
        n = Document.objects.filter(pk=doc.pk, validity=doc.validity).update(**fields)
        if n != 1:
            raise PublishingError("该信息的有效性已被他人更改，请刷新后重试")
        doc.refresh_from_db()
        search.index_document(doc)
        record(
            EventKind.DOCUMENT_VALIDITY,
            actor=actor,
            organisation=doc.organisation,
            obj=doc,
            details={"validity": new.value, "on": day},
        )
    return doc


def expire_documents(today: date | None = None) -> int:
    """Mark 有效 documents whose 有效期 has passed as 失效 (as of the day after it). Idempotent: the
    conditional UPDATE only touches rows still 有效, so running twice or concurrently changes nothing more."""
    day = today or _today()
    count = 0
    due = Document.objects.filter(validity=Validity.VALID, expires_on__lt=day, status=Status.PUBLISHED)
    for doc_id, org_id, expires in due.values_list("pk", "organisation_id", "expires_on").iterator():
        assert expires is not None  # filtered on expires_on__lt
        with transaction.atomic():
            changed_on = expires + timedelta(days=1)
            n = Document.objects.filter(pk=doc_id, validity=Validity.VALID).update(
                validity=Validity.EXPIRED, validity_changed_on=changed_on
            )
            if n == 1:
                count += 1
                record(
                    EventKind.DOCUMENT_VALIDITY,
                    organisation=Organisation(pk=org_id),
                    obj=Document(pk=doc_id),
                    details={"validity": Validity.EXPIRED.value, "on": changed_on, "by": "expire_documents"},
                )
    return count


def delete_document(doc: Document, *, actor: Actor) -> None:
    _require_writer(actor, doc.organisation)
    if doc.interpretations.exists():
        raise PublishingError("该文件有关联的政策解读，请先删除或改挂解读")
    with transaction.atomic():
        pk = doc.pk
        record(
            EventKind.DOCUMENT_UPDATED,
            actor=actor,
            organisation=doc.organisation,
            obj=doc,
            details={"deleted": True, "index_number": doc.index_number, "title": doc.title},
        )
        search.remove_document(pk)
        for att in doc.attachments.all():
            att.file.delete(save=False)
        doc.delete()


# --- import of already-published items (import.py, demo.py) --------------------------------------------


def register_published(
    organisation: Organisation, rows: list[dict[str, Any]], *, actor: Actor, index: bool = True
) -> list[Document]:
    """Create documents that were already published elsewhere (a site migration). The caller has validated
    the rows; this runs in the caller's transaction and bulk-inserts."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("register_published() must run inside transaction.atomic()")
    docs = []
    for row in rows:
        fields = dict(row)
        year = fields.pop("index_year", None) or (fields.get("published_on") or fields["signed_on"]).year
        serial = next_serial(organisation, year)
        doc = Document(
            organisation=organisation,
            index_year=year,
            index_serial=serial,
            index_number=format_index_number(organisation, year, serial),
            status=Status.PUBLISHED,
            **fields,
        )
        doc.publish_due_on = publish_due(doc)
        docs.append(doc)
    created = Document.objects.bulk_create(docs, batch_size=500)
    search.catalog_changed()
    if index:
        search.get_backend().index_many([(d.pk, search.public_text_fields(d)) for d in created])
    return created


def save_page(slug: str, *, actor: Actor, title: str, body: str) -> Page:
    if not (getattr(actor, "is_superuser", False) or has_role(actor, Role.OFFICE_ADMIN)):
        raise PublishingError("只有公开办管理员可以编辑公开指南和公开制度")
    if not title.strip() or not body.strip():
        raise PublishingError("标题和内容不能为空")
    with transaction.atomic():
        page, _ = Page.objects.update_or_create(
            slug=slug, defaults={"title": title.strip(), "body": body, "updated_by": actor}
        )
        record(EventKind.DOCUMENT_UPDATED, actor=actor, obj=page, details={"page": slug})
    return page


# --- gazette, wording list -----------------------------------------------------------------------------


def create_gazette_issue(
    organisation: Organisation,
    *,
    actor: Actor,
    year: int,
    number: int,
    title: str,
    published_on: date | None,
    documents: Iterable[Document] = (),
    pdf: tuple[str, bytes] | None = None,
) -> GazetteIssue:
    """A 政府公报 issue with its contents (published documents of the register) and its PDF."""
    _require_writer(actor, organisation)
    docs = list(documents)
    if not title.strip():
        raise PublishingError("请填写公报标题")
    if number < 1:
        raise PublishingError("期号应为正整数")
    if any(not d.is_published for d in docs):
        raise PublishingError("公报目录只能收录已发布的信息")
    if pdf is not None and not pdf[1].startswith(b"%PDF"):
        raise PublishingError("公报文件须为PDF")
    if GazetteIssue.objects.filter(organisation=organisation, year=year, number=number).exists():
        raise PublishingError(f"{year}年第{number}期公报已存在")
    with transaction.atomic():
        issue = GazetteIssue(
            organisation=organisation,
            year=year,
            number=number,
            title=title.strip(),
            published_on=published_on,
        )
        if pdf is not None:
            issue.pdf.save(Path(pdf[0]).name or f"{year}-{number}.pdf", ContentFile(pdf[1]), save=False)
        issue.save()
        GazetteEntry.objects.bulk_create(
            [GazetteEntry(issue=issue, document=d, position=i) for i, d in enumerate(docs)]
        )
        record(
            EventKind.DOCUMENT_PUBLISHED,
            actor=actor,
            organisation=organisation,
            obj=issue,
            details={"gazette": f"{year}-{number}", "documents": [d.pk for d in docs]},
        )
    return issue


def _require_office_admin(actor: Actor) -> None:
    if not (getattr(actor, "is_superuser", False) or has_role(actor, Role.OFFICE_ADMIN)):
        raise PublishingError("只有公开办管理员可以维护用语清单")


def save_wording_rule(*, actor: Actor, phrase: str, suggestion: str = "", severity: str) -> WordingRule:
    _require_office_admin(actor)
    phrase = phrase.strip()
    if not phrase:
        raise PublishingError("请填写用语")
    if severity not in WordingRule.Severity.values:
        raise PublishingError("请选择处理方式")
    with transaction.atomic():
        rule, _ = WordingRule.objects.update_or_create(
            phrase=phrase,
            defaults={"suggestion": suggestion.strip(), "severity": severity, "is_active": True},
        )
        record(EventKind.DOCUMENT_UPDATED, actor=actor, obj=rule, details={"wording_rule": phrase})
    return rule


def delete_wording_rule(rule: WordingRule, *, actor: Actor) -> None:
    _require_office_admin(actor)
    with transaction.atomic():
        record(
            EventKind.DOCUMENT_UPDATED, actor=actor, obj=rule, details={"wording_rule_deleted": rule.phrase}
        )
        rule.delete()
