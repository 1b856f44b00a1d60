"""Renderers from the report model (gongkai.report.model.Report) to files. Pure: no Django.

A published (frozen) report renders from its JSON alone, without the records it was computed from.
"""

from __future__ import annotations

from collections.abc import Callable

from gongkai.report.model import Report

FORMATS: tuple[str, ...] = ("json", "html", "md", "xlsx", "docx", "pdf", "svg")
CONTENT_TYPES: dict[str, str] = {
    "json": "application/json; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    # 图解 appendix: the key figures as bar charts
    "svg": "image/svg+xml",
}


def render(report: Report, fmt: str) -> bytes:
    """The report as a file of the given format (one of FORMATS)."""
    renderer = _renderers().get(fmt)
    if renderer is None:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    return renderer(report)


def _renderers() -> dict[str, Callable[[Report], bytes]]:
    # Imported lazily: reportlab and python-docx take a while to import and are not always needed.
    from . import charts, docx, html, markdown, pdf, xlsx
    from .jsonfmt import render_json

    return {
        "json": lambda r: render_json(r).encode("utf-8"),
        "html": lambda r: html.render_html(r).encode("utf-8"),
        "md": lambda r: markdown.render_markdown(r).encode("utf-8"),
        "xlsx": xlsx.render_xlsx,
        "docx": docx.render_docx,
        "pdf": pdf.render_pdf,
        "svg": lambda r: charts.render_svg(r).encode("utf-8"),
    }
