"""The families of holdout15: foreigners' passports (a 境外人员临时住宿登记表, a rental register's 证件类型
column), a 劳动能力鉴定 list's grade, a 工伤认定 list's injury, an injury caused or diagnosed in prose, a
门诊慢特病 form's history, a letter's relative and surgery, and a one-cell-a-line list broken by pages."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def found(text: str, engine: str) -> list[tuple[str, str]]:
    return [(h.kind, h.text) for h in detect(text, PrivacyConfig(engine=engine))]


def of_kind(text: str, engine: str, kind: str) -> list[str]:
    return [t for k, t in found(text, engine) if k == kind]


# --- passports ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The document named on the line, the number under a generic label: Korea, Japan, the US.
        ("证件种类：普通护照　　证件号码：M54724118\n", ["M54724118"]),
        ("证件种类:普通护照    证件号码:TK1234567\n", ["TK1234567"]),
        ("证件种类：普通护照　　证件号码：516572194\n", ["516572194"]),
        # The document named on the line above.
        ("国籍：越南\n证件种类：普通护照\n证件号码：C9858473\n签证种类：F字\n", ["C9858473"]),
        ("证件类型：护照\n证件号码：AE1364714\n", ["AE1364714"]),
        # A rental register: the 证件类型 cell says 护照, the number in the next column (tab, CSV, spaces).
        (
            "序号\t姓名\t性别\t国籍\t证件类型\t证件号码\t联系电话\n"
            "1\t约翰·史密斯\t男\t美国\t护照\t584225071\t19197089288\n",
            ["584225071"],
        ),
        (
            '"序号","姓名","性别","国籍","证件类型","证件号码","联系电话"\n'
            '"2","黎氏香","女","越南","护照","C1065543","17618971055"\n',
            ["C1065543"],
        ),
        (
            "序号   姓名     性别   国籍   证件类型   证件号码    联系电话\n"
            "2      李秀贤   男     韩国   护照       M32170391   19983799319\n",
            ["M32170391"],
        ),
        # Another certificate's number after the passport's line: not a passport.
        ("证件种类：普通护照\n证书编号：M54724118\n", []),
        ("证件种类：普通护照　　准考证号：516572194\n", []),
        ("证件类型：护照\n签证号码：M54724118\n", []),
        # A generic 证件号码 with no document named: a foreign-looking number is not read as a passport.
        ("证件号码：M54724118\n", []),
        ("证件号码：516572194\n", []),
        # A 港澳 permit's row keeps its own kind.
        ("证件类型\t证件号码\n港澳居民来往内地通行证\tH04261679\n", []),
    ],
)
def test_foreign_passport(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "passport") == expected


def test_identity_card_in_a_passport_register(engine: str) -> None:
    text = (
        "序号\t姓名\t性别\t国籍\t证件类型\t证件号码\n"
        "1\t曲梦\t女\t中国\t居民身份证\t230102198509042981\n"
        "2\t金敏俊\t男\t韩国\t护照\tM47158775\n"
    )
    assert of_kind(text, engine, "passport") == ["M47158775"]
    assert of_kind(text, engine, "id_card") == ["230102198509042981"]


# --- health: work injuries --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A 劳动能力鉴定 list: the grade in its 伤残等级 column; "无" and "未达级" are none.
        (
            "| 序号 | 姓名 | 身份证号 | 用人单位 | 伤残等级 | 护理依赖 |\n"
            "|---|---|---|---|---|---|\n"
            "| 1 | 宋梅红 | 43310119870714056x | 某某食品有限责任公司 | 七级 | 无 |\n"
            "| 2 | 温强 | 65*************230 | 某某建材有限责任公司 | 未达级 | 无 |\n",
            ["七级"],
        ),
        (
            "序号,姓名,身份证号,用人单位,伤残等级,护理依赖\n1,骆彩欢,440703199611013186,某某建材有限公司,六级,无\n",
            ["六级"],
        ),
        # A 工伤认定 list: the injury in its 受伤部位及伤情 column, whatever word it ends in.
        (
            "序号\t姓名\t性别\t用人单位\t受伤时间\t受伤部位及伤情\t认定结论\n"
            "1\t焦生航\t男\t某某机械制造有限责任公司\t2024-09-24\t左膝半月板损伤\t认定为工伤\n"
            "2\t笪家壮\t男\t某某汽车运输有限公司\t2024-07-09\t右足第2、3跖骨骨折\t不予认定\n",
            ["左膝半月板损伤", "右足第2、3跖骨骨折"],
        ),
    ],
)
def test_injury_columns(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "health") == expected


def test_grade_column_without_people(engine: str) -> None:
    # A compensation schedule's 伤残等级 column names no one: no table of people, no finding.
    text = "伤残等级\t一次性伤残补助金\n一级\t27个月本人工资\n二级\t25个月本人工资\n"
    assert of_kind(text, engine, "health") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An injury caused to someone: the name (or the party) after 致 is left out.
        (
            "申请人：林彬炎\n纠纷事实：裴钧军驾驶电动三轮车与林彬炎发生碰撞，致林彬炎左膝半月板损伤。",
            ["左膝半月板损伤"],
        ),
        ("本院受理原告海来阿木诉你生命权纠纷一案，致原告右桡骨远端骨折，因你下落不明。", ["右桡骨远端骨折"]),
        # A diagnosis in a judgment, a list of two after it, a numbered pair of bones.
        ("原告在工作中受伤，诊断为右眼角膜挫伤，经人社局认定为工伤。", ["右眼角膜挫伤"]),
        ("当即被送往某医院救治，经诊断为：右足第2、3跖骨骨折、脑震荡。", ["右足第2、3跖骨骨折", "脑震荡"]),
        # A work injury's grade after its appraisal, on a line that names no one.
        ("经某区人力资源和社会保障局认定为工伤，经鉴定为八级伤残。", ["八级伤残"]),
        ("经鉴定，原告构成十级伤残。", ["十级伤残"]),
        # No one's injury: a cause that makes poor, a device damaged, a policy's grade.
        ("因病致贫、因残致贫的家庭纳入监测。", []),
        ("暴雨导致设备损伤，已组织抢修。", []),
        ("职工因工致残被鉴定为八级伤残的，享受一次性伤残补助金。", []),
        ("职工因工致残经鉴定为七级至十级伤残的，享受以下待遇。", []),
    ],
)
def test_injury_in_prose(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "health") == expected


# --- health: forms and letters ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("申请病种：慢性心力衰竭  既往病史：精神分裂症\n", ["慢性心力衰竭", "精神分裂症"]),
        ("既往病史：2型糖尿病  诊断医院：某区中医医院\n", ["2型糖尿病"]),
        ("既往病史：无\n", []),
        ("既往病史：无特殊\n", []),
    ],
)
def test_history_field(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "health") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A letter's writer about a relative at home, about a surgery the writer had.
        ("楼下的麻将馆每天营业到凌晨，噪音很大，家里老人心脏病犯了好几次。", ["心脏病"]),
        ("电梯多次停运，我本人刚做完膝关节置换手术，上下楼非常困难。", ["膝关节置换"]),
        ("其来电人刚做完髋关节置换手术，上下楼非常困难。", ["髋关节置换"]),
        # No one's: a surgery named without a person's having had it, a service for the elderly.
        ("医院开展膝关节置换手术等新技术。", []),
        ("为辖区老人提供高血压随访服务。", []),
        ("做完这次手术后请按时复查。", []),
    ],
)
def test_letters(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "health") == expected


# --- one-cell-a-line lists across pages -------------------------------------------------------------


def test_vertical_list_across_pages(engine: str) -> None:
    # The page's number, a blank line and the title repeated with its year, batch and "（续）" are the
    # page's furniture: the rows go on below them.
    text = (
        "某区残疾人联合会2024年第10批第二代残疾人证核发名单\n"
        "序号\n姓名\n性别\n年龄\n残疾人证号\n残疾类别\n残疾等级\n发证日期\n"
        "第1页/共2页\n某区残疾人联合会2024年第10批第二代残疾人证核发名单（续）\n"
        "1\n祁莺黛\n女\n14\n32031220100428482X64\n精神\n四级\n2024-04-19\n"
        "2\n柯翰辉\n男\n21\n32031220030712137X23\n听力\n"
        "第2页/共2页\n\n某区残疾人联合会2024年第10批第二代残疾人证核发名单（续）\n"
        "三级\n2024-01-24\n"
    )
    assert of_kind(text, engine, "health") == ["精神", "四级", "听力", "三级"]
    assert of_kind(text, engine, "name") == ["祁莺黛", "柯翰辉"]


def test_header_repeated_after_a_page_break(engine: str) -> None:
    # Once the page's number and head are moved away, the header repeated on the next page follows the
    # last row: its words are no values ("户名" is no name).
    text = (
        "某县2024年耕地地力保护补贴发放明细表\n"
        "序号\t户名\t身份证号\t补贴金额（元）\n"
        "1\t桑杰吉\t632525194009279696\t674.50\n"
        "1/2\n补助资金发放明细（续）\n"
        "序号\t户名\t身份证号\t补贴金额（元）\n"
        "2\t扎西措\t632525198902217939\t3543.50\n"
    )
    assert of_kind(text, engine, "name") == ["桑杰吉", "扎西措"]
