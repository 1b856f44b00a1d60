"""The families of holdout16: a veteran's disability and its grade (评残 notices and lists, 优抚 rosters,
replies to a request to reassess it), a 严重精神障碍 patient's diagnosis, a foundling's or an adopted
child's condition, hard-wrapped letters and notices, and an office's landline at a notice's foot."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def found(text: str, engine: str) -> list[tuple[str, str]]:
    return [(h.kind, h.text) for h in detect(text, PrivacyConfig(engine=engine))]


def of_kind(text: str, engine: str, kind: str) -> list[str]:
    return [t for k, t in found(text, engine) if k == kind]


# --- a veteran's disability ---------------------------------------------------------------------------

_ASSESSMENT_HEAD = (
    "关于2024年度新办评残及调整残疾等级人员的公示\n"
    "经本人申请、某市退役军人事务局组织伤残鉴定，现将评定（调整）残疾等级人员情况公示如下：\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The grade after its label, in a notice's item: the grade, not 因公.
        (
            _ASSESSMENT_HEAD + "1．龙卫东，男，1970年5月出生，1988年入伍，原系某部战士，1990年在执行抗洪抢险"
            "任务中致右手拇指缺失。经鉴定，拟评定伤残等级为九级（因公）。\n",
            ["右手拇指缺失", "九级"],
        ),
        # A change notice's item: "伤残等级十级" without a colon.
        ("3. 龙卫东，男，62岁，某镇某村人，1979年入伍，残疾军人，因公致残，伤残等级十级；\n", ["十级"]),
        # A rule's class of grades is no one's.
        ("伤残等级为一级至四级的，由国家供养终身。\n", []),
        ("伤残等级为五级、六级的，按规定发放。\n", []),
        # A remark that names the disability after its grade: the disability is the finding.
        ("4 | 龙卫东 | 男 | 残疾军人 | 建设银行 | 4638 | 伤残等级七级，右手拇指缺失\n", ["右手拇指缺失"]),
        # The label's words in a title or a sentence are no field.
        (_ASSESSMENT_HEAD, []),
        ("龙卫东同志：\n你于2025年3月30日通过来信提出的关于调整残疾等级的申请收悉。\n", []),
    ],
)
def test_disability_grade_in_prose(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "health") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A reply's body, hard-wrapped: a line ending in "，" is no table's header, and the disabled
        # part after "致残部位为" is found across the wrap.
        (
            "龙卫东先生：\n  你于2023年5月9日通过来信提出\n的关于调整残疾等级的申请收悉。\n"
            "经查，你于1974年入伍，1982年退\n出现役，现为残疾军人，因病致残，\n原评定伤残等级为八级，致残部位\n为脊髓损伤。\n",
            ["八级", "脊髓损伤"],
        ),
        (
            "经查，你于1984年入伍，现为残疾军人，因公致残，原评定伤残等级为十级，致残部位为右上肢功能障碍。\n"
            "  你反映的股骨颈骨折不属于因战因公致残的范围，可按规定申请城乡居民医疗救助。\n",
            ["十级", "右上肢功能障碍", "股骨颈骨折"],
        ),
        # What the addressee reported that is no illness.
        ("你反映的噪声扰民问题已转交属地街道办理。\n", []),
    ],
)
def test_reply_about_a_disability(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "health") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 伤残情况 and 评定等级 columns of a 评残 list; 因战 (伤残性质) is how, not what.
        (
            "序号\t姓名\t性别\t致残原因\t伤残情况\t评定等级\t伤残性质\n"
            "1\t龙卫东\t男\t执行营区施工任务\t左眼视力丧失\t九级\t因战\n"
            "2\t龙小梅\t女\t参加军事训练\t双耳神经性耳聋\t六级\t因病\n",
            ["左眼视力丧失", "九级", "双耳神经性耳聋", "六级"],
        ),
        # A 评定等级 column in a table about no disability is a contest's or a credit's.
        ("序号\t姓名\t评定等级\n1\t龙卫东\t一级\n", []),
        # A roster's 伤残性质 column: "因病" there is not an illness.
        (
            "| 序号 | 姓名 | 身份证号 | 优抚类别 | 伤残等级 | 伤残性质 | 发放金额（元） |\n"
            "| 1 | 龙卫东 | 430524196103224459 | 残疾军人 | 九级 | 因病 | 2710 |\n",
            ["九级"],
        ),
    ],
)
def test_disability_columns(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "health") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rows a PDF spaced unevenly, which the header's columns do not split: the grade between the
        # disability and the 伤残性质.
        (
            "序号   姓名   性别   出生年月   致残原因   伤残情况   评定等级   伤残性质\n"
            "1 龙卫东 男 1963.07 参加军事训练 右上肢功能障碍 六级 因公\n",
            ["右上肢功能障碍", "六级"],
        ),
        # A roster's row: the grade after the 优抚类别 "残疾军人"; "因病" after the grade is its nature.
        (
            "序号   乡镇   姓名   身份证号   优抚类别   伤残等级   伤残性质   月标准（元）\n"
            "3 某某镇 龙卫东 44142419351111929X 残疾军人 七级 因病 3220\n",
            ["七级"],
        ),
        # A grade beside no disability: a contest's ("一级 优秀").
        ("1 龙卫东 男 某某小学 一级 优秀\n", []),
    ],
)
def test_grade_as_a_rows_field(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "health") == expected


# --- a patient's diagnosis ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A 以奖代补 notice's item: the diagnosis in brackets after the patient's name.
        ("2. 患者龙小梅（双相情感障碍），监护人龙卫东（姐姐），上游村，1000元；\n", ["双相情感障碍"]),
        # A note that is no condition.
        ("2、龙卫东（监护人）——龙小梅（患者，男，55岁）；\n", []),
        # A diagnosis whose cue a hard wrap breaks, on the line of a patient.
        (
            "1．龙卫东，系患者龙小梅之儿子，住某村一社2号，患者诊断\n为癫痫所致精神障碍，联系电话：13912345678；\n",
            ["癫痫所致精神障碍"],
        ),
        (
            "3．龙卫东，系患者龙小梅之哥哥，住某村四组5号，患者诊断为\n癫痫所致精神障碍，联系电话：13912345678；\n",
            ["癫痫所致精神障碍"],
        ),
    ],
)
def test_patient_diagnosis(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "health") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A Markdown grid one field a row is a form, not a table whose header is "疾病诊断 | 偏执性精神病".
        (
            "| 患者姓名 | 龙小梅 |\n| 性别 | 女 |\n| 疾病诊断 | 偏执性精神病 |\n"
            "| 首次发病时间 | 2008年7月 |\n| 监护人姓名 | 龙卫东 |\n| 与患者关系 | 妻子 |\n",
            ["偏执性精神病"],
        ),
        ("| 患者姓名 | 龙小梅 |\n| 疾病诊断 | 精神分裂症 |\n| 首次发病时间 | 2004年3月 |\n", ["精神分裂症"]),
    ],
)
def test_markdown_form_diagnosis(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "health") == expected


# --- a child's condition ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A foundling's condition, the label's value hard-wrapped, or the label itself.
        ("约2个月大，现取名龙小宝，身体状况：患有\n脑性瘫痪。捡拾时附有纸条。\n", ["脑性瘫痪"]),
        ("约1个月大，现取名龙小宝，身体状\n况：患有先天性白内障。捡拾时包裹红色小被。\n", ["先天性白内障"]),
        ("现取名龙小宝，身体状况：健康。\n", []),
        # A rule's condition after a colon is no one's.
        ("申请条件：患有严重精神障碍的，由监护人提出申请。\n", []),
        # An adopted child's condition after the birth date.
        ("被收养人：龙小兰，女，2016年3月\n9日出生，唇腭裂；\n", ["唇腭裂"]),
    ],
)
def test_child_condition(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "health") == expected


# --- landlines ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The office's number after a sentence that names whom the notice addresses ("其他监护人").
        (
            "现取名龙小宝，身体状况：健康。\n请该儿童的生父母或其他监护人自本公告发布之日起60日内到某县民政局认领。"
            "逾期无人认领的，依法安置。联系电话：0998-2667212。\n",
            [],
        ),
        # A notice's foot hard-wrapped inside its label, below a list of persons.
        (
            "被收养人：龙小兰，女，身份证号：653121201405054114；\n公示期为10日。如有异议，请向某县\n"
            "民政局登记处反映，联系\n电话：0998-7853950。\n",
            [],
        ),
        # A label hard-wrapped in a sentence about a person: the guardian's own number.
        (
            "1．龙卫东，系患者龙小梅之女儿，住某村4组62号，\n患者诊断为精神发育迟滞伴发精神障碍，联系\n"
            "电话：（0739）7742911；\n",
            ["（0739）7742911"],
        ),
        # A form's later field below the person's own fields stays the person's.
        ("姓名：龙卫东\n住址：某村4组62号\n联系电话：0739-7742911\n", ["0739-7742911"]),
    ],
)
def test_landline_after_a_wrap(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "landline") == expected
