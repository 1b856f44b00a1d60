"""Names in one-cell-a-line tables (units in headers, rows parted by blank lines, an empty last cell,
a page's running head), numbered items of owners and households, people named by their role or by a
travel document they hold, and lists that go on with "、" whatever the surnames."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def names(text: str, engine: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == "name"]


@pytest.fixture(params=["re", "hyperscan"])
def engine(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A header word with a unit in Latin letters ("体重（kg）") is still a header word.
        (
            "现将名单通报如下：\n序号\n班级\n体重（kg）\n家长\n学生姓名\n手机\n"
            "1\n三年级(2)班\n31.5\n柳建国\n柳小雨\n13912345678\n"
            "2\n四年级(1)班\n28.0\n韩立\n韩子墨\n13812345678\n",
            ["柳建国", "柳小雨", "韩立", "韩子墨"],
        ),
        # Rows numbered 1, 2 a header's width apart: a table, though most headers are unknown words;
        # a row whose last cell is empty is left blank, and the next row goes on from its number.
        (
            "序号\n申请人\n不动产坐落\n单元号\n用途\n面积\n证书号\n证件号码\n"
            "1\n钱秀英\n某县某镇幸福小区3栋201室\n123456001001JC00001F00010001\n住宅\n88.10\n"
            "某（2020）某县不动产权第0001号\n\n\n"
            "2\n孙立军\n某县某镇和平村二组\n123456001002JA00002F00010001\n住宅\n120.50\n"
            "某（2021）某县不动产权第0002号\n/\n",
            ["钱秀英", "孙立军"],
        ),
        # Without a serial column, a blank line between whole rows does not end the table.
        (
            "日期\n凭证号\n事由\n金额\n领款人\n审批人\n"
            "3月1日\n记-001\n材料费\n100.00\n周海涛\n书记吴江\n\n"
            "3月9日\n记-002\n务工费\n200.00\n郑春生\n书记吴江\n\n"
            "本期收入合计300.00元，支出合计300.00元。\n",
            ["周海涛", "郑春生"],
        ),
        # A page's number and the next page's running head (the document's kind) inside the header.
        (
            "序号\n姓名\n性别\n身份证号\n定点医疗机构\n— 1 —\n慢性病认定名单\n认定日期\n"
            "1\n冯晓东\n男\n640121********2794\n某市人民医院\n2024年4月22日\n"
            "2\n卫兰芳\n女\n640121********2836\n某县人民医院\n2024年5月1日\n",
            ["冯晓东", "卫兰芳"],
        ),
    ],
)
def test_one_cell_a_line_tables(text: str, expected: list[str], engine: str) -> None:
    assert names(text, engine) == expected


def test_a_serial_number_is_no_running_title(engine: str) -> None:
    # "2" is in the title's year, but a row's number is no page head to be folded away.
    text = (
        "2024年残疾人补贴名单\n序号\n姓名\n性别\n身份证号\n补贴金额（元）\n"
        "1\n蒋春华\n女\n451002195601146903\n260\n2\n-1-\n魏德才\n男\n451024198812281939\n260\n"
    )
    assert names(text, engine) == ["蒋春华", "魏德才"]


def test_a_list_of_words_is_no_table(engine: str) -> None:
    # Header-like words without numbered rows below: no column to read.
    text = "序号\n申请人\n不动产坐落\n单元号\n用途\n面积\n证书号\n证件号码\n以上材料请于月底前提交。\n"
    assert names(text, engine) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An owner's item: a home, then its parcel's code; co-owners share the item.
        (
            "1、许文彬，某市某区书香苑21栋3单元1201室，350582018011JC24771F56147607，住宅，133.07；\n"
            "3、曹柏林、严秀云，某市某镇东方花园14栋3单元1601室，350582015005JA00777F15599561，住宅；\n",
            ["许文彬", "曹柏林", "严秀云"],
        ),
        # A masked ID marks a household's row.
        ("2，岳贵生，210105********1839，某街道白马村第九村民小组，4，960；\n", ["岳贵生"]),
        # An item numbered with a Chinese numeral.
        ("四、蒯明远，男，身份证号430102195106114438，某乡某村村民，恢复发放。\n", ["蒯明远"]),
        # A Yi name before a masked ID in brackets, after an item's number.
        ("（一）勒格阿木（310***********5514），原在某公司工作。\n", ["勒格阿木"]),
    ],
)
def test_numbered_items(text: str, expected: list[str], engine: str) -> None:
    assert names(text, engine) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A review's outcome after the item's first word is no co-owner.
        "2、符合、不符合，继续保障、某小区2幢2603室、540202********3161；\n",
        # An item of work, not a person.
        "1、加强领导、明确责任，某镇某村3组，350582018011JC24771F56147607；\n",
    ],
)
def test_numbered_items_without_people(text: str, engine: str) -> None:
    assert names(text, engine) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A contract's party, an auction's buyer, a shop's keeper, a pupil's parent.
        ("本期签订合同：某村林地承包合同，承包方邵建华，年租金3599元。", ["邵建华"]),
        ("本裁定送达买受人彭文亮，所有权自送达时起转移。", ["彭文亮"]),
        ("经询问，经营者钟立新对违法事实无异议。", ["钟立新"]),
        ("特别提醒：请家长姚丽于本月内带其复查。", ["姚丽"]),
        # A neighbour, whatever the surname, a Mongolian name of four characters too.
        ("你家邻居阿拉坦仓在其房屋顶部违规加盖彩钢房。", ["阿拉坦仓"]),
        ("你家邻居訾婷月在其房屋顶部违规加盖彩钢房。", ["訾婷月"]),
        # A list joined by "、" goes on whatever the next surname.
        ("同组村民莫国强、剡花侵占你家承包地约2.1亩。", ["莫国强", "剡花"]),
        ("工友冶文明、脱有证实事故经过。", ["冶文明", "脱有"]),
        # A landlord and a tenant in a rental check.
        (
            "房东达瓦东智（联系电话13912345678），出租给剡志刚（身份证号640121198703127191）居住。",
            ["达瓦东智", "剡志刚"],
        ),
        # A household registered in the land ledger: a later mention of a two-character name.
        ("同组村民莫浩侵占你家承包地。\n经查，争议地块登记在莫浩户名下。", ["莫浩", "莫浩"]),
        # Villagers before a count of households, whatever their surnames.
        ("流出方：某村村民宋梅芳、益西拉姆、剡玲瑶等3户。", ["宋梅芳", "益西拉姆", "剡玲瑶"]),
    ],
)
def test_people_named_by_role(text: str, expected: list[str], engine: str) -> None:
    assert names(text, engine) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A role word in a table's header, another header after it.
        "序号\t案号\t标的物\t买受人\t成交价（元）\n",
        # "年租金" after the contract's party is no second name.
        "承包方：某合作社，年租金3599元。",
        # "他人" after 出租给 is no person's name.
        "房屋出租给他人。",
        # A village body, not a villager.
        "经村民代表会议讨论通过。",
        "张家村系本镇村民最多的村。",
    ],
)
def test_role_words_without_names(text: str, engine: str) -> None:
    assert names(text, engine) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("政审备注：皇甫永凯持往来台湾通行证（号码L72176802），经核查无影响入伍情形。", ["皇甫永凯"]),
        ("政审备注：剡达瓦持普通护照（号码E44302401），出境记录已核实。", ["剡达瓦"]),
        ("经核实，韦国龙持往来港澳通行证出境探亲。", ["韦国龙"]),
    ],
)
def test_a_travel_document_holder(text: str, expected: list[str], engine: str) -> None:
    assert names(text, engine) == expected


def test_holding_is_not_always_a_person(engine: str) -> None:
    assert names("申请人须持本人居民身份证原件办理。", engine) == []
    assert names("坚持普通护照办理流程不变。", engine) == []


def test_a_household_member_column_and_a_spaced_name(engine: str) -> None:
    # A 家庭成员 cell lists each member after the relation, with a colon or a space.
    text = "序号\t户主\t家庭成员\t原宅基地坐落\n1\t侯月菊\t子 韩立新、配偶：赵桂兰、孙子 韩宝\t某村二组\n"
    assert names(text, engine) == ["侯月菊", "韩立新", "赵桂兰", "韩宝"]
    text = (
        "序号\n姓名\n性别\n身份证号\n1\n敖特根\n男\n152526199708022018\n2\n脱 东 虎\n男\n152522199112236394\n"
    )
    assert names(text, engine) == ["敖特根", "脱 东 虎"]


def test_a_table_person_opening_a_later_line(engine: str) -> None:
    # The correction notes below an owners' table name the owners again, each opening a line.
    text = (
        "序号\t申请人\t房屋坐落\t身份证号\n"
        "1\t卢建平\t某县某镇幸福小区3栋201室\t130623197601191211\n"
        "2\t褚秋云\t某县某镇和平村二组\t130623197802241222\n\n"
        "更正内容：\n卢建平，面积由88.10平方米更正为90.20平方米；\n"
        "褚秋云申请权利人身份证号码由“130623197802241222”更正为“130623197802241220”；\n"
        "申请人：另行通知。\n"
    )
    assert names(text, engine) == ["卢建平", "褚秋云", "卢建平", "褚秋云"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A disability and its grade mark a person's item.
        (
            "1. 韦德才，肢体残疾（四级），补贴300元。\n2. 覃存华，四级肢体残疾，补贴300元。\n",
            ["韦德才", "覃存华"],
        ),
        # Without a person's cue an item's first words are not a name.
        ("1. 管理规范，补贴300元。\n", []),
    ],
)
def test_a_disability_grade_marks_an_item(text: str, expected: list[str], engine: str) -> None:
    assert names(text, engine) == expected
