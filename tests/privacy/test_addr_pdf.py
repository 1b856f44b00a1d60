"""Addresses, health, landlines and mail in lists and tables as holdout9 prints them, with the
artefacts of text extracted from a PDF: quoted CSV cells, headers and rows broken over lines, page
footers inside tables, a dwelling as a whole field of a numbered item, a disability with its note in
brackets, a mail domain broken at a line's end."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig

from .conftest import make_id


def found(text: str, kind: str, engine: str = "re") -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


# --- tables ------------------------------------------------------------------------------------------


def test_a_quoted_csv_cell_is_its_value(engine: str) -> None:
    text = '"序号","姓名","家庭住址","残疾类别"\n"1","马文福","青云村3组12号","肢体残疾三级"\n'
    assert found(text, "address", engine) == ["青云村3组12号"]
    assert found(text, "health", engine) == ["肢体残疾三级"]


def test_a_homestead_column_holds_addresses(engine: str) -> None:
    text = "序号\t户主\t原宅基地坐落\t补偿金额（元）\n1\t马文福\t红星村四组\t120000\n"
    assert found(text, "address", engine) == ["红星村四组"]


def test_a_land_parcel_is_not_a_home(engine: str) -> None:
    # "地块坐落": a field's place, not where someone lives.
    assert found("地块坐落：金积镇红星村河湾\n流转方式：出租\n", "address", engine) == []
    assert found("不动产坐落：金积镇红星村3组", "address", engine) == ["金积镇红星村3组"]


def test_a_page_footer_inside_a_table_one_cell_a_line(engine: str) -> None:
    text = (
        "序号\n姓名\n身份证号\n家庭住址\n"
        f"1\n马文福\n{make_id()}\n红星村4组8号\n"
        "— 1 —\n某县人民政府信息公开\n"
        f"2\n杨秀兰\n{make_id('35010219800101124')}\n青云村2组5号\n"
    )
    assert found(text, "address", engine) == ["红星村4组8号", "青云村2组5号"]
    assert found(text, "name", engine) == ["马文福", "杨秀兰"]


def test_a_number_line_is_a_footer_only_alone(engine: str) -> None:
    # "第1页" inside a sentence, "3/5" as a fraction in a cell: not a page's footer.
    text = "序号\n姓名\n家庭住址\n1\n马文福\n第 1 页 共 2 页\n红星村4组8号\n"
    assert found(text, "address", engine) == ["红星村4组8号"]


def test_a_header_broken_over_lines_and_its_rows(engine: str) -> None:
    text = (
        "序号    姓名    身份证号    残疾类别及等\n"
        "级    补贴金额（元）    家庭住址\n"
        f"1    马文福    {make_id()}\n"
        "    肢体残疾三级    300    青云村3组12号\n"
    )
    assert found(text, "health", engine) == ["肢体残疾三级"]
    assert found(text, "address", engine) == ["青云村3组12号"]


def test_a_row_of_values_is_not_a_header(engine: str) -> None:
    # "女", "53" are a row's values: the line is no table's header, its disease stays found.
    text = "1．凌秀兰，女，53，城镇职工，类风湿性关节炎，某县中医医院，2019.8.2；"
    assert "类风湿性关节炎" in found(text, "health", engine)


def test_a_row_broken_over_lines_keeps_its_columns(engine: str) -> None:
    text = f"|序号|姓名|身份证号|地块编码|联系电话|\n|1|马文福|{make_id()}\n|6401221234567890|13912345678|\n"
    assert found(text, "mobile", engine) == ["13912345678"]


# --- whole fields of numbered items and rows -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("一、金凤区阳光家园21-4-2102室，房东马文福（联系电话13912345678）", "金凤区阳光家园21-4-2102室"),
        (f"（1）马文福；{make_id()}；妻 杨秀兰；塔桥村九组；集中安置", "塔桥村九组"),
        ("3 | 马文福 | 6401********3431 | 草原明珠小区31幢401室", "草原明珠小区31幢401室"),
        # An item broken over lines: the line above or below names the person.
        ("4．马文福；男；2010年1月22日；困境儿童\n；600；阳光家园27栋4单元2304室", "阳光家园27栋4单元2304室"),
        ("二、胜利街76号院29号楼6单元1104室\n，房东马文福（", "胜利街76号院29号楼6单元1104室"),
    ],
)
def test_a_dwelling_as_a_whole_field(engine: str, text: str, address: str) -> None:
    assert found(text, "address", engine) == [address]


@pytest.mark.parametrize(
    "text",
    [
        # A company's row, a street alone, a shop, a contract's number, a labelled office's address.
        "5，某某建材有限公司，—，金凤区红园路39号，（2025）宁0104执3324号",
        "（1）马文福；男；解放路25号；已核实",
        "（2）马文福；男；阳光小区商铺31号；已核实",
        "（3）马文福，男，兴庆农商借字2020第1657号，已逾期",
        "联系人：马文福，地址：金凤区解放路25号",
        # No person on the line nor on the lines around it.
        "三、阳光家园27栋4单元2304室\n，楼道堆放杂物，已责令整改。",
    ],
)
def test_a_field_that_is_no_dwelling(engine: str, text: str) -> None:
    assert found(text, "address", engine) == []


def test_a_dwelling_located_by_a_verb(engine: str) -> None:
    text = "原宅基地坐落于金积镇红星村3组72号（宗地代码640105215017JA14493）"
    assert found(text, "address", engine) == ["金积镇红星村3组72号"]
    text = "你家邻居马文福在其位于金凤区阳光家园23号楼3单元601室的房屋顶部违规加盖彩钢房。"
    assert found(text, "address", engine) == ["金凤区阳光家园23号楼3单元601室"]
    assert found("学校坐落于黄河东岸，环境优美。", "address", engine) == []


# --- health ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "health"),
    [
        ("姓名：马文福  性别：男  认定病种：慢性阻塞性肺疾病  定点医疗机构：某县医院", "慢性阻塞性肺疾病"),
        ("马文福（男，57岁），经评审认定为血友病，选定某县医院为定点医疗机构。", "血友病"),
        ("你自述患有再生障碍性贫血，要求将你家纳入最低生活保障范围。", "再生障碍性贫血"),
        ("另：马文福经劳动能力鉴定为部分丧失劳动能力，停止领取失业保险金。", "部分丧失劳动能力"),
        ("保障类别：困境儿童\t困境情形：重残\t监护人：杨秀兰", "重残"),
        ("（1）马文福 男 2016年5月20日 困境儿童 重残 杨秀兰 祖母", "重残"),
        ("二、马文福，男，下肢残疾三级，机动轮椅车号牌宁C·F7049", "下肢残疾三级"),
        ("一、马文福，男，肢体/一级，补贴300元", "肢体/一级"),
        # A condition and its note in brackets are one finding.
        ("3. 马文福，男，多重残疾（肢体一级），补贴300元", "多重残疾（肢体一级）"),
        ("马文福，男，困境儿童，重病（脑性瘫痪），由母亲监护", "重病（脑性瘫痪）"),
        ("马文福；男；困境儿童；重残（智力残疾（二级））；杨秀兰", "重残（智力残疾（二级））"),
        ("慢性病情况：冠心病", "冠心病"),
    ],
)
def test_a_health_field(engine: str, text: str, health: str) -> None:
    assert found(text, "health", engine) == [health]


@pytest.mark.parametrize(
    "text",
    [
        # Whom a benefit is for, a policy's 重残 children, a condition not yet named.
        "对持有残疾人证且本人拥有并使用机动轮椅车的下肢残疾人给予燃油补贴。",
        "落实重残儿童护理补贴。",
        "鉴于你的患病情况，可按规定申请医疗救助。",
        "经认定为工伤，依法享受工伤保险待遇。",
    ],
)
def test_no_health_finding(engine: str, text: str) -> None:
    assert found(text, "health", engine) == []


# --- landlines and mail ---------------------------------------------------------------------------------


def test_a_landline_on_a_line_about_a_person_by_role(engine: str) -> None:
    assert found("房东：马  福  电话：0951-4385218", "landline", engine) == ["0951-4385218"]
    assert found("监护人电话：0834 8685808", "landline", engine) == ["0834 8685808"]
    assert found("如有疑问请致电0951-4385218", "landline", engine) == []


def test_a_dashed_date_is_no_phone_number(engine: str) -> None:
    text = "你（联系电话：13912345678）于2024-07-25通过12345热线反映的问题"
    assert found(text, "landline", engine) == []


def test_a_mail_domain_broken_at_the_line_end(engine: str) -> None:
    assert found("电子邮箱：xfj_gs@zhaojue.gov.\ncn\n", "email", engine) == []
    assert found("电子邮箱：zhangsan@163.co\nm\n", "email", engine) == ["zhangsan@163.co"]
    # A mailbox on the allow-list at a line's end, a number on the next line: still allowed.
    assert found("电子邮箱：mzj@yining.gov.cn\n12345热线\n", "email", engine) == []
