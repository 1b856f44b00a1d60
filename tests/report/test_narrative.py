"""gongkai.report.narrative: sections found by numbered, renumbered and unnumbered headings."""

from __future__ import annotations

import pytest

from gongkai.report import narrative

HEAD = "一、总体情况\n概述。\n二、主动公开政府信息情况\n表。\n三、收到和处理政府信息公开申请情况\n表。\n"
APPEALS = "四、政府信息公开行政复议、行政诉讼情况\n行政复议 0 0 0 0 0\n"
OTHER = "六、其他需要报告的事项\n无收费。\n"


@pytest.mark.parametrize(
    "heading",
    [
        "五、存在的主要问题及改进情况",
        "五、政府信息公开工作存在的主要问题及改进情况",
        "五、存在的主要问题及整改措施",
        "七、存在的主要问题及改进情况",  # numbered differently
    ],
)
def test_it_finds_section_five_under_its_numbered_wordings(heading: str) -> None:
    sections = narrative.split_sections(HEAD + APPEALS + heading + "\n队伍建设有待加强。\n" + OTHER)
    assert sections["problems"].startswith(heading)


@pytest.mark.parametrize(
    "heading",
    [
        "存在的主要问题及整改措施",
        "（一）主要问题",
        "（一）2024 年工作中存在问题的改进情况",
        "## 工作中存在的问题和改进措施",
    ],
)
def test_it_finds_section_five_by_an_unnumbered_heading_line(heading: str) -> None:
    sections = narrative.split_sections(HEAD + APPEALS + heading + "\n队伍建设有待加强。\n" + OTHER)
    assert heading.lstrip("# ") in sections["problems"].splitlines()[0]
    assert "队伍建设" not in sections["appeals"]


def test_a_sentence_about_problems_is_not_a_heading() -> None:
    text = HEAD + APPEALS + "本年度针对群众反映的主要问题进行了整改，效果明显，得到好评。\n" + OTHER
    assert "problems" not in narrative.split_sections(text)


def test_an_unnumbered_heading_is_looked_for_only_between_its_neighbours() -> None:
    # A sub-heading about problems inside section 一 is not section 五.
    text = "一、总体情况\n（一）存在的主要问题\n" + HEAD[7:] + APPEALS + OTHER
    assert "problems" not in narrative.split_sections(text)


def test_a_text_without_any_numbered_heading_has_no_sections() -> None:
    assert set(narrative.split_sections("存在的主要问题\n总体情况\n")) == {"preamble"}


def test_a_line_with_a_comma_is_prose_not_a_heading() -> None:
    text = HEAD + APPEALS + "针对存在的问题，我们加强了培训\n" + OTHER
    assert "problems" not in narrative.split_sections(text)
