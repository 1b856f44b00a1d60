"""gongkai.report.extract_html: corpus pages, spans, encodings, malformed input."""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gongkai.report.errors import ExtractError
from gongkai.report.extract_html import extract
from gongkai.report.ir import Cell, Document, Paragraph, Table

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures_formats"
NUMBER = re.compile(r"^\d+(\.\d+)?$")

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")

FORMAT_2021 = [
    "016_shuyang-county-fgj-2023.html",
    "027_pingtan-2021.html",
    "028_pingtan-2022.html",
    "029_pingtan-2023.html",
    "030_pingtan-2024.html",
    "031_pingtan-2025.html",
]
ALL_HTML = sorted(p.name for p in CORPUS.glob("*.html")) if CORPUS.is_dir() else []


def corpus(name: str) -> Document:
    return extract((CORPUS / name).read_bytes())


def html(body: str) -> Document:
    return extract(f"<html><body>{body}</body></html>".encode())


def table_with(doc: Document, text: str) -> Table:
    """The first table one of whose cells contains ``text``."""
    for table in doc.tables:
        if any(text in cell.text for cell in table.cells):
            return table
    raise AssertionError(f"no table contains {text!r}")


def cell_at(table: Table, row: int, col: int) -> Cell:
    return next(c for c in table.cells if c.row == row and c.col == col)


def numeric_rows(table: Table) -> list[list[str]]:
    """The rows whose last cell is a number, as the list of their numeric cell texts."""
    out = []
    for row in table.rows():
        if row and NUMBER.match(row[-1].text):
            out.append([c.text for c in row if NUMBER.match(c.text)])
    return out


def block_index(doc: Document, predicate) -> int:
    return next(i for i, b in enumerate(doc.blocks) if predicate(b))


# --- corpus -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ALL_HTML)
def test_every_corpus_page_has_the_three_report_tables(name: str) -> None:
    doc = corpus(name)
    table_with(doc, "第二十条第（一）项")
    table_with(doc, "申请人情况")
    table_with(doc, "行政复议")
    assert doc.source_format == "html"


@pytest.mark.parametrize("name", [n for n in FORMAT_2021 if not n.startswith("016")])
def test_2021_table_three_has_25_rows_of_7_numbers(name: str) -> None:
    rows = numeric_rows(table_with(corpus(name), "申请人情况"))
    assert len(rows) == 25  # the 25 row keys of report-format.md (its "26" miscounts)
    assert all(len(r) == 7 for r in rows)


def test_016_total_column_reads_26_for_new_granted_and_total() -> None:
    table = table_with(corpus("016_shuyang-county-fgj-2023.html"), "申请人情况")
    total_col = next(c.col for c in table.cells if c.text == "总计")
    totals = {r[0].text: r[-1].text for r in table.rows() if r and r[-1].col == total_col}
    assert totals["一、本年新收政府信息公开申请数量"] == "26"
    assert totals["二、上年结转政府信息公开申请数量"] == "0"
    assert totals["四、结转下年度继续办理"] == "0"
    assert [r[-1] for r in numeric_rows(table)].count("26") == 3  # 新收, 予以公开, 总计


def test_016_blank_legal_person_cells_stay_empty_strings() -> None:
    table = table_with(corpus("016_shuyang-county-fgj-2023.html"), "申请人情况")
    new_row = next(r for r in table.rows() if r and r[0].text.startswith("一、本年新收"))
    assert [c.text for c in new_row] == ["一、本年新收政府信息公开申请数量", "26", "", "", "", "", "", "26"]


def test_016_word_spans_inside_a_label_are_joined() -> None:
    table = table_with(corpus("016_shuyang-county-fgj-2023.html"), "申请人情况")
    texts = {c.text for c in table.cells}
    assert {"自然人", "总计", "一、本年新收政府信息公开申请数量"} <= texts


def test_027_fee_keeps_its_decimals() -> None:
    table = table_with(corpus("027_pingtan-2021.html"), "行政事业性收费")
    fee_row = next(r for r in table.rows() if r and r[0].text == "行政事业性收费")
    assert fee_row[1].text == "24252.311082"


def test_027_header_spans_are_kept() -> None:
    table = table_with(corpus("027_pingtan-2021.html"), "申请人情况")
    head = cell_at(table, 0, 0)
    assert (head.rowspan, head.colspan) == (3, 3)
    assert cell_at(table, 0, 3).text == "申请人情况"


@pytest.mark.parametrize("name", FORMAT_2021)
def test_section_headings_are_paragraphs_in_order_around_the_tables(name: str) -> None:
    doc = corpus(name)
    h1 = block_index(doc, lambda b: isinstance(b, Paragraph) and b.text == "一、总体情况")
    h2 = block_index(doc, lambda b: isinstance(b, Paragraph) and b.text == "二、主动公开政府信息情况")
    t2 = block_index(doc, lambda b: isinstance(b, Table) and any("第二十条" in c.text for c in b.cells))
    h3 = block_index(doc, lambda b: isinstance(b, Paragraph) and b.text.startswith("三、收到和处理"))
    t3 = block_index(doc, lambda b: isinstance(b, Table) and any(c.text == "申请人情况" for c in b.cells))
    h6 = block_index(doc, lambda b: isinstance(b, Paragraph) and b.text == "六、其他需要报告的事项")
    assert h1 < h2 < t2 < h3 < t3 < h6


@pytest.mark.parametrize("name", ["016_shuyang-county-fgj-2023.html", "027_pingtan-2021.html"])
def test_site_navigation_is_dropped(name: str) -> None:
    assert "首页" in (CORPUS / name).read_text(encoding="utf-8")
    assert all("首页" not in p for p in corpus(name).text.splitlines())


def test_014_fragment_without_charset_is_read_as_utf8() -> None:
    doc = corpus("014_shanghai-municipal-office-2019.html")
    assert doc.blocks[0] == Paragraph(
        "2019年上海市人民政府办公厅政府信息公开工作年度报告", doc.blocks[0].source
    )
    assert doc.warnings == []


# --- structure --------------------------------------------------------------------------------


def test_rowspan_and_colspan_place_cells_on_the_html_grid() -> None:
    doc = html(
        "<table><tr><td rowspan=2>A</td><td colspan=2>B</td></tr>"
        "<tr><td>C</td><td>D</td></tr><tr><td>E</td><td>F</td><td>G</td></tr></table>"
    )
    assert doc.tables[0].cells == [
        Cell("A", 0, 0, 2, 1),
        Cell("B", 0, 1, 1, 2),
        Cell("C", 1, 1),
        Cell("D", 1, 2),
        Cell("E", 2, 0),
        Cell("F", 2, 1),
        Cell("G", 2, 2),
    ]


def test_rowspan_past_the_last_row_is_clipped() -> None:
    table = html("<table><tr><td rowspan=9>A</td><td>B</td></tr><tr><td>C</td></tr></table>").tables[0]
    assert table.cells[0].rowspan == 2
    assert table.n_rows == 2


def test_absurd_span_is_capped() -> None:
    table = html('<table><tr><td colspan="99999999">A</td></tr></table>').tables[0]
    assert table.cells[0].colspan == 1000


def test_thead_tbody_and_th_rows_are_all_read() -> None:
    table = html(
        "<table><thead><tr><th>H</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>"
    ).tables[0]
    assert table.grid() == [["H"], ["1"]]


def test_whitespace_nbsp_and_ideographic_space_collapse_to_one_space() -> None:
    table = html("<table><tr><td>&nbsp;自\u3000然&nbsp;&nbsp; 人\n</td></tr></table>").tables[0]
    assert table.cells[0].text == "自 然 人"


def test_inline_spans_join_without_space_but_paragraphs_and_br_separate() -> None:
    table = html(
        "<table><tr><td><span>总</span><span>计</span></td>"
        "<td><p>商业</p><p>企业</p></td><td>本年新<br/>制作数量</td></tr></table>"
    ).tables[0]
    assert [c.text for c in table.cells] == ["总计", "商业 企业", "本年新 制作数量"]


def test_nested_table_is_treated_as_layout_and_inner_table_kept_in_order() -> None:
    doc = html(
        "<table><tr><td><p>一、总体情况</p><table><tr><td>1</td><td>2</td></tr></table>"
        "<p>六、其他需要报告的事项</p></td></tr></table>"
    )
    assert [type(b).__name__ for b in doc.blocks] == ["Paragraph", "Table", "Paragraph"]
    assert doc.tables[0].grid() == [["1", "2"]]


def test_caption_becomes_a_paragraph_before_its_table() -> None:
    doc = html("<table><caption>表三</caption><tr><td>1</td></tr></table>")
    assert doc.blocks[0] == Paragraph("表三", "table 1 caption")
    assert isinstance(doc.blocks[1], Table)


def test_script_style_and_comments_are_not_text() -> None:
    doc = html("<script>var a = '一、总体情况';</script><style>p{}</style><!-- x --><p>正文</p>")
    assert doc.text == "正文"


def test_chrome_class_with_the_report_inside_is_kept() -> None:
    # An unclosed header div that swallowed the article must not take the report with it.
    doc = html('<div class="header"><p>一、总体情况</p><p>正文</p>')
    assert "一、总体情况" in doc.text


@pytest.mark.parametrize("name", ["mainNav", "header-menu fr", "nav3", "breadcrumb", "search_fixed"])
def test_chrome_class_names_are_dropped(name: str) -> None:
    assert html(f'<div class="{name}"><a>首页</a></div><p>正文</p>').text == "正文"


@pytest.mark.parametrize("name", ["research", "canvas-wrap", "TRS_Editor", "headline"])
def test_class_names_that_only_contain_a_chrome_word_are_kept(name: str) -> None:
    assert html(f'<div class="{name}"><p>正文</p></div>').text == "正文"


def test_paragraph_text_runs_across_inline_markup_and_breaks_at_blocks() -> None:
    doc = html("<div>甲<b>乙</b>丙<p>丁</p>戊</div>")
    assert doc.text.splitlines() == ["甲乙丙", "丁", "戊"]


# --- encodings --------------------------------------------------------------------------------


def test_gbk_page_declared_by_http_equiv_is_decoded() -> None:
    doc = extract((FIXTURES / "gbk_meta.html").read_bytes())
    assert "一、总体情况" in doc.text
    assert doc.warnings == []


def test_gbk_page_without_declaration_falls_back_to_gb18030() -> None:
    doc = extract((FIXTURES / "gbk_no_meta.html").read_bytes())
    assert table_with(doc, "申请人情况").grid()[2] == ["一、本年新收政府信息公开申请数量", "11", "11"]


def test_gbk_fixture_drops_nav_and_footer() -> None:
    text = extract((FIXTURES / "gbk_meta.html").read_bytes()).text
    assert "首页" not in text
    assert "版权所有" not in text


def test_utf8_bom_wins_over_a_wrong_meta() -> None:
    data = b"\xef\xbb\xbf" + '<meta charset="gbk"><p>总体情况</p>'.encode()
    assert extract(data).text == "总体情况"


def test_meta_charset_that_lies_gives_a_warning_and_still_decodes() -> None:
    data = '<meta charset="utf-8"><p>总体情况</p>'.encode("gbk")
    doc = extract(data)
    assert doc.text == "总体情况"
    assert any("declared charset" in w for w in doc.warnings)


def test_unknown_declared_charset_is_a_warning() -> None:
    doc = extract('<meta charset="klingon"><p>正文</p>'.encode())
    assert doc.text == "正文"
    assert any("klingon" in w for w in doc.warnings)


def test_xml_declaration_is_accepted() -> None:
    data = '<?xml version="1.0" encoding="gb2312"?><html><body><p>正文</p></body></html>'.encode("gbk")
    assert extract(data).text == "正文"


def test_js_escaped_markup_is_unescaped() -> None:
    data = (
        r"<p style=\"text-align: center\">一、总体情况</p>"
        + r"<table border=\"1\"><tr><td>\u81ea然人</td></tr></table>"
    )
    doc = extract(data.encode())
    assert doc.text == "一、总体情况"
    assert doc.tables[0].cells[0].text == "自然人"
    assert any("JavaScript" in w for w in doc.warnings)


# --- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"\x00\x01\x02\x03binary\x00\xff" * 50, "binary"),
        (b"%PDF-1.7 just text", "no HTML markup"),
        (b"<html><body>", "no text"),
    ],
)
def test_unextractable_input_raises_extract_error_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(ExtractError, match=reason):
        extract(data)


def test_unclosed_cells_and_rows_still_make_a_table() -> None:
    table = html("<table><tr><td>1<td>2<tr><td>3").tables[0]
    assert table.grid() == [["1", "2"], ["3", ""]]


def test_truncated_corpus_page_keeps_what_came_before_the_cut() -> None:
    data = (CORPUS / "027_pingtan-2021.html").read_bytes()
    cut = data.index("四、结转下年度".encode())
    doc = extract(data[:cut])
    assert "一、总体情况" in doc.text
    assert table_with(doc, "申请人情况").n_rows >= 20


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_random_bytes_only_ever_raise_extract_error(data: bytes) -> None:
    with contextlib.suppress(ExtractError):
        extract(data)


@settings(max_examples=40, deadline=None)
@given(name=st.sampled_from(ALL_HTML or ["none"]), fraction=st.floats(0.0, 1.0), flip=st.integers(0, 255))
def test_truncated_and_corrupted_corpus_pages_only_raise_extract_error(
    name: str, fraction: float, flip: int
) -> None:
    data = bytearray((CORPUS / name).read_bytes())
    data = data[: int(len(data) * fraction)]
    if data:
        data[len(data) // 2] = flip
    with contextlib.suppress(ExtractError):
        extract(bytes(data))


# --- the one-pass (XSLT) table reader ------------------------------------------------------------


def _cells(doc: Document) -> list[list[tuple[str, int, int, int, int]]]:
    return [[(c.text, c.row, c.col, c.rowspan, c.colspan) for c in t.cells] for t in doc.tables]


@pytest.mark.parametrize("name", ALL_HTML)
def test_the_one_pass_table_reader_gives_the_element_wise_cells(name: str) -> None:
    from lxml import etree

    from gongkai.report import extract_html as mod

    data = (CORPUS / name).read_bytes()
    parser = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True)
    root = etree.fromstring(mod._STYLE_ATTR.sub(b"", data), parser)
    etree.strip_elements(root, *mod._SKIP, with_tail=False)
    slow = Document(blocks=mod._walk(root, fast_tables=False))
    assert _cells(extract(data)) == _cells(slow)


@pytest.mark.parametrize("mark", ["\ue000", "\ue001", "\ue002", "\ue003"])
def test_a_page_using_the_private_marks_in_a_cell_keeps_its_text(mark: str) -> None:
    doc = html(
        f"<table><tr><td>行政许可{mark}</td><td>5</td></tr><tr><td>行政处罚</td><td>3</td></tr></table>"
    )
    assert [c.text for c in doc.tables[0].cells] == [f"行政许可{mark}", "5", "行政处罚", "3"]


def test_cell_text_joins_inline_spans_and_separates_paragraphs_and_breaks() -> None:
    doc = html(
        "<table><tr><td><span>自然</span><span>人</span></td>"
        "<td><p>本年</p><p>新收</p></td><td>a<br>b</td><td>\u200b1\u00a0</td></tr></table>"
    )
    assert [c.text for c in doc.tables[0].cells] == ["自然人", "本年 新收", "a b", "1"]


def test_style_attributes_are_not_needed_to_read_a_word_table() -> None:
    doc = html(
        '<table><tr><td style="width:50pt;mso-border-alt:solid" rowspan="2">规章</td>'
        '<td style="x">1</td></tr><tr><td style="y">2</td></tr></table>'
    )
    assert [(c.text, c.row, c.col, c.rowspan) for c in doc.tables[0].cells] == [
        ("规章", 0, 0, 2),
        ("1", 0, 1, 1),
        ("2", 1, 1, 1),
    ]
