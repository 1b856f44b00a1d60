"""Tables of holdout16 that are not a plain space-separated text: an HTML table flattened one cell a
paragraph (<p>), a table pasted one cell a line, rows whose cells wrap onto the next line, and rows
whose applicant is followed by the relatives who apply with them."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def of_kind(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


def paragraphs(*cells: str) -> str:
    """An HTML page's table flattened to one paragraph a cell, one paragraph a line."""
    return "\n".join(f"<p>{c}</p>" for c in cells)


# --- HTML: one cell a paragraph ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names", "addresses"),
    [
        # The header's cells, an empty paragraph, then each row's cells.
        (
            paragraphs(
                "2023年倒房重建补助对象名单公示", "",
                "序号", "户主", "身份证号码", "家庭住址", "补助资金（元）", "",
                "1", "黄志强", "430524****0823****", "城关镇红星村七组", "20000",
                "2", "欧阳秀兰", "430524****0805****", "城关镇新华村18号", "30000",
            ),
            ["黄志强", "欧阳秀兰"],
            ["城关镇红星村七组", "城关镇新华村18号"],
        ),
        # An empty paragraph between two rows too.
        (
            paragraphs(
                "序号", "姓名", "性别", "家庭住址", "", "1", "林国栋", "男", "龙山镇前进村3组12号", "",
                "2", "赵小梅", "女", "龙山镇东湖村9组",
            ),
            ["林国栋", "赵小梅"],
            ["龙山镇前进村3组12号", "龙山镇东湖村9组"],
        ),
        # The same shape, whose cells are an office and a village: no person.
        (
            paragraphs(
                "序号", "单位名称", "所在村", "补助资金（元）", "", "1", "城关镇人民政府", "红星村", "20000"
            ),
            [],
            [],
        ),
    ],
)  # fmt: skip
def test_paragraph_cells(text: str, names: list[str], addresses: list[str], engine: str) -> None:
    assert of_kind(text, engine, "name") == names
    assert of_kind(text, engine, "address") == addresses


# --- typeset rows: one space between cells, cells wrapped onto the next line ---------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A header spaced wide, rows typeset with one space between cells.
        (
            "序号   姓名   性别   出生年月   入伍时间   伤残情况   评定等级\n"
            "1 王建国 男 1963.07 1981.02 右上肢功能障碍 六级\n"
            "2  李秀英  女  1982.06  2000.10  双耳神经性耳聋  九级\n"
            "3 欧阳明 男 1965.02 1983.03 左胫腓骨骨折 五级\n",
            ["王建国", "李秀英", "欧阳明"],
        ),
        # A name spaced out to the column's width in such a row.
        (
            "序号   户主姓名   家庭住址   受灾情况   补助金额（元）\n"
            "1 陈  萍 城关镇沙坝村10组 房屋倒塌3间 25000\n"
            "2 刘 德 华 城关镇东湖村10队42号 房屋倒塌2间 15000\n",
            ["陈  萍", "刘 德 华"],
        ),
        # The same rows with a village's office in the name column: no person.
        (
            "序号   单位名称   所在地   补助金额（元）\n1 红星村村民委员会 城关镇红星村 25000\n",
            [],
        ),
    ],
)
def test_single_spaced_rows(text: str, names: list[str], engine: str) -> None:
    assert of_kind(text, engine, "name") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A masked ID too wide for its column, its rest on the next line: the rows below are the table's.
        (
            "轮候号  申请人姓名  身份证号  家庭人口  申请户型  登记日期\n"
            "LH2024-0003   张建平   411****   5   两居室   2024-05-25\n"
            "                       *******4914\n"
            "LH2024-0004   赵红梅   411***********698X   3   一居室   2024-01-04\n",
            ["张建平", "赵红梅"],
        ),
        # A description wrapped under its column in a numbered table.
        (
            "序号 户主姓名 家庭住址 受灾情况 补助金额（元）\n"
            "1   孙立新   城关镇前进村109号   山体滑   15000\n"
            "                                    坡致住房损毁\n"
            "2   周文静   城关镇高桥村六组99号   因暴雨致房屋整体垮塌   20000\n",
            ["孙立新", "周文静"],
        ),
        # A status wrapped far right under its column is no row: not read under the name column.
        (
            "编号        信访人  住址                     反映问题        办理结果\n"
            "XF20240219  秦立忠  城关镇新四村9组          \n"
            "                                             危房改造  已办结\n"
            "XF20240571  叶国飞  城关镇方洼村2组76号      危房改造        已答复\n",
            ["秦立忠", "叶国飞"],
        ),
    ],
)
def test_wrapped_cells(text: str, names: list[str], engine: str) -> None:
    assert of_kind(text, engine, "name") == names


# --- one cell a line, rows numbered by a code ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A queue number ("轮候序号") in a code, a blank line after the header.
        (
            "轮候序号\n申请人\n身份证号\n家庭人口\n保障类型\n\n"
            "LH2024-0003\n马丽华\n621126199208227404\n3\n新就业无房职工\n"
            "LH2024-0004\n唐国平\n621126198311105232\n5\n城镇低保家庭\n",
            ["马丽华", "唐国平"],
        ),
        # Under "轮候号", no serial column at all.
        (
            "轮候号\n申请人姓名\n身份证号\n家庭人口\n保障类型\n申请户型\n"
            "LH2025-0002\n向海燕\n320312********4485\n4\n城镇低保家庭\n两居室\n"
            "LH2025-0004\n孔德明\n320312********0144\n2\n外来务工人员\n单间\n",
            ["向海燕", "孔德明"],
        ),
        # The same shape listing offices: no person.
        (
            "轮候号\n申请单位\n统一社会信用代码\n申请套数\n"
            "LH2025-0002\n城关镇卫生院\n12620000MB1234567X\n4\n"
            "LH2025-0004\n县第一中学\n12620000MB7654321Y\n2\n",
            [],
        ),
    ],
)
def test_coded_vertical_rows(text: str, names: list[str], engine: str) -> None:
    assert of_kind(text, engine, "name") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A compensation list: its header goes on below ("补偿方式"), each row's document number is cut
        # by the first column's width.
        (
            "协议编号  被征收人  房屋坐落  证载面积（㎡）  评估单价（元/㎡）\n"
            "    补偿金额合计（元）  补偿方式\n"
            "某征补〔2022  吴国龙  城关镇团结路40巷12号  138.11  3008  475,034  产权调换\n"
            "〕426号\n"
            "某征补  何建新  城关镇迎宾路52巷3号  173.73  3387  655,623  产权调换\n"
            "〔2022〕88号\n"
            "某征补〔2022〕291号  邓丽娟  城关镇人民路8号  92.47  2813  339,418  产权调换\n",
            ["吴国龙", "何建新", "邓丽娟"],
        ),
        # A contract number of digits cut the same way.
        (
            "协议编号 被征收人 房屋坐落 证载面积（㎡） 补偿金额合计（元） 补偿方式\n"
            "202  万国山  光明路22号院2栋304室  163.19  669,672  产权调换\n"
            "50016\n"
            "20250017  谭东成  鸣鹿大道57巷18号  117.24  737,540  产权调换\n",
            ["万国山", "谭东成"],
        ),
        # A serial number is never cut: a lone "1" under a row is a page's number, and the table ends.
        (
            "序号\t单位名称\t地址\n1\t城关镇卫生院\t城关镇人民路8号\n1\n",
            [],
        ),
    ],
)
def test_wrapped_first_cell(text: str, names: list[str], engine: str) -> None:
    assert of_kind(text, engine, "name") == names


# --- typeset rows with more spaces than cells ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A phone number and a bank card written in groups: one cell each.
        (
            "序号 乡镇 患者姓名 年龄 疾病诊断 监护人姓名 关系 联系电话 发放金额（元）\n"
            "1  城关镇  王秀兰  77  双相情感障碍  李国华  女儿  14706606816  1500\n"
            "2 新华乡 吕志强 69 双相情感障碍 吕国林 儿子 0834 8738079 1500\n"
            "3 新华乡 马丽 52 分裂情感性障碍 张伟 配偶 184 1685 3001 1500\n",
            ["王秀兰", "李国华", "吕志强", "吕国林", "马丽", "张伟"],
        ),
        (
            "序号 乡镇 姓名 性别 优抚类别 月标准（元） 发放金额（元） 银行账号\n"
            "1  城关镇  苏　和  男  在乡复员军人  3180  10190  6259 6524 9843 0571\n"
            "2  新华乡  陈文荣  男  残疾军人  980  2080  6214833191366486\n",
            ["苏　和", "陈文荣"],
        ),
        # Co-applicants after their relation, one space apart: the applicant's column stays in place.
        (
            "序号  摇号顺序号  申请人  共同申请人  配租房源  月租金（元）\n"
            "1 44 曹玉兰 丈夫：黄波飞，女 孔宇航 城东公租房小区10幢901室 210\n"
            "2 66 甯丽 丈夫白贵博，儿子 马文 儿子冶子轩 城东公租房小区10号楼3单元1103室 157\n",
            ["曹玉兰", "黄波飞", "孔宇航", "甯丽", "白贵博", "马文", "冶子轩"],
        ),
        # A sex column before the name: "女" is no relation, the name keeps its column.
        (
            "序号  性别  学生姓名  监护人  联系电话\n"
            "1 女 黄锦程 黄小宁 130 0269 5042\n"
            "2 男 潘语桐 潘杰福 13266536630\n",
            ["黄锦程", "黄小宁", "潘语桐", "潘杰福"],
        ),
        # Amounts in a row are no phone's groups: the line, one cell too many, is not read.
        (
            "序号 单位名称 月标准（元） 发放金额（元）\n1 城关镇敬老院 3180 10190 6259\n",
            [],
        ),
    ],
)
def test_rows_with_spaced_values(text: str, names: list[str], engine: str) -> None:
    assert of_kind(text, engine, "name") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A court's list one cell a line: a company's row leaves 性别 and 年龄 empty (blank lines), a
        # person's row its 法定代表人; the rows below stay in their columns (a company's 法定代表人 is
        # not flagged, as before).
        (
            "序号\n被执行人姓名/名称\n性别\n年龄\n身份证号码/统一社会信用代码\n法定代表人\n案号\n未履行金额（元）\n"
            "1\n某某商贸有限公司\n\n\n91320312G59AF7925Q\n孔德珍\n（2023）苏0312执3466号\n514600\n"
            "2\n某某农牧业开发有限公司\n\n\n9132031298U1FB766G\n金悦芳\n（2023）苏0312执499号\n1167800\n"
            "3\n熊立婷\n女\n40\n320312********4420\n\n（2023）苏0312执1699号\n308600\n",
            ["熊立婷"],
        ),
    ],
)
def test_vertical_empty_cells(text: str, names: list[str], engine: str) -> None:
    assert of_kind(text, engine, "name") == names


def test_mongolian_co_applicant(engine: str) -> None:
    # A co-applicant's Mongolian name, longer than a Han name, among relatives noted in brackets.
    text = (
        "序号  摇号顺序号  申请人    共同申请人                                  配租房源\n"
        "1     116         其其格    段林全（丈夫）、陆思远（儿子）、巴特尔朝克图（父亲）  "
        "北苑公租房小区9-2-704室\n"
    )
    assert of_kind(text, engine, "name") == ["其其格", "段林全", "陆思远", "巴特尔朝克图"]


# --- a place label left at a line's end by a hard wrap --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        (
            "张三：\n    你于2019年承租位于\n城南公租房小区1幢1101室的公共租\n赁住房。经我中心复核，\n",
            ["城南公租房小区1幢1101室"],
        ),
        (
            "你的配偶于2022年购置商品住房一套（坐落于\n华兴路159号民安小区15号楼3单元1304室），\n",
            ["华兴路159号民安小区15号楼3单元1304室"],
        ),
        # A label after a comma in a sentence, its value wrapped with the sentence's rest.
        (
            "被执行人：李建国，男，1987年8月7日出生，汉族，住\n城关镇新城路5号康居苑27号楼3单元103室。\n",
            ["城关镇新城路5号康居苑27号楼3单元103室"],
        ),
        (
            "2．董博刚户，房屋坐落：\n城关街道昆仑大道10巷28号，框架结构，证\n",
            ["城关街道昆仑大道10巷28号"],
        ),
        # An office's seat after the same label is no home: no dwelling follows.
        ("本中心位于\n城关镇人民路88号，办公时间为工作日。\n", []),
        ("本次配租的房源位于\n城南公租房小区，共计120套。\n", []),
    ],
)
def test_wrapped_place_label(text: str, addresses: list[str], engine: str) -> None:
    assert of_kind(text, engine, "address") == addresses


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        # A form drawn as a Markdown grid: a village's address with its house number is a value, though
        # "村" and "组" are header words too.
        (
            "| 户主姓名 | 曲比木呷 |\n| 家庭住址 | 竹核乡石门村3组7号 |\n| 家庭人口 | 4人 |\n",
            ["竹核乡石门村3组7号"],
        ),
        # A grid's header row: "所在村" is no value.
        ("| 家庭住址 | 所在村 | 家庭人口 |\n", []),
    ],
)
def test_grid_form_address(text: str, addresses: list[str], engine: str) -> None:
    assert of_kind(text, engine, "address") == addresses


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Two owners in one cell of the owner's column: a Mongolian name and a four-character one.
        (
            "协议编号  被征收人  房屋坐落  补偿方式\n"
            "PG-2025-411  额尔敦毕力格、乌兰图雅  桑根达来镇下湾村四社60号  产权调换\n",
            ["额尔敦毕力格", "乌兰图雅"],
        ),
        # An office beside a name in the same cell: the cell is not read as a list of owners.
        (
            "协议编号  被征收人  房屋坐落  补偿方式\n"
            "PG-2025-411  额尔敦毕力格、城关镇政府  城关镇人民路60号  产权调换\n",
            [],
        ),
    ],
)
def test_co_owners_in_one_cell(text: str, names: list[str], engine: str) -> None:
    assert of_kind(text, engine, "name") == names


def test_paragraph_rows_with_relatives(engine: str) -> None:
    # Each row of a typeset table in its own paragraph: the applicant, then the co-applicants each
    # with the relation, before or after the name.
    text = paragraphs(
        "2022年公共租赁住房实物配租结果公告",
        "",
        "现将配租结果公示如下：",
        "序号  摇号顺序号  申请人  共同申请人                      配租房源                     月租金（元）",
        "1     47          张丽娟  王建飞（丈夫）；王秀秋（女儿）  北苑人才公寓6栋2单元604室    274",
        "2     93          许立林  配偶 史月；儿子 许全            北苑人才公寓17幢101室        396",
        "3     116         杜翠婷  丈夫 孙春云                     北苑人才公寓8号楼3单元602室  136",
        "  请配租家庭于2022年1月16日前办理签约手续。",
    )
    assert of_kind(text, engine, "name") == [
        "张丽娟",
        "王建飞",
        "王秀秋",
        "许立林",
        "史月",
        "许全",
        "杜翠婷",
        "孙春云",
    ]


def test_table_foot_after_wrapped_rows(engine: str) -> None:
    # The office's signature and date below a table whose last row wrapped: no row, no name.
    text = (
        "序号 户主姓名 家庭住址 受灾情况 补助金额（元）\n"
        "1   孙立新   城关镇前进村109号   山体滑   15000\n"
        "                                    坡致住房损毁\n"
        "                    城关镇人民政府\n"
        "                    2023年3月24日\n"
    )
    assert of_kind(text, engine, "name") == ["孙立新"]


def test_vertical_members_and_repeated_header(engine: str) -> None:
    # A household register one cell a line: a member's row leaves 户主 and the household's cells blank,
    # a count ("3") is no row's number, and the header repeated on the next page is no row.
    text = (
        "序号\n户主\n姓名\n与户主关系\n身份证号码\n核定人数\n住址\n"
        "1\n申成辉\n申成辉\n户主\n130602196901119597\n3\n骆驼湾村5组12号\n\n"
        "2\n\n郝秀英\n妻\n130624195412222642\n\n\n\n"
        "3\n\n申小红\n次女\n130624197205270448\n\n\n\n"
        "序号\n户主\n姓名\n与户主关系\n身份证号码\n核定人数\n住址\n"
        "4\n\n李桂翠\n母亲\n130602197811264322\n\n\n"
    )
    assert of_kind(text, engine, "name") == ["申成辉", "申成辉", "郝秀英", "申小红", "李桂翠"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A column of one character ("村") in a header one word a line.
        (
            "序号\n购机户\n乡镇\n村\n机具品目\n数量\n兑付金额(元)\n"
            "1\n阿西阿衣\n四开镇\n好谷村\n铺膜机\n1\n35,130.00\n\n"
            "2\n刘建平\n新城镇\n解放沟村\n微耕机\n1\n27380\n\n"
            "3\n城北农机专业合作社\n新城镇\n城北社区\n铺膜机\n1\n33,210.00\n",
            ["阿西阿衣", "刘建平"],
        ),
        # A sex written alone on its line is a value, not a header: the form's fields stay unread.
        ("姓名\n男\n村\n", []),
    ],
)
def test_one_character_header(text: str, names: list[str], engine: str) -> None:
    assert of_kind(text, engine, "name") == names
