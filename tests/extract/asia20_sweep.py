"""Variant sweeps of the classes the retired b18 writer batch's Korean, Japanese, Chinese
and Vietnamese pages lost or misread (tests/eval/pages/*/dev/b18-*), each written in the
languages where the construction exists, with near-misses. Cases use the one runner's
Case (tests/extract/sweep.py), read as plain text with no title after a sentence that
names the network and its total; every expected value is read with its metric only (the
test file checks that no other metric takes it).

Rules:

- joined-so-far: a country's count followed by "have already joined" is its members so
  far, not an intake ("在国内, 北京、杭州、成都、武汉、上海等10余个城市已经加入" was an intake
  of more than 10; Chinese "已经加入", "已加入" as Language.cumulative_cues), the country
  the one named before it in the sentence or, where none is named, the text's own
  ("国内", "국내": Language.home_words); also after a word of holding in the count's own
  clause ("在国内, 已有12个城市加入"); near-misses: an intake said new ("今年9月又有3个
  城市新加入"), the network's size reached "already" ("网络已经达到425个城市");
- fronted-added: this round's count added on the way to a total, fronted before the
  total's owner ("今回の3都市を含め、国内の加盟都市は15都市になった", "이번 3곳을 포함해
  국내 회원 도시는 59곳이 됐다": the 3 were not read, Language.added_after) is the intake
  of the owner after it, and the total keeps its owner's metric (the count that includes
  the intake is no intake itself); near-miss: the network's intake fronted before its
  total ("今回の72都市を加え、ネットワークは425都市となった");
- disowned-report: a figure other outlets gave, which the text disowns ("不过也有报道写成
  “来自47个国家”, 引用时要以官方公报为准", "一部の報道では「47か国」とされた", "일부 언론은
  '47개국'이라고 보도했지만", "Một số báo đưa tin “47 quốc gia”": Language.
  retraction_cues) is no statement; the text's own figure after "but" (Language.
  contrast_ends) is; near-misses: a figure "according to reports" ("据报道", "報道に
  よると", "보도에 따르면", "theo báo chí") is stated;
- then-now: a count then, "but" a count now (Language.contrast_ends), the noun left out
  or the copula after the counter ("국내 회원이 56개였는데, 지금은 59개다": the 59 was no
  phrase, Language.counter_particles; "56都市だったが、いまは59都市になった": the 59 had
  no country; "现在已经有59个了"): both are the country's members (which date each has
  is the dating stage's); near-misses: another country named after "but" ("韓国は59都市
  だが、日本は2都市"), courses counted with the same copula or particle;
- set-against: the count a text sets, with "but", against a figure other outlets gave is
  of the same thing ("일부 매체는 처음 가입한 나라를 12개국으로 썼지만 유네스코 발표문은
  13개국입니다": the 13 were read as all the network's countries); near-miss: two counts
  with "but" and no disowned report ("처음 회원을 낸 나라는 13개국이지만, 전체 회원국은
  91개국이다");
- asked: a bare answer to a question about a country's members, no verb of joining in the
  question ("Q. 국내에서는 몇 곳이 가입해 있나요? A. 59곳입니다." was an intake of 59), an
  answer's label ("A.", "답:") between them;
- members-said: a count too small for the network said to be members, with a country or
  the text's own "国内" before it ("国内的成员城市是10余个"), and the world's learning cities
  counted with a qualifier ("全球近200个学习型城市"); near-misses: new members, the nation's
  learning cities ("全国近200个");
- short-of (SHORT_OF, checked for the qualifier): "5억 명에 조금 못 미칩니다", "5億人に
  わずかに届かない", "略低于5亿" are nearly; without "just", under;
- region-opens (REGION_OPENS, checked for the region): where words touch, the region a
  clause opens with owns its small count past a relative clause ("아시아·태평양 지역에서
  새로 들어온 곳은 20곳": Korean "새로 들어온" is now a verb of joining too);
- quoted-early: the cities of a country count read as the network's, right after it, are
  its size however few (a newspaper of the first weeks: "「9カ国11都市が参加」とありまし
  た": the 11 were dropped as too few for the network); near-misses: a conference's
  delegates from 9 countries and 11 cities, an intake's;
- listed-joiner: a member's own joining in the clause before its name ("岡山市と、今年
  加わった佐賀県多久市の2市": Language.joined_named with "加わった" and the name right
  before the count) neither makes the count an intake nor leaves it without its country
  (the one the sentence named before the list, or "国内"); near-misses: "国内では今年、
  多久市など2市が新たに加盟した" is the intake;
- labelled-answer: a transcript's answer label with the speaker's role in brackets
  ("A(講師):64。" in full-width forms, "A(강사):", "答(周老师):": Language.
  answer_openers) and a denial before the number ("いえ、229です") still opens the
  answer; a doubt put as a question
  ("加盟都市はもう300くらいあるのではないですか。", no question mark: Language.
  question_ends) asks about its figure (Language.hearsay_words); the region before
  "からは" owns its share ("アフリカからは9都市");
- interview-turns: an interview's turns opened by a hyphen ("- Việt Nam có bao nhiêu
  thành viên?\n- Sáu: Sa Đéc, ..."), the question's "for the first time" given to the
  answer's countries ("- Có bao nhiêu nước lần đầu có thành viên?\n- ... mười hai nước"),
  a question of the network's size ("mạng lưới bây giờ lớn đến đâu?", "这个网络现在有
  多大?", "네트워크 규모는": Language.size_questions) answered by a bare number, "trải
  trên 91 nước" (spread over: no bound), and a region whose name holds a spaced dash
  before a label's colon ("châu Á - Thái Bình Dương: 18"); near-miss: a library's size.
"""

from __future__ import annotations

from tests.extract.sweep import Case

_T = "total_cities"
_TC = "total_countries"
_CP = "country_cities"
_NC = "new_countries"
_NEW = "new_cities"

_EN = "The UNESCO Global Network of Learning Cities now has 425 member cities. "
_VI = "Mạng lưới toàn cầu các thành phố học tập của UNESCO hiện có 425 thành phố. "
_JA = "ユネスコの学習都市グローバルネットワークには現在、425都市が加盟している。"
_KO = "유네스코 학습도시 글로벌 네트워크에는 현재 425개 도시가 가입해 있다. "
_ZH = "联合国教科文组织全球学习型城市网络目前有425个成员城市。"


def _c(language: str, rule: str, body: str, *expected: tuple[str, int]) -> Case:
    return Case(language, rule, body, expected, titled=False)


def _n(language: str, rule: str, body: str, *absent: int) -> Case:
    return Case(language, rule, body, (), absent, titled=False)


JOINED_SO_FAR = [
    _c(
        "zh",
        "joined-so-far",
        _ZH + "在国内，北京、杭州、成都、武汉、上海等10余个城市已经加入。",
        (_CP, 10),
    ),
    _c("zh", "joined-so-far", _ZH + "在国内，北京、杭州等12个城市已加入该网络。", (_CP, 12)),
    _c("zh", "joined-so-far", _ZH + "在国内，已有12个城市加入。", (_CP, 12)),
    _c("zh", "joined-so-far", _ZH + "国内已有15个城市加入该网络。", (_CP, 15)),
    _c("zh", "joined-so-far", _ZH + "在亚洲，泰国已有7个城市加入。", (_CP, 7)),
    _c("zh", "joined-so-far", _ZH + "內地已經有十多個城市加入。", (_CP, 10)),
    _c(
        "ja",
        "joined-so-far",
        _JA + "国内では、岡山市など10余りの都市がすでに加盟している。",
        (_CP, 10),
    ),
    _c("ja", "joined-so-far", _JA + "国内では、これまでに8都市が加盟した。", (_CP, 8)),
    _c(
        "ko",
        "joined-so-far",
        _KO + "국내에서는 수원, 광명 등 12개 도시가 이미 가입했다.",
        (_CP, 12),
    ),
    _c("ko", "joined-so-far", _KO + "국내에서는 지금까지 59개 도시가 가입했다.", (_CP, 59)),
    _c(
        "vi",
        "joined-so-far",
        _VI + "Đến nay, Việt Nam đã có 6 thành phố gia nhập mạng lưới.",
        (_CP, 6),
    ),
    _c("zh", "joined-so-far", _ZH + "今年9月，我国又有3个城市新加入。", (_NEW, 3)),
    _c(
        "zh",
        "joined-so-far",
        _ZH + "本轮新增72个城市，网络已经达到425个城市。",
        (_NEW, 72),
        (_T, 425),
    ),
    _c(
        "zh",
        "joined-so-far",
        _ZH + "今年又有3个中国城市加入，我国成员城市已经达到15个。",
        (_NEW, 3),
        (_CP, 15),
    ),
]

FRONTED_ADDED = [
    _c(
        "ja",
        "fronted-added",
        _JA + "今回の3都市を含め、国内の加盟都市は15都市になった。",
        (_NEW, 3),
        (_CP, 15),
    ),
    _c(
        "ja",
        "fronted-added",
        _JA + "今回加盟した3都市を合わせると、日本の加盟都市は9都市になる。",
        (_NEW, 3),
        (_CP, 9),
    ),
    _c(
        "ja",
        "fronted-added",
        _JA + "国内の加盟都市は、今回の3都市を加えて5都市となった。",
        (_NEW, 3),
        (_CP, 5),
    ),
    _c(
        "ko",
        "fronted-added",
        _KO + "이번 3곳을 포함해 국내 회원 도시는 59곳이 됐다.",
        (_NEW, 3),
        (_CP, 59),
    ),
    _c(
        "ko",
        "fronted-added",
        _KO + "이번에 새로 가입한 3곳을 더하면 우리나라 회원 도시는 59곳이다.",
        (_NEW, 3),
        (_CP, 59),
    ),
    _c(
        "ko",
        "fronted-added",
        _KO + "국내 가입 도시는 이번 3곳을 더해 59개가 됐다.",
        (_NEW, 3),
        (_CP, 59),
    ),
    _c(
        "zh",
        "fronted-added",
        _ZH + "加上此次入选的3个城市，我国已有15个城市加入。",
        (_NEW, 3),
        (_CP, 15),
    ),
    _c(
        "ja",
        "fronted-added",
        _JA + "今回の72都市を加え、ネットワークは425都市となった。",
        (_NEW, 72),
        (_T, 425),
    ),
    _c(
        "ko",
        "fronted-added",
        _KO + "이번 72개 도시를 더해 네트워크 회원은 425곳이 됐다.",
        (_NEW, 72),
        (_T, 425),
    ),
    _c(
        "ko",
        "fronted-added",
        _KO + "새로 선정된 72개 도시에는 국내 3개 도시가 포함됐다.",
        (_NEW, 72),
        (_NEW, 3),
    ),
]

DISOWNED_REPORT = [
    _n(
        "zh",
        "disowned-report",
        _ZH + "本轮成员分布在91个国家。不过也有报道写成“来自47个国家”，引用时要以官方公报为准。",
        47,
    ),
    _n("zh", "disowned-report", _ZH + "有媒体误报为“47个国家”。", 47),
    _c("zh", "disowned-report", _ZH + "个别网站写成“47个国家”，但实际是91个国家。", (_TC, 91)),
    _c(
        "ja",
        "disowned-report",
        _JA + "一部の報道では「47か国」とされたが、正しくは91か国だ。",
        (_TC, 91),
    ),
    _n("ja", "disowned-report", _JA + "一部メディアは「47か国から」と伝えた。", 47),
    _c(
        "ko",
        "disowned-report",
        _KO + "일부 언론은 '47개국'이라고 보도했지만, 공식 발표는 91개국이다.",
        (_TC, 91),
    ),
    _n("ko", "disowned-report", _KO + "일부 기사에는 47개국으로 나왔다.", 47),
    _c(
        "vi",
        "disowned-report",
        _VI + "Một số báo đưa tin “47 quốc gia”, nhưng con số chính thức là 91 quốc gia.",
        (_TC, 91),
    ),
    _n("vi", "disowned-report", _VI + "Có trang tin ghi thành 47 quốc gia.", 47),
    _c("zh", "disowned-report", _ZH + "据报道，该网络的成员来自91个国家。", (_TC, 91)),
    _c("ja", "disowned-report", _JA + "報道によると、加盟都市は91か国に広がる。", (_TC, 91)),
    _c("ko", "disowned-report", _KO + "보도에 따르면 회원 도시는 91개국에 걸쳐 있다.", (_TC, 91)),
    _c(
        "vi",
        "disowned-report",
        _VI + "Theo báo chí, các thành viên đến từ 91 quốc gia.",
        (_TC, 91),
    ),
]

THEN_NOW = [
    _c(
        "ko",
        "then-now",
        _KO + "2024년 2월에는 국내 회원이 56개였는데, 지금은 59개다.",
        (_CP, 56),
        (_CP, 59),
    ),
    _c("ko", "then-now", _KO + "국내 회원 도시는 현재 59개입니다.", (_CP, 59)),
    _c(
        "ko",
        "then-now",
        _KO + "가입 당시만 해도 국내 회원이 56개였는데, 벌써 59개가 됐대요.",
        (_CP, 56),
        (_CP, 59),
    ),
    _c(
        "ja",
        "then-now",
        _JA + "2024年2月の加盟時には国内の加盟都市は56都市だったが、いまは59都市になった。",
        (_CP, 56),
        (_CP, 59),
    ),
    _c(
        "ja",
        "then-now",
        _JA + "韓国の加盟都市は59都市だが、日本は2都市にとどまる。",
        (_CP, 59),
        (_CP, 2),
    ),
    _c(
        "ja",
        "then-now",
        _JA + "国内の加盟都市は56都市だったが、今回3都市が加わった。",
        (_CP, 56),
        (_NEW, 3),
    ),
    _c(
        "zh",
        "then-now",
        _ZH + "2024年2月加入时，国内成员还只有56个城市，现在已经有59个了。",
        (_CP, 56),
        (_CP, 59),
    ),
    _c(
        "zh",
        "then-now",
        _ZH + "2024年2月时，国内成员城市还只有56个，但现在已经有59个城市了。",
        (_CP, 56),
        (_CP, 59),
    ),
    _c("zh", "then-now", _ZH + "网络成员现在已经有425个了。", (_T, 425)),
    _c(
        "vi",
        "then-now",
        _VI + "Hồi tháng 2/2024, Việt Nam mới có 5 thành viên, nhưng nay đã có 6 thành phố.",
        (_CP, 5),
        (_CP, 6),
    ),
    _c(
        "vi",
        "then-now",
        "Hồi tháng 2/2024, Việt Nam mới có 5 thành viên, nay đã là 6. " + _VI,
        (_CP, 5),
        (_CP, 6),
    ),
    _n("ko", "then-now", _KO + "이번 학기 강좌는 모두 12개다.", 12),
    _n("zh", "then-now", _ZH + "我们开设的课程有12个了。", 12),
]

_FT = "first_time_countries"

SET_AGAINST = [
    _c(
        "ko",
        "set-against",
        _KO + "일부 매체는 처음 가입한 나라를 12개국으로 썼지만 유네스코 발표문은 13개국입니다.",
        (_FT, 13),
    ),
    _c(
        "ja",
        "set-against",
        _JA + "一部の報道は初加盟の国を12か国としたが、ユネスコの発表では13か国だ。",
        (_FT, 13),
    ),
    _c(
        "zh",
        "set-against",
        _ZH + "有媒体把首次有城市加入的国家写成12个，但官方公布的是13个国家。",
        (_FT, 13),
    ),
    _c(
        "vi",
        "set-against",
        _VI + "Một số báo đưa tin 12 quốc gia lần đầu có thành viên, nhưng thông cáo của UNESCO"
        " ghi 13 quốc gia.",
        (_FT, 13),
    ),
    _c(
        "ko",
        "set-against",
        _KO + "처음 회원을 낸 나라는 13개국이지만, 전체 회원국은 91개국이다.",
        (_FT, 13),
        (_TC, 91),
    ),
]

ASKED = [
    _c(
        "ko",
        "asked",
        _KO + "\n\nQ. 국내에서는 몇 곳이 가입해 있나요?\n\nA. 59곳입니다.",
        (_CP, 59),
    ),
    _c(
        "ko",
        "asked",
        _KO + "\n\n질문: 우리나라에는 회원 도시가 몇 곳인가요?\n\n답: 59곳입니다.",
        (_CP, 59),
    ),
    _c(
        "ko",
        "asked",
        "이번에 국내에서 몇 곳이 새로 가입했나요?\n\nA. 3곳입니다. " + _KO,
        (_NEW, 3),
    ),
]

MEMBERS_SAID = [
    _c(
        "zh",
        "members-said",
        _ZH + "国内的成员城市是10余个，具体名单要以研究所网站为准。",
        (_CP, 10),
    ),
    _c("zh", "members-said", _ZH + "我国的成员城市是12个。", (_CP, 12)),
    _c("ja", "members-said", _JA + "国内の加盟都市は8都市だ。", (_CP, 8)),
    _c("ko", "members-said", _KO + "국내 회원 도시는 12곳이다.", (_CP, 12)),
    _n("zh", "members-said", _ZH + "今年新成员城市是3个。", 3),
    _c(
        "zh",
        "members-said",
        _ZH + "学院网站至今还写着“全球近200个学习型城市”，这个我们会改。",
        (_T, 200),
    ),
    _c("zh", "members-said", _ZH + "宣传册写着“全球超过300个学习型城市”。", (_T, 300)),
    _n("zh", "members-said", _ZH + "全国近200个学习型城市开展了活动。", 200),
]

QUOTED_EARLY = [
    _c(
        "ja",
        "quoted-early",
        _JA + "登録を伝えた昨年3月の新聞には「9カ国11都市が参加」とありました。",
        (_TC, 9),
        (_T, 11),
    ),
    _c(
        "ko",
        "quoted-early",
        _KO + "당시 신문에는 '9개국 11개 도시가 참여'라고 나왔다.",
        (_TC, 9),
        (_T, 11),
    ),
    _c("zh", "quoted-early", _ZH + "当时的报纸写的是“9个国家11个城市参加”。", (_TC, 9), (_T, 11)),
    _n("ko", "quoted-early", _KO + "회의에는 9개국 11개 도시 대표가 참석했다.", 9, 11),
    _n("zh", "quoted-early", _ZH + "来自9个国家11个城市的代表参加了会议。", 9, 11),
    _n("ja", "quoted-early", _JA + "会議には9か国11都市の代表が参加した。", 9, 11),
    _c("ja", "quoted-early", _JA + "今回、9か国の11都市が新たに加盟した。", (_NC, 9), (_NEW, 11)),
]

LISTED_JOINER = [
    _c(
        "ja",
        "listed-joiner",
        _JA + "日本からの参加は、岡山市と、今年加わった佐賀県多久市の2市です。",
        (_CP, 2),
    ),
    _c(
        "ja",
        "listed-joiner",
        _JA + "国内の加盟都市は、岡山市と、2017年に加盟した白山市の2市だ。",
        (_CP, 2),
    ),
    _c(
        "ja",
        "listed-joiner",
        _JA + "国内からの加盟は、岡山市と翌年の多久市(佐賀県)の2市にとどまる。",
        (_CP, 2),
    ),
    _c("ja", "listed-joiner", _JA + "国内では今年、多久市など2市が新たに加盟した。", (_NEW, 2)),
    _c("ja", "listed-joiner", _JA + "日本からは今年、2市が新たに加わった。", (_NEW, 2)),
]

LABELLED_ANSWER = [
    _c(
        "ja",
        "labelled-answer",
        _JA + "\n\nＱ（受講者）：では、つまり何か国ですか。\nＡ（講師）：64。",
        (_TC, 64),
    ),
    _c(
        "ja",
        "labelled-answer",
        _JA + "\n\nＱ（受講者）：加盟都市は何都市ですか。\nＡ（講師）：いえ、229です。",
        (_T, 229),
    ),
    _c(
        "ko",
        "labelled-answer",
        _KO + "\n\nQ(청중): 회원 도시는 몇 곳인가요?\nA(강사): 425곳입니다.",
        (_T, 425),
    ),
    _c(
        "zh",
        "labelled-answer",
        _ZH + "\n\n问（学员）：网络有多少个成员城市？\n答（周老师）：170个。",
        (_T, 170),
    ),
    _n(
        "ja",
        "labelled-answer",
        _JA + "\n\nＱ（受講者）：加盟都市はもう300くらいあるのではないですか。",
        300,
    ),
    _n("ja", "labelled-answer", _JA + "加盟都市は300を超えたのではないでしょうか。", 300),
    _c(
        "ja", "labelled-answer", _JA + "新規加盟のうち、アフリカからは9都市が選ばれた。", (_NEW, 9)
    ),
]

_VI_LEAD = "Mạng lưới toàn cầu các thành phố học tập của UNESCO là sáng kiến của UNESCO.\n\n"

INTERVIEW_TURNS = [
    _c(
        "vi",
        "interview-turns",
        _VI_LEAD + "- Việt Nam có bao nhiêu thành viên?\n- Sáu: Sa Đéc, Vinh, Cao Lãnh,"
        " Thành phố Hồ Chí Minh, Sơn La và nay là Hà Nội.",
        (_CP, 6),
    ),
    _c(
        "vi",
        "interview-turns",
        _VI_LEAD + "- Có bao nhiêu nước lần đầu có thành viên?\n- Theo tôi đếm là mười hai nước.",
        (_FT, 12),
    ),
    _c(
        "vi",
        "interview-turns",
        _VI_LEAD + "- Mạng lưới có bao nhiêu nước?\n- Theo tôi đếm là 91 nước.",
        (_TC, 91),
    ),
    _c(
        "vi",
        "interview-turns",
        _VI_LEAD + "- Thưa bà, mạng lưới bây giờ lớn đến đâu?\n- 425. Trải trên 91 nước.",
        (_T, 425),
        (_TC, 91),
    ),
    _n(
        "vi",
        "interview-turns",
        _VI_LEAD + "- Thưa bà, thư viện bây giờ lớn đến đâu?\n- 425 đầu sách.",
        425,
    ),
    _c(
        "zh",
        "interview-turns",
        _ZH + "\n\n问：这个网络现在有多大？\n答：425个，分布在91个国家。",
        (_T, 425),
        (_TC, 91),
    ),
    _c(
        "ko",
        "interview-turns",
        _KO + "\n\nQ. 네트워크 규모는 어느 정도인가요?\nA. 425곳입니다.",
        (_T, 425),
    ),
    _c(
        "vi",
        "interview-turns",
        _VI_LEAD + "* Thành viên mới ở châu Á - Thái Bình Dương: 18\n* Thủ đô: 11",
        (_NEW, 18),
    ),
    _c("vi", "interview-turns", _VI + "Các thành viên trải rộng trên 91 quốc gia.", (_TC, 91)),
]

CASES = [
    *JOINED_SO_FAR,
    *FRONTED_ADDED,
    *DISOWNED_REPORT,
    *THEN_NOW,
    *SET_AGAINST,
    *ASKED,
    *MEMBERS_SAID,
    *QUOTED_EARLY,
    *LISTED_JOINER,
    *LABELLED_ANSWER,
    *INTERVIEW_TURNS,
]

# The qualifier a phrase of "just short of" gives (Language.qualifiers_after, qualifiers):
# (language, body, value, qualifier); near-misses: "under" with no "just".
SHORT_OF = [
    ("ko", "회원 도시 인구는 5억 명에 조금 못 미칩니다.", 500_000_000, "nearly"),
    ("ko", "회원 도시 인구는 5억 명에 약간 못 미친다.", 500_000_000, "nearly"),
    ("ko", "회원 도시 인구는 5억 명에 못 미친다.", 500_000_000, "fewer_than"),
    ("ko", "회원 도시는 500곳에 못 미치는 규모다.", 500, "fewer_than"),
    ("ja", "加盟都市の人口は5億人にわずかに届かない。", 500_000_000, "nearly"),
    ("ja", "加盟都市の人口は5億人に少し満たない。", 500_000_000, "nearly"),
    ("ja", "加盟都市の人口は5億人に届かない。", 500_000_000, "fewer_than"),
    ("zh", "成员城市人口略低于5亿。", 500_000_000, "nearly"),
    ("zh", "成员城市人口低于5亿。", 500_000_000, "fewer_than"),
    ("zh", "成员城市少于500个。", 500, "fewer_than"),
    ("vi", "Dân số các thành phố thành viên chưa tới 500 triệu người.", 500_000_000, "fewer_than"),
]

# The region a clause opens with, its own particle after it, a relative clause between it
# and a small count (where words touch): (language, body, metric, value, region);
# near-miss: a region's conference.
REGION_OPENS = [
    (
        "ko",
        "아시아·태평양 지역에서 새로 들어온 곳은 20곳으로, 전체 신규 가입의 일부일 뿐입니다.",
        _NEW,
        20,
        "asia-pacific",
    ),
    ("ko", "아시아·태평양 지역의 신규 가입 도시는 20곳이다.", _NEW, 20, "asia-pacific"),
    ("ko", "아프리카 지역에서는 20개 도시가 새로 가입했다.", _NEW, 20, "africa"),
    ("ja", "アジア太平洋地域から新たに加盟したのは20都市だった。", _NEW, 20, "asia-pacific"),
    ("zh", "亚太地区新加入的城市有20个。", _NEW, 20, "asia-pacific"),
    ("zh", "此次入选城市中，亚太地区有20个。", _NEW, 20, "asia-pacific"),
    ("ko", "이번에 새로 들어온 도시는 72곳이다.", _NEW, 72, None),
]
