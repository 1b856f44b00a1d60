"""A report model in the 2019 trial format (国办公开办函〔2019〕60号) — an imported earlier year's report —
renders its own table 二 (and its single （六）其他处理 row of table 三) in every format."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from gongkai.report.check import check_bytes
from gongkai.report.interpret import ART20_2019_COLUMNS
from gongkai.report.model import FORMAT_2019, SCHEMA_ID, Report
from gongkai.report.render import render
from gongkai.report.render.html import render_html
from gongkai.report.render.layout import ART20_2019_BLOCKS, art20_grid, cells_at, requests_grid
from gongkai.report.render.markdown import render_markdown

EXPECTED = Path(__file__).parent / "expected"


def _pingtan_2019() -> Report:
    """平潭综合实验区's 2019 report as the checker read it from the corpus."""
    data = json.loads((EXPECTED / "007_pingtan-2019.txt.json").read_text(encoding="utf-8"))
    keep = ("organisation", "year", "format", "art20_2019", "requests", "appeals")
    report = Report.from_dict({"schema": SCHEMA_ID, **{k: data[k] for k in keep}})
    report.sections = {"overview": "2019年，本区主动公开政府信息2599条。", "problems": "一是队伍有待加强。"}
    return report


@pytest.fixture
def old() -> Report:
    report = _pingtan_2019()
    assert report.format == FORMAT_2019
    assert report.art20_2019 is not None and report.art20_2019["procurement"]["amount"] == "75394432.52"
    return report


def _covered(grid):
    seen = set()
    for c in grid.cells:
        for r in range(c.row, c.row + c.rowspan):
            for k in range(c.col, c.col + c.colspan):
                assert (r, k) not in seen
                seen.add((r, k))
    return seen


def test_the_layout_uses_the_keys_the_checker_reads_into() -> None:
    layout = {
        key: tuple(name for name, _ in columns) for _, columns, items in ART20_2019_BLOCKS for key, _ in items
    }
    assert layout == ART20_2019_COLUMNS


def test_table_two_has_the_five_blocks_of_the_trial_format(old: Report) -> None:
    grid = art20_grid(old)
    assert grid.n_cols == 5 and grid.n_rows == 5 * 2 + 8  # heading and column headings, then items
    assert len(_covered(grid)) == grid.n_rows * grid.n_cols
    texts = [c.text for c in grid.cells if not c.numeric]
    for label in ("第二十条第（九）项", "本年新制作数量", "对外公开总数量", "上一年项目数量", "本年增/减"):
        assert label in texts
    assert "其他对外管理服务事项" in texts and "政府集中采购" in texts
    assert "本年制发件数" not in texts
    figures = {c.key: c for c in grid.cells if c.numeric}
    assert figures["art20_2019.normative_documents.new_published"].value == 89
    assert figures["art20_2019.procurement.amount"].text == "75394432.52"
    # The official template: three figures span 1+2+1 columns, two figures 2+2.
    assert figures["art20_2019.licensing.change"].colspan == 2
    assert (
        figures["art20_2019.fees.previous_year_items"].colspan,
        figures["art20_2019.fees.change"].col,
    ) == (2, 3)


def test_table_three_has_one_other_row(old: Report) -> None:
    grid = requests_grid(old)
    assert len(_covered(grid)) == grid.n_rows * grid.n_cols
    spans = {c.text: (c.rowspan, c.colspan) for c in grid.merged()}
    assert spans["三、本年度办理结果"] == (20, 1)
    assert spans["（六）其他处理"] == (1, 2)
    assert grid.n_rows == 3 + 23
    keys = {c.key.split(".")[1] for c in grid.cells if c.numeric}
    assert "other_other" in keys and not keys & {"other_no_correction", "other_no_fee"}


def test_html(old: Report) -> None:
    html = render_html(old)
    assert "<td>本年新制作数量</td>" not in html and ">本年新制作数量</th>" in html
    assert 'colspan="2">75394432.52</td>' in html
    assert 'rowspan="20" class="label">三、本年度办理结果' in html
    assert 'colspan="2" class="label">（六）其他处理' in html
    assert "本年制发件数" not in html and "国办公开办函〔2019〕60号" in html


def test_markdown(old: Report) -> None:
    md = render_markdown(old)
    assert "| 第二十条第（一）项 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |" in md
    assert "| 规范性文件 | 89 | 89 | 89 |" in md
    assert "| 其他对外管理服务事项 | 10 | 0 | 153 |" in md
    assert "| 政府集中采购 | 135 | 75394432.52 |" in md
    assert "| 三(六) 其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |" in md
    assert md.count("\n| 三(") == 20 and "三(六)1" not in md
    assert "本年制发件数" not in md


def test_docx(old: Report) -> None:
    from docx import Document

    doc = Document(io.BytesIO(render(old, "docx")))
    t2, t3 = doc.tables[0], doc.tables[1]
    assert len(t2.columns) == 5 and len(t2.rows) == 18
    assert [c.text for c in t2.rows[3].cells] == ["规范性文件", "89", "89", "89", "89"]  # 新公开 spans 2
    assert t2.rows[17].cells[0].text == "政府集中采购" and t2.rows[17].cells[3].text == "75394432.52"
    assert len(t3.rows) == 26
    assert "其他处理" in t3.cell(23, 1).text and t3.cell(23, 1)._tc is t3.cell(23, 2)._tc
    assert t3.cell(24, 1).text == "（七）总计"


def test_pdf(old: Report) -> None:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(render(old, "pdf"))) as pdf:
        text = "".join(page.extract_text() or "" for page in pdf.pages)
    for s in ("本年新制作数量", "第二十条第（九）项", "其他对外管理服务事项", "75394432.52", "其他处理"):
        assert s in text
    assert "本年制发件数" not in text and "申请人无正当理由" not in text


def test_xlsx(old: Report) -> None:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(render(old, "xlsx")))
    ws = wb["二、主动公开"]
    assert ws.max_column == 5
    assert [ws.cell(row=5, column=c).value for c in (1, 2, 3, 5)] == ["规范性文件", 89, 89, 89]
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"C5:D5", "B19:C19", "D19:E19"} <= merged
    assert ws["A19"].value == "政府集中采购" and ws["D19"].value == pytest.approx(75394432.52)
    assert wb["三、申请情况"]["B25"].value == "（六）其他处理"


@pytest.mark.parametrize("fmt", ["html", "md", "docx", "pdf"])
def test_the_checker_reads_each_format_back_as_the_same_2019_report(old: Report, fmt: str) -> None:
    result = check_bytes(render(old, fmt), f"report.{fmt}")
    assert result.tables is not None
    assert result.tables.format == FORMAT_2019
    assert result.tables.art20_2019 == old.art20_2019
    assert result.tables.requests == old.requests
    assert result.tables.appeals == old.appeals
    assert [f for f in result.findings if f.severity == "error"] == []


def test_a_2019_report_without_table_two_figures_renders_blank(old: Report) -> None:
    old.art20_2019 = None
    md = render_markdown(old)
    assert "| 规章 |  |  |  |" in md
    assert render(old, "docx") and render(old, "pdf").startswith(b"%PDF")


def test_a_figure_written_with_its_unit_is_shown_as_written(old: Report) -> None:
    assert old.art20_2019 is not None
    old.art20_2019["procurement"]["amount"] = "251000元"
    cell = next(c for c in art20_grid(old).cells if c.key == "art20_2019.procurement.amount")
    assert (cell.text, cell.value, cell.numeric) == ("251000元", None, True)
    assert "251000元" in render_html(old)


def test_findings_on_2019_items_highlight_their_cells() -> None:
    assert cells_at("art20_2019.procurement.amount") == {"art20_2019.procurement.amount"}
    assert "art20_2019.licensing.decisions" in cells_at("art20_2019.licensing")


def test_the_chart_appendix_plots_the_trial_format_figures(old: Report) -> None:
    from gongkai.report.render.charts import chart_series

    art20 = dict(chart_series(old)[1][1])
    assert art20["规章 本年新制作"] == (old.art20_2019 or {})["rules"]["new_made"]
    figures = [(old.art20_2019 or {})["normative_documents"][c] for c in ("new_made", "total_published")]
    assert [art20["规范性文件 本年新制作"], art20["规范性文件 对外公开总数"]] == figures
    assert any(figures)  # the corpus report has non-zero figures, so zeros would fail
