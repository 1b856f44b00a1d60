"""Names told by a family relation: co-applicants and household members with the relation in
brackets, and the contact a child's row gives before a phone number (a guardian, with or without
the relation written after the name)."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def names(text: str, engine: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == "name"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Every co-applicant of the list, not only the first after the label.
        (
            "共同申请人：江宁建（配偶） 522601197801146113、江凯（女儿） 522601202403245757、"
            "闫荣（儿子） 52260120180404533X\n",
            ["江宁建", "江凯", "闫荣"],
        ),
        # A typeset row whose column the header does not name: the relation tells.
        (
            "2       乐蓉梅      330782199104221300    田  毅（配偶）、乐可馨（子女）    义乌市立信医院\n",
            ["乐蓉梅", "田  毅", "乐可馨"],
        ),
    ],
)
def test_a_relation_in_brackets_marks_a_person(engine, text, expected):
    assert names(text, engine) == expected


@pytest.mark.parametrize(
    "text",
    [
        "户主（配偶）一栏填写与户主关系。",  # a field's description
        "王某某（儿子）已办理。",  # already anonymised
        "申请人（配偶）须一并到场。",  # a role
    ],
)
def test_a_relation_after_a_role_or_an_anonymised_name_is_no_name(engine, text):
    assert names(text, engine) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The parent's name right before the phone, in a pupil's row.
        ("1、五年级(7)班，陈可馨，女，164，65.6，龋齿，索朗措姆，18564876425；\n", ["陈可馨", "索朗措姆"]),
        # The guardian, then the relation, then the phone.
        (
            "（2）娜仁花，女，2007年7月21日，152522200707210826，孤儿，额尔敦，祖父，+86-13843273713，1350\n",
            ["娜仁花", "额尔敦"],
        ),
    ],
)
def test_the_contact_before_a_phone_in_a_persons_row_is_a_name(engine, text, expected):
    assert names(text, engine) == expected


@pytest.mark.parametrize(
    "text",
    [
        # No person's sex or ID on the line: an office's contact.
        "社区服务中心，咨询电话，13800000000。\n",
        # A relation alone is never a name.
        "（3）李四，男，2010年1月1日，困境儿童，祖母，13912345678\n",
    ],
)
def test_no_contact_name_without_a_person_or_with_a_relation_only(engine, text):
    found = names(text, engine)
    assert "咨询电话" not in found and "祖母" not in found and "社区服务" not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("姓名: 尼玛次仁\n性别：男\n", ["尼玛次仁"]),
        ("监护人：曲比拉哈，联系电话13912345678\n", ["曲比拉哈"]),
    ],
)
def test_a_four_character_name_after_a_label_and_a_colon(engine, text, expected):
    assert names(text, engine) == expected


@pytest.mark.parametrize("text", ["被处罚人：鑫盛歌厅\n", "被处罚人: 何记民宿\n", "姓名：不详\n"])
def test_a_trade_name_after_a_label_is_no_persons_name(engine, text):
    assert names(text, engine) == []


@pytest.mark.parametrize("dot", ["•", "・", "‧"])
def test_a_transliterated_name_typed_with_another_dot(engine, dot):
    text = f"申请人米热古丽{dot}克热木与被申请人某物流有限公司劳动争议一案"
    hits = [h for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == "name"]
    assert [h.text for h in hits] == [f"米热古丽{dot}克热木"]  # the original characters, not "·"
    assert text[hits[0].start : hits[0].end] == hits[0].text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("公开开庭审理原告杨军诉被告张巧荔、李朋若买卖合同纠纷一案", ["杨军", "张巧荔", "李朋若"]),
        # A company among the parties is left alone; a rare surname in the list is still a party.
        (
            "审理原告戚磊诉被告綦岩、秦蓉薇、某财产保险股份有限公司某分公司机动车交通事故责任纠纷一案",
            ["戚磊", "綦岩", "秦蓉薇"],
        ),
    ],
)
def test_every_party_of_a_list_in_a_court_notice(engine, text, expected):
    assert names(text, engine) == expected


def test_a_list_of_defendants_needs_a_cause():
    assert names("被告人员、证人须按时到庭。", "re") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1、夺底乡白定村5组村民尼玛拉巴（身份证号540102195811057577），购置旋耕机1台", ["尼玛拉巴"]),
        ("3.白潭镇后岗村73号马娥珍（身份证号411621********5407），购置播种机1台", ["马娥珍"]),
    ],
)
def test_the_person_before_an_id_in_brackets_after_a_role_or_a_home(engine, text, expected):
    assert names(text, engine) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("佴美将第二代居民身份证，身份证号码341203530728790，特此声明作废。\n", ["佴美"]),
        ("本人图雅遗失身份证，号码15042119840720034X，特此声明作废。\n", ["图雅"]),
        ("米热古丽遗失往来港澳通行证，证件号码C65780646，声明作废。\n", ["米热古丽"]),
    ],
)
def test_the_owner_of_a_lost_document_whatever_the_surname(engine, text, expected):
    assert names(text, engine) == expected


def test_a_loss_notice_without_a_document_keeps_two_characters_strict(engine):
    assert names("原件遗失的，按规定补办。\n", engine) == []


@pytest.mark.parametrize(
    "text",
    [
        "你于2021年5月12日持居民身份证（230621195806062893）向本机关申请查询婚姻登记档案。\n",
        "沈旭建，男，1966年4月29日出生，身份证号码411525660429119；\n",
        "某县燃气安全专项整治逾期未整改用户名单公示\n",
    ],
)
def test_documents_and_list_titles_are_no_names(engine, text):
    assert "身份证" not in names(text, engine) and "单公示" not in names(text, engine)


def test_a_members_relation_before_the_id_is_no_name(engine):
    assert names("2，郝鹏兴，配偶，511621197403125711\n", engine) == ["郝鹏兴"]


def _kinds(text: str, engine: str) -> list[str]:
    return [h.kind for h in detect(text, PrivacyConfig(engine=engine))]


def test_an_office_sign_off_ends_the_form_above_a_phone(engine):
    text = (
        "4、社会保险：胡云珍参加城乡居民基本养老保险。\n"
        "核对人：蔺凤琴、邹俊飞　　复核人：徐莉琳\n"
        "联系电话：（0558）3541471\n"
    )
    assert "landline" not in _kinds(text, engine)
    # Without the sign-off the phone is the next field of the person's form.
    assert "landline" in _kinds("姓名：胡云珍\n住址：某镇某村3组\n联系电话：（0558）3541471\n", engine)


def test_an_inspectors_badge_number_is_no_mobile(engine):
    assert "mobile" not in _kinds("劳动保障监察员：邱梅婷（执法证号：13784708557）\n", engine)


def test_a_card_with_a_province_and_a_far_date_inside_is_a_card(engine):
    text = "银行存款：齐东瑞名下兴业银行账户（卡号622908218303110623）余额26299.00元。\n"
    assert "bank_card" in _kinds(text, engine)


def test_a_date_in_the_next_column_is_not_a_cards_last_group(engine):
    text = "1 蔡玲艳 甘J4267挂 中型自卸货车 621121215049 2022-12-01 35000\n"
    assert "bank_card" not in _kinds(text, engine)


def test_a_households_burdens_are_no_names(engine):
    assert names("家庭成员：子女教育、父母赡养\n", engine) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("诉求人：扎西顿珠  联系电话：17722473327\n", ["扎西顿珠"]),
        ("患者：扎西央宗，女，42岁\n", ["扎西央宗"]),
    ],
)
def test_a_four_character_name_after_any_persons_label(engine, text, expected):
    assert names(text, engine) == expected
