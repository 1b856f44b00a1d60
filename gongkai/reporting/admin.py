from django.contrib import admin
from django.http import HttpRequest

from .models import AnnualReport, DocumentStat, RegionDeadline, ReportVersion, StatRecord


@admin.register(StatRecord)
class StatRecordAdmin(admin.ModelAdmin[StatRecord]):
    list_display = [
        "organisation",
        "item",
        "period_start",
        "period_end",
        "decisions",
        "amount_yuan",
        "source",
    ]
    list_filter = ["item", "source"]
    search_fields = ["organisation__name", "source_file"]


@admin.register(DocumentStat)
class DocumentStatAdmin(admin.ModelAdmin[DocumentStat]):
    list_display = ["organisation", "year", "kind", "issued", "repealed", "in_force"]


@admin.register(RegionDeadline)
class RegionDeadlineAdmin(admin.ModelAdmin[RegionDeadline]):
    list_display = ["region", "department_deadline", "government_deadline"]


@admin.register(AnnualReport)
class AnnualReportAdmin(admin.ModelAdmin[AnnualReport]):
    # Status changes only through gongkai.reporting.services: read-only here.
    list_display = ["organisation", "year", "status", "version_count", "updated_at"]
    list_filter = ["status", "year"]
    readonly_fields = [f.name for f in AnnualReport._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: AnnualReport | None = None) -> bool:
        return False


@admin.register(ReportVersion)
class ReportVersionAdmin(admin.ModelAdmin[ReportVersion]):
    list_display = ["report", "number", "published_at", "published_by", "sha256"]
    exclude = ["docx", "pdf", "xlsx"]
    readonly_fields = [
        "report",
        "number",
        "tables",
        "text",
        "findings",
        "html",
        "sha256",
        "file_hashes",
        "reason",
        "diff",
        "published_by",
        "published_at",
    ]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: ReportVersion | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: ReportVersion | None = None) -> bool:
        return False
