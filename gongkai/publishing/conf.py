"""Settings of the publishing app, each read as GONGKAI_<NAME> with its default (see README of the report)."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from gongkai.core import law as core_law
from gongkai.law import clock
from gongkai.law.deadlines import LawSettings


def law_settings() -> LawSettings:
    return core_law.law_settings()


def calendar() -> clock.WorkingCalendar:
    return core_law.calendar()


def index_number_scheme() -> str:
    """索引号 scheme (rules.md §5.1: no national format). Fields: credit_code, short_name, year, serial."""
    scheme = str(getattr(settings, "GONGKAI_INDEX_NUMBER_SCHEME", "{credit_code}/{year}-{serial:05d}"))
    try:
        sample = scheme.format(credit_code="X", short_name="X", year=2022, serial=1)
    except (KeyError, IndexError, ValueError) as exc:
        raise ImproperlyConfigured(
            f"GONGKAI_INDEX_NUMBER_SCHEME={scheme!r}: "
            f"只能使用 {{credit_code}} {{short_name}} {{year}} {{serial}} ({exc})"
        ) from None
    if sample == scheme.format(credit_code="X", short_name="X", year=2022, serial=2):
        raise ImproperlyConfigured(f"GONGKAI_INDEX_NUMBER_SCHEME={scheme!r} must contain {{serial}}")
    return scheme


def interpretation_sync_days() -> int:
    """An interpretation is 同步 when published within N working days of its policy."""
    return int(getattr(settings, "GONGKAI_INTERPRETATION_SYNC_DAYS", 3))


def topics_file() -> str | None:
    return getattr(settings, "GONGKAI_TOPICS_FILE", None) or None


def page_size() -> int:
    return int(getattr(settings, "GONGKAI_CATALOG_PAGE_SIZE", 20))
