"""The tables and lists of holdout18: 农机购置补贴 notices (numbered buyers, a one-cell-a-line table with a
村 column), 林地经营权流转 notices (a neighbour spaced out in a 四至 cell, a Mongolian lessor), 移民后期扶持
rosters (a member's empty 户主 cell, the header repeated after a page break, a bare village in the 住址
column), 贴息 reconciliations split by a page break, and 信访 replies wrapped by a PDF's lines."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def of_kind(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


# --- a subsidy's numbered buyers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("现予以公示。\n（一）王建国，城关镇河湾村，购置微耕机（1WG4.0）1台，补贴3,000元；\n", ["王建国"]),
        ("现予以公示。\n（二）李芳，城关镇河湾村，购买旋耕机1台，补贴4500元；\n", ["李芳"]),
        # Circled numbers, a Mongolian name of six characters, a village under a 苏木.
        ("公示如下。\n①乌云其其格，某苏木某嘎查，购置铺膜机（2MB-1/2）1台，补贴11,210元；\n", ["乌云其其格"]),
        ("公示如下。\n②那顺巴雅尔，某苏木某嘎查，购置轮式拖拉机1台，补贴18470元；\n", ["那顺巴雅尔"]),
        ("公示如下。\n⑵李芳，城关镇河湾村3组，购置微耕机1台，补贴3000元；\n", ["李芳"]),
        # A cooperative, a township and an office buy too: no name.
        ("公示如下。\n（三）河湾养殖专业合作社，城关镇河湾村，购置轮式拖拉机1台，补贴42830元；\n", []),
        ("公示如下。\n（四）城关镇，河湾村，购置微耕机1台，补贴3000元；\n", []),
        # A numbered item about a village's works, no buyer.
        ("工作安排：\n1．加快进度，各村，购置设备按计划推进；\n", []),
    ],
)
def test_numbered_buyers(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "name") == expected


_BUYER_TABLE = (
    "以下购机者符合补贴条件，现予公示。\n"
    "序号\n购机户\n乡镇\n村\n机具品目\n型号\n数量\n兑付金额(元)\n"
    "1\n王建国\n城关镇\n河湾村\n铺膜机\n2MB-1/2\n1\n35,130.00\n\n"
    "2\n河湾农机专业合作社\n城关镇\n河湾村\n微耕机\n1WG4.0\n1\n27380\n\n"
    "3\n吉克阿呷\n城关镇\n东山村\n旋耕机\n1GQN-200\n1\n10270\n\n"
)


def test_one_cell_a_line_table_with_a_village_column(engine: str) -> None:
    # "村" alone is the village column's header; the village a buyer lives in is no address.
    assert of_kind(_BUYER_TABLE, engine, "name") == ["王建国", "吉克阿呷"]
    assert of_kind(_BUYER_TABLE, engine, "address") == []


# --- 四至 and the lessors of forest land -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A two-character neighbour padded by a full-width space, and the owner's words after it.
        (
            "1\t王海兴\t杨家山村大湾\t104.4亩\t东至范　桂林地，西至集体林，南至陈伟斌承包地，北至小溪\n",
            ["范　桂", "陈伟斌"],
        ),
        ("| 1 | 黄涛军 | 林驮村 | 9.2亩 | 东至潘　云家，西至沟底，北至村道 |\n", ["潘　云"]),
        ("四至：东至韦　军家，西至山脊，南至黄　强林地，北至小溪\n", ["韦　军", "黄　强"]),
        # A spaced name of three in a form's line, with its owner's words.
        ("四至：东至李  林  海林地，西至沟底，北至分水岭\n", ["李  林  海"]),
        # Land and works spaced alike are no neighbour.
        ("四至：东至公　路，西至山　脊，南至集　体林地\n", []),
    ],
)
def test_spaced_neighbour(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "name") == expected


def test_mongolian_lessor_in_a_one_cell_a_line_table(engine: str) -> None:
    text = (
        "现予公告：\n序号\n出让方\n身份证号\n林地坐落\n面积\n四至\n林权证号\n"
        "1\n图门巴雅尔\n152530197002152342\n某嘎查后山\n63.4亩\n东至高春承包地，西至山脊\n正林证字（2009）第63305号\n\n"
        "2\n巴特尔\n152530********6254\n某嘎查阳坡\n93.4亩\n东至托娅林地，西至集体林\n正林证字（2011）第86400号\n\n"
    )
    assert of_kind(text, engine, "name") == ["图门巴雅尔", "高春", "巴特尔", "托娅"]


# --- 移民 rosters ---------------------------------------------------------------------------------------

_ROSTER = (
    "某县移民后期扶持直补资金发放花名册\n\n"
    "序号\n户主\n姓名\n与户主关系\n身份证号码\n核定人数\n一卡通账号\n住址\n"
    "1\n王建国\n王建国\n户主\n130624195803121232\n2\n6217006497400822413\n城关镇河湾村7组\n\n"
    "2\n\n李秀兰\n妻\n13062419620210567X\n\n\n\n\n\n"
    "— 1 —\n移民后期扶持人口核定花名册\n"
    "序号\n户主\n姓名\n与户主关系\n身份证号码\n核定人数\n一卡通账号\n住址\n"
    "3\n\n王小军\n长子\n640324195103056787\n\n\n\n\n"
    "4\n赵明\n赵明\n户主\n152530197002152342\n1\n6217006497400822414\n东山村\n\n"
    "合计：4人。\n"
)


def test_roster_members_across_a_page_break(engine: str) -> None:
    # A member's 户主 cell is empty; the header stands again on the next page.
    assert of_kind(_ROSTER, engine, "name") == ["王建国", "王建国", "李秀兰", "王小军", "赵明", "赵明"]


def test_bare_village_in_an_address_column(engine: str) -> None:
    # A village alone is a locality, not a home; under its township it is the household's address.
    assert of_kind(_ROSTER, engine, "address") == ["城关镇河湾村7组"]
    text = (
        "序号\t姓名\t身份证号码\t住址\n1\t王建国\t130624195803121232\t洪田镇青云村\n"
        "2\t李芳\t13062419620210567X\t青云村\n"
    )
    # (A village alone is no address by default, PrivacyConfig.village_address; the next row's number
    # below it is no house number a PDF's line cut.)
    assert of_kind(text, engine, "address") == []
    villages = PrivacyConfig(engine=engine, village_address=True)
    assert [h.text for h in detect(text, villages) if h.kind == "address"] == ["洪田镇青云村"]


# --- a reconciliation split by a page break ----------------------------------------------------------


def test_rows_after_a_blank_line_and_a_page_number(engine: str) -> None:
    text = (
        "序号  借款人    合同编号          贷款账号             贷款余额   核对结果\n"
        "1     王建国    2025032358070957  622188424144356877   47,000.00  一致\n"
        "2     次仁曲珍  XD2025584030      6228231699831153128  33,000.00  一致\n"
        "\n第 1 页 共 2 页\n对账表\n"
        "3     达瓦多吉  XD2025654544      6230596093527386     26000      一致\n"
        "4     李芳      2025035504530275  6217998828629395     48,000     差额待查\n"
        "\n银行经办：某某\n"
    )
    assert of_kind(text, engine, "name") == ["王建国", "次仁曲珍", "达瓦多吉", "李芳"]


# --- replies wrapped by a PDF's lines ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The label of the ID broken by the line's end.
        (
            "经核查，你户籍登记住址为某县某街110号，刘振福（公民身份号\n码451022201410054567）出生于2014年10月。\n",
            ["刘振福"],
        ),
        # The name at the line's end, its bracket on the next line (spaced out as a PDF typesets it).
        (
            "经核查，你户籍登记住址为某路22号，申 兴 辉\n（身份证号：130624195803121232）出生于1958年。\n",
            ["申 兴 辉"],
        ),
        # A Yi name after a comma, its clan first.
        (
            "经核查，你户籍登记住址为某镇某社区142号，瓦扎阿呷（公民身份号码513431200512293456）出生于2005年。\n",
            ["瓦扎阿呷"],
        ),
        # An office before the bracket is no person.
        ("经核查，该单位为某县移民工作站（统一社会信用代码：12130624MB0000000X）。\n", []),
    ],
)
def test_person_before_a_wrapped_id(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "name") == expected


def test_spaced_addressee_of_a_reply(engine: str) -> None:
    text = "某县移民工作站信访答复意见书\n\n齐  福  勇：\n    你于2024年5月16日来访反映的问题收悉。\n"
    assert of_kind(text, engine, "name") == ["齐  福  勇"]
    text = "某县移民工作站信访答复意见书\n\n各  村  委：\n    你们于2024年5月16日报送的材料收悉。\n"
    assert of_kind(text, engine, "name") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A Mongolian name with 那顺, a Uyghur one with 阿不都, written without a dot in a buyers' column.
        (
            "序号  购机者姓名  乡镇  村\n1  那顺乌日图  某镇  某嘎查\n2  阿布力孜阿不都热合曼  某镇  某村\n",
            ["那顺乌日图", "阿布力孜阿不都热合曼"],
        ),
    ],
)
def test_long_names_of_buyers(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "name") == expected


# --- forms laid out as two columns ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("逝者姓名　王老汉\n性别　男\n申领人　萨仁高娃\n与逝者关系　女婿\n", ["王老汉", "萨仁高娃"]),
        ("死亡原因：肺癌\n申领人：陈军\n与逝者关系：侄子\n", ["陈军"]),
        # A PDF broke the ID's label: its rest is no name.
        ("购机者　罗涛\n性别　男\n民族　彝族\n身份\n证号码　513431200512293456\n", ["罗涛"]),
        # A buyer that is a cooperative.
        ("购机者　河湾农机专业合作社\n统一社会信用代码　93130624MA0000000X\n", []),
    ],
)
def test_two_column_forms(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "name") == expected


# --- notices to a borrower, a lost deed's owners, a party who cannot be found -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A loan's guarantor after 由, before the ID in brackets.
        ("该笔贷款由刘燕霞（公民身份号码130624195803121232）作为担保人。\n", ["刘燕霞"]),
        ("该笔贷款由尼玛初姆（身份证号：130624195803121232）提供连带责任保证。\n", ["尼玛初姆"]),
        # A relation after 由 is not the name's ("系由生母张三（…）": the name alone).
        ("被收养人系由生母夏梅（身份证号130624195803121232）送养。\n", ["夏梅"]),
        # A spaced name greeted as 同志.
        ("逾期贷款催收告知书\n\n苏 和同志：\n  你于2021年5月申请小额信贷。\n", ["苏 和"]),
        # A lost deed's co-owner.
        ("该不动产共有人为陆春（其女）。\n", ["陆春"]),
        ("该不动产无共有人为单独所有。\n", []),
        ("该不动产共有人为其配偶。\n", []),
        # A notice served on a party who cannot be found, by its opening words.
        (
            "某县自然资源局公告\n\n沙马尔日：\n因你下落不明，本机关依法向你公告送达《决定书》。\n",
            ["沙马尔日"],
        ),
        ("某县自然资源局公告\n\n各有关单位：\n因你下落不明，本机关依法向你公告送达《决定书》。\n", []),
    ],
)
def test_notices_to_persons(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "name") == expected


def test_a_spaced_name_glued_to_its_label(engine: str) -> None:
    text = "经营者刘  红，身份证号130624195803121232，经营场所某乡解放街165号。\n"
    assert of_kind(text, engine, "name") == ["刘  红"]


def test_a_mongolian_guarantor_after_by(engine: str) -> None:
    text = "该笔贷款由其木格（公民身份号码152530197002152342）作为担保人。\n"
    assert of_kind(text, engine, "name") == ["其木格"]


def test_a_shops_seat_is_no_home(engine: str) -> None:
    # A 个体户's deregistration notice gives the keeper and the shop's seat: the seat is no address.
    text = "经营者贾某某（公民身份号码130624195803121232），经营场所城南庄镇中心街38号。\n"
    assert of_kind(text, engine, "address") == []
    text = "张三（公民身份号码130624195803121232），住城南庄镇中心街38号。\n"
    assert of_kind(text, engine, "address") == ["城南庄镇中心街38号"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A register of residents struck off: the reason is no name before the passport in brackets.
        (
            "序号\t姓名\t性别\t公民身份号码\t注销原因\t注销日期\n"
            "1\t阿西阿衣\t女\t513431200512293456\t出国定居（护照EF6203304）\t2023年1月19日\n",
            ["阿西阿衣"],
        ),
        # A trainee's grade before a certificate's number that reads like an ID.
        (
            '"序号","学员姓名","身份证号码","培训工种","等级","证书编号"\n'
            '"1","刘翠丽","130624195803121232","挖掘机驾驶员","初级","130624202300691320"\n',
            ["刘翠丽"],
        ),
    ],
)
def test_words_in_a_rows_cells_are_no_names(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "name") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A loss notice's paragraph opens with the owner, a Tibetan of four characters, then the ID.
        (
            "不动产登记中心遗失声明公告\n\n    鲁茸多吉，身份证号533401200512293456，因搬家将证书遗失。\n",
            ["鲁茸多吉"],
        ),
        (
            "不动产登记中心遗失声明公告\n\n    次仁多吉，身份证号码533401200512293456，将证书遗失。\n",
            ["次仁多吉"],
        ),
        # Four ordinary characters there are words ("经办人员" holds characters no transliteration uses).
        ("遗失声明公告\n\n    经办人员，身份证号533401200512293456，将证书遗失。\n", []),
    ],
)
def test_a_tibetan_owner_opening_a_loss_notice(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "name") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A lost deed's home, by the street.
        (
            "张三丰，身份证号130624195803121232，因搬家将坐落于某市池廊路299号的不动产权证书遗失。\n",
            ["某市池廊路299号"],
        ),
        # A school's or an office's seat by the street is no home.
        ("该校坐落于某市池廊路299号，占地50亩。\n", []),
    ],
)
def test_a_lost_deeds_home(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "address") == expected


def test_a_role_alone_before_an_id_in_brackets(engine: str) -> None:
    # The role is the whole run before the bracket: no name, and no failure.
    assert of_kind("该款项交由借款人（身份证号130624195803121232）。\n", engine, "name") == []


_UNCERTIFIED = (
    "以下人员尚未完成养老保险待遇资格认证。\n"
    "序号\n姓名\n性别\n身份证号\n乡镇\n村（社区）\n备注\n"
    "1\n赵建庆\n男\n130624***********X\n城关镇\n河湾村\n电话无法接通\n\n"
    "2\n顾成\n男\n130624********6496\n城关镇\n河湾村\n外出随子女居住，联系电话0312-7346668\n\n"
    "联系人：张斌　　联系电话：0312-8633137\n"
)


def test_a_landline_in_a_persons_row_one_cell_a_line(engine: str) -> None:
    # The row's note gives the person's number; the office's number below the table is not flagged.
    assert of_kind(_UNCERTIFIED, engine, "landline") == ["0312-7346668"]
