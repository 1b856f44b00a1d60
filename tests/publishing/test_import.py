from __future__ import annotations

import io

import openpyxl

from gongkai.publishing import search
from gongkai.publishing.importer import import_file
from gongkai.publishing.models import Document

HEADER = "标题,成文日期,发布日期,文号,类别,主题分类,第二十条事项,有效性,正文\n"


def test_it_imports_all_valid_rows(cast):
    data = (
        HEADER
        + "关于A的通知,2021-03-01,2021-03-05,吴利教发〔2021〕1号,"
        + "行政规范性文件,科技、教育\\教育,1,有效,招生工作\n"
        + "关于B的通知,2021-04-01,2021-04-05,,其他政府文件,,,,\n"
    ).encode()
    result = import_file(cast.edu, "x.csv", data, actor=cast.admin)
    assert result.errors == [] and result.created == 2
    assert set(search.search(Document.objects.published(), "招生").values_list("title", flat=True)) == {
        "关于A的通知"
    }


def test_one_bad_row_imports_nothing_and_names_the_row(cast):
    data = (HEADER + "好的,2021-03-01,2021-03-05,,,,,,\n坏的,2021-03-01,2021-03-05,[2021]05号,,,,,\n"
            "日期坏,昨天,2021-03-05,,,,,,\n").encode()  # fmt: skip
    result = import_file(cast.edu, "x.csv", data, actor=cast.admin)
    assert result.created == 0
    assert result.errors[0].startswith("第3行：") and "应为〔2021〕5号" in result.errors[0]
    assert result.errors[1].startswith("第4行：成文日期")
    assert not Document.objects.exists()


def test_missing_columns_are_reported(cast):
    assert import_file(cast.edu, "x.csv", "标题\n甲\n".encode(), actor=cast.admin).errors == [
        "缺少必填列：成文日期、发布日期"
    ]


def test_xlsx_is_read(cast):
    wb = openpyxl.Workbook()
    sheet = wb.worksheets[0]
    sheet.append(["标题", "成文日期", "发布日期"])
    sheet.append(["表格导入", "2022-01-04", "2022-01-06"])
    buf = io.BytesIO()
    wb.save(buf)
    assert import_file(cast.edu, "x.xlsx", buf.getvalue(), actor=cast.admin).created == 1


def test_other_formats_are_refused(cast):
    assert import_file(cast.edu, "x.doc", b"", actor=cast.admin).errors == ["只支持 .xlsx 或 .csv 文件"]


def test_import_command_all_or_nothing(cast, tmp_path):
    import pytest
    from django.core.management import CommandError, call_command

    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "甲,2021-03-01,2021-02-01,,,,,,\n", encoding="utf-8")
    with pytest.raises(CommandError, match="第2行：发布日期不能早于成文日期"):
        call_command("import_documents", str(bad), organisation="教育局")
    with pytest.raises(CommandError, match="找不到机构"):
        call_command("import_documents", str(bad), organisation="不存在")
    good = tmp_path / "good.csv"
    good.write_text(HEADER + "甲,2021-03-01,2021-03-02,,,,,,\n", encoding="utf-8")
    call_command("import_documents", str(good), organisation="教育局")
    assert Document.objects.filter(organisation=cast.edu).count() == 1
