"""Forms of the blind holdouts 40 and 41 (benchmarks/privacy_data/holdout40.py, holdout41.py) that the
detector missed on first contact, each written as a general case: a roster's header of two rows, a mobile
or a card a wrapped table put under another column, delegates counted with their names in brackets, a
review panel's signatures, a list of delegates ended by a comma, the villager a meeting examines; and,
for precision, officials named with their office, a village committee's own members, an office's contact
with a government mailbox and a body's account."""

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def found(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


def test_a_rosters_header_of_two_rows(engine: str) -> None:
    text = (
        "序号\t村（社区）\t户主信息\t\t\t家庭成员情况\t\t\t保障类别\t月保障金\t银行卡号\n"
        "序号\t村（社区）\t户主姓名\t身份证号码\t保障人数\t成员姓名\t与户主关系\t成员身份证号\t保障类别\t月保障金\t银行卡号\n"
        "1\t石堤社区\t田小琼\t500242********095X\t2\t龙学军\t配偶\t500242*********76X\t二类\t250.00\t6227002212654117045\n"
        "2\t白果村委会\t龙翠萍\t500***********3758\t3\t龙玉梅\t次女\t500242*********432\t一类\t850\t6222028483088599691\n"
        "\t\t\t\t\t龙明芬\t女\t500242********2450\t\t\t\n"
    )
    assert found(text, engine, "name") == ["田小琼", "龙学军", "龙翠萍", "龙玉梅", "龙明芬"]


def test_a_mobile_a_wrapped_table_put_under_another_column(engine: str) -> None:
    text = (
        "序号\t学生姓名\t性别\t学校\t年级\t身份证号\t家庭住址\t监护人\t联系电话\n"
        "\t困难类型\t资助金额\t银行卡号\n"
        "1\t石　国\t男\t酉阳县职业高级中学\t高二\t500242200901138218\n"
        "\t酉阳县苍岭镇彭家沟村6组92号\t石宏伟\t138-8895-7333\t\n"
        "特困供养\t2000\t4367426744913843007\n"
    )
    assert found(text, engine, "mobile") == ["138-8895-7333"]
    # Two amounts side by side are no mobile ("171820 19970" under an amount's column).
    text = "序号 姓名 面积 补偿金额 银行卡号\n4 东方永晨 4.52 171820 19970 6217993653150906583\n"
    assert found(text, engine, "mobile") == []


def test_an_account_a_banks_label_names(engine: str) -> None:
    text = "联系电话：13860347741　　开户行：中国建设银行\n账号：436742675383773650\n"
    assert found(text, engine, "bank_card") == ["436742675383773650"]
    assert found("报案号：436742675383773650\n", engine, "bank_card") == []
    assert found("补贴账号：40124854040050483（对公）\n", engine, "bank_card") == []


def test_an_applicants_mailbox_below_a_mobile_with_its_country_code(engine: str) -> None:
    text = (
        "您提交的申请人信息如下：\n姓名：蓝春\n通信地址：广东省梅州市大埔县高陂镇黎家坪村8组\n邮政编码：514200\n"
        "联系电话：+8618958507867\n电子邮箱：dawalong_2002@sina.com\n获取信息方式：电子邮件\n\n"
        "    经审查，您的申请内容不够明确。\n\n                    大埔县住房和城乡建设局\n"
        "                    2023年7月1日\n"
    )
    assert found(text, engine, "email") == ["dawalong_2002@sina.com"]


def test_delegates_counted_with_their_names_in_brackets_and_a_panels_signatures(engine: str) -> None:
    text = (
        "参会人员：驻村干部陈秀莲，村民代表39人（钟雪芬、吴静、蓝春林、雷爱莲等）\n"
        "记录人：钟彩凤\n"
        "评议小组成员（签字）：钟雪芬 吴静 蓝春林 雷爱莲\n"
    )
    assert found(text, engine, "name") == ["钟雪芬", "吴静", "蓝春林", "雷爱莲"] * 2
    text = "列席人员:村民代表潘火松、刘金英、钟樟林、蓝世华，驻村第一书记任美芳\n"
    assert found(text, engine, "name") == ["潘火松", "刘金英", "钟樟林", "蓝世华"]
    text = "三、审议村民洪承范宅基地建房申请。\n"
    assert found(text, engine, "name") == ["洪承范"]
    assert found("会议审议村民代表提出的建议。\n", engine, "name") == []


def test_officials_named_with_their_office_are_public(engine: str) -> None:
    text = (
        "主持人：胡春华（村党支部书记）\n"
        "记录人：郭靖宇（村文书）\n"
        "参会人员：村民代表曹丽娟、高碧云、陈碧云\n"
        "    胡春华讲话：要求对评议结果公示7天。\n"
        "签名：\n"
        "曹丽娟、高碧云、陈碧云\n"
        "胡春华、刘志勇、郭靖宇（以上为村干部）\n"
    )
    assert sorted(set(found(text, engine, "name"))) == ["曹丽娟", "陈碧云", "高碧云"]
    text = "主　持　人:雷先根（村党总支书记、村委会主任）\n雷先根：项目按程序实施。\n申请人：张三（户主）\n"
    assert found(text, engine, "name") == ["张三"]


def test_a_village_committees_own_members(engine: str) -> None:
    text = (
        "郑坑乡敕木山村“两委”联席会议纪要\n"
        "参会人员:李世华、叶月仙\n"
        "列席人员:村民代表潘火松、刘金英、钟樟林\n"
        "参会人员签字：李世华、叶月仙\n"
    )
    assert found(text, engine, "name") == ["潘火松", "刘金英", "钟樟林"]
    # An enlarged meeting's attendees include villagers.
    text = "某村两委扩大会议记录\n参会人员：村两委成员韩海波，村民代表包铁柱、海喜军、吴国臣等13人。\n"
    assert found(text, engine, "name") == ["包铁柱", "海喜军", "吴国臣"]


def test_an_offices_contact_with_a_government_mailbox(engine: str) -> None:
    text = "本纪要经参加人核对无误。\n联系人：陈春燕，电话：023-57796003，邮箱：hbj@yy.gov.cn\n"
    assert found(text, engine, "name") == []
    assert found("联系人：陈春燕，电话：13812345678，邮箱：cy88@qq.com\n", engine, "name") == ["陈春燕"]


def test_delegates_parted_by_spaces_with_tibetan_names(engine: str) -> None:
    text = "参会人员：驻村第一书记胡春华、包村干部刘志勇，村民代表巴桑普赤 央宗 德吉 扎西 晋美索朗等8人。\n"
    assert found(text, engine, "name") == ["巴桑普赤", "央宗", "德吉", "扎西", "晋美索朗"]
    assert found("参会村民代表：陈平　刘成涛　黄萍云\n", engine, "name") == ["陈平", "刘成涛", "黄萍云"]
