"""Names, addresses and numbers in forms first met in holdouts 16 and 17: village meetings, household
items, childcare and visit records, 见义勇为, jurors, rental and expropriation lists, CSV exports."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def of_kind(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


MEETING = (
    "白庙村村民代表会议决议\n"
    "主持人：宁钧启（村党支部书记）\n"
    "应到代表36人，实到35人，其中：唐钧、车翔、唐丽萍、易雪凤等。\n"
    "二、代表发言：\n"
    "    唐丽萍：我同意，没有意见。\n"
    "    巴特尔（4组）：外嫁女户口没迁走的，应当参与分红。\n"
    "三、表决结果：同意32票，反对4票。\n"
    "参会代表签字：车翔  唐钧……\n"
)


def test_a_meetings_attendees_speakers_and_signatures(engine):
    assert sorted(set(of_kind(MEETING, engine, "name"))) == ["唐丽萍", "唐钧", "巴特尔", "易雪凤", "车翔"]


@pytest.mark.parametrize(
    "text",
    [
        # The office's staff sign as well; units listed after 其中 are no attendees.
        "被调查人签字：翁毓梅　调查人员签字：陆珊娴　冉海有",
        "应到单位12个，实到11个，其中：民政局、财政局、人社局等。",
    ],
)
def test_staff_signatures_and_lists_of_units(engine, text):
    assert "陆珊娴" not in of_kind(text, engine, "name")
    assert "民政局" not in of_kind(text, engine, "name")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1．牟俊东户，房屋坐落：上都镇锡林大街58巷8号，砖混结构\n2．哈斯巴根户，房屋坐落：上都镇察哈尔路137号\n",
         ["牟俊东", "哈斯巴根"]),
        ("2．董华荣户（1人），沙坝村，房屋倒塌3间；\n3．徐涛博户（3人），前进村，主房倒塌\n",
         ["董华荣", "徐涛博"]),
        ("走访中发现王坪村独居老人钟菁（77岁）患有阿尔茨海默病", ["钟菁"]),
        ("葛岚与拉巴次仁夫妇，于2024年7月26日生育第二个子女乔聪红，符合条件", ["拉巴次仁", "乔聪红"]),
        ("你于2023年3月6日为子女申屠春提交的育儿补贴申请收悉。", ["申屠春"]),
        ("村民代表韦力问：新出生人口从哪年开始配股？", ["韦力"]),
        ("代表简海建议公积公益金比例降到20%。", ["简海"]),
        ("我家里4口人，妻子贾姣去年确诊，儿子谭雄健还在上学。", ["贾姣", "谭雄健"]),
        ("由儿媳李琴照料，其次子宝音德力格尔常年在上海务工。", ["李琴", "宝音德力格尔"]),
        ("由外祖母廖玲监护（电话18654174323），本月发放1350元。", ["廖玲"]),
        ("1,3组,曲比阿果,1,1.5,270.00,代领：乔芳蓉", ["乔芳蓉"]),
        ("2023年2月19日，在人民路捡拾男婴一名，现取名热合曼托合提，身体状况：健康。", ["热合曼托合提"]),
        ("桑珠卓玛同志：\n    经我中心年度资格复核，你的丈夫达瓦平措于2021年购置商品住房一套。",
         ["桑珠卓玛", "达瓦平措"]),
        ("1．朱凯华，系患者米玛群培之儿子，住某村", ["朱凯华", "米玛群培"]),
    ],
)  # fmt: skip
def test_names_in_the_forms_of_holdouts_16_and_17(engine, text, expected):
    assert of_kind(text, engine, "name") == expected


@pytest.mark.parametrize(
    "text",
    [
        # Four ordinary characters after a label, a review's steps, how a cost is shared.
        "拟救助对象名单如下：",
        "当事人应当自收到本决定书之日起十五日内缴纳罚款。",
        "根据实施方案，经申请人申报、乡镇（街道）初审、县级审核，现将名单公示如下：",
        "特殊用户：某某系独居老人，已通知其子女协助整改。",
        "全村低收入户（3人）情况",
        "申请执行人向本院申请悬赏。",
        "房屋征收部门应当将分户补偿情况在房屋征收范围内向被征收人公布。",
        "持有德国护照（护照号码：F81616170）",
    ],
)
def test_words_the_new_rules_leave_alone(engine, text):
    assert of_kind(text, engine, "name") == []


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("恩施市见义勇为评定委员会\n不予确认见义勇为决定书\n", ["武黛"]),
        ("关于确认见义勇为行为的公示\n", []),
        ("关于拟选任人民陪审员名单的公示\n", []),
        ("关于聘任房村镇人民调解委员会调解员的公告\n", []),
    ],
)
def test_honours_and_public_offices_but_not_a_refusal(engine, title, names):
    text = title + "申请人：武黛，女，身份证号：422801200504173383\n"
    assert of_kind(text, engine, "name") == names
    assert of_kind(text, engine, "id_card") == ["422801200504173383"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('"协议编号","被征收人","房屋坐落","证载面积（㎡）","补偿金额合计（元）"\n'
         '"PG-2023-293","勒格阿牛","建设路8号","178.42","1,059,823"\n'
         '"PG-2023-444","吉克子哈、吉克阿呷","东风路173号","164.33","964,432"\n',
         ["勒格阿牛", "吉克子哈", "吉克阿呷"]),
        ("序号  患者      性别  疾病诊断          监护人姓名\n"
         "1     德庆旺堆  男    癫痫所致精神障碍  扎西琼达\n"
         "2     普布群培  男    双相情感障碍      尼玛曲珍\n",
         ["德庆旺堆", "扎西琼达", "普布群培", "尼玛曲珍"]),
    ],
)  # fmt: skip
def test_tables_first_met_in_holdout_16(engine, text, names):
    assert of_kind(text, engine, "name") == names


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("你于2021年承租位于桑珠孜新区廉租房小区14-1-1003室的公共租赁住房。",
         ["桑珠孜新区廉租房小区14-1-1003室"]),
        ("本院已依法查封你名下位于金积镇三合村131号的房产（不动产权证号：…）", ["金积镇三合村131号"]),
        ("本局拟注销你在高闸镇长乐村147号的常住户口", ["高闸镇长乐村147号"]),
        ("1. 承租人毕力格，承租房屋：正蓝新区廉租房小区10栋2单元403室，取消原因",
         ["正蓝新区廉租房小区10栋2单元403室"]),
        ("对选任有异议的可向某县司法局反映。联系电话：0892-5697253，通讯地址：桑珠孜区上海中路28号。", []),
        ("本中心位于某路88号的办公楼", []),
    ],
)  # fmt: skip
def test_homes_let_seized_or_registered(engine, text, address):
    assert of_kind(text, engine, "address") == address


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("全国学籍号:G34120220151209827X", ["34120220151209827X"]),
        ("1\t海来阿木\t男\tG532301201606114539\t二年级", ["532301201606114539"]),
        ("临时学籍号：L34120220151209827X", []),
        ("编号AG532301201606114539", []),
    ],
)
def test_the_id_inside_a_national_student_number(engine, text, ids):
    assert of_kind(text, engine, "id_card") == ids


def test_numbers_in_a_table_whose_rows_drift_from_an_amount_column(engine):
    text = (
        "序号   乡镇   姓名   性别   身份证号   优抚类别   伤残等级   月标准（元）   发放金额（元）"
        "   银行账号\n"
        "1 乌帕尔镇 史生鑫 男 65312119741118563X 60周岁以上农村籍退役士兵  1080 2420 6214836534558941\n"
        "3 站敏乡 努尔买买提·吐尔逊 男 653121198108310754 残疾军人 八级 2810 5590 6221883579827954018\n"
    )
    assert of_kind(text, engine, "id_card") == ["65312119741118563X", "653121198108310754"]
    assert of_kind(text, engine, "bank_card") == ["6214836534558941", "6221883579827954018"]


def test_an_amount_after_its_own_label_is_still_no_card(engine):
    assert of_kind("补贴金额：6221883579827954018元", engine, "bank_card") == []


def test_a_placement_by_ranking_is_published_by_design(engine):
    text = (
        "疏附县2023年度退役士兵安排工作岗位选择结果公示\n"
        "序号  姓名      性别  身份证号            名次  安置单位\n"
        "1     车航龙    男    653121199501011237  1     疏附县城市管理综合执法局\n"
        "2     曾山先    男    653121199601011234  2     疏附县公安局\n"
    )
    assert of_kind(text, engine, "name") == []
    assert len(of_kind(text, engine, "id_card")) == 2


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("| 姓名 | 张三 |\n| 现住址 | 桃洪镇迎宾路224号 |\n", "address", ["桃洪镇迎宾路224号"]),
        ("| 序号 | 身份证号 | 家庭住址 | 所在村 |\n| 1 | 640324194001044140 | 某镇某村3组 | 某村 |\n",
         "address", ["某镇某村3组"]),
        ("1. 邵杰峰，户籍迁往兰州市城关区，自2023年4月起转移抚恤关系。\n2. 韩刚，户籍迁往成都市武侯区。\n",
         "name", ["邵杰峰", "韩刚"]),
        ("6．额尔敦毕力格户，房屋坐落：正蓝旗上都镇敖包路231号，土木结构", "name", ["额尔敦毕力格"]),
        ("关于公布房村镇人民调解委员会组成人员的通知\n"
         "    主任：宇文海贵；副主任：何立云；委员：白平勇、余宁永。\n",
         "name", []),
    ],
)  # fmt: skip
def test_grids_registrations_and_committees(engine, text, kind, expected):
    assert of_kind(text, engine, kind) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("片区内同意改造的有魏英秋、阿拉坦仓、巴图孟和、哈斯巴根等294户，同意率96.9%",
         ["魏英秋", "阿拉坦仓", "巴图孟和", "哈斯巴根"]),
        ("以下监护人履行监护责任到位：\n1．朱凯华，系患者米玛群培之儿子，住某村\n", ["朱凯华", "米玛群培"]),
    ],
)  # fmt: skip
def test_counted_lists_and_items_about_a_relative(engine, text, expected):
    assert of_kind(text, engine, "name") == expected


def test_a_csv_row_quoting_only_its_amounts(engine):
    """No '","' in the row (the layout view leaves it alone): a quoted amount's commas part no cells."""
    text = (
        "序号,被征收人,房屋坐落,补偿金额（元）,补偿方式\n"
        '1,勒格阿牛,建设路8号,"1,059,823",产权调换\n'
        '2,曾山明,东风路165号,"473,252",货币补偿\n'
    )
    assert of_kind(text, engine, "name") == ["勒格阿牛", "曾山明"]
    assert of_kind(text, engine, "address") == ["建设路8号", "东风路165号"]
