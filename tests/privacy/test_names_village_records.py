"""Names in village records and 入户调查 forms: delegates speaking at a hearing, the person a survey is
about signing it, a village's accounts paying villagers, household members listed after a page break,
and a signature whose spaced name is glued to the next label."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def of_kind(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A delegate speaks at a 低保 hearing; the verb is not part of the name.
        ("听证记录\n申请人：卢秀英\n村民代表郑国梁：申请人家庭确实困难。\n", ["卢秀英", "郑国梁"]),
        ("三、代表发言：\n    村民代表申屠静说：“程序要公开。”\n", ["申屠静"]),
        ("二、讨论情况\n    群众代表马福祥提出：建议张榜公示。\n", ["马福祥"]),
        ("    居民代表巴图孟和问：新出生人口从哪年开始配股？\n", ["巴图孟和"]),
        # The person a survey is about signs it; the staff who made it do not count.
        ("调查意见：情况属实\n被调查人签字：常玉兰　调查人员签字：路林浩　武庆栋\n", ["常玉兰"]),
        # A PDF pads the name with full-width spaces and glues the next label to it.
        ("调查意见：需进一步核查\n被调查人签字：夏　龙　调查人员签字：邱冰贞　温韵春\n", ["夏\u3000龙"]),
        ("申请事项：低保\n申请人：姚 姣　性别：女　年龄：58岁\n", ["姚 姣"]),
        ("被询问人：胡春梅，女，45岁\n", ["胡春梅"]),
        # A village's accounts pay villagers by name.
        ("其中主要支出：\n    1．付9组徐清飞户土地流转租金7900.00元；\n", ["徐清飞"]),
        ("    2．青苗补偿款：兰慧思，3900元；\n", ["兰慧思"]),
        ("    4．支付钭娅房屋租金1750元；\n", ["钭娅"]),
        ("    1．支付村民依明·吐尔逊土地流转费8832.57元；\n", ["依明·吐尔逊"]),
        # Household members listed under their heading after a page's footer.
        (
            "家庭成员情况：\n第 1 页\n\n    房红晶，女儿，34岁，良好，灵活就业\n    房刚，长子，29岁，务农\n",
            ["房红晶", "房刚"],
        ),
        # A Mongolian name of six characters in a member's line.
        ("家庭成员情况：\n    图门吉日嘎拉，次子，7岁，在校学生\n", ["图门吉日嘎拉"]),
        ("    5．付4组姜娥倩户房屋租金5850.00元（转账至6227 0076 1993 5025 059）；\n", ["姜娥倩"]),
        ("    2．支付阿牛木呷青苗补偿款1850元；\n", ["阿牛木呷"]),
        ("    4．土地流转租金：毛武，8050元；\n", ["毛武"]),
        # Parents and children of a childcare notice, with Tibetan, Mongolian and Yi names.
        (
            "    1．葛岚（身份证号：530102198802052522）与格桑夫妇，于2022年12月生育第二个子女乌兰托娅，\n",
            ["乌兰托娅", "格桑", "葛岚"],
        ),
        (
            "    1．勒格伍沙，男，33岁，者力村村民，其子女阿苦日哈出生于2024年4月。\n",
            ["勒格伍沙", "阿苦日哈"],
        ),
        # A numbered item about a person: a Tibetan or Yi name of four characters before their cue.
        (
            "    以下3名退役士兵至今未到我局报到：\n    1．陶楠宏，户籍地沙德镇，2024年退役；\n"
            "    2．次旦罗布，户籍地沙德镇，2024年退役；\n    3．阿的木呷，户籍地紫溪镇，2024年退役；\n",
            ["次旦罗布", "阿的木呷", "陶楠宏"],
        ),
        # Without a members' heading a one-character relation may be a sex: the label stays out.
        ("发生事故。\n死者脱玉，女，57岁，该公司电焊工\n", ["脱玉"]),
    ],
)
def test_names_in_village_records(engine, text, expected):
    assert sorted(of_kind(text, engine, "name")) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # Delegates as a body, a meeting of them, an office's speaker: no name.
        "村民代表会议：同意32票，反对4票。\n",
        "村民代表发言：一致同意。\n",
        "    群众代表们表示：支持项目建设。\n",
        # Payments to bodies, funds and roles.
        "    1．付3组村集体户土地流转租金7900.00元；\n",
        "    2．青苗补偿款：村集体，3900元；\n",
        "    3．支付护林员公益性岗位补贴2100元；\n",
        "    4．土地流转租金：村委会，8050元；\n",
        # Four ordinary words opening a numbered item, with a place after them.
        "    2．高度重视，户籍地沙德镇开展排查；\n",
    ],
)
def test_bodies_roles_and_sexes_stay_unflagged(engine, text):
    assert of_kind(text, engine, "name") == []


def test_a_spaced_name_before_running_prose_keeps_its_third_character(engine):
    # Only a label glued to the last character cuts it: "原告陈 峰 伦诉被告…" keeps 伦.
    text = "民事判决书\n    原告陈 峰 伦诉被告许 维 志民间借贷纠纷一案，本院依法审理。\n"
    assert of_kind(text, engine, "name") == ["陈 峰 伦", "许 维 志"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rare surnames that begin common words (脱贫, 粘贴, 朵朵): a PDF spaces out the whole name.
        ("退役士兵报到登记表\n姓名：粘　辉\n性别：男\n", ["粘\u3000辉"]),
        ("流出方姓名：脱  伟  虎\t身份证号：411623********3032\n", ["脱  伟  虎"]),
        ("儿童姓名：朵  勇  春\n性别：男\n", ["朵  勇  春"]),
    ],
)
def test_spaced_names_with_rare_surnames_that_begin_words(engine, text, expected):
    assert of_kind(text, engine, "name") == expected


@pytest.mark.parametrize(
    "text",
    ["关于做好脱 贫 攻 坚工作的通知\n", "摆 放 整 齐，黑 板 报 按 时 更 新。\n", "巩固拓 展 脱 贫 成 果\n"],
)
def test_spaced_words_beginning_with_those_surnames_stay_words(engine, text):
    assert of_kind(text, engine, "name") == []


def test_a_second_child_after_the_first_ones_birth_date_and_who_raises_them(engine):
    text = (
        "    原告项怡诉称：婚后生育长女茹真柔（2020年5月6日出生）和茹德。\n"
        "    二、婚生子女茹真柔、茹德由原告项怡抚养，被告茹树才每月支付抚养费各900元。\n"
    )
    assert {"项怡", "茹真柔", "茹德"} <= set(of_kind(text, engine, "name"))


def test_a_thing_born_and_made_is_no_sibling(engine):
    assert of_kind("该批次产品（2020年5月出生）和其他。\n", engine, "name") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("境外人员临时住宿登记表\n姓名：BATBAYAR GANBOLD    性别：男\n国籍：蒙古国\n", ["BATBAYAR GANBOLD"]),
        (
            '"序号","姓名","性别","国籍","证件类型"\n"4","MUHAMMAD ASIF","男","巴基斯坦","护照"\n',
            ["MUHAMMAD ASIF"],
        ),
        (
            "租住在某小区，孩子纪秋今年6岁，想在附近小学上一年级。\n您孩子纪秋的报名信息已收到。\n",
            ["纪秋", "纪秋"],
        ),
    ],
)
def test_foreigners_in_latin_letters_and_a_callers_child(engine, text, expected):
    assert of_kind(text, engine, "name") == expected


@pytest.mark.parametrize(
    "text",
    ["联系人：WANG Office\n", "单位名称：ABC Company Limited\n", "孩子们今年参加了夏令营。\n"],
)
def test_latin_words_and_children_in_general_are_no_names(engine, text):
    assert of_kind(text, engine, "name") == []
