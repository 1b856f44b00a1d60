"""gongkai.report.extract_pdf: real report PDFs, reportlab-made PDFs, encryption, no text layer."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gongkai.report.errors import ExtractError
from gongkai.report.extract_pdf import extract
from gongkai.report.ir import Cell, Document, Paragraph, Table

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
NUMBER = re.compile(r"^\d+(\.\d+)?$")
PDFS = {
    "021": "021_huaian-city-gov-2024.pdf",
    "022": "022_huaian-hongze-district-2023.pdf",
    "023": "023_huaian-hongze-district-2024.pdf",
}


@pytest.fixture(scope="module")
def real() -> dict[str, Document]:
    if not CORPUS.is_dir():
        pytest.skip("shared corpus not available")
    return {key: extract((CORPUS / name).read_bytes()) for key, name in PDFS.items()}


def table_with(doc: Document, text: str) -> Table:
    return next(t for t in doc.tables if any(text in c.text for c in t.cells))


def row_of(table: Table, label: str) -> list[str]:
    return next([c.text for c in r] for r in table.rows() if any(c.text == label for c in r))


# --- reportlab builders -----------------------------------------------------------------------


def _reportlab():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph as RLParagraph
    from reportlab.platypus import SimpleDocTemplate, TableStyle
    from reportlab.platypus import Table as RLTable

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return colors, A4, ParagraphStyle, RLParagraph, SimpleDocTemplate, TableStyle, RLTable


def report_pdf(n_rows: int = 3, repeat_header: int = 0, encrypt=None) -> bytes:
    """Heading, text, a ruled table with merged header cells (STSong-Light), a closing heading."""
    colors, a4, paragraph_style, rl_paragraph, doc_template, table_style, rl_table = _reportlab()
    style = paragraph_style("zh", fontName="STSong-Light", fontSize=12, leading=18)
    buf = io.BytesIO()
    doc = doc_template(buf, pagesize=a4, encrypt=encrypt)
    data = [["项目", "申请人情况", ""], ["", "自然人", "总计"]]
    data += [[f"第{i}行", str(i), str(i * 2)] for i in range(n_rows)]
    table = rl_table(data, repeatRows=repeat_header)
    table.setStyle(
        table_style(
            [
                ("FONTNAME", (0, 0), (-1, -1), "STSong-Light"),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("SPAN", (0, 0), (0, 1)),
                ("SPAN", (1, 0), (2, 0)),
            ]
        )
    )

    def page_number(canvas, document) -> None:
        canvas.setFont("STSong-Light", 9)
        canvas.drawCentredString(297, 30, f"- {document.page} -")
        canvas.drawCentredString(297, 15, f"第 {document.page} 页")
        canvas.drawString(72, 812, f"某某区人民政府办公室  第{document.page}页")  # running header

    story = [
        rl_paragraph("一、总体情况", style),
        rl_paragraph("本年度共收到政府信息公开申请3件。", style),
        table,
        rl_paragraph("六、其他需要报告的事项", style),
    ]
    doc.build(story, onFirstPage=page_number, onLaterPages=page_number)
    return buf.getvalue()


def canvas_pdf(pages: list[str | None]) -> bytes:
    """One page per item: text drawn in STSong-Light, or None for a scanned page (an image, no text)."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas as rl_canvas

    _reportlab()
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf)
    for text in pages:
        if text is None:
            c.drawImage(ImageReader(Image.new("RGB", (60, 80), "gray")), 50, 50, 300, 400)
        else:
            c.setFont("STSong-Light", 12)
            c.drawString(72, 720, text)
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture(scope="module")
def made() -> Document:
    return extract(report_pdf())


# --- real PDFs --------------------------------------------------------------------------------


def test_real_pdfs_have_the_three_tables_with_official_shapes(real: dict[str, Document]) -> None:
    shapes = {k: [(t.n_rows, t.n_cols) for t in doc.tables] for k, doc in real.items()}
    assert shapes["021"] == [(14, 4), (28, 10), (4, 15)]
    assert shapes["022"][:2] == [(14, 4), (26, 10)]
    assert shapes["023"][:2] == [(14, 4), (26, 10)]


# 022 and 023 print （六）其他处理 as one row (the 2019 layout), so they have 25 - 3 + 1 = 23 rows.
@pytest.mark.parametrize(("key", "n_rows"), [("021", 25), ("022", 23), ("023", 23)])
def test_table_three_rows_have_7_numbers(real: dict[str, Document], key: str, n_rows: int) -> None:
    table = table_with(real[key], "申请人情况")
    rows = [[c.text for c in r if NUMBER.match(c.text)] for r in table.rows()]
    rows = [r for r in rows if len(r) >= 7]
    assert len(rows) == n_rows
    assert all(len(r) == 7 for r in rows)


def test_021_table_three_merges_pages_4_and_5(real: dict[str, Document]) -> None:
    table = table_with(real["021"], "申请人情况")
    assert table.source == "pages 4-5"
    assert row_of(table, "一、本年新收政府信息公开申请数量")[-7:] == [
        "3001",
        "53",
        "0",
        "0",
        "61",
        "4",
        "3119",
    ]
    assert row_of(table, "四、结转下年度继续办理")[-1] == "103"


def test_021_label_cut_by_the_page_break_is_joined(real: dict[str, Document]) -> None:
    table = table_with(real["021"], "申请人情况")
    cell = next(c for c in table.cells if c.text == "（四）无法提供")
    assert cell.rowspan == 3
    assert not any(c.text in ("（四）无", "法提供") for c in table.cells)
    assert next(c for c in table.cells if c.text == "三、本年度办理结果").rowspan == 22


def test_021_table_two_continues_on_the_next_page_with_fewer_columns(real: dict[str, Document]) -> None:
    table = table_with(real["021"], "第二十条")
    assert table.source == "pages 3-4"
    assert row_of(table, "行政事业性收费") == ["行政事业性收费", "96171.6"]
    assert row_of(table, "行政规范性文件") == ["行政规范性文件", "8", "26", "66"]


def test_022_row_cut_without_a_closing_rule_is_kept(real: dict[str, Document]) -> None:
    table = table_with(real["022"], "申请人情况")
    assert row_of(table, "2.没有现成信息需要另行制作")[-7:] == ["3", "0", "0", "0", "0", "0", "3"]
    assert next(c for c in table.cells if c.text == "（四）无法提供").rowspan == 3


def test_023_fee_and_totals(real: dict[str, Document]) -> None:
    doc = real["023"]
    assert row_of(table_with(doc, "第二十条"), "行政事业性收费") == ["行政事业性收费", "7545"]
    assert row_of(table_with(doc, "申请人情况"), "（七）总计")[-1] == "95"


@pytest.mark.parametrize("key", list(PDFS))
def test_section_headings_are_paragraphs_in_order_with_the_tables(
    real: dict[str, Document], key: str
) -> None:
    kinds = [b.text if isinstance(b, Paragraph) else "<table>" for b in real[key].blocks]
    headings = [
        "一、总体情况",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项",
    ]
    positions = [kinds.index(h) for h in headings]
    assert positions == sorted(positions)
    for h in headings[1:4]:
        assert kinds[kinds.index(h) + 1] == "<table>"


@pytest.mark.parametrize("key", list(PDFS))
def test_page_numbers_are_not_paragraphs(real: dict[str, Document], key: str) -> None:
    assert not any(re.fullmatch(r"[-\s\d]+", line) for line in real[key].text.splitlines())


def test_wrapped_lines_join_into_one_paragraph(real: dict[str, Document]) -> None:
    text = real["021"].text
    assert "报告所列统计期限自 2024 年 1 月 1 日至 2024 年 12 月 31 日。" in text


def test_paragraph_continuing_on_the_next_page_is_one_paragraph(real: dict[str, Document]) -> None:
    para = next(
        p for p in real["021"].blocks if isinstance(p, Paragraph) and p.text.startswith("（一）主动公开情况")
    )
    assert para.text.endswith("回应舆论关切。")


def test_invisible_line_backgrounds_are_not_tables(real: dict[str, Document]) -> None:
    # Every body line sits on a white filled rectangle; none may become a one-column table.
    assert all(t.n_cols >= 2 for doc in real.values() for t in doc.tables)
    assert "一、总体情况" in real["022"].text.splitlines()


# --- reportlab-made PDFs ----------------------------------------------------------------------


def test_made_pdf_table_with_merged_header_cells(made: Document) -> None:
    table = made.tables[0]
    assert table.cells[:2] == [Cell("项目", 0, 0, 2, 1), Cell("申请人情况", 0, 1, 1, 2)]
    assert table.grid()[2:] == [["第0行", "0", "0"], ["第1行", "1", "2"], ["第2行", "2", "4"]]


def test_made_pdf_block_order_and_no_page_numbers(made: Document) -> None:
    kinds = [b.text if isinstance(b, Paragraph) else "<table>" for b in made.blocks]
    assert kinds[1:] == [
        "一、总体情况",
        "本年度共收到政府信息公开申请3件。",
        "<table>",
        "六、其他需要报告的事项",
    ]
    assert kinds[0] == "某某区人民政府办公室 第1页"  # one page: no telling a running header from text
    assert made.source_format == "pdf"
    assert made.warnings == []


def test_long_table_over_three_pages_is_one_table_without_repeated_headers() -> None:
    doc = extract(report_pdf(n_rows=80, repeat_header=2))
    assert len(doc.tables) == 1
    table = doc.tables[0]
    assert table.source == "pages 1-3"
    assert table.n_rows == 82
    assert sum(1 for c in table.cells if c.text == "自然人") == 1
    assert table.grid()[-1] == ["第79行", "79", "158"]


def test_running_header_repeated_on_every_page_is_dropped() -> None:
    doc = extract(report_pdf(n_rows=80))
    assert "某某区人民政府办公室" not in doc.text
    assert doc.tables[0].source == "pages 1-3"


def test_long_table_without_repeated_header_merges_too() -> None:
    table = extract(report_pdf(n_rows=80)).tables[0]
    assert table.n_rows == 82
    assert [r[0].text for r in table.rows()[2:]] == [f"第{i}行" for i in range(80)]


def test_unruled_table_falls_back_to_the_text_strategy() -> None:
    _colors, a4, _style, _para, doc_template, table_style, rl_table = _reportlab()
    buf = io.BytesIO()
    data = [["项目", "自然人", "商业企业", "总计"]] + [
        [f"第{i}项", str(i), str(i + 1), str(2 * i + 1)] for i in range(6)
    ]
    table = rl_table(data, colWidths=[150, 80, 80, 80])
    table.setStyle(table_style([("FONTNAME", (0, 0), (-1, -1), "STSong-Light")]))
    doc_template(buf, pagesize=a4).build([table])
    grid = extract(buf.getvalue()).tables[0].grid()
    assert grid[0] == ["项目", "自然人", "商业企业", "总计"]
    assert grid[1:] == [[f"第{i}项", str(i), str(i + 1), str(2 * i + 1)] for i in range(6)]


def test_user_password_pdf_is_refused_as_encrypted() -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    data = report_pdf(encrypt=StandardEncryption("secret", ownerPassword="owner"))
    with pytest.raises(ExtractError, match="encrypted PDF"):
        extract(data)


def test_owner_password_only_pdf_is_read_with_a_warning() -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas as rl_canvas

    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, encrypt=StandardEncryption("", ownerPassword="owner", canCopy=0))
    c.drawString(72, 720, "Annual report 2024")
    c.save()
    doc = extract(buf.getvalue())
    assert doc.text == "Annual report 2024"
    assert any("encrypted" in w for w in doc.warnings)


def test_text_without_unicode_mapping_needs_ocr() -> None:
    # pdfminer cannot map the CID font of an encrypted reportlab PDF back to Unicode: only (cid:N).
    from reportlab.lib.pdfencrypt import StandardEncryption

    with pytest.raises(ExtractError, match="no text layer; needs OCR") as info:
        extract(report_pdf(encrypt=StandardEncryption("", ownerPassword="owner")))
    assert "needs OCR" in str(info.value)


def test_pdf_without_text_layer_needs_ocr() -> None:
    with pytest.raises(ExtractError, match="no text layer; needs OCR"):
        extract(canvas_pdf([None, None]))


def test_scanned_page_among_text_pages_is_a_warning_naming_it() -> None:
    doc = extract(canvas_pdf(["一、总体情况", None, "六、其他需要报告的事项"]))
    assert doc.warnings == ["page 2 has no text layer; needs OCR"]
    assert doc.text.splitlines() == ["一、总体情况", "六、其他需要报告的事项"]


def test_blank_page_is_named_in_a_warning() -> None:
    doc = extract(canvas_pdf(["一、总体情况", ""]))
    assert doc.warnings == ["page 2 has no text"]


# --- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"<html><body>not a pdf</body></html>", "not a PDF"),
        (b"%PDF-1.4\n%garbage\n" + bytes(range(256)) * 4, "not a readable PDF|no text"),
        (b"%PDF-1.7\n", "not a readable PDF|no pages|no text"),
    ],
)
def test_bad_input_raises_extract_error(data: bytes, reason: str) -> None:
    with pytest.raises(ExtractError, match=reason):
        extract(data)


@pytest.mark.parametrize("fraction", [0.05, 0.3, 0.6, 0.95])
def test_truncated_real_pdf_only_raises_extract_error(fraction: float) -> None:
    if not CORPUS.is_dir():
        pytest.skip("shared corpus not available")
    data = (CORPUS / PDFS["023"]).read_bytes()
    with contextlib.suppress(ExtractError):
        extract(data[: int(len(data) * fraction)])


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_after_a_pdf_header_only_raise_extract_error(data: bytes) -> None:
    with contextlib.suppress(ExtractError):
        extract(b"%PDF-1.4\n" + data)


_SMALL = report_pdf(n_rows=5)


@settings(max_examples=40, deadline=None)
@given(cut=st.integers(0, len(_SMALL)), flip=st.integers(0, 255))
def test_truncated_or_corrupted_made_pdf_only_raises_extract_error(cut: int, flip: int) -> None:
    data = bytearray(_SMALL[:cut])
    if len(data) > 20:
        data[len(data) // 2] = flip
    with contextlib.suppress(ExtractError):
        extract(bytes(data))
