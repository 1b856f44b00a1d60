import pytest

from gongkai.lib.checksums import credit_code_check_char, id_card_check_char, luhn_ok


def make_id(first17: str = "35010219800101123") -> str:
    return first17 + id_card_check_char(first17)


def make_card(body: str = "622202020011223344") -> str:
    return body + next(str(d) for d in range(10) if luhn_ok(body + str(d)))


def make_credit_code(first17: str = "91350100M000100Y4") -> str:
    return first17 + credit_code_check_char(first17)


@pytest.fixture(params=["re", "hyperscan"])
def engine(request):
    if request.param == "hyperscan":
        pytest.importorskip("hyperscan")
    return request.param
