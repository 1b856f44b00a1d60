"""Mongolian, Tibetan and Uyghur names of five to ten characters written without a dot, the 民族
after a person's sex, rare surnames after a weak cue, and an office contact's department."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig
from gongkai.privacy.vocab import ETHNIC_GROUPS, NOT_NAMES, SURNAMES, TRANSLITERATION_CHARS

ID = "150102198001011236"  # a valid 内蒙古 ID


def found(text: str, kind: str, engine: str = "re") -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # In a 姓名 column, after a label with a colon, in a list of names, before a sex.
        (
            f"序号\t姓名\t性别\t身份证号\n1\t巴特尔朝克图\t男\t{ID}\n2\t张三\t男\t{ID}\n",
            ["巴特尔朝克图", "张三"],
        ),
        ("序号\t姓名\t性别\t金额\n1\t乌云其其格\t女\t300\n2\t张三\t男\t200\n", ["乌云其其格", "张三"]),
        ("申请人：巴特尔朝克图", ["巴特尔朝克图"]),
        ("姓名：额尔德尼巴雅尔，男", ["额尔德尼巴雅尔"]),
        ("拟救助对象名单如下：巴特尔、乌云其其格、张三。", ["巴特尔", "乌云其其格", "张三"]),
        ("申请人乌云其其格，女，1980年生", ["乌云其其格"]),
        ("当事人额尔敦巴特尔，男，汉族", ["额尔敦巴特尔"]),
        ("2、苏和巴特尔，男，68岁", ["苏和巴特尔"]),
        ("被处罚人买买提吐尔逊（男）", ["买买提吐尔逊"]),
    ],
)
def test_a_long_name_without_a_dot_in_a_names_slot(engine, text, expected):
    assert found(text, "name", engine) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Places of Inner Mongolia are spelt with the same characters.
        "姓名：宝力根苏木",
        "序号\t姓名\t性别\t金额\n1\t朝克乌拉嘎查\t女\t300\n",
        # A run of ordinary words in the slot; a long run in prose, with no slot.
        "申请人：某某县人民政府",
        "其中乌兰巴特尔，男",
        "巴特尔朝克图参加了会议",
        # Ten characters is the longest taken.
        "申请人：巴特尔朝克图乌云其其格",
    ],
)
def test_a_long_run_that_is_no_name_or_stands_in_no_slot(engine, text):
    assert found(text, "name", engine) == []


def test_the_long_names_characters_leave_out_the_ends_of_places_and_units():
    assert not set("市县区镇乡村组街路局所站院校厂店司人民政府的是有不了在") & TRANSLITERATION_CHARS


@pytest.mark.parametrize("group", ["蒙古族", "维吾尔族", "苗族", "满族", "哈萨克族", "土家族"])
def test_a_minzu_after_the_sex_is_never_a_name(engine, group):
    text = f"当事人那日苏，男，{group}，身份证号{ID}，住址：某镇"
    assert found(text, "name", engine) == ["那日苏"]


def test_every_minzu_is_a_word_that_is_no_name():
    assert len(ETHNIC_GROUPS) == 56
    assert ETHNIC_GROUPS <= NOT_NAMES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("原告仉子丽诉被告王强离婚纠纷一案", ["仉子丽", "王强"]),
        ("被征收人郏莲，住本村", ["郏莲"]),
        ("申请人阎志刚，男", ["阎志刚"]),
        ("当事人赖小英于2024年3月5日", ["赖小英"]),
    ],
)
def test_a_rare_surname_after_a_weak_cue(engine, text, expected):
    assert found(text, "name", engine) == expected


def test_rare_surnames_that_begin_words_are_left_out():
    # "鄂州", "蔚蓝", "表彰暨总结", "濮阳", "操作", "扶贫": a name rule would read the word as a name.
    assert not set("鄂蔚暨濮操扶") & SURNAMES


@pytest.mark.parametrize(
    "text",
    [
        "联系人：仉鹏永（信贷部）  联系电话：08724116596",
        "联系人：张鹏永（社会救助股）  联系电话：08724116596",
    ],
)
def test_an_office_contact_with_the_department_in_brackets_is_not_personal(engine, text):
    assert [h.kind for h in detect(text, PrivacyConfig(engine=engine))] == []


def test_a_contact_with_a_relation_in_brackets_is_a_person(engine):
    text = "联系人：张鹏永（儿子）  联系电话：13812345678"
    assert [h.kind for h in detect(text, PrivacyConfig(engine=engine))] == ["name", "mobile"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # The item's field keeps its label out of the address; a village alone is no home address.
        (
            "符合条件的下列家庭：\n1、申请人：祝桂月，现住址：城关镇振兴街369号馨园7栋2单元，家庭人口1人\n"
            "2、申请人：李春花，现住址：城关镇振兴街12号，家庭人口2人\n",
            ["城关镇振兴街369号馨园7栋2单元", "城关镇振兴街12号"],
        ),
        ("具体明细如下：\n1、蔡怡，东兴村，557.96，10\n2、周正，东兴村，39.26，10\n", []),
    ],
)
def test_addresses_in_a_numbered_list_of_households(engine, text, address):
    assert found(text, "address", engine) == address
