"""Layouts and contacts of the blind holdouts 49–51 (benchmarks/privacy_data/holdout49.py … holdout51.py)
that the detector missed or flagged on first contact: a fixed-width table's address cell wrapped under its
column while the row's next cells stand on, PDF rows one cell a line whose numbers (masked too) a narrow
column broke, officials' contacts and mailboxes at a letter's foot, and an applicant's address above it."""

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def found(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


LAYOUT = (
    "序号  女方姓名  联系电话     现住址              检查结果            随访情况\n"
    "1     高芬      18225669897  折家坪镇折家坪村7   低风险              已复查\n"
    "                             组\n"
    "2     黄凤      17249669535  折家坪镇高家圪崂村  TSH偏高             已复查\n"
    "                             5组41号\n"
    "3     师花秀    19769698584  折家坪镇折家坪村    低风险              已复查\n"
)


def test_a_fixed_width_cell_wrapped_under_its_column_is_read_in_its_parts(engine: str) -> None:
    # Each part is the address's; the row's other cells between them ("低风险  已复查") are not.
    assert found(LAYOUT, engine, "address") == ["折家坪镇折家坪村7", "组", "折家坪镇高家圪崂村", "5组41号"]


def test_a_part_below_another_column_is_not_the_cell_s(engine: str) -> None:
    # The line below stands under 检查结果, not under the address: the village alone is no home.
    text = LAYOUT.replace("                             组\n", "").replace(
        "                             5组41号\n", "                                                 复查\n"
    )
    assert found(text, engine, "address") == []


ONE_A_LINE = "序号\n姓名\n性别\n残疾证号\n类别等级\n住址\n"


def test_a_house_number_and_its_unit_cut_apart_by_a_narrow_column(engine: str) -> None:
    text = ONE_A_LINE + "1\n聂萍桂\n女\n500238199501\n12280752\n智力二级\n白鹿镇白鹿村11\n社\n"
    assert found(text, engine, "address") == ["白鹿镇白鹿村11\n社"]


def test_a_disability_card_number_whose_x_stands_inside(engine: str) -> None:
    # "…25217X33": an ID ending in X, then the card's category and grade digits; the row is read whole,
    # so the rows below stay aligned and their names and addresses are read too.
    text = (
        ONE_A_LINE
        + "1\n覃才\n男\n500238200003\n25217X33\n三级言语\n巫溪县文峰镇龙池\n村3社\n"
        + "2\n陈春慧\n女\n511227196311\n08294762\n精神二级\n巫溪县柏杨街道柏\n杨社区7社31号\n"
    )
    assert "511227196311\n082947" in found(text, engine, "id_card")
    assert found(text, engine, "name") == ["覃才", "陈春慧"]
    assert found(text, engine, "address") == ["巫溪县文峰镇龙池\n村3社", "巫溪县柏杨街道柏\n杨社区7社31号"]


def test_masked_numbers_a_narrow_column_broke_keep_the_row_aligned(engine: str) -> None:
    text = (
        "序号\n逝者姓名\n性别\n身份证号\n死亡日期\n死亡原因\n户籍地\n申领人\n与逝者关系\n联系电话\n补贴金额\n收款账号\n"
        "1\n邱某某\n女\n362133****\n****1661\n2020-06-10\n胃癌\n龙口镇龙口村6组\n廖*香\n配偶\n1851879\n6286\n2000\n"
        "621799**\n*******0\n897\n"
        "2\n凌*花\n女\n360732****\n****4341\n2020-04-30\n自然死亡\n龙口镇睦埠村坳背组\n王*莲\n侄子\n1857794\n0107\n1200\n"
        "623052**\n*******1\n625\n"
        "殡仪馆：兴国县殡仪馆  咨询电话：0797-8817556\n"
    )
    assert found(text, engine, "address") == ["龙口镇龙口村6组", "龙口镇睦埠村坳背组"]
    assert found(text, engine, "mobile") == ["1851879\n6286", "1857794\n0107"]
    assert found(text, engine, "health") == ["胃癌"]


def test_a_mobile_whole_then_an_amount_is_no_broken_number(engine: str) -> None:
    # "17954260327⏎2000" is a mobile and the next cell's amount; the ID broken above is the join.
    text = (
        "序号\n逝者姓名\n性别\n身份证号\n死亡日期\n死亡原因\n户籍地\n申领人\n与逝者关系\n联系电话\n补贴金额\n收款账号\n"
        "1\n田才宇\n男\n130532195809\n178955\n2024-09-01\n脑溢血后遗症\n寻召乡马林庄村三街55号\n吕艳凤\n儿子\n"
        "17954260327\n2000\n6217996114\n304601940\n"
        "2\n高伟平\n男\n130532193910\n198695\n2024-04-05\n正常死亡\n河古庙镇河古庙村\n赵水才\n侄子\n"
        "15570025369\n1200\n6227000422\n856136402\n"
    )
    assert found(text, engine, "name") == ["田才宇", "吕艳凤", "高伟平", "赵水才"]
    assert found(text, engine, "mobile") == ["17954260327", "15570025369"]


def test_a_visitor_column_holds_the_cadres_who_visited(engine: str) -> None:
    text = (
        "金谷乡2024年春节走访慰问重点优抚对象名单\n"
        "序号,姓名,类别,联系电话,慰问金（元）,走访人\n"
        "1,王大刚,农村籍退役士兵,13806561234,2000,李正刚\n"
        "2,普华付,伤残军人,13924001234,800,陈翠梅\n"
    )
    assert found(text, engine, "name") == ["王大刚", "普华付"]


def test_an_office_s_contact_by_title_and_its_mailbox_at_the_foot(engine: str) -> None:
    text = (
        "监督电话：（0817）5563370    12333\n联系人：罗站长  13581945055\n东坝镇人民政府\n2025年5月7日\n"
        "联系人：蒋明  联系电话：0312-7216341  单⏎位邮箱：fpxfj@163.com\n".replace("⏎", "\n")
        + "阜平县信访局\n2024年3月1日\n"
        "如对办理结果有异议，请拨打12345或（0468）7817376，邮箱：sb12345@163.com。\n"
        "联系人：韩老师    联系电话：0474-7229157    受理邮箱：\nnsgkb@126.com\n"
        "七台镇人民政府\n2024年8月24日\n"
    )
    assert found(text, engine, "mobile") == []
    assert found(text, engine, "email") == []
    # An applicant's own, in the same letter, stays theirs.
    text = "申请人信息：\n姓名：包雪涵\n联系电话：13067745447    电子邮箱：xi_nxiao1998@foxmail.com\n" + text
    assert found(text, engine, "mobile") == ["13067745447"]
    assert found(text, engine, "email") == ["xi_nxiao1998@foxmail.com"]


def test_an_applicant_s_address_above_the_office_s_signature(engine: str) -> None:
    text = (
        "申请人信息：\n"
        "姓名：包雪涵    证件类型：居民身份证    证件号码：150923199806232204\n"
        "通信地址：三大顷村委会大南坊村20号    邮政编码：013450\n"
        "联系电话：13067745447\n"
        "联系人：武同志    联系电话：（0474）7224010\n"
        "商都县民政局\n2023年7月21日\n"
    )
    assert found(text, engine, "address") == ["三大顷村委会大南坊村20号"]
    # The office's own, with its postcode above its signature, is not a home.
    text = "地址：布拖县特木里镇火把广场路139号    邮编：615350\n布拖县人民法院\n2024年1月2日\n"
    assert found(text, engine, "address") == []


def test_a_contractor_a_caller_and_a_phone_broken_at_its_last_digit(engine: str) -> None:
    text = "经县人社局调查，包工头付永强（联系电话13766423165）已于2023年4月21日支付你工资。\n"
    assert found(text, engine, "name") == ["付永强"]
    text = "诉求内容：市民贾军反映，吴王口乡罗峪村一带道路破损严重。\n"
    assert found(text, engine, "name") == ["贾军"]
    # "康定市民政局" holds no 市民.
    assert found("如有异议，请于公示期内向康定市民政局反映（电话：0836-8444158）。\n", engine, "name") == []
    text = "乙方：王五，住某镇某路122号，联系方式：1876643615\n3。\n"
    assert found(text, engine, "mobile") == ["1876643615\n3"]
    text = "联系人：赛买提·吾斯曼  联系电话：0903-2518822、156422785\n39  单位邮箱：htxxfj@163.com\n"
    assert found(text, engine, "mobile") == ["156422785\n39"]


def test_a_form_s_table_of_members_one_cell_a_line(engine: str) -> None:
    # The form's labels and values above 姓名 are no columns; the first member's name and relation end
    # the header, and the form's next part ends the table.
    text = (
        "困难类型\n因灾\n家庭成员情况\n姓名\n与申请人关系\n年龄\n健康状况\n就业/就学情况\n"
        "黄杰\n次子\n13\n健康\n务农\n刘芳\n母亲\n70\n患病\n无\n"
        "申请理由\n申请人龚桂香为漫水乡向家坪村村民。\n"
    )
    assert found(text, engine, "name") == ["黄杰", "刘芳", "龚桂香"]
    assert found(text, engine, "health") == ["患病"]
    # The form's fields side by side below the table are no cells.
    text = text.replace(
        "申请理由\n", "申请人签字：龚桂香    日期：2023年8月2日\n经办人：何少华    乡镇审核：李红梅\n"
    )
    assert "经办人：何少华    乡镇审核：李红梅" not in found(text, engine, "health")
    assert "何少华" not in found(text, engine, "name")


def test_who_collected_a_payment_for_its_payee(engine: str) -> None:
    text = (
        "序号,户主,银行卡号,开户银行,联系电话,备注\n"
        "1,贾博,6221881236965746563,中国邮政储蓄银行,,陈晨毅代领\n"
        "2,其木格,6221881236965746563,中国邮政储蓄银行,,户主已故，由妻萨仁代领\n"
    )
    assert [n for n in found(text, engine, "name") if n not in ("贾博", "其木格")] == ["陈晨毅", "萨仁"]
    assert found("已故，由其父亲刘涛代领，电话17661582502。\n", engine, "name") == ["刘涛"]
    # Nobody in particular: the office's rule for proxies, a village's group.
    text = "委托他人代领的，代领人须持本人身份证及委托书。请以下群众尽快领取（代领须持代领人身份证）。\n"
    assert found(text, engine, "name") == []
    assert found("序号  姓名  联系电话  备注\n1  王五  18144477513  村组代领\n", engine, "name") == ["王五"]


def test_a_petition_reply_restating_whose_case_it_was(engine: str) -> None:
    text = "    你反映刘正华在佳木斯大学附属第一医院住院期间医疗费用报销比例偏低的问题。\n"
    assert found(text, engine, "name") == ["刘正华"]
    text = "    你反映你家位于芒部镇大湾村下寨组的房屋漏雨的问题。你反映在某工地务工被拖欠工资的问题。\n"
    assert found(text, engine, "name") == []


def test_a_hotline_order_s_caller_below_a_long_request_one_cell_a_line(engine: str) -> None:
    text = (
        "序号\n工单编号\n受理时间\n诉求人\n联系方式\n诉求内容\n承办单位\n办理结果\n满意度\n\n"
        "1\n20240728763842\n2024-06-28 14:43\n赵女士\n182*****568\n"
        "来电人反映：其居住的小区楼上住户长期在夜间发出噪音，严重影响休息，多次与其协商均无结果，"
        "物业也未能解决，请求相关部门尽快上门处理。\n绥滨县公安局\n经核实，已联系来电人说明情况，问题已解决。\n不满意\n\n"
        "2\n20240718249521\n2024-03-18 17:58\n崔永洙\n19116835669\n来电人咨询送教上门政策。\n绥滨县民政局\n"
        "已答复。\n满意\n"
    )
    assert found(text, engine, "name") == ["崔永洙"]


CENTRED = (
    "序号  被征收人    身份证号码            房屋坐落          结构    面积（㎡） 补偿金额（元） 安置方式\n"
    "      努尔麦麦提                        伊斯拉木阿瓦提乡\n"
    "   1              653221196205133776                      砖木       261.80    205,710.45  产权调换\n"
    "      ·艾则孜                           阔纳巴扎村8组\n"
    "      艾尼瓦尔·                         伊斯拉木阿瓦提乡\n"
    "   2              653221197204057294                      砖混       154.83     79,386.13  产权调换\n"
    "      吐尔逊                            阔纳巴扎村八组47号\n"
    "\n"
    "    备注：1.地类和面积以勘测定界成果为准。\n"
)


def test_cells_centred_on_their_row_s_line_are_read_in_their_parts(engine: str) -> None:
    # The lines between two rows' lines are shared: the upper half is the row above's.
    assert found(CENTRED, engine, "name") == ["努尔麦麦提", "·艾则孜", "艾尼瓦尔·", "吐尔逊"]
    assert found(CENTRED, engine, "address") == [
        "伊斯拉木阿瓦提乡",
        "阔纳巴扎村8组",
        "伊斯拉木阿瓦提乡",
        "阔纳巴扎村八组47号",
    ]
    assert found(CENTRED, engine, "id_card") == ["653221196205133776", "653221197204057294"]


def test_cells_set_at_their_row_s_top_are_read_down_to_the_next_row(engine: str) -> None:
    text = (
        "序号  被征收人  身份证号码            房屋坐落          结构    面积（㎡） 补偿金额（元） 安置方式\n"
        "   1  胡桂英（  130684194412300526    天生桥镇龙泉关村  土木       245.84    376,125.77  货币安置+\n"
        "      已故）                          十组                                               社保\n"
        "   2  顾霞      130624197906084189    天生桥镇龙泉关村  砖混       280.21    174,353.19  产权调换\n"
        "                                      七组43号\n"
    )
    assert found(text, engine, "address") == ["天生桥镇龙泉关村", "十组", "天生桥镇龙泉关村", "七组43号"]
    assert found(text, engine, "name") == ["胡桂英", "顾霞"]


def test_a_property_s_place_and_a_reply_s_addressee_s_home(engine: str) -> None:
    text = (
        "序号\t权利人\t不动产权利类型\t不动产坐落\t不动产单元号\t面积（㎡）\t用途\n"
        "1\t岑艳\t国有建设用地使用权/房屋所有权\t望谟县边饶镇蔗香路106号\t522326115020JC57145F00440010\t375.50\t住宅\n"
    )
    assert found(text, engine, "address") == ["望谟县边饶镇蔗香路106号"]
    text = "武长富：\n    你（住新屯街道蔗香路望城国际3幢703室）于2025年1月9日通过来信反映问题。\n"
    assert found(text, engine, "address") == ["新屯街道蔗香路望城国际3幢703室"]


def test_a_register_parted_by_single_blanks_whose_cells_wrap_below(engine: str) -> None:
    text = (
        "序号 姓名   年龄 身份证号           现住址         联系电话    孕产次 孕周 高危因素    风险评级\n"
        "2    高萱丽 33   150923199102198167 商都县小海子镇 13186750077 G1P2   37+5 妊娠期高血  绿色\n"
        "                                    小海子村西梁村                         压\n"
        "                                    14号\n"
        "3    朱梦佳 34   150923199012034281 小海子镇卯都村 18795278476 G3P1   19+1 未见异常    绿色\n"
    )
    assert found(text, engine, "address") == ["商都县小海子镇", "小海子村西梁村", "14号"]
    assert found(text, engine, "health") == ["妊娠期高血", "压"]


def test_a_member_named_at_the_start_of_a_reason_s_cell(engine: str) -> None:
    text = (
        "序号\t村\t户主\t身份证号\t人口\t类别\t变更\t原因\t保障金（元）\n"
        "1\t寨沟村\t胡财发\t610***********8158\t2\tA类\t新增\t其子柯毅患股骨头坏死\t385\n"
        "2\t东关村\t徐勇强\t6109231981****5255\t4\tB类\t停保\t子女李浩鹏外出务工收入超标\t520\n"
        "3\t东关村\t汪菊菊\t6109231953****3309\t5\tC类\t停保\t子女外出务工收入稳定\t0\n"
    )
    assert found(text, engine, "name") == ["胡财发", "柯毅", "徐勇强", "李浩鹏", "汪菊菊"]
    assert found(text, engine, "health") == ["患股骨头坏死"]


def test_a_hotline_caller_s_landline_named_or_not(engine: str) -> None:
    text = (
        "来电时间：2025-01-20 13:20\n诉求人：尤先生    联系电话：04687814294\n"
        "诉求内容：来电人反映，富强乡某超市出售过期食品。\n"
        "如对办理结果有异议，请拨打12345或（0468）7817376。\n"
    )
    assert found(text, engine, "landline") == ["04687814294"]
