"""Settings read in conf.py."""

from __future__ import annotations

from typing import Any

import pytest

from gongkai.applications import conf


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("5/60", (5, 60)),
        (" 20/3600 ", (20, 3600)),
        ((3, 600), (3, 600)),
        ("junk", (10, 600)),
        ("0/60", (10, 600)),
    ],
)
def test_status_lookup_limit(settings: Any, value: object, expected: tuple[int, int]) -> None:
    settings.GONGKAI_STATUS_LOOKUP_LIMIT = value
    assert conf.status_lookup_limit() == expected


def test_status_lookup_limit_default(settings: Any) -> None:
    if hasattr(settings, "GONGKAI_STATUS_LOOKUP_LIMIT"):
        del settings.GONGKAI_STATUS_LOOKUP_LIMIT
    assert conf.status_lookup_limit() == (10, 600)
