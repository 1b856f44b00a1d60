"""API tokens for staff systems (a provincial platform, the 12345 hotline): ApiToken rows.

A token acts as its user; that user's memberships decide what it may see and change
(accounts.visibility). Only the SHA-256 digest is stored. Create and revoke with
`gongkai api_token create --user USERNAME --name NAME` / `gongkai api_token revoke …`.

Lookups are cached per process for TOKEN_TTL seconds (digest → user), so a busy API client costs no
token query per request; `last_used_at` is therefore written at most once per TTL per process, and a
revocation reaches other server processes within TOKEN_TTL (at once in the revoking process).
The organisations a token's user may write for (accounts.visibility) are cached the same way, so a
changed membership reaches the API within TOKEN_TTL too.
"""

from __future__ import annotations

import copy
import hashlib
import secrets
import threading
import time

from django.db import transaction
from django.utils import timezone

from gongkai.accounts.models import User

from .models import ApiToken

TOKEN_TTL = 30.0
PREFIX = "gk_"
_cache: dict[str, tuple[float, User]] = {}
_write_scopes: dict[int, tuple[float, frozenset[int] | None]] = {}
_lock = threading.Lock()
_monotonic = time.monotonic  # a seam for tests


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def clear_cache() -> None:
    with _lock:
        _cache.clear()
        _write_scopes.clear()


def may_write(user: User, organisation_id: int) -> bool:
    """accounts.visibility.can_write for a token's user, with its write scope cached for TOKEN_TTL."""
    from gongkai.accounts.visibility import writable_organisation_ids

    now = _monotonic()
    hit = _write_scopes.get(user.pk)
    if hit is None or hit[0] <= now:
        hit = (now + TOKEN_TTL, writable_organisation_ids(user))
        with _lock:
            _write_scopes[user.pk] = hit
    ids = hit[1]
    return ids is None or organisation_id in ids


class TokenError(Exception):
    """Bad input for create/revoke (Chinese message)."""


def create(user: User, name: str) -> tuple[ApiToken, str]:
    """A new token for `user`: (row, the token text — shown once, never stored)."""
    name = name.strip()
    if not name:
        raise TokenError("请给令牌起一个名称（--name）")
    if ApiToken.objects.filter(user=user, name=name).exists():
        raise TokenError(f"用户 {user.username} 已有名为“{name}”的令牌")
    raw = PREFIX + secrets.token_urlsafe(32)
    with transaction.atomic():
        row = ApiToken.objects.create(user=user, name=name, digest=hash_token(raw))
    return row, raw


def revoke(tokens: list[ApiToken]) -> int:
    """Revoke the given tokens; returns how many were still active."""
    count = ApiToken.objects.filter(pk__in=[t.pk for t in tokens], revoked=False).update(
        revoked=True, revoked_at=timezone.now()
    )
    clear_cache()
    return count


def user_for_token(token: str) -> User | None:
    """The active user a valid, unrevoked token acts as, or None."""
    if not token or len(token) > 200:
        return None
    digest = hash_token(token)
    now = _monotonic()
    hit = _cache.get(digest)
    if hit is not None and hit[0] > now:
        # A copy per request, so nothing one request caches on the instance reaches another.
        return copy.copy(hit[1])
    row = (
        ApiToken.objects.select_related("user")
        .filter(digest=digest, revoked=False, user__is_active=True)
        .first()
    )
    if row is None:
        with _lock:
            _cache.pop(digest, None)
        return None
    ApiToken.objects.filter(pk=row.pk).update(last_used_at=timezone.now())
    with _lock:
        _cache[digest] = (now + TOKEN_TTL, row.user)
    return copy.copy(row.user)
