"""Markdown: pipe tables cannot merge cells, so every row carries its full label path instead."""

from __future__ import annotations

from gongkai.report.model import (
    APPEAL_COLUMN_KEYS,
    APPEAL_COLUMNS,
    APPEAL_GROUPS,
    REQUEST_COLUMN_LABELS,
    REQUEST_COLUMNS,
    REQUEST_ROWS,
    Report,
)

from .layout import title
from .text import parts, preamble


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out.extend("| " + " | ".join(r) + " |" for r in rows)
    return out


def _art20(report: Report) -> list[str]:
    a = report.art20
    out = _table(
        ["第二十条第（一）项", "本年制发件数", "本年废止件数", "现行有效件数"],
        [
            ["规章", _cell(a.rules.issued), _cell(a.rules.repealed), _cell(a.rules.in_force)],
            [
                "行政规范性文件",
                _cell(a.normative_documents.issued),
                _cell(a.normative_documents.repealed),
                _cell(a.normative_documents.in_force),
            ],
        ],
    )
    out.append("")
    out += _table(
        ["信息内容", "本年处理决定数量"],
        [
            ["第二十条第（五）项 行政许可", _cell(a.licensing.decisions)],
            ["第二十条第（六）项 行政处罚", _cell(a.penalty.decisions)],
            ["第二十条第（六）项 行政强制", _cell(a.enforcement.decisions)],
        ],
    )
    out.append("")
    out += _table(
        ["信息内容", "本年收费金额（单位：万元）"],
        [["第二十条第（八）项 行政事业性收费", _cell(a.fees.amount_10k_yuan)]],
    )
    return out


def _requests(report: Report) -> list[str]:
    header = ["项目"] + [REQUEST_COLUMN_LABELS[c] for c in REQUEST_COLUMNS]
    rows = [
        [label] + [_cell(report.requests[key][c]) for c in REQUEST_COLUMNS]
        for key, label in REQUEST_ROWS.items()
    ]
    return _table(header, rows)


def _appeals(report: Report) -> list[str]:
    header = ["类别"] + [APPEAL_COLUMNS[c] for c in APPEAL_COLUMN_KEYS]
    rows = [
        [label] + [_cell(report.appeals[g][c]) for c in APPEAL_COLUMN_KEYS]
        for g, label in APPEAL_GROUPS.items()
    ]
    return _table(header, rows)


def render_markdown(report: Report) -> str:
    out = [f"# {title(report)}", ""]
    if pre := preamble(report):
        out += [pre, ""]
    tables = {"proactive": _art20, "requests": _requests, "appeals": _appeals}
    for key, heading, paras in parts(report):
        out += [f"## {heading}", ""]
        for p in paras:
            out += [p, ""]
        if key in tables:
            out += tables[key](report)
            out.append("")
    return "\n".join(out)
