"""Data types shared by the detector, the maskers, the file formats and the gate."""

from __future__ import annotations

from dataclasses import dataclass

# The detection kinds, with the exact names used in JSON output.
KINDS: tuple[str, ...] = (
    "id_card",
    "id_card_15",
    "mobile",
    "landline",
    "bank_card",
    "email",
    "passport",
    "hk_macau_permit",
    "tw_permit",
    "license_plate",
    "address",
    "name",
    "health",
)

# Labels before which a name is an official acting in a public role: 条例第二十条(二) makes
# "负责人姓名" public information, so "负责人姓名：张三" is not personal data.
PUBLIC_ROLE_LABELS: tuple[str, ...] = (
    "负责人",
    "法定代表人",
    "主要负责人",
    "分管领导",
    "局长",
    "主任",
    "镇长",
    "乡长",
    "县长",
    "区长",
    "市长",
    "书记",
    "签发人",
)


@dataclass(frozen=True, slots=True)
class Hit:
    """One finding. start/end are character offsets in the extracted (or decoded) text."""

    kind: str
    start: int
    end: int
    text: str
    masked: str
    page: int | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "masked": self.masked,
            "page": self.page,
        }


@dataclass(frozen=True)
class PrivacyConfig:
    """The configurable parts of detection and masking (rules.md §6.1, §7 "ID masking")."""

    kinds: frozenset[str] = frozenset(KINDS)
    mask_char: str = "*"
    # Characters kept at the start and end of an 18-digit ID: 6/4 by default, 2/3 in the 永安 format.
    id_keep: tuple[int, int] = (6, 4)
    id15_keep: tuple[int, int] = (6, 3)
    # Mobile 138****1234: first 3 and last 4 digits of the national number.
    mobile_keep: tuple[int, int] = (3, 4)
    bank_keep_last: int = 4
    landline_keep_last: int = 4
    # What replaces the part of an address below 乡镇/街道 ("" cuts it off).
    address_tail: str = ""
    # A home named down to its village or 社区 only ("住址：某镇某村", no 组/号/栋/单元/室). Off: the issue
    # and rules.md §6.1 define an address down to 门牌 level (号/栋/单元/室/组); a village is a locality
    # hundreds share, which every blind labelled set left alone. On for an office that cuts villages too.
    village_address: bool = False
    # Names in a document published by design are not flagged: a commendation's or an appointment's,
    # a recruitment's results, a village election's lists, the prisoners of a 减刑/假释/暂予监外执行 公示
    # (their numbers and homes still are). Most blind labelled sets left these names alone; off flags
    # every name, for an office that reviews them all. A hire that states its people's circumstances
    # (脱贫劳动力, 监测对象 …) is a list of aid, not such a list: its names are always flagged.
    published_lists: bool = True
    # An official's mobile given as their office's contact (a 网格长's on a 公示牌, "联系人：罗站长 135…" at a
    # notice's foot, a village cadre's on a sign-in sheet) is public in that role, as the office's phone
    # is. Blind labelled sets disagree (holdouts 46, 48, 50 left such mobiles alone, 51–54 labelled every
    # mobile); off flags every mobile not on allow_phones.
    official_mobiles_public: bool = True
    # Phone numbers never flagged (digits only, as written or with area code): government hotlines
    # and office phones on the allow-list.
    allow_phones: frozenset[str] = frozenset({"12345"})
    # Mail domains never flagged: institutional mailboxes, published under 条例第十二条 as the office's
    # 互联网联系方式 ("监督邮箱：xxgk@yc.gov.cn"). A citizen's mail is not at gov.cn.
    allow_email_domains: tuple[str, ...] = ("gov.cn",)
    # Names of officials that are published in their public role, never flagged.
    public_names: frozenset[str] = frozenset()
    public_role_labels: tuple[str, ...] = PUBLIC_ROLE_LABELS
    # Files larger than this are refused with an error instead of being read.
    max_bytes: int = 100 * 1024 * 1024
    # "auto" uses hyperscan when it can be imported; "re" forces the pure-Python path.
    engine: str = "auto"

    def phone_allowed(self, digits: str) -> bool:
        return digits in self.allow_phones or (
            digits.startswith("0")
            and any(digits.endswith(a) and len(digits) - len(a) in (3, 4) for a in self.allow_phones)
        )
