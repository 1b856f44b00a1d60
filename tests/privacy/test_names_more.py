"""More name forms: enforcement and vehicle tables, workers and conscripts, guardians in rows, letters
to a household, enforcement parties, couples."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def names(text: str, engine: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == "name"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Tables whose name column is 被执行人 / 车辆所有人, and a header with a 15-character cell.
        (
            "序号\t被执行人\t性别\t年龄\t身份证号码/统一社会信用代码\t住所地\n"
            "1\t穆美玲\t女\t31\t640104199001011234\t某镇某村3组\n"
            "2\t某某建材专业合作社\t—\t—\t93622900UGK0QE10XW\t某路39号\n",
            ["穆美玲"],
        ),
        (
            "序号\t号牌号码\t号牌种类\t车辆所有人\t驾驶证号\n2\t宁AD97740\t小型汽车\t沈雨涵\t未登记\n",
            ["沈雨涵"],
        ),
        # A typeset header padded to more than 100 characters.
        (
            "序号  姓名        性别  残疾人证号                 残疾类别等级  乡镇     住址"
            "                                     联系电话           适配项目\n"
            "1   陈梅倩  女   37010219800101123412  肢体三级  某镇  某村3组   13912345678   四脚拐杖\n",
            ["陈梅倩"],
        ),
        # Workers, colleagues, conscripts, a child.
        ("1. 职工黄梓轩（公积金账号1079992701）。", ["黄梓轩"]),
        ("同班组工友宋富贵（电话13668159204）证实。", ["宋富贵"]),
        ("复检说明：应征青年程明（报名邮箱a@b.cn）复检合格。", ["程明"]),
        ("因子女米雨涵患尿毒症申请提取。", ["米雨涵"]),
        # A guardian with a relation in brackets, whatever the surname.
        ("监护人脱俊（祖父），电话19202731234。", ["脱俊"]),
        # A pupil's row: the guardian's field before the home address.
        ("1．肖诗琪，女，某中学，一年级，肖林，凯悦小区23栋5单元，13912345678；", ["肖诗琪", "肖林"]),
        # A notice to a household; a later mention of the same person.
        ("致亓婷：\n    你户位于某街道某村3组的建筑。现责令亓婷于2023年5月8日前自行拆除。", ["亓婷", "亓婷"]),
        # Enforcement parties; a couple.
        ("申请执行人公孙宇与被执行人万海民间借贷纠纷一案", ["公孙宇", "万海"]),
        ("收养人令狐宇、沈兰梅夫妇，住某小区9栋2单元。", ["令狐宇", "沈兰梅"]),
        # A typeset table whose cells hold single spaces (a phone in groups, a plate).
        (
            "序号  姓名   性别  联系电话         适配项目\n"
            "1   朱月   女   183 3288 6129  四脚拐杖\n"
            "2   冯兴旺  男   0531 4416162   轮椅\n",
            ["朱月", "冯兴旺"],
        ),
        # A numbered list of plates: the owner after the vehicle's type, whatever the surname.
        ("1．鲁A 584G8，小型汽车，锁杰，未登记，2023-03-16", ["锁杰"]),
        ("6．宁A D05189，小型汽车，摆梓萱，未登记，2025-10-27", ["摆梓萱"]),
        # The person an incident report begins with.
        ("经调查核实：2024年3月28日15时许，保鹏华在某商贸有限公司后厨作业时受伤。", ["保鹏华"]),
        # A relation before the name is not part of it.
        ("被收养人系由生母姚军（身份证号640521199101084776）送养。", ["姚军"]),
        # After a person's label, a rare surname that a sex, a home or a couple's word follows.
        ("当事人禤梅，女，公民身份号码640302199609182123。", ["禤梅"]),
        ("2、号牌宁C44815，车辆所有人摆彤，住所某乡早元村3组。", ["摆彤"]),
        ("收养人脱明、许佳怡夫妇，住某小区9栋2单元。", ["脱明", "许佳怡"]),
        # A cue, a rare surname and the person's own number in brackets.
        ("2. 职工咸静（公积金账号1081782201）。", ["咸静"]),
        # A line opening with a name and a sex.
        ("附：新增对象情况说明\n舍帆建，男，现住某镇某村3组。", ["舍帆建"]),
        # A numbered row whose name a full-width space parts from the address.
        ("（二）万花　锁南镇罗家湖村九队，2人，因病\n4.孔海 　硝河乡涝河桥村三队，3人\n", ["万花", "孔海"]),
        # A household's members, one a line: name, relation, age.
        ("家庭成员情况：\n  曾秀  之母  60岁  务工\n\t拜永贵  配偶  46岁  在校学生\n", ["曾秀", "拜永贵"]),
        # A pupil's guardian right after the pupil's ID, whatever the surname.
        (
            "1．陶欣怡，女，某中学，七年级，640302201008304717，保子豪，某镇闫堡村八组，13912345678；",
            ["陶欣怡", "保子豪"],
        ),
    ],
)
def test_found(text: str, expected: list[str], engine: str) -> None:
    assert names(text, engine) == expected


@pytest.mark.parametrize(
    "text",
    [
        "全体职工文化活动室已开放。",
        "职工代表大会审议通过了职工福利方案。",
        "保障职工子女教育，落实应征青年优待政策。",
        "监护人须知（父母）请阅读。",
        # A row's education field is no guardian.
        "1．张三，男，汉族，初中，某镇某村3组，13912345678；",
        "致全体居民：\n    你户位于拆迁范围内的，请配合。",
        # A grade before a pupil's ID, a group before a sex.
        "1．蒋雨涵，女，某中心小学，二年级，640302201612111234，967元；",
        "民警在中山街发现一名迷路人员，女，约53岁。",
        # Colour or status after the vehicle's type; officials at the scene.
        "1．宁A12345，小型汽车，蓝色，未年检",
        "2．宁A12346，小型汽车，非营运，逾期",
        "3．宁A12347，小型汽车，正常，查封",
        "1．马丽，女，640302201008304717，回族，某镇闫堡村八组；",
        "2．马丽，女，640302201008304717，务农，某镇闫堡村八组；",
        "当日15时许，民警在巡逻中发现该车。",
        "当日15时许，司机在服务区停车。",
        # A label's value that is no person, before a sex or a home.
        "当事人须知，住房保障政策如下。",
        "职工食堂（电话0951-1234567）开放时间。",
        "其中，男，女各半。",
        "（二）工作要求　各乡镇要按时上报。",
        "  合计  户主  60岁以上人数\n",
    ],
)
def test_not_names(text: str, engine: str) -> None:
    assert [n for n in names(text, engine) if n not in ("张三", "蒋雨涵", "马丽")] == []


def hits(text: str, engine: str) -> list[tuple[str, str]]:
    return [(h.kind, h.text) for h in detect(text, PrivacyConfig(engine=engine))]


def test_company_row_address_not_flagged(engine: str) -> None:
    text = (
        "序号  被执行人               性别  身份证号码/统一社会信用代码      住所地\n"
        "1   舍世杰                男   622901198107148099  临夏市折桥镇尕庄村三组\n"
        "2   某某建材专业合作社   —   93622900UGK0QE10XW  临夏市红园路39号\n"
    )
    found = hits(text, engine)
    assert ("name", "舍世杰") in found
    assert ("address", "临夏市折桥镇尕庄村三组") in found
    assert not any(k == "address" and "红园路" in t for k, t in found)
