"""Table layouts and name columns found on holdout8: full-width "｜" and "、" separators, a header
whose cell reads like a name ("班级"), four-character Tibetan and Yi names, co-applicants with their
relation, and the labels of village accounts, schools and auctions."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def names(text: str, engine: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == "name"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "班级" reads as a surname and a name, but it heads a column: the header is a header.
        (
            "序号\t班级\t姓名\t性别\t监测结果\t家长\t家长电话\n"
            "1\t四年级（8）班\t虎薇妮\t女\t轻度贫血\t虎河\t13140428791\n",
            ["虎薇妮", "虎河"],
        ),
        # A word that reads as a name after a health column is a header too ("班级").
        (
            "序号    性别    家长      学生      联系电话         体检异常              班级\n"
            "1       女      喇德      喇琳怡    182 5465 7279    中度视力不良          七.2班\n",
            ["喇德", "喇琳怡"],
        ),
        # Four-character names in a name column.
        (
            "序号\t姓名\t监护人\n1\t吉克石布\t阿于尔哈\n2\t普布次仁\t虎河\n",
            ["吉克石布", "阿于尔哈", "普布次仁", "虎河"],
        ),
        # Full-width pipes and enumeration commas part the cells.
        ("序号｜报名号｜姓名｜性别\n6｜202500081｜公孙子涵｜男\n", ["公孙子涵"]),
        ("序号、报名号、姓名、性别\n1、BM202552911、孟奕辰、男\n", ["孟奕辰"]),
        # Co-applicants, each with the relation in brackets.
        (
            "序号\t申请人\t共同申请人\t工作单位\n"
            "4\t秦琳丽\t邱勇（配偶）、邱敏露（子女）\t桃源县瑞丰商贸有限公司\n",
            ["秦琳丽", "邱勇", "邱敏露"],
        ),
        # Labels of village accounts, schools and auctions.
        ("经手人:江荣\n审批人:吴雪敏", ["江荣"]),
        ("学生：孟萍月；家长：潘英。", ["孟萍月", "潘英"]),
        ("在网络拍卖竞价结束后，买受人黄江应在十日内将拍卖成交余款缴入法院指定账户。", ["黄江"]),
        ("反映问题:反映楼上住户史龙杰家装修时破坏承重墙。", ["史龙杰"]),
        ("村民马明反映道路问题。", ["马明"]),
        # An agent who is a lawyer or an employee acts in a public role, wherever named; the party
        # does not.
        (
            "申请人：吴凤，女。\n委托代理人：熊炎有，成都安泰律师事务所律师。\n"
            "申请人吴凤及其委托代理人熊炎有到庭参加了庭审。",
            ["吴凤", "吴凤"],
        ),
        # Notices of loss, a child named in one, a payee, a relative, a signature.
        ("声明作废。\n万蕊珍不慎遗失中国建设银行借记卡，卡号作废。", ["万蕊珍"]),
        ("本人廖坚杰将大陆居民往来台湾通行证遗失，声明作废。", ["廖坚杰"]),
        ("石成于近日遗失之子魏雄敬的出生医学证明，编号Q526569177，声明作废。", ["石成", "魏雄敬"]),
        ("上述款项转入覃莎芬的银行账户。", ["覃莎芬"]),
        ("近亲属：郑超（患者之子），身份证号341221198101221234", ["郑超"]),
        ("甲方（签名）：白璧环    乙方（盖章）：南昌市第二人民医院", ["白璧环"]),
        # A court's list of hearings: the parties' columns, a company among them.
        (
            "序号\t案号\t案由\t原告\t被告\n"
            "3\t（2024）湘0104民初5331号\t离婚纠纷\t薛茂伟\t孔乐昌\n"
            "4\t（2024）湘0104民初5332号\t买卖合同纠纷\t某某机械制造有限公司\t邹琳淑、浦仁\n",
            ["薛茂伟", "孔乐昌", "邹琳淑", "浦仁"],
        ),
        # A person followed by their ID in brackets, after a role or alone.
        ("一、借款人者燕士（411621199506287532），脱贫人口，经营扶沟", ["者燕士"]),
        ("7.莲花镇阳洼山村后街44号农户喇茜（身份证号622921********4109），购置农机", ["喇茜"]),
        # Loss notices in a newspaper's words; an accident's parties and their liability.
        ("本人罗妹将大陆居民往来台湾通行证，证号L79282733，声明作废。", ["罗妹"]),
        ("声明作废。\n秦富于近日遗失往来港澳通行证，证件号码C64147059。", ["秦富"]),
        ("认定当事人廖奇馨承担此事故的主要责任，乘车人邱丽无责任。", ["廖奇馨", "邱丽"]),
        # A header naming one party two ways.
        (
            "序号\t案号\t原告/申请人\t被告（被上诉人）\n1\t（2024）湘0104民初1号\t薛茂伟\t孔乐昌\n",
            ["薛茂伟", "孔乐昌"],
        ),
        # A household's row whose name carries its role is a row, not a header.
        (
            "1．拜进涵（户主） 河滩镇高闸村5组 5人  房屋倒塌\n"
            "2.龙贵义 　三营镇马套子村5组，7人 因病（乳腺癌）\n",
            ["拜进涵", "龙贵义"],
        ),
        # A village's accounts, a pupil in a notice to parents, a household's cause.
        ("10月11日,记-009,支付村民万兴垃圾清运费,5812.31", ["万兴"]),
        ("收到索朗措姆缴纳集体土地承包费", ["索朗措姆"]),
        ("特别提醒：陶琳婷同学沙眼，请家长带其复查。", ["陶琳婷"]),
        ("其中，付贵户因精神分裂症长期治疗，经研究同时纳入临时救助范围。", ["付贵"]),
        (
            "日期、凭证号、摘要、金额、领款人、审批人\n9月9日、记-003、垃圾清运费、2243、艾力·依明、敖鑫\n",
            ["艾力·依明"],
        ),
        # A private person's contact gives a mobile.
        ("联系人：郝兰\n联系电话：13912345678", ["郝兰"]),
    ],
)
def test_found(text: str, expected: list[str], engine: str) -> None:
    assert names(text, engine) == expected


@pytest.mark.parametrize(
    "text",
    [
        "经村民代表大会讨论通过，村民小组长负责。",
        "全县共有学生资助对象1200人，学生家长满意度高。",
        "各住户应当按时缴纳物业费，住户满意率达95%。",
        "经手人签字后报销，报销人须提供发票。",
        "家长学校开课，家长委员会成立。",
        "买受人应在十日内缴款，竞买人须交保证金。",
        "如不慎遗失证件，应及时挂失。",
        "支付防汛物资购买费用，收到上级补助资金。",
        "全体同学参加了体检，同学们表现良好。",
        "本单位将公章遗失，特此声明。",
        # A sentence listing things with "、" is no table header.
        "加强学生、家长、教师三方沟通。",
        # A form's name value after a label still makes a form, not a header.
        "姓名\t张三\t性别\t男",
        # A duty, an anonymous caller, words after a label that read as names.
        "履行方式和期限：被处罚人应于收到本决定书之日起十五日内缴纳罚款。",
        "来电人：匿名\n联系电话：15658795776",
        "户主姓名：张三\n公民身份号码：310112195005046654",
        "郸城县2024年度退役士兵岗位分配名单公告\n根据《退役军人安置条例》",
        # The office's contact at the foot of a notice, above its office line.
        "对复核结果有异议的，可书面向区住房和城乡建设局提出。\n\n联系人：孙伟彬\n监督电话：0717-7428994",
        "联系人：蒲仁\n联系电话：0797-5879409",
    ],
)
def test_not_names(text: str, engine: str) -> None:
    assert [n for n in names(text, engine) if n != "张三"] == []


VERTICAL = """二、调整保障金额名单
序号
户主
身份证号码
所在村组
学历
原因
1
林晨磊
522601197309243911
舟溪镇竹园村四组
中专
家庭收入变化

2
潘宁
420506197608214994
凯里市旁海镇牛角冲村十二组
本科
子女肺癌住院
三、停保户
说明
"""


def test_a_table_one_cell_a_line_is_read_by_its_header(engine: str) -> None:
    found = [(h.kind, h.text) for h in detect(VERTICAL, PrivacyConfig(engine=engine))]
    assert ("name", "林晨磊") in found
    assert ("name", "潘宁") in found
    assert ("id_card", "522601197309243911") in found
    assert ("address", "凯里市旁海镇牛角冲村十二组") in found
    # The next heading ends the table: its words are not read as a row.
    assert not any(t in ("三、停保户", "说明") for _, t in found)


def test_words_one_a_line_without_numbered_rows_are_no_table(engine: str) -> None:
    text = "序号\n姓名\n住址\n备注\n说明：本表由各村填报。\n张三丰餐饮\n"
    assert names(text, engine) == []


def test_rows_in_the_order_a_note_gives(engine: str) -> None:
    text = (
        "二、新增保障户\n"
        "（按户主姓名、身份证号码、住址、保障人数、保障金额、变动原因顺序排列）\n"
        "1、海露萱，310112195005046654，闵行区莘庄镇黄土坡村3组，6，1529，子女务工收入增加；\n"
        "4、虎辉松，630224195802248713，化隆回族自治县群科镇大坪村七组75号，6，1529，子女患尿毒症；\n"
    )
    found = [(h.kind, h.text) for h in detect(text, PrivacyConfig(engine=engine))]
    assert ("name", "海露萱") in found
    assert ("name", "虎辉松") in found
    assert ("address", "化隆回族自治县群科镇大坪村七组75号") in found


def test_a_name_padded_to_its_columns_width_is_one_cell(engine: str) -> None:
    text = (
        "序号   性别   班级         监测结果        学生姓名   家长姓名\n"
        "4      男     七.3班       消瘦            石   亮    孙诗涵\n"
        "5      女     八年级(8)班  肥胖            李　俊     白子涵\n"
    )
    assert names(text, engine) == ["石   亮", "孙诗涵", "李　俊", "白子涵"]


def kinds(text: str, engine: str) -> list[tuple[str, str]]:
    return [(h.kind, h.text) for h in detect(text, PrivacyConfig(engine=engine))]


@pytest.mark.parametrize(
    "text",
    [
        "序号，户主姓名，原因，发放账号\n2，何山祥，家庭人口减少，6236680145298396734\n",
        "|5|2286|家庭人口减少|6236680145298396734\n",
        "原因：家庭人口减少  6236680145298396734\n",
    ],
)
def test_a_negative_word_in_an_earlier_cell_does_not_hide_a_card(text: str, engine: str) -> None:
    assert ("bank_card", "6236680145298396734") in kinds(text, engine)


def test_a_negative_label_of_the_numbers_own_cell_still_applies(engine: str) -> None:
    # 人口 right before the number labels it: a statistic, not a card.
    assert kinds("户籍人口6236680145298396734", engine) == []


@pytest.mark.parametrize(
    ("text", "kind", "number"),
    [
        (
            "序号\t承租人姓名\t证件号码\t共同申请人\n4\t秦琳丽\tM88706498\t邱勇（配偶）\n",
            "hk_macau_permit",
            "M88706498",
        ),
        ("序号\t姓名\t身份证号\t人数\n2\t扈欣静\tEV1534130\t3\n", "passport", "EV1534130"),
        ("（4）序号:4，申请人:撒桂春，证件号码:E84908276，家庭成员:者宇毅（配偶）", "passport", "E84908276"),
        ("序号\t姓名\t证件号码\t人数\n3\t余鑫峰\t77216601\t1\n", "tw_permit", "77216601"),
    ],
)
def test_a_document_in_an_identity_field_is_known_by_its_shape(
    text: str, kind: str, number: str, engine: str
) -> None:
    assert (kind, number) in kinds(text, engine)


def test_eight_digits_outside_an_identity_field_are_no_permit(engine: str) -> None:
    assert not any(k == "tw_permit" for k, _ in kinds("序号\t姓名\t竞买号\n3\t余鑫峰\t77216601\n", engine))
