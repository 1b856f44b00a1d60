"""`gongkai clock …` through main(). Expected dates are the hand counts of test_clock.py."""

import json

import pytest

from gongkai.cli import main


@pytest.fixture(autouse=True)
def no_local_file(monkeypatch):
    monkeypatch.delenv("GONGKAI_HOLIDAY_FILE", raising=False)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["clock", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_due_prints_the_date(capsys):
    assert run(capsys, "due", "2024-09-27") == (0, "2024-10-30\n", "")


def test_due_takes_days_and_pauses(capsys):
    # 15 days from Tue 9/24 → 10/18 (consultation window); pause cases as in test_clock.py.
    assert run(capsys, "due", "2024-09-24", "--days", "15")[1] == "2024-10-18\n"
    code, out, _ = run(
        capsys, "due", "2024-03-01", "--pause", "2024-03-12:2024-03-14", "--pause", "2024-03-20:2024-03-21"
    )
    assert (code, out) == (0, "2024-04-08\n")


def test_due_with_restart_and_without_adjusted_workdays(capsys):
    assert run(capsys, "due", "2024-03-01", "--restart", "2024-03-08")[1] == "2024-04-08\n"
    assert run(capsys, "due", "2024-09-27", "--no-adjusted-workdays")[1] == "2024-11-01\n"


def test_due_with_zero_days_is_the_trigger_day(capsys):
    assert run(capsys, "due", "2024-10-03", "--days", "0")[1] == "2024-10-03\n"


def test_workdays_counts_after_from_up_to_to(capsys):
    assert run(capsys, "workdays", "2024-09-27", "2024-10-30") == (0, "20\n", "")
    assert run(capsys, "workdays", "2024-10-01", "2024-10-07")[1] == "0\n"
    # Sat* 10/12 and Mon 10/14 lie in (10/11, 10/14]; backwards the set is empty.
    assert run(capsys, "workdays", "2024-10-11", "2024-10-14")[1] == "2\n"
    assert run(capsys, "workdays", "2024-10-14", "2024-10-11") == (0, "0\n", "")


def test_dates_without_leading_zeros_are_accepted(capsys):
    assert run(capsys, "due", "2024-9-27")[1] == "2024-10-30\n"


@pytest.mark.parametrize(
    "argv",
    [
        ["due", "2024-13-01"],
        ["due", "2024-02-30"],
        ["due", ""],
        ["due", "27.09.2024"],
        ["due", "20240927"],
        ["due", "2024-09-27", "--days", "-1"],
        ["due", "2024-09-27", "--days", "2.5"],
        ["due", "2024-09-27", "--days", "x"],
        ["due", "2024-09-27", "--pause", "2024-10-08"],
        ["due", "2024-09-27", "--pause", "2024-10-08:soon"],
        ["due", "2024-09-27", "--pause", "2024-10-09:2024-10-08"],
        ["due", "2024-09-27", "--restart", "2024-09-01"],
        ["due", "2026-12-24"],
        ["due", "1999-01-04"],
        ["workdays", "2024-09-27", "2027-01-05"],
        ["workdays", "2024-09-27", "tomorrow"],
    ],
)
def test_bad_input_exits_2_with_one_line(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("gongkai clock: error:")


def test_a_missing_year_names_the_year(capsys):
    _, _, err = run(capsys, "due", "2026-12-24")
    assert "2027" in err


def test_the_environment_variable_is_honoured(capsys, tmp_path, monkeypatch):
    # Synthetic 2027 with only 1/1 off: from Thu 2026-12-24 the 20th working day is 2027-01-22.
    path = tmp_path / "h.json"
    path.write_text(
        json.dumps({"years": {"2027": {"source": "t", "holidays": ["2027-01-01"], "adjusted_workdays": []}}}),
        encoding="utf-8",
    )
    monkeypatch.setenv("GONGKAI_HOLIDAY_FILE", str(path))
    assert run(capsys, "due", "2026-12-24") == (0, "2027-01-22\n", "")


def test_holiday_file_option(capsys, tmp_path):
    path = tmp_path / "h.json"
    path.write_text(
        json.dumps({"years": {"2027": {"source": "t", "holidays": ["2027-01-01"], "adjusted_workdays": []}}}),
        encoding="utf-8",
    )
    assert run(capsys, "due", "2026-12-24", "--holiday-file", str(path))[1] == "2027-01-22\n"
    code, _, err = run(capsys, "due", "2024-09-27", "--holiday-file", str(tmp_path / "absent.json"))
    assert code == 2
    assert "absent.json" in err


def test_clock_without_a_subcommand_is_a_usage_error(capsys):
    assert run(capsys)[0] == 2
