"""Chinese, simplified and traditional.

Nothing separates words (Language.unspaced): "全球学习型城市网络现已覆盖356个城市". A
count takes a classifier ("356个城市", "12座城市"), headlines drop it ("79国356城"),
and countries come before the cities they hold ("79个国家的356个城市"). Numbers mix
digits with 万 and 亿 ("3.9亿", "14万2000") or are written in characters ("三百五十六",
"两百"). Each phrase below is written once in simplified characters; `_both` adds its
traditional spelling.

China's national learning-city programme (学习型城市 on their own, without the network:
"全国已有300多个城市开展学习型城市建设") is not the GNLC: bare "学习型城市" names another
programme here, and "学习型" is no modifier of a figure.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TypeVar

from lcnet.extract.lang import Language, Role, Unit, Zeros
from lcnet.extract.lang.places_cjk import ZH
from lcnet.extract.lang.ranks_cjk import kanji_ordinals
from lcnet.model import Qualifier as Q

# The simplified characters of the phrases below that traditional writing changes.
_TRADITIONAL = str.maketrans(
    "学习网络国际组织员会个连与联该这发启创纳选达总数为现拥盖计扩展遗产质区护协几亿万两双"
    "来类样对关开门间时长东亚欧阶级设办资据获跻广丰实业还级经过约余从说于后认证跃将"
    "韩仅尔兰罗马乌泽宾卢鲁则终",
    "學習網絡國際組織員會個連與聯該這發啟創納選達總數為現擁蓋計擴展遺產質區護協幾億萬兩雙"
    "來類樣對關開門間時長東亞歐階級設辦資據獲躋廣豐實業還級經過約餘從說於後認證躍將"
    "韓僅爾蘭羅馬烏澤賓盧魯則終",
)

V = TypeVar("V")


# Adverbs between the members and the verb of their count: "由此增至", "已经达到", "目前共有"
_ADVERBS = r"(?:已经|已|则|现已|现|由此|随之|因此|也|目前|共)*"


def _both(phrases: Iterable[str]) -> tuple[str, ...]:
    """Each phrase, then its traditional spelling where it differs."""
    return tuple(dict.fromkeys(s for p in phrases for s in (p, p.translate(_TRADITIONAL))))


def _both_keys(table: Mapping[str, V]) -> dict[str, V]:
    return {spelling: v for k, v in table.items() for spelling in _both([k])}


_COUNTRIES = {
    **ZH,
    **_both_keys(
        {
            "我省": "CN",  # a mainland province's own release: "我省南京、苏州两市同时入选"
            "本省": "CN",
            "我国": "CN",
            "韩国": "KR",
            "南韩": "KR",
            "香港": "HK",
            "澳门": "MO",
        }
    ),
    # the mainland, as Hong Kong, Macau and Taiwan write it: "內地已有15個城市加入"; and
    # the whole country in a mainland text: "全国第12个加入该网络的城市"
    **_both_keys({"内地": "CN", "中国内地": "CN", "中国大陆": "CN", "全国": "CN"}),
    **{"內地": "CN", "中國內地": "CN"},  # 內: the traditional form of 内
}

# Countries with GNLC members: their names also qualify a noun ("3座中国城市", "韩国城市")
_MEMBER_COUNTRIES = frozenset(
    [
        "AE",
        "AM",
        "AR",
        "AU",
        "AZ",
        "BA",
        "BE",
        "BF",
        "BH",
        "BJ",
        "BR",
        "BY",
        "CA",
        "CH",
        "CI",
        "CL",
        "CM",
        "CN",
        "CO",
        "CV",
        "CY",
        "DE",
        "DK",
        "DZ",
        "EC",
        "EG",
        "ES",
        "ET",
        "FI",
        "FR",
        "GA",
        "GB",
        "GE",
        "GN",
        "GR",
        "GW",
        "HU",
        "ID",
        "IE",
        "IN",
        "IQ",
        "IR",
        "IT",
        "JO",
        "JP",
        "KE",
        "KR",
        "LT",
        "MA",
        "MD",
        "MN",
        "MX",
        "MY",
        "NA",
        "NE",
        "NG",
        "NI",
        "NL",
        "OM",
        "PE",
        "PH",
        "PL",
        "PS",
        "PT",
        "QA",
        "RO",
        "RU",
        "SA",
        "SI",
        "SK",
        "SN",
        "TG",
        "TH",
        "TM",
        "TN",
        "TR",
        "UA",
        "UG",
        "US",
        "UZ",
        "VE",
        "VN",
        "ZA",
        "ZM",
        "ZW",
    ]
)
_NAMES_AS_ADJECTIVES = {
    name: code
    for name, code in _COUNTRIES.items()
    if code in _MEMBER_COUNTRIES and len(name) <= 4 and name not in ("我国", "我國")
}

_NETWORK_HEAD = r"(?:联合国教科文组织|教科文组织|unesco\s*)?"

# After a body's name, what makes it the partner of a relation, not a subject: "与本协会
# 有交流的", "和协会保持合作的" (a lookahead on a literal word: cheap).
_PARTNER = r"(?!(?:有|保持|建立|开展|開展)?(?:交流|合作|往来|往來|结对|結對|友好|姐妹))"

LANGUAGE = Language(
    code="zh",
    # lcnet.extract.elliptic: totals stated by a noun of counting, answers
    stated_nouns="(?:总数|總數|总计|總計)(?:则|則|已|目前|现在|現在)?(?:是|为|為|达|達|达到|達到)",
    stated_keys=("总数", "總數", "总计", "總計"),
    stated_counters=("个", "個"),
    number_range=("{low}至",),  # "70至80个城市": a range (phrase._ranges)
    stopwords=frozenset(_both(["的", "了", "和", "是", "在", "有", "与", "为", "等", "中"])),
    number_words=_both_keys(
        {
            "〇": 0,
            "零": 0,
            "一": 1,
            "二": 2,
            "两": 2,
            "三": 3,
            "四": 4,
            "五": 5,
            "六": 6,
            "七": 7,
            "八": 8,
            "九": 9,
        }
    ),
    multipliers={"十": 10, "百": 100, "千": 1_000},
    scales=_both_keys({"万": 10**4, "亿": 10**8}),
    fractions={},
    number_joiners=(),
    decimal_mark=".",
    plural_nouns=False,
    # "第十五个城市"; "首个" (the first: "全国首个加入该网络的城市")
    ordinals={**kanji_ordinals(("个", "個", "座")), "首个": 1, "首個": 1, "首座": 1},
    ordinal_digits=r"第(?P<n>\d{1,3})(?!\d)(?:个|個|座)?",
    ordinal_after_unit=False,
    qualifiers=_both_keys(
        {
            "约": Q.ABOUT,
            "大约": Q.ABOUT,
            "超过": Q.MORE_THAN,
            "超": Q.MORE_THAN,
            "逾": Q.MORE_THAN,
            "突破": Q.MORE_THAN,  # a verb of passing: "已突破350个城市"
            "多达": Q.EXACT,
            "近": Q.NEARLY,
            "将近": Q.NEARLY,
            "接近": Q.NEARLY,
            "最近": Q.EXACT,  # "recently": not "近", nearly
            "附近": Q.EXACT,
            "至少": Q.AT_LEAST,
            "不少于": Q.AT_LEAST,
            "不到": Q.FEWER_THAN,
            "不足": Q.FEWER_THAN,
            # "略低于5亿": just under it (nearly); "低于5亿": under it
            "略低于": Q.NEARLY,
            "稍低于": Q.NEARLY,
            "略少于": Q.NEARLY,
            "低于": Q.FEWER_THAN,
            "少于": Q.FEWER_THAN,
        }
    ),
    qualifiers_after=_both_keys({"以上": Q.MORE_THAN, "左右": Q.ABOUT}),
    other_before=_both(["其他", "其它", "另外"]),
    unit_linkers=_both(["个", "座", "名"]),
    units=_both_keys(
        {
            "城市": Unit.CITY,
            # "全球294个学习型城市": counted learning cities of the world (China's national
            # programme counts its own; WEAK: only where the network is named or meant)
            "学习型城市": Unit.CITY,
            "城": Unit.CITY,  # headlines: "79国356城"
            "市": Unit.CITY,  # "南京和苏州两市": the city after a number (never "天津市")
            "成员": Unit.MEMBER,
            "会员": Unit.MEMBER,
            "国家和地区": Unit.COUNTRY,
            "国家及地区": Unit.COUNTRY,
            "国家": Unit.COUNTRY,
            "国": Unit.COUNTRY,  # "64國230個城市"
            "居民": Unit.CITIZEN,
            "市民": Unit.CITIZEN,
            "人口": Unit.CITIZEN,
            "人": Unit.CITIZEN,
            "首都": Unit.CAPITAL,
            # "包括11个国家的首都": the capitals of 11 countries are 11 capitals
            "国家的首都": Unit.CAPITAL,
            "国的首都": Unit.CAPITAL,
            # "新成员中有11个是首都": the counter, then what they are
            "个是首都": Unit.CAPITAL,
            "个为首都": Unit.CAPITAL,
            # "有11个是各国首都": whose capitals they are, between the verb and the noun
            "个是各国首都": Unit.CAPITAL,
            "个为各国首都": Unit.CAPITAL,
            "个是各国的首都": Unit.CAPITAL,
            "个为各国的首都": Unit.CAPITAL,
            "个是所在国首都": Unit.CAPITAL,
            "个为所在国首都": Unit.CAPITAL,
        }
    ),
    singular_units=_both_keys(
        {"城市": Unit.CITY, "学习型城市": Unit.CITY, "成员城市": Unit.CITY}
    ),  # ranked: "2番目の加盟都市", "열 번째 회원 도시", "第15个城市"
    modifiers_before=_both_keys(
        {
            "成员": Role.MEMBER,
            "会员": Role.MEMBER,
            "活跃会员": Role.MEMBER,  # "170个活跃会员城市": active member cities
            "活跃": Role.PLAIN,
            "网络成员": Role.MEMBER,
            "新": Role.NEW,
            "新成员": Role.NEW,
            "新入选": Role.NEW,
            "新加入的": Role.NEW,
            "全球": Role.PLAIN,
        }
    ),
    modifiers_after={},
    qualifiers_after_number=_both_keys(
        {
            "多": Q.MORE_THAN,  # "400多个": four hundred odd
            "余": Q.MORE_THAN,
            "几": Q.MORE_THAN,  # "十几个城市": ten odd, as "10多个"
            "幾": Q.MORE_THAN,
            "个以上": Q.MORE_THAN,
            "个以上的": Q.MORE_THAN,
            "以上": Q.MORE_THAN,
            "个左右的": Q.ABOUT,
        }
    ),
    demonyms=_NAMES_AS_ADJECTIVES,
    country_names=_COUNTRIES,
    regions=_both_keys(
        {
            "非洲": "africa",
            "阿拉伯国家": "arab-states",
            "阿拉伯地区": "arab-states",
            "亚太": "asia-pacific",
            "亚太地区": "asia-pacific",
            "亚洲及太平洋": "asia-pacific",
            "欧洲和北美": "europe-north-america",
            "欧洲及北美": "europe-north-america",
            "欧洲": "europe-north-america",
            "拉丁美洲和加勒比": "latin-america-caribbean",
            "拉美": "latin-america-caribbean",
        }
    ),
    place_connectors=_both(
        [
            *("覆盖", "覆蓋", "涵盖", "涵蓋", "来自", "分布于", "分布在", "遍布", "位于"),
            *("分佈於", "分佈在", "遍佈"),  # the Hong Kong and Taiwan spelling of 布
        ]
    ),
    possession_words=_both(
        [
            "已有",
            "共有",
            "现有",
            "有",
            "的",
            "已",
            "共",
            "目前",
            "现已",
            "总共",
            "累计",
            "已经有",
            "迄今已有",
            "仅有",  # "日本: 僅有2個城市加入"
            "只有",
            "城市",  # "中国入选城市总数达15个": a country's cities, then their count
            "成员城市",
            "：",  # a label's country: "- 韓國: 加入城市有59個"
            "新成员",  # "摩洛哥的新成员也从3个下修为2个"
            "成员",
            "也",
            "为",  # "摩洛哥入选城市为2个"
            "加盟",  # "中国加盟15城": the word of membership before the count (headlines)
            "则",  # "南韩则再添3座": whereas
            "為",
        ]
    ),
    network_names=_both(
        [
            # long literal runs: the engine finds names from their longest one
            _NETWORK_HEAD + r"全球学习型城市网(?:络|路)",
            _NETWORK_HEAD + r"全球学习城市网(?:络|路)",
            r"(?:联合国)?教科文组织学习型城市网(?:络|路)",
            # "与联合国教科文组织的全球网络不是同一项目": UNESCO's global network, set apart
            # from the national one
            r"联合国教科文组织的?全球网(?:络|路)",
            # "联合国教科文组织终身学习城市网络": lifelong learning in the name, with UNESCO's
            r"(?:联合国)?教科文组织(?:全球)?终身学习(?:型)?城市网(?:络|路)",
            # (not the Ministry of Education's national network, "全国学习型城市网络": its own
            # list of cities, "全国共有80个市、区、县入选")
            r"(?<!全国)学习型城市网(?:络|路)",
            # "荣获“全球学习型城市”称号": the title the network's members hold (not the
            # national scheme's "学习型城市", nor the conference, "全球学习型城市大会")
            r"全球学习型城市(?!网|大会)",
            # "全球294个学习型城市": the world's learning cities, counted, are the network's
            # (also "全球已有294个学习型城市", "全球共有356个学习型城市")
            # (and with a qualifier before the number: "全球近200个学习型城市", "全球超过300个")
            r"全球\s*(?:已有|共有|现有|有)?\s*(?:近|将近|接近|约|大约|超过|逾|不到)?\s*"
            r"[\d一二三四五六七八九十百千]{2,8}\s*(?:多|余)?\s*个学习型城市",
            r"gnlc",
            r"global\s+network\s+of\s+learning\s+cities",
        ]
    ),
    network_references=_both(
        [
            r"该网(?:络|路)",
            r"此网(?:络|路)",
            r"这一网(?:络|路)",
            r"本网(?:络|路)",
            r"这个网络",
            # "the network" with no word for "this", where a place word or its members
            # say so: "对标网络内356个成员城市", "网络中的成员城市", "网络成员已超过400个"
            # (not "互联网", nor an online "网络学习")
            r"网络(?<![互联]网络)(?:(?:内|中|里)(?=的?\s*(?:\d|成员|会员))|(?=成员|会员))",
            r"網絡(?<![互聯]網絡)(?:(?:內|中|裡|里)(?=的?\s*(?:\d|成員|會員))|(?=成員|會員))",
        ]
    ),
    other_networks=_both(
        [
            r"全国学习型城市网(?:络|路)",  # China's national network (2024), not the GNLC
            r"学习型\s*社区",
            r"社区教育示范区",
            r"联盟",  # "学习型城市建设联盟" and other alliances: "联盟现有成员城市60余个"
            r"创意城市",
            r"世界(?:文化|自然)?遗产",
            r"(?:世界)?地质公园",
            r"生物圈保护区",
            r"(?:全国)?文明城市",
            r"友好城市",
            r"姐妹城市",
            r"友城",
            r"健康城市",
            r"智慧城市",
            r"iclc",
        ]
    ),
    # the national lifelong learning week: an event, not a network with members; China's
    # national learning-city programme and the award, not the network (nor its
    # conference): a programme, that "该网络" or "网络成员" never points to
    other_programmes=_both([r"全民终身学习活动周", r"(?<!国际)学习型城市(?!大会)"]),
    negative_subjects=_both(
        [
            # not the partner of a relation: "与本协会有交流的泰国此次有3个城市加入"
            *(r"协会" + _PARTNER, r"学会" + _PARTNER, r"学校" + _PARTNER),
            *(r"大学" + _PARTNER, r"代表", r"嘉宾", r"与会", r"目标"),
            # Korea's national lifelong-learning cities, named in Chinese: they own the
            # counts of their sentence ("平生學習城市更超過190個"), not the next item's
            r"平生学习城市",
            # the event a relative clause of taking part closes: "30个成员城市参加的论坛在杭州
            # 开幕" (the network closes none: "356个城市参与的网络")
            r"(?:参加|参与|出席|参会)的[^，,。；\d]{0,10}?(?:论坛|会议|研讨会|大会|博览会|活动周|活动"
            r"|年会|峰会|交流会|工作坊)",
        ]
    ),
    negative_governors=(),
    intake_cues=_both(
        [
            # "此次共有46个国家的72个城市加入": this round's total is its intake
            r"(?:此次|本次|这次|這次|本批|此批|这批|這批)(?:共有|共计|共計|共)",
            r"新加入",
            r"新成员",  # "成为……新成员"
            r"加入",
            r"入选",
            r"获选",  # "南京和蘇州兩市獲選": were selected
            r"新增",
            r"纳入",
            r"吸纳",
            r"接纳",
            r"获批",
            r"批准",
            r"跻身",
            r"成功申请",
        ]
    ),
    total_cues=_both(
        [
            # "此前已加入的12座城市": the members from before this round, not an intake
            r"(?:此前|之前|先前|早前|在此之前)\s*(?:已经|已|就)?\s*(?:加入|入选)(?:了)?(?:该网络|网络)?的",
            r"已有",
            r"已经有",  # "內地已經有十多個城市加入": held so far
            r"共有",
            r"现有",
            r"拥有",
            r"覆盖",
            r"达到",
            r"增至",
            r"增加到",
            r"总数",
            r"累计",
            r"遍布",
            r"涵盖",
            r"目前",
            r"共计",
            r"扩大到",
            r"扩展至",
            r"网络",
            r"仅有",  # "日本: 僅有2個城市加入": only two so far
            r"僅有",
            r"只有",
            r"城市有",  # "韓國: 加入城市有59個": the cities it has
        ]
    ),
    along_cues=_both([r"连同", r"一道", r"一同"]),
    besides_cues=_both([r"除了", r"除"]),
    subset_cues=_both([r"其中", r"当中"]),  # "新增64个城市, 其中韩国3个城市"
    speech_cues=_both(
        [r"称", r"表示", r"指出", r"介绍", r"说", r"透露", r"宣布", r"强调", r"形容"]
    ),
    cumulative_cues=_both(
        [
            r"至今",
            r"迄今",
            r"截至目前",
            r"目前",  # "目前全球有91個國家、425個城市加入": all who joined so far
            r"现已",
            # "北京、杭州等10余个城市已经加入": have joined, all so far (not "已经达到")
            r"已经?(?=\s*(?:加入|加盟|入选|入網|入网))",
            r"已經(?=\s*(?:加入|加盟|入選|入網))",
        ]
    ),
    correction_cues=_both([r"更正", r"修正", r"订正", r"下修", r"勘误", r"改为"]),
    # what other outlets got wrong, disowned by the text: "也有报道写成“来自47个国家”",
    # "有媒体误报为47个国家", "个别网站误写成" (not "据报道": according to reports)
    retraction_cues=(
        r"(?:也有|还有|還有|另有|有的|有些|一些|部分|个别|個別|有)\s*"
        r"(?:报道|報道|报导|報導|媒体|媒體|文章|网站|網站|网页|網頁|资料|資料|材料)(?:中|里|裡)?"
        r"\s*(?:将其|將其|把它)?\s*(?:写成|寫成|写作|寫作|说成|說成|称为|稱為|误|誤|把|将|將)",
        r"(?:误|誤)(?:报|報|写|寫|记|記|传|傳|植|作)(?:为|為|成)",
    ),
    corrected_subject=(
        r"[」』\"”]?\s*(?:这一?数字|的数字|的说法|這一?數字|的數字|的說法)?\s*"
        r"(?:后来|随后|其后|之后|後來|隨後|其後|之後)?\s*(?:已)?(?:被|经|經)"
    ),
    # "发布当天的材料写的是“230个城市”": the release's own day, before its correction
    superseded_cues=_both([r"最初", r"起初", r"原先", r"(?:发布|公布)(?:当天|当日)"]),
    # "三年間增加了一百多個": grew by, not a count (not "增加到", "增加至": to)
    difference_before=_both([r"(?:增加|增长|扩大|增多)了"]),
    unit_roles=_both_keys({"学习型城市": (Role.WEAK,)}),
    conjunctions=_both(["和", "与", "及", "、"]),
    # not the first time of a publishing: "研究所首次公布名单的2016年8月, 共有28个国家"
    first_time_cues=_both(
        [
            w + r"(?!公布|公佈|发布|發布|發佈|公开|公開|发表|發表|统计|統計|出版)"
            for w in ("首次", "首度", "第一次")
        ]
    ),
    # "64个城市新加入该网络, 这些城市来自35个国家": the verb of origin before the countries
    origin_words=(r"来自", r"來自"),
    member_verbs=(
        r"(?:已)?是(?:该网络)?(?:的)?(?:成员|会员)",
        r"(?:已)?是(?:該網絡)?(?:的)?(?:成員|會員)",
        # "韩国已有56个城市成为会员": cities that became members, the network's
        r"成为(?:该网络的?)?(?:成员|会员)",
        r"成為(?:該網絡的?)?(?:成員|會員)",
        # "內地已有十個城市入網": in the network
        r"入网",
        r"入網",
    ),
    figure_dated_after=(
        r"\s*(?:时|時|公布|发布|發布|的时候|的時候)?\s*的\s*(?:数据|数字|數據|數字|统计|統計|说法|說法)"
    ),
    own_subjects=(
        r"[我本](?:市|区|區|县|縣|镇|鎮|省|校)",
        r"我们(?:市|区|县)?",
        r"我們(?:市|區|縣)?",
    ),
    quota_cues=(
        r"每(?:个|個)?(?:国家|國家|国|國)",
        r"(?<!世界)各(?:国|國)(?!的?首都)",  # not "11个城市是各国首都"
    ),
    # (and the cities that mean or hope to join, or asked about it: "有意加入", "意向",
    # "希望加入", "咨询加入")
    candidate_cues=_both(
        [r"申请", r"申报", r"候选", r"推荐", r"筹备", r"有意", r"意向", r"希望加入", r"咨询"]
    ),
    circulation_markers=_both(
        # a source that still says it: "介绍页面至今仍写着", "尚未更新"
        [
            *(r"仍(?:然)?写着", r"还写着", r"尚未更新", r"仍在发放", r"仍在使用"),
            # a board never updated, still marked: "一直没更新 ... 上面仍标注"
            r"(?:仍|仍然|还|依然)(?:标注|标着|印着|显示|注明|挂着)",
            r"(?:没|没有|未)(?:更新|修改)",
        ]
    ),
    still_words=_both([r"仍", r"仍然", r"依然", r"至今", r"还在", r"目前仍", r"迄今"]),
    in_use_words=_both(
        [r"发放", r"使用", r"张贴", r"悬挂", r"挂着", r"流通", r"展示", r"摆放", r"播放", r"在用"]
    ),
    present_markers=_both(
        [r"目前", r"现已", r"如今", r"至今", r"迄今", r"当前", r"现在", r"今年", r"现有"]
    ),
    historic_markers=_both([r"截至\s*", r"截止\s*", r"在\s*", r"于\s*", r""]),
    founding_words=_both([r"成立", r"启动", r"创立", r"创建", r"组建", r"发起", r"建立"]),
    intake_points=(r"(?:加入|入选|新增|吸纳|批准|公布)(?:后|後|前|之后|以后|之後|以後)",),
    # a table's column of the network's counts beside another: "| Năm | Mới | Tổng số |"
    column_heads={
        "总数": Role.MEMBER,
        "總數": Role.MEMBER,
        "累计": Role.MEMBER,
        "累計": Role.MEMBER,
        "合计": Role.MEMBER,
        "合計": Role.MEMBER,
        "总计": Role.MEMBER,
        "總計": Role.MEMBER,
        "新增": Role.NEW,
    },
    # a plan's deadline: "到2028年"
    deadline_before=r"到|至",
    existing_words=("原有", "已有的"),
    # "12月4日まで", "12월 4일까지", "12月4日之前": the figure is of the day before
    before_dates_after=("之前", "以前", "前"),
    months={},
    date_forms=(
        r"{year}\s*年\s*{month_number}\s*月\s*{day}\s*日",
        # an archive's or a CMS's numeric date: "2016-08-23", "2016/08/23", "2016.08.23"
        r"{year_first}[-/.]{month_number}[-/.]{day}(?!\d)",
        r"{year}\s*年\s*{month_number}\s*月",
        r"{year}\s*年",
    ),
    # "成员总数达到356个", "成员城市总数增至356个"
    # "成员总数达到356个", "成员城市则为356个", "总数达到356个"
    # (adverbs may stand before the verb: "由此增至12个", "随之增至", "已经达到", "目前共有")
    membership_before_number="|".join(
        _both(
            [
                rf"(?:成员|会员)(?:城市)?(?:总数|数量|数){_ADVERBS}(?:达到|增至|增加到|为|达|是|升至)?",
                rf"(?:成员|会员)(?:城市)?{_ADVERBS}(?:达到|增至|增加到|为|达|升至)",
                # "我国加盟城市达到12座": the word of membership, then its count
                rf"加盟城市(?:数量|数)?{_ADVERBS}(?:达到|增至|增加到|为|达|有)",
                rf"总数{_ADVERBS}(?:达到|增至|增加到|为|达|升至)",
                # "我国加入该网络的城市达到12个", "內地加入網絡的城市增至12個"
                r"(?:加入|入选)(?:该网络|网络|全球学习型城市网络)?的城市(?:数量|数)?"
                rf"{_ADVERBS}(?:达到|增至|增加到|为|达|有)",
                # "我国入选城市增至15个": grown to, so all so far ("入选城市共有72个" is an
                # intake's)
                rf"入选城市(?:数量|数)?{_ADVERBS}(?:增至|增加到|增加至)",
            ]
        )
    )
    # "南韩则再添3座": a country's newcomers, the classifier standing for the cities (one
    # copy for both spellings: a group's name is written once)
    + r"|(?P<new>再添|又添|新添|再增|又增|新增)(?=\s*\d{1,3}\s*[座个個](?![\u4e00-\u9fff]))"
    # "我国加入该网络的城市包括北京、上海……以及南京、苏州, 共12个": the list, then its count
    + (
        r"|(?:加入|入选)(?:该网络|網絡|网络|該網絡|全球学习型城市网络|全球學習型城市網絡)?的城市"
        r"(?P<listed>(?:包括|包含|有)[^。；;\d\n]{2,80}?[，,]\s*)(?:共|共计|共計|合计|合計)"
    )
    # "总数也由230个更正为229个": a corrected total, its figure the one it ends in
    + (
        r"|[总總][数數](?:也|[则則])?由(?P<changed>[^，。；\d]{0,8}\d{1,3}[个個]"
        r"(?:更正|修正|[订訂]正|下修|[调調]整|改)[为為])"
    ),
    # "由356个城市组成的网络", "356个城市参与的网络", "汇聚……的网络": the members of the
    # network the relative clause closes on
    # (and the verbs standing before the figure: "汇聚79个国家356个城市的网络", "拥有……的")
    relative_members=_both(
        ["组成", "构成", "参与", "参加", "汇聚", "汇集", "聚集", "共同", "拥有", "覆盖", "涵盖"]
    ),
    shortlist_words=_both(["候选"]),
    membership_anchors=(
        *_both(["成员", "会员", "总数", "加入", "入选", "加盟"]),
        *("再添", "又添", "新添", "再增", "又增", "新增"),
    ),
    # a repost's original date follows: "Originally published 5 September 2022"
    republished=r"(?:原载|原載|首发于|首發於|原文发表于|原文發表於)",
    earlier_date=r"(?:当时|當時|那时|那時)",
    included_words=(r"包括", r"包含"),
    # a figure repeated as hearsay in a question is asked about, not stated
    hearsay_words=("听说", "聽說", "据说", "據說", "传闻", "傳聞", "有人说", "有人說"),
    attached=True,
    unspaced=True,
    countries_first=r"\s*(?:的|、)?\s*",  # "64個國家、229個城市加入": both the members'
    relative_dates={
        # "two years ago": the year, counted back from the text's
        "years_ago": (r"{years}年前",),
        # "two years later": counted on from the date said before it ("2022年……, 两年后")
        "years_after": (r"{years}年(?:后|後|之后|之後)", r"(?:次年|翌年)"),
        # "the year before last": two years back from the text's
        "year_before_last": (r"前年{month_number}月", r"前年"),
        "last_month": (r"上个月", r"上個月", r"上月"),
        "last_year": (r"去年{month_number}月", r"去年"),
        "this_year": (
            r"今年{month_number}月",
            # not a month to come: "修订版将于4月印发" (will be printed in April)
            r"(?<![年\d)）])(?<!将于)(?<!将在)(?<!將於)(?<!將在){month_number}月(?![\d日])",
            # a day of this year's month before its "until": "12月4日之前", "12月4日前"
            r"(?<![年\d)）]){month_number}月{day}日(?=之前|以前|前)",
        ),
    },
    # "第11个加入该网络的城市", "第12个入选全球学习型城市网络的中国城市"
    rank_clause="|".join(_both([r"(?:加入|入选|获批加入)(?:了)?[^，。、；：\s\d]{0,14}?的"])),
    # "成为该国第1个会员城市": the country named before
    country_subjects=_both(["该国", "国内", "國內"]),
    # "杭州是国内首个加入该网络的城市", "在全国率先加入全球学习型城市网络", "全国首家…成员
    # 城市": the first of the country, no noun needed
    home_words=_both(["国内", "國內"]),  # 內: the table keeps 内
    home_country="CN",
    first_words=_both(["率先", "首家"]),
    rank_scope="|".join(_both(["范围内", "内", "範圍內", "內"])),
    first_clause="|".join(
        _both(
            [
                r"(?:(?!奖|大会|会议|论坛|峰会|举办|主办|申请|候选)[^，。、；：,\s\d]){0,16}?"
                r"(?:加入|入选|获选|纳入|获批|跻身|成员|会员)(?!申请|候选)"
            ]
        )
    ),
    change_from=r"(?:由|从|從)",
    change_to=r"(?:增至|增加到|增加至|增长到|增長到|增長至|增长至|发展到|發展到|改为|改為|改成|到"
    # a correction told from and to: "由55个更正为54个", "从3个下修为2个"
    + "|"
    + "|".join(_both([r"(?:更正|修正|订正|下修|上修|调整|减|降)(?:为|至)"]))
    + r")(?:今天|今日|如今|目前|现在|現在)?(?:的)?",
    year_span=r"(?:从|從)?{first}\s*年\s*(?:到|至)\s*{last}\s*年",
    since_year=r"(?:自|从|從)?{year}\s*年以(?:来|來)",
    # "我市自2019年加入以来, 网络已扩大到294个城市": the joining's year, not the figure's
    # "我国成员城市加上此次入选的3座城市, 达到15个": the added count, then the total
    added_before=(
        r"(?:加上|连同|連同|算上)\s*(?:此次|这次|這次|本次|今年)?(?:新)?(?:入选|入選|加入)?(?:的)?\s*"
        r"\d{1,3}\s*(?:座|个|個)(?:城市)?\s*(?:在内|在內)?\s*[，,]?\s*(?:已|共|总数|總數)?\s*"
        r"(?:达到|達到|增至|达|達|为|為)?\s*"
    ),
    # words of this round: "此次加入的城市有77个", "新加入的城市有77個"
    added_new=("此次", "本次", "这次", "這次", "新", "本轮", "本輪", "这一轮", "這一輪"),
    before_this=r"(?:此次|本次|这次|這次)(?:入选|入選|扩容|擴容|加入|发布|發布)(?:之)?前",
    document_quotes=(
        *_both(["写着", "写有", "印着", "写的是", "标注", "标着", "记载", "列着"]),
        *("寫著", "寫有", "印著", "寫的是", "標注", "標著", "記載", "列著"),
        # a wording quoted: "课件中的表述仍为“180多个城市”", "「超過三百個城市」的說法"
        *("表述", "说法", "說法", "提法"),
    ),
    # "宁波等3座城市入选": the named members' country, the count's
    list_closer=r"\s*等\s*(?P<number>{number})\s*(?:座|个|個)(?:城市)?",
    # "包括2022年加入的杭州在内, 网络共有294个城市": Hangzhou's joining
    # "2016年加入GNLC的杭州, 是该网络294个成员城市之一", "2016年加入的我市, 与全球294个
    # 成员城市一道": the member may be the topic, closed by a comma.
    joined_named=(
        r"\s*(?:正式)?(?:加入|入选|入選|加盟|获批加入|獲批加入)(?:了)?"
        r"(?:(?:联合国教科文组织|聯合國教科文組織)?(?:全球学习型城市网络|全球學習型城市網絡)"
        r"|该网络|該網絡|网络|網絡|gnlc)?的\s*"
        r"(?:(?!城市|成员|成員|会员|會員|新成员|新成員)[^\d\s，。、；,的]{2,10}?"
        r"(?:在内|在內|之外|以外)"
        r"|(?![^\d\s，。、；,的]{0,8}?(?:城市|成员|成員|会员|會員|国家|國家|批|个|個))"
        r"[^\d\s，。、；,的]{2,8}?\s*[，,]"
        # "我市2019年加入的全球学习型城市网络有294个成员": the network it joined
        r"|(?:联合国教科文组织|聯合國教科文組織)?(?:全球学习型城市网络|全球學習型城市網絡|gnlc|该网络"
        r"|該網絡|网络|網絡))"
    ),
    # ... and a city's own joining told in a clause of its own, with no count in it and
    # closed by a comma: "我市于2016年加入全球学习型城市网络, 与294个成员城市开展合作",
    # "自2016年起成为网络成员, 该网络共有294个", "网络于2015年开始接纳成员, 现有294个"
    # (not "加入网络时," nor "加入网络的首批城市,", nor where the sentence goes on about that
    # time: "..., 成为首批115个成员之一", "..., 同年网络共有115个成员").
    since_event=(
        r"(?:自|从|從|于|於|在)?\s*{year}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?\s*"
        r"(?:(?:正式)?(?:加入|入选|入選|加盟|成为|成為|获批|獲批)[^，。；,;\n]{0,16}?以(?:来|來)"
        r"|(?:起|开始|開始)?\s*(?:正式)?(?:加入|入选|入選|加盟|成为|成為|获批加入|獲批加入|入网|入網"
        r"|接纳|接納)[^，。；,;\n\d的时時际際后後前]{0,24}[，,]"
        r"(?![^。；;\n]*(?:首批|当年|當年|同年|那年|当时|當時|那时|那時)))"
    ),
    population_heads=(
        r"覆盖人口",
        r"覆蓋人口",
        r"人口总数",
        r"人口總數",
        r"总人口",
        r"總人口",
        r"居民总数",
        r"居民總數",
        r"居民人数",
        r"人口",
    ),
    capitals_before=("首都",),
    # "唯一" (the only one), "统一", "同一", "均一", "逐一", "划一", "单一"
    numeral_not_after="唯统統同均逐划劃单單",
    capitals_topic=("首都有", "首都为", "首都為"),
    # "其中11个城市是各国首都": the count's cities are capitals
    capital_predicates=(r"(?:是|为|為|系|係)(?:各国|各國|所在国|所在國)?(?:的)?首都",),
    # "来自法国、日本等20个成员城市的代表出席了论坛": the delegates of the cities attended
    attending_before=r"(?:来自|來自)[^。！？；\n]{1,40}?等",
    attending_after=(
        r"[^。！？\n]{0,80}?(?:代表|嘉宾|嘉賓|与会者|與會者)[^。！？\n]{0,30}?"
        r"(?:参加|參加|出席|与会|與會|参会|參會)"
    ),
    # "部分媒体至今仍沿用“230个城市”的说法": the words quoted, not a statement
    quoted_words=r"(?:的|这一|這一|这个|這個)?(?:说法|說法|数字|數字|提法|表述)",
    # "国内继杭州之后第二个加入的城市": the member before it in the ranking
    rank_after=("之后", "之後", "以后", "以後"),
    zeros=Zeros(
        forms=(),
        words=(),
        owned=(
            r"{country}(?:的)?(?:成员|成員|会员|會員)?城市(?:至今|目前)?(?:还|還|尚)?(?:一个也没有|一個也沒有"
            r"|一座也没有|一座也沒有)",
            r"(?:还|還|尚|至今)(?:没有|沒有)(?:任何|一个|一個|一座)?{country}(?:的)?城市",
        ),
        owned_words=("没有", "沒有"),
        members=("成员", "成員", "加入", "网络", "網絡", "網路", "gnlc", "会员", "會員"),
        still=("还", "還", "尚", "至今", "目前"),
        blockers=("奖", "獎", "award"),
    ),
    how_many=r"多少|几",
    size_questions=r"多大|規模如何|规模如何|多大规模|多大規模",
    # an FAQ's answer label: "答" and its colon, "A. 12个"
    answer_openers=(
        r"(?:(?:a|答|回答)\s*(?:[(\uff08][^)\uff09\n]{1,12}[)\uff09]\s*)?[.:\uff1a\uff0e]\s*)?"
        r"(?:不是|没有)?[\uff0c,]?\s*"  # "答(周老师): 不是, 170个" (full-width forms too)
    ),
    answer_leads=("共有", "共", "是", "有"),
    answer_words=("答案是",),
    # (or the country's members as the topic: "南韓的成員更多, …, 已有53個城市加入")
    topic_markers=("是", "為", "为", "的成员", "的成員", "的会员", "的會員"),
    topic_modifier=r"[\u3400-\u9fff]{1,3}的",
    has_openings=(r"(?:(?:目前|现在|現在|如今)\s*)?(?:已经有|已經有|已有|目前有|现有|現有|共有)",),
    contrast_ends=(r"[\uff0c,]\s*但",),
    when_words=("时", "時"),
    region_owner_gap=r"(?:地区|地區)?\s*(?:的)?\s*(?:有|为|為|共有|共|占|佔)?\s*",
    list_announcers=(r"国?政府(?:(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日)?[\u3001\uff0c,]?",),
    list_linked=(
        "的",
        "則",
        "则",
        "也",
        "僅有",
        "仅有",
        "只有",
        "已有",
        "有",
        r"[^\s\d\u3001\u3002\uff0c,]{0,3}方面[\uff0c,]?",
    ),
    name_joins="\u3001和与與及",
    as_of_after=r"(?:底|末)?\s*(?:现在|現在|为止|為止|止)",
    as_of_before=("截至", "截止"),
    as_of_closers=("为止", "為止"),
    now_words=("现在", "現在", "目前", "当前", "今"),
    year_counters=("年",),
    month_counters=("月",),
    list_closers=("等",),
    ordinal_prefixes=("第",),
    money_words=("yuan",),
    counter_letters="个個",
    person_counters=("名",),
    # a clause-final particle after a bare counter: "现在已经有59个了"
    counter_particles=r"了(?![\u3400-\u9fff])",
    relative_linkers=("的", "之"),
    title_learning=("学习", "學習"),
    title_documents=(
        "手册",
        "手冊",
        "指南",
        "报告",
        "報告",
        "读本",
        "讀本",
        "白皮书",
        "白皮書",
        "教材",
        "简介",
        "簡介",
        "汇编",
        "彙編",
        "年鉴",
        "年鑑",
        "通讯",
        "通訊",
        "杂志",
        "雜誌",
        "画册",
        "畫冊",
    ),
    joined_before=r"(?:入选|入選|加入|获批|獲批|新增|新晋|新晉)(?:的)?",
    year_possessives=("的",),
    numeral_letters="\u3007一二三四五六七八九十百千两兩",
)
