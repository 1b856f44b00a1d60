"""The register (台账) in Excel: export, and all-or-nothing import of a legacy register."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from gongkai.applications.excel import IMPORT_COLUMNS
from gongkai.applications.models import Application
from gongkai.audit.models import Event, EventKind

HEADERS = [h for h, _ in IMPORT_COLUMNS]


def row(**values: Any) -> list[Any]:
    base = {
        "受理机关": "教育局",
        "申请渠道": "当面提交",
        "当面提交日期": date(2024, 5, 6),
        "申请人类型": "自然人",
        "申请人姓名或名称": "周九",
        "证件类型": "护照",
        "证件号码": "E1111111",
        "联系电话": "13900000001",
        "通信地址": "利通区",
        "申请公开的政府信息内容描述": "2023年学校建设项目清单",
        "信息载体形式": "纸质",
        "获取方式": "邮寄",
    }
    base.update(values)
    return [base.get(h) for h in HEADERS]


def workbook(*rows: list[Any], headers: list[str] = HEADERS) -> SimpleUploadedFile:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(headers)
    for r in rows:
        ws.append(r)
    out = io.BytesIO()
    wb.save(out)
    return SimpleUploadedFile("台账.xlsx", out.getvalue())


def upload(client: Any, file: Any) -> Any:
    return client.post(reverse("applications:import"), {"file": file})


def test_it_imports_a_valid_register(client: Any, cast: Any) -> None:
    client.force_login(cast.edu_liaison)
    mail = row(
        申请渠道="平常信函", 当面提交日期=None, 收到日期=date(2024, 6, 3), 与申请人确认日期=date(2024, 6, 3)
    )
    response = upload(client, workbook(row(), mail))
    assert response.status_code == 302
    apps = Application.objects.order_by("received_on")
    assert [a.received_on for a in apps] == [date(2024, 5, 6), date(2024, 6, 3)]
    assert Event.objects.filter(kind=EventKind.IMPORT_COMPLETED).count() == 1


def test_one_bad_row_imports_nothing_and_names_the_rows(client: Any, cast: Any) -> None:
    client.force_login(cast.edu_liaison)
    bad_channel = row(申请渠道="信鸽")
    no_date = row(当面提交日期=None)
    response = upload(client, workbook(row(), bad_channel, row(), no_date))
    assert response.status_code == 400
    body = response.content.decode()
    assert "第3行“申请渠道”" in body and "第5行“当面提交日期”" in body and "第2行" not in body
    assert not Application.objects.exists()


def test_it_refuses_rows_for_an_organisation_out_of_reach(client: Any, cast: Any) -> None:
    client.force_login(cast.edu_liaison)
    response = upload(client, workbook(row(受理机关="财政局")))
    assert "第2行“受理机关”：受理机关“财政局”不存在或您无权为其登记" in response.content.decode()
    assert not Application.objects.exists()


def test_it_refuses_a_register_without_required_columns(client: Any, cast: Any) -> None:
    client.force_login(cast.edu_liaison)
    response = upload(client, workbook(["x"], headers=["受理机关", "名字"]))
    assert "缺少列" in response.content.decode()


def test_a_corrupt_or_foreign_file_is_a_clear_error(client: Any, cast: Any) -> None:
    client.force_login(cast.edu_liaison)
    not_xlsx = upload(client, SimpleUploadedFile("a.xlsx", b"hello"))
    assert "不是有效的 .xlsx 文件" in not_xlsx.content.decode()
    wrong_ext = upload(client, SimpleUploadedFile("a.csv", b"a,b"))
    assert "仅支持 .xlsx" in wrong_ext.content.decode()
    broken_zip = upload(client, SimpleUploadedFile("a.xlsx", b"PK\x03\x04garbage"))
    assert broken_zip.status_code == 400 and "无法读取 Excel 文件" in broken_zip.content.decode()


def test_an_empty_register_is_reported(client: Any, cast: Any) -> None:
    client.force_login(cast.edu_liaison)
    assert "没有数据行" in upload(client, workbook()).content.decode()


def test_an_exported_register_imports_again(client: Any, cast: Any, register: Any) -> None:
    register(date(2024, 5, 6), org=cast.edu, applicant_name="吴十", id_type="passport", id_number="E2")
    client.force_login(cast.edu_liaison)
    exported = client.get(reverse("applications:export"), {"view": "all"})
    sheet = load_workbook(io.BytesIO(exported.content)).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    first = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    assert first["申请人姓名或名称"] == "吴十" and first["申请渠道"] == "当面提交"
    response = upload(client, SimpleUploadedFile("export.xlsx", exported.content))
    assert response.status_code == 302
    copies = Application.objects.filter(applicant_name="吴十").order_by("id")
    assert copies.count() == 2
    assert f"原受理编号：{first['受理编号']}" in copies[1].notes
