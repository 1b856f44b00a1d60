"""Fixtures for the applications tests: frozen legal days and a quick registration helper."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine

SHANGHAI = ZoneInfo("Asia/Shanghai")


@contextmanager
def on_day(day: date, hour: int = 10) -> Iterator[None]:
    """Freeze time at `hour` o'clock (Asia/Shanghai) of `day`: the legal 'today' of the services."""
    with time_machine.travel(datetime(day.year, day.month, day.day, hour, tzinfo=SHANGHAI), tick=False):
        yield


@pytest.fixture
def day() -> Callable[[date], Any]:
    return on_day


@pytest.fixture
def register(cast: Any) -> Callable[..., Any]:
    """register(received=date, org=None, **overrides) → an in-person application received that day."""
    from gongkai.applications import services

    def _register(received: date, org: Any = None, **overrides: Any) -> Any:
        fields: dict[str, Any] = {
            "channel": "in_person",
            "submitted_on": received,
            "applicant_kind": "natural_person",
            "applicant_name": "张三",
            "information_sought": "2024年利通区城市道路维修项目的招标文件",
            "delivery_method": "postal",
            "address": "宁夏吴忠市利通区胜利路1号",
        }
        fields.update(overrides)
        with on_day(received):
            return services.register_application(org or cast.litong, actor=cast.office_admin, **fields)

    return _register


@pytest.fixture(autouse=True)
def _media_in_tmp(request: pytest.FixtureRequest, tmp_path: Any) -> None:
    # Notices and attachments must not land in var/media during tests.
    settings = request.getfixturevalue("settings")
    settings.MEDIA_ROOT = str(tmp_path / "media")


@pytest.fixture(autouse=True)
def _fresh_token_cache() -> Iterator[None]:
    # The per-process token cache must not carry a user from one test's (rolled back) database to the next.
    from gongkai.applications import tokens

    tokens.clear_cache()
    yield
    tokens.clear_cache()


@pytest.fixture
def bearer(db: None) -> Callable[[Any], dict[str, str]]:
    """bearer(user) → request headers with a fresh ApiToken acting as `user`."""
    from gongkai.applications import tokens

    def _bearer(user: Any) -> dict[str, str]:
        _, raw = tokens.create(user, f"test-{user.username}-{user.api_tokens.count()}")
        return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}

    return _bearer
