"""Forms of the blind holdouts 38 and 39 (benchmarks/privacy_data/holdout38.py, holdout39.py) that the
detector missed on first contact, each written as a general case: a 村民组 as a home's last part, a label
of three characters spaced out, the document a form ticks, an ID under a code's column or a field for
either broken over lines; and, for precision, a company's seat after its credit code, an office's mailbox
and an office's address at a notice's foot."""

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def found(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


def test_a_village_group_written_as_cun_min_zu(engine: str) -> None:
    assert found("家庭住址：哲觉镇哲觉村5村民组\n联系电话：14725596749\n", engine, "address") == [
        "哲觉镇哲觉村5村民组"
    ]
    row = "3,韩天佑,65232820000222107X,19961306266,新疆维吾尔自治区昌吉回族自治州昌吉市佃坝镇佃坝村1村民组\n"
    assert found("序号,姓名,身份证号,电话,住址\n" + row, engine, "address") == [
        "新疆维吾尔自治区昌吉回族自治州昌吉市佃坝镇佃坝村1村民组"
    ]


def test_a_label_of_three_characters_spaced_out(engine: str) -> None:
    text = "女方姓名:苏欣怡\n联系电话:18663524886\n现　住　址:羊街镇羊街村11组\n检查日期:2021.6.13\n"
    assert found(text, engine, "address") == ["羊街镇羊街村11组"]
    assert found("住　所　地：金寨县南溪镇丁埠村10组\n", engine, "address") == ["金寨县南溪镇丁埠村10组"]
    assert found("住　　所:曹县大集镇丁楼村5组\n", engine, "address") == ["曹县大集镇丁楼村5组"]


def test_the_document_a_form_ticks(engine: str) -> None:
    boxes = "证件名称：□身份证 {} □港澳通行证□台湾通行证□其他\n证件号码：{}\n"
    assert found(boxes.format("☑护照", "EG2405331"), engine, "passport") == ["EG2405331"]
    text = "证件名称：□身份证 □护照□港澳通行证 ☑台湾通行证□其他\n证件号码： L38682869\n"
    assert found(text, engine, "tw_permit") == ["L38682869"]
    assert found(text, engine, "hk_macau_permit") == []


def test_an_id_under_a_codes_column_or_a_field_for_either_broken_over_lines(engine: str) -> None:
    # A birth register's row wrapped by a PDF: the mother's ID opens the next line, under "证明编号".
    text = (
        "证明编号\t新生儿姓名\t性别\t出生时间\t母亲姓名\t母亲证件\t父亲姓名\n"
        "父亲证件\t家庭住址\t联系电话\t签发人\n"
        "T407721770\t李庆华\t男\t2023年3月21日 05:55\t陈欣怡\t居民身份证 \n"
        "371721200310072669\t程守义\t居民身份证 371721198704171539\t\n"
    )
    assert found(text, engine, "id_card") == ["371721200310072669", "371721198704171539"]
    text = (
        "10. 被执行人：徐宇航，性别：男，身份证号码/统\n"
        "一社会信用代码：341524198904216677，住所地：吴家店镇\n"
    )
    assert found(text, engine, "id_card") == ["341524198904216677"]
    # An order's number keeps its label's word.
    assert found("快递单号：371721200310072669\n", engine, "id_card") == []


def test_a_companys_seat_after_its_credit_code(engine: str) -> None:
    text = (
        "被执行人：某某建材有限公司（法定代表人：汪冬梅）\n"
        "身份证号码/统一社会信用代码：91341524MALMP9GK11\n"
        "住　所　地：金寨县梅山南路298号\n"
        "被执行人：徐宇航\n"
        "身份证号码/统一社会信用代码：341524197305242801\n"
        "住　所　地：金寨县南溪镇丁埠村10组\n"
    )
    assert found(text, engine, "address") == ["金寨县南溪镇丁埠村10组"]
    text = "被申请人古田县佳佳乐超市，统一社会信用代码91350922MAL55JTK78，住所地【古田县城东街道城西路8号】。"
    assert found(text, engine, "address") == []


def test_an_offices_mailbox_and_address_at_a_notices_foot(engine: str) -> None:
    text = "受理机关联系电话： 0394-4381774\n受理机关邮箱：daxzf@163.com（本机关公务邮箱）\n"
    assert found(text, engine, "email") == []
    assert found("电子邮箱：zhang88@163.com\n", engine, "email") == ["zhang88@163.com"]
    text = (
        "如有异议请向田林县乡村振兴局反映。\n联系电话：0776-3758948    邮编：533300\n"
        "通讯地址：田林县乐里镇平山路16号（田林县乡村振兴局）\n"
    )
    assert found(text, engine, "address") == []
    text = (
        "联系人：余春生（仲裁员）    联系电话：0834-2393138\n"
        "地址：布拖县特木里镇新区大道170号    邮编：615350\n"
        "布拖县劳动人事争议仲裁委员会\n2021年12月3日\n"
    )
    assert found(text, engine, "address") == []
    text = "申请人：张三\n联系电话：13812345678\n通讯地址：田林县乐里镇平山村5组16号    邮编：533300\n"
    assert found(text, engine, "address") == ["田林县乐里镇平山村5组16号"]
