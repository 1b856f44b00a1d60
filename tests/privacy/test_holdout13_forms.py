"""The families of holdout13: forms written one field a line (a landline below its label, a title
above the fields), HTML forms whose cells pad the label, rows broken after a separator, a treasury's
account, family members one a line, co-builders and neighbouring households in a demolition order,
Markdown grids without spaces, and a veteran's disability."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def found(text: str, engine: str) -> list[tuple[str, str]]:
    return [(h.kind, h.text) for h in detect(text, PrivacyConfig(engine=engine))]


def of_kind(text: str, engine: str, kind: str) -> list[str]:
    return [t for k, t in found(text, engine) if k == kind]


# --- numbers ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A form one field a line: the household's landline below its label.
        (
            "居住登记表\n姓名\n龙小梅\n手机\n13912345678\n座机\n（0851）3861234\n工作单位\n某公司\n",
            ["（0851）3861234"],
        ),
        # A table one cell a line: the applicant's number a row below the name and the relation.
        ("序号\n申领人\n与逝者关系\n联系电话\n1\n龙小梅\n女儿\n0851 38612345\n1200\n", ["0851 38612345"]),
        # An office's number after a contact line broken by a page's footer stays public.
        ("联系人：龙小梅（信贷部）  联系电话：\n— 2 —\n某某催收公告\n0851-3861234\n地址：某街1号\n", []),
        # A number alone on its line in a notice, far from any person, stays public.
        ("如有疑问请致电\n0851-3861234\n", []),
    ],
)
def test_landline_alone_on_its_line(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "landline") == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # An HTML form pads the label's cell: the permit's field is further than the plain window.
        (
            "<table><tr><td>证件名称</td><td>往来台湾通行证</td><td>证件号码</td><td>L12345678</td></tr></table>",
            "tw_permit",
            ["L12345678"],
        ),
        (
            "<table><tr><td>证件名称</td><td>台胞证</td><td>证件号码</td><td>12345678</td></tr></table>",
            "tw_permit",
            ["12345678"],
        ),
        # Eight digits with no document named stay unflagged.
        ("<table><tr><td>受理编号</td><td>12345678</td></tr></table>", "tw_permit", []),
    ],
)
def test_permit_in_padded_cells(text: str, kind: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, kind) == expected


def test_row_broken_after_a_separator(engine: str) -> None:
    # The line ends with a tab: the next line fills the row's next column (联系电话), not the one after.
    text = (
        "序号\t姓名\t工作单位\t困难原因\t联系电话\t帮扶金额（元）\n"
        "1\t龙小梅\t某某运输有限公司\t下岗待业\t\n"
        "13912345678\t2000\n"
    )
    assert of_kind(text, engine, "mobile") == ["13912345678"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The treasury's account a penalty is paid into is published for payment.
        ("罚款缴至非税收入汇缴账户，开户行：中国银行某县支行，账号：6222020200112233446。", []),
        ("罚款缴入国库，账号：6222020200112233446。", []),
        # An account that names no owner stays a card.
        ("罚款缴入账户：6222020200112233446。", ["6222020200112233446"]),
        ("开户银行及账号：中国建设银行 6222020200112233446", ["6222020200112233446"]),
    ],
)
def test_public_account(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "bank_card") == expected


def test_vertical_form_is_no_table(engine: str) -> None:
    # A title and label/value pairs one a line are a form, not a table whose column is the title
    # ("残疾人证申请表" would make the bank line a health finding).
    text = (
        "残疾人证申请表\n申请人\n阿西伍沙\n健康状况\n视力残疾三级\n"
        "开户银行及账号\n中国建设银行 6222020200112233446\n"
    )
    result = found(text, engine)
    assert ("bank_card", "6222020200112233446") in result
    assert [t for k, t in result if k == "health"] == ["视力残疾三级"]


# --- names --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Family members one a line under "家庭成员": name, relation, a mobile or an ID.
        ("家庭成员\n龙小梅，女儿，13912345678\n", ["龙小梅"]),
        ("家庭成员\n扎西顿珠\t孙子\t13912345678\n", ["扎西顿珠"]),
        ("家庭成员\n龙小梅 配偶 139 1234 5678\n", ["龙小梅"]),
        # No relation between: not a member's line.
        ("家庭成员\n基本情况，良好，13912345678\n", []),
        # Without a members' heading the shape is not looked for.
        ("说明\n材料齐全，女儿，13912345678\n", []),
    ],
)
def test_member_lines(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "name") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A co-builder with the relation to the party spelt out.
        ("共同建设人：龙小梅（系当事人配偶，身份证号520101199001011234）。", ["龙小梅"]),
        ("共同申请人：苗秀英（系申请人之女）。", ["苗秀英"]),
        # A neighbouring household, a Tibetan name too.
        ("邻户扎西顿珠（13912345678）已陈述该建筑遮挡其采光。", ["扎西顿珠"]),
        ("邻户龙小梅（13912345678）已于调查中陈述。", ["龙小梅"]),
        # An item's number, then the household and where it lives.
        ("3．笪秀英家住某县某镇某村5号，其儿子因病长期治疗。", ["笪秀英"]),
        ("2．扎西顿珠家住某县某乡某村8号，其女儿因病长期治疗。", ["扎西顿珠"]),
        # Four characters after a comma need a listed surname: "经查，集体家住…" is no name.
        ("经查，全体家住某村的住户均已登记。", []),
        # "系" and a relation not in brackets name no one.
        ("经查，该户系当事人配偶所建。", []),
    ],
)
def test_relatives_and_neighbours(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "name") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A Markdown grid without spaces: the value is the next cell.
        ("采集表\n|姓名|龙　梅|性别|女|民族|汉族|\n", ["龙　梅"]),
        ("采集表\n|姓名|巴特尔|性别|男|\n", ["巴特尔"]),
        # A grid's header: the next cell is a header word.
        ("名单\n|序号|姓名|性别|\n", []),
    ],
)
def test_tight_grid(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "name") == expected


# --- health -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A veteran's disability after its label, the cause left out; one field a line too.
        ("伤残情况：因战致听力残疾二级", ["听力残疾二级"]),
        ("|伤残情况|因公致肢体残疾四级|电子邮箱|a@b.cn|", ["肢体残疾四级"]),
        ("姓名\n龙小梅\n伤残情况\n因公致视力残疾三级\n", ["视力残疾三级"]),
        # A grid's header after a health header is no value.
        ("| 序号｜姓名｜残疾类别及等级｜现居住地｜托养方式 |", []),
        # Policy prose about disability is no one's.
        ("因战致残的退役军人按规定享受抚恤。", []),
    ],
)
def test_disability_label(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "health") == expected
