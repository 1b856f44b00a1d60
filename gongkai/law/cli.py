"""`gongkai clock …`: the statutory clock on the command line (no Django, no database).

    gongkai clock due RECEIVED [--days N] [--pause START:END]... [--restart DATE] [--holiday-file PATH]
    gongkai clock workdays FROM TO [--holiday-file PATH]

The holiday file defaults to $GONGKAI_HOLIDAY_FILE. Bad input exits with status 2 and one line on stderr.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from datetime import date

from gongkai.law import clock

_DATE_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_INT_RE = re.compile(r"[+]?\d+")

_RULE = (
    "Counting rule (民法典第二百零一条): the trigger day is not counted; day 1 is the first working day "
    "after it. Working days are Monday–Friday minus statutory holidays plus 调休 weekend workdays."
)


class _BadInput(Exception):
    pass


def _date(text: str, what: str) -> date:
    # date.fromisoformat also accepts 20240927 and week dates; the CLI takes one unambiguous form only.
    match = _DATE_RE.fullmatch(text.strip())
    if match is None:
        raise _BadInput(f"{what}: {text!r} is not a date written YYYY-MM-DD")
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        raise _BadInput(f"{what}: {text!r} is not a valid date") from None


def _days(text: str) -> int:
    if not _INT_RE.fullmatch(text.strip()):
        raise _BadInput(f"--days: {text!r} is not a whole number of working days >= 0")
    return int(text)


def _pause(text: str) -> clock.Pause:
    start_text, sep, end_text = text.partition(":")
    if not sep:
        raise _BadInput(f"--pause: {text!r} is not START:END (e.g. 2024-10-08:2024-10-10)")
    start, end = _date(start_text, "--pause start"), _date(end_text, "--pause end")
    if end < start:
        raise _BadInput(f"--pause: the end {end.isoformat()} is before the start {start.isoformat()}")
    return (start, end)


def _calendar(ns: argparse.Namespace) -> clock.WorkingCalendar:
    path: str | None = ns.holiday_file or os.environ.get(clock.HOLIDAY_FILE_ENV) or None
    return clock.load_calendar(
        path, count_adjusted_workdays=not ns.no_adjusted_workdays, provisional=ns.provisional
    )


def _provisional_warning(cal: clock.WorkingCalendar, a: date, b: date) -> None:
    years = cal.provisional_years(a, b)
    if years:
        listed = ", ".join(str(y) for y in years)
        sys.stderr.write(
            f"gongkai clock: warning: provisional — no holiday schedule for {listed}, counted "
            f"Monday–Friday without 元旦, 劳动节, 国庆节 (暂定：缺少 {listed} 年节假日安排)\n"
        )


def _fail(message: str) -> int:
    sys.stderr.write(f"gongkai clock: error: {message}\n")
    return 2


def _cmd_due(ns: argparse.Namespace) -> int:
    try:
        received = _date(ns.received, "RECEIVED")
        days = _days(ns.days)
        pauses = [_pause(p) for p in ns.pause]
        restart = _date(ns.restart, "--restart") if ns.restart is not None else None
        cal = _calendar(ns)
        due = clock.due_date(received, days, pauses=pauses, restart=restart, calendar=cal)
    except (_BadInput, clock.ClockError) as exc:
        return _fail(str(exc))
    _provisional_warning(cal, received, due)
    sys.stdout.write(f"{due.isoformat()}\n")
    return 0


def _cmd_workdays(ns: argparse.Namespace) -> int:
    try:
        start = _date(ns.start, "FROM")
        end = _date(ns.end, "TO")
        cal = _calendar(ns)
        count = cal.between(start, end)
    except (_BadInput, clock.ClockError) as exc:
        return _fail(str(exc))
    _provisional_warning(cal, start, end)
    sys.stdout.write(f"{count}\n")
    return 0


def _add_calendar_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--holiday-file",
        metavar="PATH",
        help=f"local holiday override file (JSON; default ${clock.HOLIDAY_FILE_ENV}); "
        "a year in it replaces that year wholly",
    )
    parser.add_argument(
        "--no-adjusted-workdays",
        action="store_true",
        help="do not count 调休 weekend workdays as working days (default: they count)",
    )
    parser.add_argument(
        "--provisional",
        action="store_true",
        help="count a year after the last known schedule provisionally (Monday–Friday minus 元旦, 劳动节, "
        "国庆节), with a warning, instead of failing",
    )


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "clock",
        help="working-day deadlines (条例第三十三条)",
        description="The statutory clock. " + _RULE,
    )
    parser.set_defaults(func=lambda _ns: _usage(parser))
    commands = parser.add_subparsers(dest="clock_command", metavar="{due,workdays}")

    due = commands.add_parser(
        "due",
        help="print the due date YYYY-MM-DD",
        description="Print the last day (YYYY-MM-DD) of a period of N working days after RECEIVED. " + _RULE,
    )
    due.add_argument("received", metavar="RECEIVED", help="trigger date YYYY-MM-DD (e.g. 收到申请之日)")
    due.add_argument("--days", default=str(clock.REPLY_DAYS), metavar="N", help="working days (default 20)")
    due.add_argument(
        "--pause",
        action="append",
        default=[],
        metavar="START:END",
        help="clock stands still from START to END, both days inclusive (条例第三十三条第三款); repeatable",
    )
    due.add_argument(
        "--restart",
        metavar="DATE",
        help="count afresh from this date, e.g. the day the 补正 arrived (条例第三十条)",
    )
    _add_calendar_options(due)
    due.set_defaults(func=_cmd_due)

    workdays = commands.add_parser(
        "workdays",
        help="print the number of working days d with FROM < d <= TO",
        description="Print the number of working days d with FROM < d <= TO (FROM not counted, TO counted: "
        "the period counting rule, so `workdays R $(due R)` prints N); 0 when TO is not after FROM. " + _RULE,
    )
    workdays.add_argument("start", metavar="FROM", help="YYYY-MM-DD, not counted")
    workdays.add_argument("end", metavar="TO", help="YYYY-MM-DD, counted")
    _add_calendar_options(workdays)
    workdays.set_defaults(func=_cmd_workdays)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_usage(sys.stderr)
    return 2
