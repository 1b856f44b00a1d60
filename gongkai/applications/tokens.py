"""API tokens for staff systems (a provincial platform, the 12345 hotline).

Until part A adds an ApiToken model, tokens are configuration: GONGKAI_API_TOKENS maps the SHA-256 hex
digest of a token to the username it acts as (a dict in settings, or the env form
"<sha256>:<username>,<sha256>:<username>"). Only digests are stored, so settings leak no usable
secret. The acting user's memberships decide what the token may see and change (visibility.scope).
Make one with `python -c "import secrets; print(secrets.token_urlsafe(32))"` and hash_token().
"""

from __future__ import annotations

import hashlib

from django.conf import settings

from gongkai.accounts.models import User


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def configured() -> dict[str, str]:
    raw: object = getattr(settings, "GONGKAI_API_TOKENS", {})
    if isinstance(raw, dict):
        return {str(k).lower(): str(v) for k, v in raw.items()}
    out: dict[str, str] = {}
    if isinstance(raw, str):
        for item in raw.split(","):
            digest, _, username = item.strip().partition(":")
            if digest and username:
                out[digest.lower()] = username
    return out


def user_for_token(token: str) -> User | None:
    if not token or len(token) > 200:
        return None
    username = configured().get(hash_token(token))
    if username is None:
        return None
    return User.objects.filter(username=username, is_active=True).first()
