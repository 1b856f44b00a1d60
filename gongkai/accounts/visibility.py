"""Who may see and touch which organisation's records — the one place these rules live.

Every queryset a view, export or API endpoint runs over organisation-owned records goes through
`scope()` (or `visible_organisations()`), so a liaison of one unit can never list another unit's
records, whatever page or endpoint is used.

- system admin (superuser): everything.
- 公开办管理员 (office admin) of organisation O: every organisation in O's region and the regions below it.
- 督查 (inspector) of O: the same reach as an office admin, read-only.
- 审核人 / 保密审查员 of a 政府办公室: every organisation of the office's region (三审三校 and the privacy
  review of every unit's documents are done centrally in the office); of any other organisation: O only.
- 单位联络员 of O: O only.
- anyone else (anonymous, a user without roles): nothing.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.db.models import Model, QuerySet
from django.db.models.expressions import RawSQL

from gongkai.organisations.models import Organisation

from .models import Membership, Role, User

REGION_WIDE_ROLES = frozenset({Role.OFFICE_ADMIN, Role.INSPECTOR})
# Roles that reach the whole region when held in the region's 政府办公室.
OFFICE_WIDE_ROLES = frozenset({Role.REVIEWER, Role.PRIVACY_REVIEWER})
WRITE_ROLES = frozenset({Role.OFFICE_ADMIN, Role.LIAISON, Role.REVIEWER, Role.PRIVACY_REVIEWER})

AnyUser = User | AnonymousUser


def _is_staff_user(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False) and getattr(user, "is_active", False))


def _uid(user: AnyUser) -> int:
    # Only called after _is_staff_user(): an authenticated user always has an integer pk.
    assert isinstance(user.pk, int)
    return user.pk


def _organisation_ids(user: AnyUser, roles: frozenset[str] | None) -> set[int] | None:
    """Ids of the organisations the user reaches through the given roles; None means "all"."""
    if not _is_staff_user(user):
        return set()
    if user.is_superuser:
        return None
    memberships = Membership.objects.filter(user_id=_uid(user))
    if roles is not None:
        memberships = memberships.filter(role__in=roles)
    ids: set[int] = set()
    wide_regions: set[int] = set()
    rows = memberships.values_list("organisation_id", "role", "organisation__region_id", "organisation__kind")
    for org_id, role, region_id, kind in rows:
        ids.add(org_id)
        if role in REGION_WIDE_ROLES or (role in OFFICE_WIDE_ROLES and kind == Organisation.Kind.OFFICE):
            wide_regions.add(region_id)
    if wide_regions:
        # One query: the organisations of the reached regions and every region below them (a recursive
        # CTE, the same SQL on SQLite and PostgreSQL), instead of reading the region tree per request.
        marks = ", ".join(["%s"] * len(wide_regions))
        below = RawSQL(
            "WITH RECURSIVE reached(id) AS ("
            f"SELECT id FROM organisations_region WHERE id IN ({marks}) "
            "UNION SELECT r.id FROM organisations_region r JOIN reached ON r.parent_id = reached.id"
            ") SELECT id FROM reached",
            sorted(wide_regions),
        )
        ids |= set(Organisation.objects.filter(region_id__in=below).values_list("pk", flat=True))
    return ids


def visible_organisations(user: AnyUser) -> QuerySet[Organisation]:
    ids = _organisation_ids(user, None)
    qs = Organisation.objects.all()
    return qs if ids is None else qs.filter(pk__in=ids)


def writable_organisations(user: AnyUser) -> QuerySet[Organisation]:
    ids = _organisation_ids(user, WRITE_ROLES)
    qs = Organisation.objects.all()
    return qs if ids is None else qs.filter(pk__in=ids)


def writable_organisation_ids(user: AnyUser) -> frozenset[int] | None:
    """Ids of the organisations the user may change records of; None means all (a superuser)."""
    ids = _organisation_ids(user, WRITE_ROLES)
    return None if ids is None else frozenset(ids)


def scope[M: Model](
    queryset: QuerySet[M], user: AnyUser, *, field: str = "organisation", write: bool = False
) -> QuerySet[M]:
    """Restrict a queryset of organisation-owned records to what the user may see (or change)."""
    ids = _organisation_ids(user, WRITE_ROLES if write else None)
    if ids is None:
        return queryset
    return queryset.filter(**{f"{field}__in": ids})


def can_view(user: AnyUser, organisation: Organisation) -> bool:
    ids = _organisation_ids(user, None)
    return ids is None or organisation.pk in ids


def can_write(user: AnyUser, organisation: Organisation) -> bool:
    ids = _organisation_ids(user, WRITE_ROLES)
    return ids is None or organisation.pk in ids


def has_role(user: AnyUser, role: str, organisation: Organisation | None = None) -> bool:
    """Does the user hold `role` (in `organisation`, or anywhere)? Superusers hold every role."""
    if not _is_staff_user(user):
        return False
    if user.is_superuser:
        return True
    qs = Membership.objects.filter(user_id=_uid(user), role=role)
    if organisation is not None:
        qs = qs.filter(organisation=organisation)
    return qs.exists()


def acts_as(user: AnyUser, role: str, organisation: Organisation) -> bool:
    """Does the user hold `role` for this organisation — in it, or in an organisation whose reach covers
    it (an office-wide reviewer, a region-wide office admin)? Superusers act in every role."""
    if not _is_staff_user(user):
        return False
    if user.is_superuser:
        return True
    ids = _organisation_ids(user, frozenset({role}))
    return ids is None or organisation.pk in ids


def is_staff_member(user: AnyUser) -> bool:
    """Anyone who may enter the staff workspace: a superuser or a holder of at least one role."""
    if not _is_staff_user(user):
        return False
    return bool(user.is_superuser or Membership.objects.filter(user_id=_uid(user)).exists())
