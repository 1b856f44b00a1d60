"""The prose of sections 一、五、六: templates with named placeholders, and their substitution.

Placeholders are written ``{{name}}`` (names in compute.PLACEHOLDER_LABELS). They stay in the draft,
linked to the records, and are replaced by the figures only when a version is frozen.
"""

from __future__ import annotations

import re

from gongkai.report.model import SECTION_KEYS

from .compute import Placeholder

PLACEHOLDER_RE = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")
EDITABLE_SECTIONS: tuple[str, ...] = ("overview", "proactive", "requests", "appeals", "problems", "other")
MISSING = "〔待填〕"


def default_sections(values: dict[str, Placeholder], previous_problems: str = "") -> dict[str, str]:
    """The prefilled text of a new draft; only placeholders that have a value are used."""

    def has(name: str) -> bool:
        return values.get(name) is not None and values[name].value is not None

    proactive = ["{{year}}年，{{organisation}}主动公开行政规范性文件{{normative_documents_issued}}件"]
    if has("documents_published"):
        proactive.append("，通过政府网站等平台主动公开政府信息{{documents_published}}条")
    if has("interpretations"):
        proactive.append("，发布政策解读{{interpretations}}条")
        # Shares only when there were interpretations: 0 of 0 has no percentage.
        if has("graphic_interpretation_share"):
            proactive.append(
                "，其中图解（图文）解读{{graphic_interpretations}}条，占比{{graphic_interpretation_share}}"
            )
        if has("synchronous_interpretation_share"):
            proactive.append("，同步解读占比{{synchronous_interpretation_share}}")
    if has("gazette_issues"):
        proactive.append("，编发政府公报{{gazette_issues}}期")
    proactive.append("。")
    if has("on_time_rate"):
        # 条例第二十六条: 20 working days from the information's formation or change.
        proactive.append(
            "本年发布的主动公开信息（含政策解读）{{proactive_published}}条中，自形成或者变更之日起20个"
            "工作日内按时公开{{published_on_time}}条，逾期公开{{published_late}}条，按时公开率{{on_time_rate}}。"
        )
    requests = "{{year}}年，本机关新收政府信息公开申请{{applications_received}}件"
    requests += "，上年结转{{applications_carried_over}}件"
    requests += "，办结{{applications_handled}}件，结转下年度继续办理{{applications_carried_forward}}件"
    requests += "，其中按期答复{{replies_on_time}}件。" if has("replies_on_time") else "。"
    appeals = "全年发生政府信息公开行政复议{{reconsiderations}}件，行政诉讼{{litigations}}件。"
    overview = "\n".join(
        [
            "（一）主动公开方面。" + "".join(proactive),
            "（二）依申请公开方面。" + requests,
            "（三）政府信息管理方面。",
            "（四）平台建设方面。",
            "（五）监督保障方面。" + appeals,
        ]
    )
    problems = "存在的主要问题：\n改进措施："
    if previous_problems.strip():
        problems = "（上年报告所列问题及本年改进情况）\n" + problems
    fees = (
        "（二）依申请公开收费情况。本年度收取信息处理费{{fees_charged}}元。"
        if has("fees_charged")
        else "（二）依申请公开收费情况。"
    )
    other = "（一）{{year}}年政务公开工作要点落实情况。\n" + fees
    out = dict.fromkeys(SECTION_KEYS, "")
    out.update(overview=overview, problems=problems, other=other)
    return out


def used_placeholders(sections: dict[str, str]) -> set[str]:
    return {m.group(1) for text in sections.values() for m in PLACEHOLDER_RE.finditer(text)}


def substitute(sections: dict[str, str], values: dict[str, Placeholder]) -> tuple[dict[str, str], list[str]]:
    """Text with the figures in; also the placeholders that are unknown or have no value."""
    problems: list[str] = []

    def repl(match: re.Match[str]) -> str:
        name = match.group(1)
        ph = values.get(name)
        if ph is None or ph.value is None:
            problems.append(name)
            return MISSING
        return str(ph.value)

    out = {key: PLACEHOLDER_RE.sub(repl, sections.get(key, "")) for key in SECTION_KEYS}
    return out, sorted(set(problems))
