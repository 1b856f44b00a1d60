"""How an application ends (办理结果): the 21 disposition rows of table 三 of the 2021 annual-report format
(国办公开办函〔2021〕30号), their legal bases (条例第三十至四十二条), and the 6 applicant kinds (its columns).

Keys are exactly those of report-format.md. The basis → row mapping is rules.md §1.11 ([D]); two of its
entries are unverified and therefore settings (`DispositionMapping`):
- 第三十六条第（一）项 (already published) → `granted` (practice, [R]);
- 第三十六条第（四）项 (does not exist) and 第（五）项 (not this agency's) → `unable_not_held` ([D/R]).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True)
class LegalBasis:
    key: str
    citation: str
    summary: str


_BASES: tuple[LegalBasis, ...] = (
    LegalBasis("art36_1", "条例第三十六条第（一）项", "所申请公开信息已经主动公开"),
    LegalBasis("art36_2", "条例第三十六条第（二）项", "所申请公开信息可以公开"),
    LegalBasis("art37", "条例第三十七条", "能够作区分处理的，提供可以公开的内容"),
    # 第三十六条第（三）项 不予公开, by ground:
    LegalBasis("art14_state_secret", "条例第十四条", "依法确定为国家秘密"),
    LegalBasis("art14_prohibited", "条例第十四条", "法律、行政法规禁止公开"),
    LegalBasis("art14_security", "条例第十四条", "公开后可能危及国家安全、公共安全、经济安全、社会稳定"),
    LegalBasis("art15_third_party", "条例第十五条", "涉及商业秘密、个人隐私等，公开会损害第三方合法权益"),
    LegalBasis("art16_1_internal", "条例第十六条第一款", "内部事务信息（人事管理、后勤管理、内部工作流程）"),
    LegalBasis("art16_2_process", "条例第十六条第二款", "过程性信息（讨论记录、过程稿、磋商信函、请示报告）"),
    LegalBasis("art16_2_enforcement", "条例第十六条第二款", "行政执法案卷信息"),
    LegalBasis(
        "art36_7", "条例第三十六条第（七）项", "工商、不动产登记资料等，有关法律、行政法规对获取有特别规定"
    ),
    LegalBasis("art36_4", "条例第三十六条第（四）项", "经检索没有所申请公开信息"),
    LegalBasis("art36_5", "条例第三十六条第（五）项", "所申请公开信息不属于本行政机关负责公开"),
    LegalBasis("art38", "条例第三十八条", "需要对现有政府信息进行加工、分析"),
    LegalBasis("art30_still_unclear", "条例第三十条", "补正后申请内容仍不明确"),
    LegalBasis("art39_1", "条例第三十九条第一款", "以政府信息公开申请的形式进行信访、投诉、举报等活动"),
    LegalBasis("art36_6", "条例第三十六条第（六）项", "重复申请公开相同政府信息"),
    LegalBasis("art39_2", "条例第三十九条第二款", "要求提供政府公报、报刊、书籍等公开出版物"),
    LegalBasis("art35", "条例第三十五条", "申请数量、频次明显超过合理范围且理由不合理"),
    LegalBasis("confirmation", "国办公开办函〔2021〕30号 表三(五)5", "要求行政机关确认或重新出具已获取信息"),
    LegalBasis("art30_no_correction", "条例第三十条", "申请人无正当理由逾期不补正，视为放弃申请"),
    LegalBasis("fee_unpaid", "条例第四十二条；国办函〔2020〕109号", "申请人逾期未按收费通知要求缴纳费用"),
    LegalBasis("withdrawn", "—", "申请人撤回申请"),
    LegalBasis("other", "—", "其他情形"),
)
BASES: dict[str, LegalBasis] = {b.key: b for b in _BASES}


class Group(StrEnum):
    """The six result groups of table 三; (三)–(六) are labels only, with no subtotal rows."""

    GRANTED = "一"
    PARTIAL = "二"
    WITHHELD = "三"
    UNABLE = "四"
    REJECTED = "五"
    OTHER = "六"

    @property
    def label(self) -> str:
        return GROUP_LABELS[self]


GROUP_LABELS: dict[Group, str] = {
    Group.GRANTED: "（一）予以公开",
    Group.PARTIAL: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    Group.WITHHELD: "（三）不予公开",
    Group.UNABLE: "（四）无法提供",
    Group.REJECTED: "（五）不予处理",
    Group.OTHER: "（六）其他处理",
}


@dataclass(frozen=True)
class Disposition:
    key: str
    label: str  # the official row label (without the group prefix)
    group: Group
    item: int | None  # 1-based number within (三)–(六); None for (一) and (二)
    bases: tuple[str, ...]  # fixed legal bases; the configurable ones are added by DispositionMapping

    @property
    def row(self) -> str:
        """The row as cited in the format, e.g. "三(三)1"."""
        return f"三({self.group.value}){self.item or ''}"


def _d(key: str, label: str, group: Group, item: int | None, *bases: str) -> Disposition:
    return Disposition(key, label, group, item, bases)


DISPOSITIONS: tuple[Disposition, ...] = (
    _d("granted", "予以公开", Group.GRANTED, None, "art36_2"),
    _d(
        "partially_granted",
        "部分公开（区分处理的，只计这一情形，不计其他情形）",
        Group.PARTIAL,
        None,
        "art37",
    ),
    _d("withheld_state_secret", "属于国家秘密", Group.WITHHELD, 1, "art14_state_secret"),
    _d("withheld_prohibited_by_law", "其他法律行政法规禁止公开", Group.WITHHELD, 2, "art14_prohibited"),
    _d("withheld_security_stability", "危及“三安全一稳定”", Group.WITHHELD, 3, "art14_security"),
    _d("withheld_third_party", "保护第三方合法权益", Group.WITHHELD, 4, "art15_third_party"),
    _d("withheld_internal_affairs", "属于三类内部事务信息", Group.WITHHELD, 5, "art16_1_internal"),
    _d("withheld_process_info", "属于四类过程性信息", Group.WITHHELD, 6, "art16_2_process"),
    _d("withheld_enforcement_file", "属于行政执法案卷", Group.WITHHELD, 7, "art16_2_enforcement"),
    _d("withheld_inquiry_matter", "属于行政查询事项", Group.WITHHELD, 8, "art36_7"),
    _d("unable_not_held", "本机关不掌握相关政府信息", Group.UNABLE, 1),
    _d("unable_needs_creation", "没有现成信息需要另行制作", Group.UNABLE, 2, "art38"),
    _d("unable_still_unclear", "补正后申请内容仍不明确", Group.UNABLE, 3, "art30_still_unclear"),
    _d("rejected_petition", "信访举报投诉类申请", Group.REJECTED, 1, "art39_1"),
    _d("rejected_repeat", "重复申请", Group.REJECTED, 2, "art36_6"),
    _d("rejected_publication", "要求提供公开出版物", Group.REJECTED, 3, "art39_2"),
    _d("rejected_excessive", "无正当理由大量反复申请", Group.REJECTED, 4, "art35"),
    _d("rejected_confirmation", "要求行政机关确认或重新出具已获取信息", Group.REJECTED, 5, "confirmation"),
    _d(
        "other_no_correction",
        "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        Group.OTHER,
        1,
        "art30_no_correction",
    ),
    _d(
        "other_no_fee",
        "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        Group.OTHER,
        2,
        "fee_unpaid",
    ),
    _d("other_other", "其他", Group.OTHER, 3, "withdrawn", "other"),
)
DISPOSITION_BY_KEY: dict[str, Disposition] = {d.key: d for d in DISPOSITIONS}
DISPOSITION_KEYS: tuple[str, ...] = tuple(d.key for d in DISPOSITIONS)


@dataclass(frozen=True)
class DispositionMapping:
    """The unverified basis → row entries (rules.md §1.11, §7), with their defaults."""

    already_published: str = "granted"  # 第三十六条第（一）项, [R]
    does_not_exist: str = "unable_not_held"  # 第三十六条第（四）项, [D/R]
    not_responsible: str = "unable_not_held"  # 第三十六条第（五）项, [D/R]

    def __post_init__(self) -> None:
        for name in ("already_published", "does_not_exist", "not_responsible"):
            value = getattr(self, name)
            if value not in DISPOSITION_BY_KEY:
                raise ValueError(f"DispositionMapping.{name}: {value!r} is not a table 三 row key")

    def configurable(self) -> dict[str, str]:
        return {
            "art36_1": self.already_published,
            "art36_4": self.does_not_exist,
            "art36_5": self.not_responsible,
        }


DEFAULT_MAPPING = DispositionMapping()


def bases_for(disposition: str, mapping: DispositionMapping = DEFAULT_MAPPING) -> tuple[LegalBasis, ...]:
    """The legal bases a case officer may pick for this disposition (fixed ones first)."""
    row = DISPOSITION_BY_KEY[disposition]
    extra = [basis for basis, target in mapping.configurable().items() if target == disposition]
    return tuple(BASES[key] for key in (*row.bases, *extra))


def disposition_for(basis: str, mapping: DispositionMapping = DEFAULT_MAPPING) -> str:
    """The table 三 row a legal basis is counted in; raises KeyError for an unknown basis."""
    configured = mapping.configurable()
    if basis in configured:
        return configured[basis]
    if basis not in BASES:
        raise KeyError(f"unknown legal basis {basis!r}")
    return next(d.key for d in DISPOSITIONS if basis in d.bases)


class ApplicantKind(StrEnum):
    """The six applicant columns of table 三 (申请人情况)."""

    NATURAL_PERSON = "natural_person"
    COMMERCIAL = "commercial"
    RESEARCH = "research"
    SOCIAL_WELFARE = "social_welfare"
    LEGAL_SERVICE = "legal_service"
    OTHER_ORG = "other_org"

    @property
    def label(self) -> str:
        return APPLICANT_LABELS[self]

    @property
    def is_organisation(self) -> bool:
        # Every column but 自然人 sits under the band 法人或其他组织.
        return self is not ApplicantKind.NATURAL_PERSON


APPLICANT_LABELS: dict[ApplicantKind, str] = {
    ApplicantKind.NATURAL_PERSON: "自然人",
    ApplicantKind.COMMERCIAL: "商业企业",
    ApplicantKind.RESEARCH: "科研机构",
    ApplicantKind.SOCIAL_WELFARE: "社会公益组织",
    ApplicantKind.LEGAL_SERVICE: "法律服务机构",
    ApplicantKind.OTHER_ORG: "其他",
}
ORGANISATION_BAND = "法人或其他组织"
