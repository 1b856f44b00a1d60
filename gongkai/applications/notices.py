"""告知书 (.docx) for a case: 补正, extension, consultation (征求意见书), fee notice, the reply for each
disposition, and the two 终止处理 notices.

The wording is a template: a title and a body with named placeholders (`{申请人}`, `{补正期限}` …, see
PLACEHOLDERS), one paragraph per line. Templates are data (NoticeTemplate), edited by an office admin
as immutable versions, per organisation (a unit's override) or per region (the 政府办公室's region-wide
default); without any row the built-in wording below (BUILTIN) is used. Lookup order for a case of
organisation O: O's own template → the default of O's region → of each region above it → built-in.
For the reply, within each level a template for the exact disposition wins over one for its group.

Substitution is a single regex pass over `{name}` tokens (no str.format, no Django template language):
a template can only name the values in PLACEHOLDERS, never reach an attribute of an object.

The services issue the notice of a step inside the step's transaction (`issue()`), so a case cannot be
"awaiting 补正" without its 补正告知书. A Notice (FileField + sha256 + template version) is never
overwritten: `generate()` issues a further one (a correction is a new notice).

Files: the .docx is written to storage under a content-addressed name (…/<kind>-<sha256>.docx) before
the row is saved. If the transaction rolls back, the row disappears and the file stays on disk, unused
and harmless; the same bytes issued again reuse it.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from gongkai.audit.events import record
from gongkai.audit.models import EventKind
from gongkai.law.dispositions import BASES, DISPOSITION_BY_KEY, DISPOSITIONS, GROUP_LABELS, Group

from .models import (
    Application,
    CaseEvent,
    CaseEventKind,
    DispositionChoices,
    Notice,
    NoticeKind,
    NoticeTemplate,
)
from .workflow import TransitionError

if TYPE_CHECKING:
    from gongkai.organisations.models import Organisation, Region

log = logging.getLogger(__name__)

REGULATION = "《中华人民共和国政府信息公开条例》"
FEE_RULES = "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）"

MAX_TITLE = 100
MAX_BODY = 10000

K = NoticeKind
ALL_KINDS = frozenset(K.values)
FINAL_KINDS = frozenset({K.REPLY, K.NO_CORRECTION, K.NO_FEE})


class TemplateError(Exception):
    """A template that cannot be saved or used; `.messages` are Chinese, one per problem."""

    def __init__(self, messages: list[str]):
        super().__init__("；".join(messages))
        self.messages = messages


# --- placeholders ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Placeholder:
    name: str
    help: str
    kinds: frozenset[str]
    sample: str


def _p(name: str, help: str, sample: str, kinds: Iterable[str] = ALL_KINDS) -> Placeholder:
    return Placeholder(name, help, frozenset(kinds), sample)


PLACEHOLDERS: tuple[Placeholder, ...] = (
    # The 征求意见书 goes to a third party: it must not carry the applicant's name (个人信息).
    _p("申请人", "申请人姓名或名称", "张三", ALL_KINDS - {K.CONSULTATION}),
    _p("受理编号", "申请的受理编号", "利通区政府〔2024〕依申请第8号"),
    _p("收到日期", "收到申请之日（条例第三十一条）", "2024年9月27日"),
    _p("申请内容", "申请公开的政府信息内容描述", "2024年利通区城市道路维修项目的招标文件"),
    _p("机关名称", "作出告知的机关全称（落款）", "吴忠市利通区人民政府"),
    _p("文书日期", "告知书的日期", "2024年10月9日"),
    _p("答复期限", "当前的答复期限（延期后为新期限）", "2024年11月13日"),
    _p("条例", "条例全称", REGULATION),
    _p("补正事项", "需要补正的事项（条例第三十条）", "请写明道路名称和项目年度", {K.CORRECTION}),
    _p("补正期限", "申请人应作出补正的期限", "2024年10月29日", {K.CORRECTION, K.NO_CORRECTION}),
    _p("延期天数", "延长的工作日数（条例第三十三条第二款）", "10", {K.EXTENSION}),
    _p("延期理由", "延期答复的理由", "需调取档案", {K.EXTENSION}),
    _p("原答复期限", "延期前的答复期限", "2024年10月30日", {K.EXTENSION}),
    _p("被征求意见方", "被征求意见的第三方或机关", "某建设有限公司", {K.CONSULTATION}),
    _p("征求意见条款", "第三十二条（第三方）或第三十四条（共同制作机关）", "第三十二条", {K.CONSULTATION}),
    _p(
        "逾期后果",
        "被征求意见方逾期未提出意见的后果（第三十二条、第三十四条不同）",
        "逾期未提出意见的，由本机关依照条例的规定决定是否公开",
        {K.CONSULTATION},
    ),
    _p("意见期限", "被征求意见方提出意见的期限（15个工作日）", "2024年10月29日", {K.CONSULTATION}),
    _p("收费方式", "按件计收或按量计收", "按量计收", {K.FEE}),
    _p("计费数量", "页数或件次", "50", {K.FEE}),
    _p("费用", "信息处理费金额（元，不含“元”字）", "200.00", {K.FEE}),
    _p("缴费期限", "申请人应缴费的期限", "2024年11月11日", {K.FEE, K.NO_FEE}),
    _p("收费依据", "信息处理费的依据", FEE_RULES, {K.FEE, K.NO_FEE}),
    _p("答复日期", "作出答复的日期", "2024年10月18日", {K.REPLY}),
    _p("办理结果", "办理结果（年度报告表三的行）", "属于国家秘密", {K.REPLY}),
    _p(
        "法律依据",
        "答复依据的条文全称，如“《中华人民共和国政府信息公开条例》第十四条”",
        REGULATION + "第十四条",
        {K.REPLY},
    ),
    _p("理由", "答复依据的情形", "依法确定为国家秘密", {K.REPLY}),
    _p("答复内容", "承办人填写的答复内容（可为空，为空时所在段落省略）", "", {K.REPLY}),
    _p(
        "负责公开机关",
        "负责公开该信息的机关（条例第三十六条第（五）项）",
        "吴忠市自然资源局利通分局",
        {K.REPLY},
    ),
    _p("负责公开机关联系方式", "该机关的联系方式", "0953-1234567", {K.REPLY}),
    _p(
        "负责公开机关说明",
        "“该信息由……负责公开，联系方式：……。”（没有时为空，所在段落省略）",
        "该信息由吴忠市自然资源局利通分局负责公开，联系方式：0953-1234567。",
        {K.REPLY},
    ),
    _p("复议机关", "行政复议机关（行政复议法第二十四条）", "吴忠市人民政府", ALL_KINDS - {K.CONSULTATION}),
)
PLACEHOLDER_BY_NAME: dict[str, Placeholder] = {p.name: p for p in PLACEHOLDERS}

# Without these a notice misses what the law requires it to say.
REQUIRED: dict[str, tuple[str, ...]] = {
    K.CORRECTION: ("补正事项", "补正期限"),  # 条例第三十条: 需要补正的事项和合理的补正期限
    K.EXTENSION: ("延期天数", "答复期限"),  # 条例第三十三条第二款
    K.CONSULTATION: ("意见期限",),  # 条例第三十二条: 15个工作日
    K.FEE: ("费用", "缴费期限"),  # 国办函〔2020〕109号: 数额、缴纳期限
    # 条例第三十六条: the reply states its basis; 行政复议法: a decision states how to appeal it.
    K.REPLY: ("法律依据", "复议机关"),
    K.NO_CORRECTION: ("复议机关",),
    K.NO_FEE: ("复议机关",),
}


def placeholders_for(kind: str) -> list[Placeholder]:
    return [p for p in PLACEHOLDERS if kind in p.kinds]


# --- variants (which reply a template is for) -----------------------------------------------------------

GROUP_VARIANTS: dict[Group, str] = {
    Group.GRANTED: "group_granted",
    Group.PARTIAL: "group_partial",
    Group.WITHHELD: "group_withheld",
    Group.UNABLE: "group_unable",
    Group.REJECTED: "group_rejected",
    Group.OTHER: "group_other",
}
# 逾期不补正 / 逾期未缴费 have their own notices (NO_CORRECTION, NO_FEE), never a reply.
_OWN_NOTICE = frozenset({DispositionChoices.OTHER_NO_CORRECTION, DispositionChoices.OTHER_NO_FEE})


_GROUP_SHORT: dict[Group, str] = {g: GROUP_LABELS[g].split("（区分")[0] for g in Group}


def variants_for(kind: str) -> list[tuple[str, str]]:
    """(variant, label) of a kind's templates: one for most kinds, per group/disposition for the reply."""
    if kind != K.REPLY:
        return [("", "")]
    out: list[tuple[str, str]] = []
    for group, variant in GROUP_VARIANTS.items():
        out.append((variant, f"{_GROUP_SHORT[group]}（该类通用）"))
        out.extend(
            (d.key, DispositionChoices(d.key).label)
            for d in DISPOSITIONS
            if d.group is group and d.key not in _OWN_NOTICE
        )
    return out


def variant_label(kind: str, variant: str) -> str:
    return dict(variants_for(kind)).get(variant, variant)


def candidates(kind: str, variant: str) -> list[str]:
    """The variants to look for, most specific first: a disposition, then its group."""
    if kind != K.REPLY or variant.startswith("group_"):
        return [variant]
    return [variant, GROUP_VARIANTS[DISPOSITION_BY_KEY[variant].group]]


# --- built-in wording -----------------------------------------------------------------------------------

_OPENING = (
    "本机关于{收到日期}收到你（单位）提出的政府信息公开申请（受理编号：{受理编号}），申请获取：{申请内容}。"
)
_APPEAL = (
    "如对本告知不服，可以自收到本告知书之日起60日内向{复议机关}申请行政复议，"
    "或者自收到本告知书之日起6个月内向人民法院提起行政诉讼。"
)
_END = "特此告知。"


def _body(*paragraphs: str) -> str:
    return "\n".join(paragraphs)


def _reply(*paragraphs: str) -> str:
    return _body(_OPENING, *paragraphs, "{答复内容}", _APPEAL, _END)


_REPLY_TITLE = "政府信息公开申请答复告知书"
_STOP_TITLE = "政府信息公开申请终止处理告知书"

BUILTIN: dict[tuple[str, str], tuple[str, str]] = {
    (K.CORRECTION, ""): (
        "政府信息公开申请补正告知书",
        _body(
            _OPENING,
            "经审查，你（单位）的申请内容不明确。根据{条例}第三十条的规定，请你（单位）"
            "于{补正期限}前对下列事项作出补正：{补正事项}",
            "答复期限自本机关收到补正的申请之日起计算。无正当理由逾期不补正的，视为放弃申请，"
            "本机关不再处理该政府信息公开申请。",
            _END,
        ),
    ),
    (K.EXTENSION, ""): (
        "政府信息公开申请延期答复告知书",
        _body(
            _OPENING,
            "因{延期理由}，本机关不能在规定期限内作出答复。根据{条例}第三十三条第二款的规定，"
            "经本机关政府信息公开工作机构负责人同意，答复期限延长{延期天数}个工作日，"
            "本机关将于{答复期限}前作出答复。",
            _END,
        ),
    ),
    (K.CONSULTATION, ""): (
        "政府信息公开征求意见书",
        _body(
            "本机关于{收到日期}收到政府信息公开申请（受理编号：{受理编号}），申请获取：{申请内容}。"
            "该信息可能涉及你方，根据{条例}{征求意见条款}的规定，现书面征求你方意见。",
            "请于收到本征求意见书之日起15个工作日内（{意见期限}前）提出书面意见。{逾期后果}。",
            "特此函告。",
        ),
    ),
    (K.FEE, ""): (
        "政府信息公开信息处理费缴费通知书",
        _body(
            _OPENING,
            "根据{条例}第四十二条和{收费依据}的规定，你（单位）的申请应当{收费方式}信息处理费，"
            "计费数量{计费数量}，金额{费用}元。",
            "请于收到本通知次日起20个工作日内（{缴费期限}前）缴纳。逾期未缴纳的，视为放弃申请，"
            "本机关不再处理该政府信息公开申请。",
            _END,
        ),
    ),
    (K.REPLY, GROUP_VARIANTS[Group.GRANTED]): (
        _REPLY_TITLE,
        _reply("经审查，根据{法律依据}的规定，本机关决定予以公开。"),
    ),
    (K.REPLY, GROUP_VARIANTS[Group.PARTIAL]): (
        _REPLY_TITLE,
        _reply(
            "经审查，你（单位）申请的信息中含有不应当公开的内容，但能够作区分处理。根据{法律依据}的规定，"
            "本机关向你（单位）提供可以公开的信息内容，并对不予公开的内容说明理由。"
        ),
    ),
    (K.REPLY, GROUP_VARIANTS[Group.WITHHELD]): (
        _REPLY_TITLE,
        _reply("经审查，你（单位）申请的信息{理由}。根据{法律依据}的规定，本机关决定不予公开。"),
    ),
    (K.REPLY, GROUP_VARIANTS[Group.UNABLE]): (
        _REPLY_TITLE,
        _reply("经审查，{理由}。根据{法律依据}的规定，本机关无法提供。", "{负责公开机关说明}"),
    ),
    (K.REPLY, GROUP_VARIANTS[Group.REJECTED]): (
        _REPLY_TITLE,
        _reply("经审查，你（单位）的申请属于“{办理结果}”的情形。根据{法律依据}的规定，本机关不予处理。"),
    ),
    (K.REPLY, GROUP_VARIANTS[Group.OTHER]): (
        _REPLY_TITLE,
        _reply("经审查，{理由}。根据{法律依据}的规定，本机关不再处理该申请。"),
    ),
    (K.NO_CORRECTION, ""): (
        _STOP_TITLE,
        _body(
            _OPENING,
            "你（单位）无正当理由逾期未作出补正。根据{条例}第三十条的规定，视为放弃申请，"
            "本机关不再处理该政府信息公开申请。",
            _APPEAL,
            _END,
        ),
    ),
    (K.NO_FEE, ""): (
        _STOP_TITLE,
        _body(
            _OPENING,
            "你（单位）逾期未按收费通知要求缴纳信息处理费。根据{收费依据}的规定，视为放弃申请，"
            "本机关不再处理该政府信息公开申请。",
            _APPEAL,
            _END,
        ),
    ),
}


def builtin_version(title: str, body: str) -> str:
    return "builtin-" + hashlib.sha256(f"{title}\n{body}".encode()).hexdigest()[:12]


# --- parsing, validation, substitution ------------------------------------------------------------------

# "{{" and "}}" are literal braces; "{name}" a placeholder; any other brace is an error.
_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}\n]*)\}|[{}]")
# Characters python-docx (XML 1.0) cannot store; also kept out of templates.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def placeholder_names(text: str) -> tuple[list[str], bool]:
    """The placeholder names in `text`, and whether it has an unpaired brace."""
    names: list[str] = []
    stray = False
    for m in _TOKEN.finditer(text):
        token = m.group(0)
        if token in ("{{", "}}"):
            continue
        if m.group(1) is None:
            stray = True
        else:
            names.append(m.group(1))
    return names, stray


def check_template(kind: str, variant: str, title: str, body: str) -> list[str]:
    """The problems of a template (Chinese, one per line), empty when it can be saved."""
    if kind not in ALL_KINDS:
        return [f"未知的文书类型：{kind}"]
    if variant not in dict(variants_for(kind)):
        return [f"未知的适用办理结果：{variant}"]
    label = K(kind).label
    errors: list[str] = []
    if not title.strip():
        errors.append("标题不能为空")
    elif len(title) > MAX_TITLE:
        errors.append(f"标题不能超过 {MAX_TITLE} 字")
    elif "{" in title or "}" in title:
        errors.append("标题不能包含占位符或花括号")
    if not body.strip():
        errors.append("正文不能为空")
        return errors
    if len(body) > MAX_BODY:
        errors.append(f"正文不能超过 {MAX_BODY} 字")
    if _CONTROL.search(body) or _CONTROL.search(title):
        errors.append("模板中含有不可见的控制字符，请删除后重试")
    names, stray = placeholder_names(body)
    if stray:
        errors.append("花括号不配对：占位符应写成 {名称}；如需字面的花括号，请写成 {{ 或 }}")
    unknown = [n for n in dict.fromkeys(names) if n not in PLACEHOLDER_BY_NAME]
    if unknown:
        known = "、".join(f"{{{p.name}}}" for p in placeholders_for(kind))
        errors.append(f"未知的占位符：{'、'.join(f'{{{n}}}' for n in unknown)}。{label}可用的占位符：{known}")
    misplaced = [
        n
        for n in dict.fromkeys(names)
        if n in PLACEHOLDER_BY_NAME and kind not in PLACEHOLDER_BY_NAME[n].kinds
    ]
    if misplaced:
        errors.append(f"{label}不能使用占位符：{'、'.join(f'{{{n}}}' for n in misplaced)}")
    missing = [n for n in REQUIRED.get(kind, ()) if n not in names]
    if missing:
        errors.append(f"{label}必须包含占位符：{'、'.join(f'{{{n}}}' for n in missing)}")
    return errors


def substitute(text: str, values: dict[str, str]) -> str:
    """One pass over the tokens; a value is inserted as is and never scanned again."""

    def repl(m: re.Match[str]) -> str:
        token = m.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        name = m.group(1)
        if name is None or name not in values:
            raise TemplateError([f"模板无法使用：{token}"])
        return values[name]

    return _TOKEN.sub(repl, text)


def fill(body: str, values: dict[str, str]) -> list[str]:
    """The paragraphs: one per line; a line that comes out empty (an empty optional value) is left out."""
    out = []
    for line in body.splitlines():
        text = _CONTROL.sub("", substitute(line, values)).strip()
        if text:
            out.append(text)
    return out


# --- which template applies -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Scope:
    """Where a template applies: one organisation, or every organisation of a region (and below)."""

    organisation: Organisation | None = None
    region: Region | None = None

    @property
    def key(self) -> str:
        if self.organisation is not None:
            return f"org-{self.organisation.pk}"
        assert self.region is not None
        return f"region-{self.region.pk}"

    @property
    def label(self) -> str:
        if self.organisation is not None:
            return self.organisation.name
        assert self.region is not None
        return f"{self.region.name}全区默认"

    def filter(self) -> dict[str, Any]:
        if self.organisation is not None:
            return {"organisation": self.organisation, "region__isnull": True}
        return {"region": self.region, "organisation__isnull": True}


def parse_scope(key: str) -> Scope | None:
    from gongkai.organisations.models import Organisation, Region

    prefix, _, pk = key.partition("-")
    if not pk.isdigit() or len(pk) > 12:
        return None
    if prefix == "org":
        org = Organisation.objects.filter(pk=int(pk)).select_related("region").first()
        return Scope(organisation=org) if org else None
    if prefix == "region":
        region = Region.objects.filter(pk=int(pk)).first()
        return Scope(region=region) if region else None
    return None


@dataclass(frozen=True)
class Resolved:
    title: str
    body: str
    template: NoticeTemplate | None  # None: built-in
    version: str  # "v3" or "builtin-…"
    source: str  # for people: "吴忠市利通区教育局 第2版", "利通区全区默认 第1版", "内置"


def _region_chain(region: Region | None) -> list[Region]:
    chain: list[Region] = []
    while region is not None and len(chain) < 10:
        chain.append(region)
        region = region.parent
    return chain


def levels(scope: Scope) -> list[Scope]:
    """The scopes consulted for a notice at `scope`, nearest first (built-in comes after them)."""
    if scope.organisation is not None:
        return [scope] + [Scope(region=r) for r in _region_chain(scope.organisation.region)]
    return [Scope(region=r) for r in _region_chain(scope.region)]


def latest(scope: Scope, kind: str, variant: str) -> NoticeTemplate | None:
    return (
        NoticeTemplate.objects.filter(**scope.filter(), kind=kind, variant=variant)
        .order_by("-version")
        .first()
    )


def _usable(row: NoticeTemplate) -> bool:
    # Validated on save; a later code change (a placeholder renamed) must not block a transition.
    problems = check_template(row.kind, row.variant, row.title, row.body)
    if problems:
        log.warning("notice template %s unusable, falling back: %s", row.pk, problems)
    return not problems


def resolve(scope: Scope, kind: str, variant: str, *, skip_own: bool = False) -> Resolved:
    """The wording at `scope`: its own template, its region's default, a region above, built-in. Within
    one level the exact disposition wins over its group. `skip_own` ignores `scope`'s own template for
    exactly this variant (what the editor inherits)."""
    chain = levels(scope)
    variants = candidates(kind, variant)
    orgs = [lv.organisation for lv in chain if lv.organisation is not None]
    regions = [lv.region for lv in chain if lv.region is not None]
    rows = NoticeTemplate.objects.filter(kind=kind, variant__in=variants).filter(
        Q(organisation__in=orgs) | Q(region__in=regions)
    )
    newest: dict[tuple[str, str], NoticeTemplate] = {}
    for row in rows.order_by("version"):
        where = f"org-{row.organisation_id}" if row.organisation_id else f"region-{row.region_id}"
        newest[(where, row.variant)] = row
    for level in chain:
        for candidate in variants:
            if skip_own and level.key == scope.key and candidate == variant:
                continue
            found = newest.get((level.key, candidate))
            if found is not None and found.active and _usable(found):
                return Resolved(
                    found.title, found.body, found, f"v{found.version}", f"{level.label} 第{found.version}版"
                )
    for candidate in variants:
        if (kind, candidate) in BUILTIN:
            title, body = BUILTIN[(kind, candidate)]
            return Resolved(title, body, None, builtin_version(title, body), "内置")
    raise TemplateError([f"没有{K(kind).label}的模板"])  # pragma: no cover - BUILTIN covers every kind


def save_template(
    scope: Scope,
    kind: str,
    variant: str,
    *,
    title: str,
    body: str,
    actor: Any,
    note: str = "",
    base_version: int | None = None,
    active: bool = True,
) -> NoticeTemplate:
    """Add a version (validated, audited). `base_version` is the version the editor started from (0 for
    none): if someone saved meanwhile, refuse rather than silently replace their text."""
    if active:
        problems = check_template(kind, variant, title, body)
        if problems:
            raise TemplateError(problems)
    elif kind not in ALL_KINDS or variant not in dict(variants_for(kind)):
        raise TemplateError(["未知的文书类型或适用办理结果"])
    with transaction.atomic():
        current = latest(scope, kind, variant)
        current_version = current.version if current else 0
        if base_version is not None and base_version != current_version:
            raise TemplateError([f"该模板已被他人修改（现为第{current_version}版），请刷新页面后重试"])
        if not active and (current is None or not current.active):
            raise TemplateError(["本级没有在用的模板，无需恢复"])
        try:
            with transaction.atomic():
                row = NoticeTemplate.objects.create(
                    organisation=scope.organisation,
                    region=scope.region,
                    kind=kind,
                    variant=variant,
                    version=current_version + 1,
                    active=active,
                    title=title.strip() if active else "",
                    body=body.replace("\r\n", "\n").strip() if active else "",
                    note=note.strip()[:200],
                    created_by=actor if getattr(actor, "is_authenticated", False) else None,
                )
        except IntegrityError:
            raise TemplateError(["该模板刚被他人修改，请刷新页面后重试"]) from None
        record(
            EventKind.NOTICE_TEMPLATE_CHANGED,
            actor=actor,
            organisation=scope.organisation or _office_of(scope.region),
            obj=row,
            details={
                "scope": scope.key,
                "kind": kind,
                "variant": variant,
                "version": row.version,
                "previous_version": current_version or None,
                "active": active,
                "sha256": hashlib.sha256(f"{row.title}\n{row.body}".encode()).hexdigest(),
                "note": row.note,
            },
        )
    return row


def _office_of(region: Region | None) -> Organisation | None:
    from gongkai.organisations.models import Organisation

    if region is None:
        return None
    return Organisation.objects.filter(region=region, kind=Organisation.Kind.OFFICE).order_by("pk").first()


# --- values of a case -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class NoticeText:
    title: str
    addressee: str
    paragraphs: tuple[str, ...]
    template: NoticeTemplate | None = None
    template_version: str = ""


def cn_date(day: date | str | None) -> str:
    if day is None or day == "":
        return "____年__月__日"
    value = date.fromisoformat(day) if isinstance(day, str) else day
    return f"{value.year}年{value.month}月{value.day}日"


def _last_event(app: Application, kind: CaseEventKind) -> CaseEvent:
    event = CaseEvent.objects.filter(application=app, kind=kind).order_by("-on", "-id").first()
    if event is None:
        raise TransitionError(f"本申请没有“{kind.label}”的办理记录，不能生成该文书")
    return event


def appeal_authority(org: Organisation) -> str:
    # 行政复议法（2023年修订）第二十四条: the 本级人民政府 for a department (or office, township), the
    # government one level up for a people's government.
    from gongkai.organisations.models import Organisation

    region = org.region.parent if org.kind == Organisation.Kind.GOVERNMENT else org.region
    government = (
        Organisation.objects.filter(kind=Organisation.Kind.GOVERNMENT, region=region)
        .exclude(pk=org.pk)
        .first()
        if region is not None
        else None
    )
    if government is not None:
        return government.name
    return org.parent.name if org.parent_id is not None and org.parent else "有管辖权的行政复议机关"


def _citation(basis_key: str) -> str:
    basis = BASES.get(basis_key)
    # "条例第三十六条第（二）项" → "《中华人民共和国政府信息公开条例》第三十六条第（二）项"
    if basis and basis.citation.startswith("条例"):
        return REGULATION + basis.citation.removeprefix("条例")
    return REGULATION


def values_for(app: Application, kind: str, issued_on: date) -> dict[str, str]:
    """Every placeholder of `kind`, from the case and its CaseEvents (raises if the step was not taken)."""
    org = app.organisation
    v: dict[str, str] = {
        "申请人": app.applicant_name,
        "受理编号": app.number,
        "收到日期": cn_date(app.received_on),
        "申请内容": app.information_sought,
        "机关名称": org.name,
        "文书日期": cn_date(issued_on),
        "答复期限": cn_date(app.due_on),
        "条例": REGULATION,
    }
    if kind != K.CONSULTATION:
        v["复议机关"] = appeal_authority(org)
    if kind in (K.CORRECTION, K.NO_CORRECTION):
        if kind == K.NO_CORRECTION:
            _last_event(app, CaseEventKind.ABANDONED)
        event = _last_event(app, CaseEventKind.CORRECTION_REQUESTED)
        v["补正期限"] = cn_date(event.details.get("deadline"))
        if kind == K.CORRECTION:
            v["补正事项"] = str(event.details.get("items", ""))
    elif kind == K.EXTENSION:
        event = _last_event(app, CaseEventKind.EXTENDED)
        v["延期天数"] = str(event.details.get("days", ""))
        v["延期理由"] = str(event.details.get("reason", ""))
        v["原答复期限"] = cn_date(event.details.get("original_due"))
    elif kind == K.CONSULTATION:
        del v["申请人"]
        event = _last_event(app, CaseEventKind.CONSULTATION_STARTED)
        agency = event.details.get("party_kind") == "agency"
        v["被征求意见方"] = str(event.details.get("party", ""))
        v["征求意见条款"] = "第三十四条" if agency else "第三十二条"
        # 第三十四条: a co-producing agency's silence is consent; 第三十二条: the agency decides.
        v["逾期后果"] = (
            "逾期未提出意见的，视为同意公开"
            if agency
            else "逾期未提出意见的，由本机关依照条例的规定决定是否公开"
        )
        v["意见期限"] = cn_date(event.details.get("opinion_due"))
    elif kind in (K.FEE, K.NO_FEE):
        if kind == K.NO_FEE:
            _last_event(app, CaseEventKind.FEE_UNPAID)
        event = _last_event(app, CaseEventKind.FEE_NOTICE)
        v["缴费期限"] = cn_date(event.details.get("payment_due"))
        v["收费依据"] = FEE_RULES
        if kind == K.FEE:
            v["收费方式"] = "按件计收" if event.details.get("method") == "per_application" else "按量计收"
            v["计费数量"] = str(event.details.get("quantity", ""))
            v["费用"] = str(event.details.get("amount", ""))
    elif kind == K.REPLY:
        if not app.disposition or app.replied_on is None:
            raise TransitionError("本申请尚未作出答复，不能生成答复告知书")
        row = DISPOSITION_BY_KEY[app.disposition]
        basis = BASES.get(app.legal_basis)
        v["答复日期"] = cn_date(app.replied_on)
        v["办理结果"] = row.label
        v["法律依据"] = _citation(app.legal_basis)
        v["理由"] = basis.summary if basis else row.label
        v["答复内容"] = app.reply_text.strip()
        v["负责公开机关"] = app.holding_agency
        v["负责公开机关联系方式"] = app.holding_agency_contact
        explain = ""
        if app.holding_agency:
            contact = f"，联系方式：{app.holding_agency_contact}" if app.holding_agency_contact else ""
            explain = f"该信息由{app.holding_agency}负责公开{contact}。"
        v["负责公开机关说明"] = explain
    elif kind not in ALL_KINDS:
        raise TransitionError(f"未知的文书类型：{kind!r}")
    return v


def sample_values(kind: str, scope: Scope) -> dict[str, str]:
    """Values of a made-up case, for the editor's preview."""
    values = {p.name: p.sample for p in placeholders_for(kind)}
    org = scope.organisation or _office_of(scope.region)
    if org is not None:
        values["机关名称"] = org.name
        if "复议机关" in values:
            values["复议机关"] = appeal_authority(org)
    values["文书日期"] = cn_date(timezone.localdate())
    return values


def compose(app: Application, kind: str, issued_on: date | None = None) -> NoticeText:
    """The notice's text: the applicable template filled with the case's values."""
    if kind not in ALL_KINDS:
        raise TransitionError(f"未知的文书类型：{kind!r}")
    day = issued_on or timezone.localdate()
    values = values_for(app, kind, day)
    variant = app.disposition if kind == K.REPLY else ""
    resolved = resolve(Scope(organisation=app.organisation), kind, variant)
    addressee = values["被征求意见方"] if kind == K.CONSULTATION else app.applicant_name
    return NoticeText(
        resolved.title, addressee, tuple(fill(resolved.body, values)), resolved.template, resolved.version
    )


def preview(kind: str, title: str, body: str, scope: Scope) -> list[str]:
    """The template rendered against the sample case, as the lines of the notice (title … seal block)."""
    values = sample_values(kind, scope)
    addressee = values.get("被征求意见方") if kind == K.CONSULTATION else values.get("申请人")
    return [
        title,
        values["受理编号"],
        f"{addressee}：",
        *fill(body, values),
        "",
        values["机关名称"],
        "（盖章）",
        values["文书日期"],
    ]


# --- the document ---------------------------------------------------------------------------------------


def render(app: Application, text: NoticeText, issued_on: date) -> bytes:
    """The .docx bytes: title, number, addressee, body, seal block."""
    doc = Document()
    style = doc.styles["Normal"]
    style.font.size = Pt(14)
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(text.title)
    run.bold = True
    run.font.size = Pt(20)
    number = doc.add_paragraph(f"{app.number}")
    number.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(_CONTROL.sub("", f"{text.addressee}："))
    for para in text.paragraphs:
        doc.add_paragraph(para).paragraph_format.first_line_indent = Pt(28)
    for line in ("", f"{app.organisation.name}", "（盖章）", cn_date(issued_on)):
        doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    props = doc.core_properties
    props.title = text.title
    props.author = app.organisation.name
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _store(app: Application, kind: str, data: bytes, digest: str) -> str:
    """Write the file under a content-addressed name; reuse it when the same bytes are already there
    (left by a rolled-back transaction, or an identical re-issue)."""
    storage = Notice._meta.get_field("file").storage
    name = f"notices/{app.organisation_id}/{app.pk}/{kind}-{digest}.docx"
    if storage.exists(name):
        with storage.open(name, "rb") as handle:
            if hashlib.sha256(handle.read()).hexdigest() == digest:
                return name
    # A clash with different bytes (tampering): FileSystemStorage picks a fresh name, never overwrites.
    saved: str = storage.save(name, ContentFile(data))
    return saved


def issue(app: Application, kind: str, *, actor: Any, issued_on: date) -> Notice:
    """Compose, render and store a notice with its sha256 and template version; audited. Must run
    inside the transaction of the step that requires it (the services call it)."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("notices.issue() must run inside the transaction of its step")
    text = compose(app, kind, issued_on)
    data = render(app, text, issued_on)
    digest = hashlib.sha256(data).hexdigest()
    notice = Notice(
        application=app,
        kind=kind,
        disposition=app.disposition if kind == K.REPLY else "",
        sha256=digest,
        issued_on=issued_on,
        template=text.template,
        template_version=text.template_version,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    notice.file.name = _store(app, kind, data, digest)
    notice.save()
    record(
        EventKind.APPLICATION_NOTICE,
        actor=actor,
        organisation=app.organisation,
        obj=app,
        details={
            "notice": notice.pk,
            "kind": kind,
            "sha256": digest,
            "issued_on": issued_on,
            "template": text.template.pk if text.template else None,
            "template_version": text.template_version,
        },
    )
    return notice


def generate(app: Application, kind: str, *, actor: Any, issued_on: date | None = None) -> Notice:
    """Issue a further notice for a step already taken (e.g. after correcting a template); the earlier
    notices stay as they were issued."""
    if kind not in ALL_KINDS:
        raise TransitionError(f"未知的文书类型：{kind!r}")
    with transaction.atomic():
        return issue(app, kind, actor=actor, issued_on=issued_on or timezone.localdate())


def verify(notice: Notice) -> bool:
    """Does the stored file still have the digest it was issued with?"""
    with notice.file.open("rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest() == notice.sha256
