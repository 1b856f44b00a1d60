"""Plain text / Markdown quirks and the digit-run reconstruction, one behaviour each."""

from __future__ import annotations

import pytest

from gongkai.report.errors import ExtractError
from gongkai.report.extract_text import decode, extract_str
from gongkai.report.interpret import interpret, split_groups, split_row
from gongkai.report.ir import Paragraph, Table
from gongkai.report.labels import match_row, normalise

from .helpers import consistent_report, render_tsv


def _requests(text: str) -> dict[str, list[int | None]]:
    report = interpret(extract_str(text)).report
    return {k: list(v.values()) for k, v in report.requests.items()}


def test_it_splits_a_glued_row_using_the_row_total() -> None:
    assert split_row(["491000050"], 7) == [[49, 1, 0, 0, 0, 0, 50]]


def test_blanks_inside_a_digit_run_are_boundaries() -> None:
    assert split_row(["230", "000023"], 7) == [[23, 0, 0, 0, 0, 0, 23]]


def test_an_impossible_run_has_no_split() -> None:
    assert split_row(["9999999"], 7) == []


def test_a_glued_appeals_row_is_split_by_group_totals() -> None:
    assert split_groups(["25380363300630003"], 3, 5) == [[25, 3, 8, 0, 36, 3, 3, 0, 0, 6, 3, 0, 0, 0, 3]]


def test_labels_match_with_spaces_brackets_and_ocr_slips() -> None:
    assert match_row(normalise("三、 本 年 度 办 理 结 果\t(一) 予以公开")) == "granted"
    assert match_row(normalise("2.其他法律行政止公开")) == "withheld_prohibited_by_law"
    assert match_row(normalise("（七）总计")) == "total_handled"


def test_traditional_chinese_and_pinyin_glosses_are_normalised() -> None:
    assert normalise("行政規(guī)範性文件") == "行政规范性文件"


def test_a_header_row_naming_several_rows_matches_none() -> None:
    assert (
        match_row(normalise("项目 | 本年新收件数 | 上年结转件数 | 予以公开 | 部分公开 | 结转下年度")) is None
    )


def test_page_footers_are_dropped() -> None:
    doc = extract_str("第一行\n- 4 -\n— 5 —\n第二行\n")
    assert [b.text for b in doc.blocks if isinstance(b, Paragraph)] == ["第一行", "第二行"]


def test_tab_rows_become_a_table_with_empty_merged_cells() -> None:
    doc = extract_str("a\t\tb\n1\t2\t3\n")
    table = doc.blocks[0]
    assert isinstance(table, Table)
    assert table.grid() == [["a", "", "b"], ["1", "2", "3"]]


def test_markdown_rule_lines_are_not_rows() -> None:
    doc = extract_str("| a | b |\n|---|---|\n| 1 | 2 |\n")
    table = doc.blocks[0]
    assert isinstance(table, Table) and table.grid() == [["a", "b"], ["1", "2"]]


def test_layout_columns_separated_by_spaces_are_read() -> None:
    text = render_tsv(consistent_report()).replace("\t", "      ")
    assert _requests(text)["new"] == [5, 2, 0, 0, 0, 0, 7]


def test_one_cell_per_line_text_is_read() -> None:
    text = render_tsv(consistent_report()).replace("\t", "\n\n")
    parsed = _requests(text)
    assert parsed["granted"] == [4, 1, 0, 0, 0, 0, 5]
    assert parsed["carried_forward"] == [1, 1, 0, 0, 0, 0, 2]


def test_a_detached_row_label_is_paired_with_the_next_values() -> None:
    text = render_tsv(consistent_report())
    text = text.replace("予以公开\t4\t1\t0\t0\t0\t0\t5", "予以公开\n4\t1\t0\t0\t0\t0\t5")
    assert _requests(text)["granted"] == [4, 1, 0, 0, 0, 0, 5]


def test_a_flattened_table_is_reconstructed() -> None:
    text = render_tsv(consistent_report())
    flat = text.replace("\t", "").replace("\n", "")
    parsed = interpret(extract_str(flat)).report
    assert parsed.requests == consistent_report().requests
    assert parsed.appeals == consistent_report().appeals


def test_an_ambiguous_split_is_reported_with_the_row_named() -> None:
    # "110110013" splits four ways into cells whose last is the sum of the others.
    text = render_tsv(consistent_report()).replace("\t", "").replace("\n", "")
    text = text.replace("重复申请0000000", "重复申请110110013")
    result = interpret(extract_str(text))
    messages = " ".join(result.warnings + result.errors)
    assert "三(五)2" in messages


def test_empty_input_is_an_extract_error() -> None:
    with pytest.raises(ExtractError, match="empty"):
        decode(b"")


def test_binary_input_is_an_extract_error() -> None:
    with pytest.raises(ExtractError, match="binary"):
        decode(b"\x00\x01\x02" * 100)


def test_gb18030_text_is_decoded() -> None:
    assert decode("二、主动公开政府信息情况".encode("gb18030")) == "二、主动公开政府信息情况"
