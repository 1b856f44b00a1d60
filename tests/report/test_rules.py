"""R1–R9 and the text checks on small hand-built reports: each rule failing and passing."""

from __future__ import annotations

from datetime import date

from gongkai.report import rules
from gongkai.report.model import FORMAT_2019, DocCounts, Finding

from .helpers import consistent_report


def _rules(findings: list[Finding]) -> list[tuple[str, str]]:
    return [(f.rule, f.severity) for f in findings]


def test_a_consistent_report_has_no_findings() -> None:
    assert rules.check(consistent_report()) == []


def test_r1_holds_on_a_consistent_report() -> None:
    assert rules.r1_balance(consistent_report()) == []


def test_r1_fails_when_new_plus_carried_over_differs_from_handled_plus_carried_forward() -> None:
    r = consistent_report()
    r.requests["carried_over"]["commercial"] = 1
    r.requests["carried_over"]["total"] = 1
    found = rules.r1_balance(r)
    assert [(f.rule, f.location) for f in found] == [
        ("R1", "requests.new+carried_over/commercial"),
        ("R1", "requests.new+carried_over/total"),
    ]
    assert all(f.severity == "error" for f in found)


def test_r2_fails_when_the_result_rows_do_not_add_up_to_the_total() -> None:
    r = consistent_report()
    r.requests["rejected_repeat"]["natural_person"] = 2
    found = rules.r2_dispositions(r)
    assert [(f.rule, f.location, f.expected, f.found) for f in found] == [
        ("R2", "requests.total_handled/natural_person", 6, 4)
    ]


def test_r2_counts_the_single_2019_other_row() -> None:
    r = consistent_report(2020)
    r.format = FORMAT_2019
    r.requests["other_other"]["natural_person"] = 1
    r.requests["granted"]["natural_person"] = 3
    assert rules.r2_dispositions(r) == []


def test_r3_fails_when_a_row_total_is_not_the_sum_of_its_columns() -> None:
    r = consistent_report()
    r.requests["granted"]["total"] = 7
    found = rules.r3_row_totals(r)
    assert [(f.rule, f.location, f.expected, f.found) for f in found] == [
        ("R3", "requests.granted.total", 5, 7)
    ]


def test_r4_fails_per_appeal_group() -> None:
    r = consistent_report()
    r.appeals["litigation_direct"]["pending"] = 2
    found = rules.r4_appeals(r)
    assert [(f.rule, f.location) for f in found] == [("R4", "appeals.litigation_direct.total")]


def test_r4_holds_on_a_consistent_report() -> None:
    assert rules.r4_appeals(consistent_report()) == []


def test_r5_fails_when_carried_over_differs_from_last_years_carried_forward() -> None:
    previous, current = consistent_report(2021), consistent_report(2022)
    found = rules.r5_carry_over(current, previous)
    # Last year carried forward 1 + 1; this year says 0 were carried over.
    assert {f.location for f in found} == {
        "requests.carried_over/natural_person",
        "requests.carried_over/commercial",
        "requests.carried_over/total",
    }
    assert all(f.severity == "error" for f in found)


def test_r5_holds_when_the_carry_over_matches() -> None:
    previous, current = consistent_report(2021), consistent_report(2022)
    for col, n in (("natural_person", 1), ("commercial", 1), ("total", 2)):
        current.requests["carried_over"][col] = n
    assert rules.r5_carry_over(current, previous) == []


def test_r5_ignores_years_that_are_not_consecutive() -> None:
    assert rules.r5_carry_over(consistent_report(2022), consistent_report(2019)) == []


def test_r6_warns_when_in_force_does_not_follow_from_last_year() -> None:
    previous, current = consistent_report(2021), consistent_report(2022)
    found = rules.r6_in_force(current, previous)
    # 40 + 6 - 1 = 45, but 40 is stated.
    assert [(f.rule, f.severity, f.location, f.expected, f.found) for f in found] == [
        ("R6", "warning", "art20.normative_documents.in_force", 45, 40)
    ]


def test_r6_holds_when_in_force_follows() -> None:
    previous, current = consistent_report(2021), consistent_report(2022)
    current.art20.normative_documents = DocCounts(6, 1, 45)
    assert rules.r6_in_force(current, previous) == []


def test_r7_warns_about_a_blank_cell_and_reads_it_as_zero() -> None:
    r = consistent_report()
    r.requests["rejected_repeat"]["research"] = None
    found = rules.r7_cells(r)
    assert _rules(found) == [("R7", "warning")]
    assert rules.r3_row_totals(r) == []


def test_r7_errs_on_a_blank_total_with_non_zero_parts() -> None:
    r = consistent_report()
    r.requests["new"]["total"] = None
    assert [(f.rule, f.severity, f.location) for f in rules.r7_cells(r)] == [
        ("R7", "error", "requests.new.total")
    ]


def test_r7_errs_on_a_negative_cell() -> None:
    r = consistent_report()
    r.appeals["reconsideration"]["other"] = -1
    assert ("R7", "error") in _rules(rules.r7_cells(r))


def test_r7_errs_on_a_non_numeric_cell() -> None:
    r = consistent_report()
    r.requests["granted"]["research"] = None
    r.invalid_cells["requests.granted.research"] = "十"
    found = rules.r7_cells(r)
    assert [(f.severity, f.location) for f in found] == [("error", "requests.granted.research")]


def test_r8_accepts_any_reading_the_table_supports() -> None:
    r = consistent_report()
    # new.total is 7, new + carried_over is 7, handled is 5: '收到' may mean handled.
    r.sections = {"requests": "三、收到和处理政府信息公开申请情况 共收到政府信息公开申请5件。"}
    assert rules.r8_text_figures(r) == []


def test_r8_errs_when_an_exact_figure_differs() -> None:
    r = consistent_report()
    r.sections = {"overview": "一、总体情况 本年新收政府信息公开申请9件，行政复议3件。"}
    found = rules.r8_text_figures(r)
    assert [(f.rule, f.severity, f.expected, f.found) for f in found] == [("R8", "error", 7, 9)]


def test_r8_only_warns_when_loose_wording_matches_nothing() -> None:
    r = consistent_report()
    r.sections = {"overview": "一、总体情况 全年受理政府信息公开申请12件。"}
    assert _rules(rules.r8_text_figures(r)) == [("R8", "warning")]


def test_r8_checks_group_sums_such_as_granted_and_partially_granted() -> None:
    r = consistent_report()
    r.sections = {"overview": "一、总体情况 予以公开及部分公开6件，无法提供0件。"}
    found = rules.r8_text_figures(r)
    assert [(f.expected, f.found) for f in found] == [(5, 6)]


def test_r9_warns_about_a_statistics_period_that_is_not_the_year() -> None:
    r = consistent_report(2022)
    r.sections = {"overview": "本报告所列数据统计期限自2022年1月1日至2022年6月30日。"}
    assert _rules(rules.r9_period_and_format(r)) == [("R9", "warning")]


def test_r9_accepts_the_calendar_year() -> None:
    r = consistent_report(2022)
    r.sections = {"overview": "本报告所列数据统计期限从 2022 年 1 月 1 日到 12 月 31 日。"}
    assert rules.r9_period_and_format(r) == []


def test_r9_warns_when_a_government_publishes_after_march_31() -> None:
    # 条例第五十条: the government's own report by 3月31日.
    r = consistent_report(2022)
    r.published = date(2023, 4, 1)
    assert _rules(rules.r9_period_and_format(r)) == [("R9", "warning")]
    r.published = date(2023, 3, 31)
    assert rules.r9_period_and_format(r) == []


def test_r9_holds_a_department_to_january_31() -> None:
    r = consistent_report(2022)
    r.level = "department"
    r.published = date(2023, 2, 1)
    assert _rules(rules.r9_period_and_format(r)) == [("R9", "warning")]


def test_r9_warns_about_the_2019_format_from_2021_on() -> None:
    r = consistent_report(2021)
    r.format = FORMAT_2019
    assert [f.message[:7] for f in rules.r9_period_and_format(r)] == ["未使用最新格式"]
    r.year = 2020
    assert rules.r9_period_and_format(r) == []


def test_it_warns_about_missing_sections() -> None:
    r = consistent_report()
    r.sections = {"overview": "一、总体情况 …", "proactive": "二、主动公开政府信息情况"}
    found = rules.check_sections(r)
    assert [f.location for f in found] == [
        "sections.requests",
        "sections.appeals",
        "sections.problems",
        "sections.other",
    ]


def test_it_warns_about_an_empty_section_five() -> None:
    r = consistent_report()
    r.sections = {"problems": "五、存在的主要问题及改进情况\n无。"}
    assert [f.rule for f in rules.check_sections(r) if f.rule == "problems"] == ["problems"]


def test_it_warns_when_the_text_both_charges_and_does_not_charge_fees() -> None:
    r = consistent_report()
    r.sections = {
        "other": "六、其他需要报告的事项 全年收取政府信息公开信息处理费120元。本年度没有产生信息处理费。"
    }
    assert [f.rule for f in rules.check_text(r)] == ["fees"]


def test_it_warns_about_one_figure_stated_twice_differently() -> None:
    r = consistent_report()
    r.sections = {
        "overview": "一、总体情况 政策解读52期。",
        "other": "六、其他需要报告的事项 发布各项政策解读54条。",
    }
    assert [f.rule for f in rules.check_text(r)] == ["text"]


def test_a_single_other_handling_row_in_a_2021_report_is_one_layout_warning_not_missing_rows() -> None:
    r = consistent_report()
    r.missing += ["requests.other_no_correction", "requests.other_no_fee"]
    found = rules.check_rows(r)
    assert _rules(found) == [("R9", "warning")]
    assert found[0].location == "requests.other_other"


def test_other_missing_rows_are_still_listed_next_to_the_layout_warning() -> None:
    r = consistent_report()
    r.missing += ["requests.other_no_correction", "requests.other_no_fee", "requests.rejected_repeat"]
    found = rules.check_rows(r)
    assert _rules(found) == [("R9", "warning"), ("rows", "warning")]
    assert found[1].location == "requests.rejected_repeat"


def test_the_2019_format_has_no_other_handling_sub_rows_to_warn_about() -> None:
    r = consistent_report(year=2019)
    r.format = FORMAT_2019
    r.missing += ["requests.other_no_correction", "requests.other_no_fee"]
    assert rules.check_rows(r) == []


def test_interpretations_printed_in_the_gazette_are_a_part_not_a_second_total() -> None:
    r = consistent_report()
    r.sections = {
        "overview": "一、总体情况 通过门户网站发布政策解读共132件。"
        "全年共编发公报24期，刊登规章112件，政策解读83件。"
    }
    assert rules.check_text(r) == []
