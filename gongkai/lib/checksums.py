"""Check digits of Chinese identifiers (rules.md §6.2, §6.3). Pure; used by forms, the privacy
detector and the organisation register.

- GB 11643-1999 公民身份号码: ISO 7064 MOD 11-2.
- GB 32100-2015 统一社会信用代码: MOD 31 over the 31-character alphabet without I, O, S, V, Z.
- GB 11714-1997 组织机构代码: MOD 11 over 8 characters.
"""

from __future__ import annotations

import datetime as dt
import re

# --- GB 11643 --------------------------------------------------------------------------------------
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_ID_RE = re.compile(r"^\d{17}[\dXx]$")

# Province-level prefixes of GB/T 2260 (first two digits of the 地址码), incl. 71 台湾, 81/82 港澳
# and 83 (台湾居民居住证), which appear in valid numbers.
PROVINCE_CODES = frozenset(
    {
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
        "65", "71", "81", "82", "83",
    }
)  # fmt: skip


def id_card_check_char(first17: str) -> str:
    """The 18th character for the first 17 digits of a 公民身份号码."""
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def id_card_birth_date(number: str) -> dt.date | None:
    """The birth date encoded in an 18- or 15-digit number, or None if it is not a real date."""
    try:
        if len(number) == 18:
            return dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
        if len(number) == 15:
            return dt.date(1900 + int(number[6:8]), int(number[8:10]), int(number[10:12]))
    except ValueError:
        return None
    return None


def is_valid_id_card(number: str, *, today: dt.date | None = None) -> bool:
    """A full GB 11643 check: format, known province, real birth date not in the future, check digit."""
    if not _ID_RE.match(number):
        return False
    if number[:2] not in PROVINCE_CODES:
        return False
    born = id_card_birth_date(number)
    if born is None or born.year < 1880 or born > (today or dt.date.today()):
        return False
    return id_card_check_char(number[:17]) == number[17].upper()


def is_valid_id_card_15(number: str) -> bool:
    """First-generation 15-digit numbers have no check digit: format, province and date only."""
    if len(number) != 15 or not number.isdigit() or number[:2] not in PROVINCE_CODES:
        return False
    return id_card_birth_date(number) is not None


# --- GB 32100 --------------------------------------------------------------------------------------
CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_VALUE = {c: i for i, c in enumerate(CREDIT_CODE_ALPHABET)}
_CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
CREDIT_CODE_RE = re.compile(r"^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$")


def credit_code_check_char(first17: str) -> str:
    total = sum(_CREDIT_VALUE[c] * w for c, w in zip(first17, _CREDIT_WEIGHTS, strict=True))
    return CREDIT_CODE_ALPHABET[(31 - total % 31) % 31]


def is_valid_credit_code(code: str) -> bool:
    """统一社会信用代码: 18 characters, format of GB 32100 and its check character."""
    if not CREDIT_CODE_RE.match(code):
        return False
    return credit_code_check_char(code[:17]) == code[17]


def credit_code_error(code: str) -> str | None:
    """A Chinese message saying what is wrong with a credit code, or None if it is valid."""
    if len(code) != 18:
        return f"统一社会信用代码应为18位，当前为{len(code)}位"
    if not CREDIT_CODE_RE.match(code):
        return "统一社会信用代码含有不允许的字符（不使用 I、O、S、V、Z，字母须大写）"
    expected = credit_code_check_char(code[:17])
    if expected != code[17]:
        return f"统一社会信用代码校验位错误：第18位应为“{expected}”"
    return None


# --- GB 11714 --------------------------------------------------------------------------------------
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_ORG_RE = re.compile(r"^[0-9A-Z]{8}-?[0-9X]$")


def _org_value(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - ord("A") + 10


def org_code_check_char(first8: str) -> str:
    total = sum(_org_value(c) * w for c, w in zip(first8, _ORG_WEIGHTS, strict=True))
    check = 11 - total % 11
    return "X" if check == 10 else "0" if check == 11 else str(check)


def is_valid_org_code(code: str) -> bool:
    """组织机构代码, with or without the hyphen before the check character."""
    if not _ORG_RE.match(code):
        return False
    plain = code.replace("-", "")
    return org_code_check_char(plain[:8]) == plain[8]


# --- Luhn (bank cards) -----------------------------------------------------------------------------
def luhn_ok(digits: str) -> bool:
    if not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0
