"""The one data model of the annual report's tables (report-format.md keys, exactly).

Used both for reports generated from records (every cell an int) and for published reports parsed
from files, where a cell may be None: a blank cell is not the same as 0 (rule R7 warns about the one
and accepts the other), so the distinction is kept all the way to the rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

SCHEMA_ID = "gongkai.report/1"

# Formats: 国办公开办函〔2019〕60号 (trial) and 国办公开办函〔2021〕30号.
FORMAT_2019 = "2019"
FORMAT_2021 = "2021"

SECTION_KEYS: tuple[str, ...] = ("overview", "proactive", "requests", "appeals", "problems", "other")
SECTION_HEADINGS: dict[str, str] = {
    "overview": "一、总体情况",
    "proactive": "二、主动公开政府信息情况",
    "requests": "三、收到和处理政府信息公开申请情况",
    "appeals": "四、政府信息公开行政复议、行政诉讼情况",
    "problems": "五、存在的主要问题及改进情况",
    "other": "六、其他需要报告的事项",
}

ART20_DOC_KEYS: tuple[str, ...] = ("rules", "normative_documents")
ART20_DOC_FIELDS: tuple[str, ...] = ("issued", "repealed", "in_force")
ART20_DECISION_KEYS: tuple[str, ...] = ("licensing", "penalty", "enforcement")
ART20_LABELS: dict[str, str] = {
    "rules": "第二十条第（一）项 规章",
    "normative_documents": "第二十条第（一）项 行政规范性文件",
    "licensing": "第二十条第（五）项 行政许可",
    "penalty": "第二十条第（六）项 行政处罚",
    "enforcement": "第二十条第（六）项 行政强制",
    "fees": "第二十条第（八）项 行政事业性收费",
}

REQUEST_COLUMNS: tuple[str, ...] = (
    "natural_person",
    "commercial",
    "research",
    "social_welfare",
    "legal_service",
    "other_org",
    "total",
)
APPLICANT_COLUMNS: tuple[str, ...] = REQUEST_COLUMNS[:6]
REQUEST_COLUMN_LABELS: dict[str, str] = {
    "natural_person": "自然人",
    "commercial": "商业企业",
    "research": "科研机构",
    "social_welfare": "社会公益组织",
    "legal_service": "法律服务机构",
    "other_org": "其他",
    "total": "总计",
}

# Rows of table 三 in the official order with their official labels.
REQUEST_ROWS: dict[str, str] = {
    "new": "一、本年新收政府信息公开申请数量",
    "carried_over": "二、上年结转政府信息公开申请数量",
    "granted": "三(一) 予以公开",
    "partially_granted": "三(二) 部分公开（区分处理的，只计这一情形，不计其他情形）",
    "withheld_state_secret": "三(三)1 属于国家秘密",
    "withheld_prohibited_by_law": "三(三)2 其他法律行政法规禁止公开",
    "withheld_security_stability": "三(三)3 危及“三安全一稳定”",
    "withheld_third_party": "三(三)4 保护第三方合法权益",
    "withheld_internal_affairs": "三(三)5 属于三类内部事务信息",
    "withheld_process_info": "三(三)6 属于四类过程性信息",
    "withheld_enforcement_file": "三(三)7 属于行政执法案卷",
    "withheld_inquiry_matter": "三(三)8 属于行政查询事项",
    "unable_not_held": "三(四)1 本机关不掌握相关政府信息",
    "unable_needs_creation": "三(四)2 没有现成信息需要另行制作",
    "unable_still_unclear": "三(四)3 补正后申请内容仍不明确",
    "rejected_petition": "三(五)1 信访举报投诉类申请",
    "rejected_repeat": "三(五)2 重复申请",
    "rejected_publication": "三(五)3 要求提供公开出版物",
    "rejected_excessive": "三(五)4 无正当理由大量反复申请",
    "rejected_confirmation": "三(五)5 要求行政机关确认或重新出具已获取信息",
    "other_no_correction": "三(六)1 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "other_no_fee": "三(六)2 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "other_other": "三(六)3 其他",
    "total_handled": "三(七) 总计",
    "carried_forward": "四、结转下年度继续办理",
}
REQUEST_ROW_KEYS: tuple[str, ...] = tuple(REQUEST_ROWS)
# The 21 disposition rows whose sum is (七)总计 (rule R2).
DISPOSITION_ROWS: tuple[str, ...] = REQUEST_ROW_KEYS[2:23]
# The 2019 trial format has one （六）其他处理 row, stored in other_other.
ROWS_ABSENT_IN_2019: tuple[str, ...] = ("other_no_correction", "other_no_fee")

APPEAL_GROUPS: dict[str, str] = {
    "reconsideration": "行政复议",
    "litigation_direct": "行政诉讼·未经复议直接起诉",
    "litigation_after_reconsideration": "行政诉讼·复议后起诉",
}
APPEAL_GROUP_KEYS: tuple[str, ...] = tuple(APPEAL_GROUPS)
APPEAL_COLUMNS: dict[str, str] = {
    "upheld": "结果维持",
    "corrected": "结果纠正",
    "other": "其他结果",
    "pending": "尚未审结",
    "total": "总计",
}
APPEAL_COLUMN_KEYS: tuple[str, ...] = tuple(APPEAL_COLUMNS)

Count = int | None


@dataclass(slots=True)
class DocCounts:
    issued: Count = None
    repealed: Count = None
    in_force: Count = None


@dataclass(slots=True)
class Decisions:
    decisions: Count = None


@dataclass(slots=True)
class Fees:
    amount_10k_yuan: Decimal | None = None


@dataclass(slots=True)
class Art20:
    rules: DocCounts = field(default_factory=DocCounts)
    normative_documents: DocCounts = field(default_factory=DocCounts)
    licensing: Decisions = field(default_factory=Decisions)
    penalty: Decisions = field(default_factory=Decisions)
    enforcement: Decisions = field(default_factory=Decisions)
    fees: Fees = field(default_factory=Fees)

    def doc(self, key: str) -> DocCounts:
        value = getattr(self, key)
        assert isinstance(value, DocCounts)
        return value

    def decision(self, key: str) -> Decisions:
        value = getattr(self, key)
        assert isinstance(value, Decisions)
        return value


def empty_requests() -> dict[str, dict[str, Count]]:
    return {row: dict.fromkeys(REQUEST_COLUMNS) for row in REQUEST_ROW_KEYS}


def empty_appeals() -> dict[str, dict[str, Count]]:
    return {group: dict.fromkeys(APPEAL_COLUMN_KEYS) for group in APPEAL_GROUP_KEYS}


@dataclass(slots=True)
class Report:
    organisation: str = ""
    year: int | None = None
    format: str = FORMAT_2021
    art20: Art20 = field(default_factory=Art20)
    # 2019 trial format's table 二: {item: {column: value}}; values are ints or decimal strings.
    art20_2019: dict[str, dict[str, int | str | None]] | None = None
    requests: dict[str, dict[str, Count]] = field(default_factory=empty_requests)
    appeals: dict[str, dict[str, Count]] = field(default_factory=empty_appeals)
    sections: dict[str, str] = field(default_factory=dict)
    # Known only for some files (crawler headers, a date under the title).
    published: date | None = None
    # "government" (people's government's own report, due 3月31日) or "department" (due 1月31日).
    level: str | None = None
    # Cells that held something other than a number: location → raw text (rule R7).
    invalid_cells: dict[str, str] = field(default_factory=dict)
    # Rows or items that were not in the file at all (distinct from blank cells).
    missing: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_ID,
            "organisation": self.organisation,
            "year": self.year,
            "format": self.format,
            "published": self.published.isoformat() if self.published else None,
            "level": self.level,
            "art20": art20_to_dict(self.art20),
            "art20_2019": self.art20_2019,
            "requests": {row: dict(cols) for row, cols in self.requests.items()},
            "appeals": {group: dict(cols) for group, cols in self.appeals.items()},
            "sections": dict(self.sections),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        if data.get("schema") != SCHEMA_ID:
            raise ValueError(f"unknown schema {data.get('schema')!r}, expected {SCHEMA_ID!r}")
        report = cls(
            organisation=str(data.get("organisation") or ""),
            year=_opt_int(data.get("year")),
            format=str(data.get("format") or FORMAT_2021),
            art20=art20_from_dict(data.get("art20") or {}),
            art20_2019=data.get("art20_2019"),
            sections={str(k): str(v) for k, v in (data.get("sections") or {}).items()},
            level=data.get("level"),
        )
        if data.get("published"):
            report.published = date.fromisoformat(str(data["published"]))
        for row, cols in (data.get("requests") or {}).items():
            if row in report.requests:
                for col, value in cols.items():
                    if col in report.requests[row]:
                        report.requests[row][col] = _opt_int(value)
        for group, cols in (data.get("appeals") or {}).items():
            if group in report.appeals:
                for col, value in cols.items():
                    if col in report.appeals[group]:
                        report.appeals[group][col] = _opt_int(value)
        return report


def art20_to_dict(art20: Art20) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ART20_DOC_KEYS:
        doc = art20.doc(key)
        out[key] = {"issued": doc.issued, "repealed": doc.repealed, "in_force": doc.in_force}
    for key in ART20_DECISION_KEYS:
        out[key] = {"decisions": art20.decision(key).decisions}
    amount = art20.fees.amount_10k_yuan
    out["fees"] = {"amount_10k_yuan": None if amount is None else str(amount)}
    return out


def art20_from_dict(data: dict[str, Any]) -> Art20:
    art20 = Art20()
    for key in ART20_DOC_KEYS:
        src = data.get(key) or {}
        setattr(art20, key, DocCounts(*(_opt_int(src.get(f)) for f in ART20_DOC_FIELDS)))
    for key in ART20_DECISION_KEYS:
        setattr(art20, key, Decisions(_opt_int((data.get(key) or {}).get("decisions"))))
    raw = (data.get("fees") or {}).get("amount_10k_yuan")
    art20.fees = Fees(None if raw is None else _decimal(raw))
    return art20


def _opt_int(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ValueError(f"not an integer: {value!r}")
    return int(value)


def _decimal(value: object) -> Decimal:
    try:
        return Decimal(str(value))
    except InvalidOperation as exc:
        raise ValueError(f"not a decimal: {value!r}") from exc


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    severity: str  # "error" | "warning"
    message: str
    location: str = ""
    expected: object = None
    found: object = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "location": self.location,
            "expected": _jsonable(self.expected),
            "found": _jsonable(self.found),
        }


def _jsonable(value: object) -> object:
    if isinstance(value, Decimal):
        return str(value)
    if value is None or isinstance(value, (int, str, float, bool)):
        return value
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return str(value)
