"""HTML annual report → IR (gongkai.report.ir.Document).

Saved government pages are mostly site chrome around one article: menus, headers, footers,
scripts. We keep the text of block elements outside tables in document order, drop obviously
non-body elements (script/style/nav/header/footer, and elements whose class/id names a menu,
header, footer, breadcrumb…), and turn each data table into a Table with HTML grid positions.

Nested tables: a table that contains another table is treated as *layout* (old sites wrap the
whole page in one): it is not emitted, its cells are walked like ordinary blocks, so paragraphs
and the inner data tables come out in document order. Only innermost tables become Table blocks.

Cost (the checker's HTML throughput is bounded by this module): style="…" attributes are cut from
the bytes before the parse (most of a Word-exported page, read by nothing here); one lxml parse;
one iterwalk for the paragraphs; one XSLT pass (in C) that serialises every data table's cells,
which the walk places on the grid. Pages the XSLT pass cannot serve are read element by element.
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
# libxml2's HTML parser lower-cases tag names, so the walk compares them as they come.
_BREAKS = _BLOCK | {"br"}
# Class/id fragments of site chrome on gov sites (e.g. "header-menu", "mainNav", "breadcrumb").
# A cheap prefilter on the raw class/id; a hit is confirmed word by word ("research" is no "search").
# (Matched on the lower-cased names: a case-insensitive alternation is ~4x slower.)
_CHROME_NAME = re.compile(r"nav|menu|header|footer|crumb|copyright|sidebar|toolbar|topbar|share|search|login")
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
_CONTROL_BYTES = bytes([*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_WS = re.compile(r"[\s\u200b\u200c\u200d\ufeff]+")
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_XML_ENC = re.compile(rb"""^\s*<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_HAS_MARKUP = re.compile(
    r"<\s*/?\s*(?:html|body|head|p|div|table|tr|td|span|br|h[1-6]|article|section|font)\b", re.I
)
_JS_ESCAPE = re.compile(r"""\\(u[0-9a-fA-F]{4}|["'/\\nrt])""")
_LEADING_INT = re.compile(r"\s*(\d+)")
# Word-exported pages carry ~70% of their bytes in style="…" attributes, which nothing here reads;
# dropping them before the parse halves libxml2's work. (An escaped JS string's style=\"…\" is
# unescaped first, so it is dropped too.)
_STYLE_ATTR = re.compile(rb'style="[^"]*+"')
# Zero-width characters that _WS treats as blanks but str.split() does not.
_ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\ufeff")
# A private-use separator put after table cells so one C-level text serialisation per table
# yields every cell; XML-compatible, as lxml requires of .tail.
_CELL_SEP = "\ue000"
_MAX_SPAN = 1000  # a corrupt rowspan="99999" must not allocate a huge grid

# GB2312 and GBK are subsets of GB18030; decoding with the superset loses nothing.
_GB_ALIASES = frozenset({"gb2312", "gbk", "gb_2312-80", "x-gbk", "cp936", "ms936", "euc-cn"})


def extract(data: bytes) -> Document:
    """Parse an HTML page (whole saved page or fragment) into paragraphs and tables."""
    if not isinstance(data, bytes | bytearray):
        raise ExtractError("HTML input must be bytes")
    data = bytes(data)
    if not data or data.isspace():  # (strip() would copy the whole page)
        raise ExtractError("empty input: no HTML to extract")
    warnings: list[str] = []
    text, codec = _decode(data, warnings)
    if _looks_binary(text, data, codec):
        raise ExtractError("binary data, not an HTML document")
    if not _HAS_MARKUP.search(text):
        raise ExtractError("no HTML markup found: not an HTML document")
    unescaped = _unescape_js_string(text, data, warnings)
    # Re-encoding costs ~0.4 ms on a 350 KB page; skip it when the bytes already are that UTF-8.
    if unescaped is text and codec == "utf-8":
        raw = data
    else:
        raw = _XML_DECL.sub("", unescaped, count=1).encode("utf-8", errors="replace")
    raw = _STYLE_ATTR.sub(b"", raw)
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


def _looks_binary(text: str, data: bytes = b"", codec: str = "") -> bool:
    if codec in ("utf-8", "gb18030"):
        # In these encodings control bytes only ever encode control characters: a clean first
        # 64 KB is no binary file, and costs less to prove than scanning the decoded text.
        head = data[:65536]
        if len(head.translate(None, _CONTROL_BYTES)) == len(head) and "\ufffd" not in text[:65536]:
            return False
    sample = text[:65536]
    if "\x00" in sample:
        return True
    if _BAD_CHARS.search(sample) is None:  # the common case, without building a list
        return False
    return len(_BAD_CHARS.findall(sample)) > max(8, len(sample) // 50)


def _unescape_js_string(text: str, data: bytes, warnings: list[str]) -> str:
    r"""Undo JS string escaping when the markup was cut out of a script (attributes like ``=\"x\"``)."""
    # Escaped attributes (=\"…) outnumbering plain ones (="…): the whole input is a JS string
    # literal. Scripts inside an ordinary page also hold \" but far fewer than the page's ="…".
    # A JS string literal is escaped from its first tag on: a page whose first 64 KB hold no
    # escaped attribute is not one (and is spared two scans of all its bytes).
    if data.find(b'=\\"', 0, 65536) < 0:
        return text
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
    # str.split() splits on the same Unicode whitespace as _WS's \s, ~3x faster than re.sub.
    for zw in _ZERO_WIDTH:
        if zw in text:
            return _WS.sub(" ", text).strip()
    return " ".join(text.split())


def _is_chrome(el: etree._Element, tag: str) -> bool:
    if tag not in _CHROME_TAGS:
        # One items() call is ~5x cheaper than two get() calls; most elements have no attributes.
        names = ""
        for name, value in el.items():
            if name == "class" or name == "id":
                names += " " + value
        if not names or not _CHROME_NAME.search(names.lower()):
            return False
        if not any(w.lower() in _CHROME_WORDS for w in _NAME_WORDS.split(names)):
            return False
    # Malformed pages sometimes nest the article inside an unclosed header div: keep it then.
    if el.find(".//table") is not None:
        return False
    return _BODY_MARK not in "".join(el.itertext())


# (descendant:: rather than //: libxml2 expands // to a step per node, 4x slower here.)
_DATA_TABLES = etree.XPath("descendant::table[not(descendant::table)]")


def _walk(root: etree._Element, fast_tables: bool = True) -> list[Block]:
    """Paragraphs and data tables in document order (fast_tables=False: tables element-wise)."""
    blocks: list[Block] = []
    buf: list[str] = []
    n_tables = 0
    # Innermost tables found up front by XPath (in C) rather than a subtree search per table; the
    # proxies stay alive in the dict, so the walk meets the same objects.
    tables = _DATA_TABLES(root)
    data_tables = {el: i for i, el in enumerate(tables)}
    prepared = _read_tables(root, tables) if fast_tables and tables else None

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
        if event == "start":
            if tag in _SKIP or (tag not in ("html", "body") and _is_chrome(el, tag)):
                walker.skip_subtree()
            elif el in data_tables:
                flush()
                walker.skip_subtree()
                n_tables += 1
                caption = el.find("caption")
                if caption is not None:
                    _mark_breaks(caption)
                    text = _cell_text(caption)
                    if text:
                        blocks.append(Paragraph(text, source=f"table {n_tables} caption"))
                if prepared is not None:
                    table = _place(prepared[data_tables[el]], f"table {n_tables}")
                else:
                    table = _table(el, f"table {n_tables}")
                if table.cells:
                    blocks.append(table)
            elif tag in _BREAKS:
                flush()
                if el.text:
                    buf.append(el.text)
            elif el.text:
                buf.append(el.text)
        else:
            if tag in _BLOCK:
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
    placed: list[tuple[int, int, int, int]] = []
    tds: list[etree._Element] = []
    for r, tr in enumerate(rows):
        col = 0
        for td in tr:
            if not isinstance(td.tag, str) or td.tag.lower() not in ("td", "th"):
                continue
            while (r, col) in occupied:
                col += 1
            rowspan = min(_span(td.get("rowspan")), n_rows - r)
            colspan = _span(td.get("colspan"))
            if rowspan > 1 or colspan > 1:
                for dr in range(rowspan):
                    for dc in range(colspan):
                        occupied.add((r + dr, col + dc))
            placed.append((r, col, rowspan, colspan))
            tds.append(td)
            col += colspan
    texts = _cell_texts(rows, tds)
    return Table(cells=[Cell(text, *pos) for text, pos in zip(texts, placed, strict=True)], source=source)


def _cell_texts(rows: list[etree._Element], tds: list[etree._Element]) -> list[str]:
    """Every cell's text with one C-level serialisation per row instead of one per cell.

    Each cell's tail is replaced by a separator; the row's own text and any non-cell children
    would leak into the joined text, so such (rare, malformed) rows are read cell by cell.
    """
    out: list[str] = []
    i = 0
    for tr in rows:
        n = 0
        simple = not (tr.text and tr.text.strip())
        for child in tr:
            if isinstance(child.tag, str) and child.tag.lower() in ("td", "th"):
                n += 1
            else:
                simple = False
        cells = tds[i : i + n]
        i += n
        if not simple or not cells:
            out.extend(_cell_text(td) for td in cells)
            continue
        for td in cells:
            td.tail = _CELL_SEP
        joined = etree.tostring(tr, method="text", encoding="unicode", with_tail=False)
        parts = joined.split(_CELL_SEP)
        if len(parts) != n + 1:  # the page itself uses the private-use separator
            out.extend(_cell_text(td) for td in cells)
            continue
        out.extend(_clean(part) for part in parts[:n])
    return out


# --- all data tables in one XSLT pass ----------------------------------------------------------
#
# Reading cells element by element costs ~3 µs a cell in Python; one libxslt pass over the page
# serialises every innermost table as text with private-use marks (table, row, cell, field),
# block elements padded with spaces exactly as _mark_breaks does. Pages that themselves contain
# these marks in a table (the mark counts then disagree with XPath's), or that libxslt rejects
# (pathological nesting), are read the element-wise way.
_T_TABLE, _T_ROW, _T_CELL, _T_FIELD = "\ue002", "\ue001", "\ue000", "\ue003"
_COUNT_ROWS = etree.XPath("count(tr|thead/tr|tbody/tr|tfoot/tr)")
_COUNT_CELLS = etree.XPath("count((tr|thead/tr|tbody/tr|tfoot/tr)/*[self::td or self::th])")
_TABLES_XSLT = etree.XSLT(
    etree.XML(
        f"""<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="text" encoding="UTF-8"/>
<xsl:template match="/">
<xsl:for-each select="descendant::table[not(descendant::table)]">{_T_TABLE}<xsl:for-each
 select="tr|thead/tr|tbody/tr|tfoot/tr">{_T_ROW}<xsl:for-each select="td|th"><xsl:value-of
 select="@rowspan"/>{_T_FIELD}<xsl:value-of select="@colspan"/>{_T_FIELD}<xsl:apply-templates
 mode="t"/>{_T_CELL}</xsl:for-each></xsl:for-each></xsl:for-each>
</xsl:template>
<xsl:template match="{"|".join(_CELL_BREAKS)}" mode="t"><xsl:text> </xsl:text><xsl:apply-templates
 mode="t"/><xsl:text> </xsl:text></xsl:template>
<xsl:template match="*" mode="t"><xsl:apply-templates mode="t"/></xsl:template>
</xsl:stylesheet>""".encode()
    )
)


def _read_tables(root: etree._Element, data_tables: list[etree._Element]) -> list[str] | None:
    """Each data table's serialisation (rows of marked cells), or None to read them element-wise."""
    try:
        out = str(_TABLES_XSLT(root))
    except etree.LxmlError:
        return None
    n_cells = out.count(_T_CELL)
    if any(zw in out for zw in _ZERO_WIDTH):
        return None  # rare: let _clean's slow path handle them cell by cell
    if (
        out.count(_T_TABLE) != len(data_tables)
        or out.count(_T_ROW) != sum(_COUNT_ROWS(t) for t in data_tables)
        or n_cells != sum(_COUNT_CELLS(t) for t in data_tables)
        or out.count(_T_FIELD) != 2 * n_cells
    ):
        return None
    return out.split(_T_TABLE)[1:]


def _place(serialised: str, source: str) -> Table:
    """_table's grid placement for a table serialised by _read_tables."""
    rows = serialised.split(_T_ROW)[1:]
    n_rows = len(rows)
    occupied: set[tuple[int, int]] = set()
    cells: list[Cell] = []
    for r, row in enumerate(rows):
        col = 0
        for cell in row.split(_T_CELL)[:-1]:
            rowspan_attr, colspan_attr, text = cell.split(_T_FIELD, 2)
            if occupied:
                while (r, col) in occupied:
                    col += 1
            rowspan = min(_span(rowspan_attr), n_rows - r) if rowspan_attr else 1
            colspan = _span(colspan_attr) if colspan_attr else 1
            if rowspan > 1 or colspan > 1:
                for dr in range(rowspan):
                    for dc in range(colspan):
                        occupied.add((r + dr, col + dc))
            # _clean without its zero-width test: _read_tables checked the whole serialisation.
            cells.append(Cell(" ".join(text.split()), r, col, rowspan, colspan))
            col += colspan
    return Table(cells=cells, source=source)
