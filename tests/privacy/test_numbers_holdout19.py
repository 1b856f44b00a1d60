"""Numbers first met in holdout 19: mobiles of every 1[3-9] segment, an 18-digit 居住证号 that is no JCB
card, an ID under a wrapped header whose nearest column is a date's, a school bus's plate."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def found(text: str, engine: str) -> list[tuple[str, str]]:
    return [(h.kind, h.text) for h in detect(text, PrivacyConfig(engine=engine))]


@pytest.mark.parametrize("number", ["17922723276", "19496512445", "14012345678", "16112345678"])
def test_every_segment_rules_md_allows_is_a_mobile(engine, number):
    # ../shared/docs/rules.md §6: 1[3-9]\d{9}; a segment not yet allocated is no reason to fail open.
    assert ("mobile", number) in found(f"配偶：白梅　　联系电话：{number}\n", engine)


@pytest.mark.parametrize("number", ["12345678901", "10086123456"])
def test_eleven_digits_outside_the_mobile_range_are_not(engine, number):
    assert found(f"联系电话：{number}\n", engine) == []


def test_an_18_digit_number_after_35_is_no_jcb_card(engine):
    # Luhn-valid, 35 opens JCB's range, but JCB, Visa and Mastercard cards have 16 digits (Visa 19 too).
    text = "5   缪振兰   吴志涵   350921202469970500  57   松城街道中心小学\n"
    assert [k for k, _ in found(text, engine) if k == "bank_card"] == []


def test_a_16_digit_jcb_card_still_is(engine):
    assert ("bank_card", "3528000000000007") in found("银行卡号：3528000000000007\n", engine)


def test_an_id_under_a_wrapped_header_whose_column_is_a_dates(engine):
    text = (
        "男方　　　身份证号　　　　　　　　　　　　　　　　女方\n"
        "　　身份证号　　　　　　　　　　　　　　　　原登记时间　\n"
        "　　　　证书编号\n"
        "罗　娥　德　　532622197807291266　　\n"
        "杨　英　　532622199401134390　　199\n"
        "2年2月　　　补字第652979号\n"
    )
    ids = [t for k, t in found(text, engine) if k == "id_card"]
    assert ids == ["532622197807291266", "532622199401134390"]


@pytest.mark.parametrize(
    ("text", "plates"),
    [
        ("校车乘车学生名单（甘PD12409）\n驾驶员：马淑建\n", []),
        ("公务用车：宁A12345\n", []),
        ("申请人名下登记有机动车（宁C098W9）\n", ["宁C098W9"]),
    ],
)
def test_an_institutions_vehicle_is_no_ones(engine, text, plates):
    assert [t for k, t in found(text, engine) if k == "license_plate"] == plates
