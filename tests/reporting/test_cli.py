import json
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command

from gongkai.cli import main
from gongkai.reporting.models import AnnualReport, ReportVersion

pytestmark = pytest.mark.django_db(transaction=False)


def _generate(capsys, *args):
    call_command("report_generate", *args)
    return capsys.readouterr().out


def test_generate_prints_json_by_default(cast, capsys):
    data = json.loads(_generate(capsys, "--org", "教育局", "--year", "2022"))
    assert data["organisation"] == "吴忠市利通区教育局"
    assert data["level"] == "department"
    assert not AnnualReport.objects.exists()  # generating does not start a draft


def test_generate_accepts_a_unique_part_of_the_full_name(cast, capsys):
    data = json.loads(_generate(capsys, "--org", "利通区人民政府", "--year", "2022"))
    assert data["organisation"] == "吴忠市利通区人民政府"


def test_generate_accepts_the_credit_code(cast, capsys):
    data = json.loads(_generate(capsys, "--org", cast.fin.credit_code, "--year", "2022"))
    assert data["organisation"] == cast.fin.name


@pytest.mark.parametrize(
    "fmt,magic", [("pdf", b"%PDF"), ("docx", b"PK"), ("xlsx", b"PK"), ("html", b"<!doctype")]
)
def test_generate_writes_files(cast, tmp_path, fmt, magic):
    out = tmp_path / f"r.{fmt}"
    call_command("report_generate", "--org", "教育局", "--year", "2022", "--format", fmt, "-o", str(out))
    assert out.read_bytes().startswith(magic)


def test_an_unknown_organisation_exits_2(cast, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["report", "generate", "--org", "不存在的机关", "--year", "2022"])
    assert exc.value.code == 2
    assert "不存在的机关" in capsys.readouterr().err


def test_an_ambiguous_organisation_is_an_error(cast):
    with pytest.raises(CommandError, match="不唯一") as exc:
        call_command("report_generate", "--org", "利通区", "--year", "2022")
    assert exc.value.returncode == 2


@pytest.mark.parametrize("year", ["abc", "1999", "2999"])
def test_a_bad_year_exits_2(cast, year):
    with pytest.raises(SystemExit) as exc:
        main(["report", "generate", "--org", "教育局", "--year", year])
    assert exc.value.code == 2


def test_a_binary_format_needs_an_output_file(cast):
    with pytest.raises(CommandError) as exc:
        call_command("report_generate", "--org", "教育局", "--year", "2022", "--format", "pdf")
    assert exc.value.returncode == 2


def test_publish_then_correct_from_the_command_line(cast, capsys):
    call_command("report_publish", "--org", "教育局", "--year", "2022")
    assert "第1版" in capsys.readouterr().out
    with pytest.raises(CommandError) as exc:
        call_command("report_publish", "--org", "教育局", "--year", "2022")
    assert exc.value.returncode == 2
    report = AnnualReport.objects.get()
    from gongkai.reporting.services import edit_sections

    edit_sections(report, {"problems": "补充问题。"})
    call_command("report_publish", "--org", "教育局", "--year", "2022", "--reason", "补充第五部分")
    assert ReportVersion.objects.filter(report=report).count() == 2


def test_rollup_prints_json_with_the_status_of_every_organisation(cast, capsys):
    call_command("report_rollup", "--region", "640302", "--year", "2022")
    data = json.loads(capsys.readouterr().out)
    assert len(data["status"]) == cast.litong.region.organisations.count()
    assert data["counts"]["missing"] == len(data["status"])


def test_rollup_of_an_unknown_region_exits_2(cast):
    with pytest.raises(SystemExit) as exc:
        main(["report", "rollup", "--region", "999999", "--year", "2022"])
    assert exc.value.code == 2


def test_after_the_demo_generate_reproduces_the_seed_tables(db, capsys):
    """Done-when of the issue: every cell of the seed's tables 二、三、四 (report-format.md)."""
    from django.db import transaction

    from gongkai.core.demo import DemoContext, load_all

    with transaction.atomic():
        load_all(DemoContext())
    data = json.loads(_generate(capsys, "--org", "利通区人民政府", "--year", "2022"))
    art20 = data["art20"]
    assert art20["licensing"] == {"decisions": 8678}
    assert art20["penalty"] == {"decisions": 1738}
    assert art20["enforcement"] == {"decisions": 0}
    assert Decimal(art20["fees"]["amount_10k_yuan"]) == Decimal("2843.38")
    assert art20["rules"] == {"issued": 0, "repealed": 0, "in_force": 0}
    # From the publishing register's demo when installed, else from the DocumentStat fallback.
    assert art20["normative_documents"] == {"issued": 6, "repealed": 0, "in_force": 38}
    req = data["requests"]
    expected = {
        ("new", "natural_person"): 11,
        ("new", "total"): 11,
        ("granted", "natural_person"): 8,
        ("granted", "total"): 8,
        ("unable_not_held", "natural_person"): 3,
        ("unable_not_held", "total"): 3,
        ("total_handled", "natural_person"): 11,
        ("total_handled", "total"): 11,
    }
    for row, cols in req.items():
        for col, value in cols.items():
            assert value == expected.get((row, col), 0), (row, col)
    assert all(v == 0 for group in data["appeals"].values() for v in group.values())


def test_the_demo_monthly_records_sum_exactly():
    from gongkai.reporting.demo import split

    assert sum(split(8678)) == 8678
    assert len(split(8678)) == 12
    assert sum(split(2843380000)) == 2843380000


def test_the_demo_uses_the_document_fallback_only_without_the_register(db, monkeypatch):
    from django.db import transaction

    from gongkai.core.demo import DemoContext
    from gongkai.organisations import demo as org_demo
    from gongkai.reporting import demo
    from gongkai.reporting.models import DocumentStat

    ctx = DemoContext()
    with transaction.atomic():
        org_demo.load(ctx)
        monkeypatch.setattr(demo, "register_art20_counts", lambda: object())
        demo.load(ctx)
        assert not DocumentStat.objects.exists()
        monkeypatch.setattr(demo, "register_art20_counts", lambda: None)
        demo.load(ctx)
        demo.load(ctx)  # idempotent
    stat = DocumentStat.objects.get(kind="normative_documents")
    assert (stat.issued, stat.repealed, stat.in_force) == (6, 0, 38)
    assert DocumentStat.objects.count() == 2
