"""Forms found on holdout11: an office's seat in brackets and in a letterhead, a deceased person's last
home, an address cell that a PDF wrapped, the contact line at the foot of a decision, the deceased of an
estate, a vaccinee, the accused, later mentions after a label, a family doctor's categories, a count of
disabled employees, and diagnoses named by a person mentioned again."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig

from .conftest import make_id


def found(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


# --- addresses ---------------------------------------------------------------------------------------


def test_an_office_seat_in_brackets_after_the_office(engine: str) -> None:
    text = (
        f"1．韩立平，男，公民身份号码：{make_id()}，户籍地址：城关镇新民村3组，注销原因：死亡。\n"
        "如有异议，请于三十日内到城关派出所户籍室反映（地址：榆中县城关镇北街12号，电话：0931-5212345）。\n"
    )
    assert found(text, engine, "address") == ["城关镇新民村3组"]
    assert found(text, engine, "landline") == []


def test_a_person_address_in_brackets_is_kept(engine: str) -> None:
    text = "申请人韩立平（地址：城关镇新民村3组12号）对处理结果无异议。"
    assert found(text, engine, "address") == ["城关镇新民村3组12号"]


def test_a_letterhead_under_a_postcode_or_before_the_office_name(engine: str) -> None:
    text = (
        "序号\t姓名\t住址\n1\t韩立平\t城关镇新民村3组12号\n"
        "咨询电话：0931-5212345  邮政编码：730100\n"
        "通讯地址：兰州市榆中县东岗路88号\n"
    )
    assert found(text, engine, "address") == ["城关镇新民村3组12号"]
    text = "姓名：韩立平\n通讯地址：兰州市榆中县东岗路88号榆中县残疾人联合会\n"
    assert found(text, engine, "address") == []


def test_a_person_postal_address_is_kept(engine: str) -> None:
    text = "姓名：韩立平\n通讯地址：兰州市榆中县东岗路88号\n"
    assert found(text, engine, "address") == ["兰州市榆中县东岗路88号"]


def test_a_deceased_persons_last_home(engine: str) -> None:
    text = f"经查，被继承人刘文（男，生前公民身份号码：{make_id()}）生前住永安市康乐小区5栋302室。"
    assert found(text, engine, "address") == ["永安市康乐小区5栋302室"]


def test_an_address_cell_wrapped_onto_the_next_line(engine: str) -> None:
    pad = " " * 56
    text = (
        "序号  户主姓名    身份证号码            家庭人口  户籍地址\n"
        f"1     韩立平      {make_id()}    4         城关镇新民村\n"
        f"{pad}三组12号\n"
        f"2     何小军      {make_id('62012319700101123')}    3         城关镇新民村5组\n"
    )
    assert found(text, engine, "address") == [f"城关镇新民村\n{pad}三组12号", "城关镇新民村5组"]


def test_a_line_below_a_cell_with_its_own_cells_is_no_wrap(engine: str) -> None:
    text = (
        "序号  户主姓名    身份证号码            家庭人口  户籍地址\n"
        f"1     韩立平      {make_id()}    4         城关镇新民村2组\n"
        "合计：1户  4人\n"
    )
    assert found(text, engine, "address") == ["城关镇新民村2组"]


# --- names -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The deceased of an estate, named before the estate.
        ("申请人：何小军\n于2024年3月向本处申请办理被继承人田丰遗产继承公证。", ["何小军", "田丰"]),
        # A vaccinee in a compensation list, beside the guardian.
        ("序号\t受种者\t监护人\t接种疫苗\n1\t郭小正\t郭建华\t百白破疫苗\n", ["郭小正", "郭建华"]),
        # The accused a court asks a 司法局 about, two characters between the label and a verb.
        ("本局对被告人孟华开展社区矫正调查评估。\n姓名：孟华\t性别：女", ["孟华", "孟华"]),
        # Later mentions: a reply given to the complainant, a relative who collects wages, care given.
        ("投诉人：李平，对办理结果不满意。我分局当面向李平反馈。", ["李平", "李平"]),
        ("备注：因骨折住院治疗，其工资由其丈夫高明代领。", ["高明"]),
        ("社区矫正对象姜文，男，41岁。\n其父患肺癌多年，需姜文照料。", ["姜文", "姜文"]),
        # A rare surname after a label, with the sex and ID in brackets.
        (f"申请人仉新民（男，公民身份号码：{make_id()}）", ["仉新民"]),
    ],
)
def test_names(text: str, expected: list[str], engine: str) -> None:
    assert found(text, engine, "name") == expected


@pytest.mark.parametrize(
    "text",
    [
        # "居住" reads as the surname 居 and a name.
        f"1\t韩立平\t{make_id()}\t异地长期居住\t随子女居住，现居住地：兰州市城关区东岗路8号",
        # The office's contact at the foot of a decision, in brackets on a line of its own.
        "如不服本决定，可自收到本决定书之日起六十日内申请行政复议。\n（联系人：赵立新，电话：0931-7654321）\n",
    ],
)
def test_not_names(text: str, engine: str) -> None:
    assert [n for n in found(text, engine, "name") if n != "韩立平"] == []


def test_the_office_contact_line_keeps_no_landline(engine: str) -> None:
    text = "如不服本决定，可申请行政复议。\n（联系人：赵立新，电话：0931-7654321）\n"
    assert found(text, engine, "landline") == []


def test_a_contact_in_brackets_inside_a_sentence_is_a_person(engine: str) -> None:
    text = "申请人委托其亲属办理（联系人：赵立新，电话：13912345678）。"
    assert found(text, engine, "name") == ["赵立新"]


# --- health ------------------------------------------------------------------------------------------


def test_a_count_of_disabled_employees_is_no_health(engine: str) -> None:
    text = (
        "单位名称\t在职职工人数\t安排残疾人数\t审核结论\n某某食品有限公司\t120人\t3人\t达标\n"
        "序号\t姓名\t残疾类别及等级\n1\t韩立平\t肢体残疾三级\n"
    )
    assert found(text, engine, "health") == ["肢体残疾三级"]


def test_a_family_doctor_category_names_the_illness(engine: str) -> None:
    text = (
        "序号\t姓名\t身份证号\t签约类别\n"
        f"1\t韩立平\t{make_id()}\t高血压患者、冠心病患者\n"
        f"2\t何小军\t{make_id('62012319700101123')}\t65岁及以上老年人\n"
        "签约医生将为高血压患者提供随访服务。\n"
    )
    assert found(text, engine, "health") == ["高血压", "冠心病"]


def test_a_diagnosis_column_and_vaccine_reactions(engine: str) -> None:
    text = "序号\t受种者\t监护人\t诊断结论\n1\t郭小正\t郭建华\t热性惊厥\n2\t何小军\t何明\t正常\n"
    assert found(text, engine, "health") == ["热性惊厥"]


def test_a_diagnosis_on_a_line_that_names_the_person_again(engine: str) -> None:
    text = (
        "受种者：郭小正，男。\n"
        "郭小正于2024年5月接种百白破疫苗，经某市人民医院诊断为过敏性休克。\n"
        "专家组结论：郭小正所患过敏性休克属于预防接种异常反应。\n"
    )
    assert found(text, engine, "health") == ["过敏性休克", "过敏性休克"]
    assert found(text, engine, "name") == ["郭小正", "郭小正", "郭小正"]


def test_a_diagnosis_about_no_one_is_no_health(engine: str) -> None:
    text = "受种者：郭小正，男。\n接种后经医院诊断为过敏性休克的，应及时报告。\n"
    assert found(text, engine, "health") == []


def test_a_relatives_asthma(engine: str) -> None:
    text = "投诉人：韩立平，反映某公司粉尘污染，称其母患有哮喘，受影响较大。"
    assert [h for h in found(text, engine, "health") if "哮喘" in h] != []
