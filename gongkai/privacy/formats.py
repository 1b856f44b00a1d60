"""Reading TXT, HTML, DOCX, XLSX and PDF into one text, and writing a masked copy in the same format.

Each reader returns the extracted text plus the *segments* that produced it (a text node, a Word
``w:t`` element, a spreadsheet cell), so that masking changes only the characters of a hit inside
those segments and leaves every tag, paragraph, table and cell in place. Table rows are extracted as
one line with cells separated by tabs, which the detector reads as a table.
"""

from __future__ import annotations

import html
import os
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gongkai.privacy.model import Hit, PrivacyConfig


class FileError(Exception):
    """A file that cannot be read or written; the message is one line, fit for the user."""


@dataclass
class Segment:
    start: int  # offset in the extracted text
    end: int
    setter: Callable[[str], None] | None  # writes the segment's new text back into the document


@dataclass
class Extracted:
    path: str
    fmt: str
    text: str
    segments: list[Segment] = field(default_factory=list)
    page_starts: list[int] = field(default_factory=list)
    unscanned_pages: list[int] = field(default_factory=list)
    save: Callable[[Path], None] | None = None
    encoding: str = "utf-8"

    def page_of(self, offset: int) -> int | None:
        if not self.page_starts:
            return None
        page = 0
        for i, start in enumerate(self.page_starts):
            if start <= offset:
                page = i
        return page + 1


class _Builder:
    """Accumulates extracted text and the segments that map back into the document."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.segments: list[Segment] = []

    def add(self, text: str, setter: Callable[[str], None] | None = None) -> None:
        if setter is not None and text:
            self.segments.append(Segment(self.length, self.length + len(text), setter))
        self.parts.append(text)
        self.length += len(text)

    def newline(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.add("\n")

    @property
    def text(self) -> str:
        return "".join(self.parts)


FORMATS = {".txt": "txt", ".text": "txt", ".csv": "txt", ".md": "txt", ".htm": "html", ".html": "html",
           ".shtml": "html", ".docx": "docx", ".xlsx": "xlsx", ".xlsm": "xlsx", ".pdf": "pdf"}  # fmt: skip
_OLD_FORMATS = {".doc": "DOCX", ".xls": "XLSX", ".wps": "DOCX", ".et": "XLSX", ".rtf": "DOCX"}


_IMAGES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp"})


def format_of(path: Path) -> str:
    ext = path.suffix.lower()
    if ext in _IMAGES:
        raise FileError("image: no text layer, needs OCR — not scanned (NOT known to be clean)")
    if ext in _OLD_FORMATS:
        raise FileError(f"{ext} files are not supported: convert to {_OLD_FORMATS[ext]} first")
    return FORMATS.get(ext, "txt")


def extract(path: Path, config: PrivacyConfig) -> Extracted:
    """Read a file; raise FileError with a clear message for anything that cannot be scanned."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise FileError(f"cannot read: {exc.strerror or exc}") from exc
    if not path.is_file():
        raise FileError("not a regular file")
    if size == 0:
        raise FileError("empty file (0 bytes)")
    if size > config.max_bytes:
        raise FileError(f"file too large: {size} bytes > limit {config.max_bytes} bytes")
    fmt = format_of(path)
    reader = {"txt": _read_txt, "html": _read_html, "docx": _read_docx, "xlsx": _read_xlsx, "pdf": _read_pdf}
    try:
        return reader[fmt](path)
    except FileError:
        raise
    except Exception as exc:  # a damaged file must give a message, never a traceback
        raise FileError(f"cannot read {fmt.upper()}: {type(exc).__name__}: {str(exc)[:200]}") from exc


# --- text --------------------------------------------------------------------------------------------
def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode text as UTF-8 (with or without BOM), UTF-16 with BOM, or GB 18030; refuse binary data."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:65536]:
        raise FileError("binary data, not text")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        sample = text[:65536]
        odd = sum(1 for c in sample if unicodedata.category(c) in ("Cc", "Co", "Cn") and c not in "\t\n\r\f")
        if odd > max(2, len(sample) // 100):
            raise FileError("binary data, not text")
        return text, encoding
    raise FileError("not text: neither UTF-8 nor GB 18030")


def _read_txt(path: Path) -> Extracted:
    text, encoding = decode_bytes(path.read_bytes())
    doc = Extracted(str(path), "txt", text, encoding=encoding)

    def save(out: Path, doc: Extracted = doc) -> None:
        out.write_bytes(doc.text.encode("utf-8" if doc.encoding == "utf-8-sig" else doc.encoding))

    doc.save = save
    return doc


# --- HTML --------------------------------------------------------------------------------------------
_HTML_TOKEN = re.compile(
    r"<!--.*?-->|<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!\[CDATA\[.*?\]\]>|<[!?/]?[A-Za-z][^>]*>",
    re.S | re.I,
)
_BLOCK_TAGS = frozenset(
    {
        "p", "div", "br", "tr", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead",
        "tbody", "tfoot", "section", "article", "header", "footer", "title", "blockquote", "pre", "dt",
        "dd", "hr", "form", "caption",
    }
)  # fmt: skip
_TAG_NAME = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)")


def _read_html(path: Path) -> Extracted:
    raw, encoding = decode_bytes(path.read_bytes())
    pieces: list[str] = []
    b = _Builder()
    cells_in_row = 0
    pos = 0

    def text_node(chunk: str) -> None:
        index = len(pieces)
        pieces.append(chunk)
        if not chunk.strip():
            return  # layout whitespace between tags would break table rows apart
        # Whitespace inside a text node (incl. newlines) reads as spaces: one char for one char.
        shown = re.sub(r"\s", " ", html.unescape(chunk))

        def setter(new: str, index: int = index) -> None:
            pieces[index] = html.escape(new, quote=False)

        b.add(shown, setter)

    for m in _HTML_TOKEN.finditer(raw):
        if m.start() > pos:
            text_node(raw[pos : m.start()])
        pieces.append(m.group())
        pos = m.end()
        name_m = _TAG_NAME.match(m.group())
        if not name_m:
            continue
        name = name_m.group(1).lower()
        closing = m.group().startswith("</")
        if name == "tr":
            cells_in_row = 0
            b.newline()
        elif name in ("td", "th") and not closing:
            if cells_in_row:
                b.add("\t")
            cells_in_row += 1
        elif name in _BLOCK_TAGS:
            b.newline()
    if pos < len(raw):
        text_node(raw[pos:])
    doc = Extracted(str(path), "html", b.text, b.segments, encoding=encoding)

    def save(out: Path) -> None:
        enc = "utf-8" if encoding == "utf-8-sig" else encoding
        out.write_bytes("".join(pieces).encode(enc))

    doc.save = save
    return doc


# --- DOCX --------------------------------------------------------------------------------------------
def _read_docx(path: Path) -> Extracted:
    import zipfile

    import docx
    from docx.oxml.ns import qn

    if not zipfile.is_zipfile(path):
        raise FileError("not a DOCX file (not a ZIP archive)")
    document = docx.Document(str(path))
    b = _Builder()
    w_t, w_p, w_tbl, w_tr, w_tc, w_sdt = (qn(t) for t in ("w:t", "w:p", "w:tbl", "w:tr", "w:tc", "w:sdt"))

    def add_t(t: Any) -> None:
        def setter(new: str, t: Any = t) -> None:
            t.text = new
            if new != new.strip():
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")

        b.add(t.text or "", setter)

    def paragraph(p: Any) -> None:
        for t in p.iter(w_t):
            add_t(t)

    def table(tbl: Any) -> None:
        for tr in tbl.iter(w_tr):
            if tr.getparent() is not tbl:
                continue
            b.newline()
            for i, tc in enumerate(c for c in tr if c.tag == w_tc):
                if i:
                    b.add("\t")
                for j, p in enumerate(tc.iter(w_p)):
                    if j:
                        b.add(" ")
                    paragraph(p)
            b.newline()

    def blocks(element: Any) -> None:
        for child in element:
            if child.tag == w_p:
                b.newline()
                paragraph(child)
                b.newline()
            elif child.tag == w_tbl:
                table(child)
            elif child.tag == w_sdt:
                for content in child.iter(qn("w:sdtContent")):
                    blocks(content)

    blocks(document.element.body)
    seen: set[int] = set()
    for section in document.sections:
        for part in (section.header, section.first_page_header, section.even_page_header,
                     section.footer, section.first_page_footer, section.even_page_footer):  # fmt: skip
            if part.is_linked_to_previous or id(part.part) in seen:
                continue
            seen.add(id(part.part))
            blocks(part._element)
    doc = Extracted(str(path), "docx", b.text, b.segments)
    doc.save = lambda out: document.save(str(out))
    return doc


# --- XLSX --------------------------------------------------------------------------------------------
def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _read_xlsx(path: Path) -> Extracted:
    import zipfile

    import openpyxl

    if not zipfile.is_zipfile(path):
        raise FileError("not an XLSX file (not a ZIP archive)")
    workbook = openpyxl.load_workbook(str(path))
    b = _Builder()
    for sheet in workbook.worksheets:
        b.newline()
        if b.parts:
            b.add("\n")  # a blank line ends any table of the previous sheet
        for row in sheet.iter_rows():
            for i, cell in enumerate(row):
                if i:
                    b.add("\t")

                def setter(new: str, cell: Any = cell) -> None:
                    cell.value = new

                b.add(_cell_text(cell.value), setter)
            b.add("\n")
    doc = Extracted(str(path), "xlsx", b.text, b.segments)
    doc.save = lambda out: workbook.save(str(out))
    return doc


# --- PDF ---------------------------------------------------------------------------------------------
def _read_pdf(path: Path) -> Extracted:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    with path.open("rb") as fh:
        if not fh.read(1024).lstrip().startswith(b"%PDF"):
            raise FileError("not a PDF file (no %PDF header)")
    texts: list[str] = []
    try:
        with pdfplumber.open(str(path)) as pdf:
            for page in pdf.pages:
                texts.append(page.extract_text() or "")
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise FileError("encrypted PDF: cannot read the text (password protected)") from exc
    except FileError:
        raise
    except Exception as exc:
        inner = " ".join(f"{type(a).__name__} {a}" for a in exc.args)
        if any(w in f"{type(exc).__name__} {exc} {inner}".lower() for w in ("password", "encrypt")):
            raise FileError("encrypted PDF: cannot read the text (password protected)") from exc
        raise
    b = _Builder()
    starts: list[int] = []
    unscanned: list[int] = []
    for i, page_text in enumerate(texts, start=1):
        b.newline()
        starts.append(b.length)
        if not page_text.strip():
            unscanned.append(i)
        b.add(page_text)
    doc = Extracted(str(path), "pdf", b.text, [], starts, unscanned)
    return doc


def pdf_unscanned_message(pages: list[int]) -> str:
    listed = ", ".join(str(p) for p in pages)
    return f"page {listed}: no text layer, needs OCR — not scanned (the file is NOT known to be clean)"


# --- masking -----------------------------------------------------------------------------------------
def masked_segments(text: str, segments: list[Segment], hits: list[Hit]) -> Iterator[tuple[Segment, str]]:
    """For each segment touched by a hit, the segment's new text."""
    maskable = [h for h in hits if h.kind != "health" and h.masked != h.text]
    if not maskable:
        return
    starts = [s.start for s in segments]
    import bisect

    changed: dict[int, list[str]] = {}
    for hit in maskable:
        first = True
        i = max(0, bisect.bisect_right(starts, hit.start) - 1)
        while i < len(segments) and segments[i].start < hit.end:
            seg = segments[i]
            lo, hi = max(seg.start, hit.start), min(seg.end, hit.end)
            if lo < hi:
                chars = changed.setdefault(i, list(text[seg.start : seg.end]))
                if len(hit.masked) == len(hit.text):
                    for p in range(lo, hi):
                        chars[p - seg.start] = hit.masked[p - hit.start]
                else:
                    # The masked form has another length (an address cut to 街道): put it whole in
                    # the first segment and drop the rest of the hit.
                    for p in range(lo, hi):
                        chars[p - seg.start] = ""
                    if first:
                        chars[lo - seg.start] = hit.masked
                first = False
            i += 1
    for i, chars in changed.items():
        yield segments[i], "".join(chars)


def write_masked(doc: Extracted, hits: list[Hit], out: Path) -> list[str]:
    """Write the masked copy; return notes for the user (e.g. that a PDF became TXT or DOCX)."""
    from gongkai.privacy.mask import apply_masks

    notes: list[str] = []
    if doc.fmt == "txt":
        doc.text = apply_masks(doc.text, hits)
        assert doc.save is not None
        doc.save(out)
        return notes
    if doc.fmt == "pdf":
        return _write_pdf_masked(doc, hits, out)
    if out.suffix.lower() != Path(doc.path).suffix.lower():
        raise FileError(f"output must have the same format as the input ({Path(doc.path).suffix})")
    for seg, new in masked_segments(doc.text, doc.segments, hits):
        assert seg.setter is not None
        seg.setter(new)
    assert doc.save is not None
    doc.save(out)
    return notes


def _write_pdf_masked(doc: Extracted, hits: list[Hit], out: Path) -> list[str]:
    from gongkai.privacy.mask import apply_masks

    ext = out.suffix.lower()
    if ext not in (".txt", ".docx"):
        raise FileError("a masked PDF cannot be written as PDF: use -o FILE.txt or FILE.docx")
    masked = apply_masks(doc.text, hits)
    if ext == ".txt":
        out.write_text(masked, encoding="utf-8")
    else:
        import docx

        document = docx.Document()
        for line in masked.split("\n"):
            document.add_paragraph(line)
        document.save(str(out))
    notes = [f"PDF masked as {ext[1:].upper()} text: the layout of the PDF is not kept"]
    if doc.unscanned_pages:
        notes.append(pdf_unscanned_message(doc.unscanned_pages))
    return notes


def iter_files(paths: list[str]) -> Iterator[str]:
    """Files named, and files inside folders named (walked, sorted), skipping hidden entries."""
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if not f.startswith("."):
                        yield os.path.join(root, f)
        else:
            yield p
