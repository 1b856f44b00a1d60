"""Contacts of the blind holdout46 (benchmarks/privacy_data/holdout46.py) that the detector flagged on
first contact though they are an office's or a village cadre's in their role."""

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def found(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


def test_a_village_cadres_mobile_in_their_role(engine: str) -> None:
    text = (
        "序号\t姓名\t身份\t联系电话\n1\t胡菊花\t村两委成员\t13867590017\n2\t李凤珍\t村民代表\t17642421196\n"
    )
    assert found(text, engine, "mobile") == ["17642421196"]
    text = "村级监督员：王福林（村监委会主任） 13002808929\n村监委会负责监督，监督电话13636583636（鄂林）。\n"
    assert found(text, engine, "mobile") == []


def test_an_offices_mailbox_for_reports_and_in_its_contact_note(engine: str) -> None:
    assert found("举报邮箱：159779070@qq.com\n\n毛井村民委员会\n2025-10-16\n", engine, "email") == []
    text = "（联系人：谭老师，联系电话：0718 7640685，电子邮箱：1445917497@qq.com）\n"
    assert found(text, engine, "email") == []
    # A person's, in a letter's body.
    text = "申请人张三（联系电话：13800000000，电子邮箱：zs1985@qq.com）于2024年提出申请。\n"
    assert found(text, engine, "email") == ["zs1985@qq.com"]


def test_a_group_named_by_a_place_word_then_组(engine: str) -> None:
    text = (
        "序号,姓名,身份证号码,家庭住址,危房等级\n"
        "3,邹忠泽,530326198712317939,西岳村杨家坪组,C级\n"
        "4,罗顺荣,53032619771106869X,西壤坡社区覃家沟组,D级\n"
    )
    assert found(text, engine, "address") == ["西岳村杨家坪组", "西壤坡社区覃家沟组"]
    # A village's committee or working group is no home.
    text = "序号,姓名,身份证号码,家庭住址\n1,张三丰,530326198712317939,村评议组\n"
    assert found(text, engine, "address") == []
