"""DOCX annual report → IR (gongkai.report.ir.Document).

python-docx opens the package (it resolves the main document part and rejects non-Word zips);
we then walk the body XML ourselves so paragraphs and tables keep their document order and
merged cells become spans: ``w:gridSpan`` → colspan, ``w:vMerge`` restart/continue → rowspan,
``w:gridBefore`` → the row starts further right. Headers and footers live in other parts and are
never read.

Nested tables: as in the HTML extractor, a table that contains another table is treated as
layout: its cells' paragraphs and inner tables are emitted as blocks in document order, and only
innermost tables become Table blocks.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from typing import Any

from gongkai.report.errors import ExtractError
from gongkai.report.ir import Block, Cell, Document, Paragraph, Table

__all__ = ["extract"]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_P = f"{{{_W}}}p"
_TBL = f"{{{_W}}}tbl"
_TR = f"{{{_W}}}tr"
_TC = f"{{{_W}}}tc"
_SDT = f"{{{_W}}}sdt"
_SDT_CONTENT = f"{{{_W}}}sdtContent"
_CUSTOM_XML = f"{{{_W}}}customXml"
_T = f"{{{_W}}}t"
_TAB = f"{{{_W}}}tab"
_BR = f"{{{_W}}}br"
_CR = f"{{{_W}}}cr"
_FALLBACK = f"{{{_MC}}}Fallback"
_VAL = f"{{{_W}}}val"

_WS = re.compile(r"[\s\u200b\ufeff]+")
_MAX_UNCOMPRESSED = 200 * 1024 * 1024  # refuse zip bombs before python-docx inflates every part
_MAX_SPAN = 1000


def extract(data: bytes) -> Document:
    """Read a .docx file's body into paragraphs and tables, in document order."""
    if not isinstance(data, bytes | bytearray):
        raise ExtractError("DOCX input must be bytes")
    data = bytes(data)
    if not data:
        raise ExtractError("empty input: 0 bytes")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ExtractError("legacy Word .doc (OLE2) or encrypted Office file, not DOCX; save it as .docx")
    if not data.startswith(b"PK"):
        raise ExtractError("not a DOCX file: not a ZIP archive")
    _check_zip(data)
    try:
        import docx  # imported late: python-docx is slow to import and only this format needs it

        body = docx.Document(io.BytesIO(data)).element.body
    except ExtractError:
        raise
    except Exception as exc:  # python-docx raises KeyError/ValueError/PackageNotFoundError/XML errors
        raise ExtractError(f"not a readable DOCX file: {type(exc).__name__}: {exc}") from exc
    warnings: list[str] = []
    walker = _Walker(warnings)
    try:
        walker.container(body)
    except RecursionError as exc:
        raise ExtractError("DOCX nests tables too deeply to read") from exc
    except (ValueError, TypeError, AttributeError, KeyError) as exc:  # safety net for odd XML
        raise ExtractError(f"DOCX body could not be read: {type(exc).__name__}: {exc}") from exc
    if not walker.blocks:
        raise ExtractError("DOCX body has no text")
    return Document(blocks=walker.blocks, source_format="docx", warnings=warnings)


def _check_zip(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        OSError,
        ValueError,
        EOFError,
        NotImplementedError,
    ) as exc:
        raise ExtractError(f"corrupt DOCX: bad ZIP archive ({exc})") from exc
    if "[Content_Types].xml" not in names:
        raise ExtractError("not a DOCX file: ZIP archive without [Content_Types].xml")
    if sum(i.file_size for i in infos) > _MAX_UNCOMPRESSED:
        raise ExtractError("DOCX too large when uncompressed (over 200 MB)")


def _clean(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _para_text(p: Any) -> str:
    parts: list[str] = []
    for el in p.iter(_T, _TAB, _BR, _CR):
        # mc:Fallback repeats the text of mc:Choice (text boxes): read it once.
        if _inside_fallback(el, p):
            continue
        if el.tag == _T:
            parts.append(el.text or "")
        else:
            parts.append(" ")
    return "".join(parts)


def _inside_fallback(el: Any, stop: Any) -> bool:
    node = el.getparent()
    while node is not None and node is not stop:
        if node.tag == _FALLBACK:
            return True
        node = node.getparent()
    return False


def _children(el: Any) -> list[Any]:
    """Direct content children, looking through content controls and custom XML wrappers."""
    out: list[Any] = []
    for child in el:
        if child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                out.extend(_children(content))
        elif child.tag == _CUSTOM_XML:
            out.extend(_children(child))
        else:
            out.append(child)
    return out


def _int_attr(el: Any, path: str, default: int) -> int:
    node = el.find(path)
    if node is None:
        return default
    value = node.get(_VAL)
    try:
        return min(max(int(value), 0), _MAX_SPAN) if value is not None else default
    except ValueError:
        return default


@dataclass(slots=True)
class _Pending:
    text: str
    row: int
    col: int
    rowspan: int
    colspan: int


class _Walker:
    def __init__(self, warnings: list[str]) -> None:
        self.blocks: list[Block] = []
        self.warnings = warnings
        self.n_tables = 0
        self.n_paras = 0

    def container(self, el: Any) -> None:
        for child in _children(el):
            if child.tag == _P:
                self.n_paras += 1
                text = _clean(_para_text(child))
                if text:
                    self.blocks.append(Paragraph(text, source=f"paragraph {self.n_paras}"))
            elif child.tag == _TBL:
                if any(True for _ in child.iterdescendants(_TBL)):
                    self.layout_table(child)
                else:
                    self.table(child)

    def layout_table(self, tbl: Any) -> None:
        for tr in _children(tbl):
            if tr.tag != _TR:
                continue
            for tc in _children(tr):
                if tc.tag == _TC:
                    self.container(tc)

    def table(self, tbl: Any) -> None:
        self.n_tables += 1
        source = f"table {self.n_tables}"
        cells: list[_Pending] = []
        # Column → the cell whose vertical merge is still open there.
        open_merge: dict[int, _Pending] = {}
        r = 0
        for tr in _children(tbl):
            if tr.tag != _TR:
                continue
            col = _int_attr(tr, f"{{{_W}}}trPr/{{{_W}}}gridBefore", 0)
            continued: set[int] = set()
            for tc in _children(tr):
                if tc.tag != _TC:
                    continue
                span = max(_int_attr(tc, f"{{{_W}}}tcPr/{{{_W}}}gridSpan", 1), 1)
                vmerge = tc.find(f"{{{_W}}}tcPr/{{{_W}}}vMerge")
                hmerge = tc.find(f"{{{_W}}}tcPr/{{{_W}}}hMerge")
                text = _clean(" ".join(_para_text(p) for p in _children(tc) if p.tag == _P))
                if vmerge is not None and vmerge.get(_VAL, "continue") == "continue":
                    above = open_merge.get(col)
                    if above is not None and above.col == col:
                        above.rowspan = r - above.row + 1
                        continued.add(col)
                        if text:  # Word hides a continued cell's text; keep it rather than lose it
                            above.text = _clean(f"{above.text} {text}")
                        col += span
                        continue
                    self.warnings.append(
                        f"{source}: row {r + 1} continues a vertical merge that never started"
                    )
                if hmerge is not None and hmerge.get(_VAL, "continue") == "continue" and cells:
                    last = cells[-1]
                    if last.row == r and last.col + last.colspan == col:
                        last.colspan += span  # legacy horizontal merge (Word 97 documents)
                        col += span
                        continue
                cell = _Pending(text, r, col, 1, span)
                cells.append(cell)
                for c in range(col, col + span):
                    open_merge.pop(c, None)
                if vmerge is not None and vmerge.get(_VAL) == "restart":
                    open_merge[col] = cell
                    continued.add(col)
                col += span
            # A merge column that this row did not continue is closed.
            for c in [c for c in open_merge if c not in continued]:
                del open_merge[c]
            r += 1
        if cells:
            self.blocks.append(
                Table(cells=[Cell(c.text, c.row, c.col, c.rowspan, c.colspan) for c in cells], source=source)
            )
