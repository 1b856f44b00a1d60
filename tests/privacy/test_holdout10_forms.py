"""Forms found on holdout10: vehicle-owner, blood-donor and complaint columns, a utility's customer
column that holds shops as well as households, relatives named after "之妻", complainants with their
number in brackets, lists closed by their total, households named by their head, the names of a short
table mentioned again below it, and the wording of diagnoses and injuries."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def found(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Columns of persons by role: a vehicle's owner, a donor and the relative who got the blood, a
        # complainant.
        (
            "序号\t车主\t号牌号码\t补贴金额（元）\n1\t柏文强\t甘A12345\t35000\n",
            ["柏文强"],
        ),
        (
            "序号，献血者，献血证号，用血者，关系，诊断\n1，喻春兰，620102201611223，褚立新，配偶，胃癌\n",
            ["喻春兰", "褚立新"],
        ),
        (
            "| 投诉编号 | 投诉人 | 联系方式 | 被投诉人 |\n"
            "| 162112120240506860195 | 符海燕 | 13912345678 | 某某餐饮店 |\n",
            ["符海燕"],
        ),
        # A relative named after the relation; the complainant before a number or mail in brackets.
        ("申请人之妻宁秀珍于2023年3月确诊乳腺癌，住院治疗。", ["宁秀珍"]),
        ("1. 献血者卓立群（献血证号620102201611223）之岳母滕美华，因胃癌住院治疗。", ["卓立群", "滕美华"]),
        (
            "1. 2024-03-02，龚丽娟（13912345678）投诉某某家电商行。龚丽娟称多次协商未果。",
            ["龚丽娟", "龚丽娟"],
        ),
        # A list closed by its total, as many names as it says.
        ("本月停止领取失业保险金人员：庞立国、柳春燕，共2人。", ["庞立国", "柳春燕"]),
        # A household named by its head in a numbered item.
        ("2．鲁振华户，前进村三组，家庭人口4人，监测类型：边缘易致贫户。", ["鲁振华"]),
        # A name of a short table, mentioned again in the report below it.
        (
            "序号、姓名、与户主关系、身份证号码\n1、邢国良、户主、620102197005061234\n二、核对结果\n"
            "1、银行存款：邢国良名下账户余额3000元。",
            ["邢国良", "邢国良"],
        ),
        # A utility's customer: a household's head, signing the notice.
        ("用户名称：葛秀英\n用户签收：葛秀英　　2025年3月1日", ["葛秀英", "葛秀英"]),
        ("代办人：褚明辉（申请人之子）　联系电话：13912345678", ["褚明辉"]),
    ],
)
def test_names_found(text: str, expected: list[str], engine: str) -> None:
    assert found(text, engine, "name") == expected


@pytest.mark.parametrize(
    "text",
    [
        # A diagnosis column after a relation's: the disease is no relative's name.
        "序号\t献血者\t用血者\t关系\t诊断\n1\t喻春兰\t同上\t子女\t宫颈癌\n",
        # A sentence under a table typed with commas, and the next section's heading, are no rows.
        "序号，车主，号牌号码\n1，柏文强，甘A12345\n公示期间，如有异议，请以书面形式反映。\n",
        "序号、姓名、与户主关系\n1、邢国良、户主\n二、核对结果\n",
        # A list of places, or one whose total is not its length.
        "涉及村组：城关、新华，共2人。",
        "本次名单：庞立国、柳春燕，共5人。",
        # A kind of household, and a contact that is an office's.
        "2．脱贫户，前进村三组。",
        "3．低保户，前进村五组。",
        "投诉举报中心（电话0931-1234567）投诉受理时间为工作日。",
    ],
)
def test_not_names(text: str, engine: str) -> None:
    assert [n for n in found(text, engine, "name") if n not in ("喻春兰", "柏文强", "邢国良")] == []


def test_a_shop_in_the_customer_column_has_no_personal_address_or_phone(engine: str) -> None:
    text = (
        "序号\t用户名称\t用户地址\t联系电话\t隐患类型\n"
        "1\t嘉禾火锅店\t秦州区皂郊镇解放路119号一层\t0938-6311385\t未安装报警装置\n"
        "2\t雷振东\t秦州区皂郊镇解放路12号3栋2单元301室\t0938-6311386\t胶管老化\n"
    )
    hits = [(h.kind, h.text) for h in detect(text, PrivacyConfig(engine=engine))]
    assert ("name", "嘉禾火锅店") not in hits
    assert ("address", "秦州区皂郊镇解放路119号一层") not in hits
    assert ("landline", "0938-6311385") not in hits
    assert ("name", "雷振东") in hits
    assert ("address", "秦州区皂郊镇解放路12号3栋2单元301室") in hits


@pytest.mark.parametrize(
    "text",
    [
        # A unit's seat after its representative, an office's on a 花园路.
        "负责人：柏文强　　地址：古田县黄田镇长征路199号一层",
        "本局联系电话：0775-6743028，地址：玉林市博白县花园路135号（邮编537600）。",
    ],
)
def test_not_addresses(text: str, engine: str) -> None:
    assert found(text, engine, "address") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("疾病诊断：缺铁性贫血", ["缺铁性贫血"]),
        ("投诉人反映其食用该店销售的熟食后出现食物中毒症状，要求赔偿。", ["食物中毒"]),
        ("3、鲁振华户，前进村三组，主要风险：因意外事故（户主从高处坠落致腰椎骨折）。", ["腰椎骨折"]),
        ("1. 献血者卓立群（献血证号620102201611223）因多发伤住院，输血400ml。", ["多发伤"]),
        ("1. 献血者卓立群（献血证号620102201611223）因产后出血住院，输血400ml。", ["产后出血"]),
    ],
)
def test_health_found(text: str, expected: list[str], engine: str) -> None:
    assert found(text, engine, "health") == expected


@pytest.mark.parametrize(
    "text",
    [
        # Advice to the public names no one's illness.
        "如出现相关症状，请及时就医。",
        "如出现发热症状，请及时就医。",
        "交通事故致人伤亡的，依法承担责任。",
    ],
)
def test_health_not_found(text: str, engine: str) -> None:
    assert found(text, engine, "health") == []


def test_a_home_phone_label_padded_to_its_cell(engine: str) -> None:
    # An HTML form's cells are padded with spaces between the label and the number.
    text = (
        '<table class="form">\n<tr><td>申请人</td><td>王小明</td></tr>\n'
        "<tr><td>固定电话</td><td>0851-76131899</td></tr>\n</table>"
    )
    assert found(text, engine, "landline") == ["0851-76131899"]
    # An office's number in the same layout stays unflagged.
    office = (
        '<table class="form">\n<tr><td>受理窗口</td><td>民政局</td></tr>\n'
        "<tr><td>办公电话</td><td>0851-76131899</td></tr>\n</table>"
    )
    assert found(office, engine, "landline") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("户主姓名：葛秀英\n安装地址：郸城县文化街147号\n", ["郸城县文化街147号"]),
        ("户主姓名：葛秀英\n用户地址\t河南省周口市郸城县解放路304号\n", ["河南省周口市郸城县解放路304号"]),
        # Without a house number it is no home.
        ("户主姓名：葛秀英\n安装地址：郸城县文化街\n", []),
    ],
)
def test_a_customers_installation_address(text: str, expected: list[str], engine: str) -> None:
    assert found(text, engine, "address") == expected
