"""Provisional years: a year after the last known 节假日安排 counted Monday–Friday minus the fixed-date
statutory holidays (全国年节及纪念日放假办法第二条), flagged, never silently mixed with official years.

The tests build their own calendars (years 2025–2026 known), so they keep meaning the same thing when a
later chinesecalendar or the shipped file learns 2027."""

from datetime import date

import pytest

from gongkai.cli import main
from gongkai.law import clock
from gongkai.law.clock import CalendarYearMissing


@pytest.fixture
def known_to_2026() -> clock.WorkingCalendar:
    years = {y: s for y, s in clock.package_years().items() if y in (2025, 2026)}
    return clock.build_calendar(years)


def test_a_year_after_the_last_known_one_is_refused_unless_provisional(known_to_2026):
    with pytest.raises(CalendarYearMissing, match="2027"):
        known_to_2026.add(date(2026, 12, 10), 20)
    provisional = known_to_2026.with_provisional(True)
    # Hand count from Thu 2026-12-10: Dec 11 = 1; Dec 14–18 = 2–6; Dec 21–25 = 7–11; Dec 28–31 = 12–15;
    # Fri 2027-01-01 is 元旦 (fixed date: not counted); Jan 4–8 = 16–20.
    assert provisional.add(date(2026, 12, 10), 20) == date(2027, 1, 8)
    assert provisional.provisional_years(date(2026, 12, 10), date(2027, 1, 8)) == (2027,)
    assert provisional.provisional_years(date(2026, 3, 1), date(2026, 3, 30)) == ()


def test_provisional_years_skip_only_the_fixed_date_holidays(known_to_2026):
    cal = known_to_2026.with_provisional(True)
    rest = [date(2027, 1, 1), date(2027, 5, 1), date(2027, 5, 2), date(2027, 10, 1), date(2027, 10, 3)]
    # 2027-05-01/02 fall on a weekend anyway; 2027-10-01 (Fri) and the weekend after it are rest days.
    assert not any(cal.is_working_day(d) for d in rest)
    assert cal.is_working_day(date(2027, 5, 3))  # Monday after 劳动节 (the notice may change it)
    assert cal.is_working_day(date(2027, 2, 8))  # 春节 is lunar: unknown until the notice
    assert not cal.is_working_day(date(2027, 1, 2))  # Saturday
    assert cal.is_provisional(date(2027, 6, 1)) and not cal.is_provisional(date(2026, 6, 1))


def test_years_before_the_first_known_one_stay_an_error(known_to_2026):
    cal = known_to_2026.with_provisional(True)
    with pytest.raises(CalendarYearMissing, match="2024"):
        cal.add(date(2024, 12, 10), 20)
    assert not cal.is_provisional(date(2024, 6, 1))


def test_a_loaded_year_is_official_not_provisional(known_to_2026, tmp_path):
    # Synthetic schedule for the test only (not the real 2027 notice): 2027-01-04 made a holiday.
    data = {"format": 1, "years": {"2027": {"source": "测试用", "holidays": ["2027-01-01..2027-01-04"],
                                             "adjusted_workdays": []}}}  # fmt: skip
    loaded = clock.build_calendar(
        {y: s for y, s in clock.package_years().items() if y in (2025, 2026)},
        clock.parse_holiday_data(data, "test"),
    ).with_provisional(True)
    assert loaded.add(date(2026, 12, 10), 20) == date(2027, 1, 11)
    assert loaded.provisional_years(date(2026, 12, 10), date(2027, 1, 11)) == ()


def test_the_cli_warns_for_a_provisional_result(capsys, monkeypatch):
    monkeypatch.delenv("GONGKAI_HOLIDAY_FILE", raising=False)
    last = max(clock.load_calendar().years)
    start = date(last, 12, 10)
    assert main(["clock", "due", start.isoformat()]) == 2
    assert str(last + 1) in capsys.readouterr().err
    assert main(["clock", "due", start.isoformat(), "--provisional"]) == 0
    out, err = capsys.readouterr()
    assert date.fromisoformat(out.strip()).year == last + 1
    assert "provisional" in err and "暂定" in err
