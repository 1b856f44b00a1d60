"""hypothesis: rendered reports parse back to the same tables; corrupted input never raises."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gongkai.report.check import check_bytes
from gongkai.report.extract_text import extract_str
from gongkai.report.interpret import interpret
from gongkai.report.model import (
    APPEAL_COLUMN_KEYS,
    APPEAL_GROUP_KEYS,
    APPLICANT_COLUMNS,
    DISPOSITION_ROWS,
    DocCounts,
    Report,
)

from .helpers import render_markdown, render_tsv

counts = st.integers(min_value=0, max_value=5000)


@st.composite
def valid_reports(draw: st.DrawFn) -> Report:
    """Random tables that satisfy R1–R4 (so they are plausible reports)."""
    r = Report(organisation="某某县人民政府", year=draw(st.integers(2021, 2030)))
    for row in DISPOSITION_ROWS:
        for col in APPLICANT_COLUMNS:
            r.requests[row][col] = draw(st.integers(0, 50))
    for col in APPLICANT_COLUMNS:
        handled = sum(r.requests[row][col] or 0 for row in DISPOSITION_ROWS)
        r.requests["total_handled"][col] = handled
        forward = draw(st.integers(0, 30))
        carried = draw(st.integers(0, handled + forward))
        r.requests["carried_forward"][col] = forward
        r.requests["carried_over"][col] = carried
        r.requests["new"][col] = handled + forward - carried
    for cells in r.requests.values():
        cells["total"] = sum(cells[c] or 0 for c in APPLICANT_COLUMNS)
    for group in APPEAL_GROUP_KEYS:
        parts = [draw(st.integers(0, 40)) for _ in range(4)]
        r.appeals[group].update(dict(zip(APPEAL_COLUMN_KEYS, [*parts, sum(parts)], strict=True)))
    r.art20.rules = DocCounts(draw(counts), draw(counts), draw(counts))
    r.art20.normative_documents = DocCounts(draw(counts), draw(counts), draw(counts))
    r.art20.licensing.decisions = draw(counts)
    r.art20.penalty.decisions = draw(counts)
    r.art20.enforcement.decisions = draw(counts)
    cents = draw(st.integers(0, 10**8))
    r.art20.fees.amount_10k_yuan = Decimal(cents) / 100
    return r


def _same_tables(a: Report, b: Report) -> None:
    assert b.requests == a.requests
    assert b.appeals == a.appeals
    assert b.art20 == a.art20
    assert (b.year, b.organisation) == (a.year, a.organisation)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_reports())
def test_tab_separated_text_parses_back_to_the_same_tables(report: Report) -> None:
    parsed = interpret(extract_str(render_tsv(report))).report
    _same_tables(report, parsed)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_reports())
def test_markdown_parses_back_to_the_same_tables(report: Report) -> None:
    parsed = interpret(extract_str(render_markdown(report), "md")).report
    _same_tables(report, parsed)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_reports(), st.data())
def test_corrupted_reports_never_raise(report: Report, data: st.DataObject) -> None:
    raw = bytearray(render_tsv(report).encode("utf-8"))
    how = data.draw(st.sampled_from(["flip", "drop", "truncate"]))
    if how == "flip":
        for _ in range(data.draw(st.integers(1, 30))):
            i = data.draw(st.integers(0, len(raw) - 1))
            raw[i] = data.draw(st.integers(0, 255))
    elif how == "drop":
        lines = bytes(raw).split(b"\n")
        keep = data.draw(st.lists(st.booleans(), min_size=len(lines), max_size=len(lines)))
        raw = bytearray(b"\n".join(line for line, k in zip(lines, keep, strict=True) if k))
    else:
        raw = raw[: data.draw(st.integers(0, len(raw)))]
    result = check_bytes(bytes(raw), "corrupt.txt")
    assert isinstance(result.errors, list)
    assert not any(e.startswith("internal error") for e in result.errors)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=3000))
def test_random_bytes_never_raise(data: bytes) -> None:
    result = check_bytes(data, "random.bin")
    assert not any(e.startswith("internal error") for e in result.errors)
