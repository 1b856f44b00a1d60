"""The renderers work on the model alone (no Django)."""

import io
import json
import re
from decimal import Decimal

import pytest

from gongkai.report.model import REQUEST_COLUMNS, Report
from gongkai.report.render import FORMATS, render
from gongkai.report.render.html import finding_flags, render_html, render_table
from gongkai.report.render.layout import appeals_grid, art20_grid, cells_at, requests_grid
from gongkai.report.render.markdown import render_markdown


@pytest.fixture
def report() -> Report:
    r = Report(organisation="吴忠市利通区人民政府", year=2022, level="government")
    for row in r.requests.values():
        for col in row:
            row[col] = 0
    for key, n in (("new", 11), ("granted", 8), ("unable_not_held", 3), ("total_handled", 11)):
        r.requests[key]["natural_person"] = n
        r.requests[key]["total"] = n
    for group in r.appeals.values():
        for col in group:
            group[col] = 0
    r.art20.normative_documents.issued, r.art20.normative_documents.repealed = 6, 0
    r.art20.normative_documents.in_force = 38
    r.art20.licensing.decisions = 8678
    r.art20.fees.amount_10k_yuan = Decimal("2843.38")
    r.sections = {"overview": "第一段。\n第二段。", "problems": "一是问题。"}
    return r


def _covered(grid):
    seen = {}
    for c in grid.cells:
        for r in range(c.row, c.row + c.rowspan):
            for k in range(c.col, c.col + c.colspan):
                assert (r, k) not in seen, f"cell {(r, k)} covered twice"
                seen[(r, k)] = c
    return seen


@pytest.mark.parametrize("build", [art20_grid, requests_grid, appeals_grid])
def test_every_grid_position_is_covered_exactly_once(report, build):
    grid = build(report)
    assert len(_covered(grid)) == grid.n_rows * grid.n_cols


def test_table_three_has_the_official_merged_cells(report):
    grid = requests_grid(report)
    spans = {c.text: (c.rowspan, c.colspan) for c in grid.merged()}
    assert spans["三、本年度办理结果"] == (22, 1)
    assert spans["（三）不予公开"] == (8, 1)
    assert spans["（四）无法提供"] == (3, 1)
    assert spans["（五）不予处理"] == (5, 1)
    assert spans["（六）其他处理"] == (3, 1)
    assert spans["法人或其他组织"] == (1, 5)
    assert spans["申请人情况"] == (1, 7)
    assert spans["一、本年新收政府信息公开申请数量"] == (1, 3)
    assert grid.n_rows == 3 + 25 and grid.n_cols == 10


def test_table_four_has_three_heading_rows_and_fifteen_figures(report):
    grid = appeals_grid(report)
    assert grid.n_rows == 4
    assert len([c for c in grid.cells if c.numeric]) == 15
    assert {c.text for c in grid.merged() if c.colspan == 10} == {"行政诉讼"}


def test_html_carries_rowspan_and_colspan(report):
    html = render_html(report)
    assert 'rowspan="22"' in html
    assert 'colspan="5">法人或其他组织' in html
    assert "<td>8678</td>" not in html and 'colspan="3">8678</td>' in html
    assert "2843.38" in html


def test_html_escapes_text(report):
    report.sections["other"] = "<script>alert(1)</script>"
    assert "<script>alert" not in render_html(report)


def test_html_rows_have_ten_columns_once_spans_are_counted(report):
    table = render_table(requests_grid(report))
    rows = re.findall(r"<tr>(.*?)</tr>", table, re.S)
    assert len(rows) == 28
    # A row's own cells plus the cells hanging down from earlier rows always make ten columns.
    grid = requests_grid(report)
    covered = _covered(grid)
    assert all(sum(1 for (r, _) in covered if r == i) == 10 for i in range(grid.n_rows))


def test_findings_highlight_the_cells_they_name(report):
    flags = finding_flags(
        [("requests.new+carried_over/total", "error"), ("requests.granted.total", "warning")]
    )
    assert flags == {
        "requests.new.total": "error",
        "requests.carried_over.total": "error",
        "requests.granted.total": "warning",
    }
    assert 'class="finding-error"' in render_table(requests_grid(report), flags=flags)


def test_a_location_naming_a_whole_row_covers_its_columns():
    assert cells_at("requests.granted") == {f"requests.granted.{c}" for c in REQUEST_COLUMNS}
    assert cells_at("sections.overview") == set()


def test_markdown_lists_every_row_of_table_three(report):
    md = render_markdown(report)
    assert md.count("\n| 三(") == 22
    assert "| 一、本年新收政府信息公开申请数量 | 11 | 0 | 0 | 0 | 0 | 0 | 11 |" in md


def test_json_round_trips_through_the_model(report):
    data = json.loads(render(report, "json"))
    assert Report.from_dict(data).to_dict() == report.to_dict()


def test_xlsx_has_the_merged_ranges(report):
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(render(report, "xlsx")))
    ws = wb["三、申请情况"]
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert "A7:A28" in merged  # 三、本年度办理结果: 22 rows (row 1 the title, rows 2–4 headings)
    assert "E3:I3" in merged  # 法人或其他组织
    assert ws["D5"].value == 11
    assert wb["二、主动公开"]["B15"].value == pytest.approx(2843.38)


def test_docx_opens_and_holds_the_tables_in_gb9704_layout(report):
    from docx import Document

    doc = Document(io.BytesIO(render(report, "docx")))
    section = doc.sections[0]
    assert section.top_margin and section.bottom_margin and section.left_margin and section.right_margin
    assert section.page_width and section.page_height
    assert round(section.top_margin.mm) == 37 and round(section.bottom_margin.mm) == 35
    assert round(section.left_margin.mm) == 28 and round(section.right_margin.mm) == 26
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert len(doc.tables) == 3
    table = doc.tables[1]
    assert len(table.rows) == 28 and len(table.columns) == 10
    # A merged cell is one cell object across its span.
    assert table.cell(5, 0)._tc is table.cell(26, 0)._tc
    assert table.cell(3, 3).text == "11"
    title = doc.paragraphs[0].runs[0]
    assert title.font.size is not None
    assert title.font.size.pt == 22
    assert "方正小标宋简体" in title._element.xml


def test_pdf_starts_with_the_magic_and_has_pages(report):
    import pdfplumber

    data = render(report, "pdf")
    assert data.startswith(b"%PDF")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) >= 2
        text = "".join(page.extract_text() or "" for page in pdf.pages)
    assert "8678" in text


def test_unknown_formats_are_refused(report):
    with pytest.raises(ValueError):
        render(report, "rtf")
    assert set(FORMATS) == {"json", "html", "md", "xlsx", "docx", "pdf", "svg"}


def test_blank_cells_render_blank(report):
    report.requests["new"]["research"] = None
    assert "| 一、本年新收政府信息公开申请数量 | 11 | 0 |  | 0 |" in render_markdown(report)
