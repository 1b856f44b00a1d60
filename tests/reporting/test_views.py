from datetime import date

import pytest
import time_machine
from django.urls import reverse

from gongkai.reporting import services
from gongkai.reporting.models import AnnualReport

pytestmark = pytest.mark.django_db


def test_the_workspace_lists_reports_of_the_year(client, cast):
    services.start_draft(cast.edu, 2022)
    client.force_login(cast.office_admin)
    response = client.get(reverse("reporting:workspace"), {"year": 2022})
    assert response.status_code == 200
    assert "吴忠市利通区教育局" in response.content.decode()


def test_a_liaison_does_not_see_another_units_report(client, cast):
    report = services.start_draft(cast.fin, 2022)
    client.force_login(cast.edu_liaison)
    assert "财政局" not in client.get(reverse("reporting:workspace"), {"year": 2022}).content.decode()
    assert client.get(reverse("reporting:edit", args=[report.pk])).status_code == 404


def test_staff_start_edit_and_publish_a_report(client, cast):
    client.force_login(cast.edu_liaison)
    response = client.post(reverse("reporting:start"), {"organisation": cast.edu.pk, "year": 2022})
    report = AnnualReport.objects.get(organisation=cast.edu, year=2022)
    assert response.status_code == 302
    page = client.get(reverse("reporting:edit", args=[report.pk])).content.decode()
    assert "{{applications_received}}" in page
    client.post(
        reverse("reporting:edit", args=[report.pk]), {"problems": "一是人手不足。", "overview": "总体良好。"}
    )
    client.post(reverse("reporting:publish", args=[report.pk]))
    report.refresh_from_db()
    assert report.is_published
    assert report.versions.get().text.count("一是人手不足。") == 1


def test_the_edit_page_shows_warnings_with_their_location(client, cast):
    report = services.start_draft(cast.edu, 2022)
    services.edit_sections(report, {"problems": ""})
    client.force_login(cast.edu_liaison)
    page = client.get(reverse("reporting:edit", args=[report.pk])).content.decode()
    assert "sections.problems" in page


def test_the_public_list_shows_published_reports_only(client, cast):
    services.publish(services.start_draft(cast.edu, 2022))
    services.start_draft(cast.fin, 2022)
    page = client.get(reverse("reporting:public_list"), {"year": 2022}).content.decode()
    assert "吴忠市利通区教育局2022年" in page
    assert "吴忠市利通区财政局2022年" not in page


def test_the_public_list_flags_a_department_that_missed_1_february(client, cast):
    with time_machine.travel(date(2023, 1, 20)):
        services.publish(services.start_draft(cast.edu, 2022))
    with time_machine.travel(date(2023, 2, 10)):
        services.publish(services.start_draft(cast.fin, 2022))
        page = client.get(reverse("reporting:public_list"), {"year": 2022}).content.decode()
    missed = page.split("未按期发布", 1)[1]
    assert "未发布</span> 吴忠市利通区民政局（" in missed  # a department: 1月31日 has passed
    assert "逾期发布</span> 吴忠市利通区财政局（" in missed
    assert "吴忠市利通区人民政府（" not in missed  # the government has until 3月31日
    assert "吴忠市利通区教育局（" not in missed


def test_the_public_report_page_renders_the_frozen_html_and_files(client, cast):
    version = services.publish(services.start_draft(cast.edu, 2022))
    page = client.get(reverse("reporting:public_detail", args=[version.report_id])).content.decode()
    assert 'rowspan="22"' in page
    pdf = client.get(reverse("reporting:download", args=[version.report_id, 1, "pdf"]))
    assert pdf.content.startswith(b"%PDF")


def test_a_draft_is_not_public(client, cast):
    report = services.start_draft(cast.edu, 2022)
    assert client.get(reverse("reporting:public_detail", args=[report.pk])).status_code == 404


def test_the_checker_shows_findings_of_an_uploaded_report(client, cast, tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from gongkai.report.render.html import render_html
    from gongkai.reporting.compute import compute

    tables = compute(cast.edu, 2022).report
    tables.requests["new"]["natural_person"] = 5  # breaks R1 and R3
    upload = SimpleUploadedFile("bad.html", render_html(tables).encode("utf-8"), content_type="text/html")
    page = client.post(reverse("reporting:checker"), {"files": [upload]}).content.decode()
    assert "R1" in page
    assert "finding-error" in page


def test_the_rollup_page_exports_xlsx(client, cast):
    client.force_login(cast.office_admin)
    response = client.get(reverse("reporting:rollup"), {"region": "640302", "year": 2022, "format": "xlsx"})
    assert response.status_code == 200
    assert response.content.startswith(b"PK")


def test_the_stats_page_imports_a_workbook(client, cast):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from .test_stats import workbook

    client.force_login(cast.edu_liaison)
    upload = SimpleUploadedFile("x.xlsx", workbook([["行政许可", 2022, 1, 5, None]]))
    client.post(reverse("reporting:stats") + "?year=2022", {"organisation": cast.edu.pk, "file": upload})
    assert cast.edu.stat_records.get().decisions == 5


def test_staff_enter_one_months_figure(client, cast):
    client.force_login(cast.fin_liaison)
    client.post(
        reverse("reporting:stats") + "?year=2022",
        {
            "action": "month",
            "organisation": cast.fin.pk,
            "item": "fees",
            "year": 2022,
            "month": 3,
            "value": "12.34",
        },
    )
    record = cast.fin.stat_records.get()
    assert (record.period_start, str(record.amount_yuan)) == (date(2022, 3, 1), "12.34")


def test_a_liaison_cannot_enter_figures_for_another_unit(client, cast):
    client.force_login(cast.fin_liaison)
    response = client.post(
        reverse("reporting:stats"),
        {
            "action": "month",
            "organisation": cast.edu.pk,
            "item": "penalty",
            "year": 2022,
            "month": 3,
            "value": "1",
        },
    )
    assert response.status_code == 404
    assert not cast.edu.stat_records.exists()
