"""Names in prose forms first met in holdout 18: welfare posts reproved in a review and who stands in for
them, a migrants' register's changes (newborns, heads, marriages), numbered lists of people by village,
subsidy cheats, letters' matters and spaced-out addressees, witnesses and guarantors, lost documents'
owners at an item's start."""

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


def names(text: str, engine: str) -> list[str]:
    return [h.text for h in detect(text, PrivacyConfig(engine=engine)) if h.kind == "name"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rangers reproved: a deed after the name, a Tibetan name, a name spaced out by the typesetter.
        (
            "二、批评。\n东坪村护林员孔德旺骑摩托车（号牌甘A·12345）巡护期间在林区吸烟，责令写出书面检查。\n"
            "石门村护林员次仁旺姆4月以来巡护轨迹造假，由他人代为签到，扣发当月劳务补助。\n"
            "红岩村护林员冯 玉 兰长期外出务工，未履行巡护职责，予以解聘。\n",
            ["孔德旺", "次仁旺姆", "冯 玉 兰"],
        ),
        # A sick holder and the relative who stands in, a Mongolian name of six.
        (
            "另，苏日娜因腰椎骨折住院治疗，经乡镇申请，暂由其丈夫巴图额尔敦代为巡护。\n",
            ["苏日娜", "巴图额尔敦"],
        ),
        # A migrants' register: a household's newborn and head, a marriage with a head of household.
        (
            "现将某村2023年度移民人口变更情况公示如下：\n"
            "①甘永福户新生儿甘小雨（2023年05月02日出生），新增1人。\n"
            "②洛桑丹增户户主郭长顺于2023年9月1日去世，核减1人。\n"
            "（三）外村嫁入人员柴晓燕与本村移民户主甘永福登记结婚，户口已迁入，新增1人。\n",
            ["甘永福", "甘小雨", "洛桑丹增", "郭长顺", "柴晓燕", "甘永福"],
        ),
        # A numbered list of people by their village, one with a masked ID.
        (
            "现将第3批农机购置补贴拟兑付情况予以公示：\n"
            "①宁海波，某镇沙河村，购置旋耕机1台，补贴8000元；\n"
            "2．祁凤英（62*************21X），杨庄村，年度考核不合格，连续三个月未按要求巡护。\n",
            ["宁海波", "祁凤英"],
        ),
        # A subsidy cheat, by role and named again in the decision.
        (
            "我局发现某农机销售有限公司与购机户阿依古丽·吐尔逊（身份证号：略）以虚开发票方式套取补贴资金。\n"
            "经查，上述补贴资金已打入阿依古丽·吐尔逊本人在某银行开立的账户。\n",
            ["阿依古丽·吐尔逊", "阿依古丽·吐尔逊"],
        ),
        # A letter: the spaced-out addressee with a role in brackets, the matter of a petition.
        (
            "逾期贷款催收告知书\n某农发〔2024〕12号\n\n邵 国 强（借款人）：\n"
            "    你于2023年4月在某农村商业银行申请小额信贷…\n",
            ["邵 国 强"],
        ),
        (
            "答复意见书\n\n卞春梅：\n"
            "    你于2024年3月2日来信反映的关于卞小军未纳入移民后期扶持人口核定范围的问题收悉。\n",
            ["卞春梅", "卞小军"],
        ),
        # A hearing's witness and the worker they vouch for; a loan's guarantor with their ID.
        (
            "仲裁员：申请人是否有证人出庭？\n申请人：有，是我工友巴特尔。\n证人巴特尔：我和庞永安一起在某公司干了两年。\n"
            "该笔贷款由格桑拉姆（身份证号：略）提供连带责任保证。\n",
            ["巴特尔", "巴特尔", "庞永安", "格桑拉姆"],
        ),
        # Lost documents: an item opening with a spaced-out name and a masked ID; a co-owner.
        (
            "遗失声明\n③邬 建 平（62*************114）遗失普通护照，护照号略，声明作废。\n"
            "该不动产共有人为邬晓丽（其女）。\n",
            ["邬 建 平", "邬晓丽"],
        ),
        # A labour team's leader who owes wages, named again in the order; a worker hurt on the site.
        (
            "经调查，该项目劳务班组负责人庞德旺（公民身份号码：略）拖欠下列3名农民工工资。\n"
            "现责令某建筑劳务有限公司及庞德旺自本公告发布之日起10日内足额支付上述工资。\n"
            "其中工人乔 海 燕在施工中受伤。\n",
            ["庞德旺", "庞德旺", "乔 海 燕"],
        ),
        # A form's label and value parted by blanks; a Mongolian name of four.
        ("死亡原因　肺癌\n申领人　乌兰高娃\n与逝者关系　儿媳\n", ["乌兰高娃"]),
        ("农机购置补贴申请表（个人）\n\n购机者　蔺志刚　　性别　男\n民族　汉族\n", ["蔺志刚"]),
        # A register's item: a person and their masked ID, then the move of their household registration.
        ("公示如下：\n③昝丽娟（62*************24X）户口迁往兰州市，已转为城镇居民，核减1人。\n", ["昝丽娟"]),
    ],
)
def test_prose_forms(engine, text, expected):
    assert names(text, engine) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Commended rangers are published by design.
        "一、表扬。东坪村护林员孔德旺、石门村护林员次仁旺姆等同志巡护到位，予以通报表扬。\n",
        # An item whose first field is an office or a cooperative, not a person.
        "①沙河种植专业合作社，某镇沙河村，购置旋耕机1台，补贴8000元；\n",
        "（一）城关镇，东关社区，完成改造12户；\n",
        # An addressee that is a firm, not a person; a relation before a dotted name.
        "仲裁公告\n某仲案〔2023〕5号\n\n某食品加工有限公司：\n本委受理申请人与你单位劳动争议一案…\n",
        # A firm's 负责人 in its public role, no ID after the name.
        "某建筑劳务有限公司负责人庞德旺到场接受询问。\n",
        # A form's header row, not a value.
        "序号　购机者　乡镇　村\n",
        # An operator not spaced out: the run does not end at the name.
        "经营者已于检查当日将电动自行车移出，整改到位。\n",
        # A household in an item (its name is found by other rules), advice on a lost card.
        "(1)如不慎遗失居民身份证，应及时挂失。\n",
    ],
)
def test_prose_forms_near_misses(engine, text):
    assert names(text, engine) == []


def test_a_relation_before_a_dotted_name_is_not_in_it(engine):
    text = "被收养人系由生母买买提·吾守尔（身份证号略）抚养。\n"
    assert "生母买买提·吾守尔" not in names(text, engine)
