"""Section text: the order of the parts, and paragraphs."""

from __future__ import annotations

from gongkai.report.model import FORMAT_2019, SECTION_HEADINGS, SECTION_KEYS, Report

TABLE_SECTIONS = frozenset({"proactive", "requests", "appeals"})


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.splitlines() if p.strip()]


def parts(report: Report) -> list[tuple[str, str, list[str]]]:
    """(section key, heading, paragraphs) in the official order; every section is present."""
    return [(key, SECTION_HEADINGS[key], paragraphs(report.sections.get(key, ""))) for key in SECTION_KEYS]


def preamble(report: Report) -> str:
    if report.year is None:
        return ""
    # The format the tables follow: a report in the 2019 trial format (an earlier year's, imported).
    basis = (
        "《中华人民共和国政府信息公开工作年度报告格式（试行）》（国办公开办函〔2019〕60号）"
        if report.format == FORMAT_2019
        else "《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）"
    )
    return (
        f"本报告依据《中华人民共和国政府信息公开条例》第四十九条、第五十条和{basis}编制，"
        f"所列数据统计期限从{report.year}年1月1日到12月31日。"
    )
