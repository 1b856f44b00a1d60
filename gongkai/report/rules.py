"""Consistency rules R1–R9 of the annual report (report-format.md) and the text checks.

Every rule takes the model and returns findings; none raises. A blank cell (None) reads as 0 for
the sums (R7 warns about it), except a blank 总计, which is never compared: R7 reports it instead,
so one fault gives one finding. Rows that are missing altogether (a truncated file) are not checked.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from gongkai.report import narrative as N
from gongkai.report.model import (
    APPEAL_COLUMN_KEYS,
    APPEAL_GROUP_KEYS,
    APPEAL_GROUPS,
    APPLICANT_COLUMNS,
    ART20_DECISION_KEYS,
    ART20_DOC_FIELDS,
    ART20_DOC_KEYS,
    DISPOSITION_ROWS,
    FORMAT_2019,
    FORMAT_2021,
    REQUEST_COLUMN_LABELS,
    REQUEST_COLUMNS,
    REQUEST_ROW_KEYS,
    REQUEST_ROWS,
    ROWS_ABSENT_IN_2019,
    SECTION_HEADINGS,
    SECTION_KEYS,
    Finding,
    Report,
)

ERROR = "error"
WARNING = "warning"


def _row_label(row: str) -> str:
    return REQUEST_ROWS[row]


def _present_rows(report: Report) -> set[str]:
    missing = {m.split(".", 1)[1] for m in report.missing if m.startswith("requests.")}
    rows = set(REQUEST_ROW_KEYS) - missing
    if report.format == FORMAT_2019:
        rows -= set(ROWS_ABSENT_IN_2019)
    return rows


def _v(value: int | None) -> int:
    return value or 0


def r1_balance(report: Report) -> list[Finding]:
    """R1 (the rule printed in table 三): 一 + 二 = 三(七) + 四, per column."""
    rows = ("new", "carried_over", "total_handled", "carried_forward")
    if not set(rows) <= _present_rows(report):
        return []
    req = report.requests
    out: list[Finding] = []
    for col in REQUEST_COLUMNS:
        cells = [req[r][col] for r in rows]
        if col == "total" and None in cells:
            continue
        left = _v(cells[0]) + _v(cells[1])
        right = _v(cells[2]) + _v(cells[3])
        if left != right:
            out.append(
                Finding(
                    "R1",
                    ERROR,
                    f"{REQUEST_COLUMN_LABELS[col]}: 本年新收 + 上年结转 = {left}, "
                    f"but 办理结果总计 + 结转下年度 = {right}",
                    f"requests.new+carried_over/{col}",
                    left,
                    right,
                )
            )
    return out


def r2_dispositions(report: Report) -> list[Finding]:
    """R2: 三(七)总计 = the sum of the 21 disposition rows, per column."""
    present = _present_rows(report)
    # A truncated table cannot be summed; a row left out of a complete table counts as 0 (and
    # check_rows warns about it).
    if "total_handled" not in present or "carried_forward" not in present:
        return []
    req = report.requests
    out: list[Finding] = []
    for col in REQUEST_COLUMNS:
        stated = req["total_handled"][col]
        if col == "total" and (
            stated is None or any(req[r]["total"] is None for r in DISPOSITION_ROWS if r in present)
        ):
            continue  # blank 总计 cells: R7 reports them, the column cannot be summed
        summed = sum(_v(req[r][col]) for r in DISPOSITION_ROWS)
        if summed != _v(stated):
            out.append(
                Finding(
                    "R2",
                    ERROR,
                    f"{REQUEST_COLUMN_LABELS[col]}: 办理结果总计 says {_v(stated)}, "
                    f"the result rows add up to {summed}",
                    f"requests.total_handled/{col}",
                    summed,
                    _v(stated),
                )
            )
    return out


def r3_row_totals(report: Report) -> list[Finding]:
    """R3: per row of table 三, 总计 = the six applicant columns."""
    out: list[Finding] = []
    for row in REQUEST_ROW_KEYS:
        if row not in _present_rows(report):
            continue
        cells = report.requests[row]
        if cells["total"] is None:
            continue
        summed = sum(_v(cells[c]) for c in APPLICANT_COLUMNS)
        if summed != cells["total"]:
            out.append(
                Finding(
                    "R3",
                    ERROR,
                    f"row {_row_label(row)}: 总计 is {cells['total']}, "
                    f"the applicant columns add up to {summed}",
                    f"requests.{row}.total",
                    summed,
                    cells["total"],
                )
            )
    return out


def r4_appeals(report: Report) -> list[Finding]:
    """R4: table 四, per group, 维持 + 纠正 + 其他 + 尚未审结 = 总计."""
    out: list[Finding] = []
    for group in APPEAL_GROUP_KEYS if "appeals" not in report.missing else ():
        cells = report.appeals[group]
        if all(v is None for v in cells.values()) or cells["total"] is None:
            continue
        summed = sum(_v(cells[c]) for c in APPEAL_COLUMN_KEYS[:4])
        if summed != cells["total"]:
            out.append(
                Finding(
                    "R4",
                    ERROR,
                    f"{APPEAL_GROUPS[group]}: 总计 is {cells['total']}, the results add up to {summed}",
                    f"appeals.{group}.total",
                    summed,
                    cells["total"],
                )
            )
    return out


def r5_carry_over(report: Report, previous: Report | None) -> list[Finding]:
    """R5: this year's 上年结转 = last year's 结转下年度, per column."""
    if previous is None or not _consecutive(previous, report):
        return []
    if "carried_over" not in _present_rows(report) or "carried_forward" not in _present_rows(previous):
        return []
    out: list[Finding] = []
    for col in REQUEST_COLUMNS:
        now = report.requests["carried_over"][col]
        before = previous.requests["carried_forward"][col]
        if now is None and before is None:
            continue
        if _v(now) != _v(before):
            out.append(
                Finding(
                    "R5",
                    ERROR,
                    f"{REQUEST_COLUMN_LABELS[col]}: 上年结转 is {_v(now)}, "
                    f"but the {previous.year} report carried forward {_v(before)}",
                    f"requests.carried_over/{col}",
                    _v(before),
                    _v(now),
                )
            )
    return out


def r6_in_force(report: Report, previous: Report | None) -> list[Finding]:
    """R6 (warning: amendments and expiries can break it): 现行有效 = last year's + 制发 − 废止."""
    if previous is None or not _consecutive(previous, report):
        return []
    if FORMAT_2019 in (report.format, previous.format):
        return []
    out: list[Finding] = []
    for key in ART20_DOC_KEYS:
        now, before = report.art20.doc(key), previous.art20.doc(key)
        if None in (now.in_force, now.issued, now.repealed, before.in_force):
            continue
        expected = _v(before.in_force) + _v(now.issued) - _v(now.repealed)
        if expected != now.in_force:
            out.append(
                Finding(
                    "R6",
                    WARNING,
                    f"{key}: 现行有效 is {now.in_force}; last year's {before.in_force} "
                    f"+ 制发 {now.issued} − 废止 {now.repealed} = {expected}",
                    f"art20.{key}.in_force",
                    expected,
                    now.in_force,
                )
            )
    return out


def _consecutive(previous: Report, report: Report) -> bool:
    return previous.year is not None and report.year is not None and previous.year + 1 == report.year


def r7_cells(report: Report) -> list[Finding]:
    """R7: every cell a non-negative integer; blank reads as 0 (warning) unless it is a needed 总计."""
    out: list[Finding] = []
    for loc, raw in report.invalid_cells.items():
        out.append(Finding("R7", ERROR, f"cell {loc} is not a number: {raw!r}", loc, "integer", raw))
    blanks: list[str] = []
    present = _present_rows(report)
    for row in REQUEST_ROW_KEYS:
        if row not in present:
            continue
        cells = report.requests[row]
        for col in REQUEST_COLUMNS:
            value = cells[col]
            loc = f"requests.{row}.{col}"
            if value is None:
                parts = sum(_v(cells[c]) for c in APPLICANT_COLUMNS)
                if col == "total" and parts:
                    out.append(
                        Finding(
                            "R7",
                            ERROR,
                            f"row {_row_label(row)}: 总计 is blank but its parts add up to {parts}",
                            loc,
                            parts,
                            None,
                        )
                    )
                elif loc not in report.invalid_cells:
                    blanks.append(loc)
            elif value < 0:
                out.append(Finding("R7", ERROR, f"cell {loc} is negative: {value}", loc, ">= 0", value))
    for group in APPEAL_GROUP_KEYS if "appeals" not in report.missing else ():
        cells = report.appeals[group]
        for col in APPEAL_COLUMN_KEYS:
            value = cells[col]
            loc = f"appeals.{group}.{col}"
            if value is None:
                parts = sum(_v(cells[c]) for c in APPEAL_COLUMN_KEYS[:4])
                if col == "total" and parts:
                    out.append(
                        Finding(
                            "R7",
                            ERROR,
                            f"{APPEAL_GROUPS[group]}: 总计 is blank but its parts add up to {parts}",
                            loc,
                            parts,
                            None,
                        )
                    )
                elif loc not in report.invalid_cells:
                    blanks.append(loc)
            elif value < 0:
                out.append(Finding("R7", ERROR, f"cell {loc} is negative: {value}", loc, ">= 0", value))
    if report.format != FORMAT_2019:
        missing_items = {m for m in report.missing if m.startswith("art20.")}
        for key in ART20_DOC_KEYS:
            doc = report.art20.doc(key)
            for f in ART20_DOC_FIELDS:
                value = getattr(doc, f)
                loc = f"art20.{key}.{f}"
                if value is None and f"art20.{key}" not in missing_items:
                    blanks.append(loc)
                elif value is not None and value < 0:
                    out.append(Finding("R7", ERROR, f"cell {loc} is negative: {value}", loc, ">= 0", value))
        for key in ART20_DECISION_KEYS:
            value = report.art20.decision(key).decisions
            loc = f"art20.{key}.decisions"
            if value is None and f"art20.{key}" not in missing_items:
                blanks.append(loc)
            elif value is not None and value < 0:
                out.append(Finding("R7", ERROR, f"cell {loc} is negative: {value}", loc, ">= 0", value))
        fee = report.art20.fees.amount_10k_yuan
        if fee is not None and fee < 0:
            out.append(
                Finding("R7", ERROR, f"fee is negative: {fee}", "art20.fees.amount_10k_yuan", ">= 0", fee)
            )
    if blanks:
        shown = ", ".join(blanks[:8]) + (f" and {len(blanks) - 8} more" if len(blanks) > 8 else "")
        out.append(
            Finding("R7", WARNING, f"{len(blanks)} blank cell(s) read as 0: {shown}", blanks[0], 0, None)
        )
    return out


def r8_text_figures(report: Report) -> list[Finding]:
    """R8: figures stated in the text equal the table quantities they name."""
    if not report.sections:
        return []
    out: list[Finding] = []
    present = _present_rows(report)
    for claim in N.claims(report.sections):
        readings = [
            (name, value) for name, value in _readings(report, claim.quantity, present) if value is not None
        ]
        if not readings:
            continue
        if any(value == claim.value for _name, value in readings):
            continue
        names = " or ".join(f"{name} = {value}" for name, value in readings)
        severity = ERROR if claim.exact and len(readings) == 1 else WARNING
        message = f"the text says {claim.phrase!r} ({claim.value}), the table gives {names}"
        partial = _sub_reading(report, claim.quantity, claim.value)
        if partial:
            message += f"; {claim.value} is only {partial}"
        out.append(Finding("R8", severity, message, f"sections.{claim.section}", readings[0][1], claim.value))
    return out


def _sum_rows(report: Report, rows: Iterable[str], present: set[str]) -> int | None:
    rows = list(rows)
    if not all(r in present for r in rows if r not in ROWS_ABSENT_IN_2019):
        return None
    total = 0
    for r in rows:
        cells = report.requests[r]
        row_total = cells["total"]
        total += row_total if row_total is not None else sum(_v(cells[c]) for c in APPLICANT_COLUMNS)
    return total


def _readings(report: Report, quantity: str, present: set[str]) -> list[tuple[str, int | None]]:
    req = report.requests

    def t(row: str) -> int | None:
        # A blank 总计 (R7 reports it) reads as the sum of its row: the figure the table supports.
        if row not in present:
            return None
        cells = req[row]
        if cells["total"] is None and any(cells[c] is not None for c in APPLICANT_COLUMNS):
            return sum(_v(cells[c]) for c in APPLICANT_COLUMNS)
        return cells["total"]

    match quantity:
        case "new":
            return [("一、本年新收", t("new"))]
        case "received":
            new, carried, handled = t("new"), t("carried_over"), t("total_handled")
            both = None if new is None or carried is None else new + carried
            return [("一、本年新收", new), ("一 + 二", both), ("三(七)总计", handled)]
        case "handled":
            return [("三(七)总计", t("total_handled")), ("一、本年新收", t("new"))]
        case "carried_over":
            return [("二、上年结转", t("carried_over"))]
        case "carried_forward":
            return [("四、结转下年度", t("carried_forward"))]
        case "granted":
            return [("三(一)予以公开", t("granted"))]
        case "partially_granted":
            return [("三(二)部分公开", t("partially_granted"))]
        case "granted_or_partial":
            return [("三(一) + 三(二)", _sum_rows(report, ("granted", "partially_granted"), present))]
        case "withheld":
            return [("三(三)不予公开", _sum_rows(report, DISPOSITION_ROWS[2:10], present))]
        case "unable":
            return [("三(四)无法提供", _sum_rows(report, DISPOSITION_ROWS[10:13], present))]
        case "rejected":
            return [("三(五)不予处理", _sum_rows(report, DISPOSITION_ROWS[13:18], present))]
        case "other_handling":
            return [("三(六)其他处理", _sum_rows(report, DISPOSITION_ROWS[18:21], present))]
        case "reconsideration":
            return [("行政复议总计", report.appeals["reconsideration"]["total"])]
        case "litigation":
            a = report.appeals["litigation_direct"]["total"]
            b = report.appeals["litigation_after_reconsideration"]["total"]
            return [("行政诉讼总计", None if a is None and b is None else _v(a) + _v(b))]
    return []


def _sub_reading(report: Report, quantity: str, value: int) -> str:
    cells = report.requests["unable_not_held"]
    not_held = cells["total"] if cells["total"] is not None else sum(_v(cells[c]) for c in APPLICANT_COLUMNS)
    if quantity == "unable" and not_held == value:
        return "三(四)1 本机关不掌握"
    return ""


def r9_period_and_format(report: Report) -> list[Finding]:
    """R9 (warnings): statistics period, publication deadline (条例第五十条), current format."""
    out: list[Finding] = []
    year = report.year
    text = "\n".join(report.sections.values())
    if year is not None:
        period = N.statistics_period(text)
        if period is not None and period != (date(year, 1, 1), date(year, 12, 31)):
            out.append(
                Finding(
                    "R9",
                    WARNING,
                    f"the statistics period stated is {period[0]}–{period[1]}, not the {year} calendar year",
                    "sections.overview",
                    f"{year}-01-01–{year}-12-31",
                    f"{period[0]}–{period[1]}",
                )
            )
        if report.published is not None and report.level in ("government", "department"):
            # 条例第四十九条、第五十条: departments by 1月31日, governments by 3月31日.
            deadline = date(year + 1, 3, 31) if report.level == "government" else date(year + 1, 1, 31)
            if report.published > deadline:
                out.append(
                    Finding(
                        "R9",
                        WARNING,
                        f"published {report.published}, after the deadline {deadline}",
                        "published",
                        str(deadline),
                        str(report.published),
                    )
                )
        if year >= 2021 and report.format == FORMAT_2019:
            out.append(
                Finding(
                    "R9",
                    WARNING,
                    "未使用最新格式: a report for 2021 or later uses the 2019 trial format "
                    "(国办公开办函〔2021〕30号 applies)",
                    "format",
                    "2021",
                    "2019",
                )
            )
    return out


def check_sections(report: Report) -> list[Finding]:
    if not report.sections:
        return []
    out: list[Finding] = []
    for key in SECTION_KEYS:
        if key not in report.sections:
            out.append(
                Finding(
                    "sections",
                    WARNING,
                    f"section {SECTION_HEADINGS[key]} not found (heading missing or worded differently)",
                    f"sections.{key}",
                    SECTION_HEADINGS[key],
                    None,
                )
            )
    problems = report.sections.get("problems")
    if problems is not None and N.is_empty_or_boilerplate(problems):
        out.append(
            Finding(
                "problems",
                WARNING,
                "section 五 (存在的主要问题及改进情况) is empty or says nothing specific",
                "sections.problems",
                None,
                problems[:60],
            )
        )
    return out


def check_rows(report: Report) -> list[Finding]:
    """Rows of table 三 absent from a table that is otherwise complete (not a truncated file)."""
    present = _present_rows(report)
    if "carried_forward" not in present or "new" not in present:
        return []
    absent = [
        r
        for r in REQUEST_ROW_KEYS
        if r not in present and not (report.format == FORMAT_2019 and r in ROWS_ABSENT_IN_2019)
    ]
    out: list[Finding] = []
    if report.format == FORMAT_2021 and "other_other" in present and set(ROWS_ABSENT_IN_2019) <= set(absent):
        # A 2021-format report printing （六）其他处理 as one row, as the 2019 trial format did: a
        # layout deviation, not two lost rows. The row's figures are 三(六)3 其他 (the sub-rows'
        # cases cannot be told apart from it), so R1/R2 still hold over the rows that were printed.
        absent = [r for r in absent if r not in ROWS_ABSENT_IN_2019]
        out.append(
            Finding(
                "R9",
                WARNING,
                "格式不规范: table 三 prints （六）其他处理 as a single row (the 2019 trial layout) "
                "instead of the 2021 sub-rows 1 逾期不补正 / 2 逾期未缴费 / 3 其他; "
                "its figures are read as 三(六)3 其他",
                "requests.other_other",
                None,
                None,
            )
        )
    if absent:
        names = ", ".join(_row_label(r) for r in absent)
        out.append(
            Finding(
                "rows",
                WARNING,
                f"table 三 lacks row(s) {names} (read as 0)",
                f"requests.{absent[0]}",
                len(absent),
                None,
            )
        )
    return out


def check_text(report: Report) -> list[Finding]:
    """Statements of the same figure that disagree within the text, and fee statements."""
    out: list[Finding] = []
    for issue in N.inconsistencies(report.sections):
        out.append(
            Finding("text", WARNING, issue.message, f"sections.{issue.section}", issue.expected, issue.found)
        )
    fee_issue = N.fee_conflict(report.sections)
    if fee_issue:
        out.append(Finding("fees", WARNING, fee_issue, "sections.other", None, None))
    return out


def check(report: Report, previous: Report | None = None) -> list[Finding]:
    findings: list[Finding] = []
    for rule in (
        r1_balance,
        r2_dispositions,
        r3_row_totals,
        r4_appeals,
        r7_cells,
        r8_text_figures,
        r9_period_and_format,
        check_sections,
        check_rows,
        check_text,
    ):
        findings.extend(rule(report))
    findings.extend(r5_carry_over(report, previous))
    findings.extend(r6_in_force(report, previous))
    return findings
