"""Roll-up for a superior office: a region's tables summed over all its organisations, and the status
of every organisation's report (draft / published on time / late / missing) with its findings."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db.models import Min, QuerySet
from django.utils import timezone

from gongkai.organisations.models import Organisation, Region
from gongkai.report.model import Report
from gongkai.report.render.layout import grids
from gongkai.report.render.xlsx import write_grid

from .compute import compute
from .conf import deadline
from .models import AnnualReport


class OrgStatus:
    DRAFT = "draft"
    ON_TIME = "on_time"
    LATE = "late"
    MISSING = "missing"
    LABELS = {DRAFT: "草稿", ON_TIME: "按时发布", LATE: "逾期发布", MISSING: "未发布"}


@dataclass
class StatusRow:
    organisation: Organisation
    status: str
    deadline: date
    published_on: date | None
    errors: int = 0
    warnings: int = 0
    findings: list[dict[str, Any]] = field(default_factory=list)
    report_id: int | None = None

    @property
    def label(self) -> str:
        return OrgStatus.LABELS[self.status]

    @property
    def overdue(self) -> bool:
        # 条例第四十九条: late, or still unpublished after the deadline.
        return self.status == OrgStatus.LATE or (
            self.status in (OrgStatus.DRAFT, OrgStatus.MISSING) and timezone.localdate() > self.deadline
        )


@dataclass
class Rollup:
    region: Region
    year: int
    tables: Report
    rows: list[StatusRow]

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(OrgStatus.LABELS, 0)
        for row in self.rows:
            out[row.status] += 1
        return out


def region_organisations(region: Region) -> QuerySet[Organisation]:
    return Organisation.objects.filter(region_id__in=region.descendant_ids(), is_active=True)


def status_rows(orgs: QuerySet[Organisation], year: int) -> list[StatusRow]:
    """One row per organisation; two queries whatever the number of organisations."""
    reports = {
        r.organisation_id: r
        for r in AnnualReport.objects.filter(organisation__in=orgs.values("pk"), year=year).annotate(
            first_version_at=Min("versions__published_at")
        )
    }
    rows: list[StatusRow] = []
    region_cache: dict[tuple[int, bool], date] = {}
    for org in orgs.select_related("region"):
        key = (org.region_id, org.is_government)
        if key not in region_cache:
            region_cache[key] = deadline(org, year)
        due = region_cache[key]
        report = reports.get(org.pk)
        published_on: date | None = None
        findings: list[dict[str, Any]] = []
        if report is None:
            status = OrgStatus.MISSING
        else:
            findings = list(report.findings or [])
            first = getattr(report, "first_version_at", None)
            if report.is_published and first is not None:
                published_on = timezone.localdate(first)
                status = OrgStatus.ON_TIME if published_on <= due else OrgStatus.LATE
            else:
                status = OrgStatus.DRAFT
        rows.append(
            StatusRow(
                organisation=org,
                status=status,
                deadline=due,
                published_on=published_on,
                errors=sum(1 for f in findings if f.get("severity") == "error"),
                warnings=sum(1 for f in findings if f.get("severity") == "warning"),
                findings=findings,
                report_id=report.pk if report else None,
            )
        )
    return rows


def rollup(region: Region, year: int) -> Rollup:
    orgs = region_organisations(region)
    tables = compute(orgs, year, name=region.name, level=None).report
    return Rollup(region, year, tables, status_rows(orgs, year))


def rollup_to_dict(r: Rollup) -> dict[str, Any]:
    return {
        "region": {"code": r.region.code, "name": r.region.name},
        "year": r.year,
        "tables": r.tables.to_dict(),
        "status": [
            {
                "organisation": row.organisation.name,
                "credit_code": row.organisation.credit_code,
                "status": row.status,
                "deadline": row.deadline.isoformat(),
                "published_on": row.published_on.isoformat() if row.published_on else None,
                "errors": row.errors,
                "warnings": row.warnings,
            }
            for row in r.rows
        ],
        "counts": r.counts(),
    }


def rollup_xlsx(r: Rollup) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "报送情况"
    ws.append([f"{r.region.name} {r.year}年度政府信息公开工作年度报告报送情况"])
    ws["A1"].font = Font(bold=True)
    ws.append(["机构", "统一社会信用代码", "状态", "截止日期", "发布日期", "错误", "警告", "主要问题"])
    for row in r.rows:
        ws.append(
            [
                row.organisation.name,
                row.organisation.credit_code,
                row.label,
                row.deadline.isoformat(),
                row.published_on.isoformat() if row.published_on else "",
                row.errors,
                row.warnings,
                "；".join(
                    f"{f.get('rule')} {f.get('message')}"
                    for f in row.findings
                    if f.get("severity") == "error"
                )[:500],
            ]
        )
    names = {
        "proactive": "二、主动公开（汇总）",
        "requests": "三、申请情况（汇总）",
        "appeals": "四、复议诉讼（汇总）",
    }
    for key, grid in grids(r.tables).items():
        sheet = wb.create_sheet(names[key])
        sheet.cell(row=1, column=1, value=f"{r.region.name} {r.year}年 {grid.title}（各机构合计）")
        write_grid(sheet, grid, top=2)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
