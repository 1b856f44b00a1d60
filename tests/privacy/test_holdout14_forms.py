"""Forms first met in holdouts 14 and 15: the disclosure office's letters, 复议 and court decisions,
信访 registers, 确权 tables with a column per side, payees of agreements, homes disposed of."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def of_kind(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


ID = "640324194001044140"  # a valid 宁夏 ID (X-less)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The addressee above an office's reply letter, and a party served who moved.
        ("答复书\n宝璐云：\n    本机关于2024年4月27日收到您以电子邮件方式提交的申请。", ["宝璐云"]),
        (
            "公告\n莫胜生（原住某县中州大道300号7栋）：\n    本院受理原告段思诉你生命权纠纷一案",
            ["莫胜生", "段思"],
        ),
        ("关于领取扣押车辆的公告\n符舒琦：\n    你驾驶的大型汽车于2024年10月16日被扣押", ["符舒琦"]),
        ("祁晶馥您好：\n    您于2024年9月28日通过留言板反映的问题收悉。", ["祁晶馥"]),
        ("尊敬的房琳琬女士：\n    您于2024年9月28日反映的问题收悉。", ["房琳琬"]),
        ("俄底石者：\n    你于2024年5月提出申请", ["俄底石者"]),
    ],
)
def test_a_letters_addressee(engine, text, expected):
    assert of_kind(text, engine, "name") == expected


@pytest.mark.parametrize(
    "text",
    [
        "民政局：\n    本机关于2024年收到你单位的函。",
        "说明：\n    你单位于3月提交的材料不全。",
        "各位村民：\n    你们好",
        "全体居民：\n    你们好",
    ],
)
def test_an_office_or_a_group_addressed_is_no_name(engine, text):
    assert of_kind(text, engine, "name") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("地块名称\t地块编码\t确权面积（亩）\t东\t南\t西\t北\n台地\t62112111920695225\t5.51\t陈娟娥\t吴喜占\t沟渠\t村道\n"
         "滩地\t62112111221667754\t3.17\t韦思欣家\t吴喜占承包地\t道路\t林带\n",
         ["陈娟娥", "吴喜占", "韦思欣", "吴喜占"]),
        ("| 地块名称 | 地块编码 | 确权面积（亩） | 东至 | 西至 |\n"
         "| 川地 | 15253011220411755 | 1.2 | 宝音 | 集体荒地 |\n"
         "| 坡地 | 15253010120737736 | 2.1 | 水利设施 | 曲比伍沙地 |\n",
         ["宝音", "曲比伍沙"]),
    ],
)  # fmt: skip
def test_a_parcels_table_with_a_column_per_side(engine, text, expected):
    assert of_kind(text, engine, "name") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("面积8.2亩，东至朝鲁，南至道路，西至萨仁家，北至阿拉腾家。", ["朝鲁", "萨仁", "阿拉腾"]),
        ("东至达来承包地，南至村道，西至江亮山承包地，北至吉伍莫色家。", ["达来", "江亮山", "吉伍莫色"]),
        ("东至吾买尔阿依古丽地，南至武英自留地，北至水渠。", ["吾买尔阿依古丽", "武英"]),
        ("东至后山，西至荒地，南至苏木，北至沟渠。", []),
        ("东至林地，西至王家地，南至集体荒地，北至村道。", []),
    ],
)
def test_the_neighbours_of_a_parcel_in_prose(engine, text, expected):
    assert of_kind(text, engine, "name") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("您申请获取“欧阳金生户（住某嘎查9组92号）宅基地审批档案”的政府信息", ["欧阳金生"]),
        ("申请公开“新四村覃浩占户危房改造补助资金发放情况”。", ["覃浩占"]),
        ("申请公开“阿土列尔村俄底石者户危房改造补助资金发放情况”", ["俄底石者"]),
        ("全村低收入户危房改造情况", []),
        ("新四村困难户危房改造情况", []),
        ("本村农户宅基地审批", []),
    ],
)
def test_a_household_named_as_a_files_subject(engine, text, expected):
    assert of_kind(text, engine, "name") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2．款项通过银行转账支付至林彬炎名下中国建设银行账户", ["林彬炎"]),
        # (The payer too: an item that opens with a person and a date, _ITEM_DATED; holdout 15 labels it.)
        ("1．罗馨凤于2025年10月8日前一次性支付申娅补偿款共计80000元；", ["罗馨凤", "申娅"]),
        ("陈炎良将承包地转包给颜梁耕种", ["颜梁"]),
        ("原告汪红通过其农业银行账户向被告曲壮的账户转账", ["汪红", "曲壮"]),
        ("交警部门认定被告隗翰负事故全部责任。", ["隗翰"]),
        ("原告的医疗费凭票据由被告平均负担。", []),
        ("被告公司于本判决生效之日起十日内支付。", []),
        ("被告金华隆基物流有限公司于本判决生效之日起十日内支付。", []),
    ],
)
def test_payees_and_the_parties_of_a_judgment(engine, text, expected):
    assert of_kind(text, engine, "name") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("受送达人：宝璐云\n送达地址：某县康居小区10幢1单元1703室", ["宝璐云"]),
        (f"户　主：金璐怡    身份证号：{ID}", ["金璐怡"]),
        ("受伤害职工：龚涛炎    性别：男", ["龚涛炎"]),
        ("留宿人：方河壮", ["方河壮"]),
        ("被检查人签收：苗裕    联系电话：15583025621", ["苗裕"]),
        ("（留言人：付媛翠，电话+86 17896251227）", ["付媛翠"]),
        ("问：我父亲端木超杰今年74岁，家住某街道", ["端木超杰"]),
        ("4．宁CD48456（车主：吉日木图），2023年3月1日停放于消防通道", ["吉日木图"]),
        ("发现程惠菁（房东，联系电话19850134205）将其住房出租", ["程惠菁"]),
        ("| 编号 | 信访人 | 住址 | 反映问题 |\n| XF20240247 | 周生 | 某镇12社103号 | 拖欠工资 |\n", ["周生"]),
        ("住户　主要是老人", []),
    ],
)
def test_labels_and_columns_first_met_in_holdouts_14_and_15(engine, text, expected):
    assert of_kind(text, engine, "name") == expected


@pytest.mark.parametrize(
    "text",
    [
        # A code's label after a party's, a party referred to by its role, a date in numerals.
        "承包方编码：6211211142000003    承包合同编号：6211211142000003J",
        "    申请人称：申请人系敖力克嘎查村民，其房屋经鉴定为D级危房。",
        "经审理查明：2024年5月25日，申请人向被申请人提出申请，被申请人于二〇二四年六月十五日作出答复。",
        # An office after a label, a village in a 村 column, fees in a list, a reply's heading.
        "被申请人：隆回县自然资源局，住所地：隆回县桃洪镇民族街121号。",
        "原告向本院提出诉讼请求：判令被告赔偿医疗费、误工费、护理费等共计75874元。",
        "回复内容：\n    经核查，该路段路灯已修复。",
    ],
)
def test_words_that_a_name_rule_read_as_names(engine, text):
    assert of_kind(text, engine, "name") == []


@pytest.mark.parametrize(
    "text",
    [
        "联系人：仉鹏永（信贷部）  联系电话：08724116596",
        "（联系人：李玉，电话：09328006594）",
        "（联系人：莫彤涵，电话：0834-5449200）",
        "联系人：丁洋    联系电话：09985506403",
        "    联系人：阿茹娜　电话：0479—7513807",
    ],
)
def test_an_offices_contact_at_a_letters_foot(engine, text):
    assert [h.kind for h in detect(text, PrivacyConfig(engine=engine))] == []


def test_a_private_contact_in_brackets_with_a_mobile_is_a_person(engine):
    text = "（联系人：李玉，电话：13912345678）"
    assert [h.kind for h in detect(text, PrivacyConfig(engine=engine))] == ["name", "mobile"]


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("金华市2024年度高级专业技术职务任职资格评审结果公示", []),
        ("婺城区2025年秋季中小学教师资格认定通过人员名单公示", []),
        # A benefit paid to households is no commendation, though it says 奖励.
        ("同心县2022年草原生态保护补助奖励资金发放明细", ["韩存博", "宋新锦"]),
        ("2024年计划生育家庭奖励扶助对象公示", ["韩存博", "宋新锦"]),
    ],
)
def test_results_published_by_rule_and_benefits_that_say_reward(engine, title, names):
    text = f"{title}\n序号\t姓名\t金额\n1\t韩存博\t685.50\n2\t宋新锦\t2741.00\n"
    assert of_kind(text, engine, "name") == names


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("三、位于某县城南街道南坪社区安置小区32栋2单元1301室的房屋归原告所有。",
         ["某县城南街道南坪社区安置小区32栋2单元1301室"]),
        ("被告麴富于本判决生效之日起十五日内拆除其在某县六都寨镇六都寨村3组162号院内搭建的彩钢棚",
         ["某县六都寨镇六都寨村3组162号"]),
        ("信件内容：我住某市觉木街道广东路248号香江花园24栋6单元901室，楼上漏水",
         ["某市觉木街道广东路248号香江花园24栋6单元901室"]),
        ("本局位于某县人民路88号政务服务中心3楼，", []),
        ("公开拍卖被执行人新世纪实业有限公司名下位于某市环城北路214号幸福里小区17号楼2单元402室的住宅", []),
    ],
)  # fmt: skip
def test_homes_a_judgment_or_a_letter_names(engine, text, address):
    assert of_kind(text, engine, "address") == address
