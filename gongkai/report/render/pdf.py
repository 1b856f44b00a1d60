"""PDF with reportlab's built-in CID font STSong-Light (no font file needed), A4 with the 公文
margins, the tables with merged cells (Table SPAN)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from gongkai.report.model import Report

from .layout import Grid, grids, title
from .text import parts, preamble

FONT = "STSong-Light"
_registered = False


def _register() -> None:
    global _registered
    if not _registered:
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
        _registered = True


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle(
            "title", fontName=FONT, fontSize=22, leading=32, alignment=TA_CENTER, spaceAfter=12
        ),
        "heading": ParagraphStyle("heading", fontName=FONT, fontSize=16, leading=28, spaceBefore=6),
        "body": ParagraphStyle(
            "body", fontName=FONT, fontSize=16, leading=28.9, firstLineIndent=32, wordWrap="CJK"
        ),
        "cell": ParagraphStyle(
            "cell", fontName=FONT, fontSize=8, leading=10, alignment=TA_LEFT, wordWrap="CJK"
        ),
        "cellc": ParagraphStyle(
            "cellc", fontName=FONT, fontSize=8, leading=10, alignment=TA_CENTER, wordWrap="CJK"
        ),
    }


def grid_table(grid: Grid, widths_mm: Sequence[float], styles: dict[str, ParagraphStyle]) -> Table:
    data: list[list[Any]] = [["" for _ in range(grid.n_cols)] for _ in range(grid.n_rows)]
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
    ]
    for cell in grid.cells:
        style = styles["cellc"] if cell.header or cell.numeric else styles["cell"]
        data[cell.row][cell.col] = Paragraph(escape(cell.text), style)
        if cell.rowspan > 1 or cell.colspan > 1:
            commands.append(
                ("SPAN", (cell.col, cell.row), (cell.col + cell.colspan - 1, cell.row + cell.rowspan - 1))
            )
    table = Table(data, colWidths=[w * mm for w in widths_mm], repeatRows=grid.header_rows)
    table.setStyle(TableStyle(commands))
    return table


def render_pdf(report: Report) -> bytes:
    _register()
    styles = _styles()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        topMargin=37 * mm,
        bottomMargin=35 * mm,
        leftMargin=28 * mm,
        rightMargin=26 * mm,
        title=title(report),
        author=report.organisation,
    )
    story: list[Any] = [Paragraph(escape(title(report)), styles["title"])]
    if pre := preamble(report):
        story.append(Paragraph(escape(pre), styles["body"]))
    tables = grids(report)
    for key, heading, paras in parts(report):
        flow: list[Any] = [Paragraph(escape(heading), styles["heading"])]
        flow.extend(Paragraph(escape(p), styles["body"]) for p in paras)
        if key not in tables:
            story.extend(flow)
            continue
        # A cell spanning 22 rows cannot break across pages: keep the table (and its heading) whole.
        flow += [Spacer(1, 4), grid_table(tables[key], tables[key].widths_mm, styles)]
        story.append(KeepTogether(flow))
    doc.build(story)
    return buf.getvalue()
