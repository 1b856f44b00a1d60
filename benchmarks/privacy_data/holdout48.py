#!/usr/bin/env python3
# ruff: noqa: B007, B905, C401, C408, C416, E501, E731, E741, F841, I001, RUF005, RUF023, RUF059, SIM108, SIM115, UP031
# (Kept as its blind author wrote it: the set it writes is what the first-contact figures were taken on.)
"""holdout48 - blind labelled evaluation set for a Chinese PII detector on 政务公开 documents.

Counties: 镇安县(陕西 商洛), 临潭县(甘肃 甘南), 岳西县(安徽 安庆), 武川县(内蒙古 呼和浩特),
丹寨县(贵州 黔东南), 永胜县(云南 丽江).

Families (type prefix):
  roster.*   低保/特困/临时救助 名单, 花名册, 残疾人补贴名册, 家庭成员花名册, spreadsheet exports
  penalty.*  行政处罚决定书 (市场监管, 公安, 自然资源, 农业农村, 生态环境, 卫健) and 处罚信息公示表
  gongshi.*  公示 (救助, 补贴, 危房改造, 宅基地, 公益性岗位, 征收补偿)
  form.*     申请表 (依申请公开, 低保/救助 with family table, 补贴 申请)
  minutes.*  会议纪要 (村民代表会议, 民主评议, 两委会议, 听证)
  reply.*    依申请公开 答复书 / 补正告知书
  songda.*   送达回证

Usage:
  python holdout48.py --docs 400 --seed 229 -o set.jsonl [--stats]
  python holdout48.py --check set.jsonl [--stats]
  python holdout48.py --decisions

DECISIONS
1. Officials acting in their role are not labelled: 执法人员, 承办人, 审核人, 审批人, 经办人, 送达人,
   听证主持人/记录员, 乡镇干部, 驻村工作队员, and village 两委 members when they chair, record, sign for the
   committee or report as cadres. Their 执法证号 and office phones are never labelled.
2. A cadre or official who appears as a private person (applicant, beneficiary, relative, party) is labelled.
3. Masked values are not labelled: 138****1234, 612526********0013, 61*************013, 622848****1234,
   王*华, 王**, 王某, 王某某, 张某某. A value counts as masked once any character is replaced by * or 某.
   The unmasked parts of a masked value are not labelled either.
4. Honorifics and surname-only references (王先生, 马女士, 老杨, 扎西家) are not labelled.
5. Surnames inside place names (王家沟村, 张湾组, 马家寨) and inside business names (镇安县李记小吃店,
   武川县张建军养殖专业合作社) are not labelled, even when the business carries the owner's full name.
6. Relatives are private persons: household members, guardians, spouses, children, deceased persons, and
   the 代收人 in a 送达回证 are labelled by name. Relationship words (配偶, 长子, 户主) are not.
7. Agents and lawyers: a 委托代理人's name is labelled, lawyers included (the rule of 隐去被处罚人以外的自然人
   姓名). The law firm's name and the firm's landline are not labelled; a lawyer's personal mobile is.
8. A company's 法定代表人/负责人 named in a penalty or application is not labelled by name (registered public
   information in role); the natural-person operator of a 个体工商户 and a company's personal 联系人 are.
   Any ID number, mobile or home address of these persons is labelled.
9. Home address = 家庭住址, 现住址, 户籍地址, 住所 of a natural person, 送达地点 at a person's home, the address
   of a house being repaired (危房改造) or expropriated (征收), and a mailing address that is a home.
   It is labelled only when it reaches 组/号/栋/单元/室 (or 社/队 used as 村民小组); the span runs from the
   first administrative element written (省, 县, 乡镇, 街道, 村 or 社区 - whatever comes first) to the last
   unit character. Village-level addresses (XX镇XX村) are not labelled. Addresses of offices, shops,
   business premises, 经营场所 of companies, land parcels (宅基地 拟建位置, 四至, 地块坐落) are not labelled.
10. An address split over several table columns (乡镇 | 村 | 组) is not labelled; only a single cell or
   string that reaches 组/号 is.
11. Health: a named disease, a disability type/grade, an injury or a screening finding stated of an
   identifiable person is labelled with the condition wording only (肢体残疾二级, 尿毒症, 左胫骨骨折,
   轻微伤, 乙肝表面抗原阳性). Poverty causes and category codes (因病, 因残, 因学, 缺劳力, 残疾人家庭,
   一类/二类) and generic wording (身体不好, 患病, 生病住院) are not labelled. Health is labelled also
   where the person's name is masked but the row still identifies a household (village + 组 + relation).
12. 残疾人证号 (20 characters = ID number + category digit + grade digit): the first 18 characters are
   labelled id_card, the two trailing digits are not.
13. Dates of birth, ages, sex, ethnicity, household size, amounts are not labelled.
14. Spreadsheet exports: an ID shown as 6.12526E+17 is not labelled (digits lost); an ID written as '612526...
   or ="612526..." is labelled without the apostrophe, equals sign or quotes.
15. Wrapped values (hard line wraps in prose, narrow PDF columns, one-cell-a-line extraction) are labelled
   as one span from the first to the last character; the inner line break and indentation are inside the
   span. Names padded with inner spaces for alignment (王  芳) are one span including the spaces.
   Bank card numbers grouped with spaces are one span including the spaces.
16. Lower-case x in an ID is labelled (it is a valid ID); 18-digit numbers that fail GB 11643 (case
   numbers, 工单号, 申请编号) are not.
17. 统一社会信用代码, 组织机构代码, 文号, 索引号, 执法证号, 残疾证 category digits, 房屋编号, 地块编号, EMS
   邮件号, 申请编号, 案件编号 are never labelled, even where Luhn-valid or 18 digits long.
18. The account that an office publishes for paying fines or receiving funds (非税收入汇缴账户) is not
   labelled, even when Luhn-valid; personal bank cards (一折通, 社保卡金融账户, 惠农卡) are labelled.
19. Phone numbers an office publishes for contact or supervision (监督电话, 举报电话, 咨询电话, 联系人电话
   under the office's name), even mobile numbers of village cadres given for that purpose, are not labelled.
   The mobile number of a private person (applicant, party, beneficiary, guardian, witness) is.
20. Office mailboxes (xxgk/民政 mailboxes, even on 163.com or qq.com) are not labelled; a private person's
   e-mail address is.
21. Minutes: village representatives, 评议 members who are ordinary villagers, speakers and signatories
   who attend as villagers are labelled; the chair/recorder acting as cadres are not (decision 1).
22. 听证: the 申请人/当事人, their agent and witnesses are labelled; the 听证主持人, 听证员, 记录员 and the
   case officers presenting the case are not.
23. Minors are labelled like any private person (name, ID, health).
24. Names of Tibetan, Mongolian, Yi and similar given-name-only persons (才让卓玛, 巴特尔, 吉克阿呷) are
   labelled as full names; Han-surnamed forms (杨才让, 马尔撒) likewise.
25. 车牌: plates of vehicles driven or owned by private persons or by parties are labelled; partially
   masked plates (陕H·2**35) are not.
26. The 依申请公开 applicant's name in a 答复书 or 补正告知书 is labelled; the office contact person is not.
27. Passport, 港澳通行证 and 台湾通行证 numbers are labelled only when written in full.
28. A 15-digit first-generation ID is labelled id_card_15 (date must be real); a 15-digit number that is
   not an ID (e.g. 15-digit case or order numbers whose date part is impossible) is not.
29. The same person's value is labelled every time it occurs unmasked, including in signatures
   (申请人签名：王建华) and in 备注 columns; a name repeated inside a 文书 title or 案由 (王建华非法占地案)
   is labelled too.
30. Place-like labels such as 乡镇 column values, 村 names alone, postcodes and 邮政编码 are not labelled.
"""

import argparse
import json
import random
import re
import sys
import datetime


# ---------------------------------------------------------------- rich text with span ids
class R:
    __slots__ = ("s", "ids")

    def __init__(self, s="", ids=None):
        self.s = s
        self.ids = ids if ids is not None else [-1] * len(s)

    def __add__(self, o):
        o = rr(o)
        return R(self.s + o.s, self.ids + o.ids)

    def __radd__(self, o):
        return rr(o) + self

    def __len__(self):
        return len(self.s)

    def rstrip(self):
        n = len(self.s)
        while n > 0 and self.s[n - 1] in " \t" and self.ids[n - 1] == -1:
            n -= 1
        return R(self.s[:n], self.ids[:n])

    def sl(self, a, b=None):
        return R(self.s[a:b], self.ids[a:b])


def rr(x):
    if isinstance(x, R):
        return x
    return R(str(x))


def rjoin(sep, items):
    out = R()
    for k, it in enumerate(items):
        if k:
            out = out + sep
        out = out + it
    return out


def glue(parts, seps):
    """join R parts with separators; a separator between two chars of the same span joins that span."""
    out = parts[0] if parts else R()
    for k in range(1, len(parts)):
        sep = seps if isinstance(seps, str) else seps[k - 1]
        a, b = out, parts[k]
        sid = -1
        if a.ids and b.ids and a.ids[-1] != -1 and a.ids[-1] == b.ids[0]:
            sid = a.ids[-1]
        out = R(a.s + sep + b.s, a.ids + [sid] * len(sep) + b.ids)
    return out


def cw(c):
    o = ord(c)
    return (
        2
        if (0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFF60 or 0x3000 <= o <= 0x303F)
        else 1
    )


def dw(s):
    if isinstance(s, R):
        s = s.s
    return sum(cw(c) for c in s)


def chunks(rt, width):
    """split R into pieces of display width <= width (no separators)."""
    rt = rr(rt)
    out, cur, w = [], 0, 0
    start = 0
    for k, c in enumerate(rt.s):
        x = cw(c)
        if w + x > width and k > start:
            out.append(rt.sl(start, k))
            start, w = k, 0
        w += x
    out.append(rt.sl(start))
    return out


def wrap(rt, width, indent=""):
    """hard-wrap a rich paragraph; existing newlines kept."""
    rt = rr(rt)
    lines = []
    pos = 0
    for seg in rt.s.split("\n"):
        lines.append(rt.sl(pos, pos + len(seg)))
        pos += len(seg) + 1
    res = []
    for ln in lines:
        res.append(glue(chunks(ln, width), "\n" + indent))
    # original newlines: re-glue with plain newline, ids preserved if they were inside a span
    out = res[0]
    p = len(lines[0])
    for k in range(1, len(res)):
        nl_id = rt.ids[p] if p < len(rt.ids) else -1
        out = R(out.s + "\n" + res[k].s, out.ids + [nl_id] + res[k].ids)
        p += 1 + len(lines[k])
    return out


class Doc:
    def __init__(self):
        self.kinds = {}
        self.n = 0

    def v(self, text, kind):
        self.n += 1
        self.kinds[self.n] = kind
        return R(text, [self.n] * len(text))

    def spans(self, rt):
        runs = []
        k = 0
        ids = rt.ids
        while k < len(ids):
            if ids[k] == -1:
                k += 1
                continue
            j = k
            while j < len(ids) and ids[j] == ids[k]:
                j += 1
            runs.append([ids[k], k, j])
            k = j
        merged = {}  # type: ignore[var-annotated]
        order = []
        for sid, a, b in runs:
            if sid in merged:
                prev = merged[sid]
                mid = ids[prev[1] : a]
                if any(x != -1 and x != sid for x in mid):
                    raise ValueError("interleaved span %d" % sid)
                prev[1] = b
            else:
                merged[sid] = [a, b]
                order.append(sid)
        out = []
        for sid in order:
            a, b = merged[sid]
            t = rt.s
            while a < b and t[a].isspace():
                a += 1
            while b > a and t[b - 1].isspace():
                b -= 1
            if b > a:
                out.append({"kind": self.kinds[sid], "start": a, "end": b})
        out.sort(key=lambda d: d["start"])
        return out


# ---------------------------------------------------------------- checksums
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(a) * w for a, w in zip(s17, ID_W)) % 11]


def luhn_digit(body):
    tot = 0
    for k, ch in enumerate(reversed(body)):
        d = int(ch)
        if k % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_code(rng):
    if rng.random() < 0.5:
        body = "MA" + "".join(rng.choice(CC) for _ in range(6))
    else:
        body = "".join(rng.choice("0123456789") for _ in range(8))
    val = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    s = sum(val(c) * w for c, w in zip(body, [3, 7, 9, 10, 5, 8, 4, 2]))
    c9 = 11 - s % 11
    c9 = "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))  # type: ignore[assignment]
    return body + c9  # type: ignore[operator]


def credit_code(rng, prefix, region):
    oc = org_code(rng)
    body = prefix + region + oc
    if any(c not in CC for c in body):
        return credit_code(rng, prefix, region)
    s = sum(CC.index(c) * w for c, w in zip(body, CC_W))
    return body + CC[(31 - s % 31) % 31]


def credit_ok(code):
    if len(code) != 18 or any(c not in CC for c in code):
        return False
    s = sum(CC.index(c) * w for c, w in zip(code[:17], CC_W))
    return CC[(31 - s % 31) % 31] == code[17]


# ---------------------------------------------------------------- county data
CN_NUM = "零一二三四五六七八九十"


def cn(n):
    if n <= 10:
        return CN_NUM[n]
    if n < 20:
        return "十" + CN_NUM[n - 10]
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


COUNTIES = {
    "zhenan": dict(
        name="镇安县",
        prov="陕西省",
        city="商洛市",
        short="镇",
        codes=["611025"],
        old=["612526"],
        nb=["611002", "611024", "611026", "611021"],
        area="0914",
        post="711500",
        plate="陕H",
        eco="商洛市生态环境局镇安分局",
        towns={
            "永乐街道": ["东关社区", "西关社区", "城关村", "塔云村", "锡铜村"],
            "回龙镇": ["和平村", "回龙村", "宏丰村", "双喜村"],
            "铁厂镇": ["铁厂村", "西河村", "铁铜村"],
            "大坪镇": ["大坪村", "岩湾村"],
            "米粮镇": ["米粮村", "红卫村", "光明村"],
            "茅坪回族镇": ["茅坪村", "腰庄村", "双坪村"],
            "西口回族镇": ["西口村", "农丰村", "程家村"],
            "高峰镇": ["高峰村", "正河村"],
            "青铜关镇": ["丰收村", "青铜村", "阳坡村"],
            "柴坪镇": ["柴坪村", "石湾村"],
            "达仁镇": ["达仁村", "象园村", "双河村"],
            "木王镇": ["朝阳村", "坪胜村", "木王村"],
            "云盖寺镇": ["西华村", "云镇村", "金钟村", "黑窑沟村"],
            "庙沟镇": ["庙沟村", "蒿坪村"],
            "月河镇": ["月河村", "五一村"],
        },
        streets=["前街", "后街", "城关路", "永乐路", "镇安大道", "东关路", "滨河路"],
        estates=["锦绣华庭", "滨河花园", "永乐小区", "怡景苑"],
        surn="王陈刘张李杨吴余徐黄冯邓曹周程汪胡罗谢何马金柯",
        minority="hui",
    ),
    "lintan": dict(
        name="临潭县",
        prov="甘肃省",
        city="甘南藏族自治州",
        short="潭",
        codes=["623021"],
        old=[],
        nb=["623022", "623001", "623026", "622923"],
        area="0941",
        post="747500",
        plate="甘P",
        eco="甘南州生态环境局临潭分局",
        towns={
            "城关镇": ["西街村", "南门河村", "红堡子村", "古城村"],
            "新城镇": ["城背后村", "南门河村", "东街村", "西街村"],
            "冶力关镇": ["池沟村", "冶海村", "洪家村", "关街村"],
            "羊永镇": ["羊永村", "李岐村"],
            "古战镇": ["古战村", "拉直村"],
            "洮滨镇": ["常旗村", "总寨村"],
            "八角镇": ["八角村", "庙花山村"],
            "流顺镇": ["红崖村", "上寨村"],
            "店子镇": ["店子村", "李家庄村"],
            "王旗镇": ["王旗村", "磨沟村"],
            "术布乡": ["术布村", "江布村"],
            "卓洛回族乡": ["卓洛村", "扁都村"],
            "长川回族乡": ["千家寨村", "敏家咀村"],
            "石门乡": ["石门村", "大桥关村"],
        },
        streets=["西大街", "南大街", "东大街", "北大街", "团结路", "洮州路"],
        estates=["洮州花园", "西苑小区", "幸福家园"],
        surn="王杨刘李张陈丁赵魏敏马马马冶韩穆范何侯周",
        minority="tibetan_hui",
    ),
    "yuexi": dict(
        name="岳西县",
        prov="安徽省",
        city="安庆市",
        short="岳",
        codes=["340828"],
        old=[],
        nb=["340882", "340825", "340826", "340822"],
        area="0556",
        post="246600",
        plate="皖H",
        eco="安庆市岳西县生态环境分局",
        towns={
            "天堂镇": ["天峰社区", "城西村", "汤池村", "天堂村"],
            "店前镇": ["店前村", "马畈村", "东冲村"],
            "河图镇": ["河图村", "明堂村", "南庄村"],
            "五河镇": ["五河村", "新建村"],
            "主簿镇": ["主簿村", "余畈村", "南河村"],
            "冶溪镇": ["冶溪村", "石佛村"],
            "黄尾镇": ["黄尾村", "黄羊村"],
            "来榜镇": ["来榜村", "枯井村"],
            "菖蒲镇": ["菖蒲村", "溪沸村"],
            "响肠镇": ["响肠村", "请水村"],
            "头陀镇": ["头陀村", "新桥村"],
            "白帽镇": ["白帽村", "梓树村"],
            "温泉镇": ["温泉村", "汤池村"],
            "莲云乡": ["腊树村", "平安村"],
            "包家乡": ["包家村", "石佛村"],
            "姚河乡": ["香山村", "姚河村"],
            "古坊乡": ["古坊村", "余畈村"],
            "和平乡": ["和平村", "太平村"],
        },
        streets=["天峰路", "岳山路", "天堂路", "建设路", "城西大道", "天仙河路"],
        estates=["天峰苑", "岳西人家", "天仙河小区", "城西新村"],
        surn="储王汪刘程胡余徐吴陈詹黄朱方李杨江王储",
        minority="",
    ),
    "wuchuan": dict(
        name="武川县",
        prov="内蒙古自治区",
        city="呼和浩特市",
        short="武",
        codes=["150125"],
        old=[],
        nb=["150121", "150105", "150103", "152601"],
        area="0471",
        post="011700",
        plate="蒙A",
        eco="呼和浩特市生态环境局武川县分局",
        towns={
            "可可以力更镇": ["新华村", "东街社区", "西街社区", "水泉村", "七一村"],
            "哈乐镇": ["哈乐村", "十八倾地村", "大南沟村"],
            "西乌兰不浪镇": ["西乌兰不浪村", "土城子村"],
            "上秃亥乡": ["上秃亥村", "西梁村"],
            "大青山乡": ["乌兰不浪村", "北沟村"],
            "二份子乡": ["二份子村", "四份子村"],
            "耗赖山乡": ["耗赖山村", "南地村"],
            "得胜沟乡": ["得胜沟村", "井尔沟村"],
            "哈拉合少乡": ["哈拉合少村", "大豆铺村"],
        },
        streets=["富民路", "团结街", "新华路", "武川大街", "和林路"],
        estates=["富民小区", "金泰家园", "北山小区"],
        surn="王李张刘赵郭贾高任武杨田白云包乔冯韩",
        minority="mongol",
    ),
    "danzhai": dict(
        name="丹寨县",
        prov="贵州省",
        city="黔东南苗族侗族自治州",
        short="丹",
        codes=["522636"],
        old=[],
        nb=["522601", "522635", "522622", "522634"],
        area="0855",
        post="557500",
        plate="贵H",
        eco="黔东南州生态环境局丹寨分局",
        towns={
            "龙泉镇": ["卡拉村", "马寨村", "城江村", "高要村"],
            "兴仁镇": ["烧茶村", "王家村", "园艺村"],
            "排调镇": ["排调村", "麻鸟村", "羊先村"],
            "扬武镇": ["扬武村", "排莫村", "长青村"],
            "雅灰乡": ["雅灰村", "送陇村"],
            "南皋乡": ["石桥村", "清江村", "南皋村"],
            "金钟街道": ["金钟社区", "羊排村"],
        },
        streets=["金泉大道", "东湖路", "城江路", "龙泉大道", "万达大道"],
        estates=["东湖小区", "金泉小区", "卡拉安置点"],
        surn="王杨龙潘吴李余韦罗陈顾文蒙熊石王杨",
        minority="miao",
    ),
    "yongsheng": dict(
        name="永胜县",
        prov="云南省",
        city="丽江市",
        short="永",
        codes=["530722"],
        old=["533222"],
        nb=["530702", "530723", "530724", "530721"],
        area="0888",
        post="674200",
        plate="云P",
        eco="丽江市生态环境局永胜分局",
        towns={
            "永北镇": ["城北社区", "城南社区", "龙潭村", "太极村"],
            "仁和镇": ["仁和村", "龙华村"],
            "期纳镇": ["期纳村", "清水村", "中河村"],
            "三川镇": ["金官村", "翠湖村", "莲花村"],
            "程海镇": ["兴仁村", "河口村", "马军村"],
            "涛源镇": ["涛源村", "金江村"],
            "片角镇": ["片角村", "大坪村"],
            "顺州镇": ["顺州村", "分水岭村"],
            "羊坪彝族乡": ["羊坪村", "彩凤村"],
            "六德傈僳族彝族乡": ["六德村", "双河村"],
            "东山傈僳族彝族乡": ["东山村", "新山村"],
            "光华傈僳族彝族乡": ["光华村", "金华村"],
            "松坪傈僳族彝族乡": ["松坪村", "乐园村"],
            "大安彝族纳西族乡": ["大安村", "红石村"],
        },
        streets=["北大街", "南大街", "东大街", "莲湖路", "玉河路"],
        estates=["莲湖小区", "东华苑", "北门小区"],
        surn="杨李王赵刘张周和余罗谷杨陈何章李",
        minority="yi_lisu",
    ),
}
CKEYS = list(COUNTIES)
ALL_CODES = set()
for _c in COUNTIES.values():
    ALL_CODES.update(_c["codes"] + _c["old"] + _c["nb"])  # type: ignore[operator]

GIVEN_M_OLD = "德福贵明华军国平建忠林文全成发富生荣海云山春宝才学有金志兴"
GIVEN_F_OLD = "秀兰英芳桂珍凤琴梅玉翠菊花霞莲娥香群红琼巧彩银"
GIVEN_M_NEW = "浩宇杰涛鹏飞磊强超伟鑫博轩俊晨阳皓睿泽凯豪航"
GIVEN_F_NEW = "欣婷雨涵静丽娜悦婧佳怡琳萱雪敏倩瑶璐楠颖"
TIB_M = [
    "才让",
    "扎西",
    "旦正",
    "贡保",
    "索南",
    "尕藏",
    "东知",
    "道吉",
    "完玛",
    "桑吉",
    "加措",
    "拉加",
    "多杰",
]
TIB_F = ["卓玛", "拉毛", "才让草", "卓玛草", "拉毛草", "吉毛", "尕藏草", "娘吉", "东知草", "完玛草"]
MON_M = ["巴特尔", "额尔敦", "苏和", "宝音", "朝鲁", "阿拉坦", "孟和", "白音", "毕力格", "巴图", "特木尔"]
MON_F = ["乌日娜", "其其格", "那仁花", "图雅", "乌云", "斯琴高娃", "敖登", "萨仁", "高娃", "乌兰"]
YI_FAM = ["吉克", "沙马", "阿苦", "瓦扎", "海来", "吉伍", "阿约", "俄木"]
YI_GIV_M = ["尔体", "木呷", "拉哈", "伍呷", "阿支", "石布", "日古", "尔洛"]
YI_GIV_F = ["阿呷", "莫色", "阿果", "伍各", "阿依", "日嫫", "阿妞"]
HUI_SURN = "马马马丁敏冶穆韩拜虎"

DISEASES = [
    "尿毒症",
    "肺癌",
    "胃癌晚期",
    "乳腺癌",
    "急性白血病",
    "脑梗塞",
    "脑出血后遗症",
    "精神分裂症",
    "双相情感障碍",
    "肝硬化",
    "慢性肾衰竭",
    "冠心病",
    "糖尿病肾病",
    "类风湿性关节炎",
    "肺结核",
    "先天性心脏病",
    "脑瘫",
    "癫痫",
    "帕金森病",
    "阿尔茨海默病",
    "重度抑郁症",
    "系统性红斑狼疮",
    "强直性脊柱炎",
    "股骨头坏死",
    "宫颈癌",
    "鼻咽癌",
    "再生障碍性贫血",
    "慢性阻塞性肺疾病",
    "尘肺病",
    "肝包虫病",
    "食道癌",
    "直肠癌",
    "肾病综合征",
    "慢性心力衰竭",
    "甲状腺癌",
    "淋巴瘤",
]
INJURIES = [
    "左胫腓骨骨折",
    "腰椎压缩性骨折",
    "颅脑损伤",
    "右手食指离断",
    "面部软组织挫伤",
    "鼻骨骨折",
    "右股骨颈骨折",
    "大面积烧伤",
    "肋骨骨折",
    "脾破裂",
    "左眼外伤致失明",
]
DIS_TYPES = ["肢体", "视力", "听力", "言语", "智力", "精神", "多重"]
GRADES = ["一", "二", "三", "四"]
SCREEN = ["乙肝表面抗原阳性", "HPV16型阳性", "乳腺BI-RADS 4类结节", "梅毒螺旋体抗体阳性", "空腹血糖偏高"]
BANK_BINS = [
    ("622848", 19, "农业银行"),
    ("622845", 19, "农业银行"),
    ("621799", 19, "邮储银行"),
    ("622188", 19, "邮储银行"),
    ("622202", 19, "工商银行"),
    ("621226", 19, "工商银行"),
    ("621700", 19, "建设银行"),
    ("622700", 19, "建设银行"),
    ("622588", 16, "招商银行"),
    ("621661", 19, "中国银行"),
]
MOB_PRE = [
    "130",
    "131",
    "132",
    "133",
    "134",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "173",
    "175",
    "176",
    "177",
    "178",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "191",
    "193",
    "195",
    "198",
    "199",
]


# ---------------------------------------------------------------- per-document context
class Ctx:
    def __init__(self, rng, ck):
        self.rng = rng
        self.ck = ck
        self.c = COUNTIES[ck]
        self.d = Doc()
        r = rng.random()
        self.mode = "none" if r < 0.62 else ("partial" if r < 0.92 else "full")
        kinds = [
            "name",
            "id_card",
            "mobile",
            "bank_card",
            "address",
            "landline",
            "health",
            "email",
            "license_plate",
            "passport",
            "id_card_15",
        ]
        if self.mode == "none":
            self.masked = set()
        elif self.mode == "full":
            self.masked = set(kinds) - ({"health"} if rng.random() < 0.5 else set())
        else:
            self.masked = set(
                rng.sample(["id_card", "mobile", "bank_card", "address", "name", "health"], rng.randint(1, 2))
            )
            if rng.random() < 0.5:
                self.masked |= {"id_card", "id_card_15"}
        self.leak = {"none": 0.0, "partial": 0.05, "full": 0.12}[self.mode]
        self.name_mask = rng.choice(["star_mid", "star_tail", "mou", "moumou"])
        self.id_mask = rng.choice(["6_4", "2_3", "6_3", "birth", "10_4"])
        self.mob_mask = rng.choice(["3_4", "3_0", "7"])
        self.spaced = rng.random() < 0.25
        self.used_names = set()
        self.year = rng.choice([2021, 2022, 2023, 2024, 2024, 2025])

    # ---- random helpers
    def ch(self, seq):
        return self.rng.choice(seq)

    def ri(self, a, b):
        return self.rng.randint(a, b)

    def p(self, x):
        return self.rng.random() < x

    def V(self, text, kind):
        return self.d.v(text, kind)

    def is_masked(self, kind):
        return kind in self.masked and not self.p(self.leak)

    # ---- dates
    def date(self, year=None, m0=1, m1=12):
        y = year or self.year
        m = self.ri(m0, m1)
        dd = self.ri(1, 28)
        return datetime.date(y, m, dd)

    def dstr(self, d, style=None):
        style = style or self.ch(["cn", "cn", "dash", "dot"])
        if style == "cn":
            return "%d年%d月%d日" % (d.year, d.month, d.day)
        if style == "dash":
            return d.strftime("%Y-%m-%d")
        if style == "dot":
            return "%d.%d.%d" % (d.year, d.month, d.day)
        return "%d/%02d/%02d" % (d.year, d.month, d.day)

    # ---- names
    def han_name(self, g, age, surn=None):
        surn = surn or self.ch(self.c["surn"])
        old = age >= 45
        pool = (GIVEN_M_OLD if old else GIVEN_M_NEW) if g == "M" else (GIVEN_F_OLD if old else GIVEN_F_NEW)
        if self.p(0.3 if old else 0.2):
            return surn + self.ch(pool)
        return surn + self.ch(pool) + self.ch(pool + (GIVEN_M_OLD if g == "M" else GIVEN_F_OLD))

    def raw_name(self, g, age, surn=None):
        m = self.c["minority"]
        r = self.rng.random()
        if surn is None:
            if m == "tibetan_hui" and r < 0.30:
                t = self.ch(TIB_M if g == "M" else TIB_F)
                if self.p(0.3):
                    t = self.ch("杨王李张") + t
                return t, "藏族"
            if m == "tibetan_hui" and r < 0.55:
                return self.han_name(g, age, self.ch(HUI_SURN)), "回族"
            if m == "hui" and r < 0.12:
                return self.han_name(g, age, self.ch(HUI_SURN)), "回族"
            if m == "mongol" and r < 0.18:
                t = self.ch(MON_M if g == "M" else MON_F)
                if self.p(0.3):
                    t = self.ch("包白云奇") + t[:2]
                return t, "蒙古族"
            if m == "miao" and r < 0.7:
                return self.han_name(g, age, self.ch("王杨龙潘吴李余韦罗陈石熊")), self.ch(
                    ["苗族", "苗族", "水族", "汉族"]
                )
            if m == "yi_lisu" and r < 0.15:
                return self.ch(YI_FAM) + self.ch(YI_GIV_M if g == "M" else YI_GIV_F), "彝族"
            if m == "yi_lisu" and r < 0.30:
                return self.han_name(g, age, self.ch("余李密熊")), "傈僳族"
            if m == "yi_lisu" and r < 0.38:
                return self.han_name(g, age, self.ch("和木")), "纳西族"
        return self.han_name(g, age, surn), "汉族"

    def person(self, age=None, g=None, surn=None, rel=None):
        g = g or self.ch("MF")
        if age is None:
            age = self.ri(22, 86)
        for _ in range(20):
            nm, eth = self.raw_name(g, age, surn)
            if nm not in self.used_names:
                break
        self.used_names.add(nm)
        born = datetime.date(self.year - age, self.ri(1, 12), self.ri(1, 28))
        return dict(
            name=nm, g=g, age=age, eth=eth, born=born, rel=rel, id=self.make_id(born, g), mob=self.mobile()
        )

    def make_id(self, born, g, code=None):
        if code is None:
            r = self.rng.random()
            if r < 0.12 and self.c["old"]:
                code = self.ch(self.c["old"])
            elif r < 0.2:
                code = self.ch(self.c["nb"])
            else:
                code = self.ch(self.c["codes"])
        seq = self.ri(0, 99) * 10 + self.ri(0, 9)
        seq = seq - seq % 2 + (1 if g == "M" else 0)
        s17 = code + born.strftime("%Y%m%d") + "%03d" % seq
        return s17 + id_check(s17)

    def id15(self, p):
        code = self.ch(self.c["old"] or self.c["codes"])
        seq = self.ri(0, 499) * 2 + (1 if p["g"] == "M" else 0)
        return code + p["born"].strftime("%y%m%d") + "%03d" % seq

    def mobile(self):
        return self.ch(MOB_PRE) + "".join(str(self.ri(0, 9)) for _ in range(8))

    def landline(self, office=False):
        num = str(self.ri(2, 8)) + "".join(str(self.ri(0, 9)) for _ in range(6))
        sty = self.ri(0, 3)
        a = self.c["area"]
        if sty == 0:
            return a + "-" + num  # type: ignore[operator]
        if sty == 1:
            return "（%s）%s" % (a, num) if office else a + "-" + num  # type: ignore[operator]
        if sty == 2:
            return a + num  # type: ignore[operator]
        return a + "-" + num  # type: ignore[operator]

    def bank(self):
        bin_, ln, bname = self.ch(BANK_BINS)
        body = bin_ + "".join(str(self.ri(0, 9)) for _ in range(ln - 1 - len(bin_)))
        return body + luhn_digit(body), bname

    def email(self):
        if self.p(0.55):
            return "".join(str(self.ri(0, 9)) for _ in range(self.ri(8, 10))).lstrip("0") + "@qq.com"
        return (
            "".join(self.ch("abcdefghjklmnpqrstwxyz") for _ in range(self.ri(2, 4)))
            + str(self.ri(1960, 2005))
            + self.ch(["@163.com", "@126.com", "@sina.com"])
        )

    def plate(self):
        L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        if self.p(0.15):  # new energy
            return self.c["plate"] + self.ch("DF") + "".join(str(self.ri(0, 9)) for _ in range(5))
        tail = [str(self.ri(0, 9)) for _ in range(5)]
        for _ in range(self.ri(0, 2)):
            tail[self.ri(0, 3)] = self.ch(L)
        return self.c["plate"] + "".join(tail)  # type: ignore[operator]

    def passport(self):
        if self.p(0.5):
            return "E" + "".join(str(self.ri(0, 9)) for _ in range(8))
        return "E" + self.ch("ABCDEFGHJKLMNPQRSTUVWXYZ") + "".join(str(self.ri(0, 9)) for _ in range(7))

    def hk(self):
        if self.p(0.5):
            return "C" + "".join(str(self.ri(0, 9)) for _ in range(8))
        return "C" + self.ch("ABCDEFGHJKLMNPQRSTUVWXYZ") + "".join(str(self.ri(0, 9)) for _ in range(7))

    def tw(self):
        return "L" + "".join(str(self.ri(0, 9)) for _ in range(8))

    def health(self, kind=None):
        kind = kind or self.ch(["dis", "dis", "dsb", "dsb", "inj"])
        if kind == "dis":
            return self.ch(DISEASES)
        if kind == "inj":
            return self.ch(INJURIES)
        if kind == "scr":
            return self.ch(SCREEN)
        t, g = self.ch(DIS_TYPES), self.ch(GRADES)
        return self.ch(
            [t + "残疾" + g + "级", t + g + "级", g + "级" + t + "残疾", t + "残疾（" + g + "级）"]
        )

    # ---- places
    def town(self):
        return self.ch(list(self.c["towns"]))

    def village(self, town=None):
        town = town or self.town()
        return town, self.ch(self.c["towns"][town])  # type: ignore[index]

    def group(self):
        n = self.ri(1, 14)
        return self.ch([cn(n) + "组", str(n) + "组", cn(n) + "组", "第" + cn(n) + "村民小组"])

    def address(self, town=None, vil=None, level=None):
        """returns (text, is_home_level)"""
        town = town or self.town()
        vil = vil or self.ch(self.c["towns"][town])  # type: ignore[index]
        c = self.c
        pre = self.ch(["", "", "", c["name"], c["name"], c["prov"] + c["name"], c["city"] + c["name"]])  # type: ignore[operator]
        urban = vil.endswith("社区") or (self.p(0.25) and town in list(c["towns"])[:1])
        if urban:
            st = self.ch(c["streets"])
            num = "%d号" % self.ri(1, 260)
            tail = ""
            r = self.rng.random()
            if r < 0.4:
                tail = "%d栋%d单元%d%02d室" % (self.ri(1, 12), self.ri(1, 4), self.ri(1, 11), self.ri(1, 4))
            elif r < 0.6:
                tail = "附%d号" % self.ri(1, 9)
            elif r < 0.8:
                st = self.ch(c["estates"])
                num = ""
                tail = "%d号楼%d单元%d%02d室" % (self.ri(1, 12), self.ri(1, 4), self.ri(1, 11), self.ri(1, 4))
            mid = town + (vil if vil.endswith("社区") and self.p(0.5) else "")
            return pre + mid + st + num + tail
        g = self.group()
        tail = ""
        if self.p(0.35):
            tail = "%d号" % self.ri(1, 80)
        start = self.ch(["full", "full", "full", "vil"])
        if start == "vil" and not pre:
            return vil + g + tail
        return pre + town + vil + g + tail

    def vil_addr(self, town=None, vil=None):
        town, vil = (town, vil) if town and vil else self.village(town)
        return self.ch(["", self.c["name"]]) + town + vil

    # ---- maskable values
    def m_name(self, nm):
        if len(nm) <= 1:
            return nm
        s = self.name_mask
        if s == "star_mid":
            return nm[0] + "*" + (nm[-1] if len(nm) > 2 else "")
        if s == "star_tail":
            return nm[0] + "*" * (len(nm) - 1)
        if s == "mou":
            return nm[0] + "某"
        return nm[0] + "某某"

    def m_id(self, v):
        s = self.id_mask
        if len(v) == 15:
            return v[:6] + "******" + v[-3:]
        if s == "6_4":
            return v[:6] + "********" + v[-4:]
        if s == "2_3":
            return v[:2] + "*" * 13 + v[-3:]
        if s == "6_3":
            return v[:6] + "*" * 9 + v[-3:]
        if s == "birth":
            return v[:6] + "********" + v[14:]
        return v[:10] + "****" + v[14:]

    def m_mob(self, v):
        s = self.mob_mask
        if s == "3_4":
            return v[:3] + "****" + v[-4:]
        if s == "3_0":
            return v[:3] + "********"
        return v[:7] + "****"

    def N(self, p_or_name, spaced_ok=False):
        nm = p_or_name["name"] if isinstance(p_or_name, dict) else p_or_name
        if self.is_masked("name"):
            return R(self.m_name(nm))
        if spaced_ok and self.spaced and len(nm) == 2:
            nm = nm[0] + self.ch(["  ", "　", " "]) + nm[1]
        return self.V(nm, "name")

    def ID(self, v, xlsx=False):
        kind = "id_card_15" if len(v) == 15 else "id_card"
        if self.is_masked(kind):
            return R(self.m_id(v))
        if v.endswith("X") and self.p(0.1):
            v = v[:-1] + "x"
        if xlsx:
            r = self.rng.random()
            if r < 0.15:
                return R("%.5E" % float(v[:17] + "0"))
            if r < 0.3:
                return "'" + self.V(v, kind)
            if r < 0.4:
                return '="' + self.V(v, kind) + '"'
        return self.V(v, kind)

    def MOB(self, v):
        if self.is_masked("mobile"):
            return R(self.m_mob(v))
        if self.p(0.06):
            return self.V(v[:3] + "-" + v[3:7] + "-" + v[7:], "mobile")
        if self.p(0.06):
            return self.V(v[:3] + " " + v[3:7] + " " + v[7:], "mobile")
        return self.V(v, "mobile")

    def PHONE(self, p, land=0.12):
        """a private person's contact number: mostly mobile, sometimes a home landline"""
        if self.p(land):
            return self.TEL(self.landline())
        return self.MOB(p["mob"])

    def TEL(self, v):
        if self.is_masked("landline"):
            return R(v[:-4] + "****")
        return self.V(v, "landline")

    def BANK(self, v):
        if self.is_masked("bank_card"):
            return R(
                self.ch(
                    [v[:6] + "*" * (len(v) - 10) + v[-4:], "****" + v[-4:], v[:4] + " **** **** " + v[-4:]]
                )
            )
        if self.p(0.12):
            return self.V(" ".join(v[k : k + 4] for k in range(0, len(v), 4)), "bank_card")
        return self.V(v, "bank_card")

    def ADDR(self, a, town=None, vil=None):
        if self.is_masked("address"):
            return R(
                self.ch(
                    [self.vil_addr(town, vil) if town and vil else a[: max(4, len(a) // 2)] + "***", "******"]
                )
            )
        return self.V(a, "address")

    def HEALTH(self, h, alt=None):
        if self.is_masked("health"):
            return R(alt if alt is not None else self.ch(["因病", "***", "患病", "（略）"]))
        return self.V(h, "health")

    def EMAIL(self, e):
        if self.is_masked("email"):
            u, dom = e.split("@")
            return R(u[:2] + "****@" + dom)
        return self.V(e, "email")

    def PLATE(self, p):
        if self.is_masked("license_plate"):
            return R(p[:3] + "**" + p[-2:])
        if self.p(0.2) and len(p) == 7:
            return self.V(p[:2] + "·" + p[2:], "license_plate")
        return self.V(p, "license_plate")

    def DOCNUM(self, kind, v):
        if self.is_masked("passport"):
            return R(v[:2] + "*****" + v[-2:])
        return self.V(v, kind)

    # ---- near-miss values
    def office_tel(self):
        return self.landline(office=True)

    def office_mail(self, abbr):
        return (
            abbr + self.ch(["@163.com", "@126.com", "@qq.com"])
            if self.p(0.6)
            else abbr + "@" + self.ch(["sina.com", "163.com"])
        )

    def uscc(self, kind="91"):
        return credit_code(self.rng, kind, self.ch(self.c["codes"]))

    def suoyin(self):
        return credit_code(self.rng, "11", self.ch(self.c["codes"])) + "/%d-%05d" % (
            self.year,
            self.ri(1, 3000),
        )

    def fake18(self):
        while True:
            s = "".join(str(self.ri(0, 9)) for _ in range(17))
            if self.p(0.5):
                s = self.c["codes"][0] + "%d%02d%02d" % (self.year, self.ri(1, 12), self.ri(1, 28)) + s[:3]  # type: ignore[index]
            else:
                s = "%d%02d%02d" % (self.year, self.ri(1, 12), self.ri(1, 28)) + s[:9]
            last = str(self.ri(0, 9))
            if last != id_check(s):
                return s + last

    def luhn_fake(self, n=16):
        body = str(self.year) + "".join(str(self.ri(0, 9)) for _ in range(n - 5))
        return body + luhn_digit(body)

    def office_account(self):
        pre = self.ch(["2706", "1020", "5300", "6101"])
        body = pre + "".join(str(self.ri(0, 9)) for _ in range(self.ri(14, 17)))
        return body + (luhn_digit(body) if self.p(0.5) else str(self.ri(0, 9)))

    def wenhao(self, abbr):
        return "%s〔%d〕%d号" % (abbr, self.year, self.ri(1, 260))

    def cadre(self):
        """an official / cadre name (not labelled)"""
        for _ in range(20):
            nm = self.raw_name(self.ch("MF"), self.ri(28, 55))[0]
            if nm not in self.used_names:
                break
        self.used_names.add(nm)
        return nm


# ---------------------------------------------------------------- table rendering
def _pad(rt, w):
    return rr(rt) + " " * max(0, w - dw(rt))


def render_table(
    ctx,
    headers,
    rows,
    style,
    title=None,
    header2=None,
    wrap_last=None,
    cell_wrap=None,
    page_rows=None,
    footer=None,
    running=None,
):
    """headers: list[str]; header2: optional second header row (merged-cell style);
    rows: list of list of R/str."""
    rows = [[rr(c) for c in row] for row in rows]
    H = [list(headers)] + ([list(header2)] if header2 else [])
    out = []
    if style in ("csv", "tsv", "xlsx"):
        sep = "," if style == "csv" else "\t"

        def cell(c):
            c = rr(c)
            if style == "csv" and ("," in c.s or '"' in c.s):
                inner = R(c.s.replace('"', '""'), None)
                # keep ids (quotes doubled only outside spans in our data)
                inner = c if '"' not in c.s else inner
                return '"' + inner + '"'
            return c

        lines = []
        if style == "xlsx":
            lines.append(R(ctx.ch(["Sheet1", "工作表1", "sheet1", (title or "Sheet1")[:12]])))
        if title and style != "xlsx":
            lines.append(R(title + (sep * (len(headers) - 1) if ctx.p(0.5) else "")))
        for h in H:
            lines.append(rjoin(sep, [cell(x) for x in h]))
        for row in rows:
            ln = rjoin(sep, [cell(x) for x in row])
            if style == "xlsx" and ctx.p(0.3):
                ln = ln + sep * ctx.ri(1, 3)
            lines.append(ln)
        return rjoin("\n", lines)
    if style == "cells":
        lines = []
        cw_ = cell_wrap or ctx.ri(6, 12)
        if title:
            lines.extend(chunks(title, 40))
        hdr = [x for h in H for x in h if x]

        def emit_header():
            for x in hdr:
                lines.append(glue(chunks(x, cw_), "\n"))

        emit_header()
        for k, row in enumerate(rows):
            if page_rows and k and k % page_rows == 0:
                if footer:
                    lines.append(R(footer(k // page_rows)))
                if running:
                    lines.append(R("\f" + running))
                emit_header()
            for c in row:
                if not c.s.strip():
                    continue
                lines.append(glue(chunks(c, cw_ * 2), "\n"))
        if footer and page_rows:
            lines.append(R(footer(len(rows) // page_rows + 1)))
        return rjoin("\n", lines)
    # width-based styles
    ncol = len(headers)
    widths = [0] * ncol
    for h in H:
        for k, x in enumerate(h):
            widths[k] = max(widths[k], dw(x))
    for row in rows:
        for k, c in enumerate(row):
            if style == "layout" and wrap_last and k == ncol - 1:
                widths[k] = max(widths[k], min(dw(c), wrap_last))
            else:
                widths[k] = max(widths[k], dw(c))
    if style == "layout":
        gap = " " * ctx.ch([2, 2, 2, 3, 4])
        lead = " " * ctx.ch([0, 0, 1, 2])

        def line(cells):
            segs = []
            for k, c in enumerate(cells):
                segs.append(_pad(c, widths[k]) if k < ncol - 1 else rr(c))
            return (lead + rjoin(gap, segs)).rstrip()

        colstart = len(lead) + sum(widths[:-1]) + len(gap) * (ncol - 1)
        lines = []
        if title:
            lines.append(R(" " * ctx.ri(6, 20) + title))
            lines.append(R(""))

        def emit_header():
            for h in H:
                lines.append(line([x for x in h]))

        emit_header()
        for k, row in enumerate(rows):
            if page_rows and k and k % page_rows == 0:
                if footer:
                    lines.append(R(" " * 30 + footer(k // page_rows)))
                lines.append(R("\f" + (running or "")))
                emit_header()
            last = row[-1]
            if wrap_last and dw(last) > wrap_last:
                parts = chunks(last, wrap_last)
                first = line(row[:-1] + [parts[0]])
                seps = ["\n" + " " * colstart] * (len(parts) - 1)
                lines.append(glue([first] + parts[1:], seps))
            else:
                lines.append(line(row))
        if footer and page_rows:
            lines.append(R(" " * 30 + footer(len(rows) // page_rows + 1)))
        return rjoin("\n", lines)
    if style == "pipe":

        def line(cells):
            return "| " + rjoin(" | ", [_pad(c, widths[k]) for k, c in enumerate(cells)]) + " |"

        lines = []
        if title:
            lines.append(R(title))
        for h in H:
            lines.append(line(h))
        if ctx.p(0.6):
            lines.append(R("|" + "|".join("-" * (w + 2) for w in widths) + "|"))
        for row in rows:
            lines.append(line(row))
        return rjoin("\n", lines)

    # box
    def hline(l, m, r_):
        return R(l + m.join("─" * (w + 2) for w in widths) + r_)

    def line(cells):  # type: ignore[no-redef]
        return "│ " + rjoin(" │ ", [_pad(c, widths[k]) for k, c in enumerate(cells)]) + " │"

    lines = []
    if title:
        lines.append(R(" " * ctx.ri(4, 16) + title))
    lines.append(hline("┌", "┬", "┐"))
    for h in H:
        lines.append(line(h))
    lines.append(hline("├", "┼", "┤"))
    for k, row in enumerate(rows):
        if k and ctx.p(0.3):
            lines.append(hline("├", "┼", "┤"))
        lines.append(line(row))
    lines.append(hline("└", "┴", "┘"))
    return rjoin("\n", lines)


def pick_table_style(ctx, allow_cells=True):
    opts = ["csv", "csv", "tsv", "tsv", "layout", "layout", "layout", "pipe", "xlsx"] + (
        ["cells", "cells"] if allow_cells else []
    )
    if ctx.p(0.07):
        return "box"
    return ctx.ch(opts)


# ---------------------------------------------------------------- forms
def render_form(ctx, pairs, style=None, width=None):
    """pairs: list of (label, value R); value may be '' ."""
    style = style or ctx.ch(["colon", "colon", "grid2", "lines", "box"])
    pairs = [(l, rr(v)) for l, v in pairs]
    if style == "colon":
        col = ctx.ch(["：", "：", ":", "： "])
        return rjoin("\n", [l + col + v for l, v in pairs])
    if style == "lines":
        out = []
        for l, v in pairs:
            out.append(R(l))
            if v.s:
                out.append(glue(chunks(v, width or ctx.ri(14, 26)), "\n"))
        return rjoin("\n", out)
    if style == "grid2":
        out = []
        lw = max(dw(l) for l, _ in pairs) + 2
        for k in range(0, len(pairs), 2):
            a = pairs[k]
            s = _pad(a[0] + "：" + a[1], lw + 24)
            if k + 1 < len(pairs):
                b = pairs[k + 1]
                s = s + "  " + b[0] + "：" + b[1]
            out.append(rr(s).rstrip())
        return rjoin("\n", out)
    # box: label | value | label | value  (label | value when values are long)
    if max(dw(v) for _, v in pairs) > 26:
        lw = max(dw(l) for l, _ in pairs)
        vw = max(dw(v) for _, v in pairs)
        lines = [R("┌" + "─" * lw + "┬" + "─" * vw + "┐")]
        for k, (l, v) in enumerate(pairs):
            if k:
                lines.append(R("├" + "─" * lw + "┼" + "─" * vw + "┤"))
            lines.append("│" + _pad(l, lw) + "│" + _pad(v, vw) + "│")
        lines.append(R("└" + "─" * lw + "┴" + "─" * vw + "┘"))
        return rjoin("\n", lines)
    rows = []
    for k in range(0, len(pairs), 2):
        a = pairs[k]
        b = pairs[k + 1] if k + 1 < len(pairs) else ("", R(""))
        rows.append([R(a[0]), a[1], R(b[0]), b[1]])
    w = [max(dw(r_[j]) for r_ in rows) for j in range(4)]

    def line(cells):
        return "│" + rjoin("│", [_pad(c, w[j]) for j, c in enumerate(cells)]) + "│"

    lines = [R("┌" + "┬".join("─" * x for x in w) + "┐")]
    for k, r_ in enumerate(rows):
        if k:
            lines.append(R("├" + "┼".join("─" * x for x in w) + "┤"))
        lines.append(line(r_))
    lines.append(R("└" + "┴".join("─" * x for x in w) + "┘"))
    return rjoin("\n", lines)


def tick(ctx, options, chosen):
    on, off = ctx.ch([("☑", "□"), ("■", "□"), ("√", "□"), ("☑", "☐")])
    return "  ".join((on if o == chosen else off) + o for o in options)


def prose(ctx, rt, width=None, indent=True):
    width = width or ctx.ch([None, 60, 66, 72, 78, 84])
    rt = rr(rt)
    paras = []
    pos = 0
    for seg in rt.s.split("\n"):
        paras.append(rt.sl(pos, pos + len(seg)))
        pos += len(seg) + 1
    out = []
    for pa in paras:
        if indent and pa.s and not pa.s.startswith(("  ", "　")):
            pa = "　　" + pa
        out.append(glue(chunks(pa, width), "\n") if width else pa)
    return rjoin("\n", out)


# ---------------------------------------------------------------- shared pieces
def county_office(ctx, kind):
    c = ctx.c
    return {
        "mz": c["name"] + "民政局",
        "sj": c["name"] + "市场监督管理局",
        "ga": c["name"] + "公安局",
        "zr": c["name"] + "自然资源局",
        "ny": c["name"] + "农业农村局",
        "st": c["eco"],
        "wj": c["name"] + "卫生健康局",
        "zf": c["name"] + "人民政府办公室",
        "cl": c["name"] + "残疾人联合会",
        "zj": c["name"] + "住房和城乡建设局",
        "rs": c["name"] + "人力资源和社会保障局",
    }[kind]


def footer_fn(ctx, total=None):
    sty = ctx.ri(0, 3)
    if sty == 0:
        return lambda k: "第 %d 页" % k
    if sty == 1:
        return lambda k: "- %d -" % k
    if sty == 2:
        return lambda k: "第%d页，共%d页" % (k, total or k)
    return lambda k: "%d" % k


def sign_block(ctx, org, d=None):
    d = d or ctx.date()
    return R("\n" + " " * ctx.ri(20, 36) + org + "\n" + " " * ctx.ri(22, 38) + ctx.dstr(d, "cn"))


def cadre_line(ctx):
    parts = []
    for lab in ctx.rng.sample(["制表人", "审核人", "经办人", "负责人", "分管领导"], ctx.ri(2, 3)):
        parts.append("%s：%s" % (lab, ctx.cadre()))
    return "    ".join(parts)


def reason_generic(ctx):
    return ctx.ch(
        ["因病", "因残", "因学", "缺劳力", "缺技术", "因灾", "自身发展动力不足", "因病致贫", "因残致贫"]
    )


# ---------------------------------------------------------------- family: roster
def fam_roster(ctx, size):
    sub = ctx.ch(["dibao", "dibao", "tekun", "linshi", "members", "canbu"])
    town, _ = ctx.village()
    style = pick_table_style(ctx)
    n = max(3, int(ctx.ri(8, 30) * size))
    ym = "%d年%d月" % (ctx.year, ctx.ri(1, 12))
    xl = style == "xlsx"
    spaced = style in ("layout", "box")
    rows = []
    if sub == "dibao":
        kind = ctx.ch(["农村", "城市"])
        title = ctx.ch(
            [
                "%s%s%s最低生活保障金发放花名册" % (town, ym, kind),
                "%s%s低保对象名册（%s）" % (ctx.c["name"], kind, ym),
                "%s%s低保资金社会化发放明细表" % (town, ym),
            ]
        )
        cols = ["序号", "村（社区）", "户主姓名", "身份证号码", "保障人口", "保障类别", "月保障金（元）"]
        opt = ctx.rng.sample(
            ["账号", "联系电话", "家庭住址", "备注", "账号", "家庭住址", "保障对象", "保障对象"], ctx.ri(2, 4)
        )
        opt = list(dict.fromkeys(opt)) + (["低保证号"] if ctx.p(0.15) else [])
        cols += opt
        tot = 0
        drop_vil = ctx.p(0.5)
        if drop_vil:
            cols.remove("村（社区）")
        for k in range(n):
            p = ctx.person(age=ctx.ri(30, 88))
            t, vil = ctx.village(town)
            amt = ctx.ch([380, 420, 455, 510, 560, 615, 690]) * ctx.ri(1, 4)
            tot += amt
            idv = ctx.ID(ctx.id15(p) if p["age"] > 62 and ctx.p(0.12) else p["id"], xlsx=xl)
            row = [
                str(k + 1),
                vil,
                ctx.N(p, spaced),
                idv,
                str(ctx.ri(1, 5)),
                ctx.ch(["A类", "B类", "C类", "一类", "二类", "三类"]),
                str(amt),
            ]
            if drop_vil:
                row.pop(1)
            for o in opt:
                if o == "账号":
                    row.append(ctx.BANK(ctx.bank()[0]))
                elif o == "联系电话":
                    row.append(ctx.PHONE(p) if ctx.p(0.9) else R(""))
                elif o == "家庭住址":
                    row.append(ctx.ADDR(ctx.address(t, vil), t, vil))
                elif o == "保障对象":
                    sep_ = ctx.ch(["、", "，", " "])
                    ms = [ctx.N(p, False)] + [
                        ctx.N(
                            ctx.person(age=ctx.ri(3, 80), surn=p["name"][0] if p["eth"] == "汉族" else None)
                        )
                        for _ in range(ctx.ri(0, 3))
                    ]
                    row.append(rjoin(sep_, ms))
                elif o == "低保证号":
                    row.append("%s民低字第%04d号" % (ctx.c["short"], ctx.ri(1, 3000)))
                else:
                    r = ctx.rng.random()
                    if r < 0.35:
                        row.append(ctx.HEALTH(ctx.health()))
                    elif r < 0.6:
                        row.append(reason_generic(ctx))
                    elif r < 0.7:
                        q = ctx.person(age=ctx.ri(8, 80))
                        row.append("配偶" + ctx.N(q) + ctx.ch(["患", "系"]) + ctx.HEALTH(ctx.health()))
                    else:
                        row.append("")
            rows.append(row)
        rows.append(["合计"] + [""] * (len(cols) - len(opt) - 2) + [str(tot)] + [""] * len(opt))
    elif sub == "tekun":
        title = ctx.ch(
            [
                "%s特困人员供养对象名册" % town,
                "%s%d年度特困供养人员花名册" % (ctx.c["name"], ctx.year),
                "%s分散供养特困人员基本信息表" % town,
            ]
        )
        cols = [
            "序号",
            "姓名",
            "性别",
            "民族",
            "身份证号码",
            "供养方式",
            "家庭住址",
            "自理能力",
            "疾病或残疾情况",
            "照料人",
            "照料人电话",
        ]
        for cc_ in ("民族", "性别", "自理能力", "供养方式"):
            if ctx.p(0.5):
                cols.remove(cc_)
        for k in range(n):
            p = ctx.person(age=ctx.ri(16, 92))
            t, vil = ctx.village(town)
            q = ctx.person(age=ctx.ri(30, 65))
            m = {
                "序号": str(k + 1),
                "姓名": ctx.N(p, spaced),
                "性别": "男" if p["g"] == "M" else "女",
                "民族": p["eth"],
                "身份证号码": ctx.ID(p["id"], xlsx=xl),
                "供养方式": ctx.ch(["分散供养", "分散供养", "集中供养"]),
                "家庭住址": ctx.ADDR(ctx.address(t, vil), t, vil),
                "自理能力": ctx.ch(["全自理", "半失能", "全失能", "全自理"]),
                "疾病或残疾情况": ctx.HEALTH(ctx.health()) if ctx.p(0.7) else R("无"),
                "照料人": ctx.N(q, spaced),
                "照料人电话": ctx.PHONE(q, 0.15),
            }
            rows.append([m[c] for c in cols])
    elif sub == "linshi":
        title = ctx.ch(
            [
                "%s%s临时救助对象名单" % (town, ym),
                "%s%d年第%s批次临时救助资金发放名单" % (ctx.c["name"], ctx.year, cn(ctx.ri(1, 6))),
                "%s临时救助审批花名册" % town,
            ]
        )
        cols = ["序号", "姓名", "身份证号", "家庭住址", "救助事由", "救助金额（元）", "救助方式"]
        if ctx.p(0.5):
            cols.append("银行卡号")
        if ctx.p(0.4):
            cols.append("联系电话")
        for k in range(n):
            p = ctx.person(age=ctx.ri(20, 80))
            t, vil = ctx.village(town)
            r = ctx.rng.random()
            if r < 0.5:
                why = (
                    ctx.ch(["", "本人", "因"])
                    + ctx.HEALTH(ctx.health("dis"))
                    + ctx.ch(["住院治疗", "住院，自付费用较高", "", "手术"])
                )
            elif r < 0.65:
                q = ctx.person(age=ctx.ri(3, 60), g=ctx.ch("MF"))
                why = (
                    ("其" + ctx.ch(["子", "夫"] if q["g"] == "M" else ["女", "妻"]))
                    + ctx.N(q)
                    + ctx.ch(["患", "因"])
                    + ctx.HEALTH(ctx.health())
                    + ctx.ch(["", "住院"])
                )
            elif r < 0.8:
                why = R(ctx.ch(["房屋失火", "遭受洪灾", "突发意外", "因病住院", "生活困难", "子女上学"]))
            else:
                why = ctx.ch(["因车祸致", "务工时摔伤致", "意外"]) + ctx.HEALTH(ctx.health("inj"))
            row = [
                str(k + 1),
                ctx.N(p, spaced),
                ctx.ID(p["id"], xlsx=xl),
                ctx.ADDR(ctx.address(t, vil), t, vil),
                why,
                str(ctx.ch([500, 800, 1000, 1500, 2000, 3000, 5000])),
                ctx.ch(["现金", "打卡", "实物+现金"]),
            ]
            if "银行卡号" in cols:
                row.append(ctx.BANK(ctx.bank()[0]))
            if "联系电话" in cols:
                row.append(ctx.MOB(p["mob"]))
            rows.append(row)
    elif sub == "members":
        title = ctx.ch(["%s低保家庭成员花名册" % town, "%s%s低保户家庭成员信息表" % (ctx.c["name"], ym)])
        cols = ["户主", "成员姓名", "与户主关系", "身份证号码", "健康状况", "劳动能力"]
        if ctx.p(0.5):
            cols.insert(0, "户序号")
        hh = max(2, n // 3)
        for h in range(hh):
            head = ctx.person(age=ctx.ri(35, 75))
            surn = head["name"][0] if head["eth"] in ("汉族", "回族", "苗族") else None
            mem = [(head, "户主")]
            if ctx.p(0.8):
                mem.append(
                    (
                        ctx.person(
                            age=max(20, head["age"] + ctx.ri(-5, 3)), g="F" if head["g"] == "M" else "M"
                        ),
                        "配偶",
                    )
                )
            for _ in range(ctx.ri(0, 3)):
                rel = ctx.ch(["长子", "次子", "长女", "次女", "儿媳", "孙子", "孙女"])
                g_ = "M" if rel in ("长子", "次子", "孙子") else "F"
                age_ = head["age"] - (ctx.ri(44, 56) if rel.startswith("孙") else ctx.ri(20, 32))
                mem.append((ctx.person(age=max(1, age_), g=g_, surn=surn if rel != "儿媳" else None), rel))
            for j, (p, rel) in enumerate(mem):
                r = ctx.rng.random()
                hs = ctx.HEALTH(ctx.health()) if r < 0.35 else R(ctx.ch(["健康", "健康", "良好", "一般"]))
                row = [
                    ctx.N(head, spaced) if j == 0 or ctx.p(0.3) else R(""),
                    ctx.N(p, spaced),
                    rel,
                    ctx.ID(p["id"], xlsx=xl),
                    hs,
                    ctx.ch(
                        ["有劳动能力", "丧失劳动能力", "部分丧失", "无劳动能力", "在校学生"]
                        if p["age"] > 16
                        else ["学龄前", "在校学生"]
                    ),
                ]
                if len(cols) == 7:
                    row.insert(0, str(h + 1) if j == 0 else "")
                rows.append(row)
    else:  # canbu
        title = ctx.ch(
            [
                "%s%s困难残疾人生活补贴和重度残疾人护理补贴发放花名册" % (ctx.c["name"], ym),
                "%s残疾人两项补贴对象名册" % town,
            ]
        )
        cols = ["序号", "姓名", "残疾人证号", "残疾类别及等级", "补贴类型", "金额（元）", "发放账号"]
        if ctx.p(0.4):
            cols.insert(4, "监护人")
        for k in range(n):
            p = ctx.person(age=ctx.ri(5, 85))
            t, g = ctx.ch(DIS_TYPES), ctx.ch(GRADES)
            num = t and str(DIS_TYPES.index(t) + 1) + str(GRADES.index(g) + 1)
            if ctx.is_masked("id_card"):
                cert = R(ctx.m_id(p["id"]) + num)
            else:
                cert = ctx.V(p["id"], "id_card") + num
            row = [
                str(k + 1),
                ctx.N(p, spaced),
                cert,
                ctx.HEALTH(t + g + "级", ctx.ch(["**", "***", "/"])),
                ctx.ch(["生活补贴", "护理补贴", "生活补贴+护理补贴"]),
                str(ctx.ch([70, 80, 90, 100, 160, 180])),
                ctx.BANK(ctx.bank()[0]),
            ]
            if len(cols) == 8:
                row.insert(
                    4, ctx.N(ctx.person(age=ctx.ri(30, 70)), spaced) if p["age"] < 18 or ctx.p(0.4) else R("")
                )
            rows.append(row)
    # layout options
    header2 = None
    heads = cols
    if style in ("layout", "box", "pipe", "csv") and ctx.p(0.3) and "身份证号码" in cols:
        k = cols.index("身份证号码")
        heads = [c if j < k - 1 else "" for j, c in enumerate(cols)]
        heads[k - 1] = "户主信息" if sub == "dibao" else "基本信息"
        header2 = ["" if j < k - 1 else c for j, c in enumerate(cols)]
    wl = None
    if style == "layout" and ctx.p(0.6):
        wl = ctx.ri(8, 16)
        # move a long column last so it wraps
        for lc in ("家庭住址", "疾病或残疾情况", "救助事由", "备注"):
            if lc in cols:
                j = cols.index(lc)
                heads = heads[:j] + heads[j + 1 :] + [heads[j]]
                if header2:
                    header2 = header2[:j] + header2[j + 1 :] + [header2[j]]
                rows = [r_[:j] + r_[j + 1 :] + [r_[j]] if len(r_) == len(cols) else r_ for r_ in rows]
                break
    pr = ctx.ri(5, 9) if style in ("layout", "cells") and ctx.p(0.5) else None
    unit = ctx.ch(["填报单位：%s人民政府" % town, "单位：%s民政办" % town, "%s社会事务办（盖章）" % town, ""])
    head = R(unit + ("    " + ym if unit else "")) if unit else R("")
    body = render_table(
        ctx,
        heads,
        rows,
        style,
        title=title,
        header2=header2,
        wrap_last=wl,
        page_rows=pr,
        footer=footer_fn(ctx, (len(rows) // pr + 1) if pr else None),
        running=title,
    )
    foot = R(cadre_line(ctx))
    if ctx.p(0.4):
        foot = foot + "\n联系电话：" + ctx.office_tel()
    if ctx.p(0.3):
        foot = foot + "\n填报日期：" + ctx.dstr(ctx.date())
    parts = [body] if not head.s else [head, body]
    if style in ("csv", "tsv", "xlsx") and ctx.p(0.5):
        return "roster." + sub, rjoin("\n", parts)
    return "roster." + sub, rjoin("\n", parts + [foot])


# ---------------------------------------------------------------- family: penalty
def party_block(ctx, p, home=True, label_style=None, extra=None):
    """natural-person party lines"""
    t, vil = ctx.village()
    lines = []
    lab = label_style or ctx.ch(["当事人", "违法行为人", "被处罚人", "当事人姓名"])
    if ctx.p(0.5):
        lines.append(
            lab
            + "："
            + ctx.N(p)
            + "，"
            + ("男" if p["g"] == "M" else "女")
            + "，"
            + p["eth"]
            + "，"
            + "%d年%d月%d日出生" % (p["born"].year, p["born"].month, p["born"].day)
            + "，身份证号码："
            + ctx.ID(p["id"])
            + "，住"
            + ctx.ADDR(ctx.address(t, vil), t, vil)
            + "。"
        )
        if ctx.p(0.6):
            lines.append("联系电话：" + ctx.MOB(p["mob"]))
    else:
        lines.append(lab + "：" + ctx.N(p))
        lines.append(
            "性别："
            + ("男" if p["g"] == "M" else "女")
            + "    民族："
            + p["eth"]
            + "    出生日期："
            + ctx.dstr(p["born"], "cn")
        )
        lines.append(ctx.ch(["身份证件号码：", "公民身份号码：", "身份证号："]) + ctx.ID(p["id"]))
        lines.append(
            ctx.ch(["住址：", "户籍地址：", "现住址：", "住所："]) + ctx.ADDR(ctx.address(t, vil), t, vil)
        )
        if ctx.p(0.7):
            lines.append("联系电话：" + ctx.MOB(p["mob"]))
    return lines


FIRMS = {
    "zhenan": ["陕西秦镇律师事务所", "陕西商山律师事务所"],
    "lintan": ["甘肃洮州律师事务所", "甘肃甘南正义律师事务所"],
    "yuexi": ["安徽天岳律师事务所", "安徽皖西南律师事务所"],
    "wuchuan": ["内蒙古青城律师事务所", "内蒙古大青山律师事务所"],
    "danzhai": ["贵州苗岭律师事务所", "贵州清江律师事务所"],
    "yongsheng": ["云南程海律师事务所", "云南丽水律师事务所"],
}


def agent_lines(ctx):
    lines = []
    if ctx.p(0.35):
        a = ctx.person(age=ctx.ri(28, 55))
        if ctx.p(0.5):
            firm = ctx.ch(FIRMS[ctx.ck])
            lines.append(
                "委托代理人："
                + ctx.N(a)
                + "，"
                + firm
                + "律师"
                + ("，联系电话：" + ctx.MOB(a["mob"]) if ctx.p(0.4) else "")
                + ("（律所电话：" + ctx.office_tel() + "）" if ctx.p(0.3) else "")
            )
        else:
            lines.append(
                "委托代理人："
                + ctx.N(a)
                + "，系当事人之"
                + ctx.ch(["子", "女", "兄", "侄子", "妻"])
                + "，身份证号码："
                + ctx.ID(a["id"])
            )
    return lines


def pay_and_appeal(ctx):
    c = ctx.c
    s = R("")
    s = s + (
        "当事人应当自收到本决定书之日起十五日内，持本决定书到"
        + ctx.ch(["中国农业银行", "中国邮政储蓄银行", "农村信用合作联社", "中国建设银行"])
        + c["name"]
        + "支行缴纳罚没款"
        + (
            ("（户名：" + c["name"] + "财政局非税收入汇缴专户，账号：" + ctx.office_account() + "）")
            if ctx.p(0.5)
            else ""
        )
        + "，到期不缴纳的，每日按罚款数额的百分之三加处罚款。\n"
    )
    s = s + (
        "如不服本处罚决定，可以在收到本决定书之日起六十日内向"
        + c["name"]
        + "人民政府申请行政复议，也可以在六个月内依法向"
        + ctx.ch(
            [c["name"] + "人民法院", c["city"] + "中级人民法院" if ctx.p(0.2) else c["name"] + "人民法院"]
        )
        + "提起行政诉讼。申请行政复议或者提起行政诉讼的，行政处罚不停止执行，法律另有规定的除外。"
    )
    return s


def officers(ctx):
    out = []
    for _ in range(2):
        out.append(
            ctx.cadre() + "（执法证号：" + ctx.c["codes"][0][:2] + "%09d" % ctx.ri(1, 10**9 - 1) + "）"
        )
    return "执法人员：" + "、".join(out)


def fam_penalty(ctx, size):
    sub = ctx.ch(["scjg", "gongan", "gongan", "zrzy", "nync", "sthj", "wj", "table"])
    c = ctx.c
    if sub == "table":
        return fam_penalty_table(ctx, size)
    office = {"scjg": "sj", "gongan": "ga", "zrzy": "zr", "nync": "ny", "sthj": "st", "wj": "wj"}[sub]
    org = county_office(ctx, office)
    abbr = {
        "scjg": c["short"] + "市监处罚",
        "gongan": c["short"] + "公(治)行罚决字",
        "zrzy": c["short"] + "自然资罚",
        "nync": c["short"] + "农(渔)罚",
        "sthj": c["short"] + "环罚",
        "wj": c["short"] + "卫医罚",
    }[sub]
    head = [
        R(org),
        R(
            ctx.ch(
                [
                    "行政处罚决定书",
                    "行 政 处 罚 决 定 书",
                    "当场行政处罚决定书" if sub == "gongan" else "行政处罚决定书",
                ]
            )
        ),
        R(ctx.wenhao(abbr)),
    ]
    if ctx.p(0.4):
        head.insert(0, R("索引号：" + ctx.suoyin()))
    body = []
    p = ctx.person(age=ctx.ri(19, 70))
    d0 = ctx.date(m0=1, m1=9)
    t, vil = ctx.village()
    if sub == "scjg":
        if ctx.p(0.7):
            shop = (
                c["name"]
                + t
                + p["name"][0]
                + ctx.ch(["记", "氏", "家"])
                + ctx.ch(["小吃店", "副食店", "百货超市", "农资门市部", "蔬菜店", "烧烤店"])
            )
            body.append(R("当事人：" + shop))
            body.append(R("统一社会信用代码：" + ctx.uscc("92")))
            body.append("经营者：" + ctx.N(p) + "    身份证号码：" + ctx.ID(p["id"]))
            body.append("经营场所：" + c["name"] + t + ctx.ch(c["streets"]) + "%d号" % ctx.ri(1, 200))
            if ctx.p(0.6):
                body.append("住所：" + ctx.ADDR(ctx.address(t, vil), t, vil))
            if ctx.p(0.6):
                body.append("联系电话：" + ctx.MOB(p["mob"]))
            who = ctx.N(p)
        else:
            comp = (
                c["name"]
                + ctx.ch(["鑫源", "兴农", "盛和", "宏达", "绿源", "金穗"])
                + ctx.ch(["商贸有限公司", "食品有限公司", "农业开发有限公司", "餐饮管理有限公司"])
            )
            body.append(R("当事人：" + comp))
            body.append(R("统一社会信用代码：" + ctx.uscc("91")))
            body.append(R("法定代表人：" + ctx.raw_name(ctx.ch("MF"), 45)[0]))
            body.append(R("住所：" + c["name"] + t + ctx.ch(c["streets"]) + "%d号" % ctx.ri(1, 200)))
            if ctx.p(0.5):
                q = ctx.person()
                body.append("联系人：" + ctx.N(q) + "    联系电话：" + ctx.MOB(q["mob"]))
            who = R("当事人")
        body += agent_lines(ctx)
        thing = ctx.ch(
            [
                "超过保质期的“康师傅”方便面12袋",
                "未标明生产日期的散装白酒35斤",
                "标签不符合规定的预包装食品",
                "未经检验检疫的猪肉46公斤",
            ]
        )
        fact = (
            ("%s，本局执法人员在日常检查中发现，" % ctx.dstr(d0, "cn"))
            + who
            + (
                "在其经营场所内销售"
                + thing
                + "。经查，上述商品货值金额共计%d元，违法所得%d元。" % (ctx.ri(100, 3000), ctx.ri(10, 500))
            )
        )
        fact = fact + (
            "上述事实有现场检查笔录、询问笔录、"
            + ("证人" + ctx.N(ctx.person()) + "的证言、" if ctx.p(0.5) else "")
            + "现场照片等证据证实。"
        )
        law = (
            "当事人的上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。依据《中华人民共和国食品安全法》第一百二十四条第一款的规定，本局决定对当事人作出如下行政处罚：\n一、没收违法经营的食品；\n二、罚款人民币%d元。"
            % ctx.ch([5000, 10000, 20000, 50000])
        )
        body += [prose(ctx, fact), prose(ctx, law)]
    elif sub == "gongan":
        body += party_block(ctx, p)
        if ctx.p(0.4):
            v = ctx.person(age=ctx.ri(16, 70))
            inj = ctx.health("inj")
            fact = (
                ("现查明%s%d时许，" % (ctx.dstr(d0, "cn"), ctx.ri(7, 23)))
                + ctx.N(p)
                + ("在%s%s" % (t, vil))
                + ctx.ch(["一农家乐", "村口广场", "一烧烤摊", "自家门前"])
                + "因琐事与"
                + ctx.N(v)
                + "发生争执，后"
                + ctx.N(p)
                + "用拳头击打"
                + ctx.N(v)
                + "头面部，致"
                + ctx.N(v)
                + ctx.HEALTH(inj)
                + "。经"
                + c["name"]
                + "公安局物证鉴定室鉴定，"
                + ctx.N(v)
                + "的损伤程度为"
                + ctx.HEALTH("轻微伤", "**")
                + "。"
            )
            fact = (
                fact
                + "以上事实有违法行为人陈述和申辩、被侵害人"
                + ctx.N(v)
                + "的陈述、证人"
                + ctx.N(ctx.person())
                + "、"
                + ctx.N(ctx.person())
                + "的证言、鉴定意见等证据证实。"
            )
            law = (
                "根据《中华人民共和国治安管理处罚法》第四十三条第一款之规定，现决定对"
                + ctx.N(p)
                + "处行政拘留%d日并处罚款%d元。" % (ctx.ri(5, 10), ctx.ch([200, 300, 500]))
            )
        else:
            pl = ctx.plate()
            fact = (
                ("现查明%s，" % ctx.dstr(d0, "cn"))
                + ctx.N(p)
                + "驾驶"
                + ctx.PLATE(pl)
                + ctx.ch(["号小型轿车", "号三轮摩托车", "号轻型货车"])
                + "行驶至"
                + ctx.ch(["G345线", "S102线", "县道X" + str(ctx.ri(101, 399)), "城区" + ctx.ch(c["streets"])])
                + "时被民警查获，"
                + ctx.ch(
                    [
                        "经查其未取得机动车驾驶证",
                        "经呼气式酒精检测，其血液中酒精含量为%dmg/100ml" % ctx.ri(25, 79),
                        "该车未悬挂号牌且未投保交强险",
                    ]
                )
                + "。以上事实有当事人陈述、现场检查笔录、视听资料"
                + (("及同车人员" + ctx.N(ctx.person()) + "的证言") if ctx.p(0.5) else "")
                + "等证据证实。"
            )
            law = (
                "根据《中华人民共和国道路交通安全法》第九十九条第一款第（一）项之规定，决定对"
                + ctx.N(p)
                + "处罚款%d元、行政拘留%d日。" % (ctx.ch([1000, 1500, 2000]), ctx.ri(5, 15))
            )
        body += agent_lines(ctx)
        body += [prose(ctx, fact), prose(ctx, law)]
    elif sub == "zrzy":
        body += party_block(ctx, p)
        area = "%.1f" % (ctx.ri(800, 4000) / 10)
        fact = (
            "经查，"
            + ctx.N(p)
            + "于%d年%d月未经批准，擅自占用%s%s%s集体土地建设住宅一栋，占地面积%s平方米，其中占用耕地%s平方米。"
            % (ctx.year - 1, ctx.ri(1, 12), t, vil, ctx.group(), area, "%.1f" % (float(area) * 0.6))
        )
        if ctx.p(0.5):
            nb = ctx.person()
            fact = (
                fact
                + "该地块东至"
                + ctx.N(nb)
                + "承包地，西至村道，南至"
                + ctx.N(ctx.person())
                + "宅基地，北至河沟。"
            )
        fact = (
            fact
            + "上述事实有现场勘测笔录、询问笔录、"
            + ctx.ch(["卫片图斑", "勘测定界图", "土地利用现状图"])
            + "等证据为证。地块编号：%s。" % ctx.fake18()
        )
        law = "当事人的行为违反了《中华人民共和国土地管理法》第四十四条第一款之规定，依据第七十八条第一款及《中华人民共和国土地管理法实施条例》第五十七条之规定，决定如下：\n1.责令退还非法占用的土地；\n2.限期十五日内拆除在非法占用的土地上新建的建筑物和其他设施，恢复土地原状。"
        body += agent_lines(ctx)
        body += [prose(ctx, fact), prose(ctx, law)]
    elif sub == "nync":
        body += party_block(ctx, p)
        if ctx.p(0.5):
            fact = (
                ("%s，" % ctx.dstr(d0, "cn"))
                + ctx.N(p)
                + "在"
                + ctx.ch(["丹江", "洮河", "长河", "金沙江", "清水江", "大黑河", "乾佑河"])
                + t
                + "段使用电鱼器具非法捕捞，捕获渔获物%.1f公斤。" % (ctx.ri(5, 80) / 10)
            )
            if ctx.p(0.6):
                fact = fact + "其用于运输渔具的" + ctx.PLATE(ctx.plate()) + "号摩托车一并被扣押。"
            law = (
                "依据《中华人民共和国渔业法》第三十八条第一款之规定，决定：一、没收渔获物和违法所得；二、没收电鱼器具；三、罚款人民币%d元。"
                % ctx.ch([2000, 3000, 5000])
            )
        else:
            fact = (
                ("经查，" + ctx.N(p) + "自%d年%d月起在其家中（" % (ctx.year, ctx.ri(1, 6)))
                + ctx.ADDR(ctx.address(t, vil), t, vil)
                + "）无农药经营许可证销售“"
                + ctx.ch(["百草枯", "克百威", "甲拌磷"])
                + "”等禁用农药，货值金额%d元。" % ctx.ri(300, 5000)
            )
            law = (
                "依据《农药管理条例》第五十五条第一款之规定，决定：一、没收违法所得和违法经营的农药；二、罚款人民币%d元。"
                % ctx.ch([5000, 10000, 30000])
            )
        body += agent_lines(ctx)
        body += [prose(ctx, fact), prose(ctx, law)]
    elif sub == "sthj":
        if ctx.p(0.65):
            farm = c["name"] + p["name"] + ctx.ch(["养殖场", "生猪养殖场", "肉牛养殖场", "砂石厂"])
            body.append(R("当事人：" + farm + "（个人独资企业）"))
            body.append(R("统一社会信用代码：" + ctx.uscc("91")))
            body.append("投资人：" + ctx.N(p) + "    身份证号码：" + ctx.ID(p["id"]))
            body.append("住所：" + ctx.ADDR(ctx.address(t, vil), t, vil))
            who = R("当事人")
        else:
            comp = (
                c["name"]
                + ctx.ch(["宏泰", "金石", "鑫磊", "青山"])
                + ctx.ch(["建材有限公司", "矿业有限公司", "农牧科技有限公司"])
            )
            body.append(R("当事人：" + comp))
            body.append(R("统一社会信用代码：" + ctx.uscc("91")))
            body.append(R("法定代表人：" + ctx.raw_name("M", 50)[0]))
            body.append(R("地址：" + c["name"] + t + vil))
            who = R("当事人")
        body += agent_lines(ctx)
        fact = (
            ("%s，我局执法人员对" % ctx.dstr(d0, "cn"))
            + who
            + "进行现场检查，发现其"
            + ctx.ch(
                [
                    "养殖废水未经处理直接排入附近沟渠",
                    "未建设配套的粪污处理设施",
                    "破碎工序未采取有效降尘措施",
                    "未依法进行环境影响评价擅自开工建设",
                ]
            )
            + "。以上事实有《现场检查（勘察）笔录》、《调查询问笔录》、现场照片等证据为证。"
        )
        law = (
            "依据《中华人民共和国水污染防治法》第八十三条之规定，我局决定对你单位作出如下行政处罚：罚款人民币%d元。"
            % ctx.ch([20000, 50000, 100000])
        )
        body += [prose(ctx, fact), prose(ctx, law)]
    else:  # wj
        body += party_block(ctx, p)
        pts = [ctx.person(age=ctx.ri(2, 80)) for _ in range(ctx.ri(1, 3))]
        fact = (
            (
                "经查，当事人"
                + ctx.N(p)
                + "未取得《医师资格证书》和《医疗机构执业许可证》，自%d年%d月起在其住所（"
                % (ctx.year, ctx.ri(1, 8))
            )
            + ctx.ADDR(ctx.address(t, vil), t, vil)
            + "）擅自开展诊疗活动。"
        )
        for q in pts:
            fact = (
                fact
                + ctx.ch(["%d月%d日为" % (ctx.ri(1, 12), ctx.ri(1, 28)), "曾为"])
                + "患者"
                + ctx.N(q)
                + "（"
                + ("男" if q["g"] == "M" else "女")
                + "，%d岁）" % q["age"]
                + ctx.ch(["诊治", "输液治疗", "开具处方治疗"])
                + ctx.HEALTH(ctx.health(ctx.ch(["dis", "inj"])))
                + "；"
            )
        fact = (
            fact
            + "违法所得共计%d元。上述事实有现场笔录、当事人询问笔录、患者陈述及处方笺等证据证实。"
            % ctx.ri(200, 3000)
        )
        law = (
            "依据《中华人民共和国基本医疗卫生与健康促进法》第九十九条第一款之规定，决定：一、没收违法所得及药品器械；二、罚款人民币%d元。"
            % ctx.ch([30000, 50000, 100000])
        )
        body += agent_lines(ctx)
        body += [prose(ctx, fact), prose(ctx, law)]
    if ctx.p(0.5):
        tail = [prose(ctx, pay_and_appeal(ctx))]
    else:
        tail = [
            prose(
                ctx,
                R(
                    ctx.ch(
                        ["罚款于收到本决定书之日起十五日内缴至指定银行。", "当事人应于十五日内缴纳罚款。", ""]
                    )
                    + "如不服本决定，可在收到本决定书之日起六十日内申请行政复议，或者六个月内提起行政诉讼。"
                ),
            )
        ]
    if ctx.p(0.4):
        tail.append(R(officers(ctx)))
    tail.append(sign_block(ctx, org, d0 + datetime.timedelta(days=ctx.ri(15, 60))))
    if ctx.p(0.4):
        tail.append(R("（联系电话：" + ctx.office_tel() + "）"))
    return "penalty." + sub, rjoin("\n", head + body + tail)


def fam_penalty_table(ctx, size):
    c = ctx.c
    okey = ctx.ch(["sj", "ga", "zr", "ny", "wj"])
    org = county_office(ctx, okey)
    title = ctx.ch(
        [
            "%s行政处罚信息公示表（%d年第%s季度）" % (org, ctx.year, cn(ctx.ri(1, 4))),
            "%s“双公示”行政处罚信息" % org,
        ]
    )
    cols = [
        "序号",
        "行政相对人名称",
        "相对人类别",
        "统一社会信用代码",
        "法定代表人",
        "证件号码",
        "处罚决定书文号",
        "违法行为类型",
        "处罚内容",
        "处罚决定日期",
    ]
    rows = []
    n = max(3, int(ctx.ri(5, 14) * size))
    for k in range(n):
        d = ctx.dstr(ctx.date(), "dash")
        wh = ctx.wenhao(
            c["short"]
            + {"sj": "市监处罚", "ga": "公(治)行罚决字", "zr": "自然资罚", "ny": "农罚", "wj": "卫医罚"}[okey]
        )
        if ctx.p(0.55):
            p = ctx.person(age=ctx.ri(20, 70))
            rows.append(
                [
                    str(k + 1),
                    ctx.N(p),
                    "自然人",
                    "",
                    "",
                    ctx.ID(p["id"]),
                    wh,
                    ctx.ch(["非法占地", "无证经营", "销售过期食品", "非法行医", "非法捕捞"]),
                    "罚款%d元" % (ctx.ri(2, 100) * 100),
                    d,
                ]
            )
        elif ctx.p(0.5):
            p = ctx.person(age=ctx.ri(25, 60))
            shop = c["name"] + p["name"][0] + ctx.ch(["记", "家"]) + ctx.ch(["餐馆", "超市", "农资店"])
            rows.append(
                [
                    str(k + 1),
                    shop,
                    "个体工商户",
                    ctx.uscc("92"),
                    ctx.N(p),
                    ctx.ID(p["id"]),
                    wh,
                    ctx.ch(["无证经营", "销售过期食品", "未明码标价"]),
                    "警告，罚款%d元" % (ctx.ri(1, 50) * 100),
                    d,
                ]
            )
        else:
            comp = c["name"] + ctx.ch(["鑫源", "盛和", "宏达"]) + ctx.ch(["商贸有限公司", "建材有限公司"])
            rows.append(
                [
                    str(k + 1),
                    comp,
                    "法人及非法人组织",
                    ctx.uscc("91"),
                    ctx.raw_name("M", 45)[0],
                    "",
                    wh,
                    ctx.ch(["未按规定公示年报", "虚假宣传", "超标排放"]),
                    "罚款%d元" % (ctx.ri(1, 20) * 1000),
                    d,
                ]
            )
    style = ctx.ch(["csv", "tsv", "layout", "pipe", "box", "cells", "xlsx"])
    body = render_table(ctx, cols, rows, style, title=title)
    note = R(
        "注：根据《个人信息保护法》有关规定，自然人证件号码已作脱敏处理。"
        if "id_card" in ctx.masked
        else "数据来源：" + org
    )
    return "penalty.table", rjoin("\n", [body, note])


# ---------------------------------------------------------------- family: gongshi
def supervise(ctx, unit):
    c = ctx.c
    d1 = ctx.date(m0=1, m1=11)
    d2 = d1 + datetime.timedelta(days=ctx.ch([6, 7, 9]))
    s = "公示期为%s（%d年%d月%d日至%d月%d日）。" % (
        ctx.ch(["7天", "5个工作日", "7个工作日"]),
        d1.year,
        d1.month,
        d1.day,
        d2.month,
        d2.day,
    )
    s += "公示期间，如有异议，请以书面或电话形式向%s反映。" % unit
    out = R(s + "\n监督电话：" + ctx.office_tel())
    if ctx.p(0.5):
        out = (
            out
            + "（"
            + ctx.cadre()
            + "）"
            + ctx.ch(["  ", "，村委会联系人" + ctx.cadre() + "："])
            + ctx.mobile()
        )
    if ctx.p(0.4):
        out = (
            out
            + "\n举报邮箱："
            + ctx.office_mail(
                ctx.ch(["mzj", "xzfb", "nyncj", "zjj", "rsj"])
                + ctx.ch(["zha", "lt", "yx", "wc", "dz", "ys"])
                + str(ctx.ri(0, 99))
            )
        )
    if ctx.p(0.3):
        out = out + "\n" + ctx.c["name"] + "民生监督热线：12345"
    if ctx.p(0.25):
        out = out + "\n公示编号：%s%02d%02d%02d%03d" % (
            ctx.c["codes"][0],
            ctx.year % 100,
            ctx.ri(13, 19),
            ctx.ri(1, 28),
            ctx.ri(1, 999),
        )
    return out


def fam_gongshi(ctx, size):
    sub = ctx.ch(["jiuzhu", "butie", "weifang", "zhaijidi", "gongyi", "zhengshou"])
    c = ctx.c
    town, vil0 = ctx.village()
    n = max(3, int(ctx.ri(8, 24) * size))
    style = pick_table_style(ctx)
    spaced = style in ("layout", "box")
    rows = []
    intro = None
    wl = None
    if sub == "jiuzhu":
        title = ctx.ch(
            [
                "%s%d年%d月临时救助对象公示" % (town, ctx.year, ctx.ri(1, 12)),
                "关于%s拟纳入低保对象的公示" % vil0,
                "%s%d年第%s季度医疗救助对象名单公示" % (town, ctx.year, cn(ctx.ri(1, 4))),
            ]
        )
        intro = (
            "根据《社会救助暂行办法》和%s有关规定，经个人申请、村（居）民委员会入户调查、民主评议、乡镇审核，现将拟救助对象名单予以公示："
            % c["prov"][:2]
        )
        cols = ["序号", "姓名", "村组", "家庭人口", "救助原因", "救助金额（元）"]
        if ctx.p(0.65):
            cols.insert(3, "身份证号")
        for k in range(n):
            p = ctx.person(age=ctx.ri(18, 85))
            t, vil = ctx.village(town)
            vg = vil + ctx.group()
            reason = (
                ctx.HEALTH(ctx.health("dis")) + ctx.ch(["", "住院治疗", "，医疗费用负担重"])
                if ctx.p(0.6)
                else R(reason_generic(ctx))
            )
            row = [
                str(k + 1),
                ctx.N(p, spaced),
                ctx.ADDR(vg, t, vil) if ctx.p(0.5) else vil,
                str(ctx.ri(1, 6)),
                reason,
                str(ctx.ch([600, 1000, 2000, 3000])),
            ]
            if len(cols) == 7:
                row.insert(3, ctx.ID(p["id"]))
            rows.append(row)
        wl = 14
    elif sub == "butie":
        kind = ctx.ch(["高龄", "耕地", "残补", "养老"])
        if kind == "高龄":
            title = "%s%d年高龄老人补贴发放名单公示" % (town, ctx.year)
            cols = [
                "序号",
                "姓名",
                "性别",
                "身份证号码",
                "年龄",
                "村（社区）",
                "补贴标准（元/月）",
                "“一卡通”账号",
            ]
            for k in range(n):
                p = ctx.person(age=ctx.ri(80, 101))
                rows.append(
                    [
                        str(k + 1),
                        ctx.N(p, spaced),
                        "男" if p["g"] == "M" else "女",
                        ctx.ID(ctx.id15(p) if ctx.p(0.1) else p["id"], xlsx=style == "xlsx"),
                        str(p["age"]),
                        ctx.village(town)[1],
                        str(ctx.ch([50, 100, 200, 300])),
                        ctx.BANK(ctx.bank()[0]),
                    ]
                )
        elif kind == "耕地":
            title = "%s%s%d年耕地地力保护补贴面积及金额公示" % (town, vil0, ctx.year)
            cols = [
                "序号",
                "户主姓名",
                "组别",
                "补贴面积（亩）",
                "补贴标准（元/亩）",
                "补贴金额（元）",
                "身份证号码",
                "惠农一卡通账号",
            ]
            for k in range(n):
                p = ctx.person(age=ctx.ri(35, 80))
                a = ctx.ri(10, 120) / 10
                rows.append(
                    [
                        str(k + 1),
                        ctx.N(p, spaced),
                        ctx.group(),
                        "%.1f" % a,
                        "105.6",
                        "%.2f" % (a * 105.6),
                        ctx.ID(p["id"]),
                        ctx.BANK(ctx.bank()[0]),
                    ]
                )
        elif kind == "残补":
            title = "%s残疾人两项补贴拟享受对象公示" % town
            cols = ["序号", "姓名", "残疾类别", "残疾等级", "补贴类别", "村组"]
            for k in range(n):
                p = ctx.person(age=ctx.ri(6, 85))
                t, g = ctx.ch(DIS_TYPES), ctx.ch(GRADES)
                hv = ctx.HEALTH(t + "残疾" + g + "级", "***")
                t_, v_ = ctx.village(town)
                rows.append(
                    [
                        str(k + 1),
                        ctx.N(p, spaced),
                        hv,
                        "",
                        ctx.ch(["生活补贴", "护理补贴", "两项补贴"]),
                        ctx.ADDR(v_ + ctx.group(), t_, v_),
                    ]
                )
            cols = ["序号", "姓名", "残疾类别等级", "", "补贴类别", "村组"]
            cols = [x for x in cols if x]
            rows = [[x for j, x in enumerate(r_) if j != 3] for r_ in rows]
        else:
            title = "%s城乡居民基本养老保险待遇领取人员公示" % town
            cols = ["序号", "姓名", "公民身份号码", "村组", "开始领取年月", "联系电话"]
            for k in range(n):
                p = ctx.person(age=ctx.ri(60, 66))
                t_, v_ = ctx.village(town)
                rows.append(
                    [
                        str(k + 1),
                        ctx.N(p, spaced),
                        ctx.ID(p["id"]),
                        ctx.ADDR(v_ + ctx.group(), t_, v_),
                        "%d%02d" % (ctx.year, ctx.ri(1, 12)),
                        ctx.MOB(p["mob"]),
                    ]
                )
    elif sub == "weifang":
        title = ctx.ch(
            [
                "%s%d年农村低收入群体等重点对象危房改造对象公示" % (town, ctx.year),
                "%s%d年农村危房改造拟补助对象名单公示" % (c["name"], ctx.year),
            ]
        )
        intro = (
            "经农户自愿申请、村民代表大会民主评议、乡镇审核，现将%d年农村危房改造对象予以公示。" % ctx.year
        )
        cols = [
            "序号",
            "户主姓名",
            "身份证号码",
            "家庭人口",
            "对象类别",
            "危房等级",
            "改造方式",
            "补助资金（元）",
            "家庭住址",
        ]
        wf_tel = ctx.p(0.4)
        if wf_tel:
            cols.insert(3, "联系电话")
        for k in range(n):
            p = ctx.person(age=ctx.ri(30, 85))
            t, vil = ctx.village(town)
            rows.append(
                [
                    str(k + 1),
                    ctx.N(p, spaced),
                    ctx.ID(p["id"]),
                    str(ctx.ri(1, 6)),
                    ctx.ch(["低保户", "分散供养特困人员", "低保边缘家庭", "防返贫监测户", "残疾人家庭"]),
                    ctx.ch(["C级", "D级"]),
                    ctx.ch(["加固改造", "拆除重建", "维修加固"]),
                    str(ctx.ch([10000, 15000, 20000, 30000, 35000])),
                    ctx.ADDR(ctx.address(t, vil), t, vil),
                ]
            )
            if wf_tel:
                rows[-1].insert(3, ctx.MOB(p["mob"]))
        wl = ctx.ri(10, 16)
    elif sub == "zhaijidi":
        title = ctx.ch(
            [
                "%s农村村民宅基地申请审批公示" % vil0,
                "%s%d年第%s批农村宅基地审批结果公示" % (town, ctx.year, cn(ctx.ri(1, 5))),
            ]
        )
        if ctx.p(0.5):
            # prose per applicant
            paras = []
            for k in range(max(1, n // 4)):
                p = ctx.person(age=ctx.ri(25, 60))
                t, vil = ctx.village(town)
                s = (
                    "%d.申请人" % (k + 1)
                    + ctx.N(p)
                    + "，身份证号："
                    + ctx.ID(p["id"])
                    + "，家庭人口%d人，现住址：" % ctx.ri(2, 7)
                    + ctx.ADDR(ctx.address(t, vil), t, vil)
                    + "，"
                    + ctx.ch(["因子女成家分户", "因原房屋属危房", "因移民搬迁", "无宅基地"])
                    + "申请新建住宅，拟用地位于%s%s，面积%d平方米，" % (vil, ctx.group(), ctx.ri(100, 200))
                    + "四至：东至"
                    + ctx.N(ctx.person())
                    + "宅基地，南至村道，西至"
                    + ctx.N(ctx.person())
                    + "承包地，北至"
                    + ctx.ch(["山脚", "水渠", "集体荒地"])
                    + "。"
                )
                paras.append(prose(ctx, s))
            body = rjoin(
                "\n",
                [
                    R(title),
                    prose(
                        ctx,
                        R(
                            "根据《中华人民共和国土地管理法》及农村宅基地管理有关规定，现将下列村民宅基地申请情况予以公示："
                        ),
                    ),
                    rjoin("\n", paras),
                ],
            )
            return "gongshi.zhaijidi", rjoin(
                "\n", [body, supervise(ctx, town + "人民政府"), sign_block(ctx, town + "人民政府")]
            )
        cols = ["序号", "申请人", "家庭人口", "现住址", "申请理由", "拟用地位置", "面积（㎡）", "用地类型"]
        zj_id = ctx.p(0.5)
        if zj_id:
            cols.insert(2, "身份证号")
        for k in range(n):
            p = ctx.person(age=ctx.ri(25, 60))
            t, vil = ctx.village(town)
            rows.append(
                [
                    str(k + 1),
                    ctx.N(p, spaced),
                    str(ctx.ri(2, 7)),
                    ctx.ADDR(ctx.address(t, vil), t, vil),
                    ctx.ch(["分户", "危房", "搬迁", "无房户"]),
                    vil + ctx.group(),
                    str(ctx.ri(100, 200)),
                    ctx.ch(["旱地", "原宅基地", "荒坡地", "村内空闲地"]),
                ]
            )
            if zj_id:
                rows[-1].insert(2, ctx.ID(p["id"], xlsx=style == "xlsx"))
    elif sub == "gongyi":
        title = ctx.ch(
            ["%s%d年乡村公益性岗位拟聘用人员公示" % (town, ctx.year), "%s生态护林员续聘人员公示" % c["name"]]
        )
        cols = ["序号", "姓名", "性别", "身份证号码", "户籍所在地", "人员类别", "拟聘岗位", "联系电话"]
        for k in range(n):
            p = ctx.person(age=ctx.ri(25, 59))
            t, vil = ctx.village(town)
            rows.append(
                [
                    str(k + 1),
                    ctx.N(p, spaced),
                    "男" if p["g"] == "M" else "女",
                    ctx.ID(p["id"]),
                    ctx.ADDR(ctx.address(t, vil), t, vil) if ctx.p(0.5) else R(t + vil),
                    ctx.ch(["脱贫劳动力", "防返贫监测对象", "就业困难人员", "低保家庭成员"]),
                    ctx.ch(["护林员", "保洁员", "护路员", "水管员", "公共设施管护员"]),
                    ctx.MOB(p["mob"]),
                ]
            )
        wl = None
    else:
        title = ctx.ch(
            [
                "%s%s项目房屋征收补偿情况公示"
                % (c["name"], ctx.ch(["城区棚户区改造", "G345线改扩建", "县城污水处理厂", "产业园区"])),
                "%s集体土地及地上附着物征收补偿分户公示" % town,
            ]
        )
        intro = (
            "根据《国有土地上房屋征收与补偿条例》及%s相关规定，现将被征收户补偿情况予以公示，接受监督。"
            % c["name"]
        )
        cols = [
            "序号",
            "房屋编号",
            "被征收人",
            "房屋坐落",
            "合法面积（㎡）",
            "补偿金额（元）",
            "安置方式",
            "收款账号",
        ]
        zs_id = ctx.p(0.5)
        if zs_id:
            cols.insert(3, "身份证号码")
        for k in range(n):
            p = ctx.person(age=ctx.ri(30, 80))
            t, vil = ctx.village(town)
            rows.append(
                [
                    str(k + 1),
                    "ZS-%d-%03d" % (ctx.year, ctx.ri(1, 400)),
                    ctx.N(p, spaced),
                    ctx.ADDR(ctx.address(t, vil), t, vil),
                    "%.2f" % (ctx.ri(6000, 30000) / 100),
                    "%d" % ctx.ri(80000, 900000),
                    ctx.ch(["货币补偿", "产权调换", "货币补偿"]),
                    ctx.BANK(ctx.bank()[0]),
                ]
            )
            if zs_id:
                rows[-1].insert(3, ctx.ID(p["id"], xlsx=style == "xlsx"))
    if style == "layout" and wl is None and ctx.p(0.4):
        wl = ctx.ri(10, 16)
    body = render_table(ctx, cols, rows, style, title=None, wrap_last=wl if style == "layout" else None)
    parts = [R(title)]
    if intro:
        parts.append(prose(ctx, R(intro)))
    parts.append(body)
    parts.append(supervise(ctx, ctx.ch([town + "人民政府", vil0 + "村民委员会", county_office(ctx, "mz")])))
    parts.append(sign_block(ctx, ctx.ch([town + "人民政府", vil0 + "村民委员会"])))
    return "gongshi." + sub, rjoin("\n", parts)


# ---------------------------------------------------------------- family: forms
def fam_form(ctx, size):
    sub = ctx.ch(["ysqgk", "ysqgk", "dibao", "dibao", "butie"])
    c = ctx.c
    fst = ctx.ch(["colon", "grid2", "lines", "box", "colon", "grid2", "lines", "colon"])
    if sub == "ysqgk":
        title = R(
            ctx.ch(
                [
                    "%s政府信息公开申请表"
                    % ctx.ch([c["name"] + "人民政府", county_office(ctx, "mz"), county_office(ctx, "zr")]),
                    "政府信息公开申请表",
                ]
            )
        )
        pairs = []
        if ctx.p(0.75):
            p = ctx.person(age=ctx.ri(22, 70))
            t, vil = ctx.village()
            doc = ctx.ch(
                ["身份证", "身份证", "身份证", "护照", "护照", "港澳通行证", "港澳通行证", "台湾通行证"]
            )
            if doc == "身份证":
                num = ctx.ID(p["id"])
            elif doc == "护照":
                num = ctx.DOCNUM("passport", ctx.passport())
            elif doc == "港澳通行证":
                num = ctx.DOCNUM("hk_macau_permit", ctx.hk())
            else:
                num = ctx.DOCNUM("tw_permit", ctx.tw())
            pairs += [
                ("申请人类型", tick(ctx, ["公民", "法人或者其他组织"], "公民")),
                ("姓名", ctx.N(p)),
                ("工作单位", ctx.ch(["", "无", "务农", "个体"])),
                ("证件名称", R(doc)),
                ("证件号码", num),
                ("联系电话", ctx.MOB(p["mob"]) if ctx.p(0.85) else ctx.TEL(ctx.landline())),
                ("通信地址", ctx.ADDR(ctx.address(t, vil), t, vil)),
                ("邮政编码", c["post"]),
                ("电子邮箱", ctx.EMAIL(ctx.email()) if ctx.p(0.6) else R("")),
            ]
            signer = p
        else:
            comp = (
                c["name"]
                + ctx.ch(["兴旺", "源丰", "秦岭", "青稞", "天华"])
                + ctx.ch(["农业专业合作社", "建筑工程有限公司", "商贸有限公司"])
            )
            q = ctx.person(age=ctx.ri(25, 55))
            pairs += [
                ("申请人类型", tick(ctx, ["公民", "法人或者其他组织"], "法人或者其他组织")),
                ("名称", R(comp)),
                ("统一社会信用代码", R(ctx.uscc("93" if comp.endswith("合作社") else "91"))),
                ("法定代表人", R(ctx.raw_name("M", 50)[0])),
                ("联系人", ctx.N(q)),
                ("联系人电话", ctx.MOB(q["mob"])),
                ("联系人身份证号", ctx.ID(q["id"])),
                ("电子邮箱", ctx.EMAIL(ctx.email()) if ctx.p(0.5) else R("")),
            ]
            signer = q
        t, vil = ctx.village()
        what = ctx.ch(
            [
                R("%s%s%d年危房改造补助资金发放明细及评议会议记录" % (t, vil, ctx.year - 1)),
                R("本人宅基地（位于%s%s%s）的审批档案" % (t, vil, ctx.group())),
                "本人父亲"
                + ctx.N(ctx.person(age=ctx.ri(55, 85), g="M"))
                + "因"
                + ctx.HEALTH(ctx.health("dis"))
                + "去世前申请大病救助的审批材料",
                R("%s征地补偿安置方案及补偿款拨付凭证" % ctx.ch(["G345线", "县城东区", "产业园"])),
                "我与" + ctx.N(ctx.person()) + "土地承包经营权纠纷相关的调处记录",
            ]
        )
        dap = ctx.date()
        pairs += [
            ("所需信息的内容描述", what),
            ("所需信息的用途", R(ctx.ch(["维护自身合法权益", "查阅", "诉讼使用", "（不填）"]))),
            (
                "获取信息的方式",
                R(
                    tick(
                        ctx,
                        ["邮寄", "电子邮件", "当面领取", "在线查阅"],
                        ctx.ch(["邮寄", "电子邮件", "当面领取"]),
                    )
                ),
            ),
            ("申请人签名（盖章）", ctx.N(signer)),
            ("申请时间", R(ctx.dstr(dap))),
        ]
        extra = R(
            "以下由受理机关填写\n受理编号："
            + ctx.fake18()
            + "    受理人："
            + ctx.cadre()
            + "    受理日期："
            + ctx.dstr(dap + datetime.timedelta(days=ctx.ri(0, 6)))
        )
        return "form.ysqgk", rjoin("\n", [title, render_form(ctx, pairs, fst), extra])
    if sub == "dibao":
        title = R(
            ctx.ch(
                [
                    "%s最低生活保障申请表" % c["prov"],
                    "社会救助申请（审批）表",
                    "%s低保、特困供养申请家庭情况登记表" % c["name"],
                ]
            )
        )
        head = ctx.person(age=ctx.ri(30, 75))
        t, vil = ctx.village()
        addr = ctx.address(t, vil)
        b, bname = ctx.bank()
        pairs = [
            ("申请人姓名", ctx.N(head)),
            ("性别", R("男" if head["g"] == "M" else "女")),
            ("民族", R(head["eth"])),
            ("身份证号码", ctx.ID(head["id"])),
            ("联系电话", ctx.PHONE(head, 0.15)),
            ("户籍地址", ctx.ADDR(addr, t, vil)),
            (
                "申请类别",
                R(
                    tick(
                        ctx,
                        ["城市低保", "农村低保", "特困供养", "临时救助"],
                        ctx.ch(["农村低保", "临时救助", "特困供养"]),
                    )
                ),
            ),
            ("开户银行", R(bname + c["name"] + "支行")),
            ("银行账号", ctx.BANK(b)),
        ]
        if ctx.p(0.3):
            pairs.insert(6, ("现居住地", ctx.ADDR(ctx.address(), None, None) if ctx.p(0.5) else R("同上")))
        form = render_form(ctx, pairs, fst)
        mem = []
        surn = head["name"][0] if head["eth"] == "汉族" else None
        rels = ["配偶"] + [
            ctx.ch(["长子", "次子", "长女", "次女", "母亲", "父亲", "孙子", "孙女"])
            for _ in range(ctx.ri(1, 4))
        ]
        for rel in rels:
            ha = head["age"]
            age = {
                "配偶": ha + ctx.ri(-4, 4),
                "母亲": ha + ctx.ri(20, 30),
                "父亲": ha + ctx.ri(22, 32),
                "孙子": ha - ctx.ri(44, 55),
                "孙女": ha - ctx.ri(44, 55),
            }.get(rel, ha - ctx.ri(20, 32))
            age = max(1, min(age, 99))
            p = ctx.person(
                age=age,
                g=("F" if head["g"] == "M" else "M")
                if rel == "配偶"
                else ("M" if rel in ("长子", "次子", "父亲", "孙子") else "F"),
                surn=surn if rel not in ("配偶", "母亲") else None,
            )
            hs = ctx.HEALTH(ctx.health()) if ctx.p(0.4) else R(ctx.ch(["健康", "良好"]))
            mem.append(
                [
                    ctx.N(p),
                    rel,
                    ctx.ID(p["id"]),
                    hs,
                    ctx.ch(["务农", "在校", "务工", "无", "学龄前"]),
                    str(ctx.ch([0, 0, 300, 800, 1500])),
                ]
            )
        tstyle = ctx.ch(["layout", "pipe", "box", "cells", "tsv"])
        mt = render_table(
            ctx,
            ["姓名", "与申请人关系", "身份证号码", "健康状况", "从业状况", "月收入（元）"],
            mem,
            tstyle,
            title="家庭成员情况",
        )
        reason = (
            "申请理由：本人"
            + ctx.ch(["常年患", "因"])
            + ctx.HEALTH(ctx.health())
            + "，"
            + ctx.ch(["丧失劳动能力", "无法外出务工", "长期服药"])
            + "，家中"
            + ctx.ch(["两个孩子上学", "老母亲年迈", "无其他收入来源"])
            + "，生活十分困难，特申请"
            + ctx.ch(["纳入农村低保", "临时救助", "特困供养"])
            + "，望批准。"
        )
        sig = "申请人（签字/按手印）：" + ctx.N(head) + "        " + ctx.dstr(ctx.date())
        if ctx.p(0.3):
            ag = ctx.person(age=ctx.ri(25, 60))
            sig = (
                sig
                + "\n代办人："
                + ctx.N(ag)
                + "（与申请人关系："
                + ctx.ch(["女儿", "儿子", "侄子", "邻居"])
                + "）  代办人电话："
                + ctx.MOB(ag["mob"])
            )
        review = R(
            "村（居）委会意见：经入户调查、民主评议，情况属实，同意上报。    经办人：%s    %s\n乡镇（街道）审核意见：同意。    审核人：%s"
            % (ctx.cadre(), ctx.dstr(ctx.date()), ctx.cadre())
        )
        return "form.dibao", rjoin("\n", [title, form, mt, prose(ctx, reason, indent=False), sig, review])
    # butie
    kind = ctx.ch(["canbu", "gaoling", "nongji"])
    p = ctx.person(
        age=ctx.ri(5, 90) if kind == "canbu" else (ctx.ri(80, 98) if kind == "gaoling" else ctx.ri(30, 60))
    )
    t, vil = ctx.village()
    b, bname = ctx.bank()
    if kind == "canbu":
        title = R("%s困难残疾人生活补贴和重度残疾人护理补贴申请审批表" % c["prov"])
        tt, g = ctx.ch(DIS_TYPES), ctx.ch(GRADES)
        cert = (
            (ctx.V(p["id"], "id_card") + str(DIS_TYPES.index(tt) + 1) + str(GRADES.index(g) + 1))
            if not ctx.is_masked("id_card")
            else R(ctx.m_id(p["id"]) + "%d%d" % (DIS_TYPES.index(tt) + 1, GRADES.index(g) + 1))
        )
        pairs = [
            ("姓名", ctx.N(p)),
            ("性别", R("男" if p["g"] == "M" else "女")),
            ("出生年月", R("%d年%d月" % (p["born"].year, p["born"].month))),
            ("身份证号", ctx.ID(p["id"])),
            ("残疾人证号", cert),
            ("残疾类别", ctx.HEALTH(tt + "残疾", "**")),
            ("残疾等级", R(g + "级")),
            ("户籍所在地", ctx.ADDR(ctx.address(t, vil), t, vil)),
            ("联系电话", ctx.MOB(p["mob"])),
            (
                "申请类别",
                R(
                    tick(
                        ctx,
                        ["困难残疾人生活补贴", "重度残疾人护理补贴"],
                        ctx.ch(["困难残疾人生活补贴", "重度残疾人护理补贴"]),
                    )
                ),
            ),
            ("享受低保情况", R(tick(ctx, ["是", "否"], ctx.ch(["是", "否"])))),
        ]
        if p["age"] < 18 or ctx.p(0.5):
            gd = ctx.person(age=ctx.ri(30, 65))
            pairs += [
                ("监护人（代理人）姓名", ctx.N(gd)),
                ("与申请人关系", R(ctx.ch(["父亲", "母亲", "儿子", "女儿", "配偶"]))),
                ("监护人身份证号", ctx.ID(gd["id"])),
                ("监护人电话", ctx.MOB(gd["mob"])),
            ]
        pairs += [("开户银行", R(bname)), ("社保卡金融账号", ctx.BANK(b))]
    elif kind == "gaoling":
        title = R("%s高龄老人津贴申请表" % c["name"])
        pairs = [
            ("老人姓名", ctx.N(p)),
            ("性别", R("男" if p["g"] == "M" else "女")),
            ("年龄", R(str(p["age"]))),
            ("身份证号码", ctx.ID(ctx.id15(p) if ctx.p(0.15) else p["id"])),
            ("家庭住址", ctx.ADDR(ctx.address(t, vil), t, vil)),
            ("身体状况", ctx.HEALTH(ctx.health()) if ctx.p(0.5) else R(ctx.ch(["良好", "一般", "卧床"]))),
            ("赡养人", ctx.N(ctx.person(age=ctx.ri(45, 65)))),
            ("赡养人电话", ctx.MOB(ctx.mobile())),
            ("账号", ctx.BANK(b)),
        ]
    else:
        title = R("%s%d年农机购置与应用补贴申请表" % (c["prov"], ctx.year))
        pairs = [
            ("购机者姓名", ctx.N(p)),
            ("身份证号码", ctx.ID(p["id"])),
            ("联系电话", ctx.MOB(p["mob"])),
            ("住址", ctx.ADDR(ctx.address(t, vil), t, vil)),
            ("机具品目", R(ctx.ch(["轮式拖拉机", "微耕机", "玉米收获机", "谷物烘干机"]))),
            ("出厂编号", R("%s%d%07d" % (ctx.ch(["SD", "LX", "DF"]), ctx.year, ctx.ri(0, 9999999)))),
            ("发动机号", R("%d%08d" % (ctx.ri(1, 9), ctx.ri(0, 99999999)))),
            ("牌证号码", ctx.PLATE(ctx.plate()) if ctx.p(0.3) else R("无")),
            ("补贴额（元）", R(str(ctx.ri(5, 60) * 100))),
            ("开户行", R(bname)),
            ("账号", ctx.BANK(b)),
        ]
    sig = "申请人签字：" + ctx.N(p) + "    " + ctx.dstr(ctx.date())
    review = R(
        ctx.ch(
            [
                "村委会初审意见：属实。（盖章）经办人：%s" % ctx.cadre(),
                "乡镇审核意见：同意上报。审核人：%s" % ctx.cadre(),
            ]
        )
    )
    return "form.butie", rjoin("\n", [title, render_form(ctx, pairs, fst), sig, review])


# ---------------------------------------------------------------- family: minutes
def fam_minutes(ctx, size):
    sub = ctx.ch(["cmdb", "cmdb", "minzhu", "liangwei", "tingzheng"])
    c = ctx.c
    town, vil = ctx.village()
    d = ctx.date()
    if sub == "tingzheng":
        return minutes_tingzheng(ctx, size)
    chair, rec = ctx.cadre(), ctx.cadre()
    reps = [ctx.person(age=ctx.ri(30, 70)) for _ in range(max(4, int(ctx.ri(6, 14) * size)))]
    title = {
        "cmdb": "%s村民代表会议纪要" % vil,
        "minzhu": "%s%d年低保对象民主评议会议记录" % (vil, ctx.year),
        "liangwei": "%s党支部、村民委员会“两委”联席会议纪要" % vil,
    }[sub]
    lines = [R(title)]
    if ctx.p(0.4):
        lines.append(R("（第%s期）" % cn(ctx.ri(1, 12))))
    lines.append(R("时间：%s %s" % (ctx.dstr(d, "cn"), ctx.ch(["上午9:00", "下午2:30", "晚上7:30"]))))
    lines.append(R("地点：%s村委会%s" % (vil, ctx.ch(["会议室", "二楼会议室", "党群服务中心"]))))
    lines.append(R("主持人：%s（村党支部书记）" % chair if ctx.p(0.6) else "主持人：%s" % chair))
    lines.append(R("记录人：%s" % rec))
    if sub == "liangwei":
        lines.append(
            R(
                "参会人员："
                + "、".join(ctx.cadre() for _ in range(ctx.ri(4, 7)))
                + "；驻村第一书记"
                + ctx.cadre()
                + "列席"
            )
        )
    else:
        att = "参会人员：" + rjoin("、", [ctx.N(r_) for r_ in reps])
        if ctx.p(0.5):
            att = att + "；镇包村干部" + ctx.cadre() + "、驻村工作队员" + ctx.cadre() + "列席"
        lines.append(prose(ctx, att, indent=False))
        lines.append(R("应到%d人，实到%d人，符合规定人数。" % (len(reps) + ctx.ri(0, 3), len(reps))))
    apps = [ctx.person(age=ctx.ri(25, 85)) for _ in range(max(2, int(ctx.ri(2, 6) * size)))]
    lines.append(
        R(
            "会议议题："
            + ctx.ch(
                [
                    "评议%d年度低保申请对象" % ctx.year,
                    "研究临时救助及危房改造对象",
                    "审议宅基地申请及公益性岗位人选",
                ]
            )
        )
    )
    lines.append(R("会议内容："))
    for k, a in enumerate(apps):
        t, v2 = ctx.village(town)
        sp = ctx.ch(reps)
        s = (
            "%s、" % cn(k + 1)
            + ctx.ch(["申请人", "", "评议对象"])
            + ctx.N(a)
            + "，"
            + ctx.ADDR(ctx.address(t, vil), t, vil)
            + "，家庭人口%d人。" % ctx.ri(1, 6)
        )
        r = ctx.rng.random()
        if r < 0.5:
            rw = ctx.ch(["其妻", "其子", "其女", "其母", "其夫"])
            rel = ctx.person(
                age=ctx.ri(5, 80),
                g="M" if rw in ("其子", "其夫") else "F",
                surn=a["name"][0] if rw in ("其子", "其女") and a["eth"] == "汉族" else None,
            )
            s = (
                s
                + ("村民代表" if sub != "liangwei" else "")
                + (ctx.N(sp) if sub != "liangwei" else R("村委委员" + ctx.cadre()))
                + "发言："
                + ctx.ch(["他家的情况我清楚，", "我去过他家，", "这户确实困难，"])
                + rw
                + ctx.N(rel)
                + ctx.ch(["去年查出", "长期患", "患有"])
                + ctx.HEALTH(ctx.health())
                + "，"
                + ctx.ch(["每月药费一千多元", "常年需要人照顾", "家里开支大"])
                + "，建议纳入。"
            )
        elif r < 0.75:
            s = (
                s
                + "本人"
                + ctx.HEALTH(ctx.health())
                + "，"
                + ctx.ch(["无劳动能力", "丧失劳动能力", "生活不能自理"])
                + "，"
                + ctx.ch(["子女在外务工收入低", "无子女", "配偶已去世"])
                + "。"
            )
        else:
            s = (
                s
                + ("代表" + ctx.N(sp) + "提出：" if sub != "liangwei" else R("经讨论，"))
                + (
                    ("其家有一辆小轿车" + ("（车牌号" + ctx.PLATE(ctx.plate()) + "）" if ctx.p(0.6) else ""))
                    if ctx.p(0.4)
                    else ctx.ch(["其子在县城有商品房", "其家庭收入超标"])
                )
                + "，不符合条件。"
            )
        if sub == "minzhu":
            yes = ctx.ri(0, len(reps))
            s = s + "表决结果：同意%d票，不同意%d票，弃权%d票。" % (yes, len(reps) - yes, 0)
        lines.append(prose(ctx, s, indent=False))
    if sub == "minzhu" and ctx.p(0.6):
        rows = [
            [
                ctx.N(a),
                str(ctx.ri(1, 6)),
                ctx.ch(["A类", "B类", "C类"]),
                str(ctx.ri(5, 15)),
                str(ctx.ri(0, 3)),
                ctx.ch(["通过", "通过", "未通过"]),
            ]
            for a in apps
        ]
        lines.append(
            render_table(
                ctx,
                ["评议对象", "家庭人口", "拟保类别", "同意", "不同意", "结果"],
                rows,
                ctx.ch(["layout", "pipe", "box", "tsv"]),
                title="评议结果汇总",
            )
        )
    lines.append(R("会议决定：以上评议结果在村务公开栏公示7天，无异议后报%s审核。" % town))
    if sub != "liangwei":
        lines.append("参会代表签字：" + rjoin(ctx.ch(["  ", "、", " "]), [ctx.N(r_) for r_ in reps]))
    else:
        lines.append(R("参会人员签字：" + "  ".join(ctx.cadre() for _ in range(4))))
    return "minutes." + sub, rjoin("\n", lines)


def minutes_tingzheng(ctx, size):
    c = ctx.c
    org = county_office(ctx, ctx.ch(["sj", "zr", "ny", "mz"]))
    p = ctx.person(age=ctx.ri(25, 65))
    t, vil = ctx.village()
    d = ctx.date()
    kind = ctx.ch(["penalty", "dibao"])
    lines = [
        R(
            ctx.ch(
                [
                    "听证会纪要",
                    "行政处罚听证笔录",
                    "听 证 笔 录" if kind == "penalty" else "低保取消听证会记录",
                ]
            )
        )
    ]
    case = (
        ("关于" + ctx.N(p) + ctx.ch(["非法占用土地案", "无证经营案", "低保资格取消事项"]) + "听证")
        if ctx.p(0.6)
        else R("案由：" + ctx.ch(["涉嫌非法占用土地", "涉嫌无证经营食品", "取消最低生活保障资格"]))
    )
    lines.append(case)
    lines.append(
        R(
            "时间：%s %d时%02d分至%d时%02d分"
            % (ctx.dstr(d, "cn"), ctx.ri(9, 10), ctx.ri(0, 59), ctx.ri(11, 12), ctx.ri(0, 59))
        )
    )
    lines.append(R("地点：%s%s" % (org, ctx.ch(["听证室", "三楼会议室"]))))
    lines.append(
        R(
            "听证主持人：%s    听证员：%s、%s    记录员：%s"
            % (ctx.cadre(), ctx.cadre(), ctx.cadre(), ctx.cadre())
        )
    )
    lines.append(
        "申请人（当事人）："
        + ctx.N(p)
        + "，"
        + ("男" if p["g"] == "M" else "女")
        + "，%d岁，身份证号码" % p["age"]
        + ctx.ID(p["id"])
        + "，住"
        + ctx.ADDR(ctx.address(t, vil), t, vil)
        + "，联系电话"
        + ctx.MOB(p["mob"])
        + "。"
    )
    ag = None
    if ctx.p(0.7):
        ag = ctx.person(age=ctx.ri(28, 60))
        if ctx.p(0.5):
            lines.append("委托代理人：" + ctx.N(ag) + "，" + ctx.ch(FIRMS[ctx.ck]) + "律师。")
        else:
            lines.append(
                "委托代理人："
                + ctx.N(ag)
                + "，系申请人"
                + ctx.ch(["之子", "之女", "之弟", "之妻"])
                + "，住"
                + ctx.ADDR(ctx.address(t, vil), t, vil)
                + "。"
            )
    lines.append(R("案件调查人员：%s、%s（%s工作人员）" % (ctx.cadre(), ctx.cadre(), org)))
    lines.append(R("听证过程："))
    lines.append(
        prose(ctx, R("主持人宣布听证纪律，核对参加人员身份，告知当事人有关权利义务，当事人表示不申请回避。"))
    )
    lines.append(
        prose(
            ctx,
            R("调查人员陈述：")
            + (
                "经调查，"
                + ctx.N(p)
                + ctx.ch(
                    ["家庭人均收入超过当地低保标准", "于%d年擅自建房" % (ctx.year - 1), "未取得许可从事经营"]
                )
                + "，有"
                + ctx.ch(["入户调查表", "询问笔录", "现场勘测图"])
                + "为证。"
            ),
        )
    )
    st = (
        ctx.N(p)
        + "陈述："
        + ctx.ch(["我家情况没有变化，", "我不是故意的，", "我不认可调查结论，"])
        + ctx.ch(["我老伴", "我儿子", "我自己"])
        + ctx.ch(["前年做了手术，", "今年查出"])
        + ctx.HEALTH(ctx.health("dis"))
        + "，"
        + ctx.ch(["看病花了八万多", "不能干重活", "家里全靠低保"])
        + "。"
    )
    lines.append(prose(ctx, st))
    if ag is not None:
        lines.append(
            prose(
                ctx,
                ctx.N(ag)
                + "代理意见："
                + ctx.ch(["认定事实不清，证据不足", "处罚过重，请求从轻", "请求维持低保待遇"])
                + "。",
            )
        )
    if ctx.p(0.6):
        w = ctx.person(age=ctx.ri(30, 75))
        lines.append(
            prose(
                ctx,
                "证人"
                + ctx.N(w)
                + "（"
                + ctx.ch(["邻居", "同组村民", "村民代表"])
                + "，电话"
                + ctx.MOB(w["mob"])
                + "）作证："
                + ctx.ch(["情况属实", "他家房子是老房子翻修的", "申请人确实长期吃药"])
                + "。",
            )
        )
    lines.append(R("主持人宣布听证结束。以上笔录经当事人阅看无误。"))
    sig = "当事人签字：" + ctx.N(p)
    if ag is not None:
        sig = sig + "    代理人签字：" + ctx.N(ag)
    lines.append(sig)
    lines.append(R("主持人：%s    记录员：%s" % (ctx.cadre(), ctx.cadre())))
    return "minutes.tingzheng", rjoin("\n", lines)


# ---------------------------------------------------------------- family: reply (答复书 / 补正告知书)
def fam_reply(ctx, size):
    sub = ctx.ch(["dafu", "dafu", "buzheng"])
    c = ctx.c
    org = ctx.ch(
        [county_office(ctx, k) for k in ("zf", "mz", "zr", "zj", "rs", "ny")] + [ctx.town() + "人民政府"]
    )
    p = ctx.person(age=ctx.ri(25, 70))
    t, vil = ctx.village()
    d0 = ctx.date(m0=1, m1=10)
    wh = ctx.wenhao(c["short"] + ctx.ch(["政信复", "依申请", "信公开"]) + ("字" if ctx.p(0.5) else ""))
    lines = [
        R(org),
        R(
            ctx.ch(
                ["政府信息公开申请答复书", "依申请公开政府信息告知书"]
                if sub == "dafu"
                else ["政府信息公开申请补正告知书", "补正申请告知书"]
            )
        ),
        R(wh),
    ]
    if ctx.p(0.7):
        blk = "申请人：" + ctx.N(p)
        r_ = ctx.rng.random()
        if r_ < 0.12:
            blk = blk + "    护照号码：" + ctx.DOCNUM("passport", ctx.passport())
        elif r_ < 0.2:
            blk = blk + "    往来港澳通行证号码：" + ctx.DOCNUM("hk_macau_permit", ctx.hk())
        elif r_ < 0.26:
            blk = blk + "    大陆居民往来台湾通行证号码：" + ctx.DOCNUM("tw_permit", ctx.tw())
        elif r_ < 0.75:
            blk = blk + ctx.ch(["    身份证号码：", "，证件号码："]) + ctx.ID(p["id"])
        if ctx.p(0.6):
            blk = blk + ctx.ch(["\n联系电话：", "，电话："]) + ctx.MOB(p["mob"])
        if ctx.p(0.6):
            blk = blk + ctx.ch(["\n通信地址：", "，地址："]) + ctx.ADDR(ctx.address(t, vil), t, vil)
        lines.append(blk)
    salute = ctx.N(p) + ctx.ch(["：", "：", "（先生/女士）："])
    if ctx.p(0.25):
        salute = R(p["name"][0] + ("先生" if p["g"] == "M" else "女士") + "：")
    lines.append(salute)
    chan = ctx.ch(["信函", "政府网站在线申请平台", "当面", "电子邮件"])
    what = ctx.ch(
        [
            "%s%d年农村低保对象名单及评议记录" % (vil, ctx.year - 1),
            "%s%s危房改造补助资金发放情况" % (t, vil),
            "本人所在组征地补偿款分配方案",
            "%s宅基地审批档案" % vil,
        ]
    )
    body = "本机关于%s通过%s收到您提交的政府信息公开申请（申请编号：%s），申请获取“%s”。" % (
        ctx.dstr(d0, "cn"),
        chan,
        ctx.fake18() if ctx.p(0.6) else "YSQ%d%05d" % (ctx.year, ctx.ri(1, 999)),
        what,
    )
    para = [R(body)]
    if sub == "dafu":
        r = ctx.rng.random()
        if r < 0.4:
            s2 = (
                R(
                    "经审查，您申请的信息中涉及第三方个人信息。本机关依据《中华人民共和国政府信息公开条例》第三十二条书面征求了第三方"
                )
                + ctx.N(ctx.person())
                + "、"
                + ctx.N(ctx.person())
                + "的意见，第三方不同意公开。根据第十五条、第三十七条规定，本机关对其中涉及的姓名、身份证号码、银行账号、家庭住址、健康状况等个人隐私信息作去标识化处理后予以公开（见附件）。"
            )
        elif r < 0.7:
            s2 = R("经审查，您申请的信息属于公开范围，现将相关信息提供给您（附件%d页）。" % ctx.ri(2, 30))
        else:
            s2 = R(
                "经检索，本机关未制作或获取您申请的政府信息，根据《中华人民共和国政府信息公开条例》第三十六条第（四）项之规定，告知您该政府信息不存在。"
            )
        para.append(s2)
        if ctx.p(0.6):
            para.append(
                "本答复书及附件已通过EMS（邮件号：%s）寄送至您申请表中所留地址："
                % ("1" + "".join(str(ctx.ri(0, 9)) for _ in range(12)))
                + ctx.ADDR(ctx.address(t, vil), t, vil)
                + "，收件人："
                + ctx.N(p)
                + "，电话："
                + ctx.MOB(p["mob"])
                + "。"
            )
        elif ctx.p(0.5):
            para.append("本答复书已发送至您的电子邮箱" + ctx.EMAIL(ctx.email()) + "。")
    else:
        r = ctx.rng.random()
        if r < 0.5:
            para.append(
                "经审查，您提交的申请表中“证件号码”一栏填写为"
                + ctx.ID(p["id"])
                + "，与所附身份证复印件不一致；且所需信息的内容描述不明确。"
            )
        else:
            para.append(
                R(
                    "经审查，您的申请内容不明确，未写明所需信息的名称、文号或者便于本机关查询的其他特征性描述。"
                )
            )
        para.append(
            R(
                "根据《中华人民共和国政府信息公开条例》第三十条的规定，请您自收到本告知书之日起%s内对申请内容作出补正，说明所需政府信息的名称、文号或者便于查询的其他特征性描述。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。"
                % ctx.ch(["15个工作日", "10个工作日"])
            )
        )
        if ctx.p(0.5):
            para.append(
                "补正材料可邮寄至本机关，或发送至电子邮箱"
                + ctx.office_mail(
                    ctx.ch(["xxgk", "zfxxgk", "gkb"]) + ctx.ch(["za", "lt", "yx", "wc", "dz", "ys"])
                )
                + "。您在申请中留存的手机号码"
                + ctx.MOB(p["mob"])
                + "经多次拨打无人接听，特此书面告知。"
            )
    para.append(
        R(
            "如对本答复不服，可以在收到本答复之日起60日内向%s申请行政复议，或者在6个月内向%s人民法院提起行政诉讼。"
            % (c["name"] + "人民政府" if "县" not in org[:3] else c["city"] + "人民政府", c["name"])
        )
    )
    lines.append(prose(ctx, rjoin("\n", para)))
    lines.append(R("联系人：%s    联系电话：%s" % (ctx.cadre(), ctx.office_tel())))
    lines.append(sign_block(ctx, org, d0 + datetime.timedelta(days=ctx.ri(5, 20))))
    if ctx.p(0.3):
        lines.append(R("抄送：" + c["name"] + "人民政府办公室政务公开股"))
    return "reply." + sub, rjoin("\n", lines)


# ---------------------------------------------------------------- family: 送达回证
def fam_songda(ctx, size):
    c = ctx.c
    org = ctx.ch(
        [county_office(ctx, k) for k in ("sj", "zr", "ga", "mz", "ny", "wj")] + [ctx.town() + "人民政府"]
    )
    nrec = 1 if ctx.p(0.7) and size <= 1 else max(2, int(ctx.ri(2, 3) * size))
    fst = ctx.ch(["colon", "colon", "lines", "lines", "box", "grid2"])
    out = []
    for k in range(nrec):
        p = ctx.person(age=ctx.ri(20, 80))
        t, vil = ctx.village()
        addr = ctx.address(t, vil)
        way = ctx.ch(["直接送达", "留置送达", "邮寄送达", "委托送达", "直接送达"])
        docname = ctx.ch(
            [
                "行政处罚决定书",
                "行政处罚事先告知书",
                "政府信息公开申请答复书",
                "责令限期改正通知书",
                "听证通知书",
                "低保停发告知书",
            ]
        )
        pairs = [
            (
                "送达文书名称及文号",
                R(
                    "《%s》%s"
                    % (docname, ctx.wenhao(c["short"] + ctx.ch(["市监处罚", "自然资告", "政信复", "民低停"])))
                ),
            ),
            ("受送达人", ctx.N(p)),
            ("送达地点", ctx.ADDR(addr, t, vil)),
            ("送达方式", R(way)),
        ]
        recv = ctx.N(p) + "    " + ctx.dstr(ctx.date())
        note = R("")
        if way == "留置送达":
            w1 = ctx.person()
            recv = R("拒绝签收")
            note = (
                "受送达人拒绝签收，送达人员将文书留置于其住所，并采用拍照、录像方式记录送达过程。见证人："
                + ctx.N(w1)
                + "（"
                + ctx.ch(["邻居", "同组村民"])
                + "，联系电话"
                + ctx.MOB(w1["mob"])
                + "）"
                + ctx.ch(["、" + vil + "村委会主任" + ctx.cadre(), ""])
            )
        elif way == "邮寄送达":
            recv = R("见邮寄凭证")
            note = R("EMS邮件号：%s" % ("1" + "".join(str(ctx.ri(0, 9)) for _ in range(12))))
            if ctx.p(0.4):
                note = note + "，收件人电话：" + ctx.MOB(p["mob"])
        elif ctx.p(0.35):
            q = ctx.person(age=ctx.ri(18, 70))
            pairs.append(
                (
                    "代收人及代收理由",
                    ctx.N(q)
                    + "，系受送达人之"
                    + ctx.ch(["妻", "夫", "子", "女", "母亲"])
                    + "，受送达人"
                    + ctx.ch(
                        [
                            "外出务工",
                            "住院治疗" + ctx.HEALTH(ctx.health("dis")) if ctx.p(0.5) else "外出",
                            "不在家",
                        ]
                    )
                    + "，由其代收。",
                )
            )
            recv = ctx.N(q) + "（代）    " + ctx.dstr(ctx.date())
        pairs.append(("受送达人签名或盖章", recv))
        pairs.append(("送达人", R("%s、%s" % (ctx.cadre(), ctx.cadre()))))
        pairs.append(("备注", note))
        if ctx.p(0.6):
            pairs.insert(2, ("受送达人身份证号", ctx.ID(p["id"])))
        if ctx.p(0.6):
            pairs.insert(3, ("联系电话", ctx.PHONE(p)))
        ttl = ctx.ch(["送 达 回 证", "送达回证", "送达地址确认书及送达回证"])
        if ttl.startswith("送达地址") or ctx.p(0.2):
            pairs.insert(3, ("是否同意电子送达", R(tick(ctx, ["同意", "不同意"], "同意"))))
            pairs.insert(4, ("电子送达地址", ctx.EMAIL(ctx.email()) if ctx.p(0.7) else ctx.MOB(p["mob"])))
        block = [R(org), R(ttl)]
        if ctx.p(0.4):
            block.append(
                R(
                    "案号：%s"
                    % ctx.ch([ctx.fake18(), "%s（%d）%d号" % (c["short"] + "市监", ctx.year, ctx.ri(1, 300))])
                )
            )
        block.append(render_form(ctx, pairs, fst))
        if ctx.p(0.3):
            block.append(R("注：受送达人拒绝签收的，送达人应当在备注栏注明情况。"))
        out.append(rjoin("\n", block))
    sep = ctx.ch(["\n\n", "\n\f", "\n" + "-" * 40 + "\n"])
    return "songda.huizheng", rjoin(sep, out)


FAMILIES = [
    (fam_roster, 31),
    (fam_penalty, 10),
    (fam_gongshi, 23),
    (fam_form, 11),
    (fam_minutes, 13),
    (fam_reply, 6),
    (fam_songda, 6),
]


def make_doc(seed, i):
    rng = random.Random("%s-%d" % (seed, i))
    fam = rng.choices([f for f, _ in FAMILIES], weights=[w for _, w in FAMILIES])[0]
    ck = rng.choice(CKEYS)
    size = 1.0
    last = None
    for attempt in range(8):
        ctx = Ctx(rng, ck)
        typ, rt = fam(ctx, size)
        n = len(rt.s)
        last = (typ, rt, ctx)
        if n > 3000:
            size *= 0.7
            continue
        if n < 300:
            size *= 1.5
            continue
        break
    typ, rt, ctx = last  # type: ignore[misc]
    if len(rt.s) > 3000:
        # cut at a line boundary outside spans
        cut = rt.s.rfind("\n", 0, 3000)
        while cut > 0 and rt.ids[cut] != -1:
            cut = rt.s.rfind("\n", 0, cut)
        rt = rt.sl(0, cut)
    return {"type": typ, "text": rt.s, "spans": ctx.d.spans(rt)}


# ---------------------------------------------------------------- checking
def real_date(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


BIN_SET = set(b for b, _, _ in BANK_BINS)
RX = {
    "mobile": re.compile(r"^1[3-9]\d[- ]?\d{4}[- ]?\d{4}$"),
    "landline": re.compile(r"^(0\d{2,3}-?\d{7,8}|（0\d{2,3}）\d{7,8})$"),
    "email": re.compile(r"^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+\.[a-z]{2,}$"),
    "passport": re.compile(r"^E[A-Z0-9]\d{7}$"),
    "hk_macau_permit": re.compile(r"^C[A-Z0-9]\d{7}$"),
    "tw_permit": re.compile(r"^L\d{8}$"),
    "license_plate": re.compile(
        r"^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z]·?[A-Z0-9]{5,6}$"
    ),
}


def check_span(text, sp):
    errs = []
    a, b, k = sp["start"], sp["end"], sp["kind"]
    if not (0 <= a < b <= len(text)):
        return ["bad offsets"]
    v = text[a:b]
    if v != v.strip():
        errs.append("outer whitespace")
    compact = re.sub(r"\s+", "", v)
    if k == "id_card":
        if not re.fullmatch(r"\d{17}[\dXx]", compact):
            errs.append("id format")
        else:
            if id_check(compact[:17]) != compact[17].upper():
                errs.append("id checksum")
            if not real_date(int(compact[6:10]), int(compact[10:12]), int(compact[12:14])):
                errs.append("id date")
            if compact[:6] not in ALL_CODES:
                errs.append("id county code")
    elif k == "id_card_15":
        if not re.fullmatch(r"\d{15}", compact) or not real_date(
            1900 + int(compact[6:8]), int(compact[8:10]), int(compact[10:12])
        ):
            errs.append("id15")
        elif compact[:6] not in ALL_CODES:
            errs.append("id15 county code")
    elif k == "bank_card":
        if not re.fullmatch(r"\d{16,19}", compact) or not luhn_ok(compact) or compact[:6] not in BIN_SET:
            errs.append("bank card")
    elif k in RX:
        if not RX[k].match(compact if k != "landline" else v):
            errs.append(k + " format")
    elif k == "name":
        if not re.fullmatch(r"[\u4e00-\u9fff]{2,6}", compact):
            errs.append("name format")
    elif k == "address":
        if not re.search(r"(组|号|室|栋|单元|社|队)$", compact):
            errs.append("address end")
    elif k == "health":
        if "*" in v or "某" in v:
            errs.append("health masked")
    else:
        errs.append("unknown kind")
    if "*" in v:
        errs.append("masked value labelled")
    return errs


def check_file(path):
    bad = 0
    docs = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            d = json.loads(line)
            docs.append(d)
            text = d["text"]
            prev_end = -1
            for sp in sorted(d["spans"], key=lambda s: s["start"]):
                e = check_span(text, sp)
                if sp["start"] < prev_end:
                    e.append("overlap")
                prev_end = max(prev_end, sp["end"])
                if e:
                    bad += 1
                    if bad <= 30:
                        print(
                            "line %d %s %r: %s"
                            % (ln, sp["kind"], text[sp["start"] : sp["end"]], ", ".join(e))
                        )
    print(
        "checked %d documents, %d spans, %d problems" % (len(docs), sum(len(d["spans"]) for d in docs), bad)
    )
    return docs, bad


def stats(docs):
    from collections import Counter, defaultdict

    fam_docs, fam_spans, fam_chars = Counter(), Counter(), Counter()  # type: ignore[var-annotated]
    kinds = Counter()  # type: ignore[var-annotated]
    fk = defaultdict(Counter)  # type: ignore[var-annotated]
    types = Counter()  # type: ignore[var-annotated]
    for d in docs:
        f = d["type"].split(".")[0]
        fam_docs[f] += 1
        types[d["type"]] += 1
        fam_spans[f] += len(d["spans"])
        fam_chars[f] += len(d["text"])
        for s in d["spans"]:
            kinds[s["kind"]] += 1
            fk[f][s["kind"]] += 1
    allk = [
        "name",
        "id_card",
        "id_card_15",
        "mobile",
        "landline",
        "bank_card",
        "address",
        "health",
        "email",
        "passport",
        "hk_macau_permit",
        "tw_permit",
        "license_plate",
    ]
    print("%-9s %5s %6s %8s %7s" % ("family", "docs", "spans", "chars", "sp/1k"))
    for f in sorted(fam_docs):
        print(
            "%-9s %5d %6d %8d %7.1f"
            % (f, fam_docs[f], fam_spans[f], fam_chars[f], 1000 * fam_spans[f] / max(1, fam_chars[f]))
        )
    tc, ts = sum(fam_chars.values()), sum(fam_spans.values())
    print("%-9s %5d %6d %8d %7.1f" % ("TOTAL", len(docs), ts, tc, 1000 * ts / max(1, tc)))
    lens = sorted(len(d["text"]) for d in docs)
    print("doc length min/median/max: %d / %d / %d" % (lens[0], lens[len(lens) // 2], lens[-1]))
    print("\nspans per kind:")
    print("%-16s %6s  " % ("kind", "total") + " ".join("%8s" % f for f in sorted(fam_docs)))
    for k in allk:
        print("%-16s %6d  " % (k, kinds[k]) + " ".join("%8d" % fk[f][k] for f in sorted(fam_docs)))
    print("\ndocs per type:")
    for t in sorted(types):
        print("  %-22s %4d" % (t, types[t]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", default="229")
    ap.add_argument("-o", "--out")
    ap.add_argument("--check")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--decisions", action="store_true")
    a = ap.parse_args()
    if a.decisions:
        doc = __doc__
        print(doc[doc.index("DECISIONS") :].strip())
        return
    if a.check:
        docs, bad = check_file(a.check)
        if a.stats:
            stats(docs)
        sys.exit(1 if bad else 0)
    docs = [make_doc(a.seed, i) for i in range(a.docs)]
    out = open(a.out, "w", encoding="utf-8") if a.out else sys.stdout
    for d in docs:
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
    if a.out:
        out.close()
    if a.stats:
        stats(docs)


if __name__ == "__main__":
    main()
