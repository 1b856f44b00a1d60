import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from gongkai.lib.checksums import id_card_check_char, luhn_ok
from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig

from .conftest import make_card, make_credit_code, make_id

VALID_ID = make_id()
CARD = make_card()


def kinds(text, engine="re", **config):
    return [(h.kind, h.text) for h in detect(text, PrivacyConfig(engine=engine, **config))]


def found(text, kind, engine="re", **config):
    return [t for k, t in kinds(text, engine, **config) if k == kind]


# --- id_card -----------------------------------------------------------------------------------------
def test_it_finds_a_valid_id_number(engine):
    assert found(f"身份证号：{VALID_ID}。", "id_card", engine) == [VALID_ID]


def test_it_finds_an_id_number_ending_in_lower_case_x(engine):
    number = "11010519491231002x"
    assert found(f"公民身份号码{number}", "id_card", engine) == [number]


def test_it_finds_an_id_number_glued_to_chinese_characters(engine):
    # \b sees no boundary between 号 and a digit: the look-arounds are explicit.
    assert found(f"号{VALID_ID}号", "id_card", engine) == [VALID_ID]


@pytest.mark.parametrize(
    "number",
    [
        VALID_ID[:-1] + ("0" if VALID_ID[-1] != "0" else "1"),  # wrong check digit
        "99" + VALID_ID[2:17] + id_card_check_char("99" + VALID_ID[2:17]),  # unknown province
        "350102" + "19801301" + "123" + id_card_check_char("35010219801301123"),  # month 13
    ],
)
def test_it_ignores_invalid_id_numbers(number):
    assert not found(f"身份证号：{number}", "id_card")


def test_it_ignores_an_id_inside_a_longer_number():
    assert not kinds(f"编号9{VALID_ID}9")


def test_it_finds_an_id_number_written_in_groups():
    spaced = f"{VALID_ID[:6]} {VALID_ID[6:14]} {VALID_ID[14:]}"
    assert found(f"身份证 {spaced}", "id_card") == [spaced]


@pytest.mark.parametrize("suffix", ["42", "71"])
def test_it_finds_the_id_inside_a_disability_card_number(engine, suffix):
    # 第二代残疾人证号 = 公民身份号码 + 类别 + 等级: the ID part is reported and masked as an ID.
    hits = detect(f"残疾人证号：{VALID_ID}{suffix}，", PrivacyConfig(engine=engine))
    assert [(h.kind, h.text) for h in hits] == [("id_card", VALID_ID)]
    assert hits[0].masked == VALID_ID[:6] + "*" * 8 + VALID_ID[-4:]


def test_it_finds_a_disability_card_number_whose_id_ends_in_x(engine):
    number = "11010519491231002X"
    assert found(f"残疾证号{number}43。", "id_card", engine) == [number]


@pytest.mark.parametrize(
    "text",
    [
        f"{VALID_ID}99",  # no 残疾类别 9
        f"{VALID_ID}15",  # no 等级 5
        f"订单号{VALID_ID}42",  # the label says what the number is
        f"{VALID_ID[:-1]}{'0' if VALID_ID[-1] != '0' else '1'}42",  # the ID part fails its check
    ],
)
def test_it_ignores_20_digit_numbers_that_are_not_disability_cards(text):
    assert not kinds(text)


# --- id_card_15 --------------------------------------------------------------------------------------
def test_it_finds_a_first_generation_id():
    assert found("身份证号码：350102800101123", "id_card_15") == ["350102800101123"]


def test_it_ignores_a_15_digit_number_with_an_impossible_date():
    assert not found("身份证号码：350102801301123", "id_card_15")


def test_it_ignores_a_15_digit_registration_number():
    assert not found("注册号：350102800101123", "id_card_15")


# --- mobile ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "number",
    ["13800138000", "138-0013-8000", "138 0013 8000", "+86 13800138000", "86-13800138000", "+8613800138000"],
)
def test_it_finds_mobile_numbers_in_every_written_form(engine, number):
    assert found(f"手机：{number}，", "mobile", engine) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "订单号：13800138000",  # an order number
        "金额13800138000元",  # an amount
        "编号 12800138000",  # no mobile prefix 128
        "138001380001",  # 12 digits
    ],
)
def test_it_ignores_mobile_near_misses(text):
    assert not found(text, "mobile")


def test_it_masks_a_mobile_as_138_stars_1234():
    (hit,) = detect("电话13812341234")
    assert hit.masked == "138****1234"


# --- landline ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("number", ["0591-87654321", "(0591)87654321", "010-62345678", "0591-87654321转8001"])
def test_it_finds_landlines(engine, number):
    assert found(f"申请人：张三，联系电话：{number}。", "landline", engine) == [number]


def test_it_finds_a_local_number_only_after_a_phone_label():
    assert found("家庭电话：87654321", "landline") == ["87654321"]
    assert not found("共87654321元", "landline")
    assert not found("日期20221115", "landline")


def test_it_never_flags_the_12345_hotline():
    assert not kinds("请拨打政务服务便民热线12345或0591-12345。")


def test_it_never_flags_allow_listed_office_phones():
    text = "申请人：张三，联系电话：0591-87654321"
    assert found(text, "landline")
    assert not found(text, "landline", allow_phones=frozenset({"12345", "059187654321"}))
    assert not found(text, "landline", allow_phones=frozenset({"87654321"}))


# --- bank_card ---------------------------------------------------------------------------------------
def test_it_finds_a_bank_card(engine):
    assert found(f"银行卡号：{CARD}", "bank_card", engine) == [CARD]


def test_it_finds_a_bank_card_in_spaced_groups():
    spaced = " ".join(CARD[i : i + 4] for i in range(0, len(CARD), 4))
    assert found(f"账号 {spaced}", "bank_card") == [spaced]


def test_it_ignores_a_card_number_failing_luhn():
    bad = CARD[:-1] + str((int(CARD[-1]) + 1) % 10)
    assert not found(f"卡号{bad}", "bank_card")


def test_it_ignores_luhn_valid_numbers_with_unknown_issuer_prefix():
    assert not found(f"卡号{make_card('100000000000000')}", "bank_card")


def test_it_reports_an_id_that_passes_luhn_only_as_an_id():
    ids = (make_id(f"62010219800101{i:03d}") for i in range(1000))
    number = next(n for n in ids if n.isdigit() and luhn_ok(n))
    assert kinds(f"号码{number}") == [("id_card", number)]


def test_it_ignores_an_order_number_that_passes_luhn():
    assert not kinds(f"订单号：{CARD}")


def test_it_masks_a_bank_card_to_its_last_four_digits():
    (hit,) = detect(f"卡号{CARD}")
    assert hit.masked == "*" * (len(CARD) - 4) + CARD[-4:]


# --- email, passport, permits, plates ----------------------------------------------------------------
def test_it_finds_email_addresses(engine):
    assert found("邮箱：zhang.san_01@example.com.cn。", "email", engine) == ["zhang.san_01@example.com.cn"]


def test_it_ignores_text_that_is_not_an_email():
    assert not found("@所有人 请于周五前提交", "email")


def test_it_can_allow_institutional_mail_domains():
    text = "邮箱jdb2024@yongan.edu.cn"
    assert found(text, "email")
    assert not found(text, "email", allow_email_domains=("edu.cn",))


def test_government_mailboxes_are_not_personal_by_default():
    # 条例第十二条: an office's 互联网联系方式 is published; gov.cn holds no citizen's mail.
    assert not found("邮箱：jdb2024@yc.gov.cn", "email")
    assert found("邮箱：jdb2024@yc.gov.cn", "email", allow_email_domains=())


@pytest.mark.parametrize(
    ("text", "kind", "number"),
    [
        ("护照号码：E12345678", "passport", "E12345678"),
        ("护照号EA1234567", "passport", "EA1234567"),
        ("往来港澳通行证号码：C12345678", "hk_macau_permit", "C12345678"),
        ("回乡证H1234567801", "hk_macau_permit", "H1234567801"),
        ("台胞证号码：12345678", "tw_permit", "12345678"),
    ],
)
def test_it_finds_travel_documents_in_context(engine, text, kind, number):
    assert found(text, kind, engine) == [number]


def test_it_reads_the_document_type_from_the_line_above():
    assert found("证件类型：护照\n证件号码：E12345678", "passport") == ["E12345678"]


def test_it_ignores_document_numbers_without_context():
    assert not kinds("批次E12345678已发货")


@pytest.mark.parametrize("plate", ["闽A12345", "京AD12345", "粤B·D1234F", "沪C1234学"])
def test_it_finds_licence_plates(engine, plate):
    assert found(f"车牌号{plate}的车辆", "license_plate", engine) == [plate]


def test_it_ignores_plate_like_words_without_digits():
    assert not found("京ABCDE", "license_plate")
    assert not found("项目代号：京ABCDE，车间主任负责", "license_plate")


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("事发时，张三驾驶赣BVKPBQ号货车倒车。", "赣BVKPBQ"),
        ("家庭名下车辆一辆（湘J·LTLAK），评估价值4.9万元。", "湘J·LTLAK"),
        ("序号\t姓名\t车牌号\t补贴金额\n1\t韦秀涵\t桂LUQAXK\t360", "桂LUQAXK"),
    ],
)
def test_a_plate_of_letters_only_counts_where_a_vehicle_is_named(engine, text, plate):
    assert found(text, "license_plate", engine) == [plate]


# --- address -----------------------------------------------------------------------------------------
def test_it_finds_a_labelled_address_and_cuts_it_to_the_street_level(engine):
    (hit,) = detect("住址：福建省永安市燕西街道青云村3组。", PrivacyConfig(engine=engine))
    assert (hit.kind, hit.text, hit.masked) == (
        "address",
        "福建省永安市燕西街道青云村3组",
        "福建省永安市燕西街道",
    )


def test_it_cuts_a_town_address_to_the_town():
    (hit,) = detect("家住永安市城关镇东街12号3栋201室")
    assert hit.masked == "永安市城关镇"


def test_it_finds_an_address_without_label_by_its_shape():
    assert found("户主王五，永安市小陶镇石坑村5组，", "address") == ["永安市小陶镇石坑村5组"]


def test_it_ignores_an_address_above_house_level():
    assert not found("住址：福建省永安市燕西街道", "address")


def test_it_ignores_an_office_address():
    assert not found("办公地址：永安市燕西街道燕江路12号", "address")
    assert not found("本机关地址：永安市燕江路12号", "address")


# --- name --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "姓名：张三丰。",
        "申请人：张三丰，",
        "户主张三丰",
        "联系人：张三丰 电话",
        "当事人：张三丰，男",
        "被处罚人（姓名）：张三丰",
    ],
)
def test_it_finds_names_after_a_label(engine, text):
    assert found(text, "name", engine) == ["张三丰"]


def test_it_masks_names_keeping_the_surname():
    assert [h.masked for h in detect("姓名：张三；联系人：欧阳娜娜")] == ["张*", "欧阳**"]


def test_it_stops_a_name_before_the_following_words():
    assert found("申请人李四申请公开信息", "name") == ["李四"]


def test_it_finds_names_in_a_table_column():
    text = "序号\t姓名\t性别\n1\t张三\t男\n2\t李小红\t女\n"
    assert found(text, "name") == ["张三", "李小红"]


def test_it_finds_names_in_a_list():
    assert found("低保名单：张三、李四、王小五。", "name") == ["张三", "李四", "王小五"]


def test_it_finds_names_listed_on_lines_after_the_heading():
    assert found("花名册\n1. 张三\n2. 李四\n\n其他事项", "name") == ["张三", "李四"]


def test_it_does_not_flag_an_officials_name_in_public_role():
    assert not found("负责人姓名：张三", "name")


def test_it_does_not_flag_configured_public_names():
    assert not found("联系人：张三", "name", public_names=frozenset({"张三"}))


@pytest.mark.parametrize(
    "text", ["当事人陈述申辩权利", "申请人需提供身份证明", "申请人数：12", "姓名：张某某"]
)
def test_it_ignores_label_words_not_followed_by_a_name(text):
    assert not found(text, "name")


# --- health ------------------------------------------------------------------------------------------
def test_it_flags_health_status_next_to_a_person_without_masking_it(engine):
    (hit,) = [
        h for h in detect("户主张三，肢体残疾二级。", PrivacyConfig(engine=engine)) if h.kind == "health"
    ]
    assert hit.text == "肢体残疾二级"
    assert hit.masked == hit.text


def test_it_ignores_health_words_in_policy_text():
    assert not found("为肢体残疾人提供康复服务，做好重大疾病防控。", "health")


# --- never flag --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        f"统一社会信用代码：{make_credit_code()}",
        "统一社会信用代码：12350000003591106X",
        "组织机构代码：M000100Y4",
        "组织机构代码：00001434-9",
        "文号：永政〔2022〕15号",
        "索引号：11441700007280420Y/2021-00050",
        "索引号：000014349/2017-00110",
        "日期：2022-11-15，20221115，2022年11月15日",
        "金额：1,234,567.89元，13800000元",
        "共受理申请1234567件，人口3501021人",
        "邮政编码：350001",
        "国务院令第711号",
    ],
)
def test_it_never_flags_codes_numbers_and_dates(engine, text):
    assert kinds(text, engine) == []


def test_kinds_can_be_switched_off():
    assert not found("手机13800138000", "mobile", kinds=frozenset({"id_card"}))


def test_id_mask_width_is_configurable():
    (hit,) = detect(f"身份证{VALID_ID}", PrivacyConfig(id_keep=(2, 3)))
    assert hit.masked == VALID_ID[:2] + "*" * 13 + VALID_ID[-3:]


# --- both engines give the same answer ---------------------------------------------------------------
_ALPHABET = st.sampled_from(
    [
        *"0123456789 -Xx张三李四王住址姓名申请人电话手机身份证号组室栋街道镇村：，。\n\t@a.闽A",
        *(VALID_ID, CARD, "13800138000", "0591-87654321", "户主", "联系人：", "名单：", "肢体残疾"),
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_hyperscan_and_re_engines_agree(text):
    pytest.importorskip("hyperscan")
    assert detect(text, PrivacyConfig(engine="hyperscan")) == detect(text, PrivacyConfig(engine="re"))


def test_engines_agree_on_the_labelled_set():
    pytest.importorskip("hyperscan")
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "privacy_data" / "set.jsonl"
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()[:200]]
    text = "\n".join(texts)
    assert detect(text, PrivacyConfig(engine="hyperscan")) == detect(text, PrivacyConfig(engine="re"))


# --- context rules that generalise beyond the generator ----------------------------------------------
def test_it_does_not_take_a_surname_and_title_for_a_name():
    assert not found("联系人：陈主任，电话", "name")


def test_it_ignores_a_bare_address_label_on_an_office_address():
    assert not found("地址：永安市燕江中路128号（市行政服务中心三楼）", "address")


def test_it_ignores_a_project_location_without_a_person():
    assert not found("该项目位于永安市燕西街道青云村3组，计划投资500万元。", "address")


def test_a_form_line_of_label_and_value_is_not_a_table_header():
    text = "证件类型\t居民身份证\n联系电话\t+86 13812341234\n"
    assert found(text, "mobile") == ["+86 13812341234"]


def test_it_reads_a_space_separated_table():
    assert found("序号 姓名 性别 年龄\n1 张三 男 45\n2 李四 女 50\n", "name") == ["张三", "李四"]


def test_a_line_with_numbers_is_not_a_table_header():
    text = "手机13812341234 & 更多\n姓名\t身份证号\n李四\t无\n"
    assert found(text, "name") == ["李四"]


def test_a_negative_label_in_a_table_column_wins():
    text = f"序号\t订单编号\t金额\n1\t{CARD}\t100\n"
    assert not kinds(text)


def test_it_reads_full_width_digits_and_keeps_them_in_the_hit(engine):
    (hit,) = detect("手机：１３８１２３４１２３４", PrivacyConfig(engine=engine))
    assert (hit.kind, hit.text, hit.masked) == ("mobile", "１３８１２３４１２３４", "１３８****１２３４")


@pytest.mark.parametrize(
    "status", ["患有高血压", "脑梗", "肝硬化", "完全丧失劳动能力", "智力残疾", "精神残疾三级"]
)
def test_every_health_phrase_has_a_trigger(engine, status):
    assert found(f"户主张三，{status}。", "health", engine) == [status]


def test_it_reads_numbered_and_annotated_name_lists():
    assert found("救助名单：(1)张三（青云村） (2)李四", "name") == ["张三", "李四"]


def test_it_reads_a_spaced_name_label_of_a_form():
    assert found("姓  名：张三丰", "name") == ["张三丰"]


@pytest.mark.parametrize("label", ["票据号", "单据号", "受理号", "登记证号", "会员号"])
def test_other_reference_numbers_are_not_cards(label):
    assert not kinds(f"{label}：{CARD}")


# --- speed-ups that must not change results -------------------------------------------------------------
@pytest.mark.parametrize("text", ["13912345678是联系电话", "说明\n13912345678", "说明\r\n电话13912345678"])
def test_it_finds_a_digit_run_at_the_start_of_the_text_or_a_line(engine, text):
    assert found(text, "mobile", engine) == ["13912345678"]


def test_a_header_repeated_on_later_pages_reads_as_it_does_alone(engine):
    # _table works out a header line's cells, roles and continuation once per text: a table whose
    # header repeats on each page, a form line and a header broken over lines read the same each time.
    page = (
        f"序号\t户主姓名\t身份证号码\t家庭住址\n联系电话\n1\t张三\t{VALID_ID}\t某镇某村3组\t13912345678\n\n"
        "证件类型\t居民身份证\n联系电话\t+86 13812341234\n\n"
        "结果 维持\t结果 纠正\t总计\n\t\t结果 维持\t总计\n0\t0\t0\t0\t0\n\n"
    )
    alone = kinds(page, engine)
    assert ("name", "张三") in alone and ("mobile", "+86 13812341234") in alone
    assert kinds(page * 3, engine) == alone * 3


def test_a_public_lists_header_is_read_apart_from_the_same_header_elsewhere(engine):
    # The same header line under a 公示 title and under another: the cache of its roles tells them apart.
    table = "序号\t姓名\t性别\n1\t张三\t男\n"
    public = "关于拟聘用人员的公示\n" + table
    plain = "困难群众花名册\n" + table
    assert found(public, "name", engine) == []
    assert found(plain, "name", engine) == ["张三"]
    # (A text that opens with an appointment's title names its people by design: the plain one first.)
    both = plain + "\n\n\n\n" + public + "\n\n\n\n" + plain
    assert [h.start for h in detect(both, PrivacyConfig(engine=engine)) if h.kind == "name"] == [19, 78]


def test_a_form_line_with_digits_is_not_read_as_a_table_header(engine):
    text = f"证件号码\t{VALID_ID}\n张三\t李四\n"
    assert kinds(text, engine) == [("id_card", VALID_ID)]


def test_both_engines_agree_on_the_labelled_benchmark_set():
    pytest.importorskip("hyperscan")
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "privacy_data" / "set.jsonl"
    if not path.exists():
        pytest.skip("no stored benchmark set")
    text = "\n".join(json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines())
    via_re = detect(text, PrivacyConfig(engine="re"))
    assert via_re  # the set is full of personal data
    assert detect(text, PrivacyConfig(engine="hyperscan")) == via_re


@pytest.mark.parametrize(
    ("kind", "value", "masked"),
    [
        ("id_card", "350102198001011234", "350102********1234"),
        ("bank_card", "6222 0200 1122 3344", "**** **** **** 3344"),
        ("mobile", "+86 138-0013-8000", "+86 138-****-8000"),
        ("landline", "0591-87654321", "0591-****4321"),
        ("passport", "E12345678", "E******78"),
    ],
)
def test_masks_keep_separators_and_the_configured_ends(kind, value, masked):
    from gongkai.privacy.mask import mask_value

    assert mask_value(kind, value, PrivacyConfig()) == masked


# --- forms beyond the generated set (benchmarks/privacy_data/generate.py --variants) ------------------
@pytest.mark.parametrize("label", ["低保对象：", "保障对象：", "特困对象："])
def test_it_finds_names_after_the_subject_label_of_a_list(engine, label):
    assert found(f"{label}张三、李四、王五。", "name", engine) == ["张三", "李四", "王五"]


def test_it_finds_a_list_of_names_closed_by_a_count(engine):
    text = "经审核，同意张三、李四、欧阳娜娜等3户纳入最低生活保障。"
    assert found(text, "name", engine) == ["张三", "李四", "欧阳娜娜"]


def test_a_count_after_a_single_word_is_not_a_list_of_names():
    # (The person a count of households opens with is one: "张三等3户", _ET_AL.)
    assert found("经审核，同意张三等3户纳入低保。", "name") == ["张三"]
    assert not found("经审核，同意城区等3户纳入低保。", "name")
    assert not found("涉及城区、乡镇等5个单位。", "name")


def test_it_finds_a_witness_name():
    assert found("以上事实有证人袁强国的证言为证。", "name") == ["袁强国"]


def test_it_finds_an_address_after_xianju(engine):
    address = "永安市燕西街道解放路12号3幢201室"
    assert found(f"现居{address}。", "address", engine) == [address]


def test_a_village_address_without_a_house_number_only_when_configured(engine):
    text = "住址：永安市燕西街道青云村，电话：12345"
    # By default an address reaches 号/栋/单元/室/组 (issue 5, rules.md §6.1); a village is a locality.
    assert detect(text, PrivacyConfig(engine=engine)) == []
    hits = detect(text, PrivacyConfig(engine=engine, village_address=True))
    address = ("address", "永安市燕西街道青云村", "永安市燕西街道")  # masked to the 街道
    assert [(h.kind, h.text, h.masked) for h in hits] == [address]
    # A village whose line a PDF cut goes on below: the visible part of a home's address.
    cut = "住址：永安市燕西街道青云村\n3组12号，电话：12345"
    assert [h.text for h in detect(cut, PrivacyConfig(engine=engine))] == ["永安市燕西街道青云村"]


@pytest.mark.parametrize(
    "text", ["地址：沭阳县沭城街道苏州东路", "住址：姓名申请人电话青云村", "地址：政府大院"]
)
def test_it_ignores_place_words_that_do_not_read_as_a_home_address(text):
    assert not found(text, "address")


def test_it_reads_a_table_pasted_as_html(engine):
    text = (
        "<p>城乡低保对象公示名单</p>\n<table>\n<tr><th>序号</th><th>申请人</th><th>身份证号码</th>"
        "<th>家庭住址</th></tr>\n<tr>\n  <td>1</td>\n  <td>欧阳娜娜</td>\n"
        f"  <td>{VALID_ID}</td>\n  <td>燕西街道青云村3组</td>\n</tr>\n"
        "<tr><td>2</td><td><p>李四</p></td><td>无</td><td>小陶镇石坑村</td></tr>\n</table>"
    )
    hits = detect(text, PrivacyConfig(engine=engine))
    assert [(h.kind, h.text) for h in hits] == [
        ("name", "欧阳娜娜"),
        ("id_card", VALID_ID),
        ("address", "燕西街道青云村3组"),
        ("name", "李四"),
    ]
    assert all(text[h.start : h.end] == h.text for h in hits)


def test_a_name_header_that_reads_like_a_name_still_opens_a_table(engine):
    text = f"序号\t申请人\t身份证号\n1\t张三\t{VALID_ID}\n"
    assert kinds(text, engine) == [("name", "张三"), ("id_card", VALID_ID)]


def test_a_poverty_cause_column_flags_only_health_causes(engine):
    text = "序号\t户主\t致贫原因\n1\t张三\t因病\n2\t李四\t缺劳力\n3\t王五\t因学\n"
    assert found(text, "health", engine) == ["因病"]


def test_it_reads_a_household_register_column(engine):
    text = "序号\t姓名\t户籍所在地\n1\t张三\t小陶镇石坑村5组\n"
    assert found(text, "address", engine) == ["小陶镇石坑村5组"]


# --- the detector's own fast paths agree with their plain forms ---------------------------------------
@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789Xx", min_size=18, max_size=18))
def test_the_fast_id_check_agrees_with_the_library(number):
    import datetime as dt

    from gongkai.lib.checksums import is_valid_id_card
    from gongkai.privacy.detect import _is_id_card

    if "X" in number[:17].upper():
        return  # the detector never asks: X is only ever the check character
    assert _is_id_card(number, dt.date.today().strftime("%Y%m%d")) == is_valid_id_card(number)


@pytest.mark.parametrize("number", [make_id(f"3501021980{m:02d}{d:02d}123") for m, d in ((2, 29), (1, 31))])
def test_the_fast_id_check_knows_leap_days_and_future_dates(number):
    from gongkai.lib.checksums import is_valid_id_card
    from gongkai.privacy.detect import _is_id_card

    assert _is_id_card(number, "20261126") == is_valid_id_card(number) is True
    assert not _is_id_card(make_id("35010219810229123"), "20261126")  # 1981 is not a leap year
    assert not _is_id_card(make_id("35010220301231123"), "20261126")  # born in the future


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789", min_size=1, max_size=24))
def test_the_fast_luhn_check_agrees_with_the_library(digits):
    from gongkai.privacy.detect import _luhn

    assert _luhn(digits) == luhn_ok(digits)


# The detector's patterns are written for speed (a leading character class, look-behinds after it, a
# length look-ahead); these are the plain forms they replace. Same matches of 7+ characters.
_PLAIN_PATTERNS = {
    "_NUM_GROUP": (
        # "…X11": an ID ending in X, then a 残疾人证号's category and grade digits.
        r"(?<![0-9A-Za-z_@])(?<![0-9]\.)(?:\+|00)?(?:[(（]0[0-9]{2,3}[)）] ?)?[0-9]+(?:[ \-－][0-9]+)*"
        r"(?:[Xx](?:[1-7][1-4](?![0-9]))?)?"
        r"(?:(?:转|分机|ext\.?) ?[0-9]{1,6})?(?![0-9A-Za-z_@])(?!\.[0-9])",
        7,
    ),
    "_DOC": (r"(?<![0-9A-Za-z])(?:[A-Z]{1,2}[0-9]{7,10}|[0-9]{8,10})(?![0-9A-Za-z])", 0),
    "_DOOR": (
        r"[0-9〇一二三四五六七八九十百零]+[A-Za-z]?(?:号楼|号院|号|栋|幢|座|单元|层|楼|室|组|户|社|村民小组|队)"
        r"(?:[0-9]+(?:[-－][0-9]+)*(?:室|号)?(?!单元|栋|幢|层|楼|号|室))?"
        r"|(?<![0-9\-])[0-9]{1,3}-[0-9]{1,2}-[0-9]{3,4}(?![0-9\-])(?:室|号)?",
        0,
    ),
}
_PATTERN_TEXT = st.lists(
    st.sampled_from([*"0123456789+()（） -－.Xx转分机ext@_aAEC号组室一十\n，", "00", "0591", "ext.", "号楼"]),
    max_size=40,
).map("".join)


@pytest.mark.parametrize("name", sorted(_PLAIN_PATTERNS))
@settings(max_examples=400, deadline=None)
@given(text=_PATTERN_TEXT)
@example(text="0000X11")  # once found by the search: the plain form lacked the 残疾人证号 suffix
def test_fast_patterns_match_like_their_plain_forms(name, text):
    import re

    from gongkai.privacy import detect as module

    plain, min_len = _PLAIN_PATTERNS[name]
    fast = getattr(module, name)
    expected = [m.span() for m in re.finditer(plain, text) if m.end() - m.start() >= min_len]
    assert [m.span() for m in fast.finditer(text) if m.end() - m.start() >= min_len] == expected


def test_hits_built_on_the_fast_path_are_ordinary_frozen_hits():
    from dataclasses import FrozenInstanceError

    from gongkai.privacy.model import Hit

    (hit,) = detect(f"身份证号：{VALID_ID}")
    same = Hit("id_card", 5, 23, VALID_ID, hit.masked)
    assert hit == same and hash(hit) == hash(same)
    with pytest.raises(FrozenInstanceError):
        hit.kind = "name"  # type: ignore[misc]


@pytest.mark.parametrize(
    "text",
    [
        "当事人：永安市某某食品有限公司，住所：永安市燕江路88号。",
        "当事人：永安市老王面馆，住所：永安市燕江路8号。",
    ],
)
def test_it_ignores_the_seat_of_an_organisation(engine, text):
    assert not found(text, "address", engine)


def test_it_still_finds_the_home_of_a_sole_trader(engine):
    text = "当事人：张三（个体工商户），住所：永安市燕西街道青云村3组12号。"
    assert found(text, "address", engine) == ["永安市燕西街道青云村3组12号"]


def test_a_stray_tag_in_plain_text_keeps_its_lines(engine):
    text = "说明<br>见下表\n序号\t姓名\t住址\n1\t张三\t青云村3组\n2\t李四\t石坑村5组\n"
    assert found(text, "name", engine) == ["张三", "李四"]


@pytest.mark.parametrize(
    ("keep", "masked"),
    [((3, 4), "138****1234"), ((0, 0), "***********"), ((6, 6), "13812341234"), ((2, 0), "13*********")],
)
def test_a_plain_mobile_is_masked_like_a_written_one(keep, masked):
    from gongkai.privacy.mask import mask_value

    config = PrivacyConfig(mobile_keep=keep)
    assert mask_value("mobile", "13812341234", config) == masked  # the fast path
    assert mask_value("mobile", "+86 13812341234", config) == "+86 " + masked


def test_it_reads_family_members_with_kinship_notes(engine):
    text = "户主姓名：林大海，家庭成员：林小海（子）、陈美（妻）"
    assert found(text, "name", engine) == ["林大海", "林小海", "陈美"]


def test_a_name_ends_before_the_act_that_follows_it(engine):
    assert found("驾驶人刘强驾驶闽G12345号小型轿车", "name", engine) == ["刘强"]


def test_it_finds_a_name_before_its_id_number_in_brackets(engine):
    assert found(f"对张三（身份证号码{VALID_ID}）给予救助", "name", engine) == ["张三"]
    assert not found("申请表（身份证复印件）", "name", engine)


def test_it_reads_a_village_in_an_address_column(engine):
    text = "序号  户主姓名  家庭人口  保障金额  家庭住址\n1  张三  3  900  洪田镇青云村\n"
    assert found(text, "address", engine) == []
    hits = detect(text, PrivacyConfig(engine=engine, village_address=True))
    assert [h.text for h in hits if h.kind == "address"] == ["洪田镇青云村"]
    # A village alone, no township above it, is a locality (as in a 所在村 column).
    text = "序号  户主姓名  家庭人口  保障金额  家庭住址\n1  张三  3  900  青云村\n"
    assert not found(text, "address", engine)


def test_a_village_column_names_a_locality_not_an_address(engine):
    # An address reaches 号/栋/单元/室/组 (issue 5); "所在村" says where the household belongs.
    text = "序号  户主姓名  家庭人口  保障金额  所在村\n1  张三  3  900  青云村\n"
    assert not found(text, "address", engine)


def test_an_office_number_is_not_a_persons(engine):
    assert not found("办公电话：0591-87654321", "landline", engine)


# --- forms of benchmarks/privacy_data/holdout.py -----------------------------------------------------
def test_it_reads_numbered_items_after_a_heading_without_label_or_count(engine):
    text = (
        "经审核，下列家庭符合临时救助条件，现予公示：\n1. 张三，青云村3组，家庭人口3人；\n"
        "2、李秀兰，燕西街道石坑村5组12号，患尿毒症；\n"
    )
    assert found(text, "name", engine) == ["张三", "李秀兰"]
    assert found(text, "address", engine) == ["青云村3组", "燕西街道石坑村5组12号"]
    assert found(text, "health", engine) == ["患尿毒症"]


@pytest.mark.parametrize(
    "text",
    [
        "现将有关事项通知如下：\n1. 范围，全区各乡镇；\n2. 时间，2023年5月；\n",  # clauses, not people
        "现将有关人员情况通报如下：\n（一）高度重视，压实责任；\n（二）明确分工，加强督导；\n",
        "下列家庭符合条件：\n1. 张三，青云村3组。\n本通知自发布之日起施行。\n",  # one item is no list
    ],
)
def test_numbered_clauses_are_not_read_as_names(text):
    assert not found(text, "name")


@pytest.mark.parametrize(
    "text",
    [
        "区委、区政府决定，授予下列同志“优秀村干部”称号：\n1. 张三（金积镇）\n2. 李四（高闸镇）\n",
        "2023年度最美家庭名单：张三、李四、王五\n",
        "参会人员名单：张三、李四\n",
    ],
)
def test_names_in_honour_and_attendance_lists_are_public(text):
    # Published by design (the honour is the public act) or officials in their public role.
    assert not found(text, "name")


def test_it_finds_the_addressee_of_a_letter(engine):
    assert found("田文同志：\n你于2023年3月5日反映的问题收悉。", "name", engine) == ["田文"]


@pytest.mark.parametrize(
    "text", ["张三同志指出，要压实属地责任。", "王某某：\n你反映的问题收悉。", "各位同志：\n现将…"]
)
def test_speakers_anonymised_and_collective_addressees_are_not_names(text):
    assert not found(text, "name")


def test_it_finds_a_party_introduced_as_a_villager(engine):
    assert found("经查，张三系金积镇田桥村村民，自2023年起无证经营。", "name", engine) == ["张三"]


@pytest.mark.parametrize(
    "text", ["经查，该户系本村村民。", "张家村系本镇村民最多的村。", "经查张三系本村村民。"]
)
def test_a_place_or_an_unseparated_run_before_xi_is_not_a_name(text):
    assert not found(text, "name")


def test_later_mentions_of_a_found_name_are_found(engine):
    text = "当事人张三，男，汉族。\n经查，上述事实有张三的询问笔录为证。张三对上述事实无异议。"
    assert found(text, "name", engine) == ["张三", "张三", "张三"]


def test_a_found_name_inside_an_organisation_or_place_is_not_repeated():
    text = "当事人张三，男。另查明，张三丰餐饮有限公司未涉及；张三村的项目已完工。"
    assert found(text, "name") == ["张三"]


def test_a_name_is_not_looked_for_in_the_text_before_it():
    assert found("张三村民代表大会。\n当事人张三，男。", "name") == ["张三"]


@pytest.mark.parametrize(
    "text", ["户主姓名\t脱俊\t性别\t男", "姓名：脱俊  性别：女", "申请人\t脱俊\t性别\t男"]
)
def test_a_form_value_after_a_name_label_needs_no_known_surname(engine, text):
    assert found(text, "name", engine) == ["脱俊"]


@pytest.mark.parametrize("text", ["申请人\t签字\t日期", "当事人：本公司", "联系人：脱俊先生的秘书"])
def test_the_relaxed_form_value_must_fill_its_cell(text):
    assert not found(text, "name")


def test_it_knows_hui_surnames_common_in_ningxia(engine):
    assert found("低保对象：纳德福、拜俊、虎少军。", "name", engine) == ["纳德福", "拜俊", "虎少军"]


def test_a_health_field_of_a_form_is_flagged_without_a_person_on_its_line(engine):
    text = "姓名：张三\n身体状况：言语残疾四级  供养方式：集中供养\n健康状况\t患脑梗塞\n"
    assert found(text, "health", engine) == ["言语残疾四级", "患脑梗塞"]
    assert not found("健康状况：良好\n身体状况：无", "health")


def test_a_relief_reason_column_flags_only_health_causes(engine):
    text = "序号\t姓名\t救助原因\t金额\n1\t张三\t因病\t500\n2\t李四\t因学\t300\n"
    assert found(text, "health", engine) == ["因病"]


def test_a_public_line_is_not_a_personal_landline(engine):
    assert not found("监督电话：0953-2012345，咨询电话0953-2023456。", "landline", engine)
    assert found("申请人：张三，联系电话：0953-2012345", "landline", engine) == ["0953-2012345"]


@pytest.mark.parametrize(
    "text",
    [
        "联系电话：0953-2012345",  # a notice's own number, nothing about a person on its line
        "如有疑问请致电0953-4428088或12367。",
        "联系人：王科长  联系电话：0953-2837899",
        "执行法官：贾子豪  书记员：梁桂  联系电话：0930-4635271",
    ],
)
def test_a_landline_with_no_person_on_its_line_is_an_offices(engine, text):
    # Citizens give mobiles; a landline in a notice is the office's, published under 条例第十二条.
    assert not found(text, "landline", engine)


def test_a_forms_phone_field_belongs_to_the_person_above(engine):
    text = "申请人：张三\n住址：韦州镇沟滩村九组\n联系方式：0953 2360814\n"
    assert found(text, "landline", engine) == ["0953 2360814"]
    form = "申请人姓名：张三\n工作单位：某某公司\n联系电话：0951-6234567\n"
    assert found(form, "landline", engine) == ["0951-6234567"]
    # A blank line ends the form; an office's own block names no person.
    assert not found("申请人：张三\n\n联系电话：0951-6234567\n", "landline", engine)
    office = "信息公开工作机构：政府办\n办公地址：某路1号\n联系电话：0951-6234567\n"
    assert not found(office, "landline", engine)


@pytest.mark.parametrize(
    "text",
    [
        "当事人高峰，男。\n今年用电高峰期提前到来。",  # a two-character name inside a longer word
        "姓名\t职务\t联系电话\n",  # a header row
        "现将领导班子分工通知如下：\n1. 张三：主持全面工作；\n2. 李四：分管民政；\n",
    ],
)
def test_new_rules_keep_their_precision(text):
    assert found(text, "name") == (["高峰"] if text.startswith("当事人") else [])


def test_a_two_character_name_is_repeated_before_a_stop_word(engine):
    assert found("当事人高峰，男。\n经查，高峰于2023年无证经营。", "name", engine) == ["高峰", "高峰"]


def test_it_finds_relatives_petitioners_and_expropriated_owners(engine):
    text = "来访人张三反映，其妻子李秀兰患有尿毒症，儿子张小明在读。同意将王五、赵六两户纳入低保。"
    assert found(text, "name", engine) == ["张三", "李秀兰", "张小明", "王五", "赵六"]
    table = "序号\t被征收人\t房屋坐落\t补偿金额（元）\n1\t王  伟\t田桥村3组15号\t250000\n"
    assert found(table, "name", engine) == ["王  伟"]
    assert found(table, "address", engine) == ["田桥村3组15号"]


def test_it_reads_a_flat_written_as_building_unit_and_room_numbers(engine):
    assert found("家庭住址：金星街道世纪家园28-1-802。", "address", engine) == ["金星街道世纪家园28-1-802"]


def test_it_reads_a_contact_label_that_names_the_phone_too(engine):
    text = "联系人及电话：何婷 13912345678"
    assert found(text, "name", engine) == ["何婷"]
    assert found(text, "mobile", engine) == ["13912345678"]


@pytest.mark.parametrize(
    "address",
    [
        "北京市海淀区学院路街道文化路32号院12号楼1单元203号",
        "甘肃省天水市麦积区中滩镇樊集村4社",
        "金积镇涝河桥村第九村民小组",
    ],
)
def test_it_reads_other_regions_address_forms_after_xianjuzhu_dizhi(engine, address):
    assert found(f"现居住地址：{address}\n", "address", engine) == [address]


def test_a_header_cell_holding_a_name_label_is_not_a_name(engine):
    text = "户主姓名,与户主关系,家庭成员姓名,居住地址\n张三,妻子,李四,青云村3组\n"
    assert found(text, "name", engine) == ["张三", "李四"]


def test_a_form_line_with_an_unlisted_surname_is_not_a_table_header():
    # Read as a header, "禤俊" would hide the name and make the next lines rows of a table.
    assert found("户主姓名\t禤俊\t性别\t男\n1\t张三\t2\t3", "name") == ["禤俊"]


def test_an_address_keeps_a_unit_and_flat_written_after_the_building(engine):
    text = "家庭住址：朝阳街道金凤小区9号楼3-1003\n"
    assert found(text, "address", engine) == ["朝阳街道金凤小区9号楼3-1003"]


@pytest.mark.parametrize("status", ["患有脑梗塞", "患脑瘫"])
def test_a_health_phrase_takes_the_whole_disease_name(engine, status):
    assert found(f"户主张三，{status}。", "health", engine) == [status]


def test_an_id_in_a_column_for_either_id_or_credit_code_is_found(engine):
    # 失信被执行人名单: one column holds a person's ID or a company's 统一社会信用代码.
    code = make_credit_code()
    text = (
        f"序号，被执行人，性别，身份证号码/统一社会信用代码，案号\n1，张三，男，{VALID_ID}，(2023)宁0302执12号\n"
        f"2，某某商贸有限公司，，{code}，(2023)宁0302执13号\n"
    )
    assert found(text, "id_card", engine) == [VALID_ID]
    assert not any(code in t for _, t in kinds(text, engine))


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("经吴忠市人民医院诊断为：右桡骨远端骨折。", "右桡骨远端骨折"),
        ("（6）马强，男，2004年生，不合格（高度近视）；", "高度近视"),
        ("诊断为：腰1椎体压缩性骨折；既往有急性白血病病史。", "急性白血病"),
    ],
)
def test_a_medical_finding_is_health(engine, text, finding):
    assert any(finding in f for f in found(text, "health", engine))


def test_a_clean_result_and_a_certificate_column_are_not_health(engine):
    assert not found("1，张三，13812345678，未见异常\n", "health", engine)
    text = "序号\t姓名\t残疾人证号\t残疾类别等级\n1\t张三\t待办证\t肢体四级\n"
    assert found(text, "health", engine) == ["肢体四级"]


def test_the_parties_of_an_enforcement_notice_are_named(engine):
    text = "申请执行人许林与被执行人敖阳学民间借贷纠纷一案；车辆所有人冯丽娟，住所济南市历下区经十路10号。"
    assert {"许林", "冯丽娟"} <= set(found(text, "name", engine))


def test_an_id_after_a_label_for_either_id_or_credit_code_is_found(engine):
    text = f"被执行人：张三；身份证号码/统一社会信用代码：{VALID_ID}；住所地：某镇"
    assert found(text, "id_card", engine) == [VALID_ID]


# --- forms of benchmarks/privacy_data/holdout5.py ------------------------------------------------------
def test_a_benefit_named_reward_is_not_a_commendation(engine):
    # "奖励扶助" (计划生育) reveals a family's circumstances; "表彰奖励" lists stay public.
    row = f"1\t武利镇\t东周村\t段力云\t女\t{VALID_ID}\t奖励扶助\n"
    header = "序号\t乡镇\t村\t姓名\t性别\t身份证号\t扶助类别\n"
    assert "段力云" in found("计划生育家庭奖励扶助对象公示\n" + header + row, "name", engine)
    assert "段力云" not in found("2024年度表彰奖励名单\n" + header + row, "name", engine)


def test_household_members_after_its_size_are_named(engine):
    text = f"申请人：叶怡艳\n身份证号码：{VALID_ID}\n家庭人口：4人（范敏、孙轩林、依明·依明）\n"
    assert {"范敏", "孙轩林", "依明·依明"} <= set(found(text, "name", engine))


def test_neighbours_in_a_parcels_boundary_are_named(engine):
    table = (
        "地块编码，承包方代表，身份证号码，面积（亩），四至（东/西/南/北）\n"
        f"8178836172，陈宇洋，{VALID_ID}，122.5，覃永/山脊/沟/史新娟\n"
    )
    assert {"覃永", "史新娟"} <= set(found(table, "name", engine))
    assert "山脊" not in found(table, "name", engine)
    text = "四至：东至毛志光宅基地，西至村道，南至卢建生承包地，北至沟渠"
    assert found(text, "name", engine) == ["毛志光", "卢建生"]


def test_the_other_party_of_a_dispute_is_named(engine):
    text = "受援人苏宏春与金兰永因机动车交通事故责任纠纷发生纠纷，金兰永拒不履行。"
    assert found(text, "name", engine).count("金兰永") == 2


def test_a_claimant_column_is_a_name_column_and_its_header_no_value(engine):
    text = (
        "序号  逝者姓名  性别  年龄  逝者身份证号  死亡原因  申领人  关系\n"
        f"1  潘永  男  99  {VALID_ID}  心肌梗死  宋光  女儿\n"
    )
    assert found(text, "name", engine) == ["潘永", "宋光"]
    assert found(text, "health", engine) == ["心肌梗死"]
    header = "序号  姓名  公民身份号码  异常类型  门诊慢特病\n"
    assert "门诊慢特病" not in found(header + f"1  张平霞  {VALID_ID}  断缴  是\n", "health", engine)


# --- forms of benchmarks/privacy_data/holdout6.py ------------------------------------------------------
def test_owners_and_their_flats_in_a_maintenance_fund_table(engine):
    text = "房号\t业主\t面积(㎡)\t分摊金额(元)\n20幢104室\t魏铭睿\t137.79\t2910.67\n"
    assert found(text, "name", engine) == ["魏铭睿"]
    assert found(text, "address", engine) == ["20幢104室"]


def test_the_home_a_household_is_given_is_its_address(engine):
    text = (
        "序号  申请人  身份证号码  家庭人口  现居住地址  配租房源  面积(㎡)\n"
        f"1  林强雨  {VALID_ID}  5  双浦镇双灵村11组  幸福里公租房6栋4单元801室  60.26\n"
    )
    assert found(text, "address", engine) == ["双浦镇双灵村11组", "幸福里公租房6栋4单元801室"]


def test_an_honour_names_its_people_by_design(engine):
    text = f"关于拟确认见义勇为人员的公示\n一、林诗凯，男，身份证号{VALID_ID}，个体经营户。\n"
    assert not found(text, "name", engine)
    assert found(text, "id_card", engine) == [VALID_ID]


def test_a_passer_by_and_a_household_in_a_sentence_are_named(engine):
    assert "穆红红" in found("违规情形：犬只未免疫，致路人穆红红左小腿咬伤。", "name", engine)
    text = "原告申请公开“周文庙村征地补偿安置方案及叶蓉丽户安置补偿情况”。"
    assert found(text, "name", engine) == ["叶蓉丽"]


def test_a_persons_infection_is_health_and_a_count_is_not(engine):
    text = "病例1：黎某，女，80岁，现住怀宁华府10幢304室，系新冠病毒无症状感染者。"
    assert found(text, "health", engine) == ["新冠病毒无症状感染者"]
    assert not found("当日新增确诊病例3例（男2例、女1例），无症状感染者12例。", "health", engine)


@st.composite
def _id_shaped(draw: st.DrawFn) -> str:
    """An ID with a real province and birth date and any check character: the check sum decides."""
    import datetime as dt

    from gongkai.lib.checksums import PROVINCE_CODES

    province = draw(st.sampled_from(sorted(PROVINCE_CODES)))
    born = draw(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2020, 12, 31)))
    rest = draw(st.text(alphabet="0123456789", min_size=7, max_size=7))
    return f"{province}{rest[:4]}{born:%Y%m%d}{rest[4:]}" + draw(st.sampled_from("0123456789Xx"))


@settings(max_examples=1000, deadline=None)
@given(_id_shaped())
def test_the_fast_id_checksum_agrees_with_the_library(number):
    from gongkai.lib.checksums import is_valid_id_card
    from gongkai.privacy.detect import _is_id_card

    assert _is_id_card(number, "20261126") == is_valid_id_card(number)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="0123456789", min_size=17, max_size=17), st.sampled_from("0123456789Xx"))
def test_the_fast_credit_code_check_agrees_with_the_library(digits, last):
    from gongkai.lib.checksums import is_valid_credit_code
    from gongkai.privacy.detect import _is_digit_credit_code

    assert _is_digit_credit_code(digits + last) == is_valid_credit_code((digits + last).upper())


def test_the_fast_credit_code_check_accepts_a_code_written_in_digits():
    from gongkai.privacy.detect import _is_digit_credit_code

    # A code whose check character is a digit or X (most are letters for some first 17).
    code = next(
        c for n in range(100) if (c := make_credit_code(f"{91350100000000000 + n}"))[17] in "0123456789X"
    )
    assert _is_digit_credit_code(code)
    assert not _is_digit_credit_code(code[:17] + ("1" if code[17] != "1" else "2"))


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "E12345678",
                "EA1234567",
                "G1234567",
                "C12345678",
                "H1234567890",
                "T12345678",
                "12345678",
                "1234567890",
                "123456789",
                "13812345678",
                "350102198001011234",
                "1",
                "X",
                "a",
                "-",
                " ",
                "号",
                "证：",
                "\n",
            ]
        ),
        max_size=12,
    )
)
def test_the_document_scan_finds_what_the_document_pattern_finds(parts):
    from gongkai.privacy.detect import _DOC, _DOC_SCAN

    text = "".join(parts)

    assert [m.span() for m in _DOC_SCAN.finditer(text) if m.lastindex] == [
        m.span() for m in _DOC.finditer(text)
    ]
