"""Settings parsing, system checks, migrations and the demo command."""

import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import override_settings

from gongkai.core.checks import check_time_zone
from gongkai.lib.env import EnvError, env_bool, env_choice, env_int, env_list

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    # A clean environment: no GONGKAI_* from the caller, and not the browser tests' async switch.
    full_env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("GONGKAI_") and k != "DJANGO_ALLOW_ASYNC_UNSAFE"
    }
    full_env.update(env)
    full_env.setdefault("GONGKAI_VAR_DIR", str(ROOT / "var" / "test-subprocess"))
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
    )


def test_env_parsing_is_strict():
    assert env_bool("X", False, {"X": "yes"}) is True
    assert env_bool("X", True, {"X": "off"}) is False
    assert env_bool("X", True, {}) is True
    with pytest.raises(EnvError, match="X='maybe'"):
        env_bool("X", False, {"X": "maybe"})
    with pytest.raises(EnvError, match="not an integer"):
        env_int("X", 1, {"X": "ten"})
    with pytest.raises(EnvError, match="minimum"):
        env_int("X", 1, {"X": "-1"}, minimum=0)
    assert env_list("X", [], {"X": "a.gov.cn, b.gov.cn,"}) == ["a.gov.cn", "b.gov.cn"]
    with pytest.raises(EnvError, match="one of"):
        env_choice("X", "a", {"a": "A"}, {"X": "b"})


def test_env_file_variant(tmp_path):
    secret = tmp_path / "secret"
    secret.write_text("s3cret\n")
    from gongkai.lib.env import env_str

    assert env_str("K", "", {"K_FILE": str(secret)}) == "s3cret"
    with pytest.raises(EnvError, match="cannot be read"):
        env_str("K", "", {"K_FILE": str(tmp_path / "missing")})


@pytest.mark.parametrize(
    ("env", "needle"),
    [
        ({"GONGKAI_DEBUG": "maybe"}, "GONGKAI_DEBUG"),
        ({"GONGKAI_DEBUG": "false"}, "GONGKAI_SECRET_KEY"),
        ({"GONGKAI_DATABASE_URL": "mysql://x@y/z"}, "GONGKAI_DATABASE_URL"),
        ({"GONGKAI_EMAIL_BACKEND": "pigeon"}, "GONGKAI_EMAIL_BACKEND"),
        ({"GONGKAI_DB_CONN_MAX_AGE": "soon"}, "GONGKAI_DB_CONN_MAX_AGE"),
        ({"GONGKAI_STATUS_LOOKUP_LIMIT": "many"}, "GONGKAI_STATUS_LOOKUP_LIMIT"),
        ({"GONGKAI_GOVERNMENT_REPORT_DEADLINE": "13-01"}, "GONGKAI_GOVERNMENT_REPORT_DEADLINE"),
        ({"GONGKAI_CACHE": "redis"}, "GONGKAI_CACHE"),
        ({"GONGKAI_INDEX_NUMBER_SCHEME": "{year}-{nope}"}, "GONGKAI_INDEX_NUMBER_SCHEME"),
        ({"GONGKAI_INDEX_NUMBER_SCHEME": "{credit_code}/{year}"}, "GONGKAI_INDEX_NUMBER_SCHEME"),
        ({"GONGKAI_PRIVACY_ALLOW_PHONES": "0953-2012345,office"}, "GONGKAI_PRIVACY_ALLOW_PHONES"),
        ({"GONGKAI_PRIVACY_ID_KEEP": "6"}, "GONGKAI_PRIVACY_ID_KEEP"),
        ({"GONGKAI_PRIVACY_ID_KEEP": "9,9"}, "GONGKAI_PRIVACY_ID_KEEP"),
        ({"GONGKAI_PRIVACY_VILLAGE_ADDRESS": "perhaps"}, "GONGKAI_PRIVACY_VILLAGE_ADDRESS"),
        ({"GONGKAI_PRIVACY_PUBLISHED_LISTS": "sometimes"}, "GONGKAI_PRIVACY_PUBLISHED_LISTS"),
        ({"GONGKAI_PRIVACY_OFFICIAL_MOBILES_PUBLIC": "rarely"}, "GONGKAI_PRIVACY_OFFICIAL_MOBILES_PUBLIC"),
    ],
)
def test_a_bad_setting_stops_start_up_with_a_clear_message(env, needle):
    result = run_manage("check", **env)
    assert result.returncode == 2
    assert needle in result.stderr
    assert "Traceback" not in result.stderr


def test_check_deploy_is_clean_with_production_settings(tmp_path):
    import datetime as dt
    import json

    from gongkai.law.clock import load_calendar

    # gongkai.W002 (next year's 节假日安排 missing) is right to warn in December; this test is about the
    # deploy settings, so years the installed calendar lacks get an empty placeholder schedule.
    today = dt.date.today()
    missing = [y for y in (today.year, today.year + 1) if y not in load_calendar().years]
    schedule = tmp_path / "holidays.json"
    placeholder = {"source": "测试占位", "holidays": [], "adjusted_workdays": []}
    schedule.write_text(json.dumps({"format": 1, "years": {str(y): placeholder for y in missing}}))
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        GONGKAI_HOLIDAY_FILE=str(schedule),
        GONGKAI_DEBUG="false",
        GONGKAI_SECRET_KEY="k" * 20 + "-production-secret-for-tests-" + "x" * 20,
        GONGKAI_ALLOWED_HOSTS="gongkai.example.gov.cn",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_changed_time_zone_fails_the_system_check():
    with override_settings(TIME_ZONE="UTC"):
        ids = [m.id for m in check_time_zone()]
    assert "gongkai.E001" in ids
    assert [m.id for m in check_time_zone()] == []


def test_there_are_no_missing_migrations(db):
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out, stderr=out)


def test_demo_is_idempotent(db):
    from gongkai.accounts.models import Membership, User
    from gongkai.organisations.models import Organisation

    out = StringIO()
    call_command("demo", "--no-migrate", stdout=out)
    assert "gkb" in out.getvalue() and "gongkai-demo" in out.getvalue()
    counts = (Organisation.objects.count(), User.objects.count(), Membership.objects.count())
    out2 = StringIO()
    call_command("demo", "--no-migrate", stdout=out2)
    assert "nothing to do" in out2.getvalue()
    assert counts == (Organisation.objects.count(), User.objects.count(), Membership.objects.count())


def test_a_missing_next_year_calendar_is_flagged_in_december():
    import time_machine

    from gongkai.core.checks import check_holiday_calendar

    with time_machine.travel("2026-11-26 10:00 +0800", tick=False):
        assert [m.id for m in check_holiday_calendar()] == []
    # 2027 is not in chinesecalendar 1.11 nor in the shipped file: from December the check asks for it.
    with time_machine.travel("2026-12-02 10:00 +0800", tick=False):
        messages = check_holiday_calendar()
    assert [m.id for m in messages] == ["gongkai.W002"]
    assert "2027" in messages[0].msg


def test_an_unreadable_holiday_file_is_an_error(tmp_path):
    from gongkai.core.checks import check_holiday_calendar

    with override_settings(GONGKAI_HOLIDAY_FILE=str(tmp_path / "missing.json")):
        assert [m.id for m in check_holiday_calendar()] == ["gongkai.E003"]
