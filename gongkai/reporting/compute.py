"""The report's tables computed from the platform's records, by SQL aggregation.

One organisation or a whole region (the sum over its organisations) and one calendar year. Every
figure is one aggregate() / annotate() over the records; nothing iterates over the records in Python.
Other apps are read only through these aggregating queries, and any of them may be missing (they are
developed separately): a missing app contributes zeros, never an exception.

Definitions (条例第五十条, 国办公开办函〔2021〕30号), for the year Y = [1月1日, 12月31日]:
- 一 `new`: applications received in Y, by applicant column.
- 二 `carried_over`: received before 1月1日 of Y and not concluded before 1月1日.
- 三 disposition rows: applications concluded in Y, by disposition (a concluded application without a
  known disposition counts as 三(六)3 其他, so the balance R1 always holds); 三(七) is their sum.
- 四 `carried_forward`: received on or before 12月31日 and not concluded by 12月31日. An application
  received in Y and still open on 31 December is in 四 of Y and in 二 of Y+1 — derived from the
  dates, never entered.
- table 四: appeals (复议/诉讼) filed in Y, by kind; decided by 12月31日 → by result (anything other than
  维持/纠正 is 其他结果); not decided by 12月31日 → 尚未审结.
- table 二 (一): the publishing register's art20_counts() (fallback: DocumentStat); (五)(六)(八): the
  StatRecords whose period starts in Y.
- the text's register figures (placeholders): gongkai.publishing.queries — narrative_counts, timeliness
  (条例第二十六条, published in Y within 20 working days) and interpretation_stats (图解, 同步 shares).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.db.models import Count, F, Model, Q, QuerySet, Sum

from gongkai.organisations.models import Organisation
from gongkai.report.model import (
    APPEAL_GROUP_KEYS,
    APPLICANT_COLUMNS,
    ART20_DOC_KEYS,
    DISPOSITION_ROWS,
    DocCounts,
    Report,
)

from .models import DocumentStat, StatItem, StatRecord

OrgScope = Organisation | QuerySet[Organisation]


def year_bounds(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def _org_q(orgs: OrgScope, field_name: str = "organisation") -> Q:
    if isinstance(orgs, Organisation):
        return Q(**{f"{field_name}_id": orgs.pk})
    # A subquery, not a list of ids: a region may hold thousands of organisations.
    return Q(**{f"{field_name}__in": orgs.values("pk")})


def _org_ids(orgs: OrgScope) -> list[int]:
    if isinstance(orgs, Organisation):
        return [orgs.pk]
    return list(orgs.values_list("pk", flat=True))


def application_models() -> tuple[type[Model] | None, type[Model] | None]:
    """(Application, Appeal) when gongkai.applications provides them, else None for what is missing."""
    try:
        from gongkai.applications import models as app_models
    except ImportError:
        return None, None
    return getattr(app_models, "Application", None), getattr(app_models, "Appeal", None)


def _field_names(model: type[Model]) -> set[str]:
    return {f.name for f in model._meta.get_fields()}


# --- table 三 -------------------------------------------------------------------------------------


def requests_table(orgs: OrgScope, year: int) -> dict[str, dict[str, int | None]]:
    start, end = year_bounds(year)
    table: dict[str, dict[str, int | None]] = {}
    Application, _ = application_models()
    from gongkai.report.model import REQUEST_COLUMNS, REQUEST_ROW_KEYS

    for row in REQUEST_ROW_KEYS:
        table[row] = dict.fromkeys(REQUEST_COLUMNS, 0)
    if Application is None:
        return table
    qs = Application._default_manager.filter(_org_q(orgs))
    open_at_start = Q(closed_on__isnull=True) | Q(closed_on__gte=start)
    open_after_end = Q(closed_on__isnull=True) | Q(closed_on__gt=end)
    # Every application in 一、二 or 四 was received by 31 December and still open on 1 January (or
    # received later): filter to those first, then three conditional counts per applicant column.
    by_kind = (
        qs.filter(Q(received_on__lte=end) & (open_at_start | Q(received_on__gte=start)))
        .values("applicant_kind")
        .annotate(
            new=Count("pk", filter=Q(received_on__gte=start)),
            carried_over=Count("pk", filter=Q(received_on__lt=start)),
            carried_forward=Count("pk", filter=open_after_end),
        )
        .order_by()
    )
    for g in by_kind:
        col = g["applicant_kind"]
        if col in APPLICANT_COLUMNS:
            for row in ("new", "carried_over", "carried_forward"):
                table[row][col] = int(g[row] or 0)
    # Concluded in Y, grouped by (disposition, applicant): at most 21 × 6 result rows.
    grouped = (
        qs.filter(closed_on__gte=start, closed_on__lte=end)
        .values("disposition", "applicant_kind")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for g in grouped:
        col = g["applicant_kind"]
        if col not in APPLICANT_COLUMNS:
            continue
        row = g["disposition"] if g["disposition"] in DISPOSITION_ROWS else "other_other"
        table[row][col] = (table[row][col] or 0) + int(g["n"])
    for col in APPLICANT_COLUMNS:
        table["total_handled"][col] = sum(table[r][col] or 0 for r in DISPOSITION_ROWS)
    for cells in table.values():
        cells["total"] = sum(cells[c] or 0 for c in APPLICANT_COLUMNS)
    return table


# --- table 四 -------------------------------------------------------------------------------------


def appeals_table(orgs: OrgScope, year: int) -> dict[str, dict[str, int | None]]:
    start, end = year_bounds(year)
    from gongkai.report.model import APPEAL_COLUMN_KEYS

    table: dict[str, dict[str, int | None]] = {
        g: dict.fromkeys(APPEAL_COLUMN_KEYS, 0) for g in APPEAL_GROUP_KEYS
    }
    _, Appeal = application_models()
    if Appeal is None:
        return table
    qs = Appeal._default_manager.filter(_org_q(orgs), filed_on__gte=start, filed_on__lte=end)
    decided = Q(decided_on__isnull=False, decided_on__lte=end)
    pending = Q(decided_on__isnull=True) | Q(decided_on__gt=end)
    aggregates: dict[str, Any] = {}
    for group in APPEAL_GROUP_KEYS:
        kind = Q(kind=group)
        aggregates[f"{group}__upheld"] = Count("pk", filter=kind & decided & Q(result="upheld"))
        aggregates[f"{group}__corrected"] = Count("pk", filter=kind & decided & Q(result="corrected"))
        aggregates[f"{group}__other"] = Count(
            "pk", filter=kind & decided & ~Q(result__in=["upheld", "corrected"])
        )
        aggregates[f"{group}__pending"] = Count("pk", filter=kind & pending)
    for key, value in qs.aggregate(**aggregates).items():
        group, col = key.split("__")
        table[group][col] = int(value or 0)
    for cells in table.values():
        cells["total"] = sum(cells[c] or 0 for c in ("upheld", "corrected", "other", "pending"))
    return table


# --- table 二 -------------------------------------------------------------------------------------


def register_art20_counts() -> Any:
    """The publishing register's art20_counts(organisation_ids, year), or None when not installed."""
    try:
        from gongkai.publishing import models as pub_models
    except ImportError:
        return None
    return getattr(pub_models, "art20_counts", None)


def document_counts(orgs: OrgScope, year: int) -> dict[str, DocCounts]:
    counter = register_art20_counts()
    if counter is not None:
        raw = counter(_org_ids(orgs), year)
        return {
            key: DocCounts(
                int((raw.get(key) or {}).get("issued") or 0),
                int((raw.get(key) or {}).get("repealed") or 0),
                int((raw.get(key) or {}).get("in_force") or 0),
            )
            for key in ART20_DOC_KEYS
        }
    aggregates: dict[str, Any] = {}
    for key in ART20_DOC_KEYS:
        for f in ("issued", "repealed", "in_force"):
            aggregates[f"{key}__{f}"] = Sum(f, filter=Q(kind=key))
    res = DocumentStat.objects.filter(_org_q(orgs), year=year).aggregate(**aggregates)
    return {
        key: DocCounts(
            int(res[f"{key}__issued"] or 0),
            int(res[f"{key}__repealed"] or 0),
            int(res[f"{key}__in_force"] or 0),
        )
        for key in ART20_DOC_KEYS
    }


def yuan_to_10k(amount_yuan: Decimal) -> Decimal:
    """元 → 万元, exactly (a shift of four decimal places); two decimals unless more are needed."""
    value = amount_yuan.scaleb(-4)
    two = value.quantize(Decimal("0.01"))
    return two if two == value else value.normalize()


def stat_figures(orgs: OrgScope, year: int) -> dict[str, Any]:
    start, end = year_bounds(year)
    aggregates: dict[str, Any] = {
        item.value: Sum("decisions", filter=Q(item=item.value)) for item in StatItem if item != StatItem.FEES
    }
    aggregates["fees"] = Sum("amount_yuan", filter=Q(item=StatItem.FEES))
    res = StatRecord.objects.filter(_org_q(orgs), period_start__gte=start, period_start__lte=end).aggregate(
        **aggregates
    )
    out: dict[str, Any] = {k: int(res[k] or 0) for k in ("licensing", "penalty", "enforcement")}
    out["fees"] = yuan_to_10k(Decimal(res["fees"] or 0).quantize(Decimal("0.01")))
    return out


# --- narrative placeholders -----------------------------------------------------------------------


@dataclass(frozen=True)
class Placeholder:
    name: str
    label: str
    value: int | str | None


PLACEHOLDER_LABELS: dict[str, str] = {
    "year": "报告年度",
    "organisation": "机构名称",
    "applications_received": "本年新收申请数",
    "applications_carried_over": "上年结转申请数",
    "applications_handled": "本年办结申请数",
    "applications_carried_forward": "结转下年申请数",
    "replies_on_time": "按期答复申请数",
    "normative_documents_issued": "本年制发行政规范性文件数",
    "documents_published": "主动公开政府信息数",
    "interpretations": "政策解读数",
    "gazette_issues": "政府公报期数",
    "proactive_published": "本年公开的主动公开信息数（时效统计）",
    "published_on_time": "其中20个工作日内按时公开数",
    "published_late": "其中逾期公开数",
    "on_time_rate": "按时公开率",
    "graphic_interpretations": "图解（图文）解读数",
    "graphic_interpretation_share": "图解（图文）解读占比",
    "synchronous_interpretations": "同步解读数",
    "synchronous_interpretation_share": "同步解读占比",
    "reconsiderations": "行政复议案件数",
    "litigations": "行政诉讼案件数",
    "fees_charged": "信息处理费（元）",
}


def _closed_figures(orgs: OrgScope, year: int) -> tuple[int | None, str | None]:
    """Replies on time and 信息处理费 charged, over the applications concluded in the year (one query).

    None for a figure whose field gongkai.applications does not have."""
    Application, _ = application_models()
    if Application is None:
        return None, None
    names = _field_names(Application)
    due = next((n for n in ("due_on", "due_date", "deadline") if n in names), None)
    fee = next((n for n in ("fee_amount", "fee_yuan", "fee") if n in names), None)
    # The reply date when recorded, else the conclusion date, against the (possibly extended) due date.
    done = "replied_on" if "replied_on" in names else "closed_on"
    aggregates: dict[str, Any] = {}
    if due is not None:
        aggregates["on_time"] = Count("pk", filter=Q(**{f"{done}__isnull": False, f"{done}__lte": F(due)}))
    if fee is not None:
        aggregates["fees"] = Sum(fee)
    if not aggregates:
        return None, None
    start, end = year_bounds(year)
    res = Application._default_manager.filter(
        _org_q(orgs), closed_on__gte=start, closed_on__lte=end
    ).aggregate(**aggregates)
    on_time = int(res["on_time"] or 0) if due is not None else None
    fees = str(Decimal(res["fees"] or 0).quantize(Decimal("0.01"))) if fee is not None else None
    return on_time, fees


PUBLISHING_PLACEHOLDERS: tuple[str, ...] = (
    "documents_published",
    "interpretations",
    "gazette_issues",
    "proactive_published",
    "published_on_time",
    "published_late",
    "on_time_rate",
    "graphic_interpretations",
    "graphic_interpretation_share",
    "synchronous_interpretations",
    "synchronous_interpretation_share",
)


def percent(part: int, whole: int) -> str | None:
    """part/whole as a percentage to one decimal, as reports write it ("80%", "66.7%"); None for 0/0."""
    if whole <= 0:
        return None
    value = (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"{value:f}".removesuffix(".0") + "%"


def _publishing_figures(orgs: OrgScope, year: int) -> dict[str, int | str | None]:
    """The register's figures for the text, each by one aggregate query in gongkai.publishing.queries."""
    from gongkai.publishing import queries

    ids = _org_ids(orgs)
    out: dict[str, int | str | None] = {}
    raw = queries.narrative_counts(ids, year)
    for k in ("documents_published", "interpretations", "gazette_issues"):
        out[k] = None if raw.get(k) is None else int(raw[k])
    # 条例第二十六条: published within 20 working days of formation or change. "today" = 31 December:
    # only its overdue-unpublished figure depends on it, which the report does not quote, and a past
    # year's figures must not move with the date the draft is opened.
    t = queries.timeliness_counts(ids, year, date(year, 12, 31))
    published, late = int(t["published"]), int(t["late"])
    timed = published - int(t["no_due_date"])  # items without a due date are neither
    out.update(
        proactive_published=published,
        published_on_time=timed - late,
        published_late=late,
        on_time_rate=percent(timed - late, timed),
    )
    s = queries.interpretation_stats(ids, year)
    total, graphic, synchronous = int(s["total"]), int(s["graphic"]), int(s["synchronous"])
    out.update(
        graphic_interpretations=graphic,
        graphic_interpretation_share=percent(graphic, total),
        synchronous_interpretations=synchronous,
        synchronous_interpretation_share=percent(synchronous, total),
    )
    return out


def placeholders(report: Report, orgs: OrgScope, year: int) -> dict[str, Placeholder]:
    req, app = report.requests, report.appeals
    on_time, fees = _closed_figures(orgs, year)
    values: dict[str, int | str | None] = {
        "year": year,
        "organisation": report.organisation,
        "applications_received": req["new"]["total"],
        "applications_carried_over": req["carried_over"]["total"],
        "applications_handled": req["total_handled"]["total"],
        "applications_carried_forward": req["carried_forward"]["total"],
        "replies_on_time": on_time,
        "normative_documents_issued": report.art20.normative_documents.issued,
        "reconsiderations": app["reconsideration"]["total"],
        "litigations": (app["litigation_direct"]["total"] or 0)
        + (app["litigation_after_reconsideration"]["total"] or 0),
        "fees_charged": fees,
    }
    values.update(dict.fromkeys(PUBLISHING_PLACEHOLDERS))
    values.update(_publishing_figures(orgs, year))
    return {name: Placeholder(name, PLACEHOLDER_LABELS[name], values[name]) for name in PLACEHOLDER_LABELS}


# --- the whole report -----------------------------------------------------------------------------


@dataclass
class Computed:
    report: Report
    placeholders: dict[str, Placeholder] = field(default_factory=dict)


def compute(orgs: OrgScope, year: int, *, name: str = "", level: str | None = None) -> Computed:
    """Tables 二、三、四 for an organisation (or the sum over a queryset of organisations) and a year."""
    if isinstance(orgs, Organisation):
        name = name or orgs.name
        level = level or ("government" if orgs.is_government else "department")
    report = Report(organisation=name, year=year, level=level)
    docs = document_counts(orgs, year)
    report.art20.rules = docs["rules"]
    report.art20.normative_documents = docs["normative_documents"]
    stats = stat_figures(orgs, year)
    report.art20.licensing.decisions = stats["licensing"]
    report.art20.penalty.decisions = stats["penalty"]
    report.art20.enforcement.decisions = stats["enforcement"]
    report.art20.fees.amount_10k_yuan = stats["fees"]
    report.requests = requests_table(orgs, year)
    report.appeals = appeals_table(orgs, year)
    return Computed(report, placeholders(report, orgs, year))
