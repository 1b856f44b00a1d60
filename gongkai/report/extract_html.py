"""HTML annual report → IR (gongkai.report.ir.Document).

Saved government pages are mostly site chrome around one article: menus, headers, footers,
scripts. We keep the text of block elements outside tables in document order, drop obviously
non-body elements (script/style/nav/header/footer, and elements whose class/id names a menu,
header, footer, breadcrumb…), and turn each data table into a Table with HTML grid positions.

Nested tables: a table that contains another table is treated as *layout* (old sites wrap the
whole page in one): it is not emitted, its cells are walked like ordinary blocks, so paragraphs
and the inner data tables come out in document order. Only innermost tables become Table blocks.

One lxml parse plus one iterwalk over the tree; no per-node Python work beyond that walk.
"""

from __future__ import annotations

import codecs
import re

from lxml import etree

from gongkai.report.errors import ExtractError
from gongkai.report.ir import Block, Cell, Document, Paragraph, Table

__all__ = ["extract"]

# Elements whose start and end break the paragraph flow.
_BLOCK = frozenset(
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "section", "article", "main", "address", "center", "figure",
        "figcaption", "hr", "body", "html", "form", "fieldset", "legend", "details", "summary",
        # Only reached inside layout tables (data tables are consumed whole).
        "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption",
    }
)  # fmt: skip
# Never body text.
_SKIP = frozenset(
    {
        "script", "style", "noscript", "template", "head", "title", "select", "option", "button",
        "iframe", "object", "embed", "svg", "math", "textarea", "input", "map", "canvas", "video", "audio",
    }
)  # fmt: skip
_CHROME_TAGS = frozenset({"nav", "header", "footer", "aside"})
# Class/id fragments of site chrome on gov sites (e.g. "header-menu", "mainNav", "breadcrumb").
# A cheap prefilter on the raw class/id; a hit is confirmed word by word ("research" is no "search").
_CHROME_NAME = re.compile(
    r"nav|menu|header|footer|crumb|copyright|sidebar|toolbar|topbar|share|search|login", re.I
)
_NAME_WORDS = re.compile(r"[^A-Za-z]+|(?<=[a-z])(?=[A-Z])")
_CHROME_WORDS = frozenset(
    {
        "nav", "navbar", "navigation", "menu", "menus", "submenu", "header", "footer", "breadcrumb",
        "breadcrumbs", "crumb", "crumbs", "copyright", "sidebar", "toolbar", "topbar", "share", "search",
        "login",
    }
)  # fmt: skip
# The body of every annual report has this heading (section 一); never drop an element holding it.
_BODY_MARK = "总体情况"

_BAD_CHARS = re.compile(r"[\x01-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_WS = re.compile(r"[\s\u200b\u200c\u200d\ufeff]+")
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_XML_ENC = re.compile(rb"""^\s*<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_HAS_MARKUP = re.compile(
    r"<\s*/?\s*(?:html|body|head|p|div|table|tr|td|span|br|h[1-6]|article|section|font)\b", re.I
)
_JS_ESCAPE = re.compile(r"""\\(u[0-9a-fA-F]{4}|["'/\\nrt])""")
_LEADING_INT = re.compile(r"\s*(\d+)")
_MAX_SPAN = 1000  # a corrupt rowspan="99999" must not allocate a huge grid

# GB2312 and GBK are subsets of GB18030; decoding with the superset loses nothing.
_GB_ALIASES = frozenset({"gb2312", "gbk", "gb_2312-80", "x-gbk", "cp936", "ms936", "euc-cn"})


def extract(data: bytes) -> Document:
    """Parse an HTML page (whole saved page or fragment) into paragraphs and tables."""
    if not isinstance(data, bytes | bytearray):
        raise ExtractError("HTML input must be bytes")
    data = bytes(data)
    if not data.strip():
        raise ExtractError("empty input: no HTML to extract")
    warnings: list[str] = []
    text, codec = _decode(data, warnings)
    if _looks_binary(text):
        raise ExtractError("binary data, not an HTML document")
    if not _HAS_MARKUP.search(text):
        raise ExtractError("no HTML markup found: not an HTML document")
    unescaped = _unescape_js_string(text, data, warnings)
    # Re-encoding costs ~0.4 ms on a 350 KB page; skip it when the bytes already are that UTF-8.
    if unescaped is text and codec == "utf-8":
        raw = data
    else:
        raw = _XML_DECL.sub("", unescaped, count=1).encode("utf-8", errors="replace")
    try:
        parser = etree.HTMLParser(
            encoding="utf-8",
            remove_comments=True,
            remove_pis=True,
            no_network=True,
            recover=True,
            collect_ids=False,
        )
        root = etree.fromstring(raw, parser)
    except (etree.LxmlError, ValueError) as exc:  # libxml2 rejects some inputs outright
        raise ExtractError(f"HTML could not be parsed: {exc}") from exc
    if root is None:
        raise ExtractError("HTML could not be parsed: no document element")
    etree.strip_elements(root, *_SKIP, with_tail=False)
    try:
        blocks = _walk(root)
    except (ValueError, RecursionError) as exc:  # safety net: libxml2 trees from garbage input
        raise ExtractError(f"HTML could not be read: {type(exc).__name__}: {exc}") from exc
    if not blocks:
        raise ExtractError("no text found in the HTML document")
    return Document(blocks=blocks, source_format="html", warnings=warnings)


# --- decoding ---------------------------------------------------------------------------------


def _codec(name: str) -> str | None:
    name = name.strip().lower()
    if name in _GB_ALIASES:
        return "gb18030"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _decode(data: bytes, warnings: list[str]) -> tuple[str, str]:
    """BOM, then the declared charset (<meta charset>, http-equiv, XML declaration), then UTF-8, GB18030.

    Returns the text and the codec used ("replace" when bytes had to be replaced).
    """
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(enc, errors="replace"), "bom"
    head = data[:16384]
    m = _CHARSET.search(head) or _XML_ENC.search(head)
    if m:
        declared = m.group(1).decode("ascii", errors="replace")
        codec = _codec(declared)
        if codec is None:
            warnings.append(f"unknown declared charset {declared!r}; guessed the encoding")
        else:
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                warnings.append(
                    f"declared charset {declared!r} does not match the bytes; guessed the encoding"
                )
    for enc in ("utf-8", "gb18030"):
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    warnings.append("text is neither valid UTF-8 nor GB18030; undecodable bytes replaced")
    return data.decode("utf-8", errors="replace"), "replace"


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    if "\x00" in sample:
        return True
    return len(_BAD_CHARS.findall(sample)) > max(8, len(sample) // 50)


def _unescape_js_string(text: str, data: bytes, warnings: list[str]) -> str:
    r"""Undo JS string escaping when the markup was cut out of a script (attributes like ``=\"x\"``)."""
    # Escaped attributes (=\"…) outnumbering plain ones (="…): the whole input is a JS string
    # literal. Scripts inside an ordinary page also hold \" but far fewer than the page's ="…".
    escaped = data.count(b'=\\"')  # counted on the bytes: 5x faster than on the decoded str
    if escaped < 2 or escaped <= data.count(b'="'):
        return text
    warnings.append('input looked like an escaped JavaScript string; \\" and other escapes were undone')
    simple = {'"': '"', "'": "'", "/": "/", "\\": "\\", "n": "\n", "r": "\n", "t": "\t"}

    def sub(m: re.Match[str]) -> str:
        esc = m.group(1)
        return chr(int(esc[1:], 16)) if esc[0] == "u" else simple[esc]

    return _JS_ESCAPE.sub(sub, text)


# --- walking ----------------------------------------------------------------------------------


def _clean(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _is_chrome(el: etree._Element, tag: str) -> bool:
    if tag not in _CHROME_TAGS:
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not _CHROME_NAME.search(names):
            return False
        if not any(w.lower() in _CHROME_WORDS for w in _NAME_WORDS.split(names)):
            return False
    # Malformed pages sometimes nest the article inside an unclosed header div: keep it then.
    if el.find(".//table") is not None:
        return False
    return _BODY_MARK not in "".join(el.itertext())


def _walk(root: etree._Element) -> list[Block]:
    blocks: list[Block] = []
    buf: list[str] = []
    n_tables = 0

    def flush() -> None:
        if buf:
            text = _clean("".join(buf))
            buf.clear()
            if text:
                blocks.append(Paragraph(text, source=f"paragraph {len(blocks) + 1}"))

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if not isinstance(tag, str):  # comments/PIs/entities left by the parser
            if event == "end" and el.tail:
                buf.append(el.tail)
            continue
        tag = tag.lower()
        if event == "start":
            if tag in _SKIP or (tag not in ("html", "body") and _is_chrome(el, tag)):
                walker.skip_subtree()
            elif tag == "table" and el.find(".//table") is None:
                flush()
                walker.skip_subtree()
                n_tables += 1
                caption = el.find("caption")
                if caption is not None:
                    _mark_breaks(caption)
                    text = _cell_text(caption)
                    if text:
                        blocks.append(Paragraph(text, source=f"table {n_tables} caption"))
                table = _table(el, f"table {n_tables}")
                if table.cells:
                    blocks.append(table)
            elif tag in _BLOCK or tag == "br":
                flush()
                if el.text:
                    buf.append(el.text)
            elif el.text:
                buf.append(el.text)
        else:
            if tag in _BLOCK or tag == "table":
                flush()
            if el.tail:
                buf.append(el.tail)
    flush()
    return blocks


_CELL_BREAKS = tuple(sorted((_BLOCK - {"table", "tbody", "thead", "tfoot", "tr", "td", "th"}) | {"br"}))


def _mark_breaks(container: etree._Element) -> None:
    """Pad block elements and <br> inside ``container`` with spaces so itertext() separates them.

    Word splits one word across <span>s ("自然</span><span>人"), so inline elements join with
    nothing, while <p>/<br> separate. Mutating the (throw-away) tree keeps the text join in C.
    """
    for el in container.iter(*_CELL_BREAKS):
        try:
            el.text = " " + el.text if el.text else " "
            el.tail = " " + el.tail if el.tail else " "
        except ValueError:  # lxml refuses to re-set text holding control characters (corrupt input)
            continue


def _cell_text(cell: etree._Element) -> str:
    """All descendant text, whitespace collapsed (call _mark_breaks on an ancestor first)."""
    # tostring(method="text") joins in C: ~7x faster than "".join(itertext()).
    return _clean(etree.tostring(cell, method="text", encoding="unicode", with_tail=False))


def _span(value: str | None) -> int:
    if not value:
        return 1
    if value.isdigit():
        return min(max(int(value), 1), _MAX_SPAN)
    m = _LEADING_INT.match(value)
    if not m:
        return 1
    return min(max(int(m.group(1)), 1), _MAX_SPAN)


def _table(table: etree._Element, source: str) -> Table:
    """Place cells on the HTML table grid (rowspan/colspan skip occupied slots)."""
    _mark_breaks(table)
    rows = table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")
    n_rows = len(rows)
    occupied: set[tuple[int, int]] = set()
    cells: list[Cell] = []
    for r, tr in enumerate(rows):
        col = 0
        for td in tr:
            if not isinstance(td.tag, str) or td.tag.lower() not in ("td", "th"):
                continue
            while (r, col) in occupied:
                col += 1
            rowspan = min(_span(td.get("rowspan")), n_rows - r)
            colspan = _span(td.get("colspan"))
            for dr in range(rowspan):
                for dc in range(colspan):
                    occupied.add((r + dr, col + dc))
            cells.append(Cell(_cell_text(td), r, col, rowspan, colspan))
            col += colspan
    return Table(cells=cells, source=source)
