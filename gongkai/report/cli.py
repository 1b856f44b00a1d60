"""`gongkai report check FILE...` — check published annual reports.

Exit codes: 0 no error findings; 1 error findings present (a rule failed); 2 a file could not be
parsed (not a report, truncated, no figures / blank template, unsupported format) or usage error.
2 takes precedence over 1 in a batch: every file is still checked and reported.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import multiprocessing
import os
import sys
from collections import defaultdict
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from gongkai.report.check import CheckResult, check_file, recheck_with_previous

SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".shtml", ".docx", ".pdf"})
# Below this many files the process pool costs more than it saves.
PARALLEL_THRESHOLD = 16

CSV_FIELDS = (
    "file",
    "organisation",
    "year",
    "format",
    "new_total",
    "handled_total",
    "carried_forward_total",
    "errors",
    "warnings",
    "file_errors",
)

EPILOG = """\
exit codes:
  0  every report was read and no rule found an error (warnings allowed)
  1  at least one error finding (R1–R9 and the text checks)
  2  a file could not be parsed: not a report, unreadable or unsupported format, truncated
     (a table cut off), or no figures at all (a blank template); also a usage error.
     2 wins over 1: a batch with one unreadable file exits 2, and every other file is
     still checked and listed ("FILE ERROR" lines name the problem of each file).

A folder is walked for report files; when it holds several consecutive years of one organisation,
R5 (结转) and R6 (现行有效) are checked across those years.
"""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = subparsers.add_parser("report", help="annual report (年度报告) tools")
    sub = report.add_subparsers(dest="report_command", parser_class=type(report))
    check = sub.add_parser(
        "check",
        help="check published annual reports against R1–R9",
        description="Parse published 政府信息公开工作年度报告 files (text, Markdown, HTML, DOCX, PDF) and "
        "check their tables and text against rules R1–R9.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument("files", nargs="+", metavar="FILE", help="report files or folders")
    check.add_argument("--format", choices=("table", "json", "csv"), default="table", dest="output")
    check.add_argument("--previous", metavar="FILE", help="last year's report, for R5/R6")
    check.add_argument(
        "--jobs",
        type=int,
        default=0,
        metavar="N",
        help="worker processes (default: CPU count for large batches, 1 otherwise)",
    )
    check.set_defaults(func=handle_check)
    report.set_defaults(func=lambda ns: _usage(report))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_usage(sys.stderr)
    return 2


def _walk(paths: Sequence[str]) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUFFIXES:
                    yield child
        else:
            yield path


def _check_one(path: str) -> CheckResult:
    return check_file(path)


def _progress(done: int, total: int) -> None:
    width = 30
    filled = width * done // max(total, 1)
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def run_checks(paths: list[Path], jobs: int, show_progress: bool) -> list[CheckResult]:
    names = [str(p) for p in paths]
    if jobs <= 0:
        jobs = (os.cpu_count() or 1) if len(names) >= PARALLEL_THRESHOLD else 1
    results: list[CheckResult] = []
    if jobs == 1 or len(names) < 2:
        for i, name in enumerate(names, 1):
            results.append(_check_one(name))
            if show_progress:
                _progress(i, len(names))
        return results
    # forkserver: forking a process that may hold threads (e.g. under a test runner) can deadlock.
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("forkserver")) as pool:
        for i, result in enumerate(
            pool.map(_check_one, names, chunksize=max(1, len(names) // (jobs * 8))), 1
        ):
            results.append(result)
            if show_progress:
                _progress(i, len(names))
    return results


def cross_year(results: list[CheckResult]) -> None:
    """R5/R6 between consecutive years of the same organisation within one batch."""
    by_org: dict[str, dict[int, CheckResult]] = defaultdict(dict)
    for r in results:
        if r.tables is not None and r.organisation and r.year is not None:
            by_org[r.organisation].setdefault(r.year, r)
    for years in by_org.values():
        for year, result in years.items():
            previous = years.get(year - 1)
            if previous is not None:
                recheck_with_previous(result, previous)


def handle_check(ns: argparse.Namespace) -> int:
    paths = list(_walk(ns.files))
    if not paths:
        sys.stderr.write("gongkai report check: no report files found\n")
        return 2
    show_progress = sys.stderr.isatty() and len(paths) > 1
    results = run_checks(paths, ns.jobs, show_progress)
    if ns.previous:
        previous = check_file(ns.previous)
        if previous.tables is None:
            sys.stderr.write(
                f"gongkai report check: --previous {ns.previous}: {'; '.join(previous.errors)}\n"
            )
            return 2
        for r in results:
            recheck_with_previous(r, previous)
    else:
        cross_year(results)
    out = sys.stdout
    if ns.output == "json":
        json.dump([r.to_dict() for r in results], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif ns.output == "csv":
        out.write(to_csv(results))
    else:
        out.write(to_table(results))
    if any(r.errors for r in results):
        return 2
    if any(r.n_errors for r in results):
        return 1
    return 0


def _total(result: CheckResult, row: str) -> str:
    if result.tables is None:
        return ""
    value = result.tables.requests[row]["total"]
    return "" if value is None else str(value)


def to_csv(results: list[CheckResult]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for r in results:
        writer.writerow(
            [
                r.file,
                r.organisation,
                "" if r.year is None else r.year,
                r.format or "",
                _total(r, "new"),
                _total(r, "total_handled"),
                _total(r, "carried_forward"),
                r.n_errors,
                r.n_warnings,
                len(r.errors),
            ]
        )
    return buf.getvalue()


def to_table(results: list[CheckResult]) -> str:
    lines: list[str] = []
    for r in results:
        head = f"{r.file}: {r.organisation or '?'} {r.year or '?'} (format {r.format or '?'})"
        lines.append(head)
        for e in r.errors:
            lines.append(f"  FILE ERROR  {e}")
        for f in r.findings:
            lines.append(f"  {f.severity.upper():7} {f.rule:9} {f.message}")
        if not r.errors and not r.findings:
            lines.append("  ok")
    return "\n".join(lines) + "\n"
