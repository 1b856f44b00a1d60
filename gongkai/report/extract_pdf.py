"""PDF annual report → IR (gongkai.report.ir.Document), with pdfplumber.

Per page: ruled tables come from pdfplumber's table finder run on the *visible* rulings only
(stroked lines/rects and hairline filled rects): Word-made PDFs put an invisible white filled
rectangle behind every text line, which the default finder turns into one-column "tables".
Spans are read off the geometry: every cell edge becomes a grid line, and a cell covering k grid
intervals gets span k. Text outside tables is grouped into paragraphs (indent, gap, short last
line), page numbers such as ``- 4 -`` or ``第 4 页`` are dropped.

A table continuing at the top of the next page (same outer left/right edges as the table that
ended the previous page) is merged into one Table; a repeated header row is dropped, and a
label cell split by the page break (``（四）无`` / ``法提供``) is joined again.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Any

from gongkai.report.errors import ExtractError
from gongkai.report.ir import Block, Cell, Document, Paragraph, Table

__all__ = ["extract"]

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
    except PDFPasswordIncorrect as exc:
        raise ExtractError("encrypted PDF: a password is needed to open it") from exc
    except Exception as exc:  # pdfminer raises many types (PSSyntaxError, PDFSyntaxError, KeyError…)
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

    def first_row_texts(self) -> list[str]:
        top = min(c.y0 for c in self.cells)
        return [c.text for c in sorted(self.cells, key=lambda c: c.x0) if abs(c.y0 - top) < _TOL]


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
            out.append({"object_type": "line", "x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0, "height": 0.0})
    return out


def _page_tables(page: Any, page_no: int, y_offset: float) -> list[_PTable]:
    ruled = page.filter(_is_visible_rule)
    closing = _closing_lines(ruled.edges)
    found = ruled.find_tables({"explicit_horizontal_lines": closing}) if closing else ruled.find_tables()
    tables = [_to_ptable(t, page_no, y_offset) for t in found]
    tables = [t for t in tables if t is not None]
    if not tables and _looks_tabular(page):
        found = page.find_tables({"vertical_strategy": "text", "horizontal_strategy": "text"})
        tables = [t for t in (_to_ptable(t, page_no, y_offset, min_cols=3) for t in found) if t is not None]
    return tables


def _looks_tabular(page: Any) -> bool:
    """Several lines carrying three or more separate numbers: an unruled table, probably."""
    lines = page.extract_text_lines()
    numeric = sum(1 for ln in lines if len(re.findall(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])", ln["text"])) >= 3)
    return numeric >= 3


def _to_ptable(table: Any, page_no: int, y_offset: float, min_cols: int = 2) -> _PTable | None:
    cells: list[_PCell] = []
    for row, texts in zip(table.rows, table.extract(), strict=False):
        for bbox, text in zip(row.cells, texts, strict=False):
            if bbox is None:
                continue
            x0, top, x1, bottom = (float(v) for v in bbox)
            cells.append(_PCell(x0, x1, top + y_offset, bottom + y_offset, _join_lines(text or "")))
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
        any_text = False
        for page_no, page in enumerate(pages, start=1):
            try:
                has_text = self.page(page, page_no, y_offset)
            except Exception as exc:  # one broken page must not lose the others
                self.warnings.append(f"page {page_no} could not be read: {type(exc).__name__}: {exc}")
                has_text = False
                self.flush_table()
                self.flush_para()
            any_text = any_text or has_text
            y_offset += float(page.height) + 1000.0
        self.flush_table()
        self.flush_para()
        if not any_text:
            raise ExtractError("no text layer; needs OCR")
        if not self.blocks:
            raise ExtractError("PDF has no text")
        return Document(blocks=self.blocks, source_format="pdf", warnings=self.warnings)

    def page(self, page: Any, page_no: int, y_offset: float) -> bool:
        if not page.chars:
            if page.images:
                self.warnings.append(f"page {page_no} has no text layer; needs OCR")
            else:
                self.warnings.append(f"page {page_no} has no text")
            return False
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
        if lines:
            self.left = min(ln.x0 for ln in lines)
            self.right = max(ln.x1 for ln in lines)
            sizes = sorted(float(c["size"]) for c in page.chars)
            self.char = sizes[len(sizes) // 2] or 10.0
        items: list[tuple[float, _Line | _PTable]] = [(ln.top, ln) for ln in lines]
        items += [(t.y0, t) for t in tables]
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
                self.add_line(item, page_no, first_on_page=(i == 0))
        return True

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
        if nxt.first_row_texts() == prev.first_row_texts():  # header repeated on the new page
            top = min(c.y0 for c in nxt.cells)
            rest = [c for c in nxt.cells if abs(c.y0 - top) >= _TOL]
            if not rest:
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
                if abs(above.x0 - c.x0) < _TOL and abs(above.x1 - c.x1) < _TOL and _split_cell(above, c, row_h):
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
