"""Numbers first missed in holdouts 20 and 21: an ID in a 双公示 table's 代码 column, a mobile whose
one-cell-a-line form read another column's header for it."""

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def found(text: str, engine: str) -> list[tuple[str, str]]:
    return [(h.kind, h.text) for h in detect(text, PrivacyConfig(engine=engine))]


HEADER = "序号  被处罚人          相对人类别  代码                负责人  决定书文号\n"


def test_a_natural_persons_id_in_a_code_column(engine):
    text = HEADER + "1     文兰雯            自然人      141125198208085682          柳农罚〔2025〕22号\n"
    assert ("id_card", "141125198208085682") in found(text, engine)


def test_a_credit_code_in_the_same_column_is_none(engine):
    # 91350100M000100Y43 is a valid GB 32100 code: a company's, never flagged.
    text = HEADER + "3     某某五金店  个体工商户  91350100M000100Y43  曹秀粉  柳农罚〔2025〕388号\n"
    assert [k for k, _ in found(text, engine) if k == "id_card"] == []


def test_a_mobile_alone_on_its_line_in_a_flattened_form(engine):
    text = (
        "当事人\n姓名\n性别\n年龄\n身份证号码\n住址\n联系方式\n申请人\n阿不力孜古丽米热\n女\n62\n"
        "654023196209272362\n霍城县芦草沟镇大西沟村第四村民小组\n17651342877\n被申请人\n"
    )
    assert ("mobile", "17651342877") in found(text, engine)
