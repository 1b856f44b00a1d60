"""The official table layouts (国办公开办函〔2021〕30号, and for a report in the 2019 trial format
国办公开办函〔2019〕60号) as grids of cells with row/column spans and column widths.

Every renderer (HTML, XLSX, DOCX, PDF) draws these grids, so the merged cells and the widths are defined
once. Coordinates are zero-based; a cell covers rows [row, row+rowspan) and columns [col, col+colspan).
Reports generated from records are always in the 2021 format; the 2019 layout is for rendering a
report model in that format (an imported earlier year's report).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from gongkai.report.model import (
    APPEAL_COLUMN_KEYS,
    APPEAL_COLUMNS,
    APPEAL_GROUP_KEYS,
    FORMAT_2019,
    REQUEST_COLUMNS,
    ROWS_ABSENT_IN_2019,
    Report,
)

# The type area of an A4 page with the 公文 margins (GB/T 9704-2012: left 28 mm, right 26 mm).
TEXT_WIDTH_MM = 210.0 - 28.0 - 26.0


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1
    header: bool = False
    # A figure (right-aligned, numeric in XLSX) rather than a label.
    value: int | Decimal | None = None
    numeric: bool = False
    # The model location of a figure, e.g. "requests.new.total" (to highlight findings).
    key: str = ""


@dataclass(slots=True)
class Grid:
    title: str
    n_cols: int
    cells: list[Cell] = field(default_factory=list)
    # How many leading rows are column headings (repeated on a new PDF page).
    header_rows: int = 0
    # Column widths in mm; they sum to TEXT_WIDTH_MM (the paged renderers, DOCX and PDF, use them).
    widths_mm: tuple[float, ...] = ()

    @property
    def n_rows(self) -> int:
        return max((c.row + c.rowspan for c in self.cells), default=0)

    def rows(self) -> list[list[Cell]]:
        """Cells grouped by their top row, left to right (the order an HTML table wants)."""
        out: list[list[Cell]] = [[] for _ in range(self.n_rows)]
        for cell in self.cells:
            out[cell.row].append(cell)
        for row in out:
            row.sort(key=lambda c: c.col)
        return out

    def merged(self) -> list[Cell]:
        return [c for c in self.cells if c.rowspan > 1 or c.colspan > 1]


class _Builder:
    def __init__(self, title: str, widths_mm: tuple[float, ...]) -> None:
        assert abs(sum(widths_mm) - TEXT_WIDTH_MM) < 1e-6, widths_mm
        self.grid = Grid(title, len(widths_mm), widths_mm=widths_mm)

    def label(
        self, text: str, row: int, col: int, rowspan: int = 1, colspan: int = 1, header: bool = False
    ) -> None:
        self.grid.cells.append(Cell(text, row, col, rowspan, colspan, header))

    def figure(
        self, value: int | Decimal | None, row: int, col: int, colspan: int = 1, key: str = ""
    ) -> None:
        text = "" if value is None else str(value)
        self.grid.cells.append(Cell(text, row, col, 1, colspan, False, value, True, key))

    def raw_figure(self, raw: int | str | None, row: int, col: int, colspan: int = 1, key: str = "") -> None:
        """A figure as a parsed earlier report holds it: an int, a decimal string, or other text."""
        if raw is None or isinstance(raw, int):
            self.figure(raw, row, col, colspan, key)
            return
        try:
            number = Decimal(raw)
        except InvalidOperation:
            number = None
        if number is not None and number.is_finite():
            self.figure(number, row, col, colspan, key)
        else:
            # Kept as written (an amount with its unit, say): shown, but not a number in XLSX.
            self.grid.cells.append(Cell(raw, row, col, 1, colspan, False, None, True, key))


ART20_WIDTHS_MM: tuple[float, ...] = (51.0, 35.0, 35.0, 35.0)


def art20_grid(report: Report) -> Grid:
    """Table 二: four blocks for 第二十条第（一）（五）（六）（八）项, four columns wide (the 2019 trial
    format's five blocks when the report is in that format)."""
    if report.format == FORMAT_2019:
        return art20_2019_grid(report)
    a = report.art20
    b = _Builder("二、主动公开政府信息情况", ART20_WIDTHS_MM)
    r = 0
    b.label("第二十条第（一）项", r, 0, colspan=4, header=True)
    r += 1
    for i, text in enumerate(("信息内容", "本年制发件数", "本年废止件数", "现行有效件数")):
        b.label(text, r, i, header=True)
    r += 1
    for label, name, doc in (
        ("规章", "rules", a.rules),
        ("行政规范性文件", "normative_documents", a.normative_documents),
    ):
        b.label(label, r, 0)
        for i, (f, v) in enumerate(
            (("issued", doc.issued), ("repealed", doc.repealed), ("in_force", doc.in_force)), start=1
        ):
            b.figure(v, r, i, key=f"art20.{name}.{f}")
        r += 1
    blocks: tuple[tuple[str, str, list[tuple[str, str, int | Decimal | None]]], ...] = (
        (
            "第二十条第（五）项",
            "本年处理决定数量",
            [("行政许可", "licensing.decisions", a.licensing.decisions)],
        ),
        (
            "第二十条第（六）项",
            "本年处理决定数量",
            [
                ("行政处罚", "penalty.decisions", a.penalty.decisions),
                ("行政强制", "enforcement.decisions", a.enforcement.decisions),
            ],
        ),
        (
            "第二十条第（八）项",
            "本年收费金额（单位：万元）",
            [("行政事业性收费", "fees.amount_10k_yuan", a.fees.amount_10k_yuan)],
        ),
    )
    for heading, column, items in blocks:
        b.label(heading, r, 0, colspan=4, header=True)
        r += 1
        b.label("信息内容", r, 0, header=True)
        b.label(column, r, 1, colspan=3, header=True)
        r += 1
        for label, key, value in items:
            b.label(label, r, 0)
            b.figure(value, r, 1, colspan=3, key=f"art20.{key}")
            r += 1
    return b.grid


# Table 二 of the 2019 trial format (国办公开办函〔2019〕60号): per block, its column headings and its
# items with the model keys of Report.art20_2019 (the keys gongkai.report.interpret reads them into).
ART20_2019_BLOCKS: tuple[tuple[str, tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]], ...] = (
    (
        "第二十条第（一）项",
        (
            ("new_made", "本年新制作数量"),
            ("new_published", "本年新公开数量"),
            ("total_published", "对外公开总数量"),
        ),
        (("rules", "规章"), ("normative_documents", "规范性文件")),
    ),
    (
        "第二十条第（五）项",
        (("previous_year_items", "上一年项目数量"), ("change", "本年增/减"), ("decisions", "处理决定数量")),
        (("licensing", "行政许可"), ("other_services", "其他对外管理服务事项")),
    ),
    (
        "第二十条第（六）项",
        (("previous_year_items", "上一年项目数量"), ("change", "本年增/减"), ("decisions", "处理决定数量")),
        (("penalty", "行政处罚"), ("enforcement", "行政强制")),
    ),
    (
        "第二十条第（八）项",
        (("previous_year_items", "上一年项目数量"), ("change", "本年增/减")),
        (("fees", "行政事业性收费"),),
    ),
    (
        "第二十条第（九）项",
        (("items", "采购项目数量"), ("amount", "采购总金额")),
        (("procurement", "政府集中采购"),),
    ),
)
# Five columns as in the official template: three figures span 1+2+1 of the four figure columns, two
# figures span 2+2.
ART20_2019_WIDTHS_MM: tuple[float, ...] = (40.0, 29.0, 29.0, 29.0, 29.0)
_SPANS_2019: dict[int, tuple[tuple[int, int], ...]] = {3: ((1, 1), (2, 2), (4, 1)), 2: ((1, 2), (3, 2))}


def art20_2019_grid(report: Report) -> Grid:
    """Table 二 in the 2019 trial format: 第二十条第（一）（五）（六）（八）（九）项."""
    data = report.art20_2019 or {}
    b = _Builder("二、主动公开政府信息情况", ART20_2019_WIDTHS_MM)
    r = 0
    for heading, columns, items in ART20_2019_BLOCKS:
        spans = _SPANS_2019[len(columns)]
        b.label(heading, r, 0, colspan=5, header=True)
        r += 1
        b.label("信息内容", r, 0, header=True)
        for (_, text), (col, span) in zip(columns, spans, strict=True):
            b.label(text, r, col, colspan=span, header=True)
        r += 1
        for key, label in items:
            b.label(label, r, 0)
            values = data.get(key) or {}
            for (name, _), (col, span) in zip(columns, spans, strict=True):
                b.raw_figure(values.get(name), r, col, colspan=span, key=f"art20_2019.{key}.{name}")
            r += 1
    return b.grid


# Table 三: the groups of 三、本年度办理结果 with their item labels (rows in model order).
_REQUEST_GROUPS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("（一）予以公开", (("granted", ""),)),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", (("partially_granted", ""),)),
    (
        "（三）不予公开",
        (
            ("withheld_state_secret", "1.属于国家秘密"),
            ("withheld_prohibited_by_law", "2.其他法律行政法规禁止公开"),
            ("withheld_security_stability", "3.危及“三安全一稳定”"),
            ("withheld_third_party", "4.保护第三方合法权益"),
            ("withheld_internal_affairs", "5.属于三类内部事务信息"),
            ("withheld_process_info", "6.属于四类过程性信息"),
            ("withheld_enforcement_file", "7.属于行政执法案卷"),
            ("withheld_inquiry_matter", "8.属于行政查询事项"),
        ),
    ),
    (
        "（四）无法提供",
        (
            ("unable_not_held", "1.本机关不掌握相关政府信息"),
            ("unable_needs_creation", "2.没有现成信息需要另行制作"),
            ("unable_still_unclear", "3.补正后申请内容仍不明确"),
        ),
    ),
    (
        "（五）不予处理",
        (
            ("rejected_petition", "1.信访举报投诉类申请"),
            ("rejected_repeat", "2.重复申请"),
            ("rejected_publication", "3.要求提供公开出版物"),
            ("rejected_excessive", "4.无正当理由大量反复申请"),
            ("rejected_confirmation", "5.要求行政机关确认或重新出具已获取信息"),
        ),
    ),
    (
        "（六）其他处理",
        (
            ("other_no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
            ("other_no_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
            ("other_other", "3.其他"),
        ),
    ),
    ("（七）总计", (("total_handled", ""),)),
)


def _groups_2019() -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    """The 2019 trial format has no rows ROWS_ABSENT_IN_2019: its （六）其他处理 is one row (other_other)."""
    out = []
    for label, items in _REQUEST_GROUPS:
        kept = tuple(i for i in items if i[0] not in ROWS_ABSENT_IN_2019)
        out.append((label, ((kept[0][0], ""),) if len(kept) == 1 < len(items) else kept))
    return tuple(out)


_REQUEST_GROUPS_2019 = _groups_2019()
# Wide label columns (the longest item label is 37 characters) and narrow figure columns, the total a
# little wider: in 五号 type in DOCX this keeps every label to at most three lines and a four-digit
# figure (five in 总计) on one line.
REQUESTS_WIDTHS_MM: tuple[float, ...] = (10.0, 17.0, 51.0) + (11.0,) * 6 + (12.0,)

REQUESTS_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"


def requests_grid(report: Report) -> Grid:
    """Table 三: three label columns and seven figure columns, three heading rows."""
    b = _Builder("三、收到和处理政府信息公开申请情况", REQUESTS_WIDTHS_MM)
    groups = _REQUEST_GROUPS_2019 if report.format == FORMAT_2019 else _REQUEST_GROUPS
    b.label(REQUESTS_NOTE, 0, 0, rowspan=3, colspan=3, header=True)
    b.label("申请人情况", 0, 3, colspan=7, header=True)
    b.label("自然人", 1, 3, rowspan=2, header=True)
    b.label("法人或其他组织", 1, 4, colspan=5, header=True)
    b.label("总计", 1, 9, rowspan=2, header=True)
    for i, text in enumerate(("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")):
        b.label(text, 2, 4 + i, header=True)
    b.grid.header_rows = 3
    req = report.requests

    def figures(row_key: str, r: int) -> None:
        for i, col in enumerate(REQUEST_COLUMNS):
            b.figure(req[row_key][col], r, 3 + i, key=f"requests.{row_key}.{col}")

    r = 3
    b.label("一、本年新收政府信息公开申请数量", r, 0, colspan=3)
    figures("new", r)
    r += 1
    b.label("二、上年结转政府信息公开申请数量", r, 0, colspan=3)
    figures("carried_over", r)
    r += 1
    n_result_rows = sum(len(items) for _, items in groups)
    b.label("三、本年度办理结果", r, 0, rowspan=n_result_rows)
    for group_label, items in groups:
        if len(items) == 1 and not items[0][1]:
            b.label(group_label, r, 1, colspan=2)
            figures(items[0][0], r)
            r += 1
            continue
        b.label(group_label, r, 1, rowspan=len(items))
        for key, item_label in items:
            b.label(item_label, r, 2)
            figures(key, r)
            r += 1
    b.label("四、结转下年度继续办理", r, 0, colspan=3)
    figures("carried_forward", r)
    return b.grid


APPEALS_WIDTHS_MM: tuple[float, ...] = (TEXT_WIDTH_MM / 15,) * 15


def appeals_grid(report: Report) -> Grid:
    """Table 四: 行政复议 (5 columns) and 行政诉讼 (two groups of 5), three heading rows, one figure row."""
    b = _Builder("四、政府信息公开行政复议、行政诉讼情况", APPEALS_WIDTHS_MM)
    b.label("行政复议", 0, 0, colspan=5, header=True)
    b.label("行政诉讼", 0, 5, colspan=10, header=True)
    for i, key in enumerate(APPEAL_COLUMN_KEYS):
        b.label(APPEAL_COLUMNS[key], 1, i, rowspan=2, header=True)
    b.label("未经复议直接起诉", 1, 5, colspan=5, header=True)
    b.label("复议后起诉", 1, 10, colspan=5, header=True)
    for g in range(2):
        for i, key in enumerate(APPEAL_COLUMN_KEYS):
            b.label(APPEAL_COLUMNS[key], 2, 5 + 5 * g + i, header=True)
    b.grid.header_rows = 3
    for g, group in enumerate(APPEAL_GROUP_KEYS):
        for i, key in enumerate(APPEAL_COLUMN_KEYS):
            b.figure(report.appeals[group][key], 3, 5 * g + i, key=f"appeals.{group}.{key}")
    return b.grid


def grids(report: Report) -> dict[str, Grid]:
    """The three tables keyed by the section they belong to (model.SECTION_KEYS)."""
    return {
        "proactive": art20_grid(report),
        "requests": requests_grid(report),
        "appeals": appeals_grid(report),
    }


def title(report: Report) -> str:
    year = f"{report.year}年" if report.year is not None else ""
    return f"{report.organisation}{year}政府信息公开工作年度报告"


def cells_at(location: str) -> set[str]:
    """Figure keys a finding's location points at ("requests.new+carried_over/total" → two cells)."""
    table, _, body = location.partition(".")
    if table not in ("requests", "appeals", "art20", "art20_2019") or not body:
        return set()
    if "/" in body:
        rows_part, col = body.split("/", 1)
    elif "." in body:
        rows_part, col = body.rsplit(".", 1)
    else:
        rows_part, col = body, ""
    if table == "requests":
        from gongkai.report.model import REQUEST_COLUMNS

        cols = [col] if col in REQUEST_COLUMNS else list(REQUEST_COLUMNS)
    elif table == "appeals":
        cols = [col] if col in APPEAL_COLUMN_KEYS else list(APPEAL_COLUMN_KEYS)
    elif table == "art20_2019":
        names = [n for _, columns, _ in ART20_2019_BLOCKS for n, _ in columns]
        cols = [col] if col else list(dict.fromkeys(names))
    else:
        cols = [col] if col else ["issued", "repealed", "in_force", "decisions", "amount_10k_yuan"]
    return {f"{table}.{row}.{c}" for row in rows_part.split("+") for c in cols}
