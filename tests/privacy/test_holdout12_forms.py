"""The families of holdout12: minutes of village meetings (speakers, households, topics, a relative's
condition), 双公示 penalty lists whose party is a person, shop or company, 征收 and 评审 tables, forms
drawn as grids or written one field a line, and penalty decisions that name victims and employees."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def names(text: str, engine: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == "name"]


def found(text: str, engine: str) -> list[tuple[str, str]]:
    return [(h.kind, h.text) for h in detect(text, PrivacyConfig(engine=engine))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A villager or a representative who speaks, any surname, a Tibetan name too.
        ("三、代表发言：\n村民代表柏文强提出：“应当张榜公示。”", ["柏文强"]),
        ("代表洛桑次仁说：“情况属实。”\n村民苗秀英发言: “同意。”", ["洛桑次仁", "苗秀英"]),
        # A representative named with a mobile.
        ("欠薪一事由农民工代表滕国华（13912345678）多次反映。", ["滕国华"]),
        # Households as numbered items (Chinese numerals, four-character names) or a vote's line.
        ("一、阮梅香户，阮梅香，女，81岁，本村村民，家庭人口3人。", ["阮梅香", "阮梅香"]),
        ("2、次仁旺姆户，住河坝村二组，家庭人口4人。表决结果：同意20票。", ["次仁旺姆"]),
        ("龙秀芝户，家庭人口3人，同意25票，不同意2票，评议通过；", ["龙秀芝"]),
        # Households agreed to, one of them a four-character name; one household before "1户".
        ("四、会议决定：同意秦德才、扎西平措2户纳入低保对象。", ["秦德才", "扎西平措"]),
        ("四、会议决定：同意扎西平措1户纳入低保对象。", ["扎西平措"]),
        # A case as a meeting's topic.
        ("二、关于冉秀芬户临时救助问题", ["冉秀芬"]),
        ("一、关于阿依夏木·买买提反映宅基地纠纷问题", ["阿依夏木·买买提"]),
        # A relative's condition right after the name, whatever the surname.
        ("花费8万元，配偶钱建国肢体残疾二级。会议同意救助。", ["钱建国"]),
        ("家庭人口3人，丈夫多吉顿珠系三级听力残疾。", ["多吉顿珠"]),
        ("因病住院，配偶酆梅2型糖尿病。", ["酆梅"]),
        # A penalty's victim and the party punished; a company's employee at an inspection.
        ("违法行为人甲某因琐事与范志强发生口角，后用拳头殴打范志强面部。", ["范志强", "范志强"]),
        ("现决定对戚海波处以行政拘留5日。", ["戚海波"]),
        ("我局执法人员进行现场检查，公司员工汪德胜（联系电话13912345678）在场。", ["汪德胜"]),
        # An applicant's self-introduction and signature; a neighbour's household.
        ("申请理由：我叫邵春燕，因病生活困难，特申请救助。", ["邵春燕"]),
        ("申请理由：本人阿苏日哈，无固定收入来源。", ["阿苏日哈"]),
        ("申请人签名或者盖章：柯永红    申请时间：2024年3月1日", ["柯永红"]),
        ("申请公开征收补偿协议，及邻居尤建平户（住石桥村三组）的安置协议。", ["尤建平"]),
        # A guardian noted as a nephew or a niece.
        ("月供养标准900元，孔祥林（侄子），电话13912345678；", ["孔祥林"]),
        # A form drawn as a Markdown grid: the value in the cell after its label.
        ("| 姓名 | 鲍春兰 | 工作单位 | 无 |\n| 代理人姓名 | 吉克阿依 | 性别 | 女 |", ["鲍春兰", "吉克阿依"]),
        # A form one field a line.
        ("申请人姓名\n庞立新\n性别\n男\n委托代办人\n庞  伟\n代理人电话\n13912345678", ["庞立新", "庞  伟"]),
        # Numbered items after a heading whose first word is the applicant's label.
        (
            "经审核，以下家庭符合条件：\n1．申请人：阿硕有格，家庭人口1人\n2．申请人：聂红梅，家庭人口2人",
            ["阿硕有格", "聂红梅"],
        ),
    ],
)
def test_found(text: str, expected: list[str], engine: str) -> None:
    assert names(text, engine) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A group speaks, or a meeting: no name.
        "代表们一致认为：“同意。”",
        "村民代表大会认为：“同意。”",
        # A topic raised by a group.
        "二、关于群众反映道路问题",
        # A household's kind, not its head, and an unnumbered line that is no vote.
        "1、低保户，家庭人口2人。",
        "养殖户，饲养生猪200头。",
        # One word before a count is no list.
        "同意高新区1户纳入试点。",
        # The applicant declares, or names a condition.
        "申请理由：本人承诺，以上情况属实。",
        "备注：本人患尿毒症，医疗支出大。",
        # The condition itself after a relation.
        "主要风险：因残（女儿精神二级，丧失劳动能力）。",
        # The party punished is a pronoun or a company.
        "现决定对其处以罚款500元。",
        # A grid's header row.
        "| 姓名 | 性别 | 年龄 |\n|---|---|---|",
        # A label alone on its line, then the next label.
        "姓名\n性别\n民族",
    ],
)
def test_not_names(text: str, engine: str) -> None:
    assert names(text, engine) == []


def test_a_row_ending_in_a_separator_is_a_row(engine: str) -> None:
    text = "序号\t户主姓名\t家庭人口\t房屋地址\t鉴定等级\n1\t郑秀莲\t4\t柳河村三组12号\tC级\t\n"
    assert names(text, engine) == ["郑秀莲"]


def test_a_home_with_co_owners(engine: str) -> None:
    text = (
        '"序号","被征收人","共有人","房屋坐落位置","补偿金额（元）"\n'
        '"1","屈良才","屈秀英","城关镇新华街5号楼2单元301室","860000"\n'
        '"2","饶德明","—","石桥村二组","420000"\n'
    )
    assert names(text, engine) == ["屈良才", "屈秀英", "饶德明"]


# A 双公示 penalty list: the party is a person, a shop or a company; the 法定代表人（负责人） column is a
# public role (docs/privacy.md), a shop's keeper included.
PENALTIES = (
    "序号\t行政相对人名称\t行政相对人类别\t证件号码\t法定代表人（负责人）\t处罚决定书文号\n"
    "1\t某县鑫源便利店\t个体工商户\t92330106MA829YWRXP\t邹春梅\t某市监处罚〔2025〕3号\n"
    "2\t某县恒达医药有限公司\t法人\t91330106MATMM6NL46\t杭立军\t某市监处罚〔2025〕4号\n"
    "3\t努尔古丽·买买提\t自然人\t330106199503241772\t\t某市监处罚〔2025〕5号\n"
    "4\t鲁 建 平\t自然人\t3301061995******72\t\t某市监处罚〔2025〕6号\n"
)


def test_a_penalty_list_names_its_natural_persons(engine: str) -> None:
    assert names(PENALTIES, engine) == ["努尔古丽·买买提", "鲁 建 平"]


def test_a_penalty_list_one_cell_a_line(engine: str) -> None:
    header = ["序号", "行政相对人名称", "行政相对人类别", "统一社会信用代码/身份证号", "处罚决定书文号"]
    rows = [
        ["1", "某县老街商行", "个体工商户", "92500230682386413X", "某市监处罚〔2025〕3号"],
        ["2", "尤　华", "自然人", "500230********9856", "某市监处罚〔2025〕4号"],
    ]
    text = "\n".join(header + [cell for row in rows for cell in row]) + "\n"
    assert names(text, engine) == ["尤　华"]


def test_a_form_one_field_a_line_then_its_members(engine: str) -> None:
    text = (
        "姓名\n蒋玉梅\n性别\n女\n代理人姓名\n骆明轩\n代理人电话\n13912345678\n"
        "现居住地址\n某县沙坡镇盐井村王家沟56号\n"
        "家庭成员基本情况\n姓名\n与申请人关系\n身份证号码\n健康状况\n从业状况\n"
        "蒋国庆\n长子\n371321198302139315\n良好\n务工\n"
        "蒋小燕\n长女\n371321199910190899\n健康\n无业\n"
    )
    result = found(text, engine)
    assert [t for k, t in result if k == "name"] == ["蒋玉梅", "骆明轩", "蒋国庆", "蒋小燕"]
    assert ("address", "某县沙坡镇盐井村王家沟56号") in result
