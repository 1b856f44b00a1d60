"""Word lists used by the context rules of the detector. Data, kept apart from the code that uses it."""

from __future__ import annotations

# Common single-character surnames (百家姓 and the most frequent modern surnames).
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦"
    "戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
    "苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练"
    "廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿"
    "鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
    # 洪, and surnames common among the 回族 of 宁夏 (the seed region, 吴忠市利通区).
    "洪纳拜虎喇敏锁撒妥"
    # 赖 and 阎 (both among the hundred most common), and rare surnames that begin almost no word, so
    # that "原告仉子丽诉…" is read like "原告张子丽诉…". (Rare ones that do begin words are left out:
    # 鄂, 蔚, 暨, 濮, 操, 扶, 寸, 字.)
    "赖阎仉厍剡禤郏佴笪隗逄郦琚酆斛郗苌訾缑郤郅眭綦郄闾璩钭芈甯邴蒯钮宓荀郇茆竺雒贠谯庹麴"
)

# Rare surnames that do begin common words (拓展, 脱贫, 摆放, 粘贴, 黑色 …): not in SURNAMES, so prose
# never reads "脱贫户" as a name; a name spaced out by a PDF ("脱  伟  虎", "者 磊 正") may begin with one.
WEAK_SURNAMES = frozenset("拓脱摆者粘朵尕黑昌蹇鄂蔚暨濮操扶寸字")

COMPOUND_SURNAMES = frozenset(
    {
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
        "令狐", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "百里", "呼延", "万俟", "澹台", "濮阳",
        "太史", "申屠", "钟离", "闻人", "赫连", "拓跋", "完颜", "司空", "第五", "东郭", "公羊", "乐正",
    }
)  # fmt: skip

# The 56 民族 as written after a person's sex ("张三，男，蒙古族，身份证号…"): never a name, though some
# begin with a surname (蒙, 白, 苗, 满 …).
ETHNIC_GROUPS = frozenset(
    {
        "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族",
        "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族",
        "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族", "达斡尔族",
        "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族",
        "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族",
        "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
    }
)  # fmt: skip

# Two-character words that follow a name label but are not names ("当事人陈述", "申请人签字").
NOT_NAMES = frozenset(
    {
        # ("收取乘客车费79元": a fare after the label 乘客, not a passenger.)
        "车费", "费用",
        # Occupations that read as a surname and a name ("男，33岁，农民，住址：…": 农 is a Zhuang surname).
        "农民", "牧民", "渔民",
        # A worker's grade in a skills subsidy list ("挖掘机驾驶员  高级工（三级）").
        "高级工", "中级工", "初级工",
        # "父亲宣告死亡", "母亲宣告失踪": a court's declaration, not a name (宣 is a surname).
        "宣告",
        # "当事人应当…持缴款码（…）到代收银行缴纳罚款", "配偶居民身份证号码": a payment's code, an ID's kind.
        "持缴款码", "缴款码", "居民",
        "陈述", "申辩", "签字", "签名", "须知", "要求", "权利", "义务", "提供", "填写", "信息", "姓名",
        "情况", "名称", "单位", "电话", "地址", "住址", "身份", "证件", "本人", "代表", "应当", "可以",
        "向", "于", "明确", "何时", "包括", "全称", "名单", "类型", "数量", "如下", "是否", "不服",
        "对于", "同意", "申请", "依法", "按照", "未按", "联系", "应在", "通过", "在收", "收到", "逾期",
        "相关", "方式", "孙女", "万元", "元", "公开", "公示", "程序", "年龄", "性别", "民族", "户籍",
        "高度", "任何", "任务", "金额", "金融", "安全", "石油", "文件", "文化", "方案", "方面", "江苏",
        "上述", "平台", "常住", "常用", "国家", "关于", "全部", "全体", "合计", "和解", "时间", "时限",
        "关系", "查阅", "查询", "查看", "查找", "查收", "查证", "匿名", "公民", "公告", "毕业生", "毕业",
        "沙眼", "明细", "清单",
        # The rest of a label a PDF's line broke ("身份⏎证号码　5134…").
        "证号码", "证号",
        # A skill's grade in a trainees' list (before a certificate's number), a register's reason for
        # striking a resident off (出国定居).
        "初级", "中级", "高级", "国定居", "定居",
        # A deed held alone ("无共有人，为单独所有").
        "单独",
        # What a form says when the value is missing ("姓名：不详").
        "不详", "暂无", "未知", "待定", "同上",
        # A vote's outcome in a 评议 table wrapped under its name column ("12  不通过").
        "不通过", "未通过", "不同意", "弃权", "不合格",
        # Things a notice says were lost ("原件遗失的，…").
        "原件", "复印件", "票据", "发票", "印章", "公章", "单据", "凭证", "证照",
        # Documents a person holds ("持居民身份证（…）", "身份证号码…").
        "身份证", "居民身份证", "户口簿", "户口本", "结婚证", "离婚证", "身份证件",
        # Words a label may be followed by that read as a surname and a name: "补助对象花名册",
        # "家庭成员：母亲 张三", "孙子 李四".
        "花名册", "母亲", "父亲", "孙子", "儿子", "女儿", "妻子", "丈夫", "儿媳", "女婿", "审核人",
        # A disaster's cause in an insurance claim's row ("洪水", "大风").
        "洪水", "大风", "冰雹", "暴雨", "干旱", "雪灾", "霜冻",
        # A review's outcome in a row's cell ("2、张三、符合，继续保障、…").
        "符合", "不符合",
        # A verb that reads as the surname 居 and a name ("随子女居住").
        "居住",
        # A code's label after a party's ("承包方编码：…", "地块编码").
        "编码", "编号", "代码", "公司",
        # How parties share a cost ("由被告平均负担", "共同承担").
        "平均", "共同", "各自", "分别", "连带", "自行",
        # The steps of a review ("经申请人申报、乡镇（街道）初审、县级审核").
        "申报", "乡镇", "街道", "初审", "复审", "审核", "审批", "核查", "县级",
        # A court or an office addressed ("申请执行人向本院申请悬赏"), a notice's verb, a table's heads.
        "向本院", "向本局", "公布", "序号", "抽签号", "补偿方式", "申请户型", "户型",
        # A form's or a reply's headings ("回复内容：", "申请事项").
        "回复内容", "来信内容", "申请事项", "诉求内容", "办理结果", "处理结果", "反映问题",
        # The parties of a decision, referred to by their role ("申请人称：申请人系某村村民").
        "申请人", "被申请人", "第三人", "当事人", "原告", "被告", "上诉人", "被上诉人", "承包方", "发包方",
        # A 特困 roster's care levels, a 12345 ledger's satisfaction and anonymous callers, a room a
        # caller's trouble is in ("楼上住户卫生间长期漏水"), a company's staff ("该公司员工").
        "全自理", "半自理", "全护理", "半护理", "全失能", "半失能", "满意", "不满意", "基本满意", "未回访",
        "来电群众", "卫生间", "厨房", "司员工",
        # What an award orders a party to do ("裁决被申请人支付…", "被告赔偿…"): 支 and 承 are surnames.
        "支付", "给付", "赔偿", "偿还", "承担", "退还", "返还", "补发", "补缴",
        # A spouse's column that says there is none ("配偶姓名  离异", "已故"); land for a home ("农村村民
        # 住宅用地审批"): 住 is no surname, but 村民 is a label.
        "离异", "离婚", "丧偶", "未婚", "已故", "死亡", "去世", "病故", "住宅用地", "住宅",
        # A case's heading in a legal aid list ("受援人\t案由\t承办单位": 案 is a surname).
        "案由", "案号", "案件",
        # A hotline's figures after its cue ("回访满意率91.9%").
        "满意率", "满意度", "办结率", "回访率",
        # A label cut before its stop word ("家庭年⏎收入", "家庭总收入").
        "家庭", "家庭年", "家庭总",
    }
) | ETHNIC_GROUPS  # fmt: skip

# Characters and words after which a name cannot continue ("张三于2022年", "李四同志").
NAME_STOPS = (
    "同志", "先生", "女士", "出生", "民族", "汉族", "申请", "身份", "性别", "联系", "电话", "手机",
    "住址", "家住", "户籍", "系", "男", "女", "于", "在", "因", "向", "等", "称", "的", "是", "为", "到",
    "已", "现", "住", "家", "与", "和", "及", "对", "被", "自", "从", "之", "经", "未", "所", "将",
    "驾驶", "涉嫌", "违反", "擅自", "拒不", "无证", "酒后", "持有", "签收", "不服", "患", "反映",
    # A court's parties ("原告张三诉被告…"), a person's view asked or given ("经征求张三意见", "张三表示").
    "诉", "意见", "表示", "长期", "本人",
    # A payment to a person in an agreement ("赔偿张三人民币2万元", "转入张三名下账户").
    "人民币", "名下",
    # What a neighbour or a witness did ("同组村民张三侵占…", "工友李四证实…").
    "侵占", "证实",
    # A parcel or a house registered to a household ("登记在张三户名下"); a member's income that ends a
    # household's aid ("家庭成员李四收入超标").
    "户名下", "收入",
    # A relative a letter names ("将你母亲张三纳入低保", "未将你的女儿李四列入分配名单", "其母王五现年76岁",
    # "你于2015年与赵六结婚").
    "纳入", "列入", "现年", "结婚",
    # Who signs for a served paper in the party's stead ("由其儿子张三代收", "受送达人李四拒收").
    "代收", "拒收", "代签",
    # What a witness did ("现场目击者张三立即拨打120"), what a son plans ("其子张三计划办理出国务工").
    "立即", "计划",
    # A married couple ("收养人张三、李四夫妇"); a payment a person makes ("由申请执行人张三支付悬赏金").
    "夫妇", "支付",
    # An injury to a side of the body ("致路人张三左小腿咬伤").
    "左", "右",
    # A duty put on a party ("买受人张三应在十日内缴款", "张三应当…").
    "应在", "应当", "应于", "应按", "应自",
    # An estate, a reply given to a person, wages collected or care given for them ("被继承人张三遗产继承
    # 公证", "当面向李四反馈", "其工资由其丈夫王五代领", "需赵六照料").
    "遗产", "反馈", "代领", "照料",
    # A party's share of an accident's liability ("当事人张三承担主要责任", "乘车人李四无责任").
    "承担", "无责任", "受伤", "负主要", "负次要", "负全部", "负同等",
    # How a driver took fares ("驾驶员张三通过网络平台接单", "李四利用私家车非法营运").
    "通过", "利用", "非法", "私自",
    # A person's age ("我父亲张三今年74岁"), where a relative works ("其儿媳李四常年在外务工").
    "今年", "去年", "常年", "外出",
    # Who looks after a ward ("由外祖母李四监护（电话…）"); a document held ("持有德国护照").
    "监护", "护照",
    # A speaker in minutes ("村民代表艾力·吐尔逊提出，…", "李四发言认为…").
    "提出", "发言", "认为", "指出", "建议", "说",
    # What a child still does ("儿子张三还在上学"); who raises a child ("婚生子女张三、李四由原告抚养").
    "还在", "由",
    # A travel document or an ID a party holds ("当事人张三持护照…", "李四持第一代居民身份证").
    "持护照", "持普通护照", "持第一代", "持第二代", "持居民", "持身份证", "持往来", "持港澳", "持台",
    # Why a child is without care ("认定理由：父亲张三失联", "父亲李四服刑", "母亲王五死亡").
    "失联", "服刑", "死亡", "去世", "病故", "下落不明", "在押",
    # What a neighbour did, in a petition's register ("邻居张三堵塞排水沟渠", "村民李四占用其宅基地").
    "堵塞", "占用", "拖欠", "毁坏", "损坏", "阻挠",
)  # fmt: skip

# Province abbreviations that begin a licence plate.
PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"

# Titles that follow a surname in place of a given name ("陈主任"): an official, not a name.
TITLES = frozenset(
    {
        "主任", "局长", "科长", "处长", "书记", "镇长", "乡长", "县长", "区长", "市长", "经理", "老师",
        "同志", "先生", "女士", "师傅", "总", "工", "某", "某某", "所长", "站长", "院长", "队长", "部长",
        "厅长", "委员", "代表", "会长", "组长", "村长", "主席", "干部", "警官", "律师", "医生",
    }
)  # fmt: skip

# Characters of Mongolian, Tibetan, Uyghur and Kazakh names written in Chinese characters without a
# dot ("巴特尔朝克图", "乌云其其格", "阿依古丽"). A run of five to ten of them alone in a name's slot is
# a name; ordinary words of that length nearly always hold a character not listed here (the most
# frequent function characters and the ends of places, units and trades are left out on purpose).
TRANSLITERATION_CHARS = frozenset(
    # Mongolian
    "阿敖巴宝包毕宾布楚朝达岱德都敦额恩尔噶嘎格根古哈罕赫和呼吉克拉赖勒楞力伦鲁玛满孟米木穆那纳娜尼"
    "其琴沁萨赛桑森苏斯索塔泰坦陶特图托娃娅瓦旺乌希锡雅扎珠卓仁日茹荣云音腾诺敏舍胡查仓毕来门兰"
    # "那顺乌日图", "萨仁高娃"
    "顺高"
    # Tibetan
    "西次多姆措旦增措洛朗曲珍顿普边罗益强贡嘉群培登丹堆琼央坚赞泽杰吾才让平庆白金更尕藏美宗加里"
    # "鲁茸多吉"
    "茸"
    # Uyghur and Kazakh
    "艾吐逊买提热合曼卜杜迪丽卡努依帕夏默伊亚再孜然排祖莱甫库班肉汗麦荪则素玉别肯叶波如明"
    # "艾克拜尔", "海尼沙", "沙吾提"; Mongolian "图门" (not the 不 of "阿不都": a word's).
    "拜海沙门"
    # "布麦尔耶姆", "努尔妮萨", "祖丽皮亚", "喀迪尔"
    "耶妮皮喀"
)

# Yi clan names (家支) that open a four-character Yi name ("俄底石者", "曲比伍沙", "海来阿呷"): such a name
# may end in a character that ends roles too (者), which the four-character test would refuse.
YI_CLANS = frozenset(
    {
        "阿苏", "阿西", "阿的", "阿侯", "阿尔", "阿约", "阿说", "阿克", "阿木", "俄底", "俄木", "俄地",
        "俄洛", "瓦扎", "曲比", "吉伍", "吉木", "吉克", "吉尔", "吉列", "吉力", "沙马", "海来", "勒尔",
        "勒格", "木乃", "马海", "日火", "的日", "拉马", "尔古", "加拉", "衣布", "巫其", "金古", "井曲",
        "拉吉", "罗洪", "比曲", "阿鲁", "吉此", "俄其", "瓦渣", "苦莫", "阿合", "博什", "洛古", "补约",
        # More Liangshan clans ("阿苦阿支", "倮伍阿依", "日色阿支", "苏呷日哈", "果基木呷").
        "阿苦", "阿牛", "日色", "阿皮", "吉狄", "马黑", "俄火", "海乃", "倮伍", "吉好", "沙玛", "莫色",
        "苏呷", "果基", "曲木", "阿硕", "阿余", "瓦其", "迪惹", "尔布",
    }
)  # fmt: skip

# Characters of given names (after the surname): a column whose header no rule knows holds names when
# nearly all its values are a surname and one or two of these ("男方", "乘车学生", "受检者"). Common
# words that begin with a surname rarely end in two of them ("玉米", "黄牛", "高粱", "金额").
GIVEN_NAME_CHARS = frozenset(
    "万世业东丝中丰临丹为丽久义之乐乔书乾予争于云亚亦亨享亭亮人亿仁仕仙以仪仲任仿伊众优会伟伦伯伶佐佑余作佩佳依侠侯俊俏"
    "俐保信俭修倍倩倪倾健儒允元兆先光克全六兰兴兵冉冕军农冠冥冬冰凌凝凡凤凭凯凰刘刚利力功加劭励劲勇勉勋勒勤北千升午卉华卓单南"
    "博占卫卿历厚原厦友双发叔叙召可右叶吉同名向君启周和咏品哲善喆喜喧嗣嘉因团园固国图圃圆土圣地均坊坚坤坦坪垒培堂增墨士壮声夏"
    "大天太奇奋奕女如妍妙妞妨妮妹姐姗姝姣姿威娃娅娇娜娟娣娥娴婉婕婧婵婷媒媚媛嫚嫣子存孙孝孟季学宁宇守安宏宗宙宛宜宝实宣宪家宸"
    "容宽宾寅密富寒寿尊小少尔尕尚尧尽屏展山岚岩岭岳岷峥峰峻崇嵩巍川左巧帅帆希常平年幸广庆序应庙庚庭庶康廉延廷建开弈式弘弦强录"
    "彝彤彦彩彪彬彭彰影征徐得循微德心忆忍志忠念怀思怡恒恩恬恭悠悦情惠想愉意愿慕慧懋懿戈成战才扬承拴拾振挺擎攀收放政效敏敬文斌"
    "斓斗斯新方施旋旗日旦旭时旺旻昀昊昌明易昕星映春昭昱显晋晏晓晖晗晟晨普晴晶智暄曙曦曼月有朋朔朗望朝期木朴权杉李杏材来杨杰松"
    "林枚枝枫柏柔柠柯柱柳栋栏树栓栩根格桂桃桐桥桦梅梓梗梦梨棉棋森楠榆榕槿樱檀檬欢欣欧歆歌正武殊殷毅毓毛民气水永求汉汐汝江汶沁"
    "沃沐沙沛沧沫河治泉波泰泳泷泽洁洋洛津洪洲流浓浙浚浩浪海涌涛润涵淇淋淑深淳添淼清渊渺湄湖湘湛源溟溪溶滇滕满滢滨演漠漫潼澄澎"
    "澜瀅瀚灵灼灿炎炜炫炳烁烨热焰焱然煌煜煦照熊熙熠燃燕爱爽牧献玄玉玥玫玮环玲玺珀珂珉珊珍珏珑珞珠珮珺球理琉琍琛琢琦琨琪琬琰琳"
    "琴琼瑄瑕瑗瑛瑜瑞瑶瑾璇璐璟璧甜生田由申男留畹登百皓皖盈益盘盛盟目直相盼眉真睦睿瞬知石研砚硕磊礼祐祖祝神祥祺禄福禧秀秋科秘"
    "秦稳穆穗穹立竞章竣童端竹笑策筠箬米粟粤精素索紫红纪纯纳纽绅绍络继绪续绮维绵综缅缈罗美羚群羽翊翔翠翰翼耀耕耘聪肃育胜胥腾臣"
    "自至致臻舒舜舞舟航良艳艺芊芙芝芬芮芯花芳芷芸芹苑苒苓苗若英苹茂茅茉茗茜茵茹荃荔荟荣荧荷莉莎莘莱莲莹莺菀菁菊菱菲萌萍萤萨萩"
    "萱落葵蒙蒲蓉蓓蓝蓬蔓蔚蔷蕊蕙蕴蕾薇虎虹蜀蜜融衍衫裕裘西言誉许诗诚诞语诺谊谦谨豪豫贝贞财贤贵赓赢起超越跃路轩轲辉"
    "辰达迅迎运近进远连选逊通逸遂遐道遥遵邦邵郁醇里金鑫钟钢钧钰钱铁铃铎铜铠铨铭铮银铸锁锋锐锦键镇长问闵闻闽阁阳陆陇陶隆随雁"
    "雄雅雨雪雯雷霄霆震霈霏霓霖霜霞霭露青靖静音韵韶项顺颂颐颖风飘飞饶香馥馨骁骆骏骐魁鲁鸣鸥鸽鸿鹏鹤鹭鹰鹿麒麓麟黎黔默黛齐龄龙"
)
# Hainan's Li and Han names mark a woman or a younger son with 妚 and 弟 ("羊妚娇", "林亚弟"); the south's
# names open their given name with 阿 ("邢阿兴", "林阿弟").
GIVEN_NAME_CHARS |= frozenset("妚弟阿")
# Rural pet-name endings kept as given names in the southwest and the south ("戴妹崽", "王丫", "李囡").
GIVEN_NAME_CHARS |= frozenset("崽丫囡")
# A woman's name of the south and the southwest ("高碧云", "陈碧霞"); the She and Hakka names that take
# the five elements and trees ("潘火松", "钟樟林", "雷火土").
GIVEN_NAME_CHARS |= frozenset("碧火樟")
# Characters of Amdo (Qinghai, Gansu) Tibetan names that are common Chinese characters too ("松毛卓玛",
# "公保白玛", "尼玛周措", "江永公保"): a four-character name of them and at least two of
# TRANSLITERATION_CHARS reads as a name by its shape (detect._name_shaped).
AMDO_NAME_CHARS = frozenset("松毛周江公保永本先当智华太东知完草冷昂文南闹久俄色求青")
