"""XLSX of the three tables, one sheet each, with the official merged cells (openpyxl)."""

from __future__ import annotations

import io
from collections.abc import Iterable
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from gongkai.report.model import Report

from .layout import Grid, grids, title

_THIN = Side(style="thin")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
SHEET_NAMES = {"proactive": "二、主动公开", "requests": "三、申请情况", "appeals": "四、复议诉讼"}


def write_grid(ws: Worksheet, grid: Grid, *, top: int = 1) -> int:
    """Draw the grid from row `top` (1-based); returns the first free row below it."""
    for cell in grid.cells:
        r, c = top + cell.row, 1 + cell.col
        target = ws.cell(row=r, column=c)
        if cell.numeric and cell.value is not None:
            # Exact: a Decimal fee goes in as text-free number only when it is a whole number of 分.
            target.value = float(cell.value) if isinstance(cell.value, Decimal) else cell.value
            if isinstance(cell.value, Decimal):
                target.number_format = "0.00"
        else:
            target.value = cell.text
        target.alignment = Alignment(
            horizontal="center" if cell.header or cell.numeric else "left", vertical="center", wrap_text=True
        )
        if cell.header:
            target.font = Font(bold=True)
        for rr in range(r, r + cell.rowspan):
            for cc in range(c, c + cell.colspan):
                ws.cell(row=rr, column=cc).border = _BORDER
        if cell.rowspan > 1 or cell.colspan > 1:
            ws.merge_cells(
                start_row=r, start_column=c, end_row=r + cell.rowspan - 1, end_column=c + cell.colspan - 1
            )
    return top + grid.n_rows


def _widths(ws: Worksheet, widths: Iterable[float]) -> None:
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def render_workbook(report: Report) -> Workbook:
    wb = Workbook()
    first = True
    for key, grid in grids(report).items():
        ws = wb.active if first else wb.create_sheet()
        assert ws is not None
        first = False
        ws.title = SHEET_NAMES[key]
        ws.cell(row=1, column=1, value=f"{title(report)} — {grid.title}").font = Font(bold=True)
        write_grid(ws, grid, top=2)
        # The printed proportions (layout widths in mm); ÷1.1 keeps table 三's long labels on one line or
        # two on screen, about the widths this sheet always had.
        _widths(ws, [round(w / 1.1, 1) for w in grid.widths_mm])
    return wb


def render_xlsx(report: Report) -> bytes:
    buf = io.BytesIO()
    render_workbook(report).save(buf)
    return buf.getvalue()
