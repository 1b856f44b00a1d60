"""Forms of the blind holdouts 62 and 63 (benchmarks/privacy_data/holdout62.py, holdout63.py) that the
detector missed or misread on first contact."""

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def found(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


def _row(serial: str, name: str, card_head: str, card_tail: str) -> str:
    return f"  {serial:<5}  {name:<10}  {'中国农业银行':<12}  {card_head}\n" + " " * 40 + f"{card_tail}\n"


def test_a_wide_table_s_cards_wrapped_under_their_column_below_a_sentence_about_the_treasury(
    engine: str,
) -> None:
    # A "财政" anywhere above once made every wrapped card the treasury's account.
    text = (
        "根据财政部、农业农村部关于渔业油价补贴政策调整的有关规定，现将补贴资金发放情况公示如下：\n"
        "  序号   船主姓名    开户银行      银行卡号\n"
        + _row("1", "赵浩", "622848131331753734", "4")
        + _row("2", "高杰平", "623058405655787487", "5")
    )
    assert found(text, engine, "bank_card") == [
        "622848131331753734\n" + " " * 40 + "4",
        "623058405655787487\n" + " " * 40 + "5",
    ]


def test_a_driving_licence_number_that_is_a_residents_permit(engine: str) -> None:
    text = (
        "序号\t姓名\t驾驶证号\t档案编号\t准驾车型\t注销原因\n"
        "10\t张伟豪\tH16767666\t653101175433\tA2\t本人申请\n"
        "11\t陈家明\t02922412\t653101175434\tC1\t本人申请\n"
    )
    assert found(text, engine, "hk_macau_permit") == ["H16767666"]
    assert found(text, engine, "tw_permit") == ["02922412"]


def test_an_office_s_mailbox_in_the_sentence_after_where_to_object(engine: str) -> None:
    text = "公示期内如有异议，请实名向区教育局反映。电话：029-66434454；邮箱：ytjyjzs@163.com。\n"
    assert found(text, engine, "email") == []
    text = "申请人：张三。电话：029-66434454；邮箱：zhangsan@163.com。\n"
    assert found(text, engine, "email") == ["zhangsan@163.com"]


def test_a_plate_a_narrow_cell_wrapped(engine: str) -> None:
    text = (
        "  5      朱  建     410102********9437     家庭名下有机动车辆（辽\n"
        "                                          A·30741）\n"
        "  6      丁  帅     家庭名下有机动车辆（鄂A 1705\n"
        "                      3）\n"
    )
    assert [p.split()[0] for p in found(text, engine, "license_plate")] == ["辽", "鄂A"]
    assert found("（辽宁省\n大连市）\n", engine, "license_plate") == []
