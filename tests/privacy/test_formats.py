import pytest

from gongkai.privacy.formats import FileError, extract
from gongkai.privacy.gate import mask_file, scan_file
from gongkai.privacy.model import PrivacyConfig

from .conftest import make_id

ID = make_id()
LINE = f"申请人：张三，身份证号{ID}，手机13812341234。"


def kinds(result):
    return sorted(h.kind for h in result.hits)


# --- fixtures ----------------------------------------------------------------------------------------
@pytest.fixture
def txt(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("公示\n" + LINE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def html_file(tmp_path):
    path = tmp_path / "a.html"
    path.write_text(
        "<html><head><style>p{color:red}</style></head><body>\n"
        f'<p class="x">申请人：<b>张三</b></p>\n<div>手机13812341234 &amp; 更多</div>\n'
        "<table>\n<tr><th>姓名</th><th>身份证号</th></tr>\n"
        f"<tr><td>李四</td><td>{ID}</td></tr>\n</table>\n"
        "<script>var phone='13900000000';</script></body></html>",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def docx_file(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("第一段：无个人信息。")
    p = document.add_paragraph("申请人：")
    p.add_run("张三").bold = True
    p.add_run(f"，身份证号{ID[:9]}")
    p.add_run(ID[9:])  # a number split over two runs
    table = document.add_table(rows=2, cols=3)
    for cell, value in zip(table.rows[0].cells, ["姓名", "手机", "备注"], strict=True):
        cell.text = value
    for cell, value in zip(table.rows[1].cells, ["李四", "13812341234", "无"], strict=True):
        cell.text = value
    section = document.sections[0]
    section.header.paragraphs[0].text = "申请人：王五"
    section.footer.paragraphs[0].text = "家庭电话：0591-87654321"
    path = tmp_path / "a.docx"
    document.save(str(path))
    return path


@pytest.fixture
def xlsx_file(tmp_path):
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.worksheets[0]
    sheet.title = "花名册"
    sheet.append(["序号", "姓名", "身份证号码", "家庭住址", "月保障金"])
    sheet.append([1, "张三", ID, "永安市燕西街道青云村3组", 500])
    sheet.append([2, "欧阳娜娜", "无", "永安市小陶镇", 600])
    sheet["G1"] = "=SUM(E2:E3)"
    path = tmp_path / "a.xlsx"
    workbook.save(str(path))
    return path


def _pdf(path, pages, encrypt=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    for page in pages:
        if page is None:
            c.rect(100, 100, 200, 200, fill=1)  # a drawing only: no text layer
        else:
            c.setFont("STSong-Light", 12)
            c.drawString(72, 760, page)
        c.showPage()
    c.save()
    return path


@pytest.fixture
def pdf_file(tmp_path):
    return _pdf(tmp_path / "a.pdf", ["第一页 无个人信息", LINE])


# --- reading -----------------------------------------------------------------------------------------
def test_it_scans_a_text_file_with_offsets_in_the_decoded_text(txt):
    result = scan_file(txt)
    text = txt.read_text(encoding="utf-8")
    assert kinds(result) == ["id_card", "mobile", "name"]
    assert all(text[h.start : h.end] == h.text for h in result.hits)


def test_it_decodes_gb18030_text(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes(LINE.encode("gb18030"))
    assert kinds(scan_file(path)) == ["id_card", "mobile", "name"]


def test_it_scans_html_text_but_not_scripts(html_file):
    result = scan_file(html_file)
    assert sorted(h.text for h in result.hits) == sorted([ID, "13812341234", "张三", "李四"])


def test_it_scans_docx_paragraphs_tables_headers_and_footers(docx_file):
    texts = {h.text for h in scan_file(docx_file).hits}
    assert {"张三", ID, "李四", "13812341234", "王五", "0591-87654321"} <= texts


def test_it_scans_xlsx_rosters(xlsx_file):
    result = scan_file(xlsx_file)
    assert {(h.kind, h.text) for h in result.hits} >= {
        ("name", "张三"), ("id_card", ID), ("address", "永安市燕西街道青云村3组"), ("name", "欧阳娜娜")
    }  # fmt: skip


def test_it_scans_the_text_layer_of_a_pdf_with_page_numbers(pdf_file):
    result = scan_file(pdf_file)
    assert not result.errors
    assert {(h.kind, h.page) for h in result.hits} == {("name", 2), ("id_card", 2), ("mobile", 2)}


def test_a_pdf_page_without_text_layer_is_reported_unscanned_not_clean(tmp_path):
    path = _pdf(tmp_path / "scan.pdf", [None])
    result = scan_file(path)
    assert result.unscanned_pages == [1]
    assert "OCR" in result.errors[0]
    assert not result.clean


def test_a_partly_scanned_pdf_reports_findings_and_the_unscanned_page(tmp_path):
    path = _pdf(tmp_path / "mixed.pdf", [LINE, None])
    result = scan_file(path)
    assert result.hits and result.unscanned_pages == [2]


# --- bad input ---------------------------------------------------------------------------------------
def test_an_encrypted_pdf_gives_a_clear_error(tmp_path):
    from reportlab.lib.pdfencrypt import StandardEncryption

    path = _pdf(tmp_path / "secret.pdf", [LINE], encrypt=StandardEncryption("user-pw", "owner-pw"))
    result = scan_file(path)
    assert result.errors and "encrypted" in result.errors[0]
    assert not result.clean


def test_an_empty_file_gives_a_clear_error(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert scan_file(path).errors == ["empty file (0 bytes)"]


def test_binary_garbage_gives_a_clear_error(tmp_path):
    path = tmp_path / "garbage.txt"
    path.write_bytes(bytes(range(256)) * 40)
    assert "binary" in scan_file(path).errors[0]


@pytest.mark.parametrize("name", ["broken.docx", "broken.xlsx", "broken.pdf"])
def test_a_damaged_office_file_gives_a_clear_error(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"this is not what the extension says" * 10)
    (error,) = scan_file(path).errors
    assert "\n" not in error and error


def test_a_file_over_the_size_limit_is_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(LINE * 100, encoding="utf-8")
    result = scan_file(path, PrivacyConfig(max_bytes=1000))
    assert "too large" in result.errors[0]


def test_old_binary_office_formats_are_refused_with_advice(tmp_path):
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    assert "convert to DOCX" in scan_file(path).errors[0]


# --- masking keeps the format ------------------------------------------------------------------------
def test_masking_a_text_file(txt, tmp_path):
    out = tmp_path / "out.txt"
    mask_file(txt, out)
    masked = out.read_text(encoding="utf-8")
    assert "张*" in masked and "138****1234" in masked and ID not in masked
    assert masked.count("\n") == txt.read_text(encoding="utf-8").count("\n")


def test_masking_html_changes_only_the_sensitive_text(html_file, tmp_path):
    import re

    out = tmp_path / "out.html"
    mask_file(html_file, out)
    before, after = html_file.read_text(encoding="utf-8"), out.read_text(encoding="utf-8")
    tags = re.compile(r"<[^>]+>")
    assert tags.findall(before) == tags.findall(after)
    assert "<b>张*</b>" in after and "李*" in after and "138****1234" in after and ID not in after
    assert "&amp; 更多" in after and "13900000000" in after  # entities and scripts untouched


def test_masking_docx_keeps_paragraphs_tables_and_runs(docx_file, tmp_path):
    import docx

    out = tmp_path / "out.docx"
    mask_file(docx_file, out)
    before, after = docx.Document(str(docx_file)), docx.Document(str(out))
    assert [len(p.runs) for p in before.paragraphs] == [len(p.runs) for p in after.paragraphs]
    assert [p.runs[1].bold for p in after.paragraphs[1:2]] == [True]
    assert after.paragraphs[1].text == f"申请人：张*，身份证号{ID[:6]}********{ID[-4:]}"
    assert [c.text for c in after.tables[0].rows[1].cells] == ["李*", "138****1234", "无"]
    assert after.sections[0].header.paragraphs[0].text == "申请人：王*"
    assert after.paragraphs[0].text == before.paragraphs[0].text


def test_masking_xlsx_changes_only_sensitive_cells(xlsx_file, tmp_path):
    import openpyxl

    out = tmp_path / "out.xlsx"
    mask_file(xlsx_file, out)
    before = openpyxl.load_workbook(str(xlsx_file)).worksheets[0]
    after = openpyxl.load_workbook(str(out)).worksheets[0]
    assert (
        after.title == "花名册" and after.max_row == before.max_row and after.max_column == before.max_column
    )
    assert [c.value for c in after[2]][:4] == [1, "张*", ID[:6] + "********" + ID[-4:], "永安市燕西街道"]
    assert after["G1"].value == "=SUM(E2:E3)"
    assert after["E2"].value == 500


def test_masking_a_pdf_writes_text_and_says_so(pdf_file, tmp_path):
    out = tmp_path / "out.txt"
    result = mask_file(pdf_file, out)
    assert "layout" in result.notes[0]
    assert "张*" in out.read_text(encoding="utf-8")


def test_masking_a_pdf_into_docx(pdf_file, tmp_path):
    import docx

    out = tmp_path / "out.docx"
    mask_file(pdf_file, out)
    assert any("138****1234" in p.text for p in docx.Document(str(out)).paragraphs)


def test_masking_a_pdf_refuses_to_write_a_pdf(pdf_file, tmp_path):
    result = mask_file(pdf_file, tmp_path / "out.pdf")
    assert "cannot be written as PDF" in result.errors[0]


def test_masking_an_unscanned_pdf_is_not_reported_clean(tmp_path):
    path = _pdf(tmp_path / "scan.pdf", [None])
    result = mask_file(path, tmp_path / "out.txt")
    assert result.errors and not result.clean


def test_extract_raises_file_error_for_a_missing_file(tmp_path):
    with pytest.raises(FileError):
        extract(tmp_path / "nope.txt", PrivacyConfig())


def test_an_image_is_reported_as_needing_ocr(tmp_path):
    path = tmp_path / "scan.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    result = scan_file(path)
    assert "OCR" in result.errors[0] and not result.clean
