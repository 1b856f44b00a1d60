import datetime as dt

import pytest

from gongkai.lib import checksums as c


@pytest.mark.parametrize("number", ["11010519491231002X", "53010219200508011X", "11010519491231002x"])
def test_it_accepts_valid_id_numbers(number):
    assert c.is_valid_id_card(number)


@pytest.mark.parametrize(
    "number",
    [
        "440308199003141234",  # wrong check digit (rules.md §6.2)
        "99010519491231002X",  # unknown province
        "11010519491331002X",  # month 13
        "1101051949123100",  # too short
        "11010530000101001X",  # born in the future
    ],
)
def test_it_rejects_invalid_id_numbers(number):
    assert not c.is_valid_id_card(number, today=dt.date(2026, 1, 1))


def test_it_checks_15_digit_numbers_by_date():
    assert c.is_valid_id_card_15("110105491231002")
    assert not c.is_valid_id_card_15("110105491331002")


@pytest.mark.parametrize(
    "code", ["91350100M000100Y43", "11441700007280420Y", "11370812004339255B", "11341702486344515H"]
)
def test_it_accepts_valid_credit_codes(code):
    assert c.is_valid_credit_code(code)
    assert c.credit_code_error(code) is None


def test_it_explains_a_wrong_credit_code():
    assert "第18位应为“3”" in (c.credit_code_error("91350100M000100Y44") or "")
    assert "18位" in (c.credit_code_error("9135") or "")
    assert "不允许的字符" in (c.credit_code_error("91350100M000100YO3") or "")


def test_it_checks_org_codes():
    assert c.is_valid_org_code("M000100Y4")
    assert c.is_valid_org_code("M000100-Y4".replace("-", "")[:8] + "-" + "4")
    assert not c.is_valid_org_code("M000100Y5")


def test_luhn():
    assert c.luhn_ok("6222020200112233445") is c.luhn_ok("6222020200112233445")
    assert c.luhn_ok("4111111111111111")
    assert not c.luhn_ok("4111111111111112")
    assert not c.luhn_ok("41111x")
