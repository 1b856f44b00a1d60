"""Statutory periods and LawSettings. Dates are hand-counted (see test_clock.py for the notices used)."""

from datetime import date

import pytest

from gongkai.law import clock, deadlines
from gongkai.law.deadlines import DeadlineError, LawSettings, ReportingBody

D = date


@pytest.fixture(scope="module")
def cal():
    return clock.load_calendar()


def test_periods_carry_their_citations():
    by_key = {p.key: p for p in deadlines.PERIODS}
    assert (by_key["reply"].days, by_key["reply"].citation) == (20, "条例第三十三条第二款")
    assert (by_key["correction_notice"].days, by_key["correction_notice"].citation) == (7, "条例第三十条")
    assert by_key["consultation"].days == 15
    assert (by_key["proactive"].days, by_key["proactive"].citation) == (20, "条例第二十六条")
    assert by_key["fee_payment"].days == 20
    assert by_key["extension"].days == 20


def test_settings_defaults():
    s = LawSettings()
    assert s.count_adjusted_workdays and s.extension_before_due and s.fee_wait_pauses_clock
    assert (s.department_report_deadline, s.government_report_deadline) == ((1, 31), (3, 31))


@pytest.mark.parametrize(
    "kwargs", [{"reply_days": -1}, {"reply_days": True}, {"department_report_deadline": (2, 30)}]
)
def test_settings_reject_nonsense(kwargs):
    with pytest.raises(ValueError):
        LawSettings(**kwargs)


def test_reply_due_plain(cal):
    assert deadlines.reply_due(D(2024, 9, 27), calendar=cal) == D(2024, 10, 30)


def test_reply_due_with_extension(cal):
    # 2024-10-30 + 20 more: 10/31 = 21, 11/1 = 22, 11/4–8 = 23–27, 11/11–15 = 28–32, 11/18–22 = 33–37,
    # 11/25–27 = 38–40.
    assert deadlines.reply_due(D(2024, 9, 27), extension_days=20, calendar=cal) == D(2024, 11, 27)


def test_an_extension_over_20_days_is_refused(cal):
    with pytest.raises(DeadlineError, match="20个工作日"):
        deadlines.reply_due(D(2024, 9, 27), extension_days=21, calendar=cal)


def test_fee_wait_pauses_the_clock_by_default(cal):
    # Received Fri 3/1, fee wait 3/12–3/14: same as the "pause-inside" case of test_clock.py → 4/3.
    wait = [(D(2024, 3, 12), D(2024, 3, 14))]
    assert deadlines.reply_due(D(2024, 3, 1), fee_waits=wait, calendar=cal) == D(2024, 4, 3)


def test_fee_wait_can_be_set_not_to_pause(cal):
    wait = [(D(2024, 3, 12), D(2024, 3, 14))]
    settings = LawSettings(fee_wait_pauses_clock=False)
    assert deadlines.reply_due(D(2024, 3, 1), fee_waits=wait, settings=settings, calendar=cal) == D(
        2024, 3, 29
    )


def test_consultation_always_pauses_and_a_correction_restarts(cal):
    # Restart Fri 3/8, consultation 3/12–3/14 → 4/11 (test_clock.py, restart with pause).
    got = deadlines.reply_due(
        D(2024, 3, 1),
        correction_received=D(2024, 3, 8),
        consultations=[(D(2024, 3, 12), D(2024, 3, 14))],
        calendar=cal,
    )
    assert got == D(2024, 4, 11)


def test_correction_notice_consultation_proactive_and_fee_deadlines(cal):
    # 7 days from Fri 9/27 → Sat* 10/12; 15 days from Tue 9/24 → 10/18; 20 days from Fri 9/27 → 10/30.
    assert deadlines.correction_notice_due(D(2024, 9, 27), calendar=cal) == D(2024, 10, 12)
    assert deadlines.consultation_due(D(2024, 9, 24), calendar=cal) == D(2024, 10, 18)
    assert deadlines.proactive_due(D(2024, 9, 27), calendar=cal) == D(2024, 10, 30)
    assert deadlines.fee_payment_due(D(2024, 9, 27), calendar=cal) == D(2024, 10, 30)


def test_proactive_period_can_be_set_per_information_type(cal):
    # 第二十六条 "从其规定": 7 days from Fri 9/27 → Sat* 10/12.
    assert deadlines.proactive_due(D(2024, 9, 27), days=7, calendar=cal) == D(2024, 10, 12)


def test_settings_flag_reaches_the_default_calendar(monkeypatch):
    monkeypatch.delenv("GONGKAI_HOLIDAY_FILE", raising=False)
    # Without 调休: 7 days from Fri 9/27 → 9/30 = 1, 10/8–11 = 2–5, 10/14–15 = 6–7.
    settings = LawSettings(count_adjusted_workdays=False)
    assert deadlines.correction_notice_due(D(2024, 9, 27), settings=settings) == D(2024, 10, 15)


def test_extension_must_be_approved_and_notified_before_the_due_date():
    due = D(2024, 10, 30)
    deadlines.check_extension(
        days=10, approved_on=D(2024, 10, 29), notified_on=D(2024, 10, 30), original_due=due
    )
    with pytest.raises(DeadlineError, match="届满前"):
        deadlines.check_extension(
            days=10, approved_on=D(2024, 10, 30), notified_on=D(2024, 10, 31), original_due=due
        )


def test_late_extension_notice_is_allowed_when_the_setting_is_off():
    deadlines.check_extension(
        days=10,
        approved_on=D(2024, 10, 31),
        notified_on=D(2024, 10, 31),
        original_due=D(2024, 10, 30),
        settings=LawSettings(extension_before_due=False),
    )


@pytest.mark.parametrize(
    ("approved", "notified", "match"),
    [
        (None, D(2024, 10, 1), "同意"),
        (D(2024, 10, 1), None, "告知"),
        (D(2024, 10, 2), D(2024, 10, 1), "早于"),
    ],
)
def test_extension_needs_approval_then_notice(approved, notified, match):
    with pytest.raises(DeadlineError, match=match):
        deadlines.check_extension(
            days=5, approved_on=approved, notified_on=notified, original_due=D(2024, 10, 30)
        )


def test_annual_report_deadlines():
    assert deadlines.annual_report_due(2024, ReportingBody.DEPARTMENT) == D(2025, 1, 31)
    assert deadlines.annual_report_due(2024, ReportingBody.GOVERNMENT) == D(2025, 3, 31)
    huaihua = LawSettings(department_report_deadline=(1, 28))
    assert deadlines.annual_report_due(2024, "department", settings=huaihua) == D(2025, 1, 28)


def test_settings_name_the_holiday_file(tmp_path):
    # Synthetic 2027 with only 1/1 off: 7 days from Thu 2026-12-24 → 12/25 = 1, 12/28–31 = 2–5, 1/4–5 = 6–7.
    path = tmp_path / "h.json"
    path.write_text(
        '{"years": {"2027": {"source": "t", "holidays": ["2027-01-01"], "adjusted_workdays": []}}}',
        encoding="utf-8",
    )
    settings = LawSettings(holiday_file=str(path))
    assert deadlines.correction_notice_due(D(2026, 12, 24), settings=settings) == D(2027, 1, 5)
