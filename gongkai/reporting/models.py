"""Annual reports (年度报告) and the statistics behind table 二 that no other app records.

- `StatRecord`: 条例第二十条第（五）（六）（八）项 figures (licensing, penalty, enforcement decisions; fees),
  entered per month by staff or imported from a business system's Excel export.
- `DocumentStat`: 第二十条第（一）项 counts per organisation-year, used only when the publishing
  register (gongkai.publishing) is not installed.
- `AnnualReport`: the working draft of one organisation's report for one year.
- `ReportVersion`: an immutable, published snapshot (tables, text, rendered files, sha256).
"""

from __future__ import annotations

from typing import Any, NoReturn

from django.conf import settings
from django.db import models

from gongkai.organisations.models import Organisation


class StatItem(models.TextChoices):
    LICENSING = "licensing", "行政许可（处理决定数）"
    PENALTY = "penalty", "行政处罚（处理决定数）"
    ENFORCEMENT = "enforcement", "行政强制（处理决定数）"
    FEES = "fees", "行政事业性收费（金额，元）"


DECISION_ITEMS = (StatItem.LICENSING, StatItem.PENALTY, StatItem.ENFORCEMENT)


class StatRecord(models.Model):
    """One figure of table 二 items (五)(六)(八) for one organisation and one period.

    The period is a date range inside one calendar year (a month is its first to last day). Decisions
    are counted in `decisions`; fees are kept in 元 to the 分 (`amount_yuan`, two decimals) so that
    sums are exact, and converted to 万元 only when the table is built (÷10000 is exact in decimal).
    """

    class Source(models.TextChoices):
        MANUAL = "manual", "手工录入"
        IMPORT = "import", "Excel导入"

    organisation = models.ForeignKey(
        Organisation, verbose_name="机构", on_delete=models.PROTECT, related_name="stat_records"
    )
    item = models.CharField("统计事项", max_length=12, choices=StatItem.choices)
    period_start = models.DateField("统计期起")
    period_end = models.DateField("统计期止")
    decisions = models.PositiveBigIntegerField("处理决定数", null=True, blank=True)
    amount_yuan = models.DecimalField(
        "收费金额（元）", max_digits=18, decimal_places=2, null=True, blank=True
    )
    source = models.CharField("来源", max_length=8, choices=Source.choices, default=Source.MANUAL)
    source_file = models.CharField("导入文件名", max_length=200, blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="录入人", null=True, blank=True, on_delete=models.PROTECT
    )
    entered_at = models.DateTimeField("录入时间", auto_now_add=True)

    class Meta:
        verbose_name = "统计数据"
        verbose_name_plural = "统计数据"
        ordering = ["organisation", "item", "period_start"]
        indexes = [models.Index(fields=["organisation", "period_start"], name="reporting_stat_org_period")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(period_end__gte=models.F("period_start")),
                name="reporting_stat_period_order",
            ),
            # Exactly one value column, the one that fits the item.
            models.CheckConstraint(
                condition=(
                    models.Q(item="fees", amount_yuan__isnull=False, decisions__isnull=True)
                    | (
                        models.Q(item__in=["licensing", "penalty", "enforcement"])
                        & models.Q(decisions__isnull=False, amount_yuan__isnull=True)
                    )
                ),
                name="reporting_stat_value_fits_item",
            ),
            models.CheckConstraint(
                condition=models.Q(amount_yuan__isnull=True) | models.Q(amount_yuan__gte=0),
                name="reporting_stat_amount_non_negative",
            ),
            models.UniqueConstraint(
                fields=["organisation", "item", "period_start", "period_end"],
                name="reporting_stat_unique_period",
            ),
        ]

    def __str__(self) -> str:
        value = self.amount_yuan if self.item == StatItem.FEES else self.decisions
        return f"{self.organisation} {self.get_item_display()} {self.period_start}–{self.period_end}: {value}"


class DocumentStat(models.Model):
    """Fallback for 第二十条第（一）项 (and the narrative's document figures) when gongkai.publishing is
    not installed; ignored as soon as the register provides art20_counts()."""

    class Kind(models.TextChoices):
        RULES = "rules", "规章"
        NORMATIVE = "normative_documents", "行政规范性文件"

    organisation = models.ForeignKey(
        Organisation, verbose_name="机构", on_delete=models.PROTECT, related_name="document_stats"
    )
    year = models.PositiveSmallIntegerField("年度")
    kind = models.CharField("类别", max_length=20, choices=Kind.choices)
    issued = models.PositiveIntegerField("本年制发件数", default=0)
    repealed = models.PositiveIntegerField("本年废止件数", default=0)
    in_force = models.PositiveIntegerField("现行有效件数", default=0)

    class Meta:
        verbose_name = "文件统计（无发布登记时使用）"
        verbose_name_plural = verbose_name
        constraints = [
            models.UniqueConstraint(fields=["organisation", "year", "kind"], name="reporting_docstat_unique")
        ]

    def __str__(self) -> str:
        return f"{self.organisation} {self.year} {self.get_kind_display()}"


class AnnualReport(models.Model):
    """The working copy of one organisation's report for one year.

    Sections 一、五、六 hold prose with named placeholders such as ``{{applications_received}}`` that stay
    linked to the records until publication freezes them into a ReportVersion. Status changes only
    through gongkai.reporting.services.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", "草稿"
        PUBLISHED = "published", "已发布"

    organisation = models.ForeignKey(
        Organisation, verbose_name="机构", on_delete=models.PROTECT, related_name="annual_reports"
    )
    year = models.PositiveSmallIntegerField("年度")
    status = models.CharField("状态", max_length=10, choices=Status.choices, default=Status.DRAFT)
    # {"overview": "...", "problems": "...", "other": "..."} (model.SECTION_KEYS), placeholders unresolved.
    sections = models.JSONField("正文", default=dict)
    # Findings of the last validation run, kept for the roll-up status table.
    findings = models.JSONField("校验结果", default=list)
    # Number of published versions; the optimistic lock for corrections.
    version_count = models.PositiveIntegerField("版本数", default=0)
    first_published_at = models.DateTimeField("首次发布时间", null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="起草人",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "年度报告"
        verbose_name_plural = "年度报告"
        ordering = ["-year", "organisation"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "year"], name="reporting_report_unique_org_year")
        ]

    def __str__(self) -> str:
        return f"{self.organisation} {self.year}年政府信息公开工作年度报告"

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    def latest_version(self) -> ReportVersion | None:
        return self.versions.order_by("-number").first()


class ImmutableVersionError(Exception):
    """A published version never changes: a correction publishes a new one."""


class ReportVersionQuerySet(models.QuerySet["ReportVersion"]):
    def update(self, **kwargs: Any) -> NoReturn:
        raise ImmutableVersionError("published report versions cannot be updated")

    def delete(self) -> NoReturn:
        raise ImmutableVersionError("published report versions cannot be deleted")


class ReportVersion(models.Model):
    """A published, frozen report: tables (report-format.md JSON), text and the rendered files."""

    report = models.ForeignKey(AnnualReport, on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveIntegerField("版本号")
    tables = models.JSONField("表格数据")
    text = models.TextField("正文（已代入数字）")
    findings = models.JSONField("发布时校验结果", default=list)
    html = models.TextField("HTML")
    docx = models.BinaryField("DOCX")
    pdf = models.BinaryField("PDF")
    xlsx = models.BinaryField("XLSX")
    sha256 = models.CharField("SHA-256（JSON）", max_length=64)
    file_hashes = models.JSONField("文件SHA-256", default=dict)
    reason = models.TextField("更正理由", blank=True)
    diff = models.TextField("与上一版本的差异", blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="发布人", null=True, on_delete=models.PROTECT, related_name="+"
    )
    published_at = models.DateTimeField("发布时间")

    objects = ReportVersionQuerySet.as_manager()

    class Meta:
        verbose_name = "年报发布版本"
        verbose_name_plural = "年报发布版本"
        ordering = ["report", "number"]
        constraints = [
            models.UniqueConstraint(fields=["report", "number"], name="reporting_version_unique_number")
        ]

    def __str__(self) -> str:
        return f"{self.report} 第{self.number}版"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise ImmutableVersionError("published report versions cannot be changed")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise ImmutableVersionError("published report versions cannot be deleted")


def _validate_month_day(value: str) -> None:
    from datetime import date

    from django.core.exceptions import ValidationError

    try:
        date(2001, *map(int, value.split("-")))
    except (TypeError, ValueError):
        raise ValidationError("应为“月-日”，如 01-15") from None


class RegionDeadline(models.Model):
    """A region's own (earlier) internal deadlines for its organisations' reports.

    条例第四十九条 sets 1月31日 (departments) and 3月31日 (governments) of the next year; a region may
    ask for its reports earlier. Dates later than the statutory ones are ignored (the law wins).
    """

    region = models.OneToOneField(
        "organisations.Region",
        verbose_name="行政区划",
        on_delete=models.CASCADE,
        related_name="report_deadline",
    )
    department_deadline = models.CharField(
        "部门年报截止（月-日）", max_length=5, validators=[_validate_month_day], default="01-31"
    )
    government_deadline = models.CharField(
        "政府年报截止（月-日）", max_length=5, validators=[_validate_month_day], default="03-31"
    )

    class Meta:
        verbose_name = "年报截止日期"
        verbose_name_plural = verbose_name

    def __str__(self) -> str:
        return f"{self.region}: 部门 {self.department_deadline}，政府 {self.government_deadline}"
