"""API tokens as data: `gongkai api_token create|revoke|list`, digest-only storage, revocation."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from gongkai.applications import tokens
from gongkai.applications.models import ApiToken


def create(cast: Any, capsys: Any, name: str = "12345热线") -> str:
    call_command("api_token", "create", "--user", cast.edu_liaison.username, "--name", name)
    raw: str = capsys.readouterr().out.strip()
    return raw


def test_create_prints_a_token_and_stores_only_its_digest(cast: Any, capsys: Any) -> None:
    raw = create(cast, capsys)
    row = ApiToken.objects.get(user=cast.edu_liaison)
    assert row.digest == hashlib.sha256(raw.encode()).hexdigest()
    assert raw not in {row.name, row.digest}


def test_the_token_authenticates_as_its_user_and_marks_last_use(client: Any, cast: Any, capsys: Any) -> None:
    raw = create(cast, capsys)
    response = client.get("/api/applications", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert response.status_code == 200
    assert ApiToken.objects.get(user=cast.edu_liaison).last_used_at is not None


def test_a_revoked_token_is_refused_at_once(client: Any, cast: Any, capsys: Any) -> None:
    raw = create(cast, capsys)
    assert client.get("/api/applications", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 200
    call_command("api_token", "revoke", "--user", cast.edu_liaison.username, "--name", "12345热线")
    assert "已吊销 1" in capsys.readouterr().out
    assert client.get("/api/applications", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 401


def test_a_deactivated_user_s_token_stops_working(client: Any, cast: Any, capsys: Any) -> None:
    raw = create(cast, capsys)
    cast.edu_liaison.is_active = False
    cast.edu_liaison.save()
    assert client.get("/api/applications", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 401


def test_the_lookup_is_cached_within_the_ttl(cast: Any, capsys: Any, django_assert_num_queries: Any) -> None:
    raw = create(cast, capsys)
    assert tokens.user_for_token(raw) is not None
    with django_assert_num_queries(0):
        user = tokens.user_for_token(raw)
    assert user is not None and user.pk == cast.edu_liaison.pk


def test_an_unknown_user_is_a_clear_error(db: None) -> None:
    with pytest.raises(CommandError, match="没有用户名"):
        call_command("api_token", "create", "--user", "nobody", "--name", "x")


def test_a_duplicate_name_is_refused(cast: Any, capsys: Any) -> None:
    create(cast, capsys)
    with pytest.raises(CommandError, match="已有名为"):
        create(cast, capsys)


def test_list_never_shows_the_token(cast: Any, capsys: Any) -> None:
    raw = create(cast, capsys)
    call_command("api_token", "list")
    out = capsys.readouterr().out
    assert "12345热线" in out and raw not in out


def test_the_gongkai_cli_runs_it(cast: Any, capsys: Any) -> None:
    from gongkai.cli import main

    assert main(["api_token", "create", "--user", cast.edu_liaison.username, "--name", "cli"]) in (0, None)
    assert capsys.readouterr().out.strip().startswith(tokens.PREFIX)


def test_the_write_scope_is_cached_for_the_ttl_then_follows_memberships(cast: Any, monkeypatch: Any) -> None:
    from gongkai.accounts.services import revoke_role

    clock = [1000.0]
    monkeypatch.setattr(tokens, "_monotonic", lambda: clock[0])
    user = cast.edu_liaison
    assert tokens.may_write(user, cast.edu.pk) and not tokens.may_write(user, cast.fin.pk)
    revoke_role(user, cast.edu, "liaison")
    assert tokens.may_write(user, cast.edu.pk)  # within TOKEN_TTL: the cached scope (documented)
    clock[0] += tokens.TOKEN_TTL + 1
    assert not tokens.may_write(user, cast.edu.pk)
