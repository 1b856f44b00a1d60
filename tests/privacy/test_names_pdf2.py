"""Names in lists extracted from PDFs, second part: household members after their relation, fields
parted by "；", households named by their head ("张三户，12亩"), a guardian's field, a letter's
addressee, a list's later item ("另："), and names a spaced layout pads before a bracket."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig
from tests.privacy.conftest import make_id


def names(text: str, engine: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == "name"]


ID = make_id()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Members after their relations, joined by "、", whatever their surnames.
        (
            f"1，卢建国，{ID}，长女格桑拉姆、次子 扎西顿珠、妻：脱红英，东山村三组\n",
            ["卢建国", "格桑拉姆", "扎西顿珠", "脱红英"],
        ),
        # After "家庭成员：", one relation and a Tibetan name.
        (
            f"户主：卢建国，身份证号：{ID}，家庭成员：妻：卓玛措姆，原宅基地坐落：东山村\n",
            ["卢建国", "卓玛措姆"],
        ),
        # A numbered item whose fields "；" parts: the name, then the sex.
        (f"（3）拉巴次仁；男；2014年10月19日；{ID}；困境儿童；重残\n", ["拉巴次仁"]),
        # The guardian's field before the relation, in a row with the child's sex.
        (
            "4．林小雨，女，2013-02-10，困境儿童，特困家庭儿童，巴图孟和，祖父，（0479）2812345\n",
            ["林小雨", "巴图孟和"],
        ),
        ("（一）林小雨，女，孤儿，由舅舅谷大明监护（电话13912345678）。\n", ["林小雨", "谷大明"]),
        # A household named by its head, with its land.
        (
            "一、冶成明户，97.77亩，补偿1564.37元。\n二、次仁卓玛·多吉户，70.72亩，补偿1131.55元。\n",
            ["冶成明", "次仁卓玛·多吉"],
        ),
        # A list's later item about one person, and a ward before "的监护人".
        ("另：扎西多吉经劳动能力鉴定为完全丧失劳动能力，停止领取失业保险金。\n", ["扎西多吉"]),
        ("备注：冶小军的监护人冶大明因失能，暂由村民委员会协助履行监护职责。\n", ["冶小军", "冶大明"]),
        # A reply's addressee on a line of its own, the body opening with the addressee's particulars.
        (
            "信访事项答复意见书\n\n曲比拉哈：\n你（联系电话：13912345678）于2024年4月2日反映的问题已受理。\n",
            ["曲比拉哈"],
        ),
        # A spaced name padded before a bracketed masked ID; an item of a list before a travel document.
        ("岑  浩  强（451024********1839），原在某公司工作。\n", ["岑  浩  强"]),
        (
            "出租给王林（身份证号" + ID + "）、斯琴高娃（往来港澳通行证C12345678）居住。\n",
            ["王林", "斯琴高娃"],
        ),
        # A vehicle's holder that a subsidy list drops; a relation in brackets after a name.
        ("因车辆已报废注销，格桑央金（原号牌青AD56937）不再列入补贴范围。\n", ["格桑央金"]),
        (
            f"3\t拜佳艳\t女\t{ID}\t折桥镇\t户籍迁出\t2019年12月\t邹伟志（子）\t18566501044\n",
            ["拜佳艳", "邹伟志"],
        ),
        # A landlord that a bracketed phone follows, whatever the surname.
        ("二、某小区5栋1004室，房东旦增旺堆（联系电话13912345678），出租给他人。\n", ["旦增旺堆"]),
    ],
)
def test_it_finds_names_in_pdf_lists(text: str, expected: list[str], engine: str) -> None:
    assert names(text, engine) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Relations in prose, not a list of members: no name follows them.
        "加强对子女教育、父母赡养的宣传，关爱妻子儿女、父母兄弟。\n",
        # A household's kind before "户", not its head.
        "一、养殖户，320亩，补偿1564.37元。\n二、贫困户，70.72亩。\n",
        # "另：" before a rule, not a person.
        "另：本公示期满后无异议的，按规定发放。\n",
        # A place in a numbered row with a sex further on: not a Tibetan name.
        "2，南隆街道，东钟村，范荣，男，1959.09\n",
        # A relation in a row with no person's sex or ID.
        "联系方式：办公室，母亲节活动，祖父，12345\n",
        # "对" before the name is the clause's, not the name's.
        f"对张三（身份证号码{ID}）给予救助\n",
    ],
)
def test_it_leaves_near_misses(text: str, engine: str) -> None:
    found = names(text, engine)
    assert not any(n in found for n in ("养殖", "贫困", "本公示期满后无", "南隆街道", "母亲节活动", "对张三"))
    assert not any(n in ("子女", "父母", "妻子", "儿女", "教育") for n in found)


def test_an_unnumbered_household_with_its_land_is_its_head(engine):
    # A compensation list without item numbers: only the land area after "户，" says it is a household.
    text = "沈浩永户，56.47亩，补偿564.67元，已打入一卡通账号。\n吕兰燕户，34.24亩，补偿547.85元。\n"
    found = [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == "name"]
    assert found == ["沈浩永", "吕兰燕"]
