"""The interface the platform uses before publishing: scan a document, apply a policy, mask a copy.

The caller records the findings (``GateResult.as_dicts()``) in the audit trail; this module has no
side effects beyond writing the masked file it is asked for.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from gongkai.privacy.detect import detect
from gongkai.privacy.formats import Extracted, FileError, extract, pdf_unscanned_message, write_masked
from gongkai.privacy.mask import apply_masks
from gongkai.privacy.model import KINDS, Hit, PrivacyConfig

__all__ = [
    "GateResult",
    "Hit",
    "Policy",
    "PrivacyConfig",
    "mask",
    "mask_file",
    "mask_text",
    "scan",
    "scan_file",
    "scan_text",
]


@dataclass(frozen=True)
class Policy:
    """Which kinds stop publication and which only warn. Health status is flagged for review."""

    blocking_kinds: frozenset[str] = frozenset(k for k in KINDS if k != "health")
    warning_kinds: frozenset[str] = frozenset({"health"})


@dataclass
class GateResult:
    path: str | None
    hits: list[Hit]
    errors: list[str] = field(default_factory=list)
    policy: Policy = field(default_factory=Policy)
    unscanned_pages: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def blocking(self) -> list[Hit]:
        return [h for h in self.hits if h.kind in self.policy.blocking_kinds]

    @property
    def warnings(self) -> list[Hit]:
        return [h for h in self.hits if h.kind in self.policy.warning_kinds]

    @property
    def clean(self) -> bool:
        """True only when the whole document was read and nothing was found."""
        return not self.hits and not self.errors

    @property
    def may_publish(self) -> bool:
        return not self.blocking and not self.errors

    def as_dicts(self) -> list[dict[str, object]]:
        return [h.as_dict() for h in self.hits]


def scan_text(text: str, config: PrivacyConfig | None = None) -> list[Hit]:
    return detect(text, config)


def mask_text(text: str, config: PrivacyConfig | None = None) -> str:
    return apply_masks(text, detect(text, config))


class DetectorError(Exception):
    """A fault of the detector itself on a text: the file is reported as not scanned, the batch goes on."""


def _scan_extracted(doc: Extracted, config: PrivacyConfig) -> list[Hit]:
    try:
        hits = detect(doc.text, config)
    except Exception as exc:  # a bug in a rule must not pass a file as clean, nor stop a batch
        raise DetectorError(
            f"internal error of the detector ({type(exc).__name__}: {str(exc)[:120]}): "
            "not scanned (NOT known to be clean); please report it with the file"
        ) from exc
    if doc.page_starts:
        hits = [Hit(h.kind, h.start, h.end, h.text, h.masked, doc.page_of(h.start)) for h in hits]
    return hits


def scan_file(
    path: str | os.PathLike[str], config: PrivacyConfig | None = None, policy: Policy | None = None
) -> GateResult:
    config = config or PrivacyConfig()
    policy = policy or Policy()
    try:
        doc = extract(Path(path), config)
        hits = _scan_extracted(doc, config)
    except (FileError, DetectorError) as exc:
        return GateResult(str(path), [], [str(exc)], policy)
    errors = [pdf_unscanned_message(doc.unscanned_pages)] if doc.unscanned_pages else []
    return GateResult(str(path), hits, errors, policy, list(doc.unscanned_pages))


def mask_file(
    src: str | os.PathLike[str],
    out: str | os.PathLike[str],
    config: PrivacyConfig | None = None,
    policy: Policy | None = None,
) -> GateResult:
    """Write a masked copy of src to out (same format; a PDF becomes TXT or DOCX)."""
    config = config or PrivacyConfig()
    policy = policy or Policy()
    try:
        doc = extract(Path(src), config)
        hits = _scan_extracted(doc, config)
        notes = write_masked(doc, hits, Path(out))
    except (FileError, DetectorError) as exc:
        return GateResult(str(src), [], [str(exc)], policy)
    except OSError as exc:
        return GateResult(str(src), [], [f"cannot write {out}: {exc.strerror or exc}"], policy)
    errors = [pdf_unscanned_message(doc.unscanned_pages)] if doc.unscanned_pages else []
    return GateResult(str(src), hits, errors, policy, list(doc.unscanned_pages), notes)


# The platform's names for the two operations.
scan = scan_file
mask = mask_file
