"""The statutory clock: the one place where working days (工作日) are counted.

Working day
    Monday–Friday, minus the statutory holidays, plus the weekend days that the State Council's yearly
    节假日安排 notice turns into working days (调休上班). Whether those 调休 days count is a parameter of
    the calendar (`count_adjusted_workdays`, default True — rules.md §1.14 and §7: no source says so
    explicitly, but practice counts them).

Where the holidays come from (later layers replace earlier ones, one whole year at a time)
    1. the `chinesecalendar` package (2004–2026 in version 1.11);
    2. `gongkai/law/data/holidays.json`, shipped with the project;
    3. a local file whose path is passed in (`load_calendar(path)`; the Django setting and the CLI take it
       from GONGKAI_HOLIDAY_FILE), where an administrator adds a new year without a release.
    A year present in a later layer replaces that year wholly: every date of that calendar year known to
    an earlier layer is forgotten, then the layer's dates are added. A date outside every layer's years is
    an error (`CalendarYearMissing`), never a guess — unless the calendar is *provisional* (below).

Provisional years (a setting: GONGKAI_PROVISIONAL_CALENDAR, default on)
    The State Council publishes next year's 节假日安排 in late October to December, while reply periods of
    applications received from early December already run into the next year. A government cannot stop
    receiving applications until the notice is out, so a provisional calendar counts a year *after the
    last known one* as Monday–Friday minus the fixed-date statutory holidays (`FIXED_DATE_HOLIDAYS`:
    元旦, 劳动节, 国庆节; the lunar and solar-term ones and the 调休 days are only known from the notice),
    and says so: `is_provisional(day)` / `provisional_years(a, b)`
    tell the caller which results must be shown as 暂定 and recomputed once the notice is added (the
    applications' due dates are derived from their events, so `gongkai remind` refreshes them). Years
    before the first known one stay an error.

Override file format (JSON, UTF-8)::

    {
      "format": 1,
      "years": {
        "2027": {
          "source": "国办发明电〔2026〕N号 国务院办公厅关于2027年部分节假日安排的通知",
          "holidays": ["2027-01-01", "2027-02-05..2027-02-13"],
          "adjusted_workdays": ["2027-02-14"]
        }
      }
    }

    `holidays` are the days off (weekend days inside a holiday span may be listed or not: they are rest
    days either way); `adjusted_workdays` are the 调休 weekend days worked. An entry is a date or an
    inclusive range "A..B". List every date of the calendar year, including a 元旦 span announced in the
    next year's notice; a date of an adjacent year may be listed too and is simply added.

Counting rule (民法典第二百零一条; 行诉法解释第四十八条)
    The trigger day (receipt, confirmation, receipt of the 补正, receipt of the fee notice …) is not
    counted; day 1 is the first working day after it. `add(d, n)` is the n-th working day after d, and
    `add(d, 0) == d`. `between(a, b)` counts the working days x with a < x <= b (0 when b <= a), so
    `between(a, add(a, n)) == n`. The due date is the last day of the period, which is always a working
    day when n >= 1 (so 民法典第二百零三条's "last day is a holiday" rule never has to move it).

Pauses (条例第三十三条第三款: consultation time is not counted; the fee wait, rules.md §2.3)
    A pause (start, end) means that the days start..end, both inclusive, are not counted: start is the day
    the 征求意见书 (or the fee notice) is sent, end the day the opinion (or the payment) arrives. Counting
    resumes on the day after end. Why both ends: the statute takes the consultation's time out of the
    period as a whole, and the day on which it begins is spent on it; the day the opinion arrives is a new
    trigger day, and like every trigger day it is not counted (第二百零一条). So a consultation sent and
    answered on the same working day removes exactly that day, and one sent on Tuesday and answered on
    Thursday removes Tuesday, Wednesday and Thursday. Rest days inside a pause are not counted anyway, so
    a pause over a holiday removes only its working days. Overlapping pauses merge; a pause wholly
    before the period or after the due date has no effect; end before start is an error.

Restart (条例第三十条: "答复期限自行政机关收到补正的申请之日起计算")
    The period counts afresh from the restart date: day 1 is the first working day after it. Nothing before
    the restart counts; pause days after the restart are still skipped.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path

import chinese_calendar

REPLY_DAYS = 20  # 条例第三十三条第二款
HOLIDAY_FILE_ENV = "GONGKAI_HOLIDAY_FILE"
SHIPPED_FILE_NAME = "holidays.json"
FILE_FORMAT = 1
_ONE_DAY = timedelta(days=1)

Pause = tuple[date, date]

# 全国年节及纪念日放假办法第二条 (国务院令第798号, 2024年修订): the holidays with a fixed Gregorian date —
# 元旦 1月1日, 劳动节 5月1日、2日, 国庆节 10月1日至3日. Used only for provisional years (module docstring).
FIXED_DATE_HOLIDAYS = frozenset({(1, 1), (5, 1), (5, 2), (10, 1), (10, 2), (10, 3)})


class ClockError(ValueError):
    """Bad input to the clock (a negative period, a pause ending before it starts …)."""


class HolidayFileError(ClockError):
    """An override file that cannot be read or does not follow the format in the module docstring."""


class CalendarYearMissing(ClockError):
    """A date falls in a year for which no holiday schedule is known."""

    def __init__(self, year: int, local_file: str | None = None) -> None:
        self.year = year
        where = local_file or f"the file named by {HOLIDAY_FILE_ENV}"
        super().__init__(
            f"工作日历缺少 {year} 年的节假日安排 (no holiday schedule for {year}): add the State Council's "
            f"{year} 节假日安排 to {where} as "
            f'{{"format": 1, "years": {{"{year}": {{"source": "国办发明电〔…〕N号", '
            f'"holidays": ["{year}-01-01", …], "adjusted_workdays": […]}}}}}} '
            "(format: gongkai/law/clock.py docstring)"
        )


@dataclass(frozen=True)
class YearSchedule:
    """One year's 节假日安排 as listed in an override file (or taken from chinesecalendar)."""

    year: int
    holidays: frozenset[date]
    adjusted_workdays: frozenset[date]
    source: str


@dataclass(frozen=True)
class WorkingCalendar:
    """Working days for a set of known years. Build it with `load_calendar()` or `build_calendar()`."""

    years: frozenset[int]
    holidays: frozenset[date]
    adjusted_workdays: frozenset[date]
    count_adjusted_workdays: bool = True
    # Which notice each year comes from; shown in the workspace and in error messages.
    sources: tuple[tuple[int, str], ...] = ()
    # The local override file in use, named in CalendarYearMissing so the reader knows what to edit.
    local_file: str | None = field(default=None, compare=False)
    # Count years after the last known one as Monday–Friday instead of refusing (module docstring).
    provisional: bool = False

    def covers(self, day: date) -> bool:
        return day.year in self.years

    def is_provisional(self, day: date) -> bool:
        """Is `day` counted without an official schedule (a provisional year)?"""
        if not self.provisional or day.year in self.years or not self.years:
            return False
        return day.year > max(self.years)

    def provisional_years(self, a: date, b: date) -> tuple[int, ...]:
        """The provisional years among those of the days a..b (in either order)."""
        lo, hi = min(a, b), max(a, b)
        return tuple(y for y in range(lo.year, hi.year + 1) if self.is_provisional(date(y, 1, 1)))

    def require(self, day: date) -> None:
        if day.year not in self.years and not self.is_provisional(day):
            raise CalendarYearMissing(day.year, self.local_file)

    def source_of(self, year: int) -> str | None:
        return dict(self.sources).get(year)

    def with_adjusted_workdays(self, count: bool) -> WorkingCalendar:
        return replace(self, count_adjusted_workdays=count)

    def with_provisional(self, provisional: bool) -> WorkingCalendar:
        return replace(self, provisional=provisional)

    def is_working_day(self, day: date) -> bool:
        if self.is_provisional(day):
            return day.weekday() < 5 and (day.month, day.day) not in FIXED_DATE_HOLIDAYS
        self.require(day)
        if day in self.adjusted_workdays:
            return self.count_adjusted_workdays
        return day.weekday() < 5 and day not in self.holidays

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after `day` (= add(day, 1))."""
        return self.add(day, 1)

    def add(self, start: date, n: int, pauses: Iterable[Pause] = ()) -> date:
        """The n-th counted working day after `start` (start itself never counts; add(d, 0) == d)."""
        _check_days(n)
        spans = normalise_pauses(pauses)
        self.require(start)
        day, counted = start, 0
        while counted < n:
            day += _ONE_DAY
            if self.is_working_day(day) and not _in_pauses(day, spans):
                counted += 1
        return day

    def between(self, a: date, b: date, pauses: Iterable[Pause] = ()) -> int:
        """The number of counted working days x with a < x <= b (0 when b <= a)."""
        spans = normalise_pauses(pauses)
        self.require(a)
        self.require(b)
        count, day = 0, a
        while day < b:
            day += _ONE_DAY
            if self.is_working_day(day) and not _in_pauses(day, spans):
                count += 1
        return count


def _check_days(n: int) -> None:
    # bool is an int subclass; True working days is a bug at the caller, not a period of 1.
    if isinstance(n, bool) or not isinstance(n, int):
        raise ClockError(f"a period is a whole number of working days, not {n!r}")
    if n < 0:
        raise ClockError(f"a period cannot be negative ({n} working days)")


def normalise_pauses(pauses: Iterable[Pause]) -> tuple[Pause, ...]:
    """Sorted, merged pauses; raises ClockError when a pause ends before it starts."""
    spans = sorted(pauses)
    for start, end in spans:
        if end < start:
            raise ClockError(f"a pause cannot end ({end.isoformat()}) before it starts ({start.isoformat()})")
    merged: list[Pause] = []
    for start, end in spans:
        if merged and start <= merged[-1][1] + _ONE_DAY:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _in_pauses(day: date, spans: tuple[Pause, ...]) -> bool:
    return any(start <= day <= end for start, end in spans)


# --- periods -------------------------------------------------------------------------------------------


def due_date(
    received: date,
    days: int = REPLY_DAYS,
    pauses: Iterable[Pause] = (),
    restart: date | None = None,
    calendar: WorkingCalendar | None = None,
) -> date:
    """Last day of a working-day period that starts the day after `received` (or after `restart`).

    The reply period is 20 working days (条例第三十三条第二款); an approved extension of E days is
    `days=20 + E`. Pauses and restart follow the module docstring.
    """
    cal = calendar if calendar is not None else default_calendar()
    start = received
    if restart is not None:
        if restart < received:
            raise ClockError(
                f"the restart ({restart.isoformat()}) cannot precede the receipt ({received.isoformat()})"
            )
        start = restart
    cal.require(received)
    return cal.add(start, days, pauses)


def add_working_days(start: date, n: int, calendar: WorkingCalendar | None = None) -> date:
    """The n-th working day after `start` (day 1 = first working day after it; n = 0 gives `start`)."""
    return (calendar if calendar is not None else default_calendar()).add(start, n)


def working_days_between(a: date, b: date, calendar: WorkingCalendar | None = None) -> int:
    """The number of working days x with a < x <= b."""
    return (calendar if calendar is not None else default_calendar()).between(a, b)


def is_working_day(day: date, calendar: WorkingCalendar | None = None) -> bool:
    return (calendar if calendar is not None else default_calendar()).is_working_day(day)


def next_working_day(day: date, calendar: WorkingCalendar | None = None) -> date:
    return (calendar if calendar is not None else default_calendar()).next_working_day(day)


def working_days_left(today: date, due: date, calendar: WorkingCalendar | None = None) -> int:
    """Working days after today up to and including the due date: 0 means "due today or only rest days
    remain"; negative means that many working days have passed since the due date (see `is_overdue`)."""
    cal = calendar if calendar is not None else default_calendar()
    if due < today:
        return -cal.between(due, today)
    return cal.between(today, due)


def is_overdue(today: date, due: date) -> bool:
    # The period ends at 24:00 of the due date (民法典第二百零三条第二款), so the due day itself is in time.
    return today > due


# --- loading -------------------------------------------------------------------------------------------


def _parse_iso(text: object, where: str) -> date:
    if not isinstance(text, str) or len(text) != 10 or text[4] != "-" or text[7] != "-":
        raise HolidayFileError(f"{where}: {text!r} is not a date written YYYY-MM-DD")
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise HolidayFileError(f"{where}: {text!r} is not a valid date") from exc


def _expand(entries: object, where: str) -> frozenset[date]:
    if not isinstance(entries, list):
        raise HolidayFileError(f"{where}: expected a list of dates or ranges 'A..B'")
    days: set[date] = set()
    for entry in entries:
        if isinstance(entry, str) and ".." in entry:
            first_text, _, last_text = entry.partition("..")
            first, last = _parse_iso(first_text, where), _parse_iso(last_text, where)
            if last < first:
                raise HolidayFileError(f"{where}: range {entry!r} ends before it starts")
            while first <= last:
                days.add(first)
                first += _ONE_DAY
        else:
            days.add(_parse_iso(entry, where))
    return frozenset(days)


def parse_holiday_data(data: object, origin: str) -> dict[int, YearSchedule]:
    """Validate a decoded override file (see the module docstring) and return its years."""
    if not isinstance(data, dict):
        raise HolidayFileError(f"{origin}: the top level must be a JSON object with a 'years' key")
    fmt = data.get("format", FILE_FORMAT)
    if fmt != FILE_FORMAT:
        raise HolidayFileError(f"{origin}: unsupported format {fmt!r} (expected {FILE_FORMAT})")
    years = data.get("years")
    if not isinstance(years, dict):
        raise HolidayFileError(f"{origin}: 'years' must be an object keyed by year, e.g. {{\"2027\": …}}")
    result: dict[int, YearSchedule] = {}
    for key, entry in years.items():
        if not (isinstance(key, str) and len(key) == 4 and key.isdigit()):
            raise HolidayFileError(f"{origin}: year key {key!r} is not a four-digit year")
        year = int(key)
        where = f"{origin}, year {year}"
        if not isinstance(entry, dict):
            raise HolidayFileError(f"{where}: expected an object with source, holidays, adjusted_workdays")
        source = entry.get("source")
        if not isinstance(source, str) or not source.strip():
            raise HolidayFileError(f"{where}: 'source' must name the notice, e.g. 国办发明电〔2025〕7号")
        for required in ("holidays", "adjusted_workdays"):
            if required not in entry:
                raise HolidayFileError(f"{where}: '{required}' is missing (use [] when there are none)")
        holidays = _expand(entry["holidays"], f"{where}, holidays")
        workdays = _expand(entry["adjusted_workdays"], f"{where}, adjusted_workdays")
        for day in sorted(holidays | workdays):
            if abs(day.year - year) > 1:
                raise HolidayFileError(f"{where}: {day.isoformat()} is not in or next to {year}")
        both = holidays & workdays
        if both:
            raise HolidayFileError(f"{where}: {min(both).isoformat()} is listed as a holiday and a workday")
        weekdays = sorted(d for d in workdays if d.weekday() < 5)
        if weekdays:
            # A notice only ever turns Saturdays and Sundays into working days; a weekday here is a typo.
            raise HolidayFileError(
                f"{where}: adjusted workday {weekdays[0].isoformat()} is not a weekend day"
            )
        result[year] = YearSchedule(year, holidays, workdays, source.strip())
    return result


def read_holiday_file(path: str | os.PathLike[str]) -> dict[int, YearSchedule]:
    origin = os.fspath(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise HolidayFileError(f"cannot read holiday file {origin}: {exc.strerror or exc}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise HolidayFileError(f"{origin}: not valid JSON ({exc.msg}, line {exc.lineno})") from exc
    return parse_holiday_data(data, origin)


def _shipped_years() -> dict[int, YearSchedule]:
    text = resources.files("gongkai.law").joinpath("data", SHIPPED_FILE_NAME).read_text(encoding="utf-8")
    return parse_holiday_data(json.loads(text), f"gongkai/law/data/{SHIPPED_FILE_NAME}")


def package_years() -> dict[int, YearSchedule]:
    """The years known to the chinesecalendar package, as YearSchedules."""
    raw_holidays: dict[date, object] = chinese_calendar.holidays
    raw_workdays: dict[date, object] = chinese_calendar.workdays
    version: str = getattr(chinese_calendar, "__version__", "?")
    first, last = min(raw_holidays).year, max(raw_holidays).year
    return {
        year: YearSchedule(
            year,
            frozenset(d for d in raw_holidays if d.year == year),
            frozenset(d for d in raw_workdays if d.year == year),
            f"chinesecalendar {version}",
        )
        for year in range(first, last + 1)
    }


def build_calendar(
    *layers: Mapping[int, YearSchedule], count_adjusted_workdays: bool = True, local_file: str | None = None
) -> WorkingCalendar:
    """Stack year schedules: a year in a later layer replaces that calendar year wholly."""
    holidays: set[date] = set()
    workdays: set[date] = set()
    sources: dict[int, str] = {}
    for layer in layers:
        replaced = set(layer)
        holidays = {d for d in holidays if d.year not in replaced}
        workdays = {d for d in workdays if d.year not in replaced}
        for schedule in layer.values():
            holidays |= schedule.holidays
            workdays |= schedule.adjusted_workdays
            sources[schedule.year] = schedule.source
        # A later layer's holiday wins over an earlier layer's workday on the same spill-over date.
        workdays -= {d for s in layer.values() for d in s.holidays}
        holidays -= {d for s in layer.values() for d in s.adjusted_workdays}
    return WorkingCalendar(
        years=frozenset(sources),
        holidays=frozenset(holidays),
        adjusted_workdays=frozenset(workdays),
        count_adjusted_workdays=count_adjusted_workdays,
        sources=tuple(sorted(sources.items())),
        local_file=local_file,
    )


@lru_cache(maxsize=16)
def _load_cached(
    local_file: str | None, _mtime_ns: int, count_adjusted_workdays: bool, provisional: bool = False
) -> WorkingCalendar:
    layers: list[Mapping[int, YearSchedule]] = [package_years(), _shipped_years()]
    if local_file is not None:
        layers.append(read_holiday_file(local_file))
    built = build_calendar(*layers, count_adjusted_workdays=count_adjusted_workdays, local_file=local_file)
    return built.with_provisional(provisional)


def load_calendar(
    local_file: str | os.PathLike[str] | None = None,
    *,
    count_adjusted_workdays: bool = True,
    provisional: bool = False,
) -> WorkingCalendar:
    """The calendar from chinesecalendar + the shipped file + `local_file` (if given), cached.

    The cache key includes the local file's modification time, so a year added to the file is picked up
    by a running process without a restart.
    """
    if local_file is None or os.fspath(local_file) == "":
        return _load_cached(None, 0, count_adjusted_workdays, provisional)
    path = os.fspath(local_file)
    try:
        mtime = os.stat(path).st_mtime_ns
    except OSError as exc:
        raise HolidayFileError(f"cannot read holiday file {path}: {exc.strerror or exc}") from exc
    return _load_cached(path, mtime, count_adjusted_workdays, provisional)


def default_calendar() -> WorkingCalendar:
    """The calendar with the local file named by GONGKAI_HOLIDAY_FILE, if that variable is set."""
    return load_calendar(os.environ.get(HOLIDAY_FILE_ENV) or None)
