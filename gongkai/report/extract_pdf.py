"""PDF annual report → IR (gongkai.report.ir.Document), with pdfplumber.

Per page: ruled tables come from pdfplumber's table finder run on the *visible* rulings only
(stroked lines/rects and hairline filled rects): Word-made PDFs put an invisible white filled
rectangle behind every text line, which the default finder turns into one-column "tables".
Spans are read off the geometry: every cell edge becomes a grid line, and a cell covering k grid
intervals gets span k. Text outside tables is grouped into paragraphs (indent, gap, short last
line), page numbers such as ``- 4 -`` or ``第 4 页`` are dropped.

A table continuing at the top of the next page (same outer left/right edges as the table that
ended the previous page) is merged into one Table; repeated header rows are dropped, and a
label cell split by the page break (``（四）无`` / ``法提供``) is joined again. A row cut by the
break has no rule drawn at the cut: one is added where three or more vertical rules stop.
A running header/footer (same first/last line at the same height on most pages) is dropped.

Encryption: a PDF that needs a user password is refused (ExtractError "encrypted PDF…"); one
with only an owner password (copy/print restrictions, common on official PDFs) opens with the
empty password and is read, with a warning. Pages without text (scans) are named in warnings;
if no page has text the file is refused: "no text layer; needs OCR".
"""

from __future__ import annotations

import io
import itertools
import logging
import re
from dataclasses import dataclass, field
from typing import Any

from gongkai.report.errors import ExtractError
from gongkai.report.ir import Block, Cell, Document, Paragraph, Table

__all__ = ["extract"]

# pdfminer logs every recoverable oddity of a damaged file ("Data-loss while decompressing…") as
# a warning on the root handler; the checker reports problems itself, so keep the CLI quiet.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

_PAGE_NUMBER = re.compile(
    r"^[-－—–_~\s]*\d{1,4}[-－—–_~\s]*$"
    r"|^第\s*\d{1,4}\s*页(\s*[，,/、]?\s*共\s*\d{1,4}\s*页)?$"
    r"|^\d{1,4}\s*/\s*\d{1,4}$"
)
# A label split by a page break continues mid-word; a new cell starts with an enumerator.
_ENUMERATOR = re.compile(r"^\s*([（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+\s*[.．、])")
_NUMERIC = re.compile(r"^[\s\d.,，%-]*$")
_WS = re.compile(r"\s+")
_CJK_BREAK = re.compile(r"(?<=[^\x00-\x7f])\n(?=[^\x00-\x7f])")
_TOL = 3.0  # points: cell edges closer than this are the same grid line
_EDGE_TOL = 8.0  # points: outer edges of a table's two halves may differ this much across pages
_HAIRLINE = 2.5  # points: a filled rect thinner than this is a drawn rule
_MAX_HEADER_ROWS = 4  # a header repeated on the next page is at most this many rows


def extract(data: bytes) -> Document:
    """Read a PDF's text layer into paragraphs and tables (page by page, tables merged across breaks)."""
    if not isinstance(data, bytes | bytearray):
        raise ExtractError("PDF input must be bytes")
    data = bytes(data)
    if not data:
        raise ExtractError("empty input: 0 bytes")
    if b"%PDF-" not in data[:1024]:
        raise ExtractError("not a PDF file: no %PDF- header")
    try:
        import pdfplumber
        from pdfminer.pdfdocument import PDFPasswordIncorrect
    except ImportError as exc:  # pragma: no cover - a deployment problem, not bad input
        raise ExtractError(f"PDF support is not installed: {exc}") from exc
    warnings: list[str] = []
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfminer raises many types (PSSyntaxError, PDFSyntaxError, KeyError…)
        # pdfplumber wraps pdfminer's errors in PdfminerException(original).
        if isinstance(exc, PDFPasswordIncorrect) or any(
            isinstance(a, PDFPasswordIncorrect) for a in exc.args
        ):
            raise ExtractError("encrypted PDF: a password is needed to open it") from exc
        raise ExtractError(f"not a readable PDF: {type(exc).__name__}: {exc}") from exc
    try:
        with pdf:
            if getattr(pdf.doc, "encryption", None):
                # Owner-password-only encryption (print/copy restrictions) is common on official
                # PDFs; the text opens with the empty user password, so read it and say so.
                warnings.append("PDF is encrypted (restrictions only); read with the empty user password")
            try:
                pages = list(pdf.pages)
            except Exception as exc:
                raise ExtractError(f"not a readable PDF: {type(exc).__name__}: {exc}") from exc
            if not pages:
                raise ExtractError("PDF has no pages")
            return _Builder(warnings).run(pages)
    except ExtractError:
        raise
    except Exception as exc:
        raise ExtractError(f"not a readable PDF: {type(exc).__name__}: {exc}") from exc


# --- page objects -----------------------------------------------------------------------------


def _is_white(color: Any) -> bool:
    if isinstance(color, int | float):
        return float(color) >= 0.99
    if isinstance(color, tuple | list) and color and all(isinstance(v, int | float) for v in color):
        if len(color) == 4:  # CMYK
            return all(float(v) <= 0.01 for v in color)
        return all(float(v) >= 0.99 for v in color)
    return False


def _is_visible_rule(obj: dict[str, Any]) -> bool:
    """Keep text and visible rulings; drop invisible/background rects that fake table borders."""
    kind = obj.get("object_type")
    if kind in ("rect", "line", "curve"):
        if obj.get("stroke") and not _is_white(obj.get("stroking_color")):
            return True
        if kind == "rect" and obj.get("fill") and not _is_white(obj.get("non_stroking_color")):
            return min(float(obj.get("width", 0)), float(obj.get("height", 0))) <= _HAIRLINE
        return False
    return True


def _join_lines(text: str) -> str:
    """Join wrapped lines: no space between two CJK characters, one space otherwise."""
    return _WS.sub(" ", _CJK_BREAK.sub("", text)).strip()


@dataclass(slots=True)
class _PCell:
    x0: float
    x1: float
    y0: float
    y1: float
    text: str


@dataclass(slots=True)
class _PTable:
    cells: list[_PCell]
    x0: float
    x1: float
    y0: float
    y1: float
    pages: list[int] = field(default_factory=list)

    def row_texts(self, limit: int) -> list[list[str]]:
        """The texts of the first ``limit`` rows (cells grouped by their top edge), left to right."""
        tops = _clusters([c.y0 for c in self.cells])[:limit]
        by_x = sorted(self.cells, key=lambda c: c.x0)
        return [[c.text for c in by_x if abs(c.y0 - top) <= _TOL] for top in tops]


@dataclass(slots=True)
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float


def _closing_lines(edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Horizontal rules where three or more vertical rules stop together with no rule drawn there.

    When Word splits a table row across pages it draws no border at the cut, so the last row on
    one page and the first on the next would otherwise have no bottom/top edge and be lost.
    """
    vertical = [e for e in edges if e.get("orientation") == "v"]
    out: list[dict[str, Any]] = []
    for key in ("top", "bottom"):
        ends = _clusters([float(e[key]) for e in vertical])
        for y in ends:
            group = [e for e in vertical if abs(float(e[key]) - y) <= _TOL]
            if len(group) < 3:
                continue
            x0 = min(float(e["x0"]) for e in group)
            x1 = max(float(e["x1"]) for e in group)
            out.append(
                {
                    "object_type": "line",
                    "x0": x0,
                    "x1": x1,
                    "top": y,
                    "bottom": y,
                    "width": x1 - x0,
                    "height": 0.0,
                }
            )
    return out


def _page_tables(page: Any, page_no: int, y_offset: float) -> list[_PTable]:
    ruled = page.filter(_is_visible_rule)
    closing = _closing_lines(ruled.edges)
    found = ruled.find_tables({"explicit_horizontal_lines": closing}) if closing else ruled.find_tables()
    tables = [t for t in (_to_ptable(t, page_no, y_offset) for t in found) if t is not None]
    if not tables and _looks_tabular(page):
        found = page.find_tables({"vertical_strategy": "text", "horizontal_strategy": "text"})
        tables = [
            t
            for t in (_to_ptable(t, page_no, y_offset, min_cols=3, text_rows=True) for t in found)
            if t is not None
        ]
    return tables


def _looks_tabular(page: Any) -> bool:
    """Several lines carrying three or more separate numbers: an unruled table, probably."""
    lines = page.extract_text_lines()
    numeric = sum(1 for ln in lines if len(re.findall(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])", ln["text"])) >= 3)
    return numeric >= 3


def _to_ptable(
    table: Any, page_no: int, y_offset: float, min_cols: int = 2, text_rows: bool = False
) -> _PTable | None:
    rows: list[list[_PCell]] = []
    for row, texts in zip(table.rows, table.extract(), strict=False):
        cells_in_row: list[_PCell] = []
        for bbox, text in zip(row.cells, texts, strict=False):
            if bbox is None:
                continue
            x0, top, x1, bottom = (float(v) for v in bbox)
            cells_in_row.append(_PCell(x0, x1, top + y_offset, bottom + y_offset, _join_lines(text or "")))
        rows.append(cells_in_row)
    if text_rows:
        # The text strategy puts an empty row in the gap between two lines of words: drop it
        # and stretch each row down to the next so no grid line is left in the gap.
        rows = [r for r in rows if any(c.text for c in r)]
        for upper, lower in itertools.pairwise(rows):
            for c in upper:
                c.y1 = lower[0].y0
    cells = [c for r in rows for c in r]
    if not cells:
        return None
    n_cols = len(_clusters([c.x0 for c in cells] + [c.x1 for c in cells])) - 1
    n_rows = len(_clusters([c.y0 for c in cells] + [c.y1 for c in cells])) - 1
    if n_cols < min_cols or n_rows < 2:
        return None  # one column of text lines in boxes, not a table
    return _PTable(
        cells,
        min(c.x0 for c in cells),
        max(c.x1 for c in cells),
        min(c.y0 for c in cells),
        max(c.y1 for c in cells),
        [page_no],
    )


def _clusters(values: list[float]) -> list[float]:
    """Sorted representative values, merging values within _TOL of the previous one."""
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _TOL:
            out.append(v)
    return out


def _index(grid: list[float], v: float) -> int:
    best = 0
    for i, g in enumerate(grid):
        if abs(g - v) < abs(grid[best] - v):
            best = i
    return best


def _to_table(pt: _PTable, source: str) -> Table:
    xs = _clusters([c.x0 for c in pt.cells] + [c.x1 for c in pt.cells])
    ys = _clusters([c.y0 for c in pt.cells] + [c.y1 for c in pt.cells])
    cells: list[Cell] = []
    taken: set[tuple[int, int]] = set()
    for c in sorted(pt.cells, key=lambda c: (c.y0, c.x0)):
        r0, r1 = _index(ys, c.y0), _index(ys, c.y1)
        c0, c1 = _index(xs, c.x0), _index(xs, c.x1)
        if (r0, c0) in taken:
            continue
        taken.add((r0, c0))
        cells.append(Cell(c.text, r0, c0, max(r1 - r0, 1), max(c1 - c0, 1)))
    return Table(cells=cells, source=source)


# --- assembling the document ------------------------------------------------------------------


@dataclass(slots=True)
class _PageData:
    number: int
    offset: float  # this page's top in document coordinates
    lines: list[_Line]
    tables: list[_PTable]
    left: float
    right: float
    char: float


def _edge_key(line: _Line, page: _PageData) -> tuple[str, int]:
    """A running header/footer: same words (page numbers and spaces aside) at the same height."""
    return re.sub(r"[\d\s]+", "#", line.text.strip()), round((line.top - page.offset) / 4)


class _Builder:
    def __init__(self, warnings: list[str]) -> None:
        self.warnings = warnings
        self.blocks: list[Block] = []
        self.para: list[_Line] = []
        self.para_page = 0
        self.table: _PTable | None = None  # the last table, while nothing followed it yet
        self.left = 0.0
        self.right = 0.0
        self.char = 10.0

    def run(self, pages: list[Any]) -> Document:
        y_offset = 0.0
        read: list[_PageData] = []
        for page_no, page in enumerate(pages, start=1):
            try:
                data = self.read_page(page, page_no, y_offset)
            except Exception as exc:  # one broken page must not lose the others
                self.warnings.append(f"page {page_no} could not be read: {type(exc).__name__}: {exc}")
                data = None
            if data is not None:
                read.append(data)
            y_offset += float(page.height) + 1000.0
        if not read:
            raise ExtractError("no text layer; needs OCR")
        self.drop_running_lines(read)
        previous = 0
        for data in read:
            if data.number != previous + 1:  # an unreadable page in between: nothing continues over it
                self.flush_table()
                self.flush_para()
            self.assemble(data)
            previous = data.number
        self.flush_table()
        self.flush_para()
        if not self.blocks:
            raise ExtractError("PDF has no text")
        return Document(blocks=self.blocks, source_format="pdf", warnings=self.warnings)

    def read_page(self, page: Any, page_no: int, y_offset: float) -> _PageData | None:
        if not page.chars:
            if page.images:
                self.warnings.append(f"page {page_no} has no text layer; needs OCR")
            else:
                self.warnings.append(f"page {page_no} has no text")
            return None
        undecodable = sum(1 for c in page.chars if c["text"].startswith("(cid:"))
        if undecodable * 2 > len(page.chars):
            # Glyph ids without a Unicode map: the "text" is (cid:123) noise, as good as no text.
            self.warnings.append(f"page {page_no} has text without a Unicode mapping; needs OCR")
            return None
        tables = _page_tables(page, page_no, y_offset)
        boxes = [(t.x0 - 1, t.y0 - y_offset - 1, t.x1 + 1, t.y1 - y_offset + 1) for t in tables]

        def outside(obj: dict[str, Any]) -> bool:
            if obj.get("object_type") != "char":
                return True
            cx = (obj["x0"] + obj["x1"]) / 2
            cy = (obj["top"] + obj["bottom"]) / 2
            return not any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in boxes)

        raw_lines = page.filter(outside).extract_text_lines() if boxes else page.extract_text_lines()
        lines = [
            _Line(ln["text"], float(ln["x0"]), float(ln["x1"]), float(ln["top"]) + y_offset,
                  float(ln["bottom"]) + y_offset)
            for ln in raw_lines
            if ln["text"].strip() and not _PAGE_NUMBER.match(ln["text"].strip())
        ]  # fmt: skip
        sizes = sorted(float(c["size"]) for c in page.chars)
        return _PageData(
            number=page_no,
            offset=y_offset,
            lines=lines,
            tables=tables,
            left=min((ln.x0 for ln in lines), default=0.0),
            right=max((ln.x1 for ln in lines), default=0.0),
            char=sizes[len(sizes) // 2] or 10.0,
        )

    def drop_running_lines(self, pages: list[_PageData]) -> None:
        """Drop a running header/footer: the same first or last line on most pages, at one height."""
        if len(pages) < 3:
            return
        for pick in (0, -1):
            keys = [_edge_key(p.lines[pick], p) for p in pages if p.lines]
            if not keys:
                continue
            key = max(set(keys), key=keys.count)
            if keys.count(key) < max(3, (len(pages) + 1) // 2) or len(key[0]) > 60:
                continue
            for p in pages:
                if p.lines and _edge_key(p.lines[pick], p) == key:
                    del p.lines[pick]

    def assemble(self, data: _PageData) -> None:
        if data.lines:
            self.left, self.right, self.char = data.left, data.right, data.char
        items: list[tuple[float, _Line | _PTable]] = [(ln.top, ln) for ln in data.lines]
        items += [(t.y0, t) for t in data.tables]
        items.sort(key=lambda it: it[0])
        for i, (_, item) in enumerate(items):
            if isinstance(item, _PTable):
                self.flush_para()
                if i == 0 and self.table is not None and self.continues(self.table, item):
                    self.merge(self.table, item)
                else:
                    self.flush_table()
                    self.table = item
            else:
                self.flush_table()
                self.add_line(item, data.number, first_on_page=(i == 0))

    # paragraphs

    def add_line(self, line: _Line, page_no: int, first_on_page: bool) -> None:
        if self.para:
            prev = self.para[-1]
            indented = line.x0 > self.left + 1.2 * self.char
            short = prev.x1 < self.right - 2 * self.char
            gap = (line.top - prev.bottom) > 1.2 * self.char and not first_on_page
            if indented or short or gap:
                self.flush_para()
        if not self.para:
            self.para_page = page_no
        self.para.append(line)

    def flush_para(self) -> None:
        if self.para:
            text = _join_lines("\n".join(ln.text for ln in self.para))
            if text:
                self.blocks.append(Paragraph(text, source=f"page {self.para_page}"))
            self.para = []

    # tables

    def continues(self, prev: _PTable, nxt: _PTable) -> bool:
        return (
            nxt.pages[0] == prev.pages[-1] + 1
            and abs(prev.x0 - nxt.x0) <= _EDGE_TOL
            and abs(prev.x1 - nxt.x1) <= _EDGE_TOL
        )

    def merge(self, prev: _PTable, nxt: _PTable) -> None:
        """Append ``nxt`` (top of the next page) to ``prev`` as further rows."""
        # Header rows repeated on the new page ("repeat as header row" in Word) are dropped.
        repeated = 0
        for a, b in zip(prev.row_texts(_MAX_HEADER_ROWS), nxt.row_texts(_MAX_HEADER_ROWS), strict=False):
            if a != b or not any(a):
                break
            repeated += 1
        if repeated:
            cut = _clusters([c.y0 for c in nxt.cells])
            rest = [c for c in nxt.cells if len(cut) <= repeated or c.y0 >= cut[repeated] - _TOL]
            if not rest or len(cut) <= repeated:
                return
            nxt.cells = rest
            nxt.y0 = min(c.y0 for c in rest)
        shift = prev.y1 - nxt.y0
        # Align the outer edges (they differ by a point or two between pages).
        for c in nxt.cells:
            c.y0 += shift
            c.y1 += shift
            if abs(c.x0 - nxt.x0) <= _EDGE_TOL:
                c.x0 = prev.x0
            if abs(c.x1 - nxt.x1) <= _EDGE_TOL:
                c.x1 = prev.x1
        seam = prev.y1
        bottom = [c for c in prev.cells if abs(c.y1 - seam) < _TOL]
        heights = sorted(c.y1 - c.y0 for c in prev.cells)
        row_h = heights[len(heights) // 2]
        joined: set[int] = set()
        for c in nxt.cells:
            if abs(c.y0 - seam) >= _TOL:
                continue
            for above in bottom:
                if (
                    abs(above.x0 - c.x0) < _TOL
                    and abs(above.x1 - c.x1) < _TOL
                    and _split_cell(above, c, row_h)
                ):
                    above.y1 = c.y1
                    above.text = above.text + c.text
                    joined.add(id(c))
                    break
        prev.cells.extend(c for c in nxt.cells if id(c) not in joined)
        prev.y1 = max(c.y1 for c in prev.cells)
        prev.pages.append(nxt.pages[-1])

    def flush_table(self) -> None:
        if self.table is not None:
            pages = self.table.pages
            source = f"page {pages[0]}" if len(pages) == 1 else f"pages {pages[0]}-{pages[-1]}"
            self.blocks.append(_to_table(self.table, source))
            self.table = None


def _split_cell(above: _PCell, below: _PCell, row_h: float) -> bool:
    """Is ``below`` the rest of ``above``, cut by the page break? Only for label cells spanning rows."""
    if _NUMERIC.match(above.text) and above.text.strip():
        return False
    if below.text and (_NUMERIC.match(below.text) or _ENUMERATOR.match(below.text)):
        return False
    if not above.text:
        return False
    # A group label spans several rows (of typical height row_h) on at least one side of the break.
    return (above.y1 - above.y0) > 1.6 * row_h or (below.y1 - below.y0) > 1.6 * row_h
