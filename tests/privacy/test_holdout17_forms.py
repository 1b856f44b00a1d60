"""The families of holdout17: 医保 reimbursement forms (出院诊断), 特殊困难老年人 rosters and visit records
(a 健康状况 that lists conditions, a 类别 column of the scheme's classes, 失能 grades), 社会救助 household
surveys (a member's line with an age), 见义勇为 notices and lists (the rescuer's wounds), replies about a
大病保险 claim, and the offices' numbers at their feet."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def found(text: str, engine: str) -> list[tuple[str, str]]:
    return [(h.kind, h.text) for h in detect(text, PrivacyConfig(engine=engine))]


def of_kind(text: str, engine: str, kind: str) -> list[str]:
    return [t for k, t in found(text, engine) if k == kind]


# --- health: fields and columns that list conditions ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A reimbursement form's diagnosis at discharge.
        ("住院号:5512345  出院日期:2024-03-02\n出院诊断:胃恶性肿瘤  医疗总费用:80123.38元\n", ["胃恶性肿瘤"]),
        ("入院诊断：肝硬化失代偿期\n", ["肝硬化失代偿期"]),
        # Two diagnoses: each its own finding.
        ("出院诊断：食管癌、慢性阻塞性肺疾病  医疗总费用：140233.11元\n", ["食管癌", "慢性阻塞性肺疾病"]),
        # A field with nothing in it, and the document's name, are no diagnosis.
        ("出院诊断：  医疗总费用：1000元\n", []),
        ("请提供出院诊断证明书复印件。\n", []),
    ],
)
def test_discharge_diagnosis(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "health") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A visit record's 健康状况 lists conditions: each one, without 患.
        ("老人类别：空巢  健康状况：2型糖尿病、慢性支气管炎\n", ["2型糖尿病", "慢性支气管炎"]),
        ("老人类别：空巢  健康状况：患腰椎间盘突出症，精神四级\n", ["腰椎间盘突出症", "精神四级"]),
        # A list that goes on with something other than a condition stops there.
        ("健康状况：高血压、冠心病，需长期服药\n", ["高血压", "冠心病"]),
        # One condition stays the field's value, as before.
        ("健康状况：患乳腺癌\n", ["患乳腺癌"]),
        # A 患病情况 field's "患有A、B" is one statement.
        ("患病情况：患有冠心病、脑瘫\n", ["患有冠心病、脑瘫"]),
        # Nothing wrong.
        ("健康状况：基本健康  自理能力：完全自理\n", []),
        ("健康状况：生活能自理\n", []),
    ],
)
def test_health_field_lists(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "health") == expected


_ROSTER = (
    "某镇2024年特殊困难老年人探访关爱对象花名册\n"
    "序号\t姓名\t性别\t年龄\t类别\t健康状况\t家庭住址\n"
    "1\t龙秀英\t女\t78\t重残\t患骨质疏松症，言语残疾一级\t某镇青山村3组90号\n"
    "2\t马德明\t男\t92\t失能\t阿尔茨海默病、高血压\t某镇青山村232号\n"
    "3\t杨桂兰\t女\t86\t高龄\t生活能自理\t某镇青山村7号\n"
    "4\t何文\t男\t81\t空巢\t基本健康\t某镇青山村8号\n"
)


def test_roster_health_column_lists(engine: str) -> None:
    # The 健康状况 column's lists are split; the 类别 column's "重残", "失能" are the scheme's classes.
    assert of_kind(_ROSTER, engine, "health") == ["骨质疏松症", "言语残疾一级", "阿尔茨海默病", "高血压"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A 养老服务补贴 list's 能力评估等级: the grade is health, "能力完好" is not.
        (
            "序号\t姓名\t性别\t年龄\t能力评估等级\t补贴金额（元）\n"
            "1\t龙秀英\t女\t82\t能力完好\t50\n"
            "2\t马德明\t男\t92\t中度失能\t200\n",
            ["中度失能"],
        ),
        # A 失能 in a column that is no category's stays flagged ("困境情形").
        ("序号\t姓名\t性别\t困境情形\n1\t龙秀英\t女\t失能\n", ["失能"]),
        # A brief about a person: "重度失能" whole.
        ("龙秀英，82岁，家住某镇青山村3组，重度失能，由次子照料。\n", ["重度失能"]),
    ],
)
def test_disability_of_old_age(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "health") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A household survey's member line: the condition, not the 劳动能力 status beside it.
        ("家庭成员情况：\n    龙德明，父亲，89岁，淋巴瘤，丧失劳动能力，月收入0元\n", ["淋巴瘤"]),
        ("家庭成员情况：\n    马小军，次子，23岁，冠心病，在外务工，月收入0元\n", ["冠心病"]),
        ("    马小军，父亲，86岁，良好，丧失劳动能力，月收入0元\n", []),
        # An appraisal's degree stays a finding.
        ("申请人龙德明经劳动能力鉴定为完全丧失劳动能力，自2024年1月起发放。\n", ["完全丧失劳动能力"]),
        # A header that names columns is no member's line.
        ("姓名，关系，年龄，健康状况，就业情况\n龙德明，父亲，89，淋巴瘤，务农\n", ["淋巴瘤"]),
    ],
)
def test_household_members(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "health") == expected


# --- health: wounds, claims and visit records -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A 见义勇为 notice: the rescuer's injury after 受伤 / 致 / 造成.
        ("龙德明在施救过程中受伤腰椎骨折，住院治疗22天。\n", ["腰椎骨折"]),
        ("龙德明在施救过程中受伤面部烧伤，住院治疗24天。\n", ["面部烧伤"]),
        ("龙德明在施救过程中致吸入性肺炎，经治疗已康复出院。\n", ["吸入性肺炎"]),
        ("龙德明在施救过程中造成腹部刀刺伤，经治疗已康复出院。\n", ["腹部刀刺伤"]),
        # A 不予确认 decision: the other party of a fight.
        ("该事件系你与马德明之间因债务引发的互殴，马德明致左前臂刀刺伤，不属于…。\n", ["左前臂刀刺伤"]),
        # A list's deed: "本人" and the wound.
        ("1\t龙秀英\t女\t1990年3月\t无业\t2025年4月14日救人，本人左手掌割伤\t积极分子\n", ["左手掌割伤"]),
        # How one was hurt is no wound; nor is a count of the hurt.
        ("龙德明在车间作业时被机器挤伤，经医院救治。\n", []),
        ("事故造成受伤人员3人，均已送医。\n", []),
    ],
)
def test_wounds(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "health") == expected


def test_name_that_ends_like_a_disease(engine: str) -> None:
    # A commendation list's rescuer ("…炎") is a name, not an inflammation; the wound is found.
    text = (
        "某市2024年度见义勇为先进个人拟表彰人选名单\n"
        "序号  姓名    性别  出生年月   主要事迹\n"
        "1     林彬炎  男    1975年3月  2024年4月28日协助抓获盗窃嫌疑人，本人肋骨骨折\n"
    )
    assert of_kind(text, engine, "health") == ["肋骨骨折"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A reply about a 大病保险 claim: the illness the stay was for.
        (
            "申请人龙德明，男，申请公开其2023年在某医院住院治疗重症肌无力的大病保险报销明细。\n",
            ["重症肌无力"],
        ),
        # Policy text names no one.
        ("参保人员住院治疗费用按规定报销。\n", []),
    ],
)
def test_hospital_stay(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "health") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("探访内容:帮助打扫卫生\t存在问题:脑梗死后遗症需定期复查\n", ["脑梗死后遗症"]),
        ("探访内容：查看居住环境  存在问题：屋顶漏雨，需维修\n", []),
    ],
)
def test_visit_record_problem(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "health") == expected


# --- landlines ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An office's number with its hours, under a notice that names a person.
        (
            "路人马德明（24岁，家住某镇某村215号）被困。\n"
            "    联系电话：（0475）8848729（工作日）；来信请寄某区见义勇为基金会。\n",
            [],
        ),
        ("1\t龙秀英\t女\t82\t中度失能\t200\n    联系电话：0797-3571318（办公时间）。\n", []),
        # A roster's foot: the reporting office's line, with 12345 as the alternative.
        (
            "4\t龙秀英\t女\t94\t空巢\t高血压\t某镇某村105号\n"
            "填报单位：某镇民政办（盖章）　填报人：马德明　举报\n"
            "电话：0930-6051025，或拨打12345政务服务便民热线\n",
            [],
        ),
        # A household's landline stays flagged, its label ending the line above.
        (
            "申请人：龙秀英　性别：女　年龄：71岁\n联系电话：\n+86 19588676711　家庭电话：\n05587667104\n",
            ["05587667104"],
        ),
        ("申请人：龙秀英　家庭电话：0558-7667104\n", ["0558-7667104"]),
    ],
)
def test_office_and_home_landlines(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "landline") == expected
