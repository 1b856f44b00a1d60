"""Every corpus report (text, Markdown, HTML, PDF) and the seed parse to the tables read by hand.

The expected tables are in tests/report/expected. The HTML and PDF copies of reports that also exist
as text (025–031 ↔ 007–013, 021–023 ↔ 002–004) were read from their own tables and agree with the
text copies; 014 and 016 exist only as HTML.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from gongkai.report.check import CheckResult, check_file

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
if not SHARED.exists():
    SHARED = Path("/work/shared")
CORPUS = SHARED / "corpus"
SEED = SHARED / "seed" / "litong-2022-annual-report.txt"
EXPECTED = Path(__file__).parent / "expected"

pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not available")

# Cells the parser is known to read wrongly, with the reason. Anything else that differs fails.
KNOWN_MISSES: dict[str, set[str]] = {
    # '55（含自然失效 29 件）' was moved out of the table by the PDF→Markdown conversion.
    "005_shanghai-municipal-office-2025.md": {"art20.normative_documents.repealed"},
    # '政府集中采购13575394432.52元': count and amount glued, no identity to split them.
    "007_pingtan-2019.txt": {"art20_2019.procurement.items", "art20_2019.procurement.amount"},
    # '107105' = 10, 7, 105 but 1071, 0, 5 is as plausible without the HTML.
    "008_pingtan-2020.txt": {
        "art20_2019.procurement.items",
        "art20_2019.procurement.amount",
        "art20_2019.other_services.previous_year_items",
        "art20_2019.other_services.change",
        "art20_2019.other_services.decisions",
    },
}


# Corpus files with no figures to compare (the blank official template): checked separately.
NO_FIGURES = {"024_blank-template-2021.docx"}


def _files() -> list[Path]:
    return sorted(EXPECTED.glob("*.json"))


@cache
def _check(path: Path) -> CheckResult:
    # PDFs take ~0.3 s each: read every file once per test session.
    return check_file(path)


def _source(expected_file: Path) -> Path:
    name = expected_file.name.removesuffix(".json")
    return SEED if name == SEED.name else CORPUS / name


def _cells(prefix: str, value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, sub in value.items():
            out.update(_cells(f"{prefix}.{key}", sub))
        return out
    return {prefix: value}


def _compare(expected: dict[str, Any], result: CheckResult) -> tuple[int, list[str]]:
    assert result.tables is not None, result.errors
    got = result.tables.to_dict()
    want: dict[str, Any] = {}
    have: dict[str, Any] = {}
    for table in ("art20", "art20_2019", "requests", "appeals"):
        if expected.get(table) is not None:
            want.update(_cells(table, expected[table]))
            have.update(_cells(table, got.get(table) or {}))
    wrong = [k for k, v in want.items() if have.get(k) != v]
    return len(want), wrong


@pytest.mark.parametrize("expected_file", _files(), ids=lambda p: p.name.removesuffix(".json"))
def test_it_reads_every_cell(expected_file: Path) -> None:
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    result = _check(_source(expected_file))
    _total, wrong = _compare(expected, result)
    assert set(wrong) <= KNOWN_MISSES.get(expected["file"], set()), wrong
    assert result.year == expected["year"]
    assert result.format == expected["format"]


def test_it_reads_at_least_99_5_percent_of_cells() -> None:
    total = wrong = 0
    for expected_file in _files():
        expected = json.loads(expected_file.read_text(encoding="utf-8"))
        n, misses = _compare(expected, _check(_source(expected_file)))
        total += n
        wrong += len(misses)
    assert total > 5000
    assert (total - wrong) / total >= 0.995


def test_it_has_an_expected_table_for_every_report_in_the_corpus() -> None:
    sources = {p.name for p in CORPUS.iterdir() if p.name not in ("README.md", "index.csv")}
    expected = {p.name.removesuffix(".json") for p in _files()}
    assert (sources - NO_FIGURES) | {SEED.name} == expected


def _errors(result: CheckResult) -> list[tuple[str, str]]:
    return [(f.rule, f.location) for f in result.findings if f.severity == "error"]


CONSISTENT = [
    "002_huaian-city-gov-2024.txt",
    "004_huaian-hongze-district-2024.txt",
    "005_shanghai-municipal-office-2025.md",
    "006_shuyang-county-gov-2025.txt",
    "007_pingtan-2019.txt",
    "009_pingtan-2021.txt",
    "010_pingtan-2022.txt",
    "011_pingtan-2023.txt",
    "012_pingtan-2024.txt",
    "013_pingtan-2025.txt",
    "016_shuyang-county-fgj-2023.html",
    "021_huaian-city-gov-2024.pdf",
    "023_huaian-hongze-district-2024.pdf",
    "025_pingtan-2019.html",
    "027_pingtan-2021.html",
    "028_pingtan-2022.html",
    "029_pingtan-2023.html",
    "030_pingtan-2024.html",
    "031_pingtan-2025.html",
]


@pytest.mark.parametrize("name", CONSISTENT)
def test_it_invents_no_error_on_a_consistent_report(name: str) -> None:
    result = _check(CORPUS / name)
    assert result.errors == []
    assert _errors(result) == []


@pytest.mark.parametrize("name", ["008_pingtan-2020.txt", "026_pingtan-2020.html"])
def test_it_finds_the_r2_failure_of_pingtan_2020(name: str) -> None:
    result = _check(CORPUS / name)
    assert _errors(result) == [
        ("R2", "requests.total_handled/natural_person"),
        ("R2", "requests.total_handled/total"),
    ]
    r2_total = next(f for f in result.findings if f.location == "requests.total_handled/total")
    assert (r2_total.expected, r2_total.found) == (27, 21)


def test_it_reports_the_blank_carried_forward_total_of_kewei_2024() -> None:
    result = check_file(CORPUS / "001_shanghai-kewei-2024.md")
    assert _errors(result) == [("R7", "requests.carried_forward.total")]


HONGZE_2023 = [
    "003_huaian-hongze-district-2023.txt",
    "015_huaian-hongze-district-2023_pdfminer-raw.txt",
    "022_huaian-hongze-district-2023.pdf",
]


@pytest.mark.parametrize("name", HONGZE_2023)
def test_it_reports_table_four_totals_that_do_not_add_up(name: str) -> None:
    # As published: 行政复议 10, 1, 0, 0 with 总计 0; 复议后起诉 5, 0, 0, 0 with 总计 0.
    result = _check(CORPUS / name)
    assert _errors(result) == [
        ("R4", "appeals.reconsideration.total"),
        ("R4", "appeals.litigation_after_reconsideration.total"),
    ]


def test_the_pdfminer_column_wise_copy_reads_like_the_layout_copy() -> None:
    a = check_file(CORPUS / "003_huaian-hongze-district-2023.txt").tables
    b = check_file(CORPUS / "015_huaian-hongze-district-2023_pdfminer-raw.txt").tables
    assert a is not None and b is not None
    assert (a.requests, a.appeals, a.art20) == (b.requests, b.appeals, b.art20)


def test_the_seed_has_warnings_only_and_both_text_inconsistencies() -> None:
    result = check_file(SEED)
    assert result.errors == []
    assert all(f.severity == "warning" for f in result.findings)
    messages = " ".join(f.message for f in result.findings)
    assert "52" in messages and "54" in messages
    assert "87" in messages and "89" in messages


def test_the_seed_is_the_government_report_of_litong_2022() -> None:
    result = check_file(SEED)
    assert (result.organisation, result.year, result.format) == ("利通区人民政府", 2022, "2021")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "017_FRAGMENT_guangzhou-haizhu-guanzhou-street-2023.txt",
            ["table 三 ends after row 三(三)6", "三(三)6 is cut off after 6 of 7 cells"],
        ),
        ("018_FRAGMENT_xixian-taiping-town-2022.txt", ["table 三 ends after row 三(三)3"]),
        ("019_FRAGMENT_jiaxian-xi-town-2022.txt", ["no figures", "table 三 ends after row 三(四)3"]),
        (
            "020_FRAGMENT_trad-chinese-mirror-district-bureau-2021.txt",
            ["table 三 ends after row 一、", "cut off after 2 of 7 cells"],
        ),
    ],
)
def test_a_fragment_says_precisely_what_is_missing(name: str, expected: list[str]) -> None:
    result = check_file(CORPUS / name)
    text = " | ".join(result.errors)
    for phrase in expected:
        assert phrase in text
    assert "table 四 (行政复议、行政诉讼) not found" in text
    assert _errors(result) == []


def test_a_2022_report_in_the_2019_format_gets_the_format_warning() -> None:
    result = check_file(CORPUS / "019_FRAGMENT_jiaxian-xi-town-2022.txt")
    assert result.format == "2019"
    assert any(f.rule == "R9" and "未使用最新格式" in f.message for f in result.findings)


def test_it_reads_organisations_from_titles() -> None:
    found = {
        p: check_file(CORPUS / p).organisation
        for p in (
            "002_huaian-city-gov-2024.txt",
            "005_shanghai-municipal-office-2025.md",
            "009_pingtan-2021.txt",
        )
    }
    assert found == {
        "002_huaian-city-gov-2024.txt": "淮安市人民政府",
        "005_shanghai-municipal-office-2025.md": "上海市人民政府办公厅",
        "009_pingtan-2021.txt": "平潭综合实验区",
    }


def _html_available() -> bool:
    try:
        import gongkai.report.extract_html  # noqa: F401
    except ModuleNotFoundError:
        return False
    return True


@pytest.mark.skipif(not _html_available(), reason="HTML extractor not available")
def test_it_reports_the_text_versus_table_mismatches_of_shanghai_2019() -> None:
    result = check_file(CORPUS / "014_shanghai-municipal-office-2019.html")
    r8 = [f for f in result.findings if f.rule == "R8"]
    assert [(f.severity, f.found, f.expected) for f in r8] == [("error", 258, 275), ("error", 265, 337)]
    assert "only 三(四)1 本机关不掌握" in r8[1].message
    # The table itself balances: 一859 + 二18 = 七805 + 四72.
    assert not [f for f in result.findings if f.rule in ("R1", "R2")]


@pytest.mark.skipif(not _html_available(), reason="HTML extractor not available")
def test_a_spanned_header_column_does_not_shift_the_cells() -> None:
    # 027: 自然人 spans two columns in the header, leaving an empty column in every data row.
    html = check_file(CORPUS / "027_pingtan-2021.html").tables
    text = check_file(CORPUS / "009_pingtan-2021.txt").tables
    assert html is not None and text is not None
    assert html.requests == text.requests


def test_the_blank_total_cells_of_shanghai_2019_are_r7_errors_where_their_parts_are_not_zero() -> None:
    # Only rows 一/二/七/四 print a 总计; every other row with figures leaves it blank (&nbsp;).
    name = "014_shanghai-municipal-office-2019.html"
    expected = json.loads((EXPECTED / f"{name}.json").read_text(encoding="utf-8"))["requests"]
    blank_totals = {
        f"requests.{row}.total"
        for row, cells in expected.items()
        if cells["total"] is None and any(v for col, v in cells.items() if col != "total")
    }
    r7 = {f.location for f in _check(CORPUS / name).findings if f.rule == "R7" and f.severity == "error"}
    assert len(blank_totals) > 5
    assert r7 == blank_totals


@pytest.mark.parametrize("name", ["001_shanghai-kewei-2024.md", "005_shanghai-municipal-office-2025.md"])
def test_a_section_five_whose_heading_was_lost_is_found_by_its_sub_headings(name: str) -> None:
    result = _check(CORPUS / name)
    assert result.tables is not None
    assert "问题" in result.tables.sections["problems"].splitlines()[0]
    assert not [f for f in result.findings if f.rule == "sections"]


@pytest.mark.parametrize(
    "name", [*HONGZE_2023, "004_huaian-hongze-district-2024.txt", "023_huaian-hongze-district-2024.pdf"]
)
def test_a_single_other_handling_row_in_a_2021_report_is_one_format_warning(name: str) -> None:
    result = _check(CORPUS / name)
    layout = [f for f in result.findings if f.location == "requests.other_other"]
    assert [(f.rule, f.severity) for f in layout] == [("R9", "warning")]
    assert "（六）其他处理" in layout[0].message
    assert not [f for f in result.findings if f.rule == "rows"]
    assert result.format == "2021"


def test_the_blank_template_is_one_file_error_and_no_findings_about_figures() -> None:
    result = _check(CORPUS / "024_blank-template-2021.docx")
    assert result.errors == [
        "report has no figures (blank template?): the tables are there but every cell is blank"
    ]
    assert not [f for f in result.findings if f.rule not in ("R9", "sections")]


@pytest.mark.parametrize("name", ["025_pingtan-2019.html", "026_pingtan-2020.html"])
def test_a_2019_procurement_amount_with_its_unit_is_read(name: str) -> None:
    result = _check(CORPUS / name)
    assert result.tables is not None and result.tables.art20_2019 is not None
    assert not [w for w in result.warnings if "no row label" in w]
    expected = json.loads((EXPECTED / f"{name}.json").read_text(encoding="utf-8"))
    assert result.tables.art20_2019["procurement"] == expected["art20_2019"]["procurement"]
