"""Pages of the annual report: the staff workspace (draft, validate, publish, correct, statistics,
roll-up) and the public 年报专栏 with the report checker."""

from __future__ import annotations

import importlib
from datetime import date
from decimal import Decimal
from typing import Any

from django.contrib import messages
from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from gongkai.accounts.visibility import (
    can_view,
    can_write,
    scope,
    visible_organisations,
    writable_organisations,
)
from gongkai.organisations.models import Organisation, Region
from gongkai.report.model import SECTION_HEADINGS, SECTION_KEYS, Report
from gongkai.report.render import CONTENT_TYPES
from gongkai.report.render.html import finding_flags, render_body
from gongkai.workspace.decorators import staff_required

from . import services
from .conf import deadline
from .models import AnnualReport, ReportVersion, StatItem, StatRecord
from .rollup import rollup, rollup_xlsx
from .sections import EDITABLE_SECTIONS
from .stats import ImportFailed, enter_month, import_workbook

MAX_UPLOAD = 20 * 1024 * 1024


def _year(request: HttpRequest, default: int | None = None) -> int:
    fallback = default or timezone.localdate().year - 1
    try:
        value = int(request.GET.get("year") or request.POST.get("year") or fallback)
    except ValueError:
        return fallback
    return value if 2008 <= value <= timezone.localdate().year else fallback


def _flags(findings: list[dict[str, Any]]) -> dict[str, str]:
    return finding_flags([(str(f.get("location", "")), str(f.get("severity", ""))) for f in findings])


# --- workspace ------------------------------------------------------------------------------------


@staff_required
def workspace(request: HttpRequest) -> HttpResponse:
    year = _year(request)
    reports = scope(AnnualReport.objects.select_related("organisation"), request.user).filter(year=year)
    started = set(reports.values_list("organisation_id", flat=True))
    return render(
        request,
        "reporting/workspace.html",
        {
            "year": year,
            "years": range(timezone.localdate().year, 2018, -1),
            "reports": reports.order_by("organisation__sort_order"),
            "can_start": writable_organisations(request.user).exclude(pk__in=started),
        },
    )


@staff_required
@require_POST
def start(request: HttpRequest) -> HttpResponse:
    year = _year(request)
    org = get_object_or_404(writable_organisations(request.user), pk=request.POST.get("organisation"))
    report = services.start_draft(org, year, actor=request.user)
    return redirect("reporting:edit", pk=report.pk)


def _report_for(request: HttpRequest, pk: int, *, write: bool) -> AnnualReport:
    report = get_object_or_404(AnnualReport.objects.select_related("organisation"), pk=pk)
    allowed = (
        can_write(request.user, report.organisation) if write else can_view(request.user, report.organisation)
    )
    if not allowed:
        raise Http404("no such report")
    return report


@staff_required
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    report = _report_for(request, pk, write=request.method == "POST")
    if request.method == "POST":
        services.edit_sections(
            report, {k: request.POST.get(k, "") for k in EDITABLE_SECTIONS}, actor=request.user
        )
        messages.success(request, "已保存。")
        return redirect("reporting:edit", pk=report.pk)
    built = services.validate(report)
    previous = services.previous_report(report.organisation, report.year)
    findings = [f.to_dict() for f in built.findings]
    return render(
        request,
        "reporting/edit.html",
        {
            "report": report,
            "built": built,
            "preview": render_body(built.report, flags=_flags(findings)),
            "fields": [(k, SECTION_HEADINGS[k], report.sections.get(k, "")) for k in SECTION_KEYS],
            "placeholders": built.placeholders.values(),
            "previous_problems": previous.sections.get("problems", "") if previous else "",
            "versions": report.versions.order_by("-number"),
            "deadline": deadline(report.organisation, report.year),
            "writable": can_write(request.user, report.organisation),
        },
    )


@staff_required
@require_POST
def publish(request: HttpRequest, pk: int) -> HttpResponse:
    report = _report_for(request, pk, write=True)
    try:
        if report.is_published:
            version = services.correct(report, reason=request.POST.get("reason", ""), actor=request.user)
        else:
            version = services.publish(report, actor=request.user)
    except services.ReportError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"第{version.number}版已发布。")
    return redirect("reporting:edit", pk=report.pk)


@staff_required
def stats(request: HttpRequest) -> HttpResponse:
    year = _year(request)
    errors: list[str] = []
    if request.method == "POST" and request.POST.get("action") == "month":
        org = get_object_or_404(writable_organisations(request.user), pk=request.POST.get("organisation"))
        try:
            item = request.POST.get("item", "")
            value = request.POST.get("value", "").strip()
            enter_month(
                org,
                item,
                int(request.POST.get("year", "")),
                int(request.POST.get("month", "")),
                decisions=None if item == StatItem.FEES else int(value),
                amount_yuan=Decimal(value) if item == StatItem.FEES else None,
                actor=request.user,
            )
        except (ValueError, ArithmeticError) as exc:
            errors = [f"录入失败：{exc}"]
        else:
            messages.success(request, "已保存。")
            return redirect(f"{request.path}?year={year}")
    elif request.method == "POST":
        org = get_object_or_404(writable_organisations(request.user), pk=request.POST.get("organisation"))
        upload = request.FILES.get("file")
        if upload is None or upload.size is None or upload.size > MAX_UPLOAD:
            errors = ["请选择不超过20MB的Excel文件（.xlsx）"]
        else:
            try:
                n = import_workbook(org, upload.read(), upload.name or "upload.xlsx", actor=request.user)
            except ImportFailed as exc:
                errors = exc.errors
            else:
                messages.success(request, f"已导入{n}条统计数据。")
                return redirect(f"{request.path}?year={year}")
    records = (
        scope(StatRecord.objects.select_related("organisation", "entered_by"), request.user)
        .filter(period_start__year=year)
        .order_by("organisation__sort_order", "item", "period_start")
    )
    return render(
        request,
        "reporting/stats.html",
        {
            "year": year,
            "records": records,
            "errors": errors,
            "organisations": writable_organisations(request.user),
        },
    )


@staff_required
def rollup_view(request: HttpRequest) -> HttpResponse:
    year = _year(request)
    orgs = visible_organisations(request.user)
    regions = Region.objects.filter(pk__in=orgs.values("region_id")).order_by("code")
    region = regions.filter(code=request.GET.get("region", "")).first() or regions.first()
    if region is None:
        return render(request, "reporting/rollup.html", {"year": year, "regions": regions})
    if not set(
        Organisation.objects.filter(region_id__in=region.descendant_ids()).values_list("pk", flat=True)
    ) <= set(orgs.values_list("pk", flat=True)):
        raise Http404("region not visible")
    result = rollup(region, year)
    if request.GET.get("format") == "xlsx":
        response = HttpResponse(rollup_xlsx(result), content_type=CONTENT_TYPES["xlsx"])
        response["Content-Disposition"] = f'attachment; filename="rollup-{region.code}-{year}.xlsx"'
        return response
    return render(
        request,
        "reporting/rollup.html",
        {
            "year": year,
            "regions": regions,
            "region": region,
            "result": result,
            "tables": render_body(result.tables),
        },
    )


# --- public ---------------------------------------------------------------------------------------


def public_list(request: HttpRequest) -> HttpResponse:
    """年报专栏: published reports by organisation and year; who missed the 条例第四十九条 deadline."""
    year = _year(request)
    published = (
        AnnualReport.objects.filter(status=AnnualReport.Status.PUBLISHED)
        .select_related("organisation")
        .order_by("-year", "organisation__sort_order")
    )
    today = timezone.localdate()
    published_ids = set(published.filter(year=year).values_list("organisation_id", flat=True))
    missed: list[tuple[Organisation, date]] = []
    late: list[tuple[AnnualReport, date]] = []
    # One deadline per (region, kind of organisation), not one query per organisation.
    cache: dict[tuple[int, bool], date] = {}

    def due_for(org: Organisation) -> date:
        key = (org.region_id, org.is_government)
        if key not in cache:
            cache[key] = deadline(org, year)
        return cache[key]

    for org in Organisation.objects.filter(is_active=True).select_related("region"):
        due = due_for(org)
        if org.pk not in published_ids and today > due:
            missed.append((org, due))
    for report in published.filter(year=year):
        due = due_for(report.organisation)
        if report.first_published_at and timezone.localdate(report.first_published_at) > due:
            late.append((report, due))
    return render(
        request,
        "reporting/public_list.html",
        {
            "year": year,
            "years": range(today.year, 2018, -1),
            "reports": published,
            "missed": missed,
            "late": late,
        },
    )


def public_detail(request: HttpRequest, pk: int) -> HttpResponse:
    report = get_object_or_404(
        AnnualReport.objects.select_related("organisation").prefetch_related(
            Prefetch(
                "versions", queryset=ReportVersion.objects.order_by("-number").defer("docx", "pdf", "xlsx")
            )
        ),
        pk=pk,
        status=AnnualReport.Status.PUBLISHED,
    )
    versions = list(report.versions.all())
    wanted = request.GET.get("v")
    version = next((v for v in versions if str(v.number) == wanted), versions[0] if versions else None)
    if version is None:
        raise Http404("no version")
    return render(
        request, "reporting/public_detail.html", {"report": report, "version": version, "versions": versions}
    )


def download(request: HttpRequest, pk: int, number: int, fmt: str) -> HttpResponse:
    version = get_object_or_404(
        ReportVersion, report_id=pk, number=number, report__status=AnnualReport.Status.PUBLISHED
    )
    if fmt == "json":
        import json

        data = (json.dumps(version.tables, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode(
            "utf-8"
        )
    elif fmt == "html":
        from gongkai.report.render.html import render_html

        data = render_html(Report.from_dict(version.tables)).encode("utf-8")
    elif fmt in ("docx", "pdf", "xlsx"):
        data = bytes(getattr(version, fmt))
    elif fmt == "svg":
        from gongkai.report.render.charts import render_svg

        # 图解 appendix, drawn from the frozen tables like the HTML view.
        data = render_svg(Report.from_dict(version.tables)).encode("utf-8")
    else:
        raise Http404("unknown format")
    response = HttpResponse(data, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="report-{pk}-v{number}.{fmt}"'
    return response


def _checker() -> Any:
    try:
        return importlib.import_module("gongkai.report.check")
    except ImportError:
        return None


def checker(request: HttpRequest) -> HttpResponse:
    """Upload published report files; show the extracted tables with the findings highlighted."""
    module = _checker()
    results: list[dict[str, Any]] = []
    if request.method == "POST":
        if module is None:
            return HttpResponseBadRequest("检查模块未安装")
        files = request.FILES.getlist("files")[:10]
        for upload in files:
            if upload.size is None or upload.size > MAX_UPLOAD:
                results.append(
                    {"file": upload.name, "errors": ["文件超过20MB"], "findings": [], "tables": ""}
                )
                continue
            result = module.check_bytes(upload.read(), upload.name or "upload", None)
            findings = [f.to_dict() for f in result.findings]
            results.append(
                {
                    "file": upload.name,
                    "organisation": result.organisation,
                    "year": result.year,
                    "errors": result.errors,
                    "findings": findings,
                    "tables": render_body(result.tables, flags=_flags(findings)) if result.tables else "",
                }
            )
    return render(request, "reporting/checker.html", {"results": results, "available": module is not None})
