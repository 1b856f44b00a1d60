"""Shared fixtures. `cast` is the named set of people every scope test uses (style.md §14)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings as hypothesis_settings

# CI runs the property tests with a fixed seed (a red build must not depend on luck); local runs explore
# new examples each time and keep the failures they find in .hypothesis/.
hypothesis_settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI") == "true":
    hypothesis_settings.load_profile("ci")

if TYPE_CHECKING:  # pure-module tests run without Django (-p no:django): import models lazily
    from gongkai.accounts.models import User


@dataclass
class Cast:
    """The demo world: 吴忠市 → 利通区 with its units, and the people who work in them."""

    orgs: dict
    admin: User  # system admin
    office_admin: User  # 公开办管理员, 利通区政府办 → every 利通区 unit
    edu_liaison: User  # 单位联络员, 教育局
    fin_liaison: User  # 单位联络员, 财政局
    reviewer1: User
    reviewer2: User
    reviewer3: User
    privacy_reviewer: User
    inspector: User  # 督查, 吴忠市 → read-only over the city, 利通区 included
    outsider: User  # logged in, no role anywhere

    @property
    def litong(self):
        return self.orgs["利通区政府"]

    @property
    def edu(self):
        return self.orgs["教育局"]

    @property
    def fin(self):
        return self.orgs["财政局"]


@pytest.fixture
def cast(db: None) -> Cast:
    from django.db import transaction

    from gongkai.accounts import demo as acc_demo
    from gongkai.accounts.models import User
    from gongkai.core.demo import DemoContext
    from gongkai.organisations import demo as org_demo

    ctx = DemoContext()
    with transaction.atomic():
        org_demo.load(ctx)
        acc_demo.load(ctx)
    outsider = User.objects.create_user("outsider", password="x")
    u = ctx.users
    return Cast(
        orgs=ctx.orgs,
        admin=u["admin"],
        office_admin=u["gkb"],
        edu_liaison=u["jyj"],
        fin_liaison=u["czj"],
        reviewer1=u["shenhe1"],
        reviewer2=u["shenhe2"],
        reviewer3=u["shenhe3"],
        privacy_reviewer=u["baomi"],
        inspector=u["ducha"],
        outsider=outsider,
    )


@pytest.fixture(autouse=True)
def _fast_password_hashing(request: pytest.FixtureRequest) -> None:
    # PBKDF2 costs ~0.3 s per password; the cast has nine. Only for tests that use Django at all.
    if (
        "django_db_setup" in request.fixturenames
        or "db" in request.fixturenames
        or "cast" in request.fixturenames
    ):
        from django.conf import settings

        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True, scope="session")
def _test_today() -> Iterator[None]:
    """GONGKAI_TEST_TODAY=2026-12-20 runs the whole suite as if on that day (the clock keeps ticking), to
    prove that no test depends on the real date — e.g. on next year's holiday schedule being known."""
    value = os.environ.get("GONGKAI_TEST_TODAY", "")
    if not value:
        yield
        return
    import datetime as dt

    import time_machine

    day = dt.date.fromisoformat(value)
    with time_machine.travel(dt.datetime(day.year, day.month, day.day, 10, tzinfo=dt.UTC), tick=True):
        yield
