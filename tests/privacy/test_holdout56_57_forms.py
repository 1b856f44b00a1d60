"""Forms, labels and columns of the blind holdouts 56 and 57 (benchmarks/privacy_data/holdout56.py,
holdout57.py) that the detector missed or misread on first contact."""

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def found(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


def test_an_office_mailbox_by_its_label(engine: str) -> None:
    text = "（本局政务邮箱：elcscjgj@163.com；咨询电话：0470-3490773）\n"
    assert found(text, engine, "email") == []
    assert found("申请人：张三，电子邮箱：zhangsan88@163.com\n", engine, "email") == ["zhangsan88@163.com"]


def test_a_transliterated_name_dotted_with_a_full_width_full_stop(engine: str) -> None:
    text = (
        "序号\t姓名\t性别\t民族\t身份证号\n"
        "2\t库尔曼别克．艾力\t女\t维吾尔族\t652***********4529\n"
        "4\t麦合木提．亚森\t男\t维吾尔族\t65292719700415****\n"
    )
    assert found(text, engine, "name") == ["库尔曼别克．艾力", "麦合木提．亚森"]
    # A heading's numeral is no name's part.
    assert found("一．基本情况\n十二．其他事项\n", engine, "name") == []


def test_a_ledger_s_summary_names_the_payee_of_its_row(engine: str) -> None:
    text = (
        "日期,凭证号,摘要,收款人,身份证号,金额（元）\n"
        "2021-03-01,记-006,支付魏梅娜疫情防控卡点值守误工费19天,魏梅娜,150723195601018012,1900.00\n"
        "2021-01-05,记-013,租用何峰农用车运土14车次,何峰,150723196804214593,2800.00\n"
    )
    assert found(text, engine, "name") == ["魏梅娜", "魏梅娜", "何峰", "何峰"]
    # One cell a line: the summary is on the line above the payee's.
    text = (
        "日期\n凭证号\n摘要\n收款人\n身份证号\n"
        "2022-03-03\n记-172\n支付王兵人居环境整治劳务费21天\n王兵\n433124199403310012\n"
    )
    assert found(text, engine, "name") == ["王兵", "王兵"]


def test_a_member_named_in_a_reason_cell(engine: str) -> None:
    text = (
        "序号\t姓名\t身份证号\t类别\t人数\t调整类型\t调整原因\t住址\n"
        "4\t王小明\t340828198001011234\t低保边缘\t5\t新增\t家庭成员薛凤娜（肢体残疾一级）\t岳西县包家乡金色小区15幢10号\n"
        "5\t李大明\t340828198001011234\t特困供养\t5\t减发\t本人已故，家庭成员姚霞收入超标\t花垣县石栏镇石栏村4组\n"
        "6\t马麦志\t622926194309186113\t农村低保\t2\t增发\t家庭成员马者乃拜（智力残疾二级）\t河滩镇河滩村4社133号\n"
    )
    names = found(text, engine, "name")
    assert names == ["王小明", "薛凤娜", "李大明", "姚霞", "马麦志", "马者乃拜"]
    health = found(text, engine, "health")
    assert len(health) == 2 and all(not h.startswith(("家庭成员", "（")) for h in health)
    # The household's words are no one's name.
    plain = "序号\t姓名\t调整原因\n1\t王小明\t该户家庭成员长期患病\n"
    assert found(plain, engine, "name") == ["王小明"]


def test_relatives_a_letter_names_without_a_colon(engine: str) -> None:
    assert found("申请将你母亲宋敏芳纳入最低生活保障。", engine, "name") == ["宋敏芳"]
    assert found("未将你及你的女儿覃娜列入分配名单。", engine, "name") == ["覃娜"]
    assert found("曲成宇与王秀系同胞兄弟姐妹，其母刘霞花现年76岁。", engine, "name")[-1:] == ["刘霞花"]
    assert found("诉求内容：称其父亲母义鹏患精神分裂症，家庭困难。", engine, "name") == ["母义鹏"]
    assert found("其父母均已去世，其母于2019年病故。", engine, "name") == []
    assert found("送达回证：受送达人查林鑫拒收，由其儿子查江代收。", engine, "name") == ["查林鑫", "查江"]
    assert found("含外嫁女李莉慧1人份", engine, "name") == ["李莉慧"]
    # A student loan's label cut before its last word is no name.
    assert found("共同借款人电话\n13039937678\n家庭年\n收入\n35000元\n", engine, "name") == []


def test_columns_of_carers_and_applicants(engine: str) -> None:
    text = (
        "序号\t姓名\t性别\t生活自理能力\t家庭住址\t照料护理人\t联系电话\n"
        "2\t葛红玲\t女\t完全自理\t海青村1组\t付丽月\t177 5511 8798\n"
    )
    assert found(text, engine, "name") == ["葛红玲", "付丽月"]
    rescue = "序号\t救助申请人\t与被害人关系\t被害人\t拟救助金额（元）\n1\t俄木金古\t之母\t曲比金古\t51000\n"
    assert found(rescue, engine, "name") == ["俄木金古", "曲比金古"]


def test_a_spouse_column_that_says_there_is_none(engine: str) -> None:
    text = (
        "序号\t姓名\t性别\t配偶姓名\t扶助类别\n"
        "1\t吉木木呷\t男\t阿尔阿呷\t伤残\n"
        "2\t王洁花\t女\t离异\t死亡\n"
        "3\t沙马尔史\t男\t已故\t死亡\n"
    )
    assert found(text, engine, "name") == ["吉木木呷", "阿尔阿呷", "王洁花", "沙马尔史"]
    assert found("美姑县农作乡农村村民住宅用地（宅基地）审批公示\n", engine, "name") == []


def test_a_veteran_s_disability_grade_with_its_cause(engine: str) -> None:
    text = (
        "序号\t姓名\t性别\t优抚类别\t伤残等级/性质\t月标准\n"
        "1\t杨斌金\t男\t残疾军人\t因战八级\t2725\n"
        "2\t吉克依伍呷\t男\t带病回乡退伍军人\t\t4685\n"
        "3\t谭祥\t男\t病故军人遗属\t\t3766\n"
    )
    assert found(text, engine, "health") == ["因战八级"]


def test_a_livestock_claim_s_cause_of_death_is_no_one_s_condition(engine: str) -> None:
    text = (
        "序号,被保险人,联系电话,保险标的,耳标号,死亡数量（头/只）,出险原因,赔款金额（元）\n"
        "1,高洁玲,196****7567,肉羊,313062473377265等,2,疾病,3084.00\n"
    )
    assert found(text, engine, "health") == []
    # A pupil's mother's condition stays one, whatever farm the row names.
    row = '"1","谢欣怡","女","宁都县朱国肉牛养殖专业合作社","母亲脑出血后遗症","3000"\n'
    header = "序号,姓名,性别,工作单位,家庭困难情况,资助金额\n"
    assert found(header + row, engine, "health") != []


def test_an_enforcing_office_s_contact_and_a_company_s_number(engine: str) -> None:
    foot = (
        "                        阜平县农业农村局\n"
        "                        2021年3月23日\n"
        "（执法机关联系人：王宇帆  联系电话：0312-4102023  投诉举报：12316）\n"
    )
    assert found(foot, engine, "name") == [] and found(foot, engine, "landline") == []
    company = (
        "当事人：阜平县丰泰农牧专业合作社\n"
        "统一社会信用代码：93130624MANQMW9K05\n"
        "法定代表人：顾娜\n"
        "住所：阜平县王林口乡民族路170号\n"
        "联系电话：0312-7270742\n"
    )
    assert found(company, engine, "address") == [] and found(company, engine, "landline") == []


def test_an_address_label_a_hard_wrap_broke(engine: str) -> None:
    text = "当事人：张三，男，身份号码：433101196406245270，住\n址：新营盘乡牦牛坪村十组，电话：\n"
    assert found(text, engine, "address") == ["新营盘乡牦牛坪村十组"]
    text = "当事人：张三，男，身份号码：34082819571019****，住址\n：安庆市岳西县河图镇河图村3组，联系\n"
    assert found(text, engine, "address") == ["安庆市岳西县河图镇河图村3组"]


def test_a_condition_in_brackets_after_a_row_s_verdict(engine: str) -> None:
    text = (
        "序号\t姓名\t住址\t考核结果\t是否续聘\t联系电话\n"
        "3\t马明\t大湾村3组7号\t合格\t否（右腿骨折，无法胜任巡护）\t13012346367\n"
    )
    assert found(text, engine, "health") == ["右腿骨折"]
    # An animal's illness in brackets is no one's.
    claim = "耳标号：5133281512254等，死亡数量（头/只）：3，死亡原因：疾病（传染性胃肠炎），赔款：2341.40\n"
    assert found(claim, engine, "health") == []


def test_a_homestead_s_site_and_an_address_for_service(engine: str) -> None:
    text = "申请人：张三，联系电话：15855271922\n拟建房位置：依果觉乡依果觉村第八村民小组（小地名：大湾）\n"
    assert found(text, engine, "address") == ["依果觉乡依果觉村第八村民小组"]
    text = "玛沁县农牧水利和科技局\n送达地址确认：玛沁县下大武乡下大武村8组68号\n"
    assert found(text, engine, "address") == ["玛沁县下大武乡下大武村8组68号"]
    # The office's own, and a parcel of land: no one's home.
    text = "送达地址确认：田东县胜利街51号（本机关）  联系人：沈金  电话：0776-6960599\n"
    assert found(text, engine, "address") == []
    text = "依法征收洪溪镇洪溪村何家湾组集体土地37.16亩（地块坐落：洪溪村7组，小地名河坝头）。\n"
    assert found(text, engine, "address") == []
