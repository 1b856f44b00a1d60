"""IR document → canonical report tables (gongkai.report.model.Report).

Every extractor (text, Markdown, HTML, DOCX, PDF) ends here, so the label rules exist once. The
document is read as a stream of *items* — a label and the values that follow it on the same line or
table row — and three small state machines (tables 二, 三, 四) pair labels with values:

* a row whose label and values sit together is taken as is;
* a label without values and values without a label (PDF-to-Markdown conversions detach them) are
  paired first-in first-out, which is the order in which both were printed;
* single values (one cell per line) are buffered and, when several labels wait, distributed
  column by column (pdfminer emits table cells column-wise) or row by row;
* a glued digit run ('4910000502') is split into the row's cells using the identities the table
  must satisfy (row total = sum of the six columns; R1/R2 down the columns; 四: parts = 总计); a
  split that stays ambiguous is reported with the row named, never silently guessed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from gongkai.report import labels as L
from gongkai.report.ir import Document, Paragraph, Table
from gongkai.report.model import (
    APPEAL_COLUMN_KEYS,
    APPEAL_GROUP_KEYS,
    DISPOSITION_ROWS,
    FORMAT_2019,
    FORMAT_2021,
    REQUEST_COLUMNS,
    REQUEST_ROW_KEYS,
    REQUEST_ROWS,
    ROWS_ABSENT_IN_2019,
    Count,
    Decisions,
    DocCounts,
    Fees,
    Report,
)

# A run of values: integers or decimals separated by blanks, possibly glued together.
# (Written to start with a digit or a sign followed by one, so re can skip to candidate positions.)
_RUN = re.compile(r"(?:\d|[-−](?=\d))\d*(?:\.\d+)?(?:(?:[ \t\u3000]+|(?=[-−]\d))[-−]?\d+(?:\.\d+)?)*")
_NUMBER = re.compile(r"[-−]?\d+(?:\.\d+)?")
_FOOTER = re.compile(r"^\s*[-—–－]\s*\d{1,3}\s*[-—–－]\s*$")
_MD_RULE = re.compile(r"^\s*\|?\s*:?-{2,}")
_CELL_SPLIT = re.compile(r"\t|\|")
# Used with match(line, pos): anchored there without '^' and without slicing the line.
_PROSE_UNIT = re.compile(r"\s*(?:件|条|个|次|份|期|篇|人|%|％|余)")
# Words that make the number after them prose ('其中修订 16 件'); tested with str.endswith.
_PROSE_BEFORE = ("其中", "含", "约", "共", "修订", "失效", "达", "第")
_YEAR_TITLE = re.compile(r"((?:19|20)\d{2})\s*年度?\s*(?:政府)?\s*信息公开")
# A table cell with its unit printed ('75394432.52元', '6项'): the number is the cell's value.
_NUMBER_UNIT = re.compile(r"([-−]?\d+(?:\.\d+)?)\s*(?:元|万元|件|项|个|条)")
_EMPTY_MARK = frozenset({"", "-", "—", "－", "/", "／", "无", "空"})

MAX_COMBINATIONS = 20000
# Only the end of a long label can name a row or a table (what precedes it is prose), so the
# rest is not normalised: it is most of the text of a report.
LABEL_TAIL = 300
# A glued row of table 三 has 7 cells of at most ~7 digits; longer runs are not table cells.
MAX_RUN_DIGITS = 50
_ORG_SUFFIXES = (
    "政府",
    "局",
    "委员会",
    "委",
    "办公厅",
    "办公室",
    "管委会",
    "办事处",
    "中心",
    "厅",
    "院",
    "署",
)
_DEPARTMENT_SUFFIXES = ("局", "委员会", "委", "办公厅", "办公室", "厅", "中心", "署")


@dataclass(slots=True)
class Item:
    label: str  # normalised
    values: list[str | None]  # raw value tokens; None is a blank structured cell
    glued: bool = False  # values came from one unseparated digit run: cells may be fused
    loc: str = ""
    structured: bool = False  # from a column-faithful table: None slots are real blank cells


@dataclass(slots=True)
class Interpretation:
    report: Report
    # Per-file problems: table missing, truncated, ambiguous split. Errors stop trust in the tables.
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    found_tables: set[str] = field(default_factory=set)
    # Last table 三 row seen in the file (for "table 三 ends after row …").
    last_row: str | None = None
    rows_found: list[str] = field(default_factory=list)
    truncated: bool = False
    # Table 三 rows with fewer cells than the table has columns: key → cells read.
    short_rows: dict[str, int] = field(default_factory=dict)


# --------------------------------------------------------------------------------------------
# Document → items


def _split_run(label: str, run: str, after: str) -> tuple[str, str, str]:
    """Give a trailing item number ('…0000002.其他法律') back to the label that follows."""
    if after and after[0] in ".、．" and not after[1:2].isdigit():
        digits = run.rstrip()
        if len(digits) == 1 or digits[-2:-1] in (" ", "\t"):
            return label, digits[:-1].rstrip(), digits[-1]
        return label, digits[:-1], digits[-1]
    return label, run, ""


def items_from_text(line: str, loc: str) -> Iterator[Item]:
    """Free text: alternate label text and value runs ('label 1 0 2' or flattened 'label102label…')."""
    pos = 0
    carry = ""
    for m in _RUN.finditer(line):
        label_text = carry + line[pos : m.start()]
        label, run, carry = _split_run(label_text, m.group(), line[m.end() : m.end() + 2])
        pos = m.end()
        before = label_text.rstrip()
        if _PROSE_UNIT.match(line, m.end()) or before.endswith(_PROSE_BEFORE) or _is_inside_word(line, m):
            # '办理复议 3 件', '（其中修订 16 件）': prose, not a table cell. Keep as label text.
            carry = label_text + m.group()
            continue
        tokens = run.split()
        if not tokens:
            carry = label_text + carry
            continue
        glued = any(len(t.lstrip("-−")) > 1 and "." not in t for t in tokens) and len(line) > 120
        yield Item(L.normalise(label[-LABEL_TAIL:]), list(tokens), glued, loc)
    rest = carry + line[pos:]
    if rest.strip():
        yield Item(L.normalise(rest[-LABEL_TAIL:]), [], False, loc)


def _is_inside_word(line: str, m: re.Match[str]) -> bool:
    # Digits inside an identifier or year ('2023年', '12345热线', 'www.x1.cn') are not cells.
    after = line[m.end() : m.end() + 1]
    before = line[m.start() - 1 : m.start()] if m.start() else ""
    return after in ("年", "月", "日", "号", "号") or (before.isascii() and before.isalpha())


def items_from_cells(cells: Sequence[str], loc: str) -> Item:
    """A structured row (table row, tab- or pipe-separated line): label cells, then value cells."""
    label_parts: list[str] = []
    values: list[str | None] = []
    started = False
    for raw in cells:
        text = raw.replace("?", "").strip()
        unit = _NUMBER_UNIT.fullmatch(text) if text and text[-1] in _UNITS and label_parts else None
        if unit:
            text = unit.group(1)
        if _NUMBER.fullmatch(text.replace("−", "-")):
            started = True
            values.append(text)
        elif started and text in _EMPTY_MARK:
            values.append(None)
        elif not started and text in _EMPTY_MARK:
            continue
        else:
            if started:
                # Text after values ('结转下年度 … 1 | 0 | 说明'): keep it as label text only.
                label_parts.append(text)
                continue
            label_parts.append(text)
    while values and values[-1] is None:
        values.pop()
    return Item(L.normalise("".join(label_parts)), values, False, loc)


def document_items(doc: Document) -> Iterator[Item]:
    # Tables from HTML/DOCX/PDF keep their columns, so a value's column says which cell it is
    # (blank cells included); tables rebuilt from text lines are too ragged for that.
    by_column = doc.source_format in ("html", "docx", "pdf")
    for index, block in enumerate(doc.blocks):
        if isinstance(block, Table):
            loc = block.source or f"table {index + 1}"
            grid = _grid(block)
            mask = [[_is_number(c) for c in row] for row in grid]
            grid, mask = _drop_phantom_columns(grid, mask)
            first = _first_value_column(mask) if by_column else None
            for r, row in enumerate(grid):
                if any(cell.strip() for cell in row):
                    if first is not None:
                        yield _column_item(row, mask[r], first, f"{loc} row {r + 1}")
                    else:
                        yield _row_item(row, f"{loc} row {r + 1}")
        elif isinstance(block, Paragraph):
            yield from paragraph_items(block.text, block.source or f"block {index + 1}")


def _grid(table: Table) -> list[list[str]]:
    # Table.grid() recomputes its width per row; this is the same grid built in one pass.
    n_rows = n_cols = 0
    for cell in table.cells:
        n_rows = max(n_rows, cell.row + cell.rowspan)
        n_cols = max(n_cols, cell.col + cell.colspan)
    grid = [[""] * n_cols for _ in range(n_rows)]
    for cell in table.cells:
        grid[cell.row][cell.col] = cell.text
    return grid


# A value cell: a number, possibly with its unit printed after it ('6项', '251000元').
_NUM_CELL = re.compile(r"\s*\??\s*[-−]?\d+(?:\.\d+)?\s*(?:元|万元|件|项|个|条)?\s*")
_UNITS = frozenset("元件项个条")


def _is_number(cell: str) -> bool:
    # Most cells are labels: their first character already rules the regex out.
    first = cell.lstrip()[:1]
    if not first or not (first.isdecimal() or first in "?-−"):
        return False
    return _NUM_CELL.fullmatch(cell) is not None


def _drop_phantom_columns(
    grid: list[list[str]], mask: list[list[bool]]
) -> tuple[list[list[str]], list[list[bool]]]:
    """Remove grid columns that exist only because a header cell spans two (Word tables).

    Such a column is blank in every data row and has no text in the header row just above the
    data, whereas a genuinely blank applicant column still has its header (商业企业 …) there.
    """
    data_rows = [i for i, row in enumerate(mask) if any(row)]
    if len(data_rows) < 2 or not grid:
        return grid, mask
    width = max(len(row) for row in grid)
    header = grid[data_rows[0] - 1] if data_rows[0] > 0 else []
    used: set[int] = set()
    for i in data_rows:
        used.update(c for c, cell in enumerate(grid[i]) if cell.strip())
    used.update(c for c, cell in enumerate(header) if cell.strip())
    if len(used) == width:
        return grid, mask
    first_value = min(c for i in data_rows for c, flag in enumerate(mask[i]) if flag)
    drop = {c for c in range(width) if c not in used and c > first_value}
    if not drop:
        return grid, mask
    keep = [c for c in range(width) if c not in drop]
    return [[row[c] for c in keep if c < len(row)] for row in grid], [
        [row[c] for c in keep if c < len(row)] for row in mask
    ]


def _first_value_column(mask: list[list[bool]]) -> int | None:
    cols = [c for row in mask for c, flag in enumerate(row) if flag]
    return min(cols) if cols else None


def _column_item(row: Sequence[str], numeric: Sequence[bool], first: int, loc: str) -> Item:
    """A row of a column-faithful table: label cells before `first`, one value slot per column after."""
    label = "".join(c for c in row[:first] if c.strip())
    slots = row[first:]
    if not any(numeric[first:]):
        # A header or a label-only row: blank value slots are kept (None) so a row printed with
        # every cell blank still takes its place; text in value columns is header text.
        text = "".join(c for c in slots if c.strip())
        if text and not all(c.strip() in _EMPTY_MARK for c in slots):
            return Item(L.normalise(label + text), [], False, loc, structured=True)
        return Item(L.normalise(label), [None] * len(slots), False, loc, structured=True)
    values: list[str | None] = []
    for cell, is_num in zip(slots, numeric[first:], strict=False):
        text = cell.replace("?", "").strip()
        if is_num:
            unit = _NUMBER_UNIT.fullmatch(text) if text[-1] in _UNITS else None
            values.append(unit.group(1) if unit else text)
        elif text in _EMPTY_MARK:
            values.append(None)
        else:
            values.append(text)  # not a number: R7 reports it
    return Item(L.normalise(label), values, False, loc, structured=True)


def _row_item(row: Sequence[str], loc: str) -> Item:
    # A cell holding several numbers ('0 0') or a label glued to digits is re-read as text.
    if any(_NUMBER.search(c) and not _NUMBER.fullmatch(c.strip().replace("?", "").strip()) for c in row):
        numeric = [c for c in row if _NUMBER.fullmatch(c.strip())]
        if not numeric:
            text_items = list(items_from_text(" ".join(row), loc))
            if len(text_items) == 1:
                return text_items[0]
    return items_from_cells(row, loc)


def paragraph_items(text: str, loc: str) -> Iterator[Item]:
    for line in text.splitlines():
        if not line.strip() or _FOOTER.match(line) or _MD_RULE.match(line):
            continue
        if "\t" in line or line.count("|") >= 2 or line.rstrip().endswith("|"):
            cells = list(_CELL_SPLIT.split(line))
            if line.lstrip().startswith("|"):
                cells = cells[1:]
            if line.rstrip().endswith("|"):
                cells = cells[:-1]
            yield _row_item(cells, loc)
        else:
            yield from items_from_text(line, loc)


# --------------------------------------------------------------------------------------------
# Digit-run reconstruction


def _splits(token: str) -> Iterator[list[int]]:
    """Every way to cut one digit token into numbers without leading zeros."""
    neg = token.startswith(("-", "−"))
    digits = token.lstrip("-−")
    if not digits.isdigit():
        return
    n = len(digits)

    def rec(i: int) -> Iterator[list[int]]:
        if i == n:
            yield []
            return
        if digits[i] == "0":
            for rest in rec(i + 1):
                yield [0, *rest]
            return
        for j in range(i + 1, n + 1):
            for rest in rec(j):
                yield [int(digits[i:j]), *rest]

    for parts in rec(0):
        if neg and parts:
            parts[0] = -parts[0]
        yield parts


def split_row(tokens: Sequence[str], width: int, total_last: bool = True) -> list[list[int]]:
    """All ways to read glued tokens as `width` cells whose last cell is the sum of the others."""
    out: list[list[int]] = []
    if sum(len(t) for t in tokens) > MAX_RUN_DIGITS:
        return out  # not a table row (a phone number list, an ID): bounded work on hostile input
    token_splits = [list(itertools.islice(_splits(t), 4000)) for t in tokens]

    def rec(i: int, acc: list[int]) -> None:
        if len(acc) > width or len(out) > 200:
            return
        if i == len(tokens):
            if len(acc) == width and (not total_last or sum(acc[:-1]) == acc[-1]):
                out.append(list(acc))
            return
        for parts in token_splits[i]:
            rec(i + 1, acc + parts)

    rec(0, [])
    return out


def split_groups(tokens: Sequence[str], groups: int, size: int) -> list[list[int]]:
    """Glued table 四 digits → groups × size values, each group's last = sum of its first four."""
    digits = "".join(t.lstrip("-−") for t in tokens)
    out: list[list[int]] = []
    if len(digits) > MAX_RUN_DIGITS * 2 or not digits.isdigit():
        return out

    total_cells = groups * size

    def rec(i: int, acc: list[int]) -> None:
        if len(out) > 50:
            return
        left_digits, left_cells = len(digits) - i, total_cells - len(acc)
        if left_digits < left_cells or left_digits > 7 * left_cells:
            return
        if len(acc) % size == 0 and acc:
            group = acc[-size:]
            if sum(group[:-1]) != group[-1]:
                return
        if len(acc) == groups * size:
            if i == len(digits):
                out.append(list(acc))
            return
        if i >= len(digits):
            return
        if digits[i] == "0":
            rec(i + 1, [*acc, 0])
            return
        for j in range(i + 1, min(len(digits), i + 7) + 1):
            rec(j, [*acc, int(digits[i:j])])

    rec(0, [])
    return out


def split_plain(tokens: Sequence[str], width: int, last_is_largest: bool = True) -> list[list[str]]:
    """Glued cells with no identity (table 二): every split, best guess first.

    Without an identity the split is a guess (reported as such): prefer balanced cell lengths, a
    zero where one fits (本年增/减 is often 0) and, for document counts, a 现行有效 / 总数 column at
    least as large as the others, as in every report seen so far.
    """
    parts_in: list[str] = []
    for token in tokens:
        parts_in.extend(_NUMBER.findall(token.replace("−", "-")))
    cands: list[list[str]] = []
    if sum(len(p) for p in parts_in) > MAX_RUN_DIGITS:
        return cands

    def rec(i: int, acc: list[str]) -> None:
        if len(acc) > width or len(cands) > 500:
            return
        if i == len(parts_in):
            if len(acc) == width:
                cands.append(list(acc))
            return
        token = parts_in[i]
        whole, _, frac = token.partition(".")
        for parts in itertools.islice(_splits(whole), 500):
            cells = [str(p) for p in parts]
            if frac:
                cells[-1] = f"{cells[-1]}.{frac}"
            rec(i + 1, acc + cells)

    rec(0, [])

    def score(c: list[str]) -> tuple[int, int, int, int, int]:
        lengths = [len(v.lstrip("-").split(".")[0]) for v in c]
        nums = [float(v) for v in c]
        plausible = 0 if not last_is_largest or all(nums[-1] >= v for v in nums[:-1]) else 1
        zero = 0 if "0" in c[1:] else 1
        return (plausible, zero, max(lengths), sum(n * n for n in lengths), -lengths[0])

    cands.sort(key=score)
    return cands


# --------------------------------------------------------------------------------------------
# The pairing machine


@dataclass(slots=True)
class _Slot:
    key: str
    weak: bool = False


class _Assigner:
    """Pairs labels and values for one table; `width(key)` says how many cells a row has."""

    def __init__(self, widths: dict[str, int], default_width: int) -> None:
        self.widths = widths
        self.default = default_width
        self.pending: list[_Slot] = []
        self.orphans: list[tuple[list[str | None], bool]] = []
        self.buffer: list[str | None] = []
        self.rows: dict[str, tuple[list[str | None], bool]] = {}
        self.order: list[str] = []
        self.notes: list[str] = []
        self.column_major = False

    def width(self, key: str) -> int:
        return self.widths.get(key, self.default)

    def assign(self, key: str, values: list[str | None], glued: bool) -> None:
        if key in self.rows:
            return
        self.rows[key] = (values, glued)
        self.order.append(key)
        self.pending = [s for s in self.pending if s.key != key]

    def label(self, key: str, weak: bool = False) -> None:
        self.flush()
        if key in self.rows or any(s.key == key for s in self.pending):
            return
        if self.orphans and not weak:
            values, glued = self.orphans.pop(0)
            self.assign(key, values, glued)
            return
        self.pending.append(_Slot(key, weak))

    def row(self, key: str | None, values: list[str | None], glued: bool) -> None:
        full = glued or len(values) >= max(self.width(key) if key else self.default, 2) - 1
        if key is not None:
            if full or (self.width(key) == 1 and values):
                self.flush()
                self.assign(key, values, glued)
            else:
                self.label(key)
                self.buffer.extend(values)
            return
        if full and len(values) > 1:
            if 0 < len(self.buffer) < self.default - 1 and self.default > 2:
                # A stray number line ('1') between a label and its full row is not a cell.
                self.notes.append(f"stray value(s) {self.buffer} ignored")
                self.buffer = []
            self.flush()
            strong = [s for s in self.pending if not s.weak]
            target = strong[0] if strong else (self.pending[0] if self.pending else None)
            if target is not None:
                self.assign(target.key, values, glued)
            else:
                self.orphans.append((values, glued))
        else:
            self.buffer.extend(values)

    def flush(self) -> None:
        if not self.buffer:
            return
        values, self.buffer = self.buffer, []
        slots = self.pending
        if not slots:
            self.notes.append(f"{len(values)} value(s) with no row label")
            return
        for use_weak in (False, True):
            chosen = [s for s in slots if use_weak or not s.weak]
            widths = [self.width(s.key) for s in chosen]
            if chosen and sum(widths) == len(values):
                break
        else:
            chosen = [s for s in slots if not s.weak]
            widths = [self.width(s.key) for s in chosen]
        if len(chosen) > 1 and len(set(widths)) == 1 and sum(widths) == len(values):
            # Several labels, then all their cells: pdfminer's column-by-column order.
            n, w = len(chosen), widths[0]
            columns = [values[c * n : (c + 1) * n] for c in range(w)]
            if w == 7:
                columns = _total_column_last(columns)
            self.column_major = w > 1
            for i, slot in enumerate(chosen):
                self.assign(slot.key, [columns[c][i] for c in range(w)], False)
            return
        i = 0
        for slot, w in zip(chosen, widths, strict=False):
            if i >= len(values):
                break
            self.assign(slot.key, values[i : i + w], False)
            i += w
        if i < len(values):
            self.notes.append(f"{len(values) - i} value(s) left over")


def _total_column_last(columns: list[list[str | None]]) -> list[list[str | None]]:
    """In column-wise output the 总计 column is not always last: find it by the row identity."""

    def as_int(v: str | None) -> int:
        try:
            return int(v or 0)
        except ValueError:
            return 0

    for t in range(len(columns) - 1, -1, -1):
        others = [c for i, c in enumerate(columns) if i != t]
        if all(as_int(columns[t][r]) == sum(as_int(c[r]) for c in others) for r in range(len(columns[t]))):
            return [*others, columns[t]]
    return columns


# --------------------------------------------------------------------------------------------
# Interpretation

T2_WIDTHS_2021 = {
    "rules": 3,
    "normative_documents": 3,
    "licensing": 1,
    "penalty": 1,
    "enforcement": 1,
    "fees": 1,
}
T2_WIDTHS_2019 = {
    "rules": 3,
    "normative_documents": 3,
    "licensing": 3,
    "other_services": 3,
    "penalty": 3,
    "enforcement": 3,
    "fees": 2,
    "procurement": 2,
}
ART20_2019_COLUMNS = {
    "rules": ("new_made", "new_published", "total_published"),
    "normative_documents": ("new_made", "new_published", "total_published"),
    "licensing": ("previous_year_items", "change", "decisions"),
    "other_services": ("previous_year_items", "change", "decisions"),
    "penalty": ("previous_year_items", "change", "decisions"),
    "enforcement": ("previous_year_items", "change", "decisions"),
    "fees": ("previous_year_items", "change"),
    "procurement": ("items", "amount"),
}
_FIRST_REJECTED = REQUEST_ROW_KEYS.index("rejected_petition")
_T2_START = re.compile(r"二十条第?\(?[一五六八九]")
_T3_START = re.compile(r"勾稽关系|申请人情况")
_T4_HEAD = re.compile(r"复议.{0,8}诉讼")
_T4_END = re.compile(r"存在的主要问题|其他需要报告|主要问题|改进情况")


def interpret(doc: Document) -> Interpretation:
    report = Report()
    result = Interpretation(report)
    items = list(document_items(doc))
    _identify(doc, items, report)

    is_2019 = any(L.FORMAT_2019_RE.search(it.label) for it in items)
    t2 = _Assigner(T2_WIDTHS_2019 if is_2019 else T2_WIDTHS_2021, 1)
    t3 = _Assigner({}, 7)
    t4_values: list[str | None] = []
    t4_glued = False
    zone = ""
    seen_six_subrows = False
    last_index = -1
    for it in items:
        label = it.label
        if it.values and all(v is None for v in it.values):
            blank_row = it.structured
            it = Item(label, [], it.glued, it.loc, it.structured)
        else:
            blank_row = False
        if zone in ("", "t2") and _T2_START.search(label):
            zone = "t2"
            result.found_tables.add("二")
        if zone in ("", "t2") and (
            _T3_START.search(label) or (L.match_row(label) == "new" and len(it.values) >= 6)
        ):
            zone = "t3"
            result.found_tables.add("三")
        if (
            zone == "t3"
            and _T4_HEAD.search(label)
            and "t3"
            and ("carried_forward" in t3.rows or not L.match_rows(label))
        ) or (zone in ("", "t2") and _T4_HEAD.search(label) and L.section_of_heading(label) == "appeals"):
            zone = "t4"
            result.found_tables.add("四")
        if zone == "t4" and ((_T4_END.search(label) and not it.values) or len(t4_values) >= 15):
            zone = "done"

        if zone == "t2":
            # Only the tail: in flattened text the label carries the preceding header words.
            key = L.match_art20(label[-14:])
            if key is None and not it.values:
                continue
            if key is None:
                t2.row(None, it.values, it.glued)
            elif it.values:
                t2.row(key, it.values, it.glued)
            else:
                t2.label(key)
        elif zone == "t3":
            keys = L.match_rows(label)
            key = L.match_row(label)
            if len(keys) > 1 and key is None and len(it.values) < 6:
                continue  # a header line repeating column names
            if key == "other_other" and last_index < _FIRST_REJECTED:
                key = None
            if key in ("other_no_correction", "other_no_fee"):
                seen_six_subrows = True
            if key is None and L.SIX_OTHER_RE.search(label):
                if it.values or blank_row:
                    key = "other_other"
                else:
                    t3.label("other_other", weak=True)
                    continue
            if (
                key is None
                and label in ("总计", "合计")
                and (len(it.values) >= 6 or it.glued)
                and last_index >= _FIRST_REJECTED
            ):
                key = "total_handled"  # '(七)' lost in conversion; position after the results says which 总计
            if key is None and not it.values:
                continue
            if key is not None:
                result.rows_found.append(key)
                last_index = max(last_index, REQUEST_ROW_KEYS.index(key))
            if it.values:
                t3.row(key, it.values, it.glued)
            elif blank_row and key is not None:
                t3.row(key, [None] * 7, False)  # printed with every cell blank
            else:
                t3.label(key)  # type: ignore[arg-type]
        elif zone == "t4" and it.values:
            t4_values.extend(it.values)
            t4_glued = t4_glued or it.glued
    t2.flush()
    t3.flush()
    _fill_art20(result, t2, is_2019)
    _fill_requests(result, t3)
    _fill_appeals(result, t4_values, t4_glued)
    report.format = FORMAT_2019 if is_2019 or _single_six_row(result, seen_six_subrows, t3) else FORMAT_2021
    if report.format == FORMAT_2019 and not is_2019:
        # A 2021 table 二 with one （六）其他处理 row: keep 2021; rules.check_rows names the deviation.
        report.format = FORMAT_2021
    _check_completeness(result, t3)
    for note in t2.notes:
        result.warnings.append(f"table 二: {note}")
    for note in t3.notes:
        result.warnings.append(f"table 三: {note}")
    return result


def _single_six_row(result: Interpretation, seen_subrows: bool, t3: _Assigner) -> bool:
    return not seen_subrows and "other_other" in t3.rows


_TITLE = re.compile(
    r"(?P<org1>[^\s，。,]{2,40}?)?(?P<year>(?:19|20)\d{2})年度?(?P<org2>[^\s，。,]{0,40}?)(?:政府)?信息公开(?:工作)?(?:年度)?(?:工作)?报告"
)


def _identify(doc: Document, items: list[Item], report: Report) -> None:
    """Organisation and year from the title (the first lines that name a 信息公开…报告)."""
    lines: list[str] = []
    for block in doc.blocks[:80]:
        if isinstance(block, Paragraph):
            lines.extend(block.text.splitlines())
        if len(lines) > 60:
            break
    clean = [re.sub(r"[\s#*]+|^标题[:：]", "", line) for line in lines]
    for i, line in enumerate(clean):
        if "报告" not in line and "年度报" not in line and not line.endswith(("公开", "工作", "年度")):
            continue
        # Titles wrap: try this line, then with its neighbours; prefer a reading that names the body.
        found: tuple[int, str] | None = None
        prev = clean[i - 1] if i else ""
        nxt = clean[i + 1] if i + 1 < len(clean) else ""
        for text in (line, prev + line, line + nxt, prev + line + nxt):
            m = _TITLE.search(text)
            if m and len(text) < 160:
                org = (m.group("org2") or m.group("org1") or "").strip("《》【】[]")
                org = re.sub(r"^.*?[》】\]:：]", "", org)
                if found is None or (org and not found[1]):
                    found = (int(m.group("year")), org)
        if found is not None:
            report.year, report.organisation = found
        if report.year is not None:
            break
    org = report.organisation
    if org and not org.endswith(_ORG_SUFFIXES):
        # '利通区 2022 年…报告' names the area; the body names the government ('利通区人民政府').
        body = "".join(b.text for b in doc.blocks[:60] if isinstance(b, Paragraph)).replace(" ", "")
        if f"{org}人民政府" in body:
            report.organisation = f"{org}人民政府"
    if report.organisation.endswith(("人民政府", "管委会", "办事处", "区", "县", "市", "镇", "乡", "街道")):
        # An area's name alone in the title is its government's own report (条例第五十条).
        report.level = "government"
    elif report.organisation.endswith(_DEPARTMENT_SUFFIXES):
        report.level = "department"


def _to_int(raw: str | None, loc: str, result: Interpretation) -> Count:
    if raw is None:
        return None
    text = raw.replace("−", "-").replace(",", "")
    try:
        return int(text)
    except ValueError:
        try:
            value = Decimal(text)
        except InvalidOperation:
            value = None
        if value is not None and value == value.to_integral_value():
            return int(value)
        result.report.invalid_cells[loc] = raw
        return None


def _fill_art20(result: Interpretation, t2: _Assigner, is_2019: bool) -> None:
    report = result.report
    rows: dict[str, list[str | None]] = {}
    for key, (values, glued) in t2.rows.items():
        width = t2.width(key)
        tokens = [v for v in values if v is not None]
        if glued and width > 1 and 0 < len(tokens) < width:
            cands = split_plain(tokens, width, key in ("rules", "normative_documents"))
            if cands:
                if len(cands) > 1:
                    result.warnings.append(
                        f"table 二 {key}: digits '{''.join(tokens)}' can be read several ways; "
                        f"read as {cands[0]}"
                    )
                rows[key] = list(cands[0])
                continue
        if len(values) == width - 1 and width == 3:
            # Two cells for three columns: the middle (废止 / 新公开) one is blank.
            rows[key] = [values[0], None, values[-1]]
            continue
        if len(values) > width:
            # Column-faithful tables of the 2019 format have spanned blanks between the cells.
            filled: list[str | None] = [v for v in values if v is not None]
            values = filled if len(filled) <= width else values
        rows[key] = list(values[:width]) + [None] * (width - len(values[:width]))
    if is_2019:
        art: dict[str, dict[str, int | str | None]] = {}
        for key, cols in ART20_2019_COLUMNS.items():
            vals = rows.get(key, [None] * len(cols))
            art[key] = {c: _art_2019_value(v) for c, v in zip(cols, vals, strict=False)}
        report.art20_2019 = art
        return
    a = report.art20
    for key in ("rules", "normative_documents"):
        if key in rows:
            vals = rows[key]
            a_doc = DocCounts(*(_to_int(v, f"art20.{key}", result) for v in vals[:3]))
            setattr(a, key, a_doc)
    for key in ("licensing", "penalty", "enforcement"):
        if key in rows:
            setattr(a, key, Decisions(_to_int(rows[key][0], f"art20.{key}.decisions", result)))
    if "fees" in rows and rows["fees"][0] is not None:
        try:
            a.fees = Fees(Decimal(str(rows["fees"][0])))
        except InvalidOperation:
            report.invalid_cells["art20.fees.amount_10k_yuan"] = str(rows["fees"][0])
    for key in T2_WIDTHS_2021:
        if key not in rows:
            report.missing.append(f"art20.{key}")


def _art_2019_value(v: str | None) -> int | str | None:
    if v is None:
        return None
    try:
        return int(v)
    except ValueError:
        return v


def _fill_requests(result: Interpretation, t3: _Assigner) -> None:
    report = result.report
    ambiguous: dict[str, list[list[int]]] = {}
    for key, (values, glued) in t3.rows.items():
        tokens = [v for v in values if v is not None]
        if glued or (len(tokens) < 6 and any(len(t) > 1 for t in tokens) and len(values) == len(tokens)):
            cands = split_row(tokens, 7)
            if len(cands) == 1:
                values = [str(v) for v in cands[0]]
            elif cands:
                ambiguous[key] = cands
                values = [str(v) for v in cands[0]]
            else:
                result.errors.append(
                    f"table 三 row {_row_name(key)}: cannot split digits '{_short(' '.join(tokens))}' "
                    "into 7 cells whose total is the sum of the others"
                )
                values = [None] * 7
        elif len(values) > 7:
            values = values[:7]
        elif len(values) < 7:
            if len(values) < 6:
                result.short_rows[key] = len(values)
            elif len(values) == 6 and len(tokens) == 6 and not glued:
                result.short_rows[key] = 6
            values = values + [None] * (7 - len(values))
        row = report.requests[key]
        for col, raw in zip(REQUEST_COLUMNS, values, strict=False):
            row[col] = _to_int(raw, f"requests.{key}.{col}", result)
    if ambiguous:
        _resolve_ambiguous(result, ambiguous)


def _resolve_ambiguous(result: Interpretation, ambiguous: dict[str, list[list[int]]]) -> None:
    """Pick the split of each ambiguous row that makes R1 and R2 hold down every column."""
    report = result.report
    keys = list(ambiguous)
    total = 1
    for k in keys:
        total *= len(ambiguous[k])
    solutions: list[tuple[list[int], ...]] = []
    if total <= MAX_COMBINATIONS:
        for combo in itertools.product(*(ambiguous[k] for k in keys)):
            for k, vals in zip(keys, combo, strict=True):
                for col, v in zip(REQUEST_COLUMNS, vals, strict=True):
                    report.requests[k][col] = v
            if _columns_balance(report):
                solutions.append(combo)
                if len(solutions) > 1:
                    break
    chosen = solutions[0] if solutions else tuple(ambiguous[k][0] for k in keys)
    for k, vals in zip(keys, chosen, strict=True):
        for col, v in zip(REQUEST_COLUMNS, vals, strict=True):
            report.requests[k][col] = v
    if len(solutions) != 1:
        names = ", ".join(_row_name(k) for k in keys)
        result.warnings.append(
            f"table 三: digit runs of row(s) {names} can be split several ways and the column identities "
            f"do not single one out; read as {[list(c) for c in chosen]}"
        )


def _columns_balance(report: Report) -> bool:
    req = report.requests
    for col in REQUEST_COLUMNS:
        cells = {k: req[k][col] or 0 for k in REQUEST_ROW_KEYS}
        if cells["new"] + cells["carried_over"] != cells["total_handled"] + cells["carried_forward"]:
            return False
        if sum(cells[k] for k in DISPOSITION_ROWS) != cells["total_handled"]:
            return False
    return True


def _fill_appeals(result: Interpretation, values: list[str | None], glued: bool) -> None:
    report = result.report
    tokens = [v for v in values if v is not None]
    if not values:
        if "四" in result.found_tables:
            result.errors.append("table 四 has no values")
        return
    if glued or len(values) < 15:
        cands = split_groups(tokens, 3, 5) if tokens else []
        if not cands:
            result.errors.append(f"table 四: {len(tokens)} value(s) found, 15 expected")
            numbers: list[str | None] = list(values[:15]) + [None] * (15 - len(values[:15]))
        else:
            if len(cands) > 1:
                result.warnings.append(
                    f"table 四: digits '{''.join(tokens)}' can be split several ways; read as {cands[0]}"
                )
            numbers = [str(v) for v in cands[0]]
    else:
        numbers = list(values[:15])
    for g, group in enumerate(APPEAL_GROUP_KEYS):
        for c, col in enumerate(APPEAL_COLUMN_KEYS):
            report.appeals[group][col] = _to_int(numbers[g * 5 + c], f"appeals.{group}.{col}", result)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _row_name(key: str) -> str:
    label = REQUEST_ROWS[key]
    return label.split(" ")[0] if " " in label else label


def _check_completeness(result: Interpretation, t3: _Assigner) -> None:
    report = result.report
    if "三" not in result.found_tables and not t3.rows:
        result.errors.append("table 三 (收到和处理政府信息公开申请情况) not found")
        report.missing.extend(f"requests.{k}" for k in REQUEST_ROW_KEYS)
        report.missing.append("appeals")
        return
    expected = [
        k for k in REQUEST_ROW_KEYS if not (report.format == FORMAT_2019 and k in ROWS_ABSENT_IN_2019)
    ]
    missing = [k for k in expected if k not in t3.rows]
    present = [k for k in REQUEST_ROW_KEYS if k in t3.rows or k in result.rows_found]
    if present and not t3.rows:
        result.errors.append("table 三 has row labels but no figures: every cell is blank")
    last = max((REQUEST_ROW_KEYS.index(k) for k in present), default=-1)
    after = [k for k in missing if REQUEST_ROW_KEYS.index(k) > last]
    if after and "carried_forward" in after:
        result.truncated = True
        last_key = REQUEST_ROW_KEYS[last] if last >= 0 else None
        result.last_row = last_key
        where = f"after row {_row_name(last_key)}" if last_key else "before its first row"
        result.errors.append(
            f"table 三 ends {where}: {len(after)} row(s) missing "
            f"({_row_name(after[0])} … {_row_name(after[-1])}); the file looks truncated"
        )
        if last_key in result.short_rows:
            n = result.short_rows[last_key]
            result.errors.append(f"table 三 row {_row_name(last_key)} is cut off after {n} of 7 cells")
            report.missing.append(f"requests.{last_key}")
    for k in missing:
        report.missing.append(f"requests.{k}")
    if "四" not in result.found_tables:
        if not result.truncated or "appeals" not in report.missing:
            result.errors.append("table 四 (行政复议、行政诉讼) not found")
        report.missing.append("appeals")
