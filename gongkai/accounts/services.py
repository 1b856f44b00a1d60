"""Granting and revoking roles — each with its audit event in the same transaction."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from gongkai.audit.events import record
from gongkai.audit.models import EventKind
from gongkai.organisations.models import Organisation

from .models import Membership, Role, User


def grant_role(user: User, organisation: Organisation, role: Role | str, *, actor: Any = None) -> Membership:
    role = Role(role)
    with transaction.atomic():
        membership, created = Membership.objects.get_or_create(
            user=user, organisation=organisation, role=role
        )
        if created:
            record(
                EventKind.ROLE_GRANTED,
                actor=actor,
                organisation=organisation,
                obj=membership,
                details={"user": user.username, "role": role.value},
            )
    return membership


def revoke_role(user: User, organisation: Organisation, role: Role | str, *, actor: Any = None) -> bool:
    role = Role(role)
    with transaction.atomic():
        deleted, _ = Membership.objects.filter(user=user, organisation=organisation, role=role).delete()
        if deleted:
            record(
                EventKind.ROLE_REVOKED,
                actor=actor,
                organisation=organisation,
                details={"user": user.username, "role": role.value},
            )
    return bool(deleted)
