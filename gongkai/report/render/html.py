"""HTML: the official table layout with merged cells (rowspan/colspan), and the text."""

from __future__ import annotations

from html import escape

from gongkai.report.model import Report

from .layout import Grid, grids, title
from .text import parts, preamble

CSS = """
body { font-family: "FangSong", "仿宋_GB2312", "仿宋", serif; max-width: 60em; margin: 2em auto;
  line-height: 1.8; }
h1 { font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "SimSun", serif; text-align: center;
  font-weight: normal; }
h2 { font-family: "SimHei", "黑体", sans-serif; font-size: 1.1em; font-weight: normal; }
p { text-indent: 2em; margin: 0.3em 0; }
table.report { border-collapse: collapse; width: 100%; margin: 0.8em 0; font-size: 0.9em; }
table.report th, table.report td { border: 1px solid #000; padding: 2px 4px; text-align: center; }
table.report td.label { text-align: left; }
"""


def render_table(grid: Grid, *, css_class: str = "report data", flags: dict[str, str] | None = None) -> str:
    """`flags` maps a figure key (Cell.key) to "error" or "warning": the cell gets class finding-…."""
    out = [f'<table class="{css_class}">', f"<caption hidden>{escape(grid.title)}</caption>"]
    for row in grid.rows():
        out.append("<tr>")
        for cell in row:
            tag = "th" if cell.header else "td"
            attrs = ""
            if cell.rowspan > 1:
                attrs += f' rowspan="{cell.rowspan}"'
            if cell.colspan > 1:
                attrs += f' colspan="{cell.colspan}"'
            if not cell.header and not cell.numeric:
                attrs += ' class="label"'
            elif flags and cell.key in flags:
                attrs += f' class="finding-{escape(flags[cell.key])}" title="{escape(cell.key)}"'
            out.append(f"<{tag}{attrs}>{escape(cell.text)}</{tag}>")
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def render_body(report: Report, *, flags: dict[str, str] | None = None) -> str:
    """The report without <html>/<head>: for embedding in a page."""
    tables = grids(report)
    out = [f"<h1>{escape(title(report))}</h1>"]
    if pre := preamble(report):
        out.append(f"<p>{escape(pre)}</p>")
    for key, heading, paras in parts(report):
        out.append(f"<h2>{escape(heading)}</h2>")
        out.extend(f"<p>{escape(p)}</p>" for p in paras)
        if key in tables:
            out.append(render_table(tables[key], flags=flags))
    return "\n".join(out)


def render_html(report: Report) -> str:
    return (
        '<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title(report))}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"{render_body(report)}\n</body>\n</html>\n"
    )


def finding_flags(findings: list[tuple[str, str]]) -> dict[str, str]:
    """(location, severity) pairs → the cells to highlight; an error outranks a warning."""
    from .layout import cells_at

    flags: dict[str, str] = {}
    for location, severity in findings:
        for key in cells_at(location):
            if flags.get(key) != "error":
                flags[key] = severity
    return flags
