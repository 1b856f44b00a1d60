"""The intermediate representation every report parser produces, whatever the file format.

A document is an ordered list of blocks: paragraphs of text and tables. A table is a grid of cells,
each with its position and spans as in HTML (row/col are the top-left slot the cell occupies after
earlier spans are placed). Extractors (text, HTML, DOCX, PDF, Markdown) only build this; turning it
into the canonical report tables is the interpreter's job (gongkai.report.interpret), so the label
matching rules exist once.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1


@dataclass(slots=True)
class Table:
    cells: list[Cell] = field(default_factory=list)
    # Where the table was found, for finding locations: e.g. "page 4", "table 2", "line 37".
    source: str = ""

    @property
    def n_rows(self) -> int:
        return max((c.row + c.rowspan for c in self.cells), default=0)

    @property
    def n_cols(self) -> int:
        return max((c.col + c.colspan for c in self.cells), default=0)

    def rows(self) -> list[list[Cell]]:
        """Cells grouped by their starting row, each row ordered by column."""
        out: list[list[Cell]] = [[] for _ in range(self.n_rows)]
        for cell in self.cells:
            out[cell.row].append(cell)
        for row in out:
            row.sort(key=lambda c: c.col)
        return out

    def grid(self) -> list[list[str]]:
        """A dense grid where a spanned cell's text sits in its top-left slot and '' elsewhere."""
        grid = [["" for _ in range(self.n_cols)] for _ in range(self.n_rows)]
        for cell in self.cells:
            grid[cell.row][cell.col] = cell.text
        return grid


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    source: str = ""


Block = Paragraph | Table


@dataclass(slots=True)
class Document:
    blocks: list[Block] = field(default_factory=list)
    # "txt", "html", "docx", "pdf", "md"
    source_format: str = ""
    # Problems met while extracting that do not stop parsing (e.g. "page 3 has no text layer").
    warnings: list[str] = field(default_factory=list)

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    @property
    def text(self) -> str:
        """All paragraph text in order, one block per line (tables excluded)."""
        return "\n".join(b.text for b in self.blocks if isinstance(b, Paragraph))
