"""Addresses, health and the landline office-number policy: forms of the blind sets (holdout2/3)."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def found(text: str, kind: str, engine: str = "re") -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


# --- addresses ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "address"),
    [
        # A 生产队, the 组 of 宁夏 and 甘肃 villages.
        ("4.田娃  锁南镇海家湾村十二队，2人 房屋倒塌", "锁南镇海家湾村十二队"),
        ("住址：掌政镇何家村十队", "掌政镇何家村十队"),
        # "家在" as a label; the name before it stays out of the address.
        ("会计汇报：戴学怡家在新庄集乡早元村10组16号，一家4口人", "新庄集乡早元村10组16号"),
        ("1．郑娃霞   东乡族自治县河滩镇利宁村第八村民小组，2人", "东乡族自治县河滩镇利宁村第八村民小组"),
        # Numbered items of a list of households, the address as the field after the name.
        ("4.孔英云（户主）　明珠路东方花城2号楼4单元1704室  3人", "明珠路东方花城2号楼4单元1704室"),
        ("（二）佘桂梓  韦州镇涝河桥村9组  6人，因病（白血病）", "韦州镇涝河桥村9组"),
        ("7.哈燕仓（户主）  秦渠村一组  1人 缺资金  400元/月", "秦渠村一组"),
        ("2.邓贵宏　黄河东路167号，5人  因残（精神残疾二级）", "黄河东路167号"),
        # A person's property (不动产登记).
        ("权利人：夏才彬  坐落：镇平县金水湾小区17-6-604室  不动产单元号：…", "镇平县金水湾小区17-6-604室"),
        ("申请人：邹涛，不动产坐落：团结路369号，不动产单元号：411522093312GB90347F30", "团结路369号"),
        # A 12345 ticket's place of complaint.
        ("市民反映：新华北路20号富宁苑20栋2单元1203室供暖不热", "新华北路20号富宁苑20栋2单元1203室"),
        ("来电内容：反映：南部县王家镇何家村8组道路损坏，请求尽快解决。", "南部县王家镇何家村8组"),
        ("来电内容：市民反映其居住的白银市靖远县育才巷188号附近养殖场异味严重", "白银市靖远县育才巷188号"),
        # The span reaches the flat: "室" after a numbers-only flat, the unit after the building.
        ("住址：世纪家园20-4-2002室", "世纪家园20-4-2002室"),
        ("住址：明珠花园25栋2单元1301", "明珠花园25栋2单元1301"),
        # A notice to a household about its house.
        (
            "致尹鹏：\n    你户位于吴忠市同心县王团镇田老庄村二组的房屋，于2023年8月",
            "吴忠市同心县王团镇田老庄村二组",
        ),
        # A household's village and group as a form's field; a dwelling allocated to it; a column
        # whose header ends in 地址.
        (
            "户主姓名：普布次仁\n所在村组：桑珠孜区东嘎乡东山村第七村民小组\n人数：5",
            "桑珠孜区东嘎乡东山村第七村民小组",
        ),
        ("工作单位:桑珠孜区瑞丰医院\n配租房源:怡景苑25幢2402室\n", "怡景苑25幢2402室"),
        (
            "序号\t姓名\t监护人\t居住证地址/房产地址\t依据\n4\t陆若汐\t米热古丽\t锦绣花园2幢1202室\t房产\n",
            "锦绣花园2幢1202室",
        ),
        # A household register's move, a lost deed's property.
        (
            "5、玉苏甫，迁移去向：迁往安徽省阜阳市临泉县姜寨镇前庄村四组；",
            "安徽省阜阳市临泉县姜寨镇前庄村四组",
        ),
        (
            "段瑶将不动产权证书，证号湘（2018）岳麓区不动产权第0018357号，坐落岳麓欧城23幢3单元1004室，特此声明作废。",
            "岳麓欧城23幢3单元1004室",
        ),
    ],
)
def test_it_finds_an_address_form(engine: str, text: str, address: str) -> None:
    assert found(text, "address", engine) == [address]


def test_an_address_after_a_name_does_not_take_the_name(engine: str) -> None:
    hits = [(h.kind, h.text) for h in detect("户主张三家在青云村3组5号。", PrivacyConfig(engine=engine))]
    assert ("address", "青云村3组5号") in hits
    assert not any(k == "address" and "张三" in t for k, t in hits)


@pytest.mark.parametrize(
    "text",
    [
        # An office's seat, not a home.
        "被申请人：同心县民政局，住所地开元大道67号。",
        "被申请人：原州区三营镇人民政府，住所地政府街20号。",
        "通讯地址：彭阳县团结路236号  邮编：463900",
        "通讯地址：南部县新华北路190号行政中心A座  邮编：756000",
        "通讯地址：茂县人民路77号政务服务中心3楼302室  邮编：751100",
        "联系人：敖云志  联系电话：0930-5035452  地址：东乡族自治县人民路83号",
        "邮政编码：751300  地址：西吉县乡村振兴局（古峰街93号）",
        # A numbered item of a work plan names a place, not a household.
        "（一）金积镇红星村3组道路硬化工程已完工。",
        "2、加强领导，各乡镇要高度重视。",
        # A complaint without a dwelling.
        "市民反映：小区门口垃圾成堆，请求处理。",
        # Prose: a place that is sited, not lived in.
        "学校坐落于黄河东岸，环境优美。",
        "序号\t姓名\t工作地址\n1\t张三\t某路8号科技园3栋\n",
        # A shop or a stall an owner registers is no home.
        "序号：2; 申请人：吴婷; 不动产坐落：但家庙镇滨湖西路234号门面; 单元号：341525017017",
        "权利人：高兰；不动产坐落：怡景苑16栋商铺107；",
    ],
)
def test_it_leaves_an_office_or_a_place(engine: str, text: str) -> None:
    assert found(text, "address", engine) == []


def test_a_bare_village_is_an_address_only_when_configured_and_in_a_home_column(engine: str) -> None:
    # A 所在村组 column says which village a household belongs to; a 住址 column gives its address.
    village = "序号\t户主\t身份证号\t所在村组\t家庭人口\n1\t张三\t-\t吉强镇郭家河村\t2\n"
    home = "序号\t户主\t身份证号\t家庭住址\t家庭人口\n1\t张三\t-\t吉强镇郭家河村\t2\n"
    assert found(village, "address", engine) == []
    # A village is no address by default (an address reaches 号/栋/单元/室/组); an office may cut villages.
    assert found(home, "address", engine) == []
    villages = PrivacyConfig(engine=engine, village_address=True)
    assert [h.text for h in detect(home, villages) if h.kind == "address"] == ["吉强镇郭家河村"]
    assert [h.text for h in detect(village, villages) if h.kind == "address"] == []
    # With a group it is an address in either column.
    assert found(village.replace("郭家河村", "郭家河村3组"), "address", engine) == ["吉强镇郭家河村3组"]


# --- health ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "health"),
    [
        # Screening results in a row after the ID and the phone (孕前优生).
        ("3 严霞明 邓俊 640522199610165247 17743919613 风疹病毒易感", "风疹病毒易感"),
        ("  陶英梅  640104199307152887  17251744117  贫血", "贫血"),
        ("亓思怡 女 33 640302199111111934 16722240820 乙肝表面抗原阳性", "乙肝表面抗原阳性"),
        ("，海静，女，25，511923199505196551，14574390279，地中海贫血基因携带", "地中海贫血基因携带"),
        ("祁敏兰 女 31 500103199801067496 16740199457 妊娠糖尿病史", "妊娠糖尿病史"),
        ("男  23  64032419980222758X  17208923950  高血压", "高血压"),
        ("女  27  640324200005236788  13939736554  TORCH检查巨细胞病毒IgM阳性", "TORCH检查巨细胞病毒IgM阳性"),
        ("家住某镇某村1组。检查发现乙肝病毒携带，请向秀玉及时接受咨询指导。", "乙肝病毒携带"),
        ("住茂县凤仪镇新华社区10组，评估为高风险，风险因素：甲状腺功能减退，请复查。", "甲状腺功能减退"),
        # Diseases outside any list, after a cue, on a line about a person.
        ("2、邓英真，女，焦庄乡郭家河社区人，因重症肌无力于2021年1月27日入院", "重症肌无力"),
        ("4、韦怡成，女，李旺镇刘湾村人，诊断为肺癌在中卫市第一人民医院住院", "肺癌"),
        ("10、冯阳子，女，宜沟镇刘湾村人，患系统性红斑狼疮在安阳市第一人民医院住院", "系统性红斑狼疮"),
        ("6，剡明，女，32，宜沟镇王庄村六组，血友病，55,101.35，88665.50", "血友病"),
        ("6，丁浩静，男，5，胭脂镇新华村1组，慢性肾功能衰竭，5525，66846.00", "慢性肾功能衰竭"),
        ("会计汇报：毛义英家在丁塘镇早元村一队，老人去年查出肝硬化，常年吃药。", "肝硬化"),
        ("申请人称：史尕轩本人帕金森病，家庭人均收入低于当地低保标准", "帕金森病"),
        ("代表甲：孙宇涵家在硝河乡海家湾村第二村民小组，男人得了类风湿性关节炎。", "类风湿性关节炎"),
        # A household's cause in a numbered list, with the person's address as the only cue.
        ("4．邱宏 　硝河乡新华桥村三组  3人，因病（慢性肾衰竭）  899元/月", "慢性肾衰竭"),
        ("5、曾梓彦 ，达板镇杨家河村11组91号，3人 患股骨头坏死", "股骨头坏死"),
        # A family table's row.
        ("蔡燕凤  之孙  15岁  宫颈癌", "宫颈癌"),
        # Disability written as type and grade, with or without 残疾.
        ("1. 户主：钱红静，家住红寺堡镇新华村7组，分散供养特困人员（其子达磊为肢体四级）", "肢体四级"),
        ("会计汇报：胡桂娃家住达板镇清宁河村5组148号，本人是言语三级残疾，有残疾证。", "言语三级残疾"),
        # An injury caused to a named party.
        ("郑玉驾驶的车辆将谢忠建撞伤，造成右腿骨折。", "右腿骨折"),
        # A form's value.
        ("姓名：林俊  住址：海家湾村第一村民小组114号  家庭人口：5人  致贫原因：因残", "因残"),
        # A conscript's result: the condition may be a disease's end word alone.
        ("8\t孔成龙\t男\t2007.02\t大学在读\t彭堡镇闫堡村5组\t不合格（色盲）", "色盲"),
        ("1，王明，男，2006.03，大学在读，鸣沙镇黄营村一组，不合格（扁平足）", "扁平足"),
        # A field ended by "；" or a bracket; a condition joined by 及.
        ("3、黎梅，女，残疾军人，6222802103008810752，3933元，伤残等级七级，右手拇指缺失；", "右手拇指缺失"),
        ("BM202494758，董发荣，男，锣圩镇那汉村3组，符合（随班就读，孤独症）", "孤独症"),
        (
            "伤者武燕喜，女，搬运工，经洪山区人民医院诊断为面部及双手二度烧伤，目前已脱离生命危险。",
            "面部及双手二度烧伤",
        ),
        # Every item of a list after a cue.
        ("龙某，身份证号522601194311248881，患有高血压、糖尿病、腰椎间盘突出。", "腰椎间盘突出"),
        ("申请人在车间作业时受伤，经诊断为脑震荡、颈椎过伸伤。", "颈椎过伸伤"),
        # A work injury's grade, a hospital record, a passenger's injury.
        ("劳动能力鉴定委员会鉴定申请人为伤残九级。申请人张三与被申请人协商未果。", "伤残九级"),
        ("经审理查明：汤朗受伤后住院治疗38日，出院记录载明右手食指末节离断伤。", "右手食指末节离断伤"),
        ("造成车辆受损、乘车人司徒昌慧受伤（硬膜下血肿），方巧雪受伤。", "硬膜下血肿"),
        # The kind of hardship a benefit is for, as a form's field and as a column.
        ("性别：女\n就业困难类别：长期患病（帕金森病）\n补贴期限：2025年4月", "长期患病（帕金森病）"),
        ("序号\t姓名\t性别\t人员类别\t岗位\n14\t徐锦芬\t女\t残疾人\t治安巡逻员\n", "残疾人"),
        ("残疾人证号：64040220211124631041；残疾类别等级：智力发育迟缓；乡镇：三营镇", "智力发育迟缓"),
        # A pupil's screening result, as a column and as a field; a household's or a child's illness.
        ("序号\t班级\t姓名\t性别\t监测结果\n1\t五.6班\t段铭泽\t男\t龋齿\n", "龋齿"),
        ("学生姓名：赵雪\n性别：女\n体检异常：血压偏高\n家长：赵艳艳", "血压偏高"),
        ("其中，付贵户因精神分裂症长期治疗，经研究同时纳入临时救助范围。", "精神分裂症"),
        ("鸡足山镇红星村4组31号|2|1262|子女乳腺癌治愈后收入增加|6210984914915562954", "乳腺癌"),
    ],
)
def test_it_finds_a_health_form(engine: str, text: str, health: str) -> None:
    assert health in found(text, "health", engine)


@pytest.mark.parametrize(
    "text",
    [
        # 大病保险 is an insurance scheme.
        "韦怡成，女，李旺镇刘湾村人，总费用72233.80元，大病保险支付30,131.50元，救助17,116.80元。",
        # Policy prose: no person on the line.
        "对患有重大疾病的困难群众及时给予医疗救助，落实大病保险和医疗救助政策。",
        "全区累计确诊新冠肺炎病例3例，均已治愈出院。",
        "开展肺结核、艾滋病等重大传染病防治工作，筛查乙肝表面抗原阳性人群。",
        "受疫情影响，造成经济下行压力加大。",
        "严重精神障碍患者管理率达到90%以上。",
        # Other causes of a household's poverty.
        "3.曾德子  柳泉乡杨家庄村5组  6人  缺技术",
        "经核实，马雪，其妻子张建华在读。",
        # A marriage, a clean result, a benefit named after its recipients, a header.
        "本院认为，原、被告分居已满二年，感情确已破裂，准予离婚。",
        "本学期对我校学生进行了健康体检，现将检查发现异常的学生名单通报如下。",
        "根据《关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》，经本人申请审核。",
        "序号\t姓名\t关系\t健康状况\n1\t李文雄\t父亲\t一般\n",
        "（按残疾人姓名、性别、证件号码、残疾类别及等级、家庭住址顺序排列）",
        "序号\t姓名\t性别\t人员类别\n1\t张三\t男\t大龄失业人员\n",
        # A clean screening result, a title.
        "序号\t姓名\t检查结果\n1\t林真\t低风险\n2\t蔡海小\t未见异常\n",
        "检查结果：未见异常。",
        "2024年秋季农村义务教育学生营养改善计划营养健康监测异常情况通报",
    ],
)
def test_it_leaves_text_without_a_persons_illness(engine: str, text: str) -> None:
    assert found(text, "health", engine) == []


def test_a_row_with_a_disease_is_not_read_as_a_table_header(engine: str) -> None:
    # "因病（…）" and "听力三级残疾" are values: the rows under such a line are not a health column.
    text = (
        "（三）秦成涛  柳泉乡朝阳村四队  3人  听力三级残疾\n"
        "5．付梅珍  上桥镇塘南村七组  6人  缺技术\n"
        "6、韦燕  上桥镇涝河桥村1队  6人  因病（类风湿性关节炎）\n"
        "7.程永涛  金积镇新华桥村十一队  2人  子女上学\n"
    )
    assert found(text, "health", engine) == ["听力三级残疾", "类风湿性关节炎"]


# --- landlines: a person's or an office's --------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "公示单位：利通区金星镇人民政府  联系人：网格员侯伟文  办公电话：0953-5665818",
        "如有疑问请联系镇长万尕春，办公电话0951-2383972。",
        "承办单位：南部县住建局  经办人：唐欣  联系电话：0817-2035217",
        "帮扶责任人：林梓（县农业农村局副局长）  联系电话：0953-5436321",
        "如有异议，请在公示期内向利通区民政局反映。联系电话：0953-2008216",
        "对公示内容有异议的，可向平昌县卫生健康局反映。联系电话：0827-2008955",
    ],
)
def test_it_leaves_an_offices_landline(engine: str, text: str) -> None:
    assert found(text, "landline", engine) == []


@pytest.mark.parametrize(
    ("text", "landline"),
    [
        ("座机：（0816）5079317", "（0816）5079317"),
        ("户主万明表示满意，签字确认。户主电话：13222584256，家庭固话021-49866738", "021-49866738"),
        ("申请人：张三，住址：青云村3组，联系电话：0953-6591652", "0953-6591652"),
        # A personal cue after the office's words gives the number back to the person.
        ("承办单位：某局  经办人：李四  户主家庭电话：0953-6591652", "0953-6591652"),
    ],
)
def test_it_finds_a_persons_landline(engine: str, text: str, landline: str) -> None:
    assert found(text, "landline", engine) == [landline]


def test_a_mobile_stays_flagged_wherever_it_is(engine: str) -> None:
    text = "承办单位：南部县住建局  经办人：唐欣  联系电话：13812345678"
    assert found(text, "mobile", engine) == ["13812345678"]
