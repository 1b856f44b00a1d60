import io
from decimal import Decimal

import pytest

from gongkai.audit.models import Event, EventKind
from gongkai.reporting.models import StatRecord
from gongkai.reporting.stats import ImportFailed, enter_month, import_workbook, parse_yuan

pytestmark = pytest.mark.django_db

HEADER = ["事项", "年份", "月份", "处理决定数", "收费金额（元）"]


def workbook(rows: list, header: list = HEADER) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(header)
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_it_imports_every_valid_row(cast):
    data = workbook([["行政许可", 2022, 1, 700, None], ["行政事业性收费", 2022, 1, None, "1234.56"]])
    assert import_workbook(cast.litong, data, "许可.xlsx", actor=cast.office_admin) == 2
    fee = StatRecord.objects.get(item="fees")
    assert fee.amount_yuan == Decimal("1234.56")
    assert fee.source_file == "许可.xlsx"
    assert Event.objects.filter(kind=EventKind.IMPORT_COMPLETED).exists()


def test_one_bad_row_imports_nothing_and_names_the_row(cast):
    data = workbook(
        [["行政许可", 2022, 1, 700, None], ["行政处罚", 2022, 13, 3, None], ["罚款", 2022, 2, 1, None]]
    )
    with pytest.raises(ImportFailed) as exc:
        import_workbook(cast.litong, data, "x.xlsx")
    assert [e[:3] for e in exc.value.errors] == ["第3行", "第4行"]
    assert not StatRecord.objects.exists()


def test_a_duplicate_month_in_the_file_is_an_error(cast):
    data = workbook([["行政许可", 2022, 1, 1, None], ["licensing", 2022, 1, 2, None]])
    with pytest.raises(ImportFailed, match="第3行"):
        import_workbook(cast.litong, data, "x.xlsx")


def test_a_month_already_entered_is_an_error(cast):
    enter_month(cast.litong, "licensing", 2022, 1, decisions=3)
    with pytest.raises(ImportFailed, match="已录入"):
        import_workbook(cast.litong, workbook([["行政许可", 2022, 1, 1, None]]), "x.xlsx")


def test_amounts_in_10k_yuan_are_converted_exactly():
    assert parse_yuan("2843.38", "10k_yuan") == Decimal("28433800.00")
    assert parse_yuan("0.000001", "10k_yuan") == Decimal("0.01")
    with pytest.raises(ValueError):
        parse_yuan("0.0000001", "10k_yuan")
    with pytest.raises(ValueError):
        parse_yuan("-1", "yuan")


def test_a_file_that_is_not_a_workbook_is_refused(cast):
    with pytest.raises(ImportFailed):
        import_workbook(cast.litong, b"not excel", "x.xlsx")


def test_a_manual_entry_replaces_that_months_figure(cast):
    enter_month(cast.litong, "penalty", 2022, 3, decisions=3)
    enter_month(cast.litong, "penalty", 2022, 3, decisions=4)
    assert StatRecord.objects.get().decisions == 4
