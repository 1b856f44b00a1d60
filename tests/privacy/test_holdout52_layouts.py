"""Layouts and roles of the blind holdouts 52 and 53 (benchmarks/privacy_data/holdout52.py, holdout53.py)
that the detector missed or misread on first contact."""

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def found(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


def line(*cells: tuple[int, str]) -> str:
    """A fixed-width line: each word set at its display column (a Chinese character is two wide)."""
    out = ""
    for x, word in cells:
        out += " " * (x - sum(2 if c >= "\u2e80" else 1 for c in out)) + word
    return out + "\n"


# pdftotext -layout: the header's words wrap above and below its line as the rows' long cells do, the
# short cells centred on the row's line; so a row's line holds fewer cells than the header has columns.
CENTRED_HEADER = (
    line((17, "村（社"), (75, "残疾"), (81, "残疾"))
    + line(
        (3, "序号"), (9, "乡镇"), (33, "姓名"), (42, "性别"), (48, "残疾证号"), (87, "生活补贴"), (97, "合计")
    )
    + line((17, "区）"), (75, "类别"), (81, "等级"))
    + line((17, "博王府"), (75, "智力"))
    + line(
        (3, "1"),
        (9, "朝鲁吐镇"),
        (33, "包慧妍"),
        (42, "女"),
        (48, "150522********360653"),
        (81, "3级"),
        (87, "70"),
    )
    + line((17, "社区"), (75, "残疾"))
    + line((33, "那顺"), (75, "肢体"))
    + line(
        (3, "2"),
        (9, "甘旗卡镇"),
        (19, "水岸名城"),
        (42, "女"),
        (48, "150502********2823"),
        (81, "二级"),
        (87, "100"),
    )
    + line((33, "达来"), (75, "残疾"))
)


def test_a_header_whose_words_wrap_above_and_below_its_line(engine: str) -> None:
    # Each cell under the column it stands in: the township is no condition, the grade is one.
    assert found(CENTRED_HEADER, engine, "name") == ["包慧妍", "那顺", "达来"]
    assert found(CENTRED_HEADER, engine, "health") == ["智力", "3级", "残疾", "肢体", "二级", "残疾"]


def test_a_header_s_second_line_right_above_the_rows(engine: str) -> None:
    # "户主⏎姓名", "身份证号码" on the line below: the columns the rows' cells stand under.
    text = (
        "序号  村（社区）  户主                          住址                                家庭人口\n"
        "                  姓名      身份证号码\n"
        "1     金凤村      和平峰    533325196509095231  兰坪县通甸镇金凤村大龙场村民小组    6\n"
        "2     龙塘村委会  和娟燕    533325195106268009  兰坪县兔峨乡龙塘村委会松柏村民小组  2\n"
    )
    assert found(text, engine, "name") == ["和平峰", "和娟燕"]
    assert found(text, engine, "address") == [
        "兰坪县通甸镇金凤村大龙场村民小组",
        "兰坪县兔峨乡龙塘村委会松柏村民小组",
    ]


def test_a_header_broken_at_a_page_s_width_is_no_header_of_parts(engine: str) -> None:
    # The words below go on with the header's last columns; the rows keep their names.
    text = (
        "序号  申请人  家庭人口  家庭情况             \n"
        "           应到人数  实到人数  同意  不同意  \n"
        "弃权  评议结果\n"
        "1     张红军  4         缺乏劳动力，无稳定收入\n"
        "          31        31        7 \n"
        "    19      5     不通过\n"
        "2     白国庆  1         配偶患病\n"
    )
    assert found(text, engine, "name") == ["张红军", "白国庆"]


def test_a_header_word_cut_by_its_narrow_column_goes_on_below(engine: str) -> None:
    # "义务兵姓⏎名", "领取人姓⏎名": the column is a name's.
    text = (
        line(
            (1, "序号"),
            (9, "村（社区）"),
            (24, "义务兵姓"),
            (34, "入伍时间"),
            (45, "领取人姓"),
            (58, "与义务兵"),
        )
        + line((24, "名"), (45, "名"), (58, "关系"))
        + line((1, "1"), (9, "景龙村"), (24, "孟佳怡"), (34, "2019.09"), (45, "孟温南"), (58, "父女"))
        + line((1, "2"), (9, "曼垒村"), (24, "孔子轩"), (34, "2018.03"), (45, "岩叫"), (58, "父女"))
    )
    assert found(text, engine, "name") == ["孟佳怡", "孟温南", "孔子轩", "岩叫"]


def test_a_relative_who_claimed_a_benefit_under_a_staff_s_header(engine: str) -> None:
    # 经办人 beside 与逝者关系 and 经办人身份证号: the deceased's relative, not an office's staff.
    text = (
        "序号\t逝者姓名\t性别\t身份证号码\t经办人\t与逝者关系\t经办人身份证号\t补贴金额\n"
        "1\t佟金贵\t男\t230126193603032833\t李俊\t儿子\t230126198001273317\t1500\n"
        "2\t林福来\t男\t230126194803192078\t黄红军\t孙子\t230126196907300810\t2000\n"
    )
    assert found(text, engine, "name") == ["佟金贵", "李俊", "林福来", "黄红军"]
    # An office's 经办人 column stays public.
    staff = "序号\t姓名\t身份证号码\t补贴金额\t经办人\n1\t佟金贵\t230126193603032833\t1500\t王建国\n"
    assert found(staff, engine, "name") == ["佟金贵"]


def test_a_csv_cell_quoted_over_two_lines_keeps_its_table(engine: str) -> None:
    # A spreadsheet saved as CSV: the title quoted, a cell with a line break in quotes; the header and the
    # rows stay one table.
    text = (
        '"疏附县2022年耕地地力保护补贴发放清册",,,,,,,\n'
        "填报单位：吾库萨克镇人民政府（盖章）,,,,填报日期：2022年5月25日,,,\n"
        "序号,村组,农户姓名,公民身份号码,补贴面积,补贴金额,一卡通账号,备注\n"
        '1,"14村\n10组",阿瓦古丽·艾尔肯,\'653121198404264609,15.7,1648.50,6.22848E+18,\n'
        "2,14村3组,阿卜杜拉•艾合买提,'65312119420206669X,20.1,2110.50,6.21700E+18,\n"
        "3,14村12组,王波,'653121197808016068,5.83,612.15,'6217008049999621587,\n"
    )
    assert found(text, engine, "name") == ["阿瓦古丽·艾尔肯", "阿卜杜拉•艾合买提", "王波"]
    assert found(text, engine, "address") == ["14村\n10组", "14村3组", "14村12组"]


def test_a_legal_aid_case_s_beneficiary(engine: str) -> None:
    text = "　　5. 受援人那金龙，交通事故损害赔偿一案，受援人视力残疾二级，指派巴彦律师事务所郑芳律师承办。"
    assert found(text, engine, "name") == ["那金龙"]


def test_who_complained_first_of_a_counted_group(engine: str) -> None:
    text = "　　2020年5月9日，我局劳动保障监察大队接到汪慧等16名农民工举报，反映某公司拖欠工资。"
    assert found(text, engine, "name") == ["汪慧"]


def test_blanks_left_as_entities_in_a_web_page_s_copied_text(engine: str) -> None:
    text = (
        " 序号 | 姓名 性别&nbsp;&nbsp;年龄 | 身份证号码 | 参保地  疾病诊断 | 就诊医院&nbsp;&nbsp;费用\n"
        " 1 刘国平 男 44 350525********7953 下洋镇桃溪村 | 精神分裂症  福建医科大学附属第二医院  294304.54\n"
        " 2&nbsp;&nbsp;钟俊建 | 男  49 35052519730717****  玉斗镇  精神分裂症&nbsp;某医院&nbsp;143948.41\n"
    )
    hits = detect(text, PrivacyConfig(engine=engine))
    assert [(h.kind, h.text) for h in hits] == [
        ("name", "刘国平"),
        ("health", "精神分裂症"),
        ("name", "钟俊建"),
        ("health", "精神分裂症"),
    ]
    # The offsets are the text's own: each finding's text is what stands there.
    assert all(text[h.start : h.end] == h.text for h in hits)


def test_a_grade_column_with_its_kind_in_brackets(engine: str) -> None:
    text = (
        "序号\t姓名\t性别\t身份证号码\t优抚对象类别\t伤残等级（性质）\t乡镇\n"
        "1\t刘浩国\t男\t150522193505118234\t伤残人民警察\t因公五级\t海鲁吐镇\n"
    )
    assert found(text, engine, "health") == ["因公五级"]


def test_rows_a_blank_line_parts(engine: str) -> None:
    text = (
        "序号 乡镇 村（社区） 姓名 性别 残疾证号 残疾类别 残疾等级 生活补贴 护理补贴 合计（元）\n\n"
        "2 横口乡 外碧村 闫兰慧 女 3505251964****4227 智力 四级 70 / 70\n\n"
        "3 东平镇 玉美村 钟雪红 女 350524********170454 视力 一级 / 80 80\n"
    )
    assert found(text, engine, "health") == ["智力", "四级", "视力", "一级"]


def test_rows_whole_on_a_line_among_rows_one_cell_a_line(engine: str) -> None:
    text = (
        "序号\n乡镇\n村（社区）\n姓名\n性别\n残疾类别\n残疾等级\n合计（元）\n"
        "1 吾库萨克镇 阔纳巴格村 吐尼沙汗卡德尔 女 肢体残疾 二级 200\n\n"
        "2 站敏乡 博斯坦村 张浩顺 男 智力残疾 一级 180\n\n"
        "3\n铁日木乡\n团结社区\n曾莲琴\n女\n视力残疾\n一级\n80\n"
    )
    assert found(text, engine, "name") == ["吐尼沙汗卡德尔", "张浩顺", "曾莲琴"]


def test_a_quoted_cell_over_two_lines_ends_a_row_and_the_next_rows_keep_their_columns(engine: str) -> None:
    text = (
        "序号,乡镇（街道）,村（社区）,义务兵姓名,入伍时间,领取人姓名,与义务兵关系,领取人身份证号码,备注\n"
        '1,八江镇,布央村,龙子涵,2018.03,韦晓燕,母子,450226197009040835,"已退役\n2020年9月"\n'
        "2,丹洲镇,平岩村,史晨,2018.03,邱伟,父女,450226196612189656,\n"
        "3,古宜镇,锦江花园社区,邵一鸣,2019.09,黄斌,父女,450226197307273784,\n"
    )
    assert found(text, engine, "name") == ["龙子涵", "韦晓燕", "史晨", "邱伟", "邵一鸣", "黄斌"]
    # A community named after its estate is no home.
    assert found(text, engine, "address") == []


def test_a_quoted_row_a_page_s_number_was_moved_after(engine: str) -> None:
    text = (
        '"字号名称","统一社会信用代码","经营者","经营地址","月核定\n经营额(元)"\n'
        '"霞浦县格桑便利店","92350921704214381K","缪　娟　辉\n","滨海路199号","8,279.04"\n'
        '"霞浦县老马家烧烤店","92350921394342150J","吴　英\n","福宁大道81号","17,410.97"\n'
        "\n第 1 页 共 3 页\n\n个体工商户定额核定结果公告\n"
        '"霞浦县兴旺五金店","923509212242316250","雷国\n","滨海路80号","11584"\n'
    )
    assert found(text, engine, "name") == ["缪\u3000娟\u3000辉", "吴\u3000英", "雷国"]


def test_a_relative_who_claimed_under_a_header_one_word_a_line(engine: str) -> None:
    text = (
        "序号\n逝者姓名\n性别\n身份证号码\n经办人\n与逝者关系\n经办人身份证号\n补贴金额（元）\n"
        "1\n扎妥\n男\n532822196002050410\n岩捧\n儿子\n532822196301190552\n2000\n"
        "2\n杨素珍\n女\n532822195307279043\n张霞\n儿媳\n532822198103136327\n2400\n"
    )
    assert found(text, engine, "name") == ["扎妥", "岩捧", "杨素珍", "张霞"]


def test_where_a_household_will_build_its_home(engine: str) -> None:
    text = (
        "序号\t申请人\t身份证号\t现住址\t拟建地点\t申请面积（㎡）\n"
        "1\t阿约木机\t513431199001260235\t解放乡好谷村12组\t好谷村4组\t100\n"
    )
    assert found(text, engine, "address") == ["解放乡好谷村12组", "好谷村4组"]


def test_an_award_s_verb_and_a_company_opening_with_its_county_are_no_names(engine: str) -> None:
    text = (
        "申请人：余伟凯，男，土家族，1977年8月16日出生。\n"
        "被申请人：石柱土家族自治县华盛农资有限公司，法定代表人王强。\n"
        "一、裁决被申请人支付拖欠的工资31,614元；2.裁决被申请人支付未签订书面劳动合同二倍工资差额18000元。\n"
        "　　经查，你家共3口人，你妻子廖娟红在毕节市绿源餐饮管理有限公司务工。\n"
    )
    assert found(text, engine, "name") == ["余伟凯", "廖娟红"]


def test_a_row_with_a_cell_too_many_does_not_end_its_table(engine: str) -> None:
    text = (
        "序号\t被征收人（户主）\t身份证号码\t安置人口\t摇号顺序号\t房号\n"
        "6\t马丽敏\t640302198604210362\t3\t021\t阳光家园安置小区B区4#楼4单元1701室\n"
        "7\t马红\t马波鹏\t64032419400326****\t1\t033\t21栋2单元1701\n"
        "8\t张敏\t64*************248\t5\t028\t阳光家园安置小区22号楼3单元1804室\n"
    )
    assert "张敏" in found(text, engine, "name")
    assert "阳光家园安置小区22号楼3单元1804室" in found(text, engine, "address")


OFFICE_FOOT = "\n\n                    临洮县退役军人事务局\n                    2020年8月3日\n"


def test_an_office_s_mailbox_in_its_contacts_at_a_notice_s_foot(engine: str) -> None:
    lines = (
        "联系人：马花婷　　联系电话：0932-7091994　　电子邮箱：ltxtyjrj@163.com\n工作人员手机：18188213527",
        "联系人：付老师  联系邮箱：zzbls207@163.com",
        "地址：桃城镇环城路221号，邮政编码362600，联系电话：0595 23879555。电子信箱：ycxfj@163.com。",
        "如有异议，请向县民政局区划地名股反映，联系电话：0530-42\n41709，电子邮箱：dmb1725@163.com。",
        "公示期间有异议的，可实名反映。\n如需补充材料，请将材料发送至zfbz341524@163.com或联系申请人本人。",
    )
    for text in lines:
        assert found(text + OFFICE_FOOT, engine, "email") == [], text


def test_a_person_s_mailbox_beside_their_own_landline_is_still_found(engine: str) -> None:
    texts = (
        "申请人黄军德联系电话：0563 7423342，电子邮箱：zhanghai880@126.com\n经查，被继承人…",
        "受送达人: 王耀武\n送达地址: 康定市孔玉乡头道桥村3组\n邮政编码: 626000\n联系电话: 0836-7356527\n"
        "电子邮箱: 250691450@qq.com\n送达方式: 直接送达\n",
        "本告知书已同时发送至您的电子邮箱：lan.lan574@163.com" + OFFICE_FOOT,
    )
    for text in texts:
        assert len(found(text, engine, "email")) == 1, text


def test_a_masked_mobile_s_tail_and_an_amount_are_no_landline(engine: str) -> None:
    text = (
        "序号 乡镇 村 患者 性别 年龄 诊断 监护人 关系 联系电话 补贴\n"
        "4 三岗乡 谷莫村 木*** 男 24 精神分裂症 吉*芝 配偶 133****4607 450\n"
    )
    assert found(text, engine, "landline") == []


def test_a_masked_member_in_a_household_s_list_is_no_name(engine: str) -> None:
    text = "申请人阿约木机，现住解放乡好谷村12组。家庭人口5人：配偶余琼、长子阿*日、次女阿***。"
    assert found(text, engine, "name") == ["阿约木机", "余琼"]


def test_an_injury_s_appraised_degree(engine: str) -> None:
    text = (
        "违法行为人马凯庆用拳头殴打马某面部，经鉴定为轻微伤。\n"
        "乙方住院治疗29天，经司法鉴定所鉴定，乙方的伤情构成轻伤二级。\n"
        "依照规定，构成轻伤以上的，移送司法机关处理。\n"
    )
    assert found(text, engine, "health") == ["轻微伤", "轻伤二级"]
