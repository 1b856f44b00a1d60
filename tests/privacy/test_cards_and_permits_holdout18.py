"""Numbers first met in holdout 18: a card whose 18 digits also pass GB 32100, and a 通行证 named only by
the place its holder lives."""

import pytest

from gongkai.lib.checksums import is_valid_credit_code
from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig

# Luhn-valid, a UnionPay issuer's prefix, and a valid GB 32100 check character with a province (31) in
# its region digits: one card in 31 is both.
AMBIGUOUS = "623190455601708717"


def found(text: str, engine: str) -> list[tuple[str, str]]:
    return [(h.kind, h.text) for h in detect(text, PrivacyConfig(engine=engine))]


def test_the_number_is_both_a_card_and_a_credit_code():
    assert is_valid_credit_code(AMBIGUOUS)


@pytest.mark.parametrize(
    "text",
    [
        f"开户行:中国农业银行定西分行\n银行账号:{AMBIGUOUS}\n",
        f"通过死者社会保障卡（卡号{AMBIGUOUS}）继续领取养老金19个月",
        f"序号  户主  一卡通账号\n1     李新  {AMBIGUOUS}\n",
    ],
)
def test_a_card_label_makes_it_a_card(engine, text):
    assert ("bank_card", AMBIGUOUS) in found(text, engine)


@pytest.mark.parametrize(
    "text",
    [
        f"统一社会信用代码：{AMBIGUOUS}\n",
        f"承建单位：某某建设有限公司（{AMBIGUOUS}）\n",
    ],
)
def test_without_a_card_label_it_stays_a_credit_code(engine, text):
    assert found(text, engine) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("5  和兰香  女  建塘镇  金龙社区  居住香港，通行证号C72776802\n", "hk_macau_permit"),
        ("备注：常住澳门，通行证号码：C12384926\n", "hk_macau_permit"),
        ("备注：现居台湾，通行证号：12345678\n", "tw_permit"),
    ],
)
def test_a_permit_named_by_where_its_holder_lives(engine, text, kind):
    assert kind in [k for k, _ in found(text, engine)]


def test_a_passport_on_the_line_above_does_not_rename_the_permit(engine):
    text = (
        "4  次仁品初  男  格咱乡  格咱村  长期居住国外，护照号E70722346\n"
        "5  和兰香  女  建塘镇  金龙社区  居住香港，通行证号C72776802\n"
    )
    kinds = {t: k for k, t in found(text, engine)}
    assert kinds.get("E70722346") == "passport"
    assert kinds.get("C72776802") == "hk_macau_permit"


def test_a_bare_permit_with_no_place_is_not_guessed(engine):
    assert found("通行证号：C72776802\n", engine) == []
