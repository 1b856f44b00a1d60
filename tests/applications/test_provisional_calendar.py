"""December before next year's 节假日安排 is out: applications are still received, their due dates are
provisional (暂定) and become official once the schedule is added (docs/calendar.md)."""

from __future__ import annotations

import json
from datetime import date

from gongkai.applications import clock, services
from gongkai.law import clock as law_clock

LAST = max(law_clock.load_calendar().years)  # the last year with an official schedule in this install
RECEIVED = date(LAST, 12, 10)


def test_a_december_application_gets_a_provisional_due_date(register, day):
    app = register(RECEIVED)
    with day(RECEIVED):
        clk = clock.case_clock(app)
    assert app.due_on is not None and app.due_on.year == LAST + 1
    assert clk.provisional_years == (LAST + 1,)
    assert clk.reply_due == app.due_on


def test_adding_the_schedule_makes_it_official_and_refreshes_the_cache(register, day, settings, tmp_path):
    app = register(RECEIVED)
    provisional_due = app.due_on
    # A synthetic schedule for the test (not a real notice): the first working days of January off.
    schedule = tmp_path / "holidays.json"
    year = {"source": "测试用", "holidays": [f"{LAST + 1}-01-01..{LAST + 1}-01-10"], "adjusted_workdays": []}
    schedule.write_text(json.dumps({"format": 1, "years": {str(LAST + 1): year}}), encoding="utf-8")
    settings.GONGKAI_HOLIDAY_FILE = str(schedule)
    with day(RECEIVED):
        services.refresh_due(app)
        clk = clock.case_clock(app)
    app.refresh_from_db()
    assert clk.provisional_years == ()
    assert app.due_on == clk.reply_due and app.due_on > provisional_due
