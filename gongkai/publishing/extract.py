"""Text extraction from attachments for search and the privacy gate (python-docx, pdfplumber)."""

from __future__ import annotations

from pathlib import Path

MAX_CHARS = 2_000_000


def extract_text(path: str | Path) -> str:
    """Plain text of a DOCX, PDF or text file; "" for formats we cannot read (images, archives)."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".docx":
            import docx

            d = docx.Document(str(path))
            parts = [p.text for p in d.paragraphs]
            for table in d.tables:
                for row in table.rows:
                    parts.append("\t".join(c.text for c in row.cells))
            return "\n".join(parts)[:MAX_CHARS]
        if suffix == ".pdf":
            import pdfplumber

            with pdfplumber.open(str(path)) as pdf:
                return "\n".join((page.extract_text() or "") for page in pdf.pages)[:MAX_CHARS]
        if suffix in {".txt", ".csv", ".md", ".html", ".htm"}:
            data = path.read_bytes()
            for enc in ("utf-8", "gb18030"):
                try:
                    return data.decode(enc)[:MAX_CHARS]
                except UnicodeDecodeError:
                    continue
    except Exception:
        return ""
    return ""
