"""The statutory clock. Every expected date is counted by hand from the State Council notices; the
reasoning is in the comment next to it ("d1" = the first counted working day, "Sat*"/"Sun*" = 调休 workday).

Notices used: 2022 国办发明电〔2021〕11号 (春节 1/31–2/6 off, Sat 1/29 + Sun 1/30 worked);
2024 国办发明电〔2023〕7号 (清明 4/4–4/6 off, Sun 4/7 worked; 端午 6/10 off; 国庆 10/1–10/7 off,
Sun 9/29 + Sat 10/12 worked); 2026 国办发明电〔2025〕7号 (元旦 1/1–1/3 off, Sun 1/4 worked; 中秋 9/25–9/27
off; 国庆 10/1–10/7 off, Sun 9/20 + Sat 10/10 worked).
"""

import json
import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gongkai.law import clock
from gongkai.law.clock import CalendarYearMissing, ClockError, HolidayFileError

D = date


@pytest.fixture(scope="module")
def cal() -> clock.WorkingCalendar:
    return clock.load_calendar()


@pytest.fixture(scope="module")
def cal_no_adjusted() -> clock.WorkingCalendar:
    return clock.load_calendar(count_adjusted_workdays=False)


def write_file(tmp_path: Path, years: dict[str, object], name: str = "holidays.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({"format": 1, "years": years}, ensure_ascii=False), encoding="utf-8")
    return path


# --- the reply period around holidays with 调休 --------------------------------------------------------

REPLY_CASES = [
    # Fri 9/27; d1 = Sun* 9/29, 9/30 = 2, 10/8–10/11 = 3–6, Sat* 10/12 = 7, 10/14–18 = 8–12,
    # 10/21–25 = 13–17, 10/28–30 = 18–20.
    pytest.param(D(2024, 9, 27), D(2024, 10, 30), id="2024-national-day"),
    # Thu 1/20; 1/21 = 1, 1/24–28 = 2–6, Sat* 1/29 = 7, Sun* 1/30 = 8, 1/31–2/6 off, 2/7–11 = 9–13,
    # 2/14–18 = 14–18, 2/21 = 19, 2/22 = 20.
    pytest.param(D(2022, 1, 20), D(2022, 2, 22), id="2022-spring-festival"),
    # Fri 9/18; Sun* 9/20 = 1, 9/21–24 = 2–5, 9/25–27 off, 9/28–30 = 6–8, 10/1–7 off, 10/8–9 = 9–10,
    # Sat* 10/10 = 11, 10/12–16 = 12–16, 10/19–22 = 17–20.
    pytest.param(D(2026, 9, 18), D(2026, 10, 22), id="2026-mid-autumn-national-day"),
    # Thu 2025-12-25; 12/26 = 1, 12/29–31 = 2–4, 2026-01-01..03 off, Sun* 1/4 = 5, 1/5–9 = 6–10,
    # 1/12–16 = 11–15, 1/19–23 = 16–20.
    pytest.param(D(2025, 12, 25), D(2026, 1, 23), id="year-end-2025"),
    # Sat 9/28 is a rest day; d1 = Sun* 9/29, so the same due date as a receipt on Fri 9/27.
    pytest.param(D(2024, 9, 28), D(2024, 10, 30), id="received-on-weekend-before-tiaoxiu"),
    # Sat 6/15; d1 = Mon 6/17, 6/17–21 = 1–5, 6/24–28 = 6–10, 7/1–5 = 11–15, 7/8–12 = 16–20.
    pytest.param(D(2024, 6, 15), D(2024, 7, 12), id="received-on-saturday"),
    # Thu 10/3 is a holiday; d1 = Tue 10/8, 10/8–11 = 1–4, Sat* 10/12 = 5, 10/14–18 = 6–10,
    # 10/21–25 = 11–15, 10/28–31 = 16–19, 11/1 = 20.
    pytest.param(D(2024, 10, 3), D(2024, 11, 1), id="received-on-holiday"),
]


@pytest.mark.parametrize(("received", "expected"), REPLY_CASES)
def test_it_computes_the_reply_due_date(cal, received, expected):
    assert clock.due_date(received, calendar=cal) == expected


def test_it_counts_20_working_days_by_default(cal):
    # 第三十三条: the default period is 20; with days=20 spelled out the answer is the same hand count.
    assert clock.due_date(D(2024, 9, 27), 20, calendar=cal) == D(2024, 10, 30)


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        # No 调休 counted: Fri 9/27; 9/30 = 1, 10/8–11 = 2–5, 10/14–18 = 6–10, 10/21–25 = 11–15,
        # 10/28–31 = 16–19, 11/1 = 20.
        (D(2024, 9, 27), D(2024, 11, 1)),
        # Thu 1/20; 1/21 = 1, 1/24–28 = 2–6, 2/7–11 = 7–11, 2/14–18 = 12–16, 2/21–24 = 17–20.
        (D(2022, 1, 20), D(2022, 2, 24)),
    ],
)
def test_it_can_leave_out_adjusted_workdays(cal_no_adjusted, received, expected):
    assert clock.due_date(received, calendar=cal_no_adjusted) == expected


def test_adjusted_workday_setting_is_a_calendar_parameter(cal):
    assert cal.is_working_day(D(2024, 9, 29))
    assert not cal.with_adjusted_workdays(False).is_working_day(D(2024, 9, 29))


def test_it_treats_holidays_and_weekends_as_rest_days(cal):
    assert not cal.is_working_day(D(2024, 10, 1))  # 国庆
    assert not cal.is_working_day(D(2024, 9, 28))  # ordinary Saturday
    assert cal.is_working_day(D(2024, 10, 12))  # Sat* 调休
    assert cal.is_working_day(D(2024, 10, 8))  # Tuesday after the holiday


# --- other periods ------------------------------------------------------------------------------------


def test_the_consultation_window_is_15_working_days(cal):
    # 第三十二条: third party receives the 征求意见书 on Tue 9/24; 9/25–27 = 1–3, Sun* 9/29 = 4, 9/30 = 5,
    # 10/8–11 = 6–9, Sat* 10/12 = 10, 10/14–18 = 11–15.
    assert clock.due_date(D(2024, 9, 24), 15, calendar=cal) == D(2024, 10, 18)


def test_the_correction_notice_deadline_can_fall_on_an_adjusted_saturday(cal):
    # 第三十条, 7 working days: Fri 9/27; Sun* 9/29 = 1, 9/30 = 2, 10/8–11 = 3–6, Sat* 10/12 = 7.
    assert clock.due_date(D(2024, 9, 27), 7, calendar=cal) == D(2024, 10, 12)


def test_zero_days_is_the_trigger_day_itself(cal):
    assert cal.add(D(2024, 10, 3), 0) == D(2024, 10, 3)
    assert clock.due_date(D(2024, 10, 3), 0, calendar=cal) == D(2024, 10, 3)


@pytest.mark.parametrize("days", [-1, 2.5, True])
def test_it_rejects_a_bad_period(cal, days):
    with pytest.raises(ClockError):
        clock.due_date(D(2024, 3, 1), days, calendar=cal)


def test_module_level_helpers_use_the_same_rule(cal, monkeypatch):
    monkeypatch.delenv("GONGKAI_HOLIDAY_FILE", raising=False)
    # Hand counts of the 2024 national-day case.
    assert clock.add_working_days(D(2024, 9, 27), 20) == D(2024, 10, 30)
    assert clock.working_days_between(D(2024, 9, 27), D(2024, 10, 30)) == 20
    assert clock.is_working_day(D(2024, 9, 29))
    assert clock.next_working_day(D(2024, 9, 30)) == D(2024, 10, 8)


def test_next_working_day_skips_the_holiday(cal):
    # Mon 9/30 → 10/1–7 off → Tue 10/8.
    assert cal.next_working_day(D(2024, 9, 30)) == D(2024, 10, 8)


# --- pauses and restarts -------------------------------------------------------------------------------
# Baseline: received Fri 2024-03-01, no holidays in March; 3/4–8 = 1–5, 3/11–15 = 6–10, 3/18–22 = 11–15,
# 3/25–29 = 16–20 → 2024-03-29. 清明: 4/4–4/6 off, Sun* 4/7 worked.

PAUSE_CASES = [
    # Pause Tue 3/12–Thu 3/14 (3 working days): 3/4–8 = 1–5, 3/11 = 6, 3/15 = 7, 3/18–22 = 8–12,
    # 3/25–29 = 13–17, 4/1–3 = 18–20.
    pytest.param([(D(2024, 3, 12), D(2024, 3, 14))], D(2024, 4, 3), id="pause-inside"),
    # Pause from the receipt day Fri 3/1 to Tue 3/5: counting resumes Wed 3/6; 3/6–8 = 1–3,
    # 3/11–15 = 4–8, 3/18–22 = 9–13, 3/25–29 = 14–18, 4/1–2 = 19–20.
    pytest.param([(D(2024, 3, 1), D(2024, 3, 5))], D(2024, 4, 2), id="pause-from-receipt-day"),
    # Two pauses 3/12–14 and 3/20–21: 3/4–8 = 1–5, 3/11 = 6, 3/15 = 7, 3/18–19 = 8–9, 3/22 = 10,
    # 3/25–29 = 11–15, 4/1–3 = 16–18, Sun* 4/7 = 19, 4/8 = 20.
    pytest.param(
        [(D(2024, 3, 12), D(2024, 3, 14)), (D(2024, 3, 20), D(2024, 3, 21))], D(2024, 4, 8), id="two-pauses"
    ),
    # Overlapping pauses 3/12–14 and 3/13–15 merge into 3/12–15: 3/4–8 = 1–5, 3/11 = 6,
    # 3/18–22 = 7–11, 3/25–29 = 12–16, 4/1–3 = 17–19, Sun* 4/7 = 20.
    pytest.param(
        [(D(2024, 3, 13), D(2024, 3, 15)), (D(2024, 3, 12), D(2024, 3, 14))],
        D(2024, 4, 7),
        id="overlapping-pauses",
    ),
    # Pause after the due date (4/1–4/3) changes nothing.
    pytest.param([(D(2024, 4, 1), D(2024, 4, 3))], D(2024, 3, 29), id="pause-after-due"),
    # A one-day pause on Sat 3/2 (a rest day) changes nothing.
    pytest.param([(D(2024, 3, 2), D(2024, 3, 2))], D(2024, 3, 29), id="pause-on-rest-day"),
]


@pytest.mark.parametrize(("pauses", "expected"), PAUSE_CASES)
def test_pauses_stop_the_clock(cal, pauses, expected):
    assert clock.due_date(D(2024, 3, 1), pauses=pauses, calendar=cal) == expected


def test_a_pause_over_a_holiday_only_removes_its_working_days(cal):
    # Received Fri 9/20. Unpaused: 9/23–27 = 1–5, Sun* 9/29 = 6, 9/30 = 7, 10/8–11 = 8–11, Sat* 10/12 = 12,
    # 10/14–18 = 13–17, 10/21–23 = 18–20 → 10/23.
    # Pause 9/30–10/9 takes out 9/30, 10/8, 10/9: 9/23–27 = 1–5, Sun* 9/29 = 6, 10/10–11 = 7–8,
    # Sat* 10/12 = 9, 10/14–18 = 10–14, 10/21–25 = 15–19, 10/28 = 20.
    received = D(2024, 9, 20)
    assert clock.due_date(received, calendar=cal) == D(2024, 10, 23)
    assert clock.due_date(received, pauses=[(D(2024, 9, 30), D(2024, 10, 9))], calendar=cal) == D(
        2024, 10, 28
    )


def test_pause_days_are_inclusive_at_both_ends(cal):
    # A one-day pause on Wed 3/6 (a working day) pushes the baseline 3/29 to Mon 4/1.
    assert clock.due_date(D(2024, 3, 1), pauses=[(D(2024, 3, 6), D(2024, 3, 6))], calendar=cal) == D(
        2024, 4, 1
    )


def test_a_pause_ending_before_it_starts_is_an_error(cal):
    with pytest.raises(ClockError, match="before it starts"):
        clock.due_date(D(2024, 3, 1), pauses=[(D(2024, 3, 14), D(2024, 3, 12))], calendar=cal)


def test_a_restart_counts_afresh_from_the_correction(cal):
    # 第三十条: 补正 received Fri 3/8; 3/11–15 = 1–5, 3/18–22 = 6–10, 3/25–29 = 11–15, 4/1–3 = 16–18,
    # Sun* 4/7 = 19, 4/8 = 20.
    assert clock.due_date(D(2024, 3, 1), restart=D(2024, 3, 8), calendar=cal) == D(2024, 4, 8)


def test_a_restart_still_honours_later_pauses(cal):
    # Restart Fri 3/8, pause 3/12–14: 3/11 = 1, 3/15 = 2, 3/18–22 = 3–7, 3/25–29 = 8–12, 4/1–3 = 13–15,
    # Sun* 4/7 = 16, 4/8–11 = 17–20.
    due = clock.due_date(
        D(2024, 3, 1), restart=D(2024, 3, 8), pauses=[(D(2024, 3, 12), D(2024, 3, 14))], calendar=cal
    )
    assert due == D(2024, 4, 11)


def test_a_restart_before_the_receipt_is_an_error(cal):
    with pytest.raises(ClockError, match="restart"):
        clock.due_date(D(2024, 3, 8), restart=D(2024, 3, 1), calendar=cal)


# --- between, days left, overdue ------------------------------------------------------------------------


def test_between_counts_after_the_first_and_up_to_the_second(cal):
    # Fri 9/27 not counted … Wed 10/30 counted: the 20 days listed for the 2024 national-day case.
    assert cal.between(D(2024, 9, 27), D(2024, 10, 30)) == 20
    assert cal.between(D(2024, 10, 1), D(2024, 10, 7)) == 0
    assert cal.between(D(2024, 9, 27), D(2024, 9, 27)) == 0


def test_between_is_zero_backwards(cal):
    # No day x satisfies 10/14 < x <= 10/11.
    assert cal.between(D(2024, 10, 14), D(2024, 10, 11)) == 0


def test_between_skips_paused_days(cal):
    # 3/1 → 3/29 has 20 working days; a pause 3/12–14 takes out three.
    assert cal.between(D(2024, 3, 1), D(2024, 3, 29), pauses=[(D(2024, 3, 12), D(2024, 3, 14))]) == 17


def test_working_days_left(cal):
    # Due Wed 10/30; from Fri 10/25: 10/28, 10/29, 10/30.
    assert clock.working_days_left(D(2024, 10, 25), D(2024, 10, 30), calendar=cal) == 3
    assert clock.working_days_left(D(2024, 10, 30), D(2024, 10, 30), calendar=cal) == 0
    # Two working days (10/31, 11/1) past the due date.
    assert clock.working_days_left(D(2024, 11, 1), D(2024, 10, 30), calendar=cal) == -2


def test_overdue_only_after_the_due_day():
    assert not clock.is_overdue(D(2024, 10, 30), D(2024, 10, 30))
    assert clock.is_overdue(D(2024, 10, 31), D(2024, 10, 30))


# --- coverage and override files ----------------------------------------------------------------------


def test_the_calendar_covers_2004_to_2026(cal):
    assert {2004, 2026} <= cal.years
    assert "国办发明电〔2025〕7号" in (cal.source_of(2026) or "")


def test_a_missing_year_is_an_error_naming_the_year_and_the_fix(cal):
    # Received Thu 2026-12-24: the 20th working day lies in 2027, which no layer knows.
    with pytest.raises(CalendarYearMissing) as info:
        clock.due_date(D(2026, 12, 24), calendar=cal)
    assert info.value.year == 2027
    message = str(info.value)
    assert "2027" in message
    assert "GONGKAI_HOLIDAY_FILE" in message
    assert '"adjusted_workdays"' in message
    assert "\n" not in message


def test_a_receipt_date_in_an_unknown_year_is_an_error(cal):
    with pytest.raises(CalendarYearMissing, match="2003"):
        clock.due_date(D(2003, 12, 31), 0, calendar=cal)


def test_an_override_file_can_add_2027(tmp_path):
    # Synthetic 2027 (NOT the real notice): only 1/1 off. Received Thu 2026-12-24: 12/25 = 1,
    # 12/28–31 = 2–5, 2027-01-01 off, 1/4–8 = 6–10, 1/11–15 = 11–15, 1/18–22 = 16–20.
    path = write_file(
        tmp_path, {"2027": {"source": "test fixture", "holidays": ["2027-01-01"], "adjusted_workdays": []}}
    )
    cal = clock.load_calendar(path)
    assert clock.due_date(D(2026, 12, 24), calendar=cal) == D(2027, 1, 22)
    assert cal.source_of(2027) == "test fixture"


def test_an_override_replaces_a_year_wholly(tmp_path):
    # A "corrected" 2024 with only 10/1–10/8 off and no 调休 days. Received Fri 9/27: 9/30 = 1,
    # 10/9–11 = 2–4, 10/14–18 = 5–9, 10/21–25 = 10–14, 10/28–31 = 15–18, 11/1 = 19, 11/4 = 20.
    path = write_file(
        tmp_path,
        {"2024": {"source": "correction", "holidays": ["2024-10-01..2024-10-08"], "adjusted_workdays": []}},
    )
    cal = clock.load_calendar(path)
    assert clock.due_date(D(2024, 9, 27), calendar=cal) == D(2024, 11, 4)
    # The package's other 2024 holidays are gone with the replaced year …
    assert cal.is_working_day(D(2024, 5, 1))
    # … while other years are untouched.
    assert not cal.is_working_day(D(2025, 5, 1))


def test_the_environment_variable_names_the_default_local_file(tmp_path, monkeypatch):
    path = write_file(tmp_path, {"2027": {"source": "t", "holidays": [], "adjusted_workdays": []}})
    monkeypatch.setenv("GONGKAI_HOLIDAY_FILE", str(path))
    assert 2027 in clock.default_calendar().years
    monkeypatch.delenv("GONGKAI_HOLIDAY_FILE")
    assert 2027 not in clock.default_calendar().years


def test_an_edited_local_file_is_reloaded(tmp_path):
    path = write_file(tmp_path, {"2027": {"source": "t", "holidays": [], "adjusted_workdays": []}})
    assert clock.load_calendar(path).is_working_day(D(2027, 1, 1))
    write_file(tmp_path, {"2027": {"source": "t", "holidays": ["2027-01-01"], "adjusted_workdays": []}})
    stat = os.stat(path)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert not clock.load_calendar(path).is_working_day(D(2027, 1, 1))


def test_the_missing_year_message_names_the_local_file(tmp_path):
    path = write_file(tmp_path, {"2027": {"source": "t", "holidays": [], "adjusted_workdays": []}})
    with pytest.raises(CalendarYearMissing, match="2028") as info:
        clock.load_calendar(path).is_working_day(D(2028, 1, 3))
    assert str(path) in str(info.value)


@pytest.mark.parametrize(
    ("years", "match"),
    [
        ({"27": {"source": "s", "holidays": [], "adjusted_workdays": []}}, "four-digit"),
        ({"2027": {"holidays": [], "adjusted_workdays": []}}, "source"),
        ({"2027": {"source": "s", "holidays": []}}, "adjusted_workdays"),
        ({"2027": {"source": "s", "holidays": ["2027/01/01"], "adjusted_workdays": []}}, "YYYY-MM-DD"),
        ({"2027": {"source": "s", "holidays": ["2027-02-30"], "adjusted_workdays": []}}, "not a valid date"),
        ({"2027": {"source": "s", "holidays": ["2027-01-05..2027-01-01"], "adjusted_workdays": []}}, "ends"),
        ({"2027": {"source": "s", "holidays": [], "adjusted_workdays": ["2027-01-04"]}}, "weekend"),
        ({"2027": {"source": "s", "holidays": ["2027-01-02"], "adjusted_workdays": ["2027-01-02"]}}, "and a"),
        ({"2027": {"source": "s", "holidays": ["2030-01-01"], "adjusted_workdays": []}}, "next to"),
    ],
)
def test_it_rejects_a_malformed_override_file(tmp_path, years, match):
    with pytest.raises(HolidayFileError, match=match):
        clock.read_holiday_file(write_file(tmp_path, years))


def test_it_rejects_invalid_json_and_missing_files(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(HolidayFileError, match="JSON"):
        clock.load_calendar(bad)
    with pytest.raises(HolidayFileError, match="cannot read"):
        clock.load_calendar(tmp_path / "absent.json")


def test_the_shipped_file_matches_the_2026_notice():
    shipped = clock.build_calendar(clock._shipped_years())
    # 国办发明电〔2025〕7号: 9/20 (Sun) and 10/10 (Sat) worked; 9/25 (Fri, 中秋) off.
    assert shipped.is_working_day(D(2026, 9, 20))
    assert shipped.is_working_day(D(2026, 10, 10))
    assert not shipped.is_working_day(D(2026, 9, 25))


# --- properties ---------------------------------------------------------------------------------------

known_days = st.dates(min_value=D(2004, 1, 1), max_value=D(2025, 6, 30))


@settings(max_examples=150, deadline=None)
@given(start=known_days, n=st.integers(min_value=0, max_value=60))
def test_add_then_between_round_trips(start, n):
    cal = clock.load_calendar()
    end = cal.add(start, n)
    assert cal.between(start, end) == n
    if n:
        assert cal.is_working_day(end)


@settings(max_examples=150, deadline=None)
@given(a=known_days, gap=st.integers(min_value=0, max_value=40), n=st.integers(min_value=0, max_value=40))
def test_due_dates_are_monotone_in_the_receipt_date(a, gap, n):
    cal = clock.load_calendar()
    b = a + timedelta(days=gap)
    assert clock.due_date(a, n, calendar=cal) <= clock.due_date(b, n, calendar=cal)


pauses = st.tuples(known_days, st.integers(min_value=0, max_value=20)).map(
    lambda p: (p[0], p[0] + timedelta(days=p[1]))
)


@settings(max_examples=100, deadline=None)
@given(a=known_days, n=st.integers(min_value=0, max_value=40), pause_list=st.lists(pauses, max_size=3))
def test_pauses_never_bring_a_due_date_forward(a, n, pause_list):
    cal = clock.load_calendar()
    due = clock.due_date(a, n, calendar=cal)
    paused = clock.due_date(a, n, pauses=pause_list, calendar=cal)
    assert paused >= due
    # The paused period still holds n counted working days.
    assert cal.between(a, paused, pauses=pause_list) == n
