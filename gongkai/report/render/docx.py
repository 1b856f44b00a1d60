"""DOCX laid out as a 公文 (GB/T 9704-2012): A4; margins top 37 mm, bottom 35 mm, left 28 mm, right
26 mm; title in 方正小标宋简体 2号 (22 pt); body in 仿宋_GB2312 3号 (16 pt); first-level headings in
黑体 3号; the tables in the official layout with merged cells."""

from __future__ import annotations

import io
import itertools
from collections.abc import Sequence
from typing import Any

from docx import Document as new_document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Pt, Twips

from gongkai.report.model import Report

from .layout import Grid, grids, title
from .text import parts, preamble

TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋_GB2312"
HEADING_FONT = "黑体"
TITLE_SIZE = Pt(22)  # 2号
BODY_SIZE = Pt(16)  # 3号
TABLE_SIZE = Pt(10.5)  # 五号: the tables do not fit the type area in 3号
CELL_MARGIN_TWIPS = 57  # 1 mm left and right of the text in a table cell


def _font(run: object, name: str, size: Pt) -> None:
    # East-Asian text uses w:eastAsia; python-docx's font.name only sets the Latin slots.
    run.font.name = name  # type: ignore[attr-defined]
    run.font.size = size  # type: ignore[attr-defined]
    rpr = run._element.get_or_add_rPr()  # type: ignore[attr-defined]
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def _paragraph(
    doc: object, text: str, font: str, size: Pt, *, center: bool = False, indent: bool = True
) -> None:
    p = doc.add_paragraph()  # type: ignore[attr-defined]
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent:
        p.paragraph_format.first_line_indent = Pt(size.pt * 2)
    p.paragraph_format.line_spacing = Pt(28) if size == BODY_SIZE else None
    _font(p.add_run(text), font, size)


def twips_widths(widths_mm: Sequence[float], total_twips: int) -> list[int]:
    """Column widths in twips (the unit of w:gridCol) in the proportions of `widths_mm`, summing to
    exactly `total_twips`: rounding at the running edges, so no column drifts by more than one twip."""
    scale = total_twips / sum(widths_mm)
    edges = [0] + [round(edge * scale) for edge in itertools.accumulate(widths_mm)]
    return [b - a for a, b in itertools.pairwise(edges)]


def _fix_widths(table: Any, widths: list[int]) -> None:
    """A fixed layout at the given widths: Word reads the cells' w:tcW, LibreOffice the w:gridCol."""
    table.autofit = False  # w:tblLayout fixed: the widths hold whatever the cell text
    tbl = table._tbl
    tbl_pr = tbl.tblPr
    tbl_w = tbl_pr.find(qn("w:tblW"))
    if tbl_w is None:
        tbl_w = OxmlElement("w:tblW")
        tbl_pr.append(tbl_w)
    tbl_w.set(qn("w:w"), str(sum(widths)))
    tbl_w.set(qn("w:type"), "dxa")
    # Narrower cell padding than Word's 1.9 mm, which takes a third of an 11 mm figure column.
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(CELL_MARGIN_TWIPS))
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    look = tbl_pr.find(qn("w:tblLook"))  # schema order: tblCellMar comes before tblLook
    if look is not None:
        look.addprevious(margins)
    else:
        tbl_pr.append(margins)
    for grid_col, w in zip(tbl.tblGrid.gridCol_lst, widths, strict=True):
        grid_col.w = Twips(w)
    # Before any merge: a merged cell's width is then the sum of the cells it swallows.
    for tr in tbl.tr_lst:
        for tc, w in zip(tr.tc_lst, widths, strict=True):
            tc.width = Twips(w)


def add_grid(doc: Any, grid: Grid) -> Any:
    table = doc.add_table(rows=grid.n_rows, cols=grid.n_cols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    section = doc.sections[-1]
    text_width = section.page_width - section.left_margin - section.right_margin
    _fix_widths(table, twips_widths(grid.widths_mm, Emu(text_width).twips))
    for cell in grid.cells:
        target = table.cell(cell.row, cell.col)
        if cell.rowspan > 1 or cell.colspan > 1:
            target = target.merge(table.cell(cell.row + cell.rowspan - 1, cell.col + cell.colspan - 1))
        para = target.paragraphs[0]
        para.alignment = (
            WD_ALIGN_PARAGRAPH.LEFT if (not cell.header and not cell.numeric) else WD_ALIGN_PARAGRAPH.CENTER
        )
        _font(para.add_run(cell.text), HEADING_FONT if cell.header else BODY_FONT, TABLE_SIZE)
    return table


def render_docx(report: Report) -> bytes:
    doc = new_document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    normal = doc.styles["Normal"]
    normal.font.name = BODY_FONT
    normal.font.size = BODY_SIZE
    _paragraph(doc, title(report), TITLE_FONT, TITLE_SIZE, center=True)
    if pre := preamble(report):
        _paragraph(doc, pre, BODY_FONT, BODY_SIZE)
    tables = grids(report)
    for key, heading, paras in parts(report):
        _paragraph(doc, heading, HEADING_FONT, BODY_SIZE)
        for text in paras:
            _paragraph(doc, text, BODY_FONT, BODY_SIZE)
        if key in tables:
            add_grid(doc, tables[key])
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
