"""The model's JSON form: versioned, round-trips, validates against the published JSON Schema."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from gongkai.report.check import check_file
from gongkai.report.model import SCHEMA_ID, Finding, Report

from .helpers import consistent_report, load_schema, validate
from .test_corpus import SEED


def test_it_round_trips_through_json() -> None:
    report = consistent_report()
    data = json.loads(json.dumps(report.to_dict(), ensure_ascii=False))
    again = Report.from_dict(data)
    assert again.to_dict() == report.to_dict()
    assert again.art20.fees.amount_10k_yuan == Decimal("12.5")


def test_it_keeps_blank_cells_apart_from_zero() -> None:
    report = consistent_report()
    report.requests["granted"]["research"] = None
    again = Report.from_dict(report.to_dict())
    assert again.requests["granted"]["research"] is None
    assert again.requests["granted"]["social_welfare"] == 0


def test_it_refuses_an_unknown_schema_version() -> None:
    data = consistent_report().to_dict()
    data["schema"] = "gongkai.report/0"
    with pytest.raises(ValueError, match="schema"):
        Report.from_dict(data)


def test_the_fee_is_a_decimal_string() -> None:
    assert consistent_report().to_dict()["art20"]["fees"] == {"amount_10k_yuan": "12.5"}


def test_a_report_validates_against_the_schema() -> None:
    assert validate(consistent_report().to_dict(), load_schema()) == []


def test_the_schema_rejects_a_negative_count() -> None:
    data = consistent_report().to_dict()
    data["requests"]["new"]["total"] = -1
    assert validate(data, load_schema()) != []


def test_the_schema_rejects_an_unknown_row() -> None:
    data = consistent_report().to_dict()
    data["requests"]["granted_somehow"] = data["requests"]["granted"]
    assert validate(data, load_schema()) != []


@pytest.mark.skipif(not SEED.exists(), reason="seed not available")
def test_check_output_validates_against_the_schema() -> None:
    out = json.loads(json.dumps(check_file(SEED).to_dict(), ensure_ascii=False))
    assert validate(out, load_schema()) == []
    assert out["art20"]["fees"]["amount_10k_yuan"] == "2843.38"


def test_the_version_is_in_the_json() -> None:
    assert consistent_report().to_dict()["schema"] == SCHEMA_ID


def test_a_finding_serialises_decimals_as_strings() -> None:
    f = Finding("R7", "error", "m", "art20.fees.amount_10k_yuan", Decimal("1.5"), None)
    assert f.to_dict() == {
        "rule": "R7",
        "severity": "error",
        "message": "m",
        "location": "art20.fees.amount_10k_yuan",
        "expected": "1.5",
        "found": None,
    }
