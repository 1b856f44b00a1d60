"""Forms of the blind holdout45 (benchmarks/privacy_data/holdout45.py) that the detector missed on
first contact, each written as a general case: an application form drawn with box rules, and an
applicant's postal address with its postcode beside it, below the applicant's document number."""

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def found(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


def test_a_form_drawn_with_box_rules(engine: str) -> None:
    text = (
        "┌──────────────────────┐\n"
        "│申请人信息│公民│姓名│赵桂芳│工作单位│某某建筑工程股份有限公司│\n"
        "│││证件号码│E19525119│联系电话│15247385649│\n"
        "│││通信地址│昭通市镇雄县芒部镇院子村石板组│邮政编码│657200│\n"
        "└──────────────────────┘\n"
    )
    hits = detect(text, PrivacyConfig(engine=engine))
    assert [(h.kind, h.text) for h in hits] == [
        ("name", "赵桂芳"),
        ("passport", "E19525119"),
        ("mobile", "15247385649"),
        ("address", "昭通市镇雄县芒部镇院子村石板组"),
    ]
    # The hits keep the text's own characters, the box rules included around them.
    assert all(text[h.start : h.end] == h.text for h in hits)


def test_an_applicants_address_beside_its_postcode(engine: str) -> None:
    text = (
        "\t\t证件号码\t451229199205152243\t联系电话\t18264526492\n"
        "\t\t通信地址\t大化县大化镇民族路85号\t邮政编码\t530800\n"
    )
    assert found(text, engine, "address") == ["大化县大化镇民族路85号"]
    # An office's, at a notice's foot, stays: no applicant's document above it.
    office = "请当事人于公告期满后到本机关（地址：临县解放南路8号）领取。联系电话：0358-4117130。\n"
    assert found("1. 杜英（身份证号：14112419460424728X）；\n" + office, engine, "address") == []


def test_a_guardian_before_the_relation_and_mobile_in_a_slid_row(engine: str) -> None:
    text = (
        "序号  姓名  类别  健康状况  监护人  关系  联系电话  住址\n"
        "1  蓝小军  孤儿  健康\n"
        "          徐正荣      外祖父  13124813166   古河乡板兰村\n"
    )
    assert found(text, engine, "name") == ["蓝小军", "徐正荣"]
    # Without a relation, the cell before a mobile may be anyone's: a volunteer's, an official's.
    text = (
        "序号  项目  时间  指导员  联系电话\n"
        "1  广场舞  每日20:00  葛庆华  13365704566\n"
        "   健步走  每日20:00  苗淑珍  13224112959\n"
    )
    assert "苗淑珍" not in found(text, engine, "name")


def test_a_caller_named_before_the_question_and_a_neighbour_in_a_dispute(engine: str) -> None:
    text = "来电人吕小红咨询港澳居民来往内地通行证签注。\n"
    assert found(text, engine, "name") == ["吕小红"]
    text = "来电人反映其位于某村的宅基地被邻居\n杨兴国占用约20平方米，请求调处。\n"
    assert found(text, engine, "name") == ["杨兴国"]
    assert found("来电人反映情况属实，来电人表示满意。\n", engine, "name") == []


def test_a_bodys_address_to_write_to_is_no_home(engine: str) -> None:
    text = "送达回证\n受送达人：某某运输有限公司\n送达地址：岚县东村镇岚州大街251号\n送达方式：留置送达\n"
    assert found(text, engine, "address") == []
    form = (
        "\t名称\t某某建材有限公司\t统一社会信用代码\t91530627MAMFU8M49J\n"
        "\t法定代表人\t张三\t营业执照\t☑\n"
        "\t联系人\t张雪梅\t联系电话\t15117540642\n"
        "\t通信地址\t镇雄县旧府街道南大街374号3楼\t电子邮箱\tservice@example.com.cn\n"
    )
    assert found(form, engine, "address") == []
    # A person's, served at home, stays.
    text = "送达回证\n受送达人：李四\n送达地址：岚县东村镇岚州村3组25号\n"
    assert found(text, engine, "address") == ["岚县东村镇岚州村3组25号"]


def test_a_home_alone_on_its_line_in_a_table_flattened_one_cell_a_line(engine: str) -> None:
    cells = ("2", "陈德兵", "男", "330226197205017299", "许家村", "分散供养", "全失能", "780", "1540")
    text = "\n".join(cells) + "\n宁海县长街镇双峰村新村路2号\n无\n"
    assert found(text, engine, "address") == ["宁海县长街镇双峰村新村路2号"]
    # Far from any person's number (a notice's foot), an office's seat stays.
    text = "如有异议，请在公示期内反映。\n\n宁海县长街镇人民政府\n宁海县长街镇双峰村新村路2号\n2024年5月1日\n"
    assert found(text, engine, "address") == []


def test_a_tab_headers_second_row_under_its_merged_cell(engine: str) -> None:
    text = (
        "序号\t儿童姓名\t性别\t身份证号码\t类别\t监护人情况\t\t\t家庭住址\n"
        "\t\t\t\t\t姓名\t关系\t联系电话\t\n"
        "1\t张　琪\t女\t510727202203272721\t孤儿\t张芷晴\t姐姐\t13009165904\t平武县某乡坝子村5组\n"
    )
    assert found(text, engine, "name") == ["张　琪", "张芷晴"]
    # A header that a PDF's width wrapped goes on after its last column.
    text = (
        "序号\t学生姓名\t性别\t学校\t身份证号\t监护人\t联系电话\n"
        "\t资助金额\t银行卡号\n"
        "1\t冉东升\t男\t某县第一中学\t500242200909198290\t冉小平\t13812345678\t2000\t6227000152094993823\n"
    )
    assert found(text, engine, "name") == ["冉东升", "冉小平"]


def test_a_fixed_width_headers_second_row_under_its_merged_cell(engine: str) -> None:
    text = (
        "序号  儿童姓名  性别  健康状况      监护人情况                        家庭住址\n"
        "                                    姓名        关系    联系电话\n"
        "1     张诗涵    女    健康          徐正荣      外祖父  13124813166   古河乡板兰村\n"
    )
    assert found(text, engine, "name") == ["张诗涵", "徐正荣"]
    # A header wrapped by a PDF's width goes on with its last columns: no merged cell over them.
    text = (
        "序号   村名       户主     身份证号\n"
        "          人数   原因\n"
        "1      铁佛寺村   张小燕   610727198308171040   2      购置商品房\n"
    )
    assert found(text, engine, "name") == ["张小燕"]


def test_households_counted_by_the_kind_of_aid(engine: str) -> None:
    text = (
        "　　一、实物配租（5户）：严玉兰、黄卫东、谢建军、寇秀兰、\n"
        "刘金花。\n"
        "　　二、租赁补贴（2户）：林应琼、佴磊。\n"
    )
    assert found(text, engine, "name") == ["严玉兰", "黄卫东", "谢建军", "寇秀兰", "刘金花", "林应琼", "佴磊"]


def test_words_of_a_ledger_that_read_as_names_are_none(engine: str) -> None:
    text = (
        "序号\t工单编号\t来电人\t联系电话\t诉求内容\t满意度\n"
        "1\tDH2024032205202\t令狐某某\t0778-4104792\t来电人反映其居住的某小区楼上住户卫生间长期漏水。\t满意\n"
        "2\tDH2024032205203\t来电群众\t0778-4104793\t来电人咨询政策。\t不满意\n"
    )
    assert found(text, engine, "name") == []
    text = (
        "序号  姓名  身份证号            村        供养方式  自理能力  金额\n"
        "1  张三丰  530627197507051174  何家坝村  分散供养  全自理  830\n"
    )
    assert found(text, engine, "name") == ["张三丰"]


def test_a_payee_for_a_machines_hire_and_a_company_paid(engine: str) -> None:
    assert found("（一）支付村民郭有才挖掘机台班费2064元，票据齐全。\n", engine, "name") == ["郭有才"]
    assert found("（五）支付镇雄天润劳务有限责任公司水泥款58556元。\n", engine, "name") == []


def test_a_ledger_typed_with_commas_whose_content_cell_is_a_sentence(engine: str) -> None:
    text = (
        "序号,工单编号,来电时间,来电人,联系电话,诉求类型,诉求内容\n"
        "2,ZX2025121408787,2025-12-14 12:58:48,罗志刚,15192758727,交通建设,来电人反映通村公路坑洼。\n"
    )
    assert found(text, engine, "name") == ["罗志刚"]
    # A sentence under such a table is none of its rows.
    text = "序号,姓名,车牌号\n1,张三丰,云C·4YG43\n本批次共1辆，合计1000元。\n"
    assert found(text, engine, "name") == ["张三丰"]


def test_villagers_paid_for_village_work_and_a_caller_who_asks(engine: str) -> None:
    text = (
        "（一）支付村民王花水渠清淤劳务费720元\n"
        "（三）支付村民孟和护林员补贴1175元\n"
        "来电人白桂兰要求将答复材料发送至其邮箱\n"
    )
    assert found(text, engine, "name") == ["王花", "孟和", "白桂兰"]


def test_a_name_above_a_masked_id_in_a_table_flattened_one_cell_a_line(engine: str) -> None:
    # (A page after the header's: the rows alone.)
    text = (
        "6228 **** **** 9175\n新增\n9\n四组\n陈　明\n33*************032\n1.26\n105.38\n"
        "6229 **** **** 0588\n代领\n8\n二组\n储光英\n330225************\n2.31\n"
    )
    assert found(text, engine, "name") == ["陈　明", "储光英"]
    # Not above a masked mobile: a volunteer's or an official's too.
    text = "每日19:30\n宝金花\n191****7247\n3\n体育公园站点\n八段锦\n"
    assert found(text, engine, "name") == []
