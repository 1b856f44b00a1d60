"""Read-mostly admin for system admins; the register itself changes only through services (workspace)."""

from django.contrib import admin

from .models import Document, GazetteIssue, KeyAreaItem, Page, WordingRule


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin[Document]):
    list_display = ["title", "organisation", "index_number", "kind", "status", "validity", "published_on"]
    list_filter = ["status", "kind", "validity"]
    search_fields = ["title", "index_number", "doc_number"]

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: object, obj: object = None) -> bool:
        return False


@admin.register(GazetteIssue)
class GazetteIssueAdmin(admin.ModelAdmin[GazetteIssue]):
    list_display = ["title", "organisation", "year", "number", "published_on"]


@admin.register(KeyAreaItem)
class KeyAreaItemAdmin(admin.ModelAdmin[KeyAreaItem]):
    list_display = ["title", "organisation", "area", "published_on"]
    list_filter = ["area"]


admin.site.register(WordingRule)
admin.site.register(Page)
