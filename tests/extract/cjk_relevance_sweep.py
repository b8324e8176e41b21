"""The variant sweep of GNLC figures beside a national scheme, in Korean, Japanese and
Chinese (lcnet.extract.relevance, metric): city releases in these languages name what the
city already is at home (Korea's 평생학습도시, Japan's 生涯学習都市 declarations, China's
学习型城市 programme) in the same sentences as the network's figures.

A case is permissive_sweep.Case: (language, rule, body, expected, absent, titled), read
as plain text with a dateline and no title (as most of these releases are scraped).
Rules:

- relative: the figure stands in a relative clause of membership that the network's name
  closes ("356개 도시가 참여하는 GNLC", "356都市が参加するネットワーク", "由356个城市组成的
  网络", "汇聚356个城市的网络"), the national scheme named before it in the sentence, the
  main clause a verb of joining or applying: the network's total;
- next: the national scheme in one sentence, the network's count in the next;
- box: an overview box, the national designation on one line, the network's on others;
- pool: Korea's lifelong-learning cities that applied, counted "among" which the
  network's national candidates were shortlisted (Language.shortlist_words): both counts
  are the network's applicants and candidates;
- while: "-는 가운데" after a verb is "while", no "among" ("190곳을 넘어선 가운데 국내 회원
  도시는 53곳"): the count after it is no part of the one before;
- members: where the predicate comes last, a word of membership heading the figure's
  clause ("日本の加盟都市は…2都市") makes it speak of a network's members: a declaration
  named since (生涯学習都市) has none;
- names: the network's name as Korean releases also write it ("국제학습도시 네트워크",
  "UNESCO 학습도시"); not the award ("UNESCO 학습도시상");
- home list: two or more of the text's own country's local governments listed right
  before their count, in a sentence of membership ("岡山市、多久市の2市だけが加盟",
  Language.home_places): that country's members; not a partnership's, nor an award's;
- part: a part of Korea's lifelong-learning cities whose own clause says joining or
  membership ("국내 평생학습도시 가운데 56곳이 회원이다") is the network's (not the part the
  national scheme or a council picks);
- approved: "승인을 받았다" (got the approval) is a verb of admission;
- past: "300곳 넘는" (no particle before the verb) is more than 300;
- member states: 회원국 counts countries, the network's where its name says so, UNESCO's
  after "유네스코" (near-miss);
- near-miss: the national scheme's own counts, the learning places a city opens (배움터,
  거점, 학습마을), another UNESCO programme's, a council's.
"""

from __future__ import annotations

from tests.extract.permissive_sweep import Case

_T = "total_cities"
_C = "total_countries"
_P = "country_cities"
_K = "candidate_cities"
_N = "new_cities"


def _c(language: str, rule: str, body: str, *expected: tuple[str, int]) -> Case:
    return Case(language, rule, body, expected, (), False)


def _n(language: str, body: str, *absent: int) -> Case:
    return Case(language, "near-miss", body, (), absent, False)


CASES = [
    # Korean
    _c("ko", "relative", "군은 2012년 평생학습도시 지정에 이어 이번에 79개국 356개 도시가 "
       "활동하는 유네스코 글로벌 학습도시 네트워크에 합류했다.", (_C, 79), (_T, 356)),
    _c("ko", "relative", "평생학습도시 하남은 세계 356개 도시가 참여하는 유네스코 학습도시 "
       "네트워크의 일원이 됐다.", (_T, 356)),
    _c("ko", "relative", "구는 '배움이 있는 평생학습도시'를 내세워 79개국 356개 회원도시로 이뤄진 "
       "GNLC에 가입 신청서를 냈다.", (_C, 79), (_T, 356)),
    _c("ko", "relative", "교육부 지정 평생학습도시 중 도내에서 처음으로, 시는 294개 도시가 모인 "
       "유네스코 글로벌 학습도시 네트워크에 이름을 올렸다.", (_T, 294)),
    _c("ko", "relative", "평생학습도시 양구군이 79개국 356개 도시가 함께하는 GNLC에 도전장을 "
       "냈다.", (_C, 79), (_T, 356)),
    _c("ko", "relative", "평생학습도시로 이름난 시는 76개국 294개 도시가 가입한 GNLC의 문을 "
       "두드렸다.", (_C, 76), (_T, 294)),
    _c("ko", "next", "시는 2009년 교육부로부터 평생학습도시로 지정됐다. 이어 올해 유네스코 글로벌 "
       "학습도시 네트워크에 가입했으며, 이 네트워크에는 79개국 356개 도시가 참여하고 있다.",
       (_C, 79), (_T, 356)),
    _c("ko", "next", "군은 2013년 평생학습도시가 됐고, 올해 GNLC 가입을 신청했다. 현재 전 세계 "
       "79개국 356개 도시가 가입돼 있다.", (_C, 79), (_T, 356)),
    _c("ko", "box", "□ 추진 경과\n- 2008년 교육부 평생학습도시 지정\n- 2024년 유네스코 글로벌 "
       "학습도시 네트워크(GNLC) 가입\n- GNLC 회원: 79개국 356개 도시", (_C, 79), (_T, 356)),
    _c("ko", "next", "GNLC에는 전 세계 79개국 356개 도시가 가입해 있으며, 국내에서는 56개 "
       "도시가 활동 중이다.", (_C, 79), (_T, 356), (_P, 56)),
    _c("ko", "pool", "시는 GNLC 가입을 신청했다. 국내 평생학습도시 11곳 중 시를 비롯한 3곳이 "
       "치열한 경쟁 끝에 국내 후보 도시로 선정됐다.", (_K, 11), (_K, 3)),
    _c("ko", "pool", "시는 GNLC 가입을 신청했다. 올해 3월 12개 평생학습도시 중 경쟁을 뚫고 "
       "유네스코한국위원회로부터 국내 후보도시로 3개 도시가 뽑혔다.", (_K, 12), (_K, 3)),
    _c("ko", "pool", "유네스코 학습도시 네트워크 가입에는 전국 평생학습도시 14곳이 도전했고, 이 "
       "가운데 3곳이 후보로 추천됐다.", (_K, 14), (_K, 3)),
    _c("ko", "pool", "GNLC 국내 공모에 응모한 평생학습도시 9곳 가운데 우리 군을 포함한 3곳이 "
       "후보에 올랐다.", (_K, 9), (_K, 3)),
    _n("ko", "시는 GNLC 회원이다. 전국 평생학습도시 12곳 중 5곳이 우수 평생학습도시로 "
       "선정됐다.", 12, 5),
    _n("ko", "시는 GNLC 회원이다. 올해 평생학습도시 지정 공모에는 전국 30개 지자체가 "
       "신청했다.", 30),
    _n("ko", "시는 GNLC 가입을 준비한다. 전국 평생학습도시 198곳 가운데 56곳이 GNLC에 "
       "가입해 있다.", 198),
    _n("ko", "시는 유네스코 글로벌 학습도시 네트워크에 가입했다. 한편 전국 평생학습도시는 "
       "198곳에 이른다.", 198),
    _n("ko", "GNLC 회원인 시는 전국 198개 평생학습도시가 참여하는 협의회에도 속해 있다.", 198),
    _n("ko", "시는 GNLC 회원이다. 또한 350개 도시가 참여하는 유네스코 창의도시 네트워크에도 "
       "가입했다.", 350),
    _n("ko", "GNLC 회원인 시는 평생학습 정책을 넓혀 왔다. 교육부는 올해 평생학습도시 12곳을 "
       "새로 지정했다.", 12),
    _c("ko", "while", "이로써 네트워크는 76개국 294개 도시로 늘었다. 전국 평생학습도시가 190곳을 "
       "넘어선 가운데 국내 GNLC 회원 도시는 53곳이 됐다.", (_P, 53)),
    _c("ko", "while", "유네스코 학습도시 네트워크에 대한 관심이 높아지는 가운데 국내 회원 도시는 "
       "59곳으로 늘었다.", (_P, 59)),
    _n("ko", "GNLC 회원인 구는 올해 동네 배움터 50곳을 새로 연다.", 50),
    _n("ko", "시는 GNLC 가입을 계기로 평생학습 거점 20곳을 새로 지정했다.", 20),
    _n("ko", "유네스코 학습도시 네트워크 가입에 맞춰 군내 학습마을 12곳이 새로 문을 열었다.", 12),
    _c("ko", "member states", "시는 이번 가입으로 유네스코 학습도시 네트워크의 79개 회원국, "
       "356개 회원도시와 교류하게 된다.", (_C, 79), (_T, 356)),
    Case("ko", "member states near-miss", "제5차 학습도시 국제회의는 193개 유네스코 "
         "회원국과 76개국 294개 GNLC 회원도시 대표 등 4천여 명이 참석하는 행사다.",
         ((_C, 76), (_T, 294)), (193,), False),
    _n("ko", "유네스코 회원국 194개국이 총회에 참석했다. GNLC는 79개국 356개 도시로 이뤄져 "
       "있다.", 194),
    _c("ko", "names", "시는 국제학습도시 네트워크에 가입했다. 이 네트워크에는 79개국 356개 도시가 "
       "있다.", (_C, 79), (_T, 356)),
    _c("ko", "names", "시는 UNESCO 학습도시로 선정됐다. UNESCO 학습도시는 79개국 356개 도시다.",
       (_C, 79), (_T, 356)),
    _n("ko", "시는 GNLC 회원이다. UNESCO 학습도시상 수상 도시는 올해 10곳이다.", 10),
    _c("ko", "approved", "유네스코 글로벌 학습도시 네트워크 신규 회원 발표. 올해 국내에서는 "
       "하남시, 부안군 등 3곳이 승인을 받았다.", (_N, 3)),
    _c("ko", "approved", "GNLC 신규 회원 명단이 나왔다. 전국 평생학습도시 가운데 국내 3곳이 "
       "UIL의 승인을 얻었다.", (_N, 3)),
    _c("ko", "part", "GNLC에는 전 세계 79개국 356개 도시가 가입해 있으며, 국내 평생학습도시 "
       "가운데 56곳이 회원이다.", (_C, 79), (_T, 356), (_P, 56)),
    _n("ko", "시는 GNLC 회원이다. 국내 평생학습도시 가운데 12곳이 우수 평생학습도시로 "
       "선정됐다.", 12),
    _n("ko", "시는 GNLC 회원이다. 국내 평생학습도시 가운데 30곳이 올해 협의회에 새로 "
       "가입했다.", 30),
    Case("ko", "past", "GNLC 회원 도시는 이제 전 세계 300곳 넘는다. 평생학습도시 지정 "
         "20년 만이다.", ((_T, 300),), (20,), False),
    # Japanese
    _c("ja", "members", "本市は2016年にユネスコ学習都市グローバル・ネットワークに加盟した。生涯"
       "学習都市を宣言して30年になる。日本の加盟都市は岡山市と多久市の2都市だ。", (_P, 2)),
    _c("ja", "members", "学習都市グローバル・ネットワークの加盟は世界で356都市。生涯学習宣言を"
       "した自治体は多いが、国内の加盟都市はまだ2都市にとどまる。", (_T, 356), (_P, 2)),
    _c("ja", "relative", "生涯学習都市を宣言した本市は、世界79か国356都市が参加するユネスコ"
       "学習都市グローバル・ネットワークに加わった。", (_C, 79), (_T, 356)),
    _c("ja", "relative", "生涯学習都市として歩んできた本市も、356都市が集まるユネスコ学習都市"
       "ネットワークの一員となった。", (_T, 356)),
    _c("ja", "relative", "生涯学習都市宣言から20年、市は79か国356都市で構成される学習都市"
       "グローバル・ネットワークに加盟した。", (_C, 79), (_T, 356)),
    _c("ja", "relative", "本市は生涯学習都市として、294都市が名を連ねるユネスコ学習都市"
       "グローバル・ネットワークへの加盟を果たした。", (_T, 294)),
    _c("ja", "home list", "学習都市グローバル・ネットワークについて。国内からの加盟は、"
       "2016年の岡山市と翌年の多久市（佐賀県）の2市にとどまっている。", (_P, 2)),
    _c("ja", "home list", "学習都市グローバル・ネットワークは世界に広がるが、国内で知る人は"
       "少なく、加わっているのは岡山県の岡山市、佐賀県の多久市の2市だけだ。", (_P, 2)),
    _c("ja", "home list", "学習都市グローバル・ネットワークの加盟都市は、国内では2016年に"
       "登録された岡山市と本市の2都市だけだ。", (_P, 2)),
    _c("ja", "home list", "学習都市グローバル・ネットワークについて。\nQ. 日本の加盟都市は"
       "いくつですか。\nA. 岡山市と佐賀県多久市の2都市です。", (_P, 2)),
    _n("ja", "本市は学習都市グローバル・ネットワークに加盟している。本市は岡山市、倉敷市の"
       "2市と連携協定を結んだ。", 2),
    _n("ja", "学習都市グローバル・ネットワークについて。中国では杭州市と北京市の2都市が"
       "学習都市賞を受賞した。", 2),
    _n("ja", "本市はユネスコ学習都市グローバル・ネットワークに加盟している。全国で生涯学習都市を"
       "宣言した自治体は120を超える。", 120),
    _n("ja", "本市は学習都市グローバル・ネットワークの一員である。また350都市が参加する創造都市"
       "ネットワークにも加盟した。", 350),
    # Chinese
    _c("zh", "relative", "作为学习型城市建设的先行者，我市加入了由79个国家356个城市组成的联合国"
       "教科文组织全球学习型城市网络。", (_C, 79), (_T, 356)),
    _c("zh", "relative", "我市多年推进学习型城市建设，如今成为356个城市参与的联合国教科文组织全球"
       "学习型城市网络的一员。", (_T, 356)),
    _c("zh", "relative", "我市曾获评全国学习型城市，此次加入汇聚79个国家356个城市的联合国教科文"
       "组织全球学习型城市网络。", (_C, 79), (_T, 356)),
    _c("zh", "relative", "全国学习型城市建设稳步推进，我市也加入了覆盖91个国家、425个城市的全球"
       "学习型城市网络。", (_C, 91), (_T, 425)),
    _c("zh", "relative", "作为学习型城市，本市今年正式成为拥有425个成员城市的联合国教科文组织"
       "全球学习型城市网络的一员。", (_T, 425)),
    _n("zh", "我市是联合国教科文组织全球学习型城市网络成员。全国已有120个城市开展学习型城市"
       "建设。", 120),
]  # fmt: skip
