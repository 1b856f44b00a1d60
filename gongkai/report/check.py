"""File → checked report: detect the format, extract, interpret, run the rules. Never raises on bad input.

Per-file problems (not a report, empty, binary, truncated, unknown layout) are `errors` of the result,
distinct from `findings` (what the rules say about a report that could be read).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from gongkai.report import narrative, rules
from gongkai.report.errors import ExtractError
from gongkai.report.extract_text import decode, extract_str
from gongkai.report.interpret import interpret
from gongkai.report.ir import Document
from gongkai.report.model import Finding, Report

TEXT_EXTENSIONS = frozenset({".txt", ".text", ".md", ".markdown", ""})
# Other formats are extracted by sibling modules (gongkai.report.extract_<fmt>.extract(bytes)).
EXTRACTOR_MODULES = {
    "html": "gongkai.report.extract_html",
    "docx": "gongkai.report.extract_docx",
    "pdf": "gongkai.report.extract_pdf",
}
MAX_BYTES = 64 * 1024 * 1024


@dataclass(slots=True)
class CheckResult:
    file: str
    organisation: str = ""
    year: int | None = None
    format: str | None = None
    tables: Report | None = None
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    source_format: str = ""

    @property
    def n_errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == "error")

    @property
    def n_warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity == "warning")

    def to_dict(self) -> dict[str, Any]:
        tables = self.tables.to_dict() if self.tables is not None else None
        out: dict[str, Any] = {
            "file": self.file,
            "organisation": self.organisation,
            "year": self.year,
            "format": self.format,
        }
        if tables is not None:
            for key in ("art20", "art20_2019", "requests", "appeals"):
                out[key] = tables[key]
        out["findings"] = [f.to_dict() for f in self.findings]
        out["errors"] = list(self.errors)
        out["warnings"] = list(self.warnings)
        return out


def detect_format(data: bytes, name: str = "") -> str:
    """'pdf', 'docx', 'html', 'md' or 'txt', by content first and extension second."""
    head = data[:4096]
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx" if b"word/" in data[:200000] or name.lower().endswith(".docx") else "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "doc"
    lowered = head.lower()
    if any(
        tag in lowered for tag in (b"<html", b"<!doctype html", b"<table", b"<body", b"<div", b"<p>", b"<p ")
    ):
        return "html"
    suffix = Path(name).suffix.lower()
    if suffix in (".html", ".htm", ".shtml"):
        return "html"
    if suffix in (".md", ".markdown"):
        return "md"
    return "txt"


@cache
def _extractor(fmt: str) -> Callable[[bytes], Document] | None:
    module_name = EXTRACTOR_MODULES.get(fmt)
    if module_name is None:
        return None
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            return None
        raise
    fn: Callable[[bytes], Document] = module.extract
    return fn


def check_bytes(data: bytes, name: str, previous: Report | None = None) -> CheckResult:
    result = CheckResult(file=name)
    try:
        _check(data, name, previous, result)
    except ExtractError as exc:
        result.errors.append(exc.reason)
    except (RecursionError, MemoryError, ValueError, IndexError, KeyError, TypeError, AttributeError) as exc:
        # A parser bug must not cost the whole batch: say so for this file and go on.
        result.errors.append(f"internal error while reading the file ({type(exc).__name__}: {exc})")
    return result


def _check(data: bytes, name: str, previous: Report | None, result: CheckResult) -> None:
    if not data or data.isspace():  # (strip() would copy the whole file)
        result.errors.append("empty file")
        return
    fmt = detect_format(data, name)
    result.source_format = fmt
    if fmt in ("txt", "md"):
        doc = extract_str(decode(data), fmt)
    else:
        extractor = _extractor(fmt)
        if extractor is None:
            what = {"zip": "a ZIP archive that is not a DOCX", "doc": "a legacy Word .doc"}.get(fmt, fmt)
            result.errors.append(f"format not supported yet: {what}")
            return
        doc = extractor(data)
    result.warnings.extend(doc.warnings)
    interpretation = interpret(doc)
    report = interpretation.report
    text = doc.text
    report.sections = narrative.split_sections(text)
    report.published = narrative.published_date(text)
    if not interpretation.found_tables and not set(report.sections) - {"preamble"}:
        result.errors.append("not an annual report: no 政府信息公开 tables or section headings found")
        return
    blank = interpretation.found_tables and not has_figures(report)
    if blank:
        # The official tables with every cell empty (a blank template, or a page whose figures
        # were lost): one error says so instead of one per table, and the rules about figures
        # (R1–R8, blank cells) have nothing to check.
        result.errors.append(
            "report has no figures (blank template?): the tables are there but every cell is blank"
        )
        result.errors.extend(e for e in interpretation.errors if not _BLANK_TABLE_ERROR.search(e))
    else:
        result.errors.extend(interpretation.errors)
    result.warnings.extend(interpretation.warnings)
    result.organisation = report.organisation
    result.year = report.year
    result.format = report.format
    result.tables = report
    findings = rules.check(report, previous)
    if interpretation.truncated:
        # The sections after the cut are missing because the file is; the error says so once.
        findings = [f for f in findings if f.rule != "sections"]
    if blank:
        findings = [f for f in findings if f.rule in _RULES_WITHOUT_FIGURES]
    result.findings = findings


# Per-table "no figures" errors of the interpreter, folded into the one blank-template error.
_BLANK_TABLE_ERROR = re.compile(r"has no values|no figures")
# What can still be checked in a report without figures: period and format (R9), its sections.
_RULES_WITHOUT_FIGURES = frozenset({"R9", "sections"})


def has_figures(report: Report) -> bool:
    """Whether any cell of tables 二, 三 or 四 holds a value (a blank template has none)."""
    if any(v is not None for row in report.requests.values() for v in row.values()):
        return True
    if any(v is not None for group in report.appeals.values() for v in group.values()):
        return True
    if report.art20_2019 and any(v is not None for item in report.art20_2019.values() for v in item.values()):
        return True
    return any(v is not None for v in _art20_values(report)) or bool(report.invalid_cells)


def _art20_values(report: Report) -> list[object]:
    a = report.art20
    return [
        a.rules.issued,
        a.rules.repealed,
        a.rules.in_force,
        a.normative_documents.issued,
        a.normative_documents.repealed,
        a.normative_documents.in_force,
        a.licensing.decisions,
        a.penalty.decisions,
        a.enforcement.decisions,
        a.fees.amount_10k_yuan,
    ]


def check_file(path: str | Path, previous: str | Path | Report | CheckResult | None = None) -> CheckResult:
    """Check one file; `previous` is last year's report (a path, a Report or a CheckResult) for R5/R6."""
    name = str(path)
    prev_report: Report | None
    if isinstance(previous, (str, Path)):
        prev_report = check_file(previous).tables
    elif isinstance(previous, CheckResult):
        prev_report = previous.tables
    else:
        prev_report = previous
    try:
        p = Path(path)
        if p.is_dir():
            return CheckResult(file=name, errors=["is a directory"])
        if p.stat().st_size > MAX_BYTES:
            return CheckResult(file=name, errors=[f"file too large (over {MAX_BYTES // 1024 // 1024} MB)"])
        data = p.read_bytes()
    except OSError as exc:
        return CheckResult(file=name, errors=[f"cannot read file: {exc.strerror or exc}"])
    return check_bytes(data, name, prev_report)


def recheck_with_previous(result: CheckResult, previous: CheckResult) -> None:
    """Add the cross-year rules (R5, R6) once both years have been read."""
    if result.tables is None or previous.tables is None:
        return
    result.findings.extend(rules.r5_carry_over(result.tables, previous.tables))
    result.findings.extend(rules.r6_in_force(result.tables, previous.tables))
