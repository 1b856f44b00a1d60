"""The forms of holdout19: a marriage register's couples in a 男方/女方 table (tabs, CSV, one cell a
line), a water subsidy's 用水户 column, an ambulance dispatch log's 呼救人 column (one cell a line, and a
tab table whose rows a PDF's line width broke without a serial column)."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def of_kind(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


# --- couples, users and callers by their column -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "以下当事人申请补领结婚证，现予公示：\n男方\t身份证号\t女方\t身份证号\t原登记时间\n"
            "周立平\t320102198001011234\t沈晓\t320102198203042345\t2005年3月\n"
            "阿苏日哈\t513431198001011234\t吉克么作\t513431198203042345\t2011年9月\n",
            ["周立平", "沈晓", "阿苏日哈", "吉克么作"],
        ),
        (
            "补领结婚证人员名单：\n"
            '"男方","身份证号","女方","身份证号","证书编号"\n'
            '"孙大伟","32010219800101****","钱芳","320102198203042345","补字第000123号"\n',
            ["孙大伟", "钱芳"],
        ),
        (
            "补领结婚证人员名单：\n男方\n身份证号\n女方\n身份证号\n原登记时间\n证书编号\n"
            "郑国强\n320102198001011234\n冯丽\n320102198203042345\n2003年5月\n补字第004512号\n",
            ["郑国强", "冯丽"],
        ),
        (
            "农业水价综合改革精准补贴发放名单\n村\t用水户\t节水面积(亩)\t补贴金额(元)\n"
            "东山村\t杨春生\t12.5\t830\n西河村\t才让东智\t20.1\t1,204.50\n",
            ["杨春生", "才让东智"],
        ),
        (
            "出车记录\n时间\t呼救人\t呼救电话\t接车地址\t患者\t病情\t送往\n"
            "01-12 08:30\t何丽\t13812345678\t城关镇东街5号\t何建军\t脑出血\t县人民医院\n",
            ["何丽", "何建军"],
        ),
        # A cooperative and a village committee use water too: no name.
        (
            "补贴发放名单\n村\t用水户\t节水面积(亩)\t补贴金额(元)\n"
            "东山村\t东山村股份经济合作社\t120.5\t8300\n西河村\t西河村村民委员会\t80\t5,120\n",
            [],
        ),
    ],
)
def test_couple_user_and_caller_columns(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "name") == expected


_DISPATCH_ONE_CELL_A_LINE = (
    "出车记录（摘录）\n\n时间\n呼救人\n呼救电话\n接车地址\n患者\n病情\n送往\n"
    "03-02 10:15\n许文\n13912345678\n城关镇南街8号\n许国平\n昏迷\n县中医院\n"
    "05-19 22:40\n唐玉梅\n13812345678\n河湾村3组\n唐明\n胸痛\n就地救治\n"
    "调度员：张某\n"
)


def test_dispatch_log_one_cell_a_line(engine: str) -> None:
    # "送往" closes the header: the row's time, not a name, opens the rows (no column is cut off).
    assert of_kind(_DISPATCH_ONE_CELL_A_LINE, engine, "name") == ["许文", "许国平", "唐玉梅", "唐明"]
    assert of_kind(_DISPATCH_ONE_CELL_A_LINE, engine, "health") == ["昏迷", "胸痛"]


_DISPATCH_WRAPPED = (
    "出车记录（摘录）\n\n时间\t呼救人\t呼救电话\t接车地址\t患者\t病情\t送往\n"
    "06-24 18:55\t苏红\t13912345678\t\n城关镇北街77号\t苏建国\t一氧化碳中毒\n\t就地救治\n"
    "03-04 21:38\t梁文\t13812345678\n\t河湾村2队10号\t梁小平\t胸痛\t县中医院\n"
    "调度员：张某\n"
)


def test_dispatch_log_rows_broken_over_lines(engine: str) -> None:
    # A line opening with a tab, or after a line ending with one, goes on with the row above; the
    # destination ("就地救治") is no caller.
    assert of_kind(_DISPATCH_WRAPPED, engine, "name") == ["苏红", "苏建国", "梁文", "梁小平"]
    assert of_kind(_DISPATCH_WRAPPED, engine, "health") == ["一氧化碳中毒", "胸痛"]


# --- a holder of an old card, a home line's owner, a farmer, a numbered item's home -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("附：周建平持第一代居民身份证，号码320102510101123，已同步核查。", ["周建平"]),
        ("附：阿苏拉且持第一代居民身份证，号码513431510101123，已同步核查。", ["阿苏拉且"]),
        ("　　当事人王小明持护照E36604512，现在境外，由其委托人代为办理。", ["王小明"]),
        ("　　郑丽家庭电话0771-3353403，电子邮箱zhengli@example.com。", ["郑丽"]),
        ("　　乌力吉家庭电话0475-3353403。", ["乌力吉"]),
        ("　　另：蒋桂电子邮箱410772597@qq.com，其持有往来港澳通行证CJ8089612。", ["蒋桂"]),
        ("　　县政府电子邮箱abc@example.gov.cn，学校电子邮箱xx@example.cn。", []),
        ("经核实，东山村养殖户何德明于2024年11月10日上报病死牛3头，已无害化处理。", ["何德明"]),
        ("水毁房屋修复补助名单\n(1)李明华，住城关镇河湾村2社，房屋倒塌，补助23,983.90元\n", ["李明华"]),
        ("水毁房屋修复补助名单\n1．包乌兰，住某苏木某嘎查10号，房屋一般损坏，补助39527元\n", ["包乌兰"]),
        ("免费孕前优生健康检查结果反馈\n\n受检者: 曹立军　　证件号码: 320102199502270258\n", ["曹立军"]),
        ("免费婚前医学检查结果告知单\n\n受检者　德吉卓玛\n证件号码　540102199710179893\n", ["德吉卓玛"]),
        ("受检者须空腹参加检查，受检者人数：120人。", []),
        # An office's line, an office's duty, housing and a ward in numbered items: no name.
        ("　　管委会家庭电话0771-3353403。", []),
        ("　　持第一代居民身份证的，请于月底前换领。", []),
        ("工作要求\n1、加强管理，住建部门负责\n2、统筹推进，住有所居\n3、城关镇，住房保障\n", []),
        ("各养殖户要做好防疫，养殖户户主姓名须如实填写。", []),
    ],
)
def test_holders_owners_and_items(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "name") == expected


# --- a marriage record's couple -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "民档复〔2024〕17号\n\n周芳：\n你于2024年1月5日向本机关申请查询杨立新与才让卓玛的婚姻登记档案。经查，\n"
            "本机关未检索到杨立新的婚姻登记档案。\n",
            ["周芳", "杨立新", "才让卓玛", "杨立新"],
        ),
        ("经查，何文斌与阿依古丽·买买提于1998年在本机关办理结婚登记。", ["何文斌", "阿依古丽·买买提"]),
        # Spaced out and wrapped by a PDF's lines.
        ("经查，\n邓　伟与孙　丽　华\n于2009年在本机关办理结婚登记。", ["邓　伟", "孙　丽　华"]),
        ("你于2024年3月29日向本机关申请查询陈刚与吴　秀　英的婚姻\n登记档案。", ["陈刚", "吴　秀　英"]),
        # The addressee as "你": only the spouse.
        ("你于2024年3月1日向本机关申请查询你与宋晓梅的婚姻登记档案。", ["宋晓梅"]),
        # Offices, the parties in their roles, a procedure: no name.
        ("请双方当事人携带身份证到婚姻登记处办理结婚登记。本机关负责辖区居民的婚姻登记档案管理。", []),
        ("申请人与其配偶于2001年在民政局办理结婚登记。", []),
        ("申请查询本人的婚姻登记档案，须携带身份证。", []),
    ],
)
def test_marriage_record_couples(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "name") == expected


# --- a detention notice to the family -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "拘留通知书（家属联）\n\n某公（刑）拘通字〔2024〕284号\n\n许静文：\n"
            "    根据《中华人民共和国治安管理处罚法》规定，我局已于2024年12月7日将涉嫌盗窃的阿苏木呷（男，"
            "出生日期2000年4月3日）行政拘留。\n",
            ["许静文", "阿苏木呷"],
        ),
        # The portal's own number and date first, the notice's number after; a spaced addressee.
        (
            "拘留通知书（家属联）\n某政〔2023〕128号\n发布日期：2024.07.14　来源：某县公安局\n\n"
            "某公（治）拘通字〔2025〕716号\n\n孟　秋　云：\n"
            "    根据规定，我局已于2024年1月23日将涉嫌赌博的孟祥东（男，出生日期1997年2月11日）行政拘留。\n",
            ["孟　秋　云", "孟祥东"],
        ),
        # Sent to a detention centre: an office, no name; a sentence about suspects in general.
        (
            "拘留通知书（家属联）\n\n某公（刑）拘通字〔2024〕284号\n\n某县拘留所：\n"
            "    我局已于2024年12月7日将涉嫌盗窃的人员（男，3人）送你所羁押。\n",
            [],
        ),
    ],
)
def test_detention_notice_to_family(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "name") == expected


# --- farmers, pupils and owners in tables whose other columns are generic ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "病死畜禽无害化处理补助资金发放公示\n\n养殖户  村     畜种  数量(头/只)  补助(元)\n"
            "朱永福   东山村  猪   23       6779\n扎西才让  西河村  牛   10       7,436.37\n",
            ["朱永福", "扎西才让"],
        ),
        (
            "家庭经济困难学生认定结果公示\n\n班级\n姓名\n认定档次\n困难类型\n"
            "2年级5班\n乌兰图雅\n一般困难\n单亲家庭\n3年级1班\n胡晓东\n特别困难\n低保家庭\n",
            ["乌兰图雅", "胡晓东"],
        ),
        # A farm, a cooperative and a village's collective keep livestock too: no name.
        (
            "补助资金发放公示\n\n养殖户  村     畜种  数量(头/只)  补助(元)\n"
            "东山村养殖专业合作社   东山村  猪   230       67790\n",
            [],
        ),
    ],
)
def test_farmer_pupil_and_guardian_columns(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "name") == expected


# --- a finder of lost property; a one-cell-a-line table whose first row reads as words -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("　　2024年5月22日，群众付丽娟在人民路拾到电动车一辆，已交至我所。", ["付丽娟"]),
        ("2024.12.13，群众多吉才让在团结路拾到钱包一个，内有现金。", ["多吉才让"]),
        ("　　2024年3月1日，市民蒋文于公交站捡到手机一部。", ["蒋文"]),
        # An unnamed finder: no name.
        ("　　2024年5月22日，热心群众在人民路拾到钱包一个，已交至我所。", []),
        ("群众在拾到财物后应及时上交。", []),
    ],
)
def test_finders(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "name") == expected


_WATER_ONE_CELL_A_LINE = (
    "补贴发放名单\n\n村\n用水户\n节水面积(亩)\n社保卡/一卡通账号\n补贴金额(元)\n"
    "东山村\n邱志平\n4.6\n6228******8615\n1342\n"
    "西河村\n邱素梅\n51.6\n6228******1015\n425.09\n"
    "东山村\n东山村股份经济合作社\n120.5\n对公账户略\n8300\n"
)


def test_one_cell_a_line_table_whose_first_row_reads_as_words(engine: str) -> None:
    # The village and the user right under the header are the first row's, not two more columns.
    assert of_kind(_WATER_ONE_CELL_A_LINE, engine, "name") == ["邱志平", "邱素梅"]


# --- a divorce cooling-off list's numbered couples --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "下列当事人离婚冷静期已届满，视为撤回离婚登记申请：\n"
            "(1)其木格某某与韩某某，受理号 LH62601426\n"
            "(2)那顺巴雅尔、高 玉 兰，受理日期2024.10\n.31，受理号320102202303507021\n",
            ["那顺巴雅尔", "高 玉 兰"],
        ),
        (
            "视为撤回离婚登记申请：\n1．彭 军、严 秀 英，受理日期2024-03-16，\n受理号320102202451566668\n",
            ["彭 军", "严 秀 英"],
        ),
        (
            "视为撤回离婚登记申请：\n3．彭军、严秀英，受理日期2024年1月26日，受理号320102202543941858\n",
            ["彭军", "严秀英"],
        ),
        # An office's numbered items with their case numbers: no name.
        ("办理情况：\n1．城关镇、河湾村，受理日期2024年1月26日，受理号320102202543941858\n", []),
    ],
)
def test_cooling_off_couples(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "name") == expected


# --- a household's homestead, a registration's destination -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "　　经查，你户在城关镇河湾村5组12号宅基地外擅自搭建砖混结构建筑物约39平方米。",
            ["城关镇河湾村5组12号"],
        ),
        (
            "2.乌云，女，蒙古族，身份证号150521197508151373，由投靠配偶迁入某苏木某嘎查2社，准迁证编号07712345",
            ["某苏木某嘎查2社"],
        ),
        (
            "1.李明，男，汉族，身份证号320102197508151373，由购房落户迁入城关镇建设路12号3单元402室，准迁证编号0771",
            ["城关镇建设路12号3单元402室"],
        ),
        (
            "GD2024010631145  李女士  13704756207  反映建设路110号某小区12号楼3单元601室楼上漏水",
            ["建设路110号某小区12号楼3单元601室"],
        ),
        # An office's plan, a rule about registrations, a street's trouble: no address.
        ("　　群众反映3号楼上周停水，反映人民路路面积水。", []),
        ("　　本局在全县范围内开展宅基地外违法建设专项整治。", []),
        ("　　符合条件的人员可迁入城镇落户，准迁证由公安机关核发。", []),
    ],
)
def test_homestead_and_destination(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "address") == expected


# --- a school bus's staff; a Markdown grid whose rows a PDF's line width broke ------------------------


def test_school_bus_staff_in_their_role(engine: str) -> None:
    text = "校车乘车学生名单（某A12345）\n\n驾驶员：董立新　照管员：邹小红　校车标牌号：6473472937\n"
    assert of_kind(text, engine, "name") == []
    # A driver in an incident is a person.
    assert of_kind("　　事发时驾驶员董立新受伤，送医救治。", engine, "name") == ["董立新"]


_BROKEN_GRID = (
    "个体工商户定额核定结果公告\n"
    "| 字号名称 | 统一社会信用代码 | 经营者 | 经营地址 | 月核定经营额(元) |\n|---|---|---|---|---|\n"
    "| 某县格桑服装店 | 92513431807622\n2905 | 秦　辉　春 | 解放路109号 | 12,\n291.71 |\n"
    "| 某县民族早餐店 | 92513431797337\n0729 | 海来石者 | 解放路131号 | 27024 |\n"
)
_BROKEN_DOG_GRID = (
    "养犬登记公示\n| 犬证号 | 犬主 | 联系电话 | 住址 | 犬种 |\n|---|---|---|---|---|\n"
    "| 犬证22023269 | 才让东智 | 15651485679 | 某县\n团结路146号金地花园19幢3单元402 | 金毛 |\n"
)


def test_markdown_rows_broken_over_lines(engine: str) -> None:
    # A line not opening with "|" goes on with the cell the line above left open: the street is no
    # operator, the breed no owner.
    assert of_kind(_BROKEN_GRID, engine, "name") == ["秦　辉　春", "海来石者"]
    assert of_kind(_BROKEN_DOG_GRID, engine, "name") == ["才让东智"]


# --- a follow-up's diagnosis and complaint, a check's finding, a household member's condition ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("诊断：2型糖尿病　　随访日期：2024.11.06\n血压：165/95mmHg　　随访医生：某某\n", ["2型糖尿病"]),
        ("诊断　慢性阻塞性肺病\n随访日期　2024.10.21\n", ["慢性阻塞性肺病"]),
        ("    本次随访患者自诉头晕，服药依从性规律，下次随访日期2025年1月20日。", ["头晕"]),
        ("　　检查发现：乙肝表面抗原阳性，建议到专科进一步诊治。", ["乙肝表面抗原阳性"]),
        ("(2)韦小军，住某镇某村2社，房屋一般损坏，补助14071元，户内有脑梗死后遗症患者\n", ["脑梗死后遗症"]),
        # A procedure, a standard, a clean complaint: no condition.
        ("　　以医院诊断为依据，做好诊断工作。诊断标准：国家标准。", []),
        ("    本次随访患者自诉无不适，服药依从性规律。", []),
    ],
)
def test_follow_up_and_check_findings(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "health") == expected


def test_a_form_title_names_no_condition(engine: str) -> None:
    text = "　　慢性病患者随访服务记录表\n某政办〔2025〕59号\n\n姓名: 郑立新　　编号: 35\n诊断: 高血压\n"
    assert of_kind(text, engine, "health") == ["高血压"]


def test_chronic_patients_group_names_no_condition(engine: str) -> None:
    text = (
        "家庭医生签约服务名单\n姓名\t性别\t身份证号\t住址\t人群分类\t主要疾病\n"
        "邹芳\t女\t320102197308249885\t城关镇河湾村7组\t慢病患者\t慢性阻塞性肺病\n"
        "邹明\t男\t320102197308249893\t城关镇河湾村7组\t高血压患者\t—\n"
    )
    assert of_kind(text, engine, "health") == ["慢性阻塞性肺病", "高血压"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("　　检查发现：风疹IgG抗体阴性，建议到专科进一步诊治。", ["风疹IgG抗体阴性"]),
        ("　　如确因类风湿关节炎等原因无法耕种，请联系村委会（0312-6019321）。", ["类风湿关节炎"]),
        ("　　被拘留人自述肝硬化，拘留所已安排体检。", ["肝硬化"]),
        (
            "孕产妇健康管理花名册\n姓名\t身份证号\t末次月经\t高危因素\t住址\n"
            "邹芳\t320102199511285143\t2024.10.11\t瘢痕子宫\t城关镇河湾村1组\n"
            "邹梅\t320102199511285151\t2024.10.12\t无\t城关镇河湾村1组\n",
            ["瘢痕子宫"],
        ),
        ("检查发现：未见异常。", []),
        ("　　如确因特殊原因无法耕种，请联系村委会。", []),
    ],
)
def test_findings_causes_and_risk_factors(text: str, expected: list[str], engine: str) -> None:
    assert of_kind(text, engine, "health") == expected


def test_village_committee_number_is_the_office_s(engine: str) -> None:
    text = "　　如确因乳腺癌等原因无法耕种，请联系村委会（0776-2500018）。"
    assert of_kind(text, engine, "landline") == []


_WRAPPED_HEADER_GRID = (
    "个体工商户定额核定结果公告\n\n| 字号名称 | 统一社会信用代码 | 经营者 | 经\n营地址 | 月核定经营额(元) |\n"
    "|---|---|---|---|---|\n"
    "| 某县格桑服装店 | 92513431807622\n2905 | 秦　辉　春 | 解放路109号 | 12,\n291.71 |\n"
    "| 某县顺发农资店 | 92653122487921628P\n | 热依拉·帕提古丽 | 人民东路228号 | 7949 |\n"
)
_ROSTER_GRID = (
    "孕产妇健康管理花名册\n| 姓名 | 身份证号 | 联系电话 | 末次月经 |\n 高危因素 | 住址 |\n"
    "|---|---|---|---|---|---|\n"
    "| 林 燕 霞 | 320102199209059516\n | 15932157123 | 2024-01-15 \n| 重度贫血 | 城关镇河湾村80号\n |\n"
    "| 郑 海 晓 | 32010219950524736X\n | 18747433197 | 2024.12.12 \n| 瘢痕子宫 | 城关镇河湾村89号 \n|\n"
)


def test_markdown_grids_whose_header_and_rows_wrap(engine: str) -> None:
    # A header broken inside a word ("经⏎营地址"), a row's closing "|" wrapped to the next line.
    assert of_kind(_WRAPPED_HEADER_GRID, engine, "name") == ["秦　辉　春", "热依拉·帕提古丽"]
    assert of_kind(_ROSTER_GRID, engine, "name") == ["林 燕 霞", "郑 海 晓"]
    assert of_kind(_ROSTER_GRID, engine, "health") == ["重度贫血", "瘢痕子宫"]
