"""Names in text extracted from PDFs: names spaced out to a column's width, page numbers and running
headers between a table's rows, "•" in transliterated names, CSV exports with quotes; and the labels
and cues of rental checks, loans and household lists (房东, 担保人, "妻 李四", "王五（护照号码…）")."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.mask import mask_name
from gongkai.privacy.model import PrivacyConfig
from tests.privacy.conftest import make_id


def names(text: str, engine: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == "name"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A spaced name after a label, glued to the word before it, and mentioned again later.
        ("房东姚 平 轩（联系电话13912345678），已责令姚 平 轩限期整改。\n", ["姚 平 轩", "姚 平 轩"]),
        ("姓名：邓  丽  华；性别：女\n", ["邓  丽  华"]),
        # The ends of two words parted by spaces ("梅  性") are not a spaced name.
        ("姓名：杨梅  性别：女\n", ["杨梅"]),
        # A compound surname spaced like the rest ("司 徒 彪").
        ("流出方姓名：司 徒 彪\t身份证号：" + make_id() + "\n", ["司 徒 彪"]),
        # A transliterated name with "•" in place of "·".
        ("姓名：阿依古丽•买买提；性别：女\n", ["阿依古丽•买买提"]),
        # A CSV export: every cell in quotes.
        (
            '"序号","姓名","性别","年龄"\n"1","虎宝林","男","41"\n"2","马晨存","男","82"\n',
            ["虎宝林", "马晨存"],
        ),
        # A landlord and a loan's guarantor, as labels and as columns.
        ("房东：许诗欣  电话：13912345678\n", ["许诗欣"]),
        ("序号\t借款人\t逾期本金（元）\t担保人\n1\t马海军\t36884\t曲比子洛\n", ["马海军", "曲比子洛"]),
        # Household members with the relation before the name, after a colon or a space.
        ("家庭成员：妻 孙敏琳、子：陈天泽、长女朱娥燕\n", ["孙敏琳", "陈天泽", "朱娥燕"]),
        # A name before a masked ID or a travel document in brackets.
        (
            "承租人：吴凤欣（身份证号1525**********5888）、高菊燕（护照号码E28057669）居住\n",
            ["吴凤欣", "高菊燕"],
        ),
        # A Tibetan name after "姓名：" has no surname to know it by.
        ("姓名：格桑卓玛  性别：女  身份证号：" + make_id() + "\n", ["格桑卓玛"]),
    ],
)
def test_found(text: str, expected: list[str], engine: str) -> None:
    assert names(text, engine) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A vehicle's type before its plate.
        "面包车 豫P·W5233，已拍卖\n",
        # A spaced title: too long a run to be a name.
        "童  福  利  资  金  发  放  名  单\n",
        # A business after a label that may name one: four characters are no Tibetan name there.
        "被处罚人：鑫盛歌厅\n",
        # A relation word alone, then no name.
        "子 女 教 育 情况说明\n",
    ],
)
def test_not_names(text: str, engine: str) -> None:
    assert names(text, engine) == []


def test_the_ends_of_two_names_parted_by_spaces_are_no_spaced_name(engine: str) -> None:
    # Each cell is a name beside a mobile (_cells_beside_numbers); "华  徐" across them is none.
    assert names("1  纳爱华  徐丽德  13912345678\n", engine) == ["纳爱华", "徐丽德"]


def test_a_spaced_name_keeps_its_spaces_when_masked(engine: str) -> None:
    text = "房东：乌  日  娜  电话：13912345678\n"
    hit = next(h for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == "name")
    assert text[hit.start : hit.end] == "乌  日  娜"
    assert hit.masked == "乌  *  *"
    assert mask_name("欧 阳 小 明") == "欧 阳 * *"
    assert mask_name("张三") == "张*"


# A table one cell a line, broken by a page's number and the site's running header.
PAGED = (
    "序号\n姓名\n性别\n身份证号\n监护人\n"
    "1\n沈玲凤\n女\n" + make_id("35010220170907102") + "\n程浩然\n"
    "1/4\n某某区人民政府信息公开\n"
    "2\n薛诗语\n女\n" + make_id("35010220081102102") + "\n苏怡诗\n"
)


def test_a_page_break_does_not_end_a_table(engine: str) -> None:
    assert names(PAGED, engine) == ["沈玲凤", "程浩然", "薛诗语", "苏怡诗"]


def test_a_repeated_cell_next_to_a_page_number_stays(engine: str) -> None:
    # "付家寨村" repeats in every row: it is a cell, not a running header, and the columns keep their
    # order after the page's number.
    text = (
        "序号\n户主姓名\n所在村\n一卡通账号\n"
        "1\n郑生晨\n付家寨村\n— 1 —\n6210982083439078939\n"
        "2\n拉巴东智\n付家寨村\n6259664697596144\n"
    )
    found = [(h.kind, h.text) for h in detect(text, PrivacyConfig(engine=engine))]
    assert ("bank_card", "6210982083439078939") in found
    assert ("name", "郑生晨") in found
