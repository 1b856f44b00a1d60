"""gongkai.report.extract_docx: the official blank template, generated reports with merged cells."""

from __future__ import annotations

import contextlib
import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from hypothesis import given, settings
from hypothesis import strategies as st

from gongkai.report.errors import ExtractError
from gongkai.report.extract_docx import extract
from gongkai.report.ir import Cell, Document, Paragraph, Table

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
TEMPLATE = CORPUS / "024_blank-template-2021.docx"

ROW_LABELS = [
    "一、本年新收政府信息公开申请数量",
    "二、上年结转政府信息公开申请数量",
    "（一）予以公开",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "1.属于国家秘密",
    "2.其他法律行政法规禁止公开",
    "3.危及“三安全一稳定”",
    "4.保护第三方合法权益",
    "5.属于三类内部事务信息",
    "6.属于四类过程性信息",
    "7.属于行政执法案卷",
    "8.属于行政查询事项",
    "1.本机关不掌握相关政府信息",
    "2.没有现成信息需要另行制作",
    "3.补正后申请内容仍不明确",
    "1.信访举报投诉类申请",
    "2.重复申请",
    "3.要求提供公开出版物",
    "4.无正当理由大量反复申请",
    "5.要求行政机关确认或重新出具已获取信息",
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "3.其他",
    "（七）总计",
    "四、结转下年度继续办理",
]


def to_bytes(document) -> bytes:
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def table_with(doc: Document, text: str) -> Table:
    return next(t for t in doc.tables if any(text in c.text for c in t.cells))


def find(table: Table, text: str) -> Cell:
    return next(c for c in table.cells if c.text == text)


@pytest.fixture(scope="module")
def template() -> Document:
    if not TEMPLATE.is_file():
        pytest.skip("shared corpus not available")
    return extract(TEMPLATE.read_bytes())


@pytest.fixture(scope="module")
def filled() -> Document:
    """A small filled-in report (the seed's numbers) with Word-merged header cells."""
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "页眉：利通区人民政府"
    d.sections[0].footer.paragraphs[0].text = "- 1 -"
    d.add_paragraph("一、总体情况")
    d.add_paragraph("2022年本机关共收到政府信息公开申请11件。")
    d.add_paragraph("三、收到和处理政府信息公开申请情况")
    t = d.add_table(rows=5, cols=4)
    t.cell(0, 0).merge(t.cell(1, 0)).text = "（本列数据的勾稽关系）"
    t.cell(0, 1).merge(t.cell(0, 3)).text = "申请人情况"
    for col, label in enumerate(["自然人", "法人或其他组织", "总计"], start=1):
        t.cell(1, col).text = label
    rows = [
        ("一、本年新收政府信息公开申请数量", "11", "0", "11"),
        ("（一）予以公开", "8", "0", "8"),
        ("（七）总计", "11", "", "11"),
    ]
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values):
            t.cell(r, c).text = value
    d.add_paragraph("六、其他需要报告的事项")
    return extract(to_bytes(d))


# --- the official template --------------------------------------------------------------------


def test_template_has_the_three_tables_with_official_shapes(template: Document) -> None:
    assert [(t.n_rows, t.n_cols) for t in template.tables] == [(14, 4), (28, 10), (4, 15)]


def test_template_table_three_has_every_row_label(template: Document) -> None:
    texts = {c.text for c in table_with(template, "申请人情况").cells}
    assert set(ROW_LABELS) <= texts


def test_template_table_three_has_every_column_label(template: Document) -> None:
    texts = {c.text.replace(" ", "") for c in table_with(template, "申请人情况").cells}
    assert {"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"} <= texts


def test_template_table_two_and_four_labels(template: Document) -> None:
    art20 = {c.text for c in table_with(template, "第二十条第（一）项").cells}
    assert {"规章", "行政规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费"} <= art20
    appeals = {c.text for c in table_with(template, "行政复议").cells}
    assert {"未经复议直接起诉", "复议后起诉", "总计"} <= appeals


def test_template_vertical_merges_become_rowspans(template: Document) -> None:
    table = table_with(template, "申请人情况")
    assert find(table, "三、本年度办理结果") == Cell("三、本年度办理结果", 5, 0, 22, 1)
    assert find(table, "（三）不予公开").rowspan == 8
    assert find(table, "（六）其他处理").rowspan == 3
    assert find(table, "自然人").rowspan == 2


def test_template_horizontal_merges_become_colspans(template: Document) -> None:
    table = table_with(template, "申请人情况")
    assert find(table, "申请人情况") == Cell("申请人情况", 0, 3, 1, 7)
    assert find(table, "（七）总计").colspan == 2
    head = table.cells[0]
    assert (head.row, head.col, head.rowspan, head.colspan) == (0, 0, 3, 3)


def test_template_numbers_are_blank(template: Document) -> None:
    table = table_with(template, "申请人情况")
    new_row = next(r for r in table.rows() if r[0].text == ROW_LABELS[0])
    assert [c.text for c in new_row[1:]] == [""] * 7


def test_template_headings_are_paragraphs_in_order_with_tables(template: Document) -> None:
    kinds = [b.text if isinstance(b, Paragraph) else "<table>" for b in template.blocks]
    assert kinds.index("二、主动公开政府信息情况") < kinds.index("<table>")
    h3 = kinds.index("三、收到和处理政府信息公开申请情况")
    assert kinds[h3 + 1] == "<table>"
    assert kinds[-1].startswith("（文字描述")
    assert "六、其他需要报告的事项" in kinds


# --- generated documents ----------------------------------------------------------------------


def test_generated_report_values_and_spans(filled: Document) -> None:
    table = filled.tables[0]
    assert table.cells[0] == Cell("（本列数据的勾稽关系）", 0, 0, 2, 1)
    assert find(table, "申请人情况") == Cell("申请人情况", 0, 1, 1, 3)
    assert table.grid()[2] == ["一、本年新收政府信息公开申请数量", "11", "0", "11"]
    assert table.grid()[4] == ["（七）总计", "11", "", "11"]


def test_generated_report_orders_paragraphs_and_table(filled: Document) -> None:
    kinds = [b.text if isinstance(b, Paragraph) else "<table>" for b in filled.blocks]
    assert kinds == [
        "一、总体情况",
        "2022年本机关共收到政府信息公开申请11件。",
        "三、收到和处理政府信息公开申请情况",
        "<table>",
        "六、其他需要报告的事项",
    ]


def test_headers_and_footers_are_ignored(filled: Document) -> None:
    assert "页眉" not in filled.text
    assert "- 1 -" not in filled.text


def test_cell_with_several_paragraphs_joins_them_with_a_space() -> None:
    d = docx.Document()
    cell = d.add_table(rows=1, cols=2).cell(0, 0)
    cell.text = "商业"
    cell.add_paragraph("企业")
    assert extract(to_bytes(d)).tables[0].cells[0].text == "商业 企业"


def test_line_breaks_and_tabs_in_a_paragraph_become_spaces() -> None:
    d = docx.Document()
    run = d.add_paragraph().add_run("本年新")
    run.add_break()
    run.add_text("制作\t数量")
    assert extract(to_bytes(d)).text == "本年新 制作 数量"


def test_nested_table_is_layout_and_inner_table_is_emitted() -> None:
    d = docx.Document()
    outer = d.add_table(rows=1, cols=1).cell(0, 0)
    outer.paragraphs[0].text = "一、总体情况"
    inner = outer.add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "规章"
    inner.cell(0, 1).text = "3"
    outer.add_paragraph("二、主动公开政府信息情况")
    doc = extract(to_bytes(d))
    assert [type(b).__name__ for b in doc.blocks] == ["Paragraph", "Table", "Paragraph"]
    assert doc.tables[0].grid() == [["规章", "3"]]


def test_vertical_merge_continue_without_restart_is_a_warning() -> None:
    d = docx.Document()
    t = d.add_table(rows=2, cols=1)
    t.cell(0, 0).text = "a"
    t.cell(1, 0).text = "b"
    t.cell(1, 0)._tc.get_or_add_tcPr().append(OxmlElement("w:vMerge"))
    doc = extract(to_bytes(d))
    # Row 2 is a "continue" of row 1 which never said "restart": kept as its own cell, with a warning.
    assert doc.tables[0].grid() == [["a"], ["b"]]
    assert any("vertical merge" in w for w in doc.warnings)


def test_grid_before_shifts_a_row_right() -> None:
    d = docx.Document()
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "a"
    t.cell(0, 1).text = "b"
    t.cell(1, 1).text = "c"
    tr = t.rows[1]._tr
    tr.remove(tr.tc_lst[0])
    tr_pr = tr.get_or_add_trPr()
    grid_before = OxmlElement("w:gridBefore")
    grid_before.set(qn("w:val"), "1")
    tr_pr.append(grid_before)
    assert extract(to_bytes(d)).tables[0].cells[-1] == Cell("c", 1, 1)


# --- bad input --------------------------------------------------------------------------------


def zip_bytes(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, content in files.items():
            zf.writestr(name, content)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"hello world", "not a ZIP"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "legacy Word"),
        (b"PK\x03\x04garbage" * 10, "corrupt DOCX"),
        (zip_bytes({"readme.txt": b"hi"}), "Content_Types"),
        (zip_bytes({"[Content_Types].xml": b"<Types/>"}), "not a readable DOCX"),
    ],
)
def test_bad_input_raises_extract_error(data: bytes, reason: str) -> None:
    with pytest.raises(ExtractError, match=reason):
        extract(data)


def test_an_xlsx_is_not_a_docx() -> None:
    openpyxl = pytest.importorskip("openpyxl")
    buf = io.BytesIO()
    openpyxl.Workbook().save(buf)
    with pytest.raises(ExtractError, match="not a readable DOCX"):
        extract(buf.getvalue())


def test_truncated_template_is_a_corrupt_zip() -> None:
    if not TEMPLATE.is_file():
        pytest.skip("shared corpus not available")
    with pytest.raises(ExtractError, match="corrupt DOCX"):
        extract(TEMPLATE.read_bytes()[:5000])


def test_empty_document_has_no_text() -> None:
    with pytest.raises(ExtractError, match="no text"):
        extract(to_bytes(docx.Document()))


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=3000))
def test_random_bytes_only_ever_raise_extract_error(data: bytes) -> None:
    with contextlib.suppress(ExtractError):
        extract(b"PK\x03\x04" + data)


@settings(max_examples=40, deadline=None)
@given(cut=st.integers(0, 30000), flip=st.integers(0, 255))
def test_truncated_or_corrupted_template_only_raises_extract_error(cut: int, flip: int) -> None:
    if not TEMPLATE.is_file():
        return
    data = bytearray(TEMPLATE.read_bytes()[:cut])
    if len(data) > 100:
        data[len(data) // 3] = flip
    with contextlib.suppress(ExtractError):
        extract(bytes(data))
