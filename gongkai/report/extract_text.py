"""Plain text and Markdown → IR.

Handles text as published or converted: tab-separated rows (merged cells are empty fields), Markdown
pipe tables (also broken ones, with rows split across fragments), `pdftotext -layout` columns (runs
of spaces), page footers such as '- 4 -', one cell per line, and crawler text in which a whole table
is one line of glued digits. Only the shape is recorded here; the interpreter reads the meaning.
"""

from __future__ import annotations

import codecs
import re

from gongkai.report.errors import ExtractError
from gongkai.report.ir import Cell, Document, Paragraph, Table

_FOOTER = re.compile(
    r"^\s*(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*共\s*\d+\s*页)?|\d{1,3}\s*/\s*\d{1,3})\s*$"
)
_MD_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def decode(data: bytes) -> str:
    """Bytes → text: BOMs first, then UTF-8, then GB18030 (older government sites)."""
    if not data:
        raise ExtractError("empty file")
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(enc, errors="replace")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            text = data.decode("utf-8", errors="replace")
    if "\x00" in text or _control_ratio(text) > 0.05:
        raise ExtractError("not a text file (binary content)")
    return text


_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")


def _control_ratio(text: str) -> float:
    sample = text[:4000]
    if not sample:
        return 0.0
    return len(_CONTROL.findall(sample)) / len(sample)


def _cells(line: str) -> list[str] | None:
    """The cells of a tab- or pipe-separated line, or None for a line of prose."""
    if "\t" in line:
        return line.rstrip("\r\n").split("\t")
    stripped = line.strip()
    if stripped.count("|") >= 2 or (stripped.endswith("|") and stripped.count("|") >= 1):
        parts = stripped.split("|")
        if stripped.startswith("|"):
            parts = parts[1:]
        if stripped.endswith("|"):
            parts = parts[:-1]
        return [p.strip() for p in parts]
    return None


def extract(data: bytes, source_format: str = "txt") -> Document:
    return extract_str(decode(data), source_format)


def extract_str(text: str, source_format: str = "txt") -> Document:
    doc = Document(source_format=source_format)
    table: Table | None = None
    row = 0
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        line = raw.rstrip()
        if not line.strip() or _FOOTER.match(line):
            continue
        if _MD_RULE.match(line):
            continue
        cells = _cells(line)
        if cells is None:
            table = None
            doc.blocks.append(Paragraph(line, f"line {number}"))
            continue
        if table is None:
            table = Table(source=f"line {number}")
            doc.blocks.append(table)
            row = 0
        for col, text_cell in enumerate(cells):
            table.cells.append(Cell(text_cell.strip(), row, col))
        row += 1
    return doc
