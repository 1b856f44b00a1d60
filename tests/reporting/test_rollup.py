from datetime import date

import pytest
import time_machine

from gongkai.reporting import services
from gongkai.reporting.conf import deadline
from gongkai.reporting.models import RegionDeadline
from gongkai.reporting.rollup import OrgStatus, rollup, rollup_xlsx

from .conftest import make_stats

pytestmark = pytest.mark.django_db


def _status(result, org):
    return next(r for r in result.rows if r.organisation == org).status


def test_the_region_tables_sum_every_organisation(cast):
    make_stats(cast.edu, 2022, licensing=3, fees_yuan="10000")
    make_stats(cast.fin, 2022, licensing=4, fees_yuan="5000")
    result = rollup(cast.litong.region, 2022)
    assert result.tables.art20.licensing.decisions == 7
    assert str(result.tables.art20.fees.amount_10k_yuan) == "1.50"


def test_a_city_rollup_includes_its_counties(cast):
    make_stats(cast.edu, 2022, licensing=3)
    city = cast.litong.region.parent
    assert rollup(city, 2022).tables.art20.licensing.decisions == 3


def test_the_status_table_tells_draft_on_time_late_and_missing(cast):
    with time_machine.travel(date(2023, 1, 20)):
        services.publish(services.start_draft(cast.edu, 2022))
    with time_machine.travel(date(2023, 2, 20)):
        services.publish(services.start_draft(cast.fin, 2022))
        services.start_draft(cast.litong, 2022)
        result = rollup(cast.litong.region, 2022)
    assert _status(result, cast.edu) == OrgStatus.ON_TIME
    assert _status(result, cast.fin) == OrgStatus.LATE
    assert _status(result, cast.litong) == OrgStatus.DRAFT
    assert _status(result, cast.orgs["民政局"]) == OrgStatus.MISSING


def test_the_status_table_carries_the_findings_counts(cast):
    report = services.start_draft(cast.edu, 2022)
    services.edit_sections(report, {"problems": ""})
    services.validate(report)
    row = next(r for r in rollup(cast.litong.region, 2022).rows if r.organisation == cast.edu)
    assert row.warnings >= 1


def test_a_region_may_set_an_earlier_deadline(cast):
    assert deadline(cast.edu, 2022) == date(2023, 1, 31)
    assert deadline(cast.litong, 2022) == date(2023, 3, 31)
    RegionDeadline.objects.create(
        region=cast.litong.region.parent, department_deadline="01-15", government_deadline="04-30"
    )
    assert deadline(cast.edu, 2022) == date(2023, 1, 15)
    assert deadline(cast.litong, 2022) == date(2023, 3, 31)  # later than the law: ignored


def test_the_rollup_exports_an_xlsx_with_a_status_sheet(cast):
    import io

    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(rollup_xlsx(rollup(cast.litong.region, 2022))))
    status = wb["报送情况"]
    assert status.max_row == 2 + cast.litong.region.organisations.count()
    assert any(str(r) for r in wb["三、申请情况（汇总）"].merged_cells.ranges)
