"""Masks in the local convention (永安 通报, rules.md §6.1): 138****1234, ID first 6 and last 4
kept, bank card last 4, address cut to 乡镇/街道, names 张* / 欧阳**."""

from __future__ import annotations

import re

from gongkai.privacy.model import Hit, PrivacyConfig
from gongkai.privacy.vocab import COMPOUND_SURNAMES

_DIGITISH = re.compile(r"[0-9A-Za-z]")
_DIGITISH_CHARS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")

# The administrative part of an address that may stay public: 省, 市, 区/县, then 乡/镇/街道.
_HAN = r"[\u4e00-\u9fff]"
_ADDRESS_KEEP = re.compile(
    rf"(?:{_HAN}{{1,7}}?(?:省|自治区))?"
    rf"(?:{_HAN}{{1,7}}?(?:自治州|市|州|盟|地区))?"
    rf"(?:{_HAN}{{1,7}}?(?:区|县|市|旗))?"
    rf"(?:{_HAN}{{1,9}}?(?:街道办事处|街道|镇|乡))?"
)


def _keep_ends(chars: str, keep_first: int, keep_last: int, mask_char: str) -> str:
    """Replace the alphanumerics of `chars` except the first/last ones; separators stay in place."""
    if chars.isascii() and chars.isalnum():  # the common case, digits only: one slice, no scan
        positions: range | list[int] = range(len(chars))
    else:
        positions = [i for i, c in enumerate(chars) if c in _DIGITISH_CHARS]
    n = len(positions)
    if keep_first + keep_last >= n:
        keep_first, keep_last = min(keep_first, n // 3), min(keep_last, n // 3)
    hidden = positions[keep_first : n - keep_last]
    if isinstance(hidden, range):
        return chars[: hidden.start] + mask_char * len(hidden) + chars[hidden.stop :] if hidden else chars
    out = list(chars)
    for i in hidden:
        out[i] = mask_char
    return "".join(out)


def mask_name(name: str, mask_char: str = "*") -> str:
    if " " in name or "　" in name:
        # A name spaced out to a column's width ("姚 平 轩"): its characters are masked, its spaces
        # stay ("姚 * *"), so the line keeps its layout.
        packed = name.replace(" ", "").replace("　", "")
        keep = len(mask_name(packed, mask_char).rstrip(mask_char))
        out = []
        for c in name:
            if c in " 　":
                out.append(c)
            else:
                out.append(c if keep > 0 else mask_char)
                keep -= 1
        return "".join(out)
    surname_len = 2 if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else 1
    return name[:surname_len] + mask_char * (len(name) - surname_len)


def mask_address(address: str, config: PrivacyConfig) -> str:
    kept = _ADDRESS_KEEP.match(address)
    prefix = kept.group(0) if kept else ""
    if not prefix:
        return config.mask_char * 3
    return prefix + config.address_tail


def mask_value(kind: str, text: str, config: PrivacyConfig) -> str:
    m = config.mask_char
    # The most frequent kinds first: the checks are exclusive, so the order only changes the speed.
    if kind == "name":
        return mask_name(text, m)
    if kind == "address":
        return mask_address(text, config)
    if kind == "id_card":
        return _keep_ends(text, *config.id_keep, m)
    if kind == "id_card_15":
        return _keep_ends(text, *config.id15_keep, m)
    if kind == "mobile":
        if len(text) == 11 and text.isascii() and text.isdigit():  # the common case: no prefix, no spaces
            first, last = config.mobile_keep
            hidden = max(0, 11 - first - last)
            return text[:first] + m * hidden + text[first + hidden :]
        # Mask inside the 11-digit national number, never the +86 prefix.
        digits = [i for i, c in enumerate(text) if c.isdigit()]
        national = digits[-11:]
        first, last = config.mobile_keep
        out = list(text)
        for i in national[first : len(national) - last]:
            out[i] = m
        return "".join(out)
    if kind == "bank_card":
        return _keep_ends(text, 0, config.bank_keep_last, m)
    if kind == "landline":
        return _mask_landline(text, config)
    if kind == "email":
        local, _, domain = text.partition("@")
        return local[:1] + m * max(len(local) - 1, 1) + "@" + domain
    if kind in ("passport", "hk_macau_permit", "tw_permit"):
        return _keep_ends(text, 1, 2, m)
    if kind == "license_plate":
        return text[:2] + "".join(m if _DIGITISH.match(c) else c for c in text[2:-1]) + text[-1]
    # health: flagged for review, never masked automatically.
    return text


def _mask_landline(text: str, config: PrivacyConfig) -> str:
    # Keep the area code (public) and the last digits of the local number; hide the rest.
    m = config.mask_char
    match = re.match(r"^([(（]?0\d{2,3}[)）]?[ \-－]?)?(.*)$", text, re.S)
    assert match is not None
    area, rest = match.group(1) or "", match.group(2)
    ext = re.search(r"(?:转|分机|ext\.?|[-－])\s*\d{1,6}$", rest) if len(rest) > 9 else None
    local, tail = (rest[: ext.start()], rest[ext.start() :]) if ext else (rest, "")
    return area + _keep_ends(local, 0, config.landline_keep_last, m) + tail


def apply_masks(text: str, hits: list[Hit]) -> str:
    """The text with every maskable hit replaced by its masked form (hits must not overlap)."""
    out: list[str] = []
    pos = 0
    for hit in sorted(hits, key=lambda h: h.start):
        if hit.start < pos or hit.kind == "health":
            continue
        out.append(text[pos : hit.start])
        out.append(hit.masked)
        pos = hit.end
    out.append(text[pos:])
    return "".join(out)
