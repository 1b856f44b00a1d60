"""Every change to an annual report: draft → validate → publish (freeze) → correct.

Each transition validates, makes a conditional UPDATE (the row must still be in the expected state)
and records an audit event, inside one transaction. A published ReportVersion never changes: later
changes to the records or to the draft text only reach the public through a correction, which is a
new version with a stated reason and a visible diff.
"""

from __future__ import annotations

import difflib
import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db import transaction
from django.utils import timezone

from gongkai.audit.events import record
from gongkai.audit.models import EventKind
from gongkai.organisations.models import Organisation
from gongkai.report import rules
from gongkai.report.model import SECTION_HEADINGS, SECTION_KEYS, Finding, Report
from gongkai.report.render import render
from gongkai.report.render.html import render_body
from gongkai.report.render.jsonfmt import render_json

from .compute import Placeholder, compute
from .models import AnnualReport, ReportVersion
from .sections import default_sections, substitute


class ReportError(Exception):
    """A transition that is not allowed now (wrong state, concurrent change, missing reason)."""


class PublicationBlocked(ReportError):
    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        errors = [f for f in findings if f.severity == "error"]
        super().__init__(
            f"{len(errors)} 项错误须先更正：" + "；".join(f"{f.rule} {f.message}" for f in errors[:5])
        )


@dataclass
class Built:
    """A report as it would be published now: tables from the records, text with figures in."""

    report: Report
    placeholders: dict[str, Placeholder]
    findings: list[Finding] = field(default_factory=list)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]


def previous_report(organisation: Organisation, year: int) -> Report | None:
    """Last year's published report (its latest version), for R5/R6 and the section 五 reminder."""
    version = (
        ReportVersion.objects.filter(report__organisation=organisation, report__year=year - 1)
        .order_by("-number")
        .first()
    )
    return Report.from_dict(version.tables) if version is not None else None


def build(report: AnnualReport, *, on: date | None = None) -> Built:
    computed = compute(report.organisation, report.year)
    text, missing = substitute(report.sections, computed.placeholders)
    tables = computed.report
    tables.sections = text
    tables.published = on or timezone.localdate()
    findings = rules.check(tables, previous_report(report.organisation, report.year))
    for name in missing:
        where = next(
            (k for k in SECTION_KEYS if "{{" + name in report.sections.get(k, "").replace(" ", "")), ""
        )
        reason = (
            "相关模块未安装，或本年没有据以计算的记录（如无政策解读时的占比）"
            if name in computed.placeholders
            else "未知的占位符名称"
        )
        findings.append(
            Finding(
                "placeholders",
                "error",
                f"占位符 {{{{{name}}}}} 没有对应的数据（{reason}）",
                f"sections.{where}" if where else "sections",
                None,
                name,
            )
        )
    return Built(tables, computed.placeholders, findings)


def start_draft(organisation: Organisation, year: int, *, actor: Any = None) -> AnnualReport:
    """The organisation's report for the year, created (prefilled from the templates) if absent."""
    existing = AnnualReport.objects.filter(organisation=organisation, year=year).first()
    if existing is not None:
        return existing
    computed = compute(organisation, year)
    prev = previous_report(organisation, year)
    sections = default_sections(computed.placeholders, prev.sections.get("problems", "") if prev else "")
    with transaction.atomic():
        report, created = AnnualReport.objects.get_or_create(
            organisation=organisation,
            year=year,
            defaults={"sections": sections, "created_by": actor if getattr(actor, "pk", None) else None},
        )
        if created:
            record(
                EventKind.REPORT_DRAFTED,
                actor=actor,
                organisation=organisation,
                obj=report,
                details={"year": year, "action": "created"},
            )
    return report


def edit_sections(report: AnnualReport, sections: dict[str, str], *, actor: Any = None) -> AnnualReport:
    """Replace the working text. On a published report this prepares a correction (not yet public)."""
    clean = {key: str(sections.get(key, report.sections.get(key, ""))) for key in SECTION_KEYS}
    changed = sorted(k for k in SECTION_KEYS if clean[k] != report.sections.get(k, ""))
    if not changed:
        return report
    with transaction.atomic():
        AnnualReport.objects.filter(pk=report.pk).update(sections=clean, updated_at=timezone.now())
        record(
            EventKind.REPORT_DRAFTED,
            actor=actor,
            organisation=report.organisation,
            obj=report,
            details={"year": report.year, "action": "edited", "sections": changed},
        )
    report.refresh_from_db()
    return report


def validate(report: AnnualReport) -> Built:
    """Run R1–R9 on the draft as it would be published now; keep the findings for the roll-up."""
    built = build(report)
    AnnualReport.objects.filter(pk=report.pk).update(findings=[f.to_dict() for f in built.findings])
    return built


def plain_text(tables: Report) -> str:
    return (
        "\n\n".join(f"{SECTION_HEADINGS[k]}\n{tables.sections.get(k, '')}".rstrip() for k in SECTION_KEYS)
        + "\n"
    )


def _freeze(
    report: AnnualReport, built: Built, number: int, actor: Any, reason: str, diff: str
) -> ReportVersion:
    tables = built.report
    canonical = render_json(tables, indent=None)
    files = {fmt: render(tables, fmt) for fmt in ("docx", "pdf", "xlsx")}
    html = render_body(tables)
    hashes = {fmt: hashlib.sha256(data).hexdigest() for fmt, data in files.items()}
    hashes["html"] = hashlib.sha256(html.encode("utf-8")).hexdigest()
    version = ReportVersion(
        report=report,
        number=number,
        tables=json.loads(canonical),
        text=plain_text(tables),
        findings=[f.to_dict() for f in built.findings],
        html=html,
        docx=files["docx"],
        pdf=files["pdf"],
        xlsx=files["xlsx"],
        sha256=hashlib.sha256(canonical.encode("utf-8")).hexdigest(),
        file_hashes=hashes,
        reason=reason,
        diff=diff,
        published_by=actor if getattr(actor, "pk", None) else None,
        published_at=timezone.now(),
    )
    version.save()
    return version


def publish(report: AnnualReport, *, actor: Any = None) -> ReportVersion:
    """Draft → published: blocked by any error finding; freezes version 1."""
    if report.status != AnnualReport.Status.DRAFT:
        raise ReportError("该年报已发布；如需修改，请发布更正版本并说明理由")
    built = build(report)
    if built.errors:
        raise PublicationBlocked(built.findings)
    with transaction.atomic():
        now = timezone.now()
        updated = AnnualReport.objects.filter(pk=report.pk, status=AnnualReport.Status.DRAFT).update(
            status=AnnualReport.Status.PUBLISHED,
            version_count=1,
            first_published_at=now,
            findings=[f.to_dict() for f in built.findings],
        )
        if updated != 1:
            raise ReportError("该年报已被他人发布或修改，请刷新后重试")
        version = _freeze(report, built, 1, actor, "", "")
        record(
            EventKind.REPORT_PUBLISHED,
            actor=actor,
            organisation=report.organisation,
            obj=report,
            details={"year": report.year, "version": 1, "sha256": version.sha256},
        )
    report.refresh_from_db()
    return version


def version_diff(old: ReportVersion, tables: Report, text: str) -> str:
    def lines(tables_json: Any, body: str) -> list[str]:
        data = {k: v for k, v in tables_json.items() if k not in ("sections", "published")}
        return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n" + body).splitlines()

    new_json = json.loads(render_json(tables, indent=None))
    return "\n".join(
        difflib.unified_diff(
            lines(old.tables, old.text),
            lines(new_json, text),
            fromfile=f"第{old.number}版",
            tofile=f"第{old.number + 1}版",
            lineterm="",
        )
    )


def correct(report: AnnualReport, *, reason: str, actor: Any = None) -> ReportVersion:
    """Publish a corrected version (figures recomputed, current text) with a stated reason."""
    reason = reason.strip()
    if report.status != AnnualReport.Status.PUBLISHED:
        raise ReportError("尚未发布的年报不能更正，请直接发布")
    if not reason:
        raise ReportError("更正须说明理由")
    built = build(report)
    if built.errors:
        raise PublicationBlocked(built.findings)
    last = report.latest_version()
    assert last is not None
    diff = version_diff(last, built.report, plain_text(built.report))
    if not diff:
        raise ReportError("与已发布版本相比没有变化，无需更正")
    with transaction.atomic():
        n = report.version_count
        updated = AnnualReport.objects.filter(
            pk=report.pk, status=AnnualReport.Status.PUBLISHED, version_count=n
        ).update(version_count=n + 1, findings=[f.to_dict() for f in built.findings])
        if updated != 1:
            raise ReportError("该年报已被他人更正，请刷新后重试")
        version = _freeze(report, built, n + 1, actor, reason, diff)
        record(
            EventKind.REPORT_CORRECTED,
            actor=actor,
            organisation=report.organisation,
            obj=report,
            details={"year": report.year, "version": n + 1, "reason": reason, "sha256": version.sha256},
        )
    report.refresh_from_db()
    return version
