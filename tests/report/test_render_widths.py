"""Column widths of the paged formats: every table fills exactly the type area of an A4 page with the
公文 margins (GB/T 9704-2012), and table 三's label columns are wide enough not to wrap much."""

from __future__ import annotations

import io
import math

import pytest
from docx import Document
from docx.oxml.ns import qn

from gongkai.report.model import FORMAT_2019, Report
from gongkai.report.render import render
from gongkai.report.render.docx import CELL_MARGIN_TWIPS, TABLE_SIZE, twips_widths
from gongkai.report.render.layout import TEXT_WIDTH_MM, grids, requests_grid

from .helpers import consistent_report

TWIPS_PER_MM = 1440 / 25.4


def _reports() -> list[Report]:
    old = consistent_report(2019)
    old.format = FORMAT_2019
    return [consistent_report(), old]


@pytest.mark.parametrize("report", _reports(), ids=["2021", "2019"])
def test_every_grid_is_as_wide_as_the_type_area(report: Report) -> None:
    assert TEXT_WIDTH_MM == 156
    for grid in grids(report).values():
        assert len(grid.widths_mm) == grid.n_cols
        assert sum(grid.widths_mm) == pytest.approx(TEXT_WIDTH_MM)


@pytest.mark.parametrize(
    "widths", [(10.0, 17.0, 51.0) + (11.0,) * 6 + (12.0,), (156 / 15,) * 15, (46.0, 27.5)]
)
def test_twips_widths_sum_exactly_and_stay_proportional(widths: tuple[float, ...]) -> None:
    out = twips_widths(widths, 8845)
    assert sum(out) == 8845
    scale = 8845 / sum(widths)
    assert all(abs(t - w * scale) <= 1 for t, w in zip(out, widths, strict=True))


def _docx_tables(report: Report) -> tuple[int, list]:
    doc = Document(io.BytesIO(render(report, "docx")))
    pg_sz = doc.sections[0]._sectPr.find(qn("w:pgSz"))
    pg_mar = doc.sections[0]._sectPr.find(qn("w:pgMar"))
    text_width = int(pg_sz.get(qn("w:w"))) - int(pg_mar.get(qn("w:left"))) - int(pg_mar.get(qn("w:right")))
    return text_width, doc.tables


@pytest.mark.parametrize("report", _reports(), ids=["2021", "2019"])
def test_docx_tables_fill_the_text_width_with_a_fixed_layout(report: Report) -> None:
    text_width, tables = _docx_tables(report)
    assert abs(text_width - 156 * TWIPS_PER_MM) < 2  # A4 210 mm − 28 mm − 26 mm
    for table in tables:
        tbl = table._tbl
        grid = [int(c.get(qn("w:w"))) for c in tbl.tblGrid.gridCol_lst]
        assert sum(grid) == text_width
        assert tbl.tblPr.find(qn("w:tblW")).get(qn("w:w")) == str(text_width)
        assert tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
        for tr in tbl.tr_lst:
            # Word reads the cells' own widths: merged cells carry the sum of their columns.
            assert sum(tc.width.twips for tc in tr.tc_lst) == text_width


def test_docx_table_three_has_wide_labels_and_narrow_figures() -> None:
    _, tables = _docx_tables(consistent_report())
    grid_mm = [int(c.get(qn("w:w"))) / TWIPS_PER_MM for c in tables[1]._tbl.tblGrid.gridCol_lst]
    labels, figures = grid_mm[:3], grid_mm[3:]
    assert len(figures) == 7
    assert sum(labels) >= 75 and labels[2] >= 50
    # A figure column holds four digits of 五号 type on one line, and stays narrower than the labels.
    char_mm = TABLE_SIZE.pt * 25.4 / 72
    margins_mm = 2 * CELL_MARGIN_TWIPS / TWIPS_PER_MM
    assert all(w - margins_mm >= 4 * char_mm / 2 for w in figures)
    assert max(figures) < labels[1] < labels[2]
    # The longest item label (（六）2, 37 characters) wraps to at most three lines (it took 12 when all
    # ten columns were 15.6 mm wide).
    per_line = math.floor((labels[2] - margins_mm) / char_mm)
    items = [c.text for c in requests_grid(consistent_report()).cells if c.col == 2 and not c.numeric]
    longest = max(len(text) for text in items)
    assert longest == 37
    assert math.ceil(longest / per_line) <= 3


def test_pdf_table_three_stays_inside_the_margins() -> None:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(render(consistent_report(), "pdf"))) as pdf:
        page = next(p for p in pdf.pages if "勾稽关系" in (p.extract_text() or ""))
        xs = [x for line in page.lines for x in (line["x0"], line["x1"])]
    mm = 72 / 25.4
    assert min(xs) >= 28 * mm - 1 and max(xs) <= (210 - 26) * mm + 1
    assert max(xs) - min(xs) == pytest.approx(156 * mm, abs=1)


def test_requests_grid_widths_are_the_docx_and_pdf_widths() -> None:
    widths = requests_grid(consistent_report()).widths_mm
    assert widths[:3] == (10.0, 17.0, 51.0)
    assert sum(widths[3:]) == 78
