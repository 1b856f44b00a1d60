"""The generator and the checker share one model: a report rendered by gongkai.report.render in each
published format parses back, through the checker, to the same tables (issue 4's property test)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from gongkai.report.check import check_bytes
from gongkai.report.model import Report
from gongkai.report.render import render

from .test_roundtrip import _same_tables, valid_reports


def _parse(report: Report, fmt: str) -> Report:
    result = check_bytes(render(report, fmt), f"report.{fmt}")
    assert result.errors == [], result.errors
    assert result.tables is not None
    return result.tables


@pytest.mark.parametrize(("fmt", "examples"), [("html", 40), ("md", 40), ("docx", 15), ("pdf", 5)])
def test_a_rendered_report_parses_back_to_the_same_tables(fmt: str, examples: int) -> None:
    @settings(max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(valid_reports())
    def check(report: Report) -> None:
        _same_tables(report, _parse(report, fmt))

    check()


def test_no_error_findings_on_a_rendered_consistent_report() -> None:
    from hypothesis import find

    report = find(valid_reports(), lambda r: r.requests["new"]["total"] > 5)
    result = check_bytes(render(report, "html"), "report.html")
    assert [f for f in result.findings if f.severity == "error"] == []
