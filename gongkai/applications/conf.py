"""Settings of the applications app (read here, never from django.conf directly elsewhere in the app).

Legal settings (LawSettings, the calendar) come from gongkai.core.law; the ones below are this app's own.
Each can be set in settings.py as GONGKAI_<NAME> (env variable of the same name once the lead wires it).
"""

from __future__ import annotations

from django.conf import settings

from gongkai.core import law as core_law
from gongkai.law import clock
from gongkai.law.deadlines import LawSettings
from gongkai.law.dispositions import DEFAULT_MAPPING, DispositionMapping


def law_settings() -> LawSettings:
    return core_law.law_settings()


def calendar() -> clock.WorkingCalendar:
    return core_law.calendar()


def disposition_mapping() -> DispositionMapping:
    return DEFAULT_MAPPING


def correction_period_days() -> int:
    """The 补正期限 given to the applicant when the office does not set one (working days after the notice
    is sent). 条例第三十条 only asks for a 合理的补正期限; 15 working days is common practice."""
    return int(getattr(settings, "GONGKAI_CORRECTION_PERIOD_DAYS", 15))


def reminder_days_before() -> int:
    """Working days before a due date on which the first reminder goes out."""
    return int(getattr(settings, "GONGKAI_REMINDER_DAYS_BEFORE", 3))


def status_lookup_limit() -> tuple[int, int]:
    """(tries, seconds) for the public status lookup: GONGKAI_STATUS_LOOKUP_LIMIT = "TRIES/SECONDS"
    (default "10/600"). A malformed value falls back to the default rather than disabling the limit."""
    raw: object = getattr(settings, "GONGKAI_STATUS_LOOKUP_LIMIT", "10/600")
    if isinstance(raw, tuple | list) and len(raw) == 2:  # a (tries, seconds) pair in settings.py
        raw = f"{raw[0]}/{raw[1]}"
    tries, _, seconds = str(raw).strip().partition("/")
    try:
        parsed = int(tries), int(seconds)
    except ValueError:
        return 10, 600
    if parsed[0] < 1 or parsed[1] < 1:
        return 10, 600
    return parsed
