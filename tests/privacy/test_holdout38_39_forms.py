"""Forms of the blind holdouts 38 and 39 (benchmarks/privacy_data/holdout38.py, holdout39.py) that the
detector missed on first contact, each written as a general case: a 村民组 as a home's last part, a label
of three characters spaced out, the document a form ticks, an ID under a code's column or a field for
either broken over lines; and, for precision, a company's seat after its credit code, an office's mailbox
and an office's address at a notice's foot."""

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def found(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


def test_a_village_group_written_as_cun_min_zu(engine: str) -> None:
    assert found("家庭住址：哲觉镇哲觉村5村民组\n联系电话：14725596749\n", engine, "address") == [
        "哲觉镇哲觉村5村民组"
    ]
    row = "3,韩天佑,65232820000222107X,19961306266,新疆维吾尔自治区昌吉回族自治州昌吉市佃坝镇佃坝村1村民组\n"
    assert found("序号,姓名,身份证号,电话,住址\n" + row, engine, "address") == [
        "新疆维吾尔自治区昌吉回族自治州昌吉市佃坝镇佃坝村1村民组"
    ]


def test_a_label_of_three_characters_spaced_out(engine: str) -> None:
    text = "女方姓名:苏欣怡\n联系电话:18663524886\n现　住　址:羊街镇羊街村11组\n检查日期:2021.6.13\n"
    assert found(text, engine, "address") == ["羊街镇羊街村11组"]
    assert found("住　所　地：金寨县南溪镇丁埠村10组\n", engine, "address") == ["金寨县南溪镇丁埠村10组"]
    assert found("住　　所:曹县大集镇丁楼村5组\n", engine, "address") == ["曹县大集镇丁楼村5组"]


def test_the_document_a_form_ticks(engine: str) -> None:
    boxes = "证件名称：□身份证 {} □港澳通行证□台湾通行证□其他\n证件号码：{}\n"
    assert found(boxes.format("☑护照", "EG2405331"), engine, "passport") == ["EG2405331"]
    text = "证件名称：□身份证 □护照□港澳通行证 ☑台湾通行证□其他\n证件号码： L38682869\n"
    assert found(text, engine, "tw_permit") == ["L38682869"]
    assert found(text, engine, "hk_macau_permit") == []


def test_an_id_under_a_codes_column_or_a_field_for_either_broken_over_lines(engine: str) -> None:
    # A birth register's row wrapped by a PDF: the mother's ID opens the next line, under "证明编号".
    text = (
        "证明编号\t新生儿姓名\t性别\t出生时间\t母亲姓名\t母亲证件\t父亲姓名\n"
        "父亲证件\t家庭住址\t联系电话\t签发人\n"
        "T407721770\t李庆华\t男\t2023年3月21日 05:55\t陈欣怡\t居民身份证 \n"
        "371721200310072669\t程守义\t居民身份证 371721198704171539\t\n"
    )
    assert found(text, engine, "id_card") == ["371721200310072669", "371721198704171539"]
    text = (
        "10. 被执行人：徐宇航，性别：男，身份证号码/统\n"
        "一社会信用代码：341524198904216677，住所地：吴家店镇\n"
    )
    assert found(text, engine, "id_card") == ["341524198904216677"]
    # An order's number keeps its label's word.
    assert found("快递单号：371721200310072669\n", engine, "id_card") == []


def test_a_companys_seat_after_its_credit_code(engine: str) -> None:
    text = (
        "被执行人：某某建材有限公司（法定代表人：汪冬梅）\n"
        "身份证号码/统一社会信用代码：91341524MALMP9GK11\n"
        "住　所　地：金寨县梅山南路298号\n"
        "被执行人：徐宇航\n"
        "身份证号码/统一社会信用代码：341524197305242801\n"
        "住　所　地：金寨县南溪镇丁埠村10组\n"
    )
    assert found(text, engine, "address") == ["金寨县南溪镇丁埠村10组"]
    text = "被申请人古田县佳佳乐超市，统一社会信用代码91350922MAL55JTK78，住所地【古田县城东街道城西路8号】。"
    assert found(text, engine, "address") == []


def test_an_offices_mailbox_and_address_at_a_notices_foot(engine: str) -> None:
    text = "受理机关联系电话： 0394-4381774\n受理机关邮箱：daxzf@163.com（本机关公务邮箱）\n"
    assert found(text, engine, "email") == []
    assert found("电子邮箱：zhang88@163.com\n", engine, "email") == ["zhang88@163.com"]
    text = (
        "如有异议请向田林县乡村振兴局反映。\n联系电话：0776-3758948    邮编：533300\n"
        "通讯地址：田林县乐里镇平山路16号（田林县乡村振兴局）\n"
    )
    assert found(text, engine, "address") == []
    text = (
        "联系人：余春生（仲裁员）    联系电话：0834-2393138\n"
        "地址：布拖县特木里镇新区大道170号    邮编：615350\n"
        "布拖县劳动人事争议仲裁委员会\n2021年12月3日\n"
    )
    assert found(text, engine, "address") == []
    text = "申请人：张三\n联系电话：13812345678\n通讯地址：田林县乐里镇平山村5组16号    邮编：533300\n"
    assert found(text, engine, "address") == ["田林县乐里镇平山村5组16号"]


def test_a_csv_table_that_quotes_some_cells(engine: str) -> None:
    text = (
        "序号,男方姓名,女方身份证号,男方身份证号,检查日期,女方姓名\n"
        '"1","杨大勇","411681********1002","41*************234",2021-02-16,郭晓红\n'
        '2,魏金宝,"41*************566",411625********1218,2021-05-06,徐桂兰\n'
        "4,丁建国,4116022000****8923,4116021984****8410,2021-07-01,李欣怡\n"
    )
    assert found(text, engine, "name") == ["杨大勇", "郭晓红", "魏金宝", "徐桂兰", "丁建国", "李欣怡"]
    # A quoted amount's commas part no cells.
    assert found('序号,姓名,金额\n"1","张三","1,059,823"\n"2","李四","3,000"\n', engine, "name") == [
        "张三",
        "李四",
    ]


def test_a_counted_list_a_pdf_wrapped(engine: str) -> None:
    text = (
        "现将2022年拟享受耕地地力保护补贴人员名单予以公示。\n"
        "刘寨村（9人）：宋萍、陈磊、丁庆丰、刘庆丰、马刚、陈国华、王国华、\n"
        "吴天佑、马冬梅。\n"
        "丁庄村（4人）：魏金宝、朱俊杰、张芳\n"
        "、丁红。\n"
    )
    assert found(text, engine, "name") == [
        "宋萍", "陈磊", "丁庆丰", "刘庆丰", "马刚", "陈国华", "王国华", "吴天佑", "马冬梅",
        "魏金宝", "朱俊杰", "张芳", "丁红",
    ]  # fmt: skip


def test_the_victim_of_a_public_order_case(engine: str) -> None:
    text = (
        "被侵害人：罗德明，住略阳县观音寺镇大沟村三组77号，联系电话15912345678\n"
        "2023年12月4日，周美玲在徐家坪镇大沟村因琐事与罗德明争吵，故意损毁其财物。"
        "经鉴定，罗德明被损毁财物价值 800 元。\n"
    )
    assert found(text, engine, "name") == ["罗德明", "罗德明", "罗德明"]
    text = "李海燕在八渡瑶族乡板桃村因琐事与\n凌保国发生纠纷，殴打他人。经鉴定，凌保国的损伤程度为轻微伤。\n"
    assert found(text, engine, "name") == ["凌保国", "凌保国"]
    assert found("经鉴定，该车辆被损毁程度较重。\n", engine, "name") == []


def test_a_rosters_page_numbered_by_a_bare_number(engine: str) -> None:
    # A PDF's rows wrapped over lines, a page's bare number and the title repeated between two rows.
    text = (
        "序号  乡镇    村（社区）  户主姓名  性别  年龄  身\n"
        "份证号码          保障人数  保障类别  月保障金额（\n"
        "元）  银行账号                 联系电话   \n"
        "      备注\n"
        "2     莲花镇  永安村      孙学军    男    \n"
        "72    231221********4810  3     \n"
        "    二类      1020              \n"
        "6217995020980027683      \n"
        "17866982561      \n"
        "3     后三乡  丰收村      曲新民    男    \n"
        "48    231222********9273  3     \n"
        "    B类       1020              \n"
        "6221 8864 1270 6187 061  132****\n"
        "\n"
        "1\n"
        "望奎县2020年6月农村低保审批花名册\n"
        "3566      \n"
        "4     莲花镇  后三村      曹丽娟    女    \n"
        "38    231202********6465  1     \n"
        "    A类       465               \n"
        "6212 2665 0632 2461 666  \n"
        "04553188468      \n"
        "5     莲花镇  厢兰头村    李芳      女    \n"
        "49    231221********1145  4     \n"
    )
    assert found(text, engine, "name") == ["孙学军", "曲新民", "曹丽娟", "李芳"]


def test_words_of_a_payment_and_an_id_and_a_vaccinator_are_no_names(engine: str) -> None:
    text = "当事人应当自收到本决定书之日起十五日内，持缴款码（2023112873796987）到代收银行缴纳罚款。\n"
    assert found(text, engine, "name") == []
    assert found("配偶姓名：杨涛\n配偶居民身份证号码：431230197906202875\n", engine, "name") == ["杨涛"]
    text = (
        "| 编号 | 儿童姓名 | 性别 | 母亲姓名 | 接种疫苗 | 接种人 |\n"
        "|----|----|----|----|----|----|\n"
        "| 4312306601 | 吴腊梅 | 女 | 吴妹 | 乙肝疫苗 | 石丽 |\n"
        "| 4312301597 | 吴树林 | 男 | 陆雪梅 | 卡介苗 | 龙庆华 |\n"
        "| 4312301157 | 吴美玲 | 女 | 梁静 | 卡介苗 | 石丽 |\n"
    )
    assert found(text, engine, "name") == ["吴腊梅", "吴妹", "吴树林", "陆雪梅", "吴美玲", "梁静"]
