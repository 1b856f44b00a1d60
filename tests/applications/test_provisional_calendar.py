"""December before next year's 节假日安排 is out: applications are still received, their due dates are
provisional (暂定) and become official once the schedule is added (docs/calendar.md)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from gongkai.applications import clock, services
from gongkai.applications.models import Application
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


def test_with_the_setting_off_registration_is_refused_with_a_clear_message(register, settings):
    settings.GONGKAI_PROVISIONAL_CALENDAR = False
    before = Application.objects.count()
    with pytest.raises(services.TransitionError, match=str(LAST + 1)):
        register(RECEIVED)
    assert Application.objects.count() == before


def test_the_case_page_and_the_queue_say_the_due_date_is_provisional(register, day, client, cast):
    from django.urls import reverse

    app = register(RECEIVED)
    official = register(date(LAST, 3, 2))
    client.force_login(cast.office_admin)
    with day(RECEIVED):
        case = client.get(reverse("applications:case", args=[app.pk])).content.decode()
        other = client.get(reverse("applications:case", args=[official.pk])).content.decode()
        queue = client.get(reverse("applications:queue") + "?view=all").content.decode()
    assert 'id="provisional"' in case and f"{LAST + 1}年节假日安排尚未载入" in case
    assert 'id="provisional"' not in other
    assert queue.count(">暂定</span>") == 1


def test_a_later_step_is_refused_cleanly_when_the_setting_is_off(register, day, settings):
    app = register(date(LAST, 11, 20))  # due in December: the extension would reach into LAST + 1
    settings.GONGKAI_PROVISIONAL_CALENDAR = False
    on = date(LAST, 12, 1)
    with day(on), pytest.raises(services.TransitionError, match=str(LAST + 1)):
        services.extend(
            app, actor=None, days=20, approved_by="公开办主任", approved_on=on, notified_on=on,
            reason="需协调多部门",
        )  # fmt: skip
    app.refresh_from_db()
    assert app.status == "registered" and app.due_on.year == LAST
