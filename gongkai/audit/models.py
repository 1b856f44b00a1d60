"""The audit trail: an append-only table of events.

Events are written only through gongkai.audit.events.record(), inside the transaction of the change
they describe, so a change and its event commit or roll back together. Nothing updates or deletes
an event: the model and its queryset refuse, and the admin is read-only.
"""

from __future__ import annotations

from typing import Any, NoReturn

from django.conf import settings
from django.db import models


class EventKind(models.TextChoices):
    """The closed list of things the platform records. Add a kind here when a new service needs one."""

    # organisations and accounts
    ORGANISATION_CREATED = "organisation.created", "机构创建"
    ORGANISATION_UPDATED = "organisation.updated", "机构变更"
    ROLE_GRANTED = "role.granted", "授予角色"
    ROLE_REVOKED = "role.revoked", "撤销角色"
    DEMO_LOADED = "demo.loaded", "载入演示数据"
    # applications (依申请公开)
    APPLICATION_REGISTERED = "application.registered", "登记申请"
    APPLICATION_TRANSITION = "application.transition", "申请状态变更"
    APPLICATION_NOTICE = "application.notice", "生成告知书"
    NOTICE_TEMPLATE_CHANGED = "notice_template.changed", "修改告知书模板"
    APPLICATION_REMINDER = "application.reminder", "期限提醒"
    APPEAL_RECORDED = "appeal.recorded", "登记复议诉讼"
    APPEAL_UPDATED = "appeal.updated", "复议诉讼结果"
    # publishing (主动公开)
    DOCUMENT_CREATED = "document.created", "信息创建"
    DOCUMENT_UPDATED = "document.updated", "信息修改"
    DOCUMENT_REVIEW = "document.review", "审核"
    DOCUMENT_PUBLISHED = "document.published", "发布"
    DOCUMENT_VALIDITY = "document.validity", "有效性变更"
    PRIVACY_SCAN = "privacy.scan", "隐私检查"
    PRIVACY_MASKED = "privacy.masked", "生成遮盖件"
    # annual reports (年度报告)
    REPORT_DRAFTED = "report.drafted", "年报起草"
    REPORT_PUBLISHED = "report.published", "年报发布"
    REPORT_CORRECTED = "report.corrected", "年报更正"
    # data import
    IMPORT_COMPLETED = "import.completed", "批量导入"


class ImmutableError(Exception):
    """Raised on any attempt to change or remove an audit event."""


class EventQuerySet(models.QuerySet["Event"]):
    def update(self, **kwargs: Any) -> NoReturn:
        raise ImmutableError("audit events cannot be updated")

    def delete(self) -> NoReturn:
        raise ImmutableError("audit events cannot be deleted")

    def for_object(self, obj: models.Model) -> EventQuerySet:
        return self.filter(object_type=obj._meta.label_lower, object_id=str(obj.pk))


class Event(models.Model):
    created_at = models.DateTimeField("时间", auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="操作人",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name="机构",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    kind = models.CharField("事件", max_length=40, choices=EventKind.choices)
    # A generic reference that survives the object's deletion: "app_label.model" and its pk.
    object_type = models.CharField("对象类型", max_length=100, blank=True)
    object_id = models.CharField("对象", max_length=64, blank=True)
    details = models.JSONField("详情", default=dict, blank=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        verbose_name = "审计事件"
        verbose_name_plural = "审计事件"
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["object_type", "object_id", "created_at"], name="audit_event_object")]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.get_kind_display()}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise ImmutableError("audit events cannot be updated")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise ImmutableError("audit events cannot be deleted")
