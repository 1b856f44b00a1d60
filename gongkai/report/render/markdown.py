"""Markdown: pipe tables cannot merge cells, so every row carries its full label path instead."""

from __future__ import annotations

from gongkai.report.model import (
    APPEAL_COLUMN_KEYS,
    APPEAL_COLUMNS,
    APPEAL_GROUPS,
    FORMAT_2019,
    REQUEST_COLUMN_LABELS,
    REQUEST_COLUMNS,
    REQUEST_ROWS,
    ROWS_ABSENT_IN_2019,
    Report,
)

from .layout import ART20_2019_BLOCKS, title
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


def _art20_2019(report: Report) -> list[str]:
    """The 2019 trial format's table 二: one table per 第二十条 item, its own column headings."""
    data = report.art20_2019 or {}
    out: list[str] = []
    for heading, columns, items in ART20_2019_BLOCKS:
        if out:
            out.append("")
        rows = [
            [label] + [_cell((data.get(key) or {}).get(name)) for name, _ in columns] for key, label in items
        ]
        out += _table([heading] + [text for _, text in columns], rows)
    return out


# The 2019 trial format's single （六）其他处理 row holds what the 2021 format calls 三(六)3 其他.
_OTHER_2019_LABEL = "三(六) 其他处理"


def _requests(report: Report) -> list[str]:
    header = ["项目"] + [REQUEST_COLUMN_LABELS[c] for c in REQUEST_COLUMNS]
    is_2019 = report.format == FORMAT_2019
    rows = [
        [_OTHER_2019_LABEL if is_2019 and key == "other_other" else label]
        + [_cell(report.requests[key][c]) for c in REQUEST_COLUMNS]
        for key, label in REQUEST_ROWS.items()
        if not (is_2019 and key in ROWS_ABSENT_IN_2019)
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
    art20 = _art20_2019 if report.format == FORMAT_2019 else _art20
    tables = {"proactive": art20, "requests": _requests, "appeals": _appeals}
    for key, heading, paras in parts(report):
        out += [f"## {heading}", ""]
        for p in paras:
            out += [p, ""]
        if key in tables:
            out += tables[key](report)
            out.append("")
    return "\n".join(out)
