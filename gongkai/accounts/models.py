"""Staff accounts and their roles. A role is held in one organisation (an office admin's reach is the
organisation's region, see visibility.py)."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models

from gongkai.organisations.models import Organisation


class User(AbstractUser):
    display_name = models.CharField("姓名", max_length=50, blank=True)
    phone = models.CharField("办公电话", max_length=30, blank=True)

    class Meta:
        verbose_name = "用户"
        verbose_name_plural = "用户"

    def __str__(self) -> str:
        return self.display_name or self.username


class Role(models.TextChoices):
    OFFICE_ADMIN = "office_admin", "公开办管理员"
    LIAISON = "liaison", "单位联络员"
    REVIEWER = "reviewer", "审核人"
    PRIVACY_REVIEWER = "privacy_reviewer", "保密审查员"
    INSPECTOR = "inspector", "督查"


class Membership(models.Model):
    """User U holds role R in organisation O. Granted and revoked only through accounts.services."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField("角色", max_length=20, choices=Role.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "角色授权"
        verbose_name_plural = "角色授权"
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation", "role"], name="accounts_membership_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.organisation} · {self.get_role_display()}"
