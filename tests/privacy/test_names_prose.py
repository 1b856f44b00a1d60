"""Names in running prose and letters: the cues around a name in a sentence."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def names(text: str, engine: str = "re") -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == "name"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Households' votes and decisions.
        ("表决结果：王小明户同意35票，不同意0票；脱军丽户同意33票。", ["王小明", "脱军丽"]),
        ("经评议，不同意叶秀户的申请（家庭有营运车辆）。", ["叶秀"]),
        # A list of households agreed to, closed by a count without 等.
        ("经村民代表大会评议，同意敖霞兰，石莲兰2户纳入危房改造补助。", ["敖霞兰", "石莲兰"]),
        ("评议，同意莫忠国、者欣，陶琴浩3户纳入补助。", ["莫忠国", "者欣", "陶琴浩"]),
        ("会议同意将王五，赵六2户纳入低保。", ["王五", "赵六"]),
        # A speaker and where the family lives.
        ("代表甲：哈英明家住三营镇高闸村8组，一家4口人。", ["哈英明"]),
        # A line that opens with a name and an age.
        ("现将有关情况公示如下：\n敖霞兰，77岁，其母亲患病。\n", ["敖霞兰"]),
        # SMS greetings.
        ("【金星镇人民政府】慕容秀户主您好：您名下车辆已纳入补贴。", ["慕容秀"]),
        ("【同心县乡村振兴局】武霞国，您好！您的低保已审批。", ["武霞国"]),
        # Relatives, neighbours, parties.
        ("低保户（户内于芳环为三级智力残疾），房屋鉴定为D级危房。", ["于芳环"]),
        ("与邻居毛玉因排水沟发生纠纷。", ["毛玉"]),
        ("其母亲贾兰长期患帕金森病。", ["贾兰"]),
        ("户主万明表示满意。", ["万明"]),
        ("第三人：王凤，女，住古雁街道。", ["王凤"]),
        ("甲方：阿不都热合曼·托合提，男，东乡族。", ["阿不都热合曼·托合提"]),
        # Court parties.
        ("本院受理原告覃兰兰诉被告徐真买卖合同纠纷一案。", ["覃兰兰", "徐真"]),
        ("本院受理原告罗超诉被告贺军飞离婚纠纷一案。", ["罗超", "贺军飞"]),
        # Persons an office asked or called back.
        ("并电话回访许银妹，其对结果基本满意。", ["许银妹"]),
        ("该信息涉及第三方尹莲福的个人隐私，经征求尹莲福意见，其不同意公开。", ["尹莲福", "尹莲福"]),
        ("经检查存在贫血，请邓艳兴本人到县妇幼保健院复查。", ["邓艳兴"]),
        ("已告知任环杰本人到县妇幼保健院复查。", ["任环杰"]),
        # After a cue and a colon, a delimited value is a name whatever its surname.
        ("诉求人：厍红斌，联系方式：见附件", ["厍红斌"]),
        ("当事人：脱玉花，身份证号：见附件", ["脱玉花"]),
        ("权利人：胡英建、剡子秀  证件号码：见附件", ["胡英建", "剡子秀"]),
        # The neighbours bounding a land parcel; roads, ditches and boundaries are not names.
        ("东至仉慧怡，西至路，南至古丽米拉·艾合买提，北至王庄镇界", ["仉慧怡", "古丽米拉·艾合买提"]),
        ("东至田玉，西至渠，南至林兰立，北至林带", ["田玉", "林兰立"]),
        # The addressee of a letter or a court's notice on its own line.
        ("西信处字〔2022〕27号\n李花莲：\n你于2023年08月17日通过网上信访反映的问题收悉。", ["李花莲"]),
        ("（2021）川3223民初718号\n贺军飞：\n  （男，1997年11月27日出生，回族）\n", ["贺军飞"]),
        ("公告\n毛英福：\n(女，1970年3月生，回族)\n", ["毛英福"]),
        # A minority name before a mark, in a longer run.
        ("其子艾尼瓦尔·吾斯曼为智力二级残疾。", ["艾尼瓦尔·吾斯曼"]),
    ],
)
def test_it_finds_names_by_their_cue_in_prose(engine: str, text: str, expected: list[str]) -> None:
    assert names(text, engine) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Roles and groups before the same cues are no one's name.
        "信访人家住福州市鼓楼区温泉街道建设路100号。",
        "经查，该户家住三营镇高闸村8组。",
        "表决结果：贫困户同意35票，不同意0票。",
        # Decisions on money or plans, not on households.
        "会议同意安排资金5427万元，受益322户。",
        "同意该村2户纳入补助。",
        "同意高新区3户纳入试点。",
        "户内成员均为农业户口。",
        "请各单位及时上报，请申请人本人到场办理。",
        "第三方机构评估显示满意率98%，公开征求意见稿。",
        # Land boundaries that name no one.
        "东至公路，西至集体林地，南至水渠，北至张家村界",
        # Greetings and court text without a person.
        "【利通区民政局】您好，请按时办理年审。",
        "原告向本院提出诉讼请求。",
        "甲方：利通区民政局",
        "各有关单位：\n你于2023年提出的申请已收悉。",
        "家庭成员：儿子 薛某，女儿 李某某",
        "申请人：办公室，联系电话见附件",
        # An official in his public role.
        "区长张三同志指出，要做好低保工作。",
    ],
)
def test_it_leaves_prose_without_a_private_name_alone(engine: str, text: str) -> None:
    assert names(text, engine) == []


def test_it_finds_a_mention_just_before_the_name_in_context(engine: str) -> None:
    text = "经检索，该信息不存在，薛占英的个人隐私，经征求薛占英意见，其不同意公开。"
    assert names(text, engine) == ["薛占英", "薛占英"]


def test_it_does_not_spread_a_relation_taken_for_a_name(engine: str) -> None:
    text = "其母亲患病多年。\n家庭成员：母亲 付明，母亲 徐某某"
    assert names(text, engine) == ["付明"]


def test_it_finds_a_party_paid_in_an_agreement(engine: str) -> None:
    text = "甲方：沙秀，女，汉族。\n一、蒋欣莲一次性赔偿沙秀人民币24000元，转入沙秀名下账户。"
    assert names(text, engine).count("沙秀") == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("名单如下：\n5、艾力·吐尔逊（户主）  3人\n", ["艾力·吐尔逊"]),
        ("经查，阿卜杜·热合曼，男，1970年生", ["阿卜杜·热合曼"]),
    ],
)
def test_it_finds_a_minority_name_before_a_mark(engine: str, text: str, expected: list[str]) -> None:
    assert names(text, engine) == expected
