"""Names in incident reports, epidemic notices and petition replies (found on holdout6): later bare
mentions, drivers, a person a sex follows, rows with an extra code column; and the words around
them that are no names."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def hits(text: str, engine: str) -> list[tuple[str, str]]:
    return [(h.kind, h.text) for h in detect(text, PrivacyConfig(engine=engine))]


BITTEN = "违规情形：未拴犬绳，致路人董国左前臂三级暴露咬伤，董国已在社区卫生服务中心接种狂犬病疫苗。"


def names(text: str, engine: str) -> list[str]:
    return [t for k, t in hits(text, engine) if k == "name"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A later mention before a verb and an organisation ("…定点医院") is the person, not a hospital.
        (
            "病例1：穆航红，女，52岁，现住某小区3栋。\n  5日8:45 超市停留\n"
            "  穆航红已被转运至定点医院隔离治疗。",
            ["穆航红", "穆航红"],
        ),
        # "所提诉求": 所 after a name is a verb here, not a place's last character.
        (
            "复查申请人：孔彩，男，1981年6月16日出生。\n处理程序合法。孔彩所提诉求已部分解决。",
            ["孔彩", "孔彩"],
        ),
        # A driver of a plated vehicle, any surname for three characters; later mentions.
        (
            "事发时，韩春莉驾驶宁C·F58806号货车倒车，未观察后方情况。经检测，韩春莉血液中未检出酒精。",
            ["韩春莉", "韩春莉"],
        ),
        # A sex after a colon names a person whatever the surname (three characters).
        ("病例3：仉莉轩，女，53岁，现住独秀大道886号", ["仉莉轩"]),
        # An injured passer-by: the name, then the injury (flagged apart), then a later mention.
        (BITTEN, ["董国", "董国"]),
        # A row opening with a code the header has no column for: the columns are the rest.
        (
            "学生姓名，性别，监护人，户籍地址，审核结果\n"
            "BM202375492，钟斌凤，女，栾林晨，高河镇高河大道337号独秀新城3栋2单元2302室，符合\n",
            ["钟斌凤", "栾林晨"],
        ),
        # A household's numbered row: a home, then its size or hardship, whatever the surname.
        ("2．汪才有 ，达板镇杨家庄村第八村民小组，5人  因残（四级精神残疾）", ["汪才有"]),
        ("4、买怡桂 大河乡高闸村6队106号  5人 智力残疾（四级）  15元", ["买怡桂"]),
        ("3.马宇才 柳泉乡白家滩村十一组 6人，因灾", ["马宇才"]),
        # Transliterated names longer than ten characters, and one that a stop word ends.
        ("权利人姓名：努尔艾力·阿布都热依木  证件号码：410523196112255020", ["努尔艾力·阿布都热依木"]),
        ("4. 户主：努尔艾力·阿布都热依木，住址：陇西县菜子镇新华社区九组", ["努尔艾力·阿布都热依木"]),
        ("申请人称：其丈夫迪丽娜尔·卡德尔患有双下肢瘫痪，家庭困难。", ["迪丽娜尔·卡德尔"]),
        # A typeset row numbered without a mark, with a sex after the name.
        ("检查情况公布如下：\n1 郝宇敏 女 24 411721198810120623 147 2477 0386 高血压\n", ["郝宇敏"]),
        # A household in a long clause: the run before it is not taken for the name.
        ("原告申请公开“战旗村征地补偿安置方案及毛波户安置补偿款发放情况”", ["毛波"]),
    ],
)
def test_found(text: str, expected: list[str], engine: str) -> None:
    assert names(text, engine) == expected


def test_injury_is_flagged_after_the_name(engine: str) -> None:
    found = hits(BITTEN, engine)
    assert ("health", "左前臂三级暴露咬伤") in found


@pytest.mark.parametrize(
    "text",
    [
        "14. 人口与计划生育、妇女儿童工作: 人口与计划生育、",
        "或者安排申请人查阅、抄录相关政府信息。",
        "其中，男，女各半。",
        "驾驶员培训考核：驾驶宁A牌照车辆须持证。",
        "民警驾驶宁A12345号警车赶到现场。",
        # A numbered clause with a place is no household's row.
        "1. 加强管理，青云村3组负责。",
        "2、工作要求，各村民小组5人以上参加。",
        "3 工作要求  各村民小组负责。",
    ],
)
def test_not_names(text: str, engine: str) -> None:
    assert names(text, engine) == []


def test_office_address_after_contact_us_is_not_personal(engine: str) -> None:
    text = (
        "如对本报告有任何疑问，请与沭阳县发展和改革局联系"
        "（地址：沭阳县沭城街道苏州东路42号，邮编：223600，电话：0527-83593059）。"
    )
    assert hits(text, engine) == []
