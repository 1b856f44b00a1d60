"""Forms of the blind holdouts 20 and 21 (benchmarks/privacy_data/holdout20.py, holdout21.py) that the
detector missed, each written here as a general case: text copied with a blank line after every line,
more name columns and labels, a name before its document in brackets, 四至 written as a form, household
and village cues in a meeting's record, a sex cell beside a name, the seats of a meeting, a medical
check's columns, and the contacts of an office at a notice's foot."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig

ID = "632722196606111788"


def found(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


# --- layout ------------------------------------------------------------------------------------------


def test_a_table_copied_with_a_blank_line_after_every_line(engine: str) -> None:
    rows = [
        "现将拟认定的支出型困难家庭名单予以公示：",
        "序号\t姓名\t性别\t年龄\t所在村（社区）\t认定理由",
        "1\t唐晶\t女\t52\t乘坡村委会\t本人患癫痫，长期治疗",
        "2\t符亚菊\t女\t33\t红毛镇\t本人患脑出血后遗症，无劳动能力",
        "3\t蒋金保\t男\t41\t乘坡村委会\t年老体弱",
        "",
        "公示期限：2023-03-23至2023-03-30。",
    ]
    text = "\n\n".join(rows) + "\n"
    assert found(text, engine, "name") == ["唐晶", "符亚菊", "蒋金保"]
    # The offsets are the original text's, blank lines included.
    for h in detect(text, PrivacyConfig(engine=engine)):
        assert text[h.start : h.end] == h.text
    # Text of long paragraphs parted by blank lines is read as it is.
    prose = "\n\n".join(["根据《条例》规定，现将有关情况公告如下，请相关单位和个人知悉并遵照执行。" * 2] * 12)
    assert detect(prose, PrivacyConfig(engine=engine)) == []


# --- names in tables ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "values"),
    [
        (
            "序号\t被评议人\t家庭人口\t申请理由\t评议结果",
            [("钟亚福", "3\t年老无收入\t通过"), ("李桂香", "1\t缺劳力\t通过")],
        ),
        (
            "序号\t评议对象\t家庭人口\t困难情况\t评议结果",
            [("钟亚福", "3\t年老无收入\t通过"), ("李桂香", "1\t缺劳力\t通过")],
        ),
        ("序号\t搬迁户\t原居住村\t人口", [("根秋措姆", "布朗村\t3"), ("丁增才措", "前多村\t4")]),
        ("序号\t见习单位\t见习学员\t性别", [("王晓明", "男"), ("李芳芳", "女")]),
        ("序号\t申请户主\t家庭人口\t困难情况", [("钟亚福", "3\t年老无收入"), ("李桂香", "1\t缺劳力")]),
    ],
)
def test_more_headers_of_people(engine: str, header: str, values: list[tuple[str, str]]) -> None:
    if "见习单位" in header:
        rows = [f"{i}\t某某科技有限公司\t{name}\t{rest}" for i, (name, rest) in enumerate(values, 1)]
    else:
        rows = [f"{i}\t{name}\t{rest}" for i, (name, rest) in enumerate(values, 1)]
    text = header + "\n" + "\n".join(rows) + "\n"
    assert found(text, engine, "name") == [name for name, _ in values]


def test_a_driver_or_a_donor_column_holds_people_and_bodies(engine: str) -> None:
    text = (
        "序号\t号牌号码\t车辆类型\t驾驶人/所属单位\t违法行为\n"
        "1\t藏D·F9934\t小型轿车\t索朗朗杰\t闯红灯\n"
        "2\t藏D·F9935\t重型货车\t某某运输有限公司\t超载\n"
    )
    assert found(text, engine, "name") == ["索朗朗杰"]
    text = (
        "| 序号 | 捐赠人（单位） | 捐赠物资 | 用途 |\n|---|---|---|---|\n"
        "| 1 | 金梓涵 | 大米125袋 | 非定向 |\n| 2 | 爱心人士 | 大米55袋 | 非定向 |\n"
        "| 3 | 某某商贸有限公司 | 食用油20桶 | 非定向 |\n"
    )
    assert found(text, engine, "name") == ["金梓涵"]


def test_a_header_word_after_a_name_header_is_no_value(engine: str) -> None:
    # "原类别" reads as a surname and a name, but it is the next column's header.
    text = (
        '"序号","姓名","原类别","调整后类别","调整原因"\n"1","多杰根秋","二类","一类","成员就业"\n'
        '"2","张丽萍","三类","二类","家庭人口减少"\n'
    )
    assert found(text, engine, "name") == ["多杰根秋", "张丽萍"]


def test_a_name_before_a_sex_cell(engine: str) -> None:
    # A row typeset with blanks whose header was not read; a table flattened to one cell a line.
    rows = "2 邹秀妹 女 60 分散供养 半失能 500\n3 麻艳雪 女 69 分散供养 全自理 560\n"
    assert found(rows, engine, "name") == ["邹秀妹", "麻艳雪"]
    lines = "10\n史国\n男\n72\n分散供养\n半失能\n11\n松毛卓玛\n女\n81\n"
    assert found(lines, engine, "name") == ["史国", "松毛卓玛"]
    # Not in a list published by design, its title a few lines up.
    public = "标题：某县2025年教师资格认定通过人员名单公示\n序号\n姓名\n性别\n1\n逯桂丽\n女\n"
    assert found(public, engine, "name") == []


# --- names by labels and cues ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("11、死亡人员：叶妹；乡镇：老头沟镇；死亡日期：2024-11-29", ["叶妹"]),
        ("同住人员：邵雪（承租人女儿，未携带证件）。", ["邵雪"]),
        ("（8）应登记人员：崔明洙；公民身份号码：222405********837", ["崔明洙"]),
        ("见习单位：兴诚信食品有限公司\n见习人员：魏强\n", ["魏强"]),
        (
            "四邻签字（按手印）：\n  东邻：白玛    2024-01-27\n  南邻：米玛益西    2024-12-28\n",
            ["白玛", "米玛益西"],
        ),
        ("（1）捐赠方：万泽宇；捐赠金额/物资：1000.00", ["万泽宇"]),
    ],
)
def test_labels_of_people_a_list_names(engine: str, text: str, names: list[str]) -> None:
    assert found(text, engine, "name") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A guest's document by its kind, more about the guest after the number, a wrapped ID.
        ("前台未如实登记旅客李明琴（证件类型：普通护照，号码：G73897256，612房）。", ["李明琴"]),
        ("前台未如实登记旅客米玛（证件号码：511321199405066025，621房）。", ["米玛"]),
        ("7　新FC0688　轻型货车　诸葛一诺（驾驶证号：654023199808080649）", ["诸葛一诺"]),
        ("、肖超健（证件号码：\n420106197107243330，717房）", ["肖超健"]),
    ],
)
def test_a_name_before_its_document_in_brackets(engine: str, text: str, names: list[str]) -> None:
    assert found(text, engine, "name") == names


def test_a_parcels_sides_written_as_a_form(engine: str) -> None:
    form = "拟建房屋四至：\n东：至石翠住宅\n南： 至村道\n西：至秦亮云承包地\n北：至柴妮梅宅基地\n"
    assert found(form, engine, "name") == ["石翠", "秦亮云", "柴妮梅"]
    sides = "四至：\n  东至邻居龙红墙脚\n  南至水沟\n  西至邻居史玉燕承包地\n  北至石杰家菜园\n"
    assert found(sides, engine, "name") == ["龙红", "史玉燕", "石杰"]


def test_a_households_members_in_brackets(engine: str) -> None:
    text = "申请人：杨淑，石门墕村2组村民，家庭人口3人（刘志俊（丈夫）、刘春（长女））。"
    assert found(text, engine, "name") == ["杨淑", "刘志俊", "刘春"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("一、研究周伙村村民姚林医疗救助申请\n会议研究决定，对姚林家庭纳入监测范围。", ["姚林", "姚林"]),
        ("二、关于代格村村民才让永措申请临时救助的事项", ["才让永措"]),
        ("会议认为，何晨帆反映其父亲低保金额偏低一事，经复核，保持原类别。", ["何晨帆"]),
        ("吴玉艳：我们和村干部一起走访了，公孙贵强家共6人，家庭收入低。", ["公孙贵强"]),
        ("表决结果：\n郭强卫户：同意11票，反对1票，弃权2票。", ["郭强卫"]),
        (
            "会议听取了民政办关于黄日新家庭情况的汇报。黄日新之子黄文光在省人民医院住院治疗。",
            ["黄日新", "黄日新", "黄文光"],
        ),
    ],
)
def test_a_meetings_record_names_its_villagers(engine: str, text: str, names: list[str]) -> None:
    assert found(text, engine, "name") == names


@pytest.mark.parametrize(
    "text",
    [
        "农村村民建房申请审批表",  # no person after 村民
        "来电内容：市民反映其居住的某小区门前道路积水。",  # 市民 is nobody's name
        "某村村民代表会议于2024年3月召开。",
    ],
)
def test_no_villager_where_none_is_named(engine: str, text: str) -> None:
    assert found(text, engine, "name") == []


def test_the_seats_of_a_meeting(engine: str) -> None:
    listed = "及村民代表盘金保、钟珍桂、乔有旭、苏妮冬、卓玉梅、羊妚娇。\n参加评议人数：29人"
    assert found(listed, engine, "name") == ["盘金保", "钟珍桂", "乔有旭", "苏妮冬", "卓玉梅", "羊妚娇"]
    absent = "应到村民代表27人，实到26人。缺席：尼玛周措（外出务工）\n参会人员：村两委成员赵秋淑"
    assert "尼玛周措" in found(absent, engine, "name")


# --- health ------------------------------------------------------------------------------------------


def test_a_medical_checks_conclusion_and_follow_up(engine: str) -> None:
    text = (
        "序号\t姓名\t年龄\t联系电话\t初筛结果\t随访结果\n"
        "1\t韩桂芳\t59\t17352731033\t乳腺囊肿\t已确诊宫颈癌Ⅰ期，住院治疗中\n"
        "2\t段秀英\t55\t13950212203\t宫颈息肉\t复查未见异常\n"
        "3\t刘月梅\t42\t19171796492\t宫颈上皮内瘤变Ⅱ级\t失访（外出务工）\n"
    )
    assert found(text, engine, "health") == [
        "乳腺囊肿",
        "已确诊宫颈癌Ⅰ期，住院治疗中",
        "宫颈息肉",
        "宫颈上皮内瘤变Ⅱ级",
    ]
    conscripts = "序号\t姓名\t体检结论\n1\t邵伟\t不合格（转氨酶升高）\n2\t陆毅宏\t体检合格\n"
    assert found(conscripts, engine, "health") == ["转氨酶升高"]
    form = "姓名：滚燕\n年龄：58\n病种：宫颈癌\n初检结论：鼻中隔偏曲\n"
    assert found(form, engine, "health") == ["宫颈癌", "鼻中隔偏曲"]


# --- an office's contacts ----------------------------------------------------------------------------


def test_an_offices_mailbox_at_a_notices_foot(engine: str) -> None:
    foot = (
        "联系人：胡睿庆    联系电话：0743-8457470\n监督电话：0743-7532296\n电子邮箱：xxzqmzj@126.com\n\n"
        "凤凰县乡村振兴局\n二〇二三年七月二十九日\n"
    )
    assert found(foot, engine, "email") == []
    charity = "查询电话：(0578)8315479；邮箱：cishan1122@163.com\n\n\n缙云县慈善会\n2022-03-26\n"
    assert found(charity, engine, "email") == []
    # A person's mail in a form stays, whatever follows.
    form = (
        "住址：莲都区老竹畲族镇周巷村29号\n联系电话：17715548015\n电子邮箱：liu.2003@gmail.com\n"
        "县级退役军人事务部门意见：同意。\n\n莲都区退役军人事务局\n2024年3月1日\n"
    )
    assert found(form, engine, "email") == ["liu.2003@gmail.com"]


def test_an_offices_contact_line_above_its_signature(engine: str) -> None:
    text = (
        "你有权进行陈述和申辩。\n"
        "联系人：却加尼达    联系电话：0976-8964484    地址：治多县加吉博洛镇团结路35号\n\n"
        "治多县农业农村局\n2025年1月13日\n"
    )
    assert detect(text, PrivacyConfig(engine=engine)) == []
    # The same fields of an applicant are personal.
    applicant = "申请人：张三    联系电话：0976-8964484    地址：治多县加吉博洛镇团结路35号\n"
    assert found(applicant, engine, "landline") == ["0976-8964484"]
    assert found(applicant, engine, "address") == ["治多县加吉博洛镇团结路35号"]


def test_a_homes_number_beside_a_cared_for_person(engine: str) -> None:
    text = (
        "序号\t姓名\t性别\t供养形式\t照料人\t照料人电话\n"
        "1\t邢亚海\t男\t集中（琼中县社会福利中心）\t琼中县社会福利中心\t0898-81131184\n"
        "2\t龙艳艳\t女\t分散供养\t容有\t0898-81131185\n"
    )
    assert found(text, engine, "landline") == ["0898-81131185"]
