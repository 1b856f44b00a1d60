"""Names in the forms first met in holdout 18: subsidy tables with a 乡镇 column after the name, rosters
whose empty cells shift a relation under 姓名, 四至 sides that are landforms, lawyers as agents."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def names(text: str, engine: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == "name"]


PIPE_TABLE = (
    "现将已完成核验的购机户名单公示如下，接受社会监督。\n"
    "| 序号 | 购机者 | 乡镇 | 村 | 机具品目 | 型号 | 数量 | 兑付金额(元) |\n"
    "|---|---|---|---|---|---|---|---|\n"
    "| 1 | 宝绍岱种植专业合作社 | 宝绍岱苏木 | 宝绍岱嘎查 | 自走式玉米收获机 | 4YZ-3 | 1 | 40,700 |\n"
    "| 2 | 李海 | 宝绍岱苏木 | 宝绍岱嘎查 | 铺膜机 | 2MB-1/2 | 1 | 35110 |\n"
    "| 3 | 赵平志 | 那日图苏木 | 那日图嘎查 | 方草捆压捆机 | 9YFQ-2.2 | 1 | 1,980 |\n"
)
SPACE_TABLE = (
    "现将2022年第1批农机购置补贴拟兑付情况予以公示。\n"
    "序号  购机者姓名    乡镇        村            机具品目      型号    数量  补贴额（元）\n"
    "1     托娅          上都镇      巴音胡舒嘎查  微耕机        1WG4.0  1     3940\n"
    "2     刘平          那日图苏木  那日图嘎查    铺膜机        2MB-1   1     16,400.00\n"
)


@pytest.mark.parametrize(
    ("text", "expected"), [(PIPE_TABLE, ["李海", "赵平志"]), (SPACE_TABLE, ["托娅", "刘平"])]
)
def test_a_buyers_column_before_a_township_column(engine, text, expected):
    # "乡镇" after the name's header is the next header, not a value: the line is a header, not a form.
    assert names(text, engine) == expected


def test_a_form_line_with_a_name_after_its_label_is_still_a_form(engine):
    assert names("姓名\t张丽华\t性别\t女\n", engine) == ["张丽华"]


def test_a_relation_is_never_a_name_in_a_name_column(engine):
    text = (
        "序号\t姓名\t与户主关系\t身份证号码\n1\t李新\t户主\t130624195602234361\n"
        "2\t长女\t李英\t130624195602234361\n"
    )
    assert "长女" not in names(text, engine)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("四至：东至乌云其其格林地，西至沟底，南至赵梅承包地，北至分水岭\n", ["乌云其其格", "赵梅"]),
        ("四至：东至郑英娟家，西至集体林，南至郑永斌承包地，北至山崖\n", ["郑英娟", "郑永斌"]),
    ],
)
def test_a_landform_on_a_side_is_no_neighbour(engine, text, expected):
    assert names(text, engine) == expected


def test_a_lawyer_acting_as_agent_is_not_flagged(engine):
    text = (
        "申请人：刘秀，身份证号621102200002246786，到庭\n"
        "被申请人：某商贸有限责任公司，法定代表人景英红，委托代理人汪芬梅（律师）到庭\n"
    )
    assert "汪芬梅" not in names(text, engine)
    assert "刘秀" in names(text, engine)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A lessor of forest land, by label and by column.
        ("出让方：李生宝\n身份证号：152530198001011234\n", ["李生宝"]),
        ("序号\t出让方\t身份证号\t林地坐落\n1\t龚翠娟\t350924195403154067\t碑坑村大湾\n", ["龚翠娟"]),
        # A person, then a relative of theirs, at an item's start.
        ("（一）汪军成之女赵杰贵（2023年01月22日出生），新增1人。\n", ["汪军成", "赵杰贵"]),
        ("（三）李涛海之母景花琴于2024年6月4日去世，核减1人。\n", ["李涛海", "景花琴"]),
        ("1．刘艳，系患者刘勇之女儿，住某镇长乐村7组4号\n", ["刘艳", "刘勇"]),
        ("（四）把德强户新生儿何志国（2024年03月16日出生），新增1人。\n", ["何志国"]),
        # A dotted name after the words before it: a role, a relation, a particle.
        ("经调查，该项目劳务班组负责人亚森·亚森（身份证号653121198501219）拖欠工资。\n", ["亚森·亚森"]),
        ("被收养人系由生母买买提·吾守尔（身份证号640302199601256213）送养。\n", ["买买提·吾守尔"]),
        ("流出方：强家庙村村民艾合买提·艾买提、喇娟、虎花等5户\n", ["艾合买提·艾买提", "喇娟", "虎花"]),
        # Dotted names that begin with 其 or 克 keep them.
        ("反映其与邻居海丽其古丽·吐尔逊因宅基地界址发生纠纷\n", ["海丽其古丽·吐尔逊"]),
    ],
)
def test_lessors_relatives_and_dotted_names(engine, text, expected):
    assert sorted(names(text, engine)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "流出方明细：\n",
        "法定代理人：蒋岩中，男，系原告之父，住同上。\n",
        "出让方：某村股份经济合作社\n",
    ],
)
def test_headings_roles_and_bodies_are_not_lessors_or_relatives(engine, text):
    assert [n for n in names(text, engine) if n != "蒋岩中"] == []


RANGERS = (
    "关于城南庄镇生态护林员聘用和解聘情况的公示\n"
    "城南庄镇拟聘用以下人员为2022年度生态护林员：\n"
    "序号  姓名    所在村    类别  管护面积\n"
    "1     王涛军  岔河村    新聘  1110亩\n"
    "2     赵永贵  城南庄村  新聘  1510亩\n"
    "二、拟解聘人员\n"
    "(1)郝新俊（130624196608096312），城南庄村，年度考核不合格，连续三个月未按要求巡护。\n"
    "(2)刘福成，岔河村，家庭人均收入超过标准，不再符合选聘条件。\n"
    "联系人：赵林建　　联系电话：0312-8556463\n"
)
REVIEW = (
    "关于2024年度生态护林员考核情况的通报\n"
    "现将有关情况通报如下：\n"
    "一、表扬。锦花村护林员牛珍英、李家堡村护林员王花秀等同志巡护到位，及时发现并报告火情，予以通报表扬。\n"
    "二、批评。\n"
    "西巩驿镇石川村护林员蒲鹏庆6月以来巡护轨迹造假，扣发当月劳务补助。\n"
)


def test_an_appointments_list_keeps_its_dismissals_personal(engine):
    # Those appointed are published by design; those dismissed, with their reasons, are not honoured.
    assert names(RANGERS, engine) == ["郝新俊", "刘福成"]


def test_a_review_names_the_reproved_not_the_commended(engine):
    assert names(REVIEW, engine) == ["蒲鹏庆"]


def test_dismissed_rangers_with_uyghur_names(engine):
    text = (
        "（二）解聘人员\n（一）阿依古丽艾力，兰干村，家庭人均收入超过标准，不再符合选聘条件。\n"
        "（二）麦麦提敏艾力，兰干村，年度考核不合格。\n"
    )
    assert names(text, engine) == ["阿依古丽艾力", "麦麦提敏艾力"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Loss notices: each item opens with the owner of what was lost.
        (
            "2022年1月24日遗失作废声明汇总\n①王香遗失居民身份证，证号621102199901281408，声明作废。\n"
            "(3)木乃石者遗失大陆居民往来台湾通行证，证号L91733479，声明作废。\n"
            "3．吴福俊遗失林权证，证号寿林证字（2007）第96108号，声明作废。\n",
            ["王香", "木乃石者", "吴福俊"],
        ),
        (
            "遗失声明\n本人邵娣不慎遗失之子秦友清的出生医学证明，编号P460115980，现声明作废。\n",
            ["邵娣", "秦友清"],
        ),
        # A verb glued to the name is not part of it: "万莺遗失之女…" names 万莺.
        ("遗失声明\n万莺遗失之女万芬黛的出生医学证明，编号O355589343，现声明作废。\n", ["万莺", "万芬黛"]),
        # A pension drawn after death: the insured, by role, before the ID.
        (
            "现将有关情况公告如下：\n2．参保人毕力格（公民身份号码152530194812117439）于2023年10月死亡。\n",
            ["毕力格"],
        ),
        ("（一）扎西次里之子扎西央宗（2024年08月30日出生），新增1人。\n", ["扎西次里", "扎西央宗"]),
    ],
)
def test_loss_notices_pensions_and_tibetan_parents(engine, text, expected):
    assert sorted(names(text, engine)) == sorted(expected)


def test_a_loss_notices_title_is_no_name(engine):
    assert names("遗失声明\n", engine) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该笔贷款由刘燕霞（公民身份号码130624198001011234）提供连带责任保证。\n", ["刘燕霞"]),
        ("该笔贷款由俄木伍呷（身份证号：513431196908041234）提供连带责任保证。\n", ["俄木伍呷"]),
        ("某农资商贸有限公司与购机户陈军（公民身份号码130624198001011234）串通套取补贴。\n", ["陈军"]),
        (
            "1．参保人和海海（身份证号：533401194002154234）于2020年1月死亡，其儿媳次仁卓玛未按规定申报。\n",
            ["和海海", "次仁卓玛"],
        ),
    ],
)
def test_guarantors_buyers_and_in_laws(engine, text, expected):
    assert sorted(names(text, engine)) == sorted(expected)


def test_a_word_before_a_bracketed_id_that_is_no_name(engine):
    assert names("该笔款项交由村委会（统一社会信用代码54640302MEB0123456）管理。\n", engine) == []
