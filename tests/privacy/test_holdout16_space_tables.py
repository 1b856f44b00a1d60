"""Forms found on holdout16: plain-text tables whose columns are parted by spaces, as a PDF's text
layer gives them. A row's spacing need not be its header's (single spaces under a header parted by
three, a phone or a bank card in groups); a name may be spaced out ("邹 伟 全 男", "冶  娟  雅 邹 涛");
a cell too wide for its column goes on alone on the next line (the end of a 文号 "〕418号", of a date
"-05-13", of a word "牲军人遗属", of a header's word "（元/㎡）"); a header's last columns may stand
indented on the line below it."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def found(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


_AGREEMENTS = "协议编号  被征收人  房屋坐落  证载面积（㎡）  评估单价  补偿金额（元）  补偿方式\n"


@pytest.mark.parametrize(
    ("text", "names", "addresses"),
    [
        # The first cell, a 文号, wrapped: its end alone on the next line, before the next row.
        (
            _AGREEMENTS
            + "临征补〔2023   黎建华   城关镇南街村三组12号   120.50   4100   494,050   货币补偿\n"
            "〕105号\n"
            "临征补〔2023〕2  柴秀梅、段志刚  解放路18号院2栋301室  88.20  5200  458,640  产权调换\n"
            "16号\n"
            "临征补〔  贺　宝  东川镇河湾村4组7号  60.00  3900  234,000  房票安置\n"
            "2023〕77号\n",
            ["黎建华", "柴秀梅", "段志刚", "贺\u3000宝"],
            ["城关镇南街村三组12号", "解放路18号院2栋301室", "东川镇河湾村4组7号"],
        ),
        # A header's word wrapped under its column ("（元/㎡）"), and an amount wrapped likewise.
        (
            "协议编号  被征收人  房屋坐落  证载面积（㎡）  评估单价  补偿金额合计（元）  补偿方式\n"
            "                                              （元/㎡）\n"
            "临征补〔2023〕9号   鲍建国   西关镇柳湾村二社15号   95.10   4300   4\n"
            "                                                             08,930   产权调换\n"
            "临征补〔2023〕12号   房丽萍   民主路33号   70.00   4300   301,000   货币补偿\n",
            ["鲍建国", "房丽萍"],
            ["西关镇柳湾村二社15号", "民主路33号"],
        ),
        # The header's last columns set under its first, indented.
        (
            "协议编号  被征收人  房屋坐落  证载面积（㎡）  评估单价（元/㎡）\n"
            "    补偿金额合计（元）  补偿方式\n"
            "临征补〔2023〕31号  祁德明  城关镇东街9号  101.00  3800  383,800  货币补偿\n",
            ["祁德明"],
            ["城关镇东街9号"],
        ),
        # Rows parted by single spaces under a header parted by three, and the other way round.
        (
            "序号   乡镇   姓名   性别   身份证号   家庭住址\n"
            "1 东川镇 鲍建国 男 620102197005061234 东川镇河湾村4组7号\n"
            "2   西关镇   房丽萍   女   620102198003241236   西关镇柳湾村二社15号\n",
            ["鲍建国", "房丽萍"],
            ["东川镇河湾村4组7号", "西关镇柳湾村二社15号"],
        ),
        (
            "序号 乡镇 患者姓名 年龄 监护人姓名 关系 联系电话 发放金额（元）\n"
            "1  东川镇  倪志强  45  倪秀兰  母亲  13912345678  1500\n"
            "2 西关镇 蔺文华 52 蔺小军 儿子 0931 8812345 1500\n"
            "3 城关镇 滕玉兰 61 滕建平 儿子 139 1234 5679 1200\n",
            ["倪志强", "倪秀兰", "蔺文华", "蔺小军", "滕玉兰", "滕建平"],
            [],
        ),
    ],
)
def test_spaced_table_rows(text: str, names: list[str], addresses: list[str], engine: str) -> None:
    assert found(text, engine, "name") == names
    assert found(text, engine, "address") == addresses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name spaced out with single spaces before the sex's cell.
        (
            "序号  姓名  性别  公民身份号码  户籍地址  注销原因\n"
            "1 钱 志 明 男 620102198003241234 东岗镇五里村3组8号 死亡\n"
            "2   鲍 秀 兰   女   620102197005061236   东岗镇五里村5组2号   死亡\n",
            ["钱 志 明", "鲍 秀 兰"],
        ),
        # Three names in one row, two spaced out alike and told apart by the blank between them; the
        # number's end wrapped onto the next line, then a date's.
        (
            "序号  新生儿姓名  性别  出生日期  母亲姓名  父亲姓名  原证编号  作废原因\n"
            "1 郑 子 轩 男 2023-05-12 韩  丽  萍 郑 强 B12 遗失\n"
            "                                        3456789\n"
            "2   倪 若 曦   女   2022   许 秀 芳   倪 建 国   C223344556   补发\n"
            "                    -06-25\n"
            "3  闻人雨桐  男  2024-01-02  袁丽珍  闻人志远  D334455667  损毁\n",
            [
                *("郑 子 轩", "韩  丽  萍", "郑 强"),
                *("倪 若 曦", "许 秀 芳", "倪 建 国"),
                *("闻人雨桐", "袁丽珍", "闻人志远"),
            ],
        ),
        # A category's word wrapped under its column; the next row is read still.
        (
            "序号 乡镇 姓名 性别 身份证号 优抚类别 伤残等级 发放金额（元）\n"
            "1  东川镇  鲍建国  男  620102197005061234  因公牺  /  10190\n"
            "                                            牲军人遗属\n"
            "2  西关镇  房丽萍  女  620102198003241236  烈士遗属  /  8530\n",
            ["鲍建国", "房丽萍"],
        ),
        # A name spaced out by full-width spaces in a row parted by wider blanks.
        (
            "序号  姓名        性别  年龄  身份证号            所在村        月发放标准（元）\n"
            "1     其　达　木      女    88    152530********1444  那日图嘎查    200\n"
            "2     柏文强      男    91    1525301933****2448  白音查干嘎查  200\n",
            ["其　达　木", "柏文强"],
        ),
        # A row parted by full-width spaces, a name inside spaced by half-width ones.
        (
            "序号　　姓名　工作单位　　身份证号　　困难原因　　帮扶金额（元）\n"
            "1　祁 木 格　某某建材有限公司　620102198003241236　本人患肝硬化　3000\n",
            ["祁 木 格"],
        ),
    ],
)
def test_spaced_names_in_rows(text: str, expected: list[str], engine: str) -> None:
    assert found(text, engine, "name") == expected


@pytest.mark.parametrize(
    "text",
    [
        # A company, an office in the person's column; the signing office's line under the table.
        _AGREEMENTS + "临征补〔2023〕5号  城关镇人民政府  新华路1号  300.00  3000  900,000  货币补偿\n"
        "〕18号\n"
        "                    某某县房屋征收与补偿办公室\n"
        "                    2023年4月21日\n",
        # Places and things spaced out before a sex-like word, in a plain line.
        "序号 项目 类别 金额（元）\n1 东 关 村 男 子 篮 球 队 3000\n",
        # A line of the notice's foot below the table is no row: its words are not a name.
        "序号  姓名  性别  金额（元）\n1  东关村委会  男  300\n    已办结\n",
    ],
)
def test_no_names(text: str, engine: str) -> None:
    assert found(text, engine, "name") == []


def test_office_number_below_a_table_and_a_sentence(engine: str) -> None:
    """The office's number after the notice's foot is not a household's, whoever the table names."""
    text = (
        "轮候号  申请人姓名  身份证号  家庭人口  联系电话\n"
        "LH2022-0010   鲍  彤  悦   610***********5900   4   187****0182\n"
        "  公示期内，任何单位和个人均可通\n"
        "过来电、来信等方式反映问题。\n"
        "联系电话：0931-8812345；通信地址：某某县光明路148号。\n"
    )
    assert found(text, engine, "landline") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A numbered row parted by single spaces whose co-applicants' cell holds spaces and labels.
        (
            "序号  摇号顺序号  申请人  共同申请人  配租房源  建筑面积（㎡）  月租金（元）\n"
            "1 12 柏文强 妻子：宁秀珍，女 柏小雨 城东公租房小区3幢402室 47.50 210\n"
            "2 31 喻春兰 丈夫褚立新，儿子 褚明 城东公租房小区8栋1单元101室 59.35 264\n",
            ["柏文强", "宁秀珍", "柏小雨", "喻春兰", "褚立新", "褚明"],
        ),
        # Co-owners with Mongolian names, a Yi name by its clan, a relative's Mongolian name noted.
        (
            "协议编号  被征收人  房屋坐落  补偿方式\n"
            "PG-2025-011  巴特尔朝克图、萨仁图雅  某嘎查12号  货币补偿\n"
            "PG-2025-012  倮伍拉者  新城镇解放路3号  产权调换\n",
            ["巴特尔朝克图", "萨仁图雅", "倮伍拉者"],
        ),
        (
            "序号  申请人  共同申请人  配租房源\n"
            "1  其其格  白丽（女儿）、敖特根巴雅尔（父亲）  某小区9-2-704室\n",
            ["其其格", "白丽", "敖特根巴雅尔"],
        ),
    ],
)
def test_cells_of_several_names(text: str, expected: list[str], engine: str) -> None:
    assert found(text, engine, "name") == expected


def test_form_line_below_a_table_is_no_row(engine: str) -> None:
    """A form's "label：value" line under a table keeps its own fields: the account is no health."""
    text = (
        "编号     成员姓名     与申请人关系     健康状况    身份证号\n"
        "1   韦安琰  女儿    良好   421087198910089262\n"
        "救助金发放账户: 中国工商银行  户名：韦安琰  账号：6230586647338044941\n"
    )
    assert found(text, engine, "health") == []


def test_rows_go_on_after_a_page_break_and_a_continued_title(engine: str) -> None:
    """A page's number, then the title marked continued ("…台账（续）"), part one table's rows."""
    text = (
        "编号        信访人    住址                    联系电话       办理结果\n"
        "XF20240139  柏文强    东川镇河湾村4组7号      13912345678    办理中\n"
        "2/3\n"
        "信访事项办理台账（续）\n"
        "XF20240540  热依拉·吐尔逊    西关镇柳湾村二社15号    13912345679    已答复\n"
    )
    assert found(text, engine, "name") == ["柏文强", "热依拉·吐尔逊"]
    assert found(text, engine, "address") == ["东川镇河湾村4组7号", "西关镇柳湾村二社15号"]


def test_a_seal_note_ends_the_table(engine: str) -> None:
    """ "（盖章）" below the rows is no wrapped cell: the officials' line after it is no row."""
    text = "序号  姓名  性别  住址\n1  柏文强  男  东川镇河湾村4组7号\n（盖章）\n经办 庞德胜  2024年5月\n"
    assert found(text, engine, "name") == ["柏文强"]


def test_rows_of_an_indented_table_with_a_blank_cell(engine: str) -> None:
    """A table set in as a whole: a row as indented as its header is a row, a blank cell or not."""
    text = (
        "    序号  姓名  性别  住址  备注\n"
        "    1  柏文强  男  东川镇河湾村4组7号  复核\n"
        "    2  房丽萍  女  西关镇柳湾村二社15号\n"
    )
    assert found(text, engine, "name") == ["柏文强", "房丽萍"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The 文号 begun on a line of its own, the row going on below it.
        (
            "协议编号 被征收人 房屋坐落 补偿方式\n"
            "临征补〔2024〕\n"
            "418号  黎建华  城关镇南街村三组12号  产权调换\n"
            "临征补〔2024〕419号  柴秀梅  解放路18号院2栋301室  货币补偿\n",
            ["黎建华", "柴秀梅"],
        ),
        # The header's last word cut by the line's width, its end on the next line.
        (
            "协议编号 被征收人 房屋坐落 补偿金额合\n计（元）\n"
            "临征补〔2024〕418号  黎建华  城关镇南街村三组12号  300,000\n",
            ["黎建华"],
        ),
        # A name spaced as widely as the columns, after a 文号 that ends in 号.
        (
            "协议编号  被征收人  房屋坐落  补偿方式\n"
            "临征补〔2024〕418号  黎  建  华  城关镇南街村三组12号  产权调换\n"
            "临征补〔2024〕419号  柴秀梅  解放路18号院2栋301室  货币补偿\n",
            ["黎  建  华", "柴秀梅"],
        ),
    ],
)
def test_code_cells_before_the_name(text: str, expected: list[str], engine: str) -> None:
    assert found(text, engine, "name") == expected


def test_township_column_after_the_name_column(engine: str) -> None:
    """The township ("乡镇") after "购机者姓名" is the next column's header, not a name's value in a form."""
    text = (
        "序号  购机者姓名    乡镇        村            机具品目    型号      补贴额（元）\n"
        "1     巴特尔        宝绍岱苏木  宝绍岱嘎查    铺膜机      2MB-1/2   3940\n"
        "2     宝绍岱养殖专业合作社  宝绍岱苏木  宝绍岱嘎查  旋耕机  1GQN-200  5200\n"
        "3     柏文强        上都镇      巴音胡舒嘎查  微耕机      1WG4.0    2780\n"
    )
    assert found(text, engine, "name") == ["巴特尔", "柏文强"]
