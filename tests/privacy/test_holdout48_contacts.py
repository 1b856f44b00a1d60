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
