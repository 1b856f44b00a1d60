"""图解: the key figures of a report as an SVG chart appendix. Pure, no dependencies.

The SVG names CJK font families in order; `make system-deps` installs Debian's fonts-noto-cjk, so
"Noto Sans CJK SC" renders wherever the project's own set-up ran; browsers fall back to a system font.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from gongkai.report.model import FORMAT_2019, Report

FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif"
WIDTH = 760
BAR_HEIGHT = 22
GAP = 10
LABEL_WIDTH = 250
RED = "#b3121b"


def _n(value: int | None) -> int:
    return value or 0


def chart_series(report: Report) -> list[tuple[str, list[tuple[str, int]]]]:
    """(chart title, [(label, value)]) for each chart, straight from the report's tables."""
    req = report.requests
    refused = sum(_n(req[k]["total"]) for k in req if k.startswith("withheld_"))
    unable = sum(_n(req[k]["total"]) for k in req if k.startswith("unable_"))
    rejected = sum(_n(req[k]["total"]) for k in req if k.startswith("rejected_"))
    other = sum(_n(req[k]["total"]) for k in req if k.startswith("other_"))
    appeals = report.appeals
    if report.format == FORMAT_2019:
        # The trial format's table 二 counts 新制作 / 对外公开总数量 instead of 制发 / 现行有效.
        data = report.art20_2019 or {}

        def v19(item: str, column: str) -> int:
            value = data.get(item, {}).get(column)
            return value if isinstance(value, int) else 0

        art20 = [
            ("规章 本年新制作", v19("rules", "new_made")),
            ("规章 对外公开总数", v19("rules", "total_published")),
            ("规范性文件 本年新制作", v19("normative_documents", "new_made")),
            ("规范性文件 对外公开总数", v19("normative_documents", "total_published")),
        ]
    else:
        art20 = [
            ("规章 本年制发", _n(report.art20.rules.issued)),
            ("规章 现行有效", _n(report.art20.rules.in_force)),
            ("行政规范性文件 本年制发", _n(report.art20.normative_documents.issued)),
            ("行政规范性文件 现行有效", _n(report.art20.normative_documents.in_force)),
        ]
    return [
        (
            "政府信息公开申请办理情况",
            [
                ("本年新收申请", _n(req["new"]["total"])),
                ("上年结转", _n(req["carried_over"]["total"])),
                ("予以公开", _n(req["granted"]["total"])),
                ("部分公开", _n(req["partially_granted"]["total"])),
                ("不予公开", refused),
                ("无法提供", unable),
                ("不予处理", rejected),
                ("其他处理", other),
                ("结转下年度", _n(req["carried_forward"]["total"])),
            ],
        ),
        ("主动公开：第二十条第（一）项", art20),
        (
            "行政复议、行政诉讼",
            [
                ("行政复议", _n(appeals["reconsideration"]["total"])),
                ("行政诉讼（直接起诉）", _n(appeals["litigation_direct"]["total"])),
                ("行政诉讼（复议后起诉）", _n(appeals["litigation_after_reconsideration"]["total"])),
            ],
        ),
    ]


def render_svg(report: Report) -> str:
    """One SVG with a horizontal bar chart per series; bars are scaled per chart."""
    parts: list[str] = []
    y = 72
    for title, series in chart_series(report):
        parts.append(
            f'<text x="20" y="{y}" font-size="18" font-weight="bold" fill="{RED}">{escape(title)}</text>'
        )
        y += 16
        top = max((v for _, v in series), default=0) or 1
        span = WIDTH - LABEL_WIDTH - 90
        for label, value in series:
            width = round(span * value / top)
            parts.append(
                f'<text x="{LABEL_WIDTH - 10}" y="{y + 16}" font-size="14" text-anchor="end">'
                f"{escape(label)}</text>"
                f'<rect x="{LABEL_WIDTH}" y="{y}" width="{width}" height="{BAR_HEIGHT}" fill="{RED}">'
                f"<title>{escape(label)}：{value}</title></rect>"
                f'<text x="{LABEL_WIDTH + width + 6}" y="{y + 16}" font-size="14">{value}</text>'
            )
            y += BAR_HEIGHT + GAP
        y += 30
    heading = escape(f"{report.organisation}{report.year or ''}年政府信息公开工作年度报告 图解")
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{y}" viewBox="0 0 {WIDTH} {y}" '
        f'font-family="{FONT}" role="img" aria-label="{heading}">'
        f'<rect width="100%" height="100%" fill="#fff"/>'
        f'<text x="{WIDTH // 2}" y="28" font-size="20" text-anchor="middle">{heading}</text>'
        + "".join(parts)
        + "</svg>\n"
    )
