"""The pre-publication checks run before 终审 can pass: the privacy gate (gongkai.privacy) over the text
that would be published, and the office's wording list. The only module that calls gongkai.privacy."""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.conf import settings

from gongkai.privacy import gate as privacy
from gongkai.privacy.gate import GateResult, Hit, Policy, PrivacyConfig

if TYPE_CHECKING:
    from .models import Document

__all__ = ["GateReport", "check_document", "mask_file", "mask_text", "privacy_config", "wording_findings"]


def privacy_config() -> PrivacyConfig:
    """Detection and masking as the site's settings say (GONGKAI_PRIVACY_*, docs/privacy.md)."""
    return _config(
        tuple(settings.GONGKAI_PRIVACY_ALLOW_PHONES),
        tuple(settings.GONGKAI_PRIVACY_ALLOW_EMAIL_DOMAINS),
        tuple(settings.GONGKAI_PRIVACY_PUBLIC_NAMES),
        settings.GONGKAI_PRIVACY_ID_KEEP,
        settings.GONGKAI_PRIVACY_VILLAGE_ADDRESS,
        settings.GONGKAI_PRIVACY_PUBLISHED_LISTS,
        settings.GONGKAI_PRIVACY_OFFICIAL_MOBILES_PUBLIC,
    )


@functools.lru_cache(maxsize=8)
def _config(
    phones: tuple[str, ...],
    domains: tuple[str, ...],
    names: tuple[str, ...],
    id_keep: str,
    villages: bool,
    published: bool,
    official_mobiles: bool,
) -> PrivacyConfig:
    first, _, last = id_keep.partition(",")
    return PrivacyConfig(
        allow_phones=frozenset({"12345", *("".join(c for c in p if c.isdigit()) for p in phones)}),
        allow_email_domains=tuple(d.lower().lstrip("@.") for d in domains),
        public_names=frozenset(names),
        id_keep=(int(first), int(last)),
        village_address=villages,
        published_lists=published,
        official_mobiles_public=official_mobiles,
    )


def scan_text(text: str) -> list[Hit]:
    return privacy.scan_text(text, privacy_config())


def scan_file(path: str | os.PathLike[str], policy: Policy | None = None) -> GateResult:
    return privacy.scan_file(path, privacy_config(), policy)


def mask_text(text: str) -> str:
    return privacy.mask_text(text, privacy_config())


def mask_file(src: str | os.PathLike[str], out: str | os.PathLike[str]) -> GateResult:
    return privacy.mask_file(src, out, privacy_config())


@dataclass
class GateReport:
    """Findings per part of the document ("标题", "正文", "附件：x.pdf")."""

    blocking: list[dict[str, object]] = field(default_factory=list)
    warnings: list[dict[str, object]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    wording: list[dict[str, object]] = field(default_factory=list)

    @property
    def may_publish(self) -> bool:
        return not self.blocking and not self.errors and not any(w["blocking"] for w in self.wording)

    def as_dict(self) -> dict[str, object]:
        return {
            "blocking": self.blocking,
            "warnings": self.warnings,
            "errors": self.errors,
            "wording": self.wording,
        }


def _add(report: GateReport, where: str, hits: list[dict[str, object]], policy: Policy) -> None:
    for h in hits:
        # The raw match is personal information: keep only its masked form in reports and the audit trail.
        item = {"where": where, **{k: v for k, v in h.items() if k != "text"}}
        if h["kind"] in policy.blocking_kinds:
            report.blocking.append(item)
        elif h["kind"] in policy.warning_kinds:
            report.warnings.append(item)


def wording_findings(text: str, where: str) -> list[dict[str, object]]:
    from .models import WordingRule

    out: list[dict[str, object]] = []
    for rule in WordingRule.objects.filter(is_active=True):
        if rule.phrase and rule.phrase in text:
            out.append(
                {
                    "where": where,
                    "phrase": rule.phrase,
                    "suggestion": rule.suggestion,
                    "blocking": rule.severity == WordingRule.Severity.BLOCK,
                    "note": rule.note,
                }
            )
    return out


def _scan_part(report: GateReport, where: str, text: str, policy: Policy) -> None:
    try:
        hits = scan_text(text)
    except Exception as exc:  # a fault of the detector must block, not pass the part as clean nor crash
        report.errors.append(
            f"{where}：个人信息检测程序出错（{type(exc).__name__}），未能检查，不能视为不含个人信息；请向运维报告"
        )
        return
    _add(report, where, [h.as_dict() for h in hits], policy)


def check_document(doc: Document, policy: Policy | None = None) -> GateReport:
    """Scan exactly what the public would get: the approved masked copy where there is one."""
    policy = policy or Policy()
    report = GateReport()
    for where, text in (
        ("标题", doc.public_title),
        ("内容概述", doc.public_summary),
        ("正文", doc.public_body),
    ):
        _scan_part(report, where, text, policy)
        report.wording += wording_findings(text, where)
    for att in doc.attachments.all():
        if not att.is_public_version:
            continue
        where = f"附件：{att.original_name}"
        if att.is_redacted or not att.file:
            # A masked copy is scanned from its stored text; an original from the file itself.
            _scan_part(report, where, att.text, policy)
            continue
        result = scan_file(att.file.path, policy=policy)
        _add(report, where, result.as_dicts(), policy)
        report.errors += [f"{where}：{e}" for e in result.errors]
    return report
