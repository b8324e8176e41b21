"""Japanese.

Nothing separates words (Language.unspaced): "世界64か国の230都市がGNLCに加盟しており".
Counters are the units themselves ("356都市", "79か国", "79カ国", "79ヶ国"), or "の"
links a number to its noun ("356の都市"); countries come before the cities they hold
("79か国の356都市"). Big numbers mix digits with 万 and 億 ("3億9000万人", "3億9千万");
kanji numerals are read too ("三百五十六", "百七十三").

Japan's own schemes are not the GNLC: municipalities that declared themselves lifelong
learning cities (生涯学習都市), the SDGs Future Cities; nor are sister cities. They are
other programmes here, and "生涯" is no modifier, so "生涯学習都市" never counts.

The city "市" is no unit: place names hold numerals ("千葉市", "三鷹市", "四日市市").
"""

from __future__ import annotations

from lcnet.extract.lang import Language, Role, Unit, Zeros
from lcnet.extract.lang.places_cjk import JA
from lcnet.extract.lang.ranks_cjk import kanji_counted_ordinals, kanji_ordinals
from lcnet.model import Qualifier as Q

_COUNTRIES = {
    **JA,
    "米国": "US",
    "英国": "GB",
    "わが国": "JP",
    "我が国": "JP",
}

_ABOUT = {"ほど": Q.ABOUT, "程度": Q.ABOUT, "前後": Q.ABOUT}
_AFTER = {
    "余": Q.MORE_THAN,
    "数": Q.MORE_THAN,  # "十数都市": ten odd, as "10余都市"
    "余り": Q.MORE_THAN,
    "あまり": Q.MORE_THAN,
    "以上": Q.MORE_THAN,
    "超": Q.MORE_THAN,
    "強": Q.MORE_THAN,
    "を超える": Q.MORE_THAN,  # "300を超える都市"
    "を超す": Q.MORE_THAN,
    "を上回る": Q.MORE_THAN,
    "を超え": Q.MORE_THAN,  # a verb of passing, ended or not: "350を超えた"
    "を超えた": Q.MORE_THAN,
    "を突破": Q.MORE_THAN,
    "を突破した": Q.MORE_THAN,
    "を上回った": Q.MORE_THAN,
    "近く": Q.NEARLY,
    "近い": Q.NEARLY,  # "190近い都市が名を連ねる": nearly 190 cities
    "に近い": Q.NEARLY,
    "弱": Q.NEARLY,
    "未満": Q.FEWER_THAN,
    # "5億人にわずかに届かない": just short of it (nearly); "に満たない": under it
    **{
        f"に{adverb}{verb}": Q.NEARLY if adverb else Q.FEWER_THAN
        for adverb in ("", "わずかに", "少し", "やや", "僅かに")
        for verb in ("届かない", "届かず", "満たない", "満たず")
    },
    **_ABOUT,
}

# After a body's name, what makes it the partner of a relation, not a subject: "当協会と
# 交流のある", "本会と連携する" (a lookahead on a literal word: cheap).
_PARTNER = r"(?!\s*と(?:の)?\s*(?:交流|連携|提携|協力|友好|姉妹|協定))"

# After a plan or a target, the object of a time clause: it dates what follows, owns
# nothing ("第2次計画を策定した当時、加盟都市は約180都市"; not "30都市に増やす目標を掲げ").
_WHEN = r"(?!\s*を[^、。\n]{0,12}(?:当時|時点|とき|時|際|ころ|頃))"

LANGUAGE = Language(
    code="ja",
    # lcnet.extract.elliptic: totals stated by a noun of counting, answers
    stated_nouns="(?:総数|正確な数)(?:は|が)",
    stated_keys=("総数", "正確な数"),
    stated_counters=("都市",),
    stated_ends="です|である|で",
    stopwords=frozenset(
        ["の", "は", "が", "を", "に", "で", "と", "した", "する", "です", "ます"]
    ),
    number_words={
        "〇": 0,
        "零": 0,
        "一": 1,
        "二": 2,
        "三": 3,
        "四": 4,
        "五": 5,
        "六": 6,
        "七": 7,
        "八": 8,
        "九": 9,
    },
    multipliers={"十": 10, "百": 100, "千": 1_000},
    scales={"万": 10**4, "萬": 10**4, "億": 10**8},
    fractions={},
    number_joiners=(),
    decimal_mark=".",
    plural_nouns=False,
    # "第十五"; "国内初の加盟都市", "最初の加盟都市" (the first: rank 1)
    ordinals={
        **kanji_ordinals(),
        **kanji_counted_ordinals(("番目の", "番目")),  # "国内で二番目に加盟した都市"
        "初の": 1,
        "最初の": 1,
    },
    # "第3", "2番目の" (the second), "2都市目" is not read (the unit comes before 目)
    ordinal_digits=r"(?:第(?=\d)|(?=\d{1,3}番目))(?P<n>\d{1,3})(?!\d)(?:番目の?)?",
    ordinal_after_unit=False,
    qualifiers={
        "約": Q.ABOUT,
        "およそ": Q.ABOUT,
        "おおよそ": Q.ABOUT,
        "ほぼ": Q.NEARLY,
        "少なくとも": Q.AT_LEAST,
        "最大": Q.AT_MOST,
    },
    qualifiers_after={
        **_AFTER,
        "を超える": Q.MORE_THAN,
        "を超え": Q.MORE_THAN,
        "を超えた": Q.MORE_THAN,
    },
    other_before=("他の", "ほかの", "その他の", "他"),
    # "64の新規加盟都市", "2つの都市", "二つの都市" (つ: the counter of things)
    unit_linkers=("の", "つの"),
    bare_counters=("の", "つ"),  # "加盟都市が合計5つある", "新規加盟都市の3つです"
    units={
        "都市": Unit.CITY,
        "自治体": Unit.CITY,
        "市町村": Unit.CITY,
        "市": Unit.CITY,  # "岡山市と多久市の2市" (a digit before it: lcnet.extract.phrase)
        "か国・地域": Unit.COUNTRY,
        "カ国・地域": Unit.COUNTRY,
        "ヶ国・地域": Unit.COUNTRY,
        "か国": Unit.COUNTRY,
        "カ国": Unit.COUNTRY,
        "ヵ国": Unit.COUNTRY,
        "ヶ国": Unit.COUNTRY,
        "ケ国": Unit.COUNTRY,
        "箇国": Unit.COUNTRY,
        "国・地域": Unit.COUNTRY,
        "国": Unit.COUNTRY,  # a table's "国数" (with a digit before it in prose: "53国")
        "人": Unit.CITIZEN,
        "人口": Unit.CITIZEN,
        "市民": Unit.CITIZEN,
        "住民": Unit.CITIZEN,
        "首都": Unit.CAPITAL,
        # "11か国の首都": the capitals of 11 countries are 11 capitals
        "か国の首都": Unit.CAPITAL,
        "カ国の首都": Unit.CAPITAL,
        "ヶ国の首都": Unit.CAPITAL,
    },
    singular_units={
        "都市": Unit.CITY,
        "自治体": Unit.CITY,
        "加盟": Unit.CITY,  # "日本からは岡山市に次いで2番目の加盟です": the second to join
    },  # ranked: "2番目の加盟都市", "열 번째 회원 도시", "第15个城市"
    modifiers_before={
        "加盟": Role.MEMBER,
        "会員": Role.MEMBER,
        "メンバー": Role.MEMBER,
        "登録": Role.MEMBER,
        "学習": Role.LEARNING,
        "新規": Role.NEW,
        "新規加盟": Role.NEW,
        "新": Role.NEW,
        "新たな": Role.NEW,
        "新しい": Role.NEW,
    },
    modifiers_after={},
    # "300余りの都市", "300以上の都市": the qualifier stands between number and "の"
    qualifiers_after_number=_AFTER,
    demonyms={},
    country_names=_COUNTRIES,
    regions={
        "アフリカ": "africa",
        "アラブ諸国": "arab-states",
        "アラブ地域": "arab-states",
        "アジア太平洋": "asia-pacific",
        "アジア・太平洋": "asia-pacific",
        "欧州・北米": "europe-north-america",
        "ヨーロッパ・北米": "europe-north-america",
        "欧州": "europe-north-america",
        "ヨーロッパ": "europe-north-america",
        "中南米": "latin-america-caribbean",
        "ラテンアメリカ・カリブ": "latin-america-caribbean",
    },
    place_connectors=("から",),
    possession_words=(
        "の",
        "が",  # "うち韓国が3都市、タイが3都市"
        "では",
        "は",
        "には",
        "で",
        "から",
        "も",
        "現在",
        "計",
        "合計",
        "すでに",
        "既に",
        "これで",
        # "日本の加盟都市はまだ2都市", "今なお2都市": still, so far (as ko's 아직, 현재까지)
        *("まだ", "いまだ", "今なお", "依然", "依然として", "今のところ", "現在も", "わずか"),
        "今回",  # "韓国は今回3都市が加わり"
        "今回も",
        # "国内の加盟都市は本市を含め8都市": the text's own city among them (as ko's "우리 시를
        # 포함해", zh's "包括本市在内")
        *("本市を含め", "本市を含めて", "本市も含め", "本市も含めて"),
        *("本町を含め", "本町を含めて", "本村を含め", "本区を含め"),
        # "国内では今年12市町村が申請し": the time of the count (as ko's 올해)
        "今年",
        "今年度",
        "昨年",
        "国内",  # "ベトナム国内の登録都市は6都市"
        "加盟都市",
        "登録都市",
        # "日本の加盟12都市": the word of membership before the count, in headlines and cells
        "加盟",
        "登録",
        "都市",
        "：",
        ":",
    ),
    network_names=(
        # "学習都市グローバル・ネットワーク": a middle dot may part the words; "学習都市の世界
        # ネットワーク", "学習都市の国際ネットワーク" (a translation of the Vietnamese name)
        r"(?:ユネスコ\s*(?:の\s*)?)?学習都市\s*(?:の\s*)?(?:グローバル|世界|国際)[\s\u30fb\uff65]*"
        r"ネットワーク",
        # "ユネスコの学習都市ネットワーク", "学習都市のネットワーク", a headline's "学習都市網";
        # not a municipality's own "生涯学習都市" (other_networks)
        r"(?:ユネスコ\s*(?:の\s*)?)?(?<!生涯)学習都市\s*(?:の\s*)?(?:ネットワーク|ネット|網)",
        # a headline's "ユネスコの生涯学習都市ネット": with UNESCO's name, the network, not
        # a municipality's own declaration (other_networks)
        r"ユネスコ\s*(?:の\s*)?生涯学習都市\s*(?:の\s*)?(?:ネットワーク|ネット|網)",
        r"(?:ユネスコ\s*)?(?:グローバル|世界)[\s\u30fb\uff65]*学習都市[\s\u30fb\uff65]*ネットワーク",
        r"学習都市に関する\s*(?:グローバル|国際)\s*ネットワーク",
        r"ユネスコ\s*(?:の\s*)?学習都市(?!賞|\s*国際会議|\s*会議)",
        r"gnlc",
        r"global\s+network\s+of\s+learning\s+cities",
    ),
    network_references=(
        r"同ネットワーク",
        r"本ネットワーク",
        r"当ネットワーク",
        r"このネットワーク",
        r"(?<![ァ-ヺー])ネットワーク",
    ),
    # municipalities' own declarations; not "生涯学習のまちづくり", the common phrase for
    # building a lifelong-learning community. A declaration has no members: a programme,
    # which "加盟都市" (member cities) after it never points to ("生涯学習都市を宣言した本市は
    # 2016年に加盟した。日本の加盟都市は2都市": the network's)
    other_programmes=(
        r"生涯学習(?:都市(?!\s*(?:の\s*)?(?:ネットワーク|ネット|網))|のまち(?!づくり)|宣言)",
        # the network's conference: an event, which has participants, no members
        r"学習都市(?:国際)?会議",
        r"iclc",
    ),
    other_networks=(
        r"学習都市賞",
        # cities working to become learning cities at all, members or not: "世界ではおよそ
        # 1,000の都市が学習都市づくりに取り組んでいる"
        r"学習都市(?:づくり|の建設|の構築)(?:に取り組|を進め|を目指)",
        r"創造都市",
        r"世界(?:文化|自然)?遺産",
        r"ジオパーク",
        r"生物圏保存地域",
        r"ユネスコエコパーク",
        r"ユネスコスクール",
        r"sdgs\s*未来都市",
        r"環境モデル都市",
        r"姉妹都市",
        r"友好都市",
        r"健康都市",
    ),
    negative_subjects=(
        # not the partner of a relation: "当協会と交流のあるタイからは3都市が加わり" (the
        # country with which the association has exchanges owns the count)
        r"協会" + _PARTNER,
        r"協議会" + _PARTNER,
        r"連盟" + _PARTNER,
        r"学校" + _PARTNER,
        r"大学" + _PARTNER,
        r"参加者",
        r"代表",
        # a country's own target: "国内の学習都市を30都市に増やす目標"; not the object of
        # a time clause: "第2次計画を策定した当時、加盟都市は約180都市"
        r"目標" + _WHEN,
        r"計画" + _WHEN,
        # an event the cities attend: "交流会には8カ国12都市から40人が参加" (not "会議で
        # 72都市の加盟を発表", where the event is only where the news was told)
        r"(?:交流会|会議|セミナー|シンポジウム|フォーラム|研修会|大会|イベント|ワークショップ)(?:には|に|へ)",
        # ... or the event a relative clause of taking part closes: "30都市が参加する国際
        # フォーラムが開かれた" (the network closes none: "356都市が参加するネットワーク")
        r"(?:参加|参集|出席)(?:する|した|している|予定の)[^、。\d]{0,12}?(?:交流会|会議|セミナー"
        r"|シンポジウム|フォーラム|研修会|大会|イベント|ワークショップ|フェスティバル|フェスタ|総会)",
    ),
    negative_governors=(),
    intake_cues=(
        r"新たに",
        r"新規",
        r"加盟(?:した|し、|し,|が決定|が承認|を承認|が認められ|を果たし)",
        # a headline's noun ending its clause: "国内3都市がGNLCに加盟…", "GNLC加盟決定"
        r"(?:加盟|登録)(?:決定|承認|認定)?(?=\s*(?:\u2026|\.{2,}|\n|\Z))",
        r"(?:加盟|登録)決定",
        r"認定(?:され|を受け)",
        r"登録(?:され|が決定|した)",
        r"選ばれ",
        r"承認され",
        r"仲間入り",
        r"加わ(?!って(?:いる|います|おり))",  # not "加わっている": are members, a total
    ),
    total_cues=(
        r"(?<!新規)(?:現在の)?加盟(?:都市)?(?:数)?は",  # "現在の加盟は173都市"
        r"(?<!新規)(?:登録|会員)都市(?:数)?は",  # "国内の登録都市は5都市": the members
        r"となって(?:いる|おり|います)",
        r"加盟して(?:いる|おり|います)",
        r"加盟しており",
        r"メンバー",
        r"合計",
        r"全体で",
        r"達し",
        r"達する",
        r"上る",
        r"のぼる",
        r"となった",
        r"カバー",
        r"ネットワーク",
    ),
    along_cues=(r"とともに", r"と共に", r"と並んで"),
    besides_cues=(r"のほか", r"以外に"),
    # "新規加盟は64都市で、うち韓国が3都市": a part of the intake before it
    subset_cues=(r"(?:その|この)うち", r"(?<![ぁ-ゖ])うち"),  # "そのうち": の before うち
    speech_cues=(r"によると", r"は語った", r"と述べ", r"と話", r"と説明", r"は述べ", r"と紹介"),
    difference_after=(r"\s*(?:以上|余り|ほど)?\s*(?:増え|増加)",),
    # "so far": joined so far, a total
    cumulative_cues=(
        r"これまでに",
        r"現在までに",
        r"これまで",
    ),
    correction_cues=(r"訂正", r"修正"),
    # what other outlets got wrong, disowned by the text: "一部の報道では「47か国」とされた
    # が", "一部メディアが47か国と誤って伝えた" (not "報道によると": according to reports)
    retraction_cues=(
        r"一部(?:の)?\s*(?:報道|メディア|記事|新聞|媒体|サイト)(?:で|では|には|は|が|も)",
    ),
    corrected_subject=r"[」』\"”]?\s*(?:という(?:数字|数)|との(?:報道|発表))?\s*(?:は|も)",
    # "発表当日の資料には「230都市」": the release's own day, before its correction
    superseded_cues=(r"当初", r"最初に発表(?:した|された)", r"(?:発表|公表)(?:当日|直後)"),
    conjunctions=("と", "、", "及び", "および"),
    # not the first time of a publishing: "UILが初めて集計を公表した2016年8月には28か国"
    first_time_cues=(
        # (also in kana, as blogs and newsletters write it: "はじめて加盟都市を出した国")
        r"(?:初めて|はじめて)(?!(?:[^、。\s]{1,10}を)?(?:発表|公表|公開|集計|発行|まとめ))",
        r"初の",
        r"初加盟",
    ),
    # a word for the country named before: "日本からの新規加盟はなく、国内の加盟都市は2都市"
    country_subjects=("国内", "同国"),
    home_words=("国内",),
    home_country="JP",
    # "岡山県岡山市と佐賀県多久市の2都市", "2016年の岡山市と翌年の多久市(佐賀県)の2市": two or
    # more Japanese local governments (names in kanji ending in 市, 町 or 村, a prefecture
    # before, a year or a prefecture in brackets after), listed right before their count
    home_places=(
        r"(?:[^\s、，,。\d]{0,3}\d{0,4}[^\s、，,。\d]{0,3}の)?(?:[一-龥]{2,3}[都道府県])?[一-龥]{1,4}[市町村]"
        r"(?:[（(][^）)\n]{1,8}[）)])?"
        r"(?:\s*(?:と|、|，|,|及び|および)\s*"
        r"(?:[^\s、，,。\d]{0,3}\d{0,4}[^\s、，,。\d]{0,3}の)?(?:[一-龥]{2,3}[都道府県])?[一-龥]{1,4}[市町村]"
        r"(?:[（(][^）)\n]{1,8}[）)])?)+の"
    ),
    # "国内で初めてGNLCに加盟した", "国内の都市として初めて登録された", "国内初加盟", "中国で
    # の最初の、このネットワークに加わった都市": the first of the country, no noun needed
    first_words=("初めて", "はじめて", "最初に", "初"),
    rank_scope=r"で(?:の|は)?|の(?:都市|自治体)(?:として|で|の中で|では)|として",
    first_clause=(
        r"(?:の|と(?:なる|して))?"
        r"(?:(?!賞|会議|大会|フォーラム|セミナー|シンポジウム|イベント|会合|総会|研修|開催|報告)"
        r"[^、。，,\s\dをは]){0,24}?"
        r"(?:加盟|登録|加わ|加え|加入|認定|選ばれ|選定|承認|仲間入り|参加|メンバー|会員)"
        r"(?!(?:を|の)?(?:申請|目指|検討|候補)|に向け)"
    ),
    # "2番目に加盟した都市", "3番目に登録された都市"
    # "2番目に加盟した都市", "2番目にGNLCに加盟した都市" (the network named between)
    rank_clause=r"に(?:[^、。\s\d]{1,24}?に)?(?:加盟|登録|認定|参加)(?:した|された|が決まった)",
    # "新たに加わった64都市は35か国から集まった", "35か国・地域の出身" (not "35か国から1200人
    # が参加した": the count after the particle is of someone else, and only the cities
    # counted before the countries tie them)
    origin_after=(
        r"(?:・地域)?\s*から\s*(?:集ま|来|選ばれ|加わ|加盟)",
        r"(?:・地域)?\s*の?\s*出身",
    ),
    # (and the verb's stem before a comma, the sentence going on: "韓国は56都市が加盟し、国別
    # で最も多い")
    member_verbs=(
        r"加盟して(?:いる|おり|います)",
        r"加盟中",
        r"登録されて(?:いる|おり|います)",
        r"加盟し(?=[、,，]|\Z)",  # (a clause ends at its comma: \Z)
    ),
    figure_dated_after=(
        r"\s*(?:時点|現在|当時|の発表時|発表時|の発表当時)\s*の\s*(?:数字|数値|もの|データ|統計|情報)"
        r"|\s*時点\s*(?:で|では)?\s*の?\s*(?:数字|数値|もの|データ)"
        # the time the clause tells of: "最初に加盟したのはチェンライで、2019年のことだった"
        r"|\s*の\s*こと(?:だ|で)"
    ),
    own_subjects=(r"(?:本|当|わが|我が)(?:市|町|村|区)", r"本県", r"当県"),
    quota_cues=(
        r"(?<!世界)各国(?!の首都)",  # not "11都市は各国の首都": capitals
        r"(?:1|一)\s*(?:か国|カ国|ヵ国)(?:から|あたり|につき)",
        r"国ごと",
    ),
    # "加盟を検討する" (considering joining), not the 検討 of "検討資料" (working papers)
    # (and the cities that asked about joining or hope to: "加盟の問い合わせ", "加盟を希望する")
    candidate_cues=(
        r"申請",
        r"目指",
        r"候補",
        r"検討(?!資料|会|委員)",
        r"関心",
        r"推薦",
        r"問い?合わせ",
        r"希望",
    ),
    # "2017年5月現在" dates a figure: only "現在" after no date says it is current
    # not the "現在" of a date ("2024年2月現在", "2023年度末現在": as of then)
    # "当時は115都市だったが、今では356都市": "now", against the time before it
    circulation_markers=(
        # a leaflet still handed out, one to be corrected at its next printing
        r"配布(?:している|しています|中)",
        r"次回の(?:増刷|改訂|更新|印刷)",
        r"(?:更新|修正)されて(?:いない|いません|おらず)",
        # a plan or a page still online with its old figure: "「294都市」と記したままで、県の
        # サイトにそのまま掲載されている", "今も使われている"
        r"(?:記した|書いた|載せた|掲げた|記載した)まま",
        r"そのまま(?:掲載|使われ|使用|配布|残って)",
        r"(?:今も|いまも|いまだに|未だに)(?:使われ|掲載され|配布され|残って)",
    ),
    still_words=(r"今も", r"いまも", r"今でも", r"いまでも", r"まだ", r"現在も", r"いまだに"),
    in_use_words=(
        *(r"配られ", r"配布", r"使われ", r"使用", r"掲示", r"置かれ", r"貼られ", r"掲載"),
        *(r"置いて", r"貼って", r"流れ", r"上映"),
    ),
    present_markers=(
        r"(?<![年月日末度])現在",
        r"現時点",
        r"今回",
        r"今年",
        r"これで",
        r"今では",
        r"いまでは",
        r"今や",
        r"いまや",
        r"今日では",
    ),
    historic_markers=(r"",),
    founding_words=(r"設立", r"発足", r"創設", r"開始"),
    intake_points=(r"(?:加盟|認定|選定|登録|発表)(?:後|前|以降)",),
    # a table's column of the network's counts beside another: "| Năm | Mới | Tổng số |"
    column_heads={
        "合計": Role.MEMBER,
        "累計": Role.MEMBER,
        "総数": Role.MEMBER,
        "計": Role.MEMBER,
        "新規": Role.NEW,
    },
    # a plan's deadline: "2028年までに", "2028年度末まで"
    deadline_after=r"(?:度)?(?:末)?\s*(?:までに|まで)",
    existing_words=("既存の", "従来の"),
    # "12月4日まで", "12월 4일까지", "12月4日之前": the figure is of the day before
    before_dates_after=("まで", "の発表まで", "以前", "の発表以前"),
    months={},
    # the year in the other count may stand in brackets after it: "平成28年(2016年)8月",
    # "2016年(平成28年)8月"
    date_forms=(
        r"{year}\s*年\s*(?:[(（][^()（）\n]{{1,8}}[)）]\s*)?{month_number}\s*月\s*{day}\s*日",
        # an archive's or a CMS's numeric date: "2016-08-23", "2016/08/23", "2016.08.23"
        r"{year_first}[-/.]{month_number}[-/.]{day}(?!\d)",
        r"{year}\s*年\s*(?:[(（][^()（）\n]{{1,8}}[)）]\s*)?{month_number}\s*月",
        r"{year}\s*年",
        r"{era}\s*年\s*(?:[(（][^()（）\n]{{1,8}}[)）]\s*)?{month_number}\s*月\s*{day}\s*日",
        r"{era}\s*年\s*(?:[(（][^()（）\n]{{1,8}}[)）]\s*)?{month_number}\s*月",
        r"{era}\s*年",
    ),
    membership_before_number=(  # "加盟都市数は", "加盟都市はもう200以上"
        # "加盟都市数は、昨年12月の承認で425となった": the means or the time of the change
        # between the members and their bare count, a verb of reaching after it (tried
        # first: "加盟都市は2024年…" is no count of 2024)
        r"(?:(?:加盟|登録)都市数?は[、，,]?\s*(?P<means>[^\d。、，,]{0,10}?(?:[0-9０-９]{1,4}\s*年\s*)?"
        r"(?:[0-9０-９]{1,2}\s*月\s*)?[^\d。、，,]{0,10}?(?:で|により|によって|を経て)[、，,]?\s*)"
        r"(?=[0-9０-９]{2,3}\s*(?:と|に|へ)\s*(?:なっ|なり|なる|達し|達す|増え|上っ|上る|のぼ|拡大|広が))"
        r"|(?:加盟|会員|登録)(?:都市)?(?:の)?(?:数(?:は|が)?|は)"
        # "参加都市は425に上る": the cities taking part, counted as members are
        r"|参加都市(?:の)?(?:数(?:は|が)?|は)"
        # "韓国は加盟都市が59にのぼり": the members as the subject, a verb's particle after
        r"|(?:加盟|登録)都市が(?=\s*[0-9０-９][0-9０-９,，]*\s*(?:に|を|と|で|以上|余り|近く|ほど))"
        # "参加国は７６に広がり", "加盟国数は91に達した": the countries (group "nations");
        # not UNESCO's member states ("ユネスコの加盟国は194")
        r"|(?<!ユネスコの)(?<!ユネスコ)(?P<nations>加盟国|参加国)(?:の)?(?:数(?:は|が)?|は|が)"
        r"(?=\s*[0-9０-９][0-9０-９,，]*\s*(?:に|を|と|で|、|。|以上|余り|近く|ほど))"
        # "GNLC加盟都市: 356 (79か国)": a label too (not "会員数: 186名", an association's)
        r"|(?:加盟|登録)都市数?\s*[：:]"
        # a headline's "加盟都市356に", "加盟都市425、91か国": the number touching the noun
        r"|(?:加盟|登録)都市(?=\d{2,3}(?![\d.,]|\s*(?:年|月|日|か国|カ国|ヶ国|人|位|番|都市|万|億))))"
        # (adverbs of now and of the world between, commas too: "GNLCの加盟都市数は、現在、
        # 世界で200を超える")
        r"(?:\s*[、，,]?\s*(?:現在|合計|計|もう|すでに|世界で|全世界で|世界全体で|今や|いまや|今では))*"
        r"(?:\s*[、，,](?=\s*[0-9０-９]{2,3}(?![0-9０-９]|\s*年)))?"
        # "加盟都市は2022年の294から425に増えた": the count it grew from, then its own
        r"(?:\s*(?:[0-9０-９]{4}年|昨年|前年|当初)の[0-9０-９,，]+から)?"
    ),
    # "356都市が参加するネットワーク", "79か国356都市で構成される", "294都市が名を連ねる": the
    # members of the network the relative clause closes on
    relative_members=("参加", "集ま", "集う", "構成", "所属", "連ね", "つなが", "加わって"),
    shortlist_words=("候補",),
    membership_anchors=("加盟", "会員", "登録", "参加都市", "参加国"),
    # a repost's original date follows: "Originally published 5 September 2022"
    republished=r"(?:初出|初掲載)",
    earlier_date=r"(?:当時|その時点)",
    # a correction, read as a change (its first figure is then left out): "3都市ではなく
    # 2都市"; not "から", which also says where cities come from ("27か国から55都市")
    change_to=r"(?:ではなく|でなく)",
    # ... but "から" between two counts of cities is a change's: "115都市から294都市に"
    change_link=r"から",
    # "登録されており、", "加盟し、", "選ばれ、": a verb that closes its clause before a
    # comma (not the "において、", "として、", "より、" of a date or a role)
    clause_closers=(
        r"(?:(?<!おい)(?<!つい)(?<!とし)(?<!よっ)(?<!とっ)(?<!対し)て|[しれけめ]|(?<!よ)り)、",
    ),
    later_pointers=(r"その後", r"数日後", r"後日", r"\d{1,2}日後"),
    # "2016年以降": a state held from that year to the text's day
    since_year=r"{year}\s*年(?:度)?\s*(?:以来|以降)",
    # "本市が2016年に加盟して以来、ネットワークは294都市に広がった": the joining's year, not
    # the figure's (the main clause speaks of the text's day)
    # "国内の加盟都市は、今回の3都市を加えて5都市となった": the added count, then the total
    added_before=(
        r"、?\s*(?:今回(?:の|加盟した|新たに加盟した|登録された)?|新たに加盟した|新規(?:の)?)?\s*"
        r"\d{1,3}\s*(?:都市|市)?\s*(?:を|も)\s*(?:加えて|加え|合わせて|合わせ|含めて|含め)"
        r"\s*、?(?:\s*(?:合計|計))?\s*"
    ),
    # "2024年2月当時、ネットワークは356都市であり、国内の加盟都市は5都市だった": the same time
    parallel_closer=r"(?:であり|となり|になり)、\s*",
    before_this=r"今回の(?:発表|加盟|選定|認定|登録|拡大)(?:の)?(?:前|以前)|今回以前",
    # and a wording quoted: "「世界300都市」という表現", "「200都市」との記述"
    document_quotes=(
        *("書かれて", "書いて", "記載され", "記されて", "載って", "印刷され"),
        *("表現", "記述", "表記"),
    ),
    list_closer=r"\s*(?:など|等)(?:の)?\s*(?P<number>{number})\s*(?:都市|市)",
    spread_after=r"\s*に\s*(?:またが|広が|及|分布|散らば)",
    added_after=r"\s*(?:を|も)\s*(?:加えて|加え|合わせて|合わせ|含めて|含め)",
    # (a word of this round is needed: "229都市が加盟し、経験を共有している", "350の都市が
    # 加わっています" are the members)
    joined_after=(
        r"\s*が\s*(?:(?:今回|今年|新たに|新規に|追加で)\s*)+"
        r"(?:加わ|加盟し|加盟す|加盟を果た|登録さ|選ばれ|選定さ|承認さ|追加さ)"
    ),
    reached_after=(
        r"\s*(?:に|へ)\s*(?:増え|拡大|達し|達す|のぼ|上っ|上る|なっ|なり|なる|膨らん)"
        r"|\s*と\s*(?:なっ|なり|なる)"
    ),
    added_new=("今回", "新たに", "新規"),
    # "2016年に加盟した岡山市など、76か国の294都市が参加している": Okayama's joining
    # "2017年に学習都市ネットワークに登録された多久市など", "2016年に加盟した本市は、世界
    # 294都市の一員": the network it joined may be named before the verb, and the member
    # may be the topic of a clause in the present ("…とともに最初の加盟都市となった" tells
    # the joining's own time).
    joined_named=(
        r"\s*(?:に|には)?\s*(?:(?:ユネスコ)?[^\d\s、。，,]{0,24}?(?:ネットワーク|gnlc)"
        r"(?:\s*[（(]\s*gnlc\s*[)）])?\s*(?:に|へ)\s*)?"
        r"(?:(?:加盟|登録|加入|認定)\s*(?:した|された|済みの)|加わった|仲間入りした)\s*"
        r"(?:(?:[^\d\s、。，,「」『』（）()]{1,10}?(?<!都)(?:市|町|村|区)|[\u30a0-\u30ff・]{2,12})"
        r"\s*(?:を含め|を含む|も含め|をはじめ|を始め|など|等|のほか|に加え|と並び|(?:は|も)(?=\s*、)(?![^。\n]*た(?:。|\n|$))"
        # "2016年に登録された岡山市と本市の2都市": one of the members listed before the count
        r"|と(?=[^。\n\d]{1,16}の\s*[\d０-９])"
        # "岡山市と、今年加わった多久市の2市": the last member listed, right before the count
        r"|の(?=\s*[\d０-９]))"
        # "本市が2016年に加盟したGNLCは、76か国294都市からなる": the network it joined
        r"|(?:gnlc|同ネットワーク|(?:学習都市|グローバル)?ネットワーク)\s*(?:は|には|では|も)\s*、?)"
    ),
    since_event=(
        r"{year}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?\s*(?:に|の)?\s*"
        r"(?:加盟|登録|参加|認定|加入)\s*(?:して|した|されて|された)?\s*(?:以来|以降)"
    ),
    # ("となっていた", had become, is the result too; not "となっている", now)
    result_verbs=(r"拡大", r"増え", r"広が", r"達し", r"上っ", r"[とに]なっ(?!てい(?!た))"),
    included_after=True,
    included_words=(r"含ま", r"含む", r"含め"),
    # a figure repeated as hearsay in a question is asked about, not stated
    hearsay_words=(
        *("と聞きました", "と聞いた", "と聞いて", "という話", "といううわさ", "という噂"),
        # a doubt put as a question: "加盟都市はもう300くらいあるのではないですか。"
        *("のではないですか", "のではないでしょうか", "んじゃないですか", "のではありませんか"),
    ),
    attached=True,
    unspaced=True,
    countries_first=r"\s*(?:の|から(?:の)?|、)?\s*",
    eras={"令和": 2018, "平成": 1988},  # 令和元年 is 2019, 平成元年 1989
    relative_dates={
        # "two years ago": the year, counted back from the text's
        "years_ago": (r"{years}年前",),
        # "two years later": counted on from the date said before it ("2022年……。2年後")
        "years_after": (r"{years}年後", r"翌年"),
        # "the year before last": two years back from the text's
        "year_before_last": (r"一昨年{month_number}月", r"一昨年", r"おととし"),
        "last_month": (r"先月",),
        "last_year": (r"(?:昨年|去年){month_number}月", r"昨年", r"去年"),
        "this_year": (
            r"今年{month_number}月",
            r"(?<![年\d)）]){month_number}月(?![\d日])",
            # a day of this year's month: "ＵＩＬは８月２３日、…と発表しました" (a text of
            # September: that day's news; one of the text's own month is its own news)
            r"(?<![年\d)）]){month_number}月{day}日",
        ),
    },
    population_heads=(r"人口", r"住民", r"居住者"),
    capitals_before=("首都",),
    # "唯一" (the only one), "統一", "同一", "均一", "随一", "逐一", "画一", "単一"
    numeral_not_after="唯統同均随逐画単",
    capitals_topic=("首都は", "首都が"),
    # "72都市のうち11都市は各国の首都": the count's cities are capitals
    # (examples may come between: "１１都市はリスボンやハノイなど各国の首都")
    capital_predicates=(r"(?:は|が)(?:[^、。\n]{1,24}など)?(?:各国の|それぞれの国の)?首都",),
    # "「230都市」という数字は今も使われている": the words quoted, not a statement
    quoted_words=r"(?:という|との)(?:数字|数|表現|記述|説明|言い方)",
    # "国内では岡山市に続き2番目の加盟都市": the member before it in the ranking
    rank_after=("に続き", "に続いて", "に次いで", "に次ぐ"),
    zeros=Zeros(
        forms=(),
        words=(),
        owned=(
            r"{country}(?:の|から(?:の)?)(?:加盟)?都市は、?(?:まだ|いまだ|現在も|今のところ)?(?:一つも|ひとつも"
            r"|1つも)?(?:ない|ありません|存在しない|存在しません)",
            r"{country}からの加盟は、?(?:まだ|いまだ)?(?:ない|ありません)",
        ),
        owned_words=("ない", "ありません"),
        members=("加盟", "ネットワーク", "gnlc", "会員"),
        still=("まだ", "いまだ", "今のところ", "現在も"),
        blockers=("賞", "award"),
    ),
    how_many=r"いくつ|何都市|何か国|何カ国|どのくらい",
    size_questions=r"規模は|どれくらいの規模|どのくらいの大きさ",
    answer_leads=("現在", "全部で", "全体では", "全体で", "合計で"),
    # an assembly's minutes: "…何都市が加盟しているのでしょうか。" / "◯課長(…)　お答え
    # いたします。全体では２９４でございます。"
    question_ends=("でしょうか。", "ですか。", "ますか。", "のか。"),
    answer_openers=(
        # an FAQ's label: "A. 2都市です", a lecture record's "A(講師):64。" in full-width forms
        r"(?:(?:a|答え?|回答)\s*(?:[(\uff08][^)\uff09\n]{1,12}[)\uff09]\s*)?[.:\uff1a\uff0e]\s*)?"
        r"(?:(?:いいえ|いえ)[\u3001,]\s*)?"  # a denial first: "いえ、229です"
        r"(?:[\u25ef\u25cb\u25cf][^\n\u3002]{1,30}?[\s\u3000]+)?"
        r"(?:お答え(?:いた)?します。\s*)?"
        # an FAQ's answer that names the cities first: "A. 岡山市と多久市の2都市です"
        r"(?:[^\n\u3002?\uff1f\d]{1,30}?の)?"
    ),
    answer_ends=("でございます", "です", "となっております", "となります"),
    answer_words=("答えは",),
    subject_particles=("は", "も"),
    topic_particles=("は",),
    topic_markers=("は", "では"),
    has_openings=("すでに", "既に", "現在"),
    contrast_ends=(r"(?:が|けれど(?:も)?|けど|ものの)\s*、",),
    when_words=("時", "際"),
    region_owner_gap=r"(?:地域)?\s*(?:は|では|が|からは|から)?\s*",
    list_announcers=(
        r"国?政府(?:は|が)?(?:(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日)?[\u3001\uff0c,]?",
        r"[^\s\d\u3001\u3002\uff0c,]{0,8}?(?:は|が)(?:(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日)?[\u3001\uff0c,]",
    ),
    list_linked=("からは", "からの", "では", "には", "は", "も", "の"),
    name_joins="\u3001と",
    as_of_after=r"(?:度末|末)?\s*(?:現在|時点|現時点)",
    now_words=("現在", "今"),
    era_first_year="元",
    year_counters=("年",),
    month_counters=("月",),
    list_closers=("等", "など"),
    ordinal_prefixes=("第",),
    money_words=("yen",),
    counter_letters="かカヵヶケ箇",
    person_counters=("名",),
    title_learning=("学習",),
    title_documents=(
        "ハンドブック",
        "報告書",
        "ガイド(?:ブック)?",
        "冊子",
        "パンフレット",
        "リーフレット",
        "白書",
        "だより",
        "便り",
        "指南",
        "年鑑",
    ),
    year_possessives=("の",),
    numeral_letters="\u3007一二三四五六七八九十百千两兩",
)
