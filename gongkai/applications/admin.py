"""Admin: read-only views of cases and their history. Every change goes through services.py (the staff
workspace), so the admin never edits a status, a date of the clock or an issued notice."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from .models import (
    ApiToken,
    Appeal,
    Application,
    Attachment,
    CaseEvent,
    Notice,
    NoticeTemplate,
    NumberCounter,
    Reminder,
)


class ReadOnlyMixin:
    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class CaseEventInline(ReadOnlyMixin, admin.TabularInline[CaseEvent, Application]):
    model = CaseEvent
    fields = readonly_fields = ("on", "kind", "details", "actor", "created_at")
    extra = 0


class NoticeInline(ReadOnlyMixin, admin.TabularInline[Notice, Application]):
    model = Notice
    fields = readonly_fields = ("kind", "issued_on", "file", "sha256", "template_version", "created_by")
    extra = 0


class AttachmentInline(ReadOnlyMixin, admin.TabularInline[Attachment, Application]):
    model = Attachment
    fields = readonly_fields = ("kind", "original_name", "file", "size", "uploaded_by", "uploaded_at")
    extra = 0


@admin.register(Application)
class ApplicationAdmin(ReadOnlyMixin, admin.ModelAdmin[Application]):
    list_display = [
        "number",
        "organisation",
        "applicant_name",
        "received_on",
        "status",
        "due_on",
        "disposition",
    ]
    list_filter = ["status", "disposition", "applicant_kind", "channel", "organisation"]
    search_fields = ["number", "applicant_name", "information_sought"]
    date_hierarchy = "received_on"
    inlines = [CaseEventInline, NoticeInline, AttachmentInline]

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return bool(request.user.is_superuser)


@admin.register(Appeal)
class AppealAdmin(ReadOnlyMixin, admin.ModelAdmin[Appeal]):
    list_display = ["organisation", "kind", "result", "filed_on", "decided_on", "case_number"]
    list_filter = ["kind", "result", "organisation"]


@admin.register(Reminder)
class ReminderAdmin(ReadOnlyMixin, admin.ModelAdmin[Reminder]):
    list_display = ["application", "kind", "due_on", "claimed_at", "sent_at"]
    list_filter = ["kind"]


@admin.register(NumberCounter)
class NumberCounterAdmin(ReadOnlyMixin, admin.ModelAdmin[NumberCounter]):
    list_display = ["organisation", "year", "last"]


@admin.register(ApiToken)
class ApiTokenAdmin(ReadOnlyMixin, admin.ModelAdmin[ApiToken]):
    """Read-only: tokens are created and revoked with `gongkai api_token` (the token is shown once)."""

    list_display = ["name", "user", "created_at", "last_used_at", "revoked", "revoked_at"]
    list_filter = ["revoked"]
    exclude = ["digest"]


@admin.register(NoticeTemplate)
class NoticeTemplateAdmin(ReadOnlyMixin, admin.ModelAdmin[NoticeTemplate]):
    """Read-only: templates are edited as versions in the workspace (告知书模板): validated, audited."""

    list_display = [
        "kind",
        "variant",
        "organisation",
        "region",
        "version",
        "active",
        "created_by",
        "created_at",
    ]
    list_filter = ["kind", "active"]
