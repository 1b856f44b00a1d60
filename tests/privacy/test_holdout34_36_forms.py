"""Forms of the blind holdouts 34–36 (benchmarks/privacy_data/holdout34.py … holdout36.py) that the
detector missed on first contact, each written as a general case: a relative named with the relation in
brackets in any table's cell, a relative's and a vehicle owner's columns, a parcel's neighbours however
the sides are written, counted lists of households, a village meeting's delegates, signatures and
speakers, a list after a person's label, a grid worker's visits and a payee's proxy; and words that a
surname opens and a label precedes, which are no names."""

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def found(text: str, engine: str, kind: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == kind]


def test_a_relative_with_the_relation_in_brackets_in_a_csv_or_tab_cell(engine: str) -> None:
    csv = (
        '"序号","姓名","帮教责任人","亲属联系人","联系电话"\n'
        '"1","叶欣怡","文立新","叶海涛（兄）","86-17735886831"\n'
        '"2","詹昊天","郭志强","詹爱华（姐）","19354514393"\n'
    )
    assert found(csv, engine, "name") == ["叶欣怡", "叶海涛", "詹昊天", "詹爱华"]
    tab = "序号\t姓名\t性别\t备注\n1\t阿力木·吐尔洪\t男\t古丽娜尔·吐尔洪（姐）\n"
    assert found(tab, engine, "name") == ["阿力木·吐尔洪", "古丽娜尔·吐尔洪"]
    # A table flattened to one cell a line.
    cells = "2021-11-09\n桑珠孜区江当乡曲美村7组\n于艳\n德吉旦增（父亲）\n137 2113 1185\n个体经营\n"
    assert found(cells, engine, "name") == ["于艳", "德吉旦增"]
    # A relation after a word that is no name.
    assert found("户主（父亲）已去世，由其子女赡养。", engine, "name") == []


def test_a_relatives_column_and_a_vehicles_owner(engine: str) -> None:
    text = (
        "序号\t姓名\t帮教责任人\t家属及电话\n"
        "1\t段巧云\t颜志强\t段宏伟 18055241065\n"
        "2\t蒙宏伟\t吕萍\t向　娟 18652806923\n"
    )
    assert found(text, engine, "name") == ["段巧云", "段宏伟", "蒙宏伟", "向　娟"]
    owners = (
        "序号\n号牌号码\n所有人\n违法时间\n"
        "1\n川W·36NB8\n马海日哈\n2023-12-17 18:09\n"
        "2\n川W·36NB9\n阿的依作\n2023-12-18 08:09\n"
        "3\n川W·36NB7\n卫凤英\n2023-12-19 10:09\n"
    )
    assert found(owners, engine, "name") == ["马海日哈", "阿的依作", "卫凤英"]


def test_a_zhuang_surname_that_is_a_numeral_where_a_name_stands(engine: str) -> None:
    text = "序号\t姓名\t性别\n1\t零世新\t男\n2\t张三丰\t男\n"
    assert found(text, engine, "name") == ["零世新", "张三丰"]
    assert found("序号\t姓名\t性别\n1\t零就业\t男\n", engine, "name") == []


def test_a_parcels_neighbours_by_their_house_or_land_and_sides_after_a_colon(engine: str) -> None:
    table = "序号\t地点\t四至\t面积\n1\t吉普村七组\t东至阿苏日体宅，西至水渠，南至闵博文宅，北至林带\t193\n"
    assert found(table, engine, "name") == ["阿苏日体", "闵博文"]
    assert found("地块四至：东至杨小平家地，西至民宅，南至荒坡，北至张三家。", engine, "name") == [
        "杨小平",
        "张三",
    ]
    assert found("四至：东：路；南：李月娥家地；西：山脊；北：村道", engine, "name") == ["李月娥"]
    assert found("东至：路，南至：村道，西至：机耕道，北至：肖冬生地；备注：基本农田。", engine, "name") == [
        "肖冬生"
    ]
    assert found("四至：东：路；南：山脊；西：水渠；北：村道", engine, "name") == []


def test_counted_households_and_people_with_their_ages(engine: str) -> None:
    text = (
        "现将新增经济困难老年人补贴对象名单予以公示：\n"
        "吉镇辛店村（7人）：惠丽娟、霍伟、李莉、高小平（88岁）、冯伟、刘军、高桂珍\n"
        "为以下家庭悬挂光荣牌：\n"
        "拦隆口镇（4户）：霍晓燕　冶麦燕　喇法图麦　崔志强\n"
    )
    assert found(text, engine, "name") == [
        "惠丽娟", "霍伟", "李莉", "高小平", "冯伟", "刘军", "高桂珍",
        "霍晓燕", "冶麦燕", "喇法图麦", "崔志强",
    ]  # fmt: skip
    # An honour conferred by a decision is published by design.
    honour = "关于命名2023年度“美丽庭院”示范户的决定\n\n勉阳街道（3户）：杜俊琴家庭、谭婷素家庭、任文\n"
    assert found(honour, engine, "name") == []


def test_a_village_meetings_delegates_signatures_and_speakers(engine: str) -> None:
    text = (
        "应到人数:18人\n实到人数:15人\n"
        "参会村民代表:李润生，杨龙林，严家福，赵德东\n"
        "评议小组成员（村民代表、党员代表）：王　月 顾海志 刘祥军 \n李祥志 石强涛\n\n"
        "代表王龙：我有意见，补偿标准太低。\n"
        "村民代表李　文：同意，建议分两年实施。\n\n"
        "参会代表签名：\n杨强昌\n陈德文\n慕容妹珍\n\n- 1 -\n"
    )
    assert found(text, engine, "name") == [
        "李润生", "杨龙林", "严家福", "赵德东", "王　月", "顾海志", "刘祥军", "李祥志", "石强涛", "王龙",
        "李　文", "杨强昌", "陈德文", "慕容妹珍",
    ]  # fmt: skip
    meeting = "秦渠村召开村民代表大会，丁英进（镇长）主持会议，镇包村干部孔浩成列席。"
    assert found(meeting, engine, "name") == []


def test_a_list_after_a_persons_label_and_a_childs_missing_parent(engine: str) -> None:
    text = (
        "资助以下学生，现予公示：\n"
        "受助学生：李　艳、徐燕平、白斌涛、张　祥、\n张　秀、富强义\n"
        "　　公示时间为7个工作日。\n"
        "1．姓名：李小红；年龄：9；认定理由：父亲李林国失联\n"
    )
    assert found(text, engine, "name") == [
        "李　艳", "徐燕平", "白斌涛", "张　祥", "张　秀", "富强义", "李小红", "李林国",
    ]  # fmt: skip
    assert found("困境情形：母亲已故，父亲宣告死亡", engine, "name") == []


def test_a_grid_workers_visit_a_proxy_and_a_petitions_neighbour(engine: str) -> None:
    text = (
        "上午，到罗江乡潭头村下屋组，钟海龙家走访。宣传森林防火知识。\n"
        "2\t张素珍\t441424197410125867\t五华\t委托赖海燕代领\n"
        "反映问题：邻居钟军堵塞排水沟渠，办理单位：于都县民政局\n"
    )
    assert found(text, engine, "name") == ["钟海龙", "张素珍", "赖海燕", "钟军"]
    assert found("到贫困户家走访，委托村委会代领。", engine, "name") == []


def test_words_after_a_label_or_a_party_are_no_names(engine: str) -> None:
    text = (
        "反映情况须实事求是，并提供真实姓名和联系方式。\n"
        "甲方支付3,874元；与驾驶二轮摩托车的乙方相撞，造成乙方受伤。\n"
        "罪名：拒不支付劳动报酬罪\n"
        "挖掘机驾驶员  高级工（三级）  2023152221058412531  200\n"
    )
    assert found(text, engine, "name") == []
    assert found("甲方：张三丰，男，住某村3组。", engine, "name") == ["张三丰"]


def test_an_injury_diagnosed_across_a_pdfs_line_break(engine: str) -> None:
    text = "事故发生后，乙方经吴忠市人民医院诊断为\n左肱骨外科颈骨折，住院治疗7天。\n"
    assert found(text, engine, "health") == ["左肱骨外科颈骨折"]


def test_an_offenders_accomplices(engine: str) -> None:
    text = "现查明：违法行为人万建伙同陆燕琴、刘静勇等人在大风洞镇翁项村一出租屋内以“推筒子”方式赌博。"
    assert found(text, engine, "name") == ["陆燕琴", "刘静勇"]
    assert found("伙同他人盗窃，伙同同村村民等人在河道采砂。", engine, "name") == []
