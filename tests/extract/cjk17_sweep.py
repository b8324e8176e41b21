"""Variant sweeps of the classes the s17 cjk helper's new Korean, Japanese and Chinese dev
pages lost (tests/eval/pages/*/dev/s17-*), each written in the languages where the
construction exists, with near-misses that must stay unread. Cases use the one runner's
Case (tests/extract/sweep.py); the titled ones are read on a page titled with the
network's name, the others as plain text with no title (as releases are scraped).

Rules:

- local-government: the nouns a wire or a ministry gives local governments count cities
  ("국내 3개 기초자치단체가 새로 가입했다", "3개 기초단체", "시·군", "72の自治体",
  "3市区町村"); near-misses: the national scheme's share of all local governments, the
  provinces (광역자치단체), a fair the local governments take part in;
- bare-members: the members or the countries named before a bare count that a verb's
  particle follows ("参加国は７６に広がり", "加盟国数は91に達した", "韓国は加盟都市が59に
  のぼり"); near-misses: UNESCO's member states, a day or a period after "加盟都市が";
- kana-first: 初めて written in kana, as blogs and newsletters do ("今回はじめて加盟都市を
  出した国が13か国", "国内ではじめて加盟した"); near-misses: the first time of a publishing;
- attended-event: a count of cities in a relative clause of taking part that an event
  closes is the event's attendance, not the network's ("회원 도시 30곳이 참가하는 정책
  세미나", "30都市が参加する国際フォーラム", "30个成员城市参加的论坛"); the network closing
  the clause keeps its members ("79개국 356개 도시가 참여하는 GNLC", "356都市が参加する
  ネットワーク", "由91个国家425个城市参与的网络").
- operator: the learning-city network named by the institute that runs it ("유네스코
  평생학습원(UIL)이 운영하는 학습도시 네트워크", "UIL이 운영하는", "ユネスコ生涯学習研究所が
  運営する", "终身学习研究所负责协调的"), plain text with no title; near-misses: a network the
  ministry or the national institute runs, a bare "학습도시 네트워크";
- places: a place a Korean city counts with 곳 right before its count is not a city
  ("경로당 30곳을 찾아가는", "행정복지센터 22곳에", "지역 기업 40곳이"); the network's counts
  with 곳 keep their reading;
- national-pool: a part of the national scheme's cities ("국내 평생학습도시 가운데 56곳이
  회원이다") after a sentence of joining is Korea's members, not a part of that joining;
  near-misses: the scheme's own awards and councils;
- topic-members: a country's members as the topic that opens the sentence ("南韓的成員
  更多, 連同最新一批在內, 已有53個城市加入") own the count of its last clause, which a word of
  "so far" opens (as "韓國是成員最多的國家, 已有…" did); Korean 이미 (already) says all so
  far ("한국은 회원 도시가 더 많아, 이미 59곳이 가입했다"); near-misses: this round's count
  ("本轮又有3个城市加入"), another country named since;
- means-between: Japanese members, then the time or the means of their change, then a bare
  count a verb of reaching follows ("加盟都市数は、昨年12月の承認で425となった", "加盟都市は
  2024年2月の発表で356に達した": dated by that time); near-misses: the members' own doings;
- hearsay-question: a figure repeated as hearsay in a sentence that ends as a question is
  asked about, not stated ("听说网络已有400多个城市, 是真的吗?", "400都市あると聞きましたが、
  本当ですか?", "400곳이 넘는다는데 사실인가요?"); kept: hearsay told as a statement, a
  question without hearsay, hearsay in another sentence.
"""

from __future__ import annotations

from tests.extract.sweep import Case

_T = "total_cities"
_C = "total_countries"
_N = "new_cities"
_K = "candidate_cities"
_P = "country_cities"
_F = "first_time_countries"


def _c(language: str, rule: str, body: str, *expected: tuple[str, int]) -> Case:
    return Case(language, rule, body, expected)


def _n(language: str, rule: str, body: str, *absent: int) -> Case:
    return Case(language, rule, body, (), absent)


_LOCAL_GOVERNMENT = [
    _c(
        "ko",
        "local-government",
        "경북 안동시와 서울 도봉구, 충북 진천군 등 국내 3개 기초자치단체가 GNLC에 새로 가입했다.",
        (_N, 3),
    ),
    _c("ko", "local-government", "국내 3개 기초단체가 GNLC에 새로 가입했다.", (_N, 3)),
    _c(
        "ko",
        "local-government",
        "이번에 3개 자치단체가 새로 가입해 국내 회원은 59곳이 됐다.",
        (_N, 3),
        (_P, 59),
    ),
    _c(
        "ko",
        "local-government",
        "국내에서는 59개 기초자치단체가 GNLC 회원으로 활동하고 있다.",
        (_P, 59),
    ),
    _c("ko", "local-government", "올해는 국내 기초지자체 12곳이 가입을 신청했다.", (_K, 12)),
    _c("ko", "local-government", "올해 GNLC에는 국내 3개 시·군이 새로 가입했다.", (_N, 3)),
    _c(
        "ko",
        "local-government",
        "국내 3개 기초지방자치단체가 유네스코 학습도시로 새로 선정됐다.",
        (_N, 3),
    ),
    _c("ja", "local-government", "国内の3市区町村が新たにGNLCに加盟した。", (_N, 3)),
    _c("ja", "local-government", "新たに72の自治体がGNLCに加盟した。", (_N, 72)),
    _n(
        "ko",
        "local-government",
        "전국 226개 기초자치단체 가운데 201곳이 평생학습도시로 지정돼 있다.",
        226,
        201,
    ),
    _n("ko", "local-government", "전국 17개 광역자치단체가 평생교육진흥원을 두고 있다.", 17),
    _n(
        "ko",
        "local-government",
        "전국 226개 기초자치단체가 참여하는 평생학습박람회가 열렸다.",
        226,
    ),
    _n("ko", "local-government", "평생학습도시는 전국 기초자치단체의 87%인 201곳이다.", 201),
]

_BARE_MEMBERS = [
    _c("ja", "bare-members", "加盟都市は２９４、参加国は７６に広がった。", (_T, 294), (_C, 76)),
    _c("ja", "bare-members", "加盟国は91に達した。", (_C, 91)),
    _c("ja", "bare-members", "加盟国数は91に達した。", (_C, 91)),
    _c("ja", "bare-members", "参加国は91に広がった。", (_C, 91)),
    _c("ja", "bare-members", "加盟都市が425に増え、加盟国は91となった。", (_T, 425), (_C, 91)),
    _c(
        "ja",
        "bare-members",
        "一方、お隣の韓国は加盟都市が59にのぼり、国別では最も多い。",
        (_P, 59),
    ),
    _c("ja", "bare-members", "韓国は加盟都市が59を数える。", (_P, 59)),
    _c("ja", "bare-members", "加盟国は91か国に達した。", (_C, 91)),
    _n("ja", "bare-members", "ユネスコの加盟国は194に上る。", 194),
    _n("ja", "bare-members", "ユネスコ加盟国は194に上る。", 194),
    _n("ja", "bare-members", "加盟都市が10日に総会を開いた。", 10),
    _n("ja", "bare-members", "加盟都市が3年ごとに報告を出す。", 3),
]

_KANA_FIRST = [
    _c("ja", "kana-first", "今回はじめて加盟都市を出した国が13か国あった。", (_F, 13)),
    _c("ja", "kana-first", "今回はじめて加盟した国は13か国にのぼる。", (_F, 13)),
    _c("ja", "kana-first", "今回初めて加盟都市を出した国が13か国あった。", (_F, 13)),
    _c("ja", "kana-first", "はじめて加盟都市が誕生した国は13か国だった。", (_F, 13)),
    _c("ja", "kana-first", "岡山市は国内ではじめてGNLCに加盟した。", (_P, 1)),
    _c("ja", "kana-first", "72都市のうち、はじめて加盟国となった国は13か国。", (_F, 13)),
    _n("ja", "kana-first", "はじめて会議に参加した都市は30都市だった。", 30),
    Case(
        "ja",
        "kana-first",
        "UILがはじめて集計を公表した2016年8月には28か国だった。",
        ((_C, 28),),
        (),
        "2016-08",
    ),
]

_ATTENDED_EVENT = [
    _n("ko", "attended-event", "올가을 회원 도시 30곳이 참가하는 정책 세미나가 열린다.", 30),
    _n("ko", "attended-event", "전국 226개 도시가 참여하는 평생학습 박람회가 열렸다.", 226),
    _n("ko", "attended-event", "12개국 30개 도시가 참석한 국제 포럼이 막을 내렸다.", 12, 30),
    _n("ko", "attended-event", "회원 도시 40곳이 참가한 학습도시 축제가 열렸다.", 40),
    _c(
        "ko",
        "attended-event",
        "양구군이 91개국 425개 도시가 활동하는 유네스코 글로벌 학습도시 네트워크(GNLC)의 "
        "정식 회원이 됐다.",
        (_C, 91),
        (_T, 425),
    ),
    _c(
        "ko",
        "attended-event",
        "79개국 356개 도시가 참여하는 GNLC에 합류했다.",
        (_C, 79),
        (_T, 356),
    ),
    _c(
        "ko",
        "attended-event",
        "구는 356개 도시가 참여하는 네트워크의 회원으로서 국제 세미나에 참가한다.",
        (_T, 356),
    ),
    _n("ja", "attended-event", "加盟都市30都市が参加する国際フォーラムが開かれた。", 30),
    _n("ja", "attended-event", "全国226の自治体が参加する生涯学習フェスティバルが開かれた。", 226),
    _c(
        "ja",
        "attended-event",
        "世界79か国356都市が参加するネットワークに加盟した。",
        (_C, 79),
        (_T, 356),
    ),
    _n("zh", "attended-event", "来自30个成员城市参加的国际论坛在杭州开幕。", 30),
    _n("zh", "attended-event", "有30个成员城市参加的论坛在杭州开幕。", 30),
    _n("zh", "attended-event", "全国226个城市参与的终身学习博览会开幕。", 226),
    _c("zh", "attended-event", "由91个国家425个城市参与的网络不断扩大。", (_C, 91), (_T, 425)),
    _c("zh", "attended-event", "汇聚79个国家356个城市的网络召开会议。", (_C, 79), (_T, 356)),
]


def _plain(
    language: str,
    rule: str,
    body: str,
    expected: tuple[tuple[str, int], ...],
    absent: tuple[int, ...] = (),
) -> Case:
    return Case(language, rule, body, expected, absent, titled=False)


_OPERATOR = [
    _plain(
        "ko",
        "operator",
        "유네스코 평생학습원(UIL)이 운영하는 학습도시 네트워크에는 현재 "
        "91개국 425개 도시가 가입해 있다.",
        ((_C, 91), (_T, 425)),
    ),
    _plain(
        "ko",
        "operator",
        "유네스코 평생학습원이 운영하는 학습도시 네트워크에는 현재 91개국 "
        "425개 도시가 가입해 있다.",
        ((_C, 91), (_T, 425)),
    ),
    _plain(
        "ko",
        "operator",
        "UIL이 운영하는 학습도시 네트워크에는 현재 91개국 425개 도시가 가입해 있다.",
        ((_C, 91), (_T, 425)),
    ),
    _plain(
        "ko",
        "operator",
        "유네스코가 운영하는 학습도시 네트워크에는 현재 425개 도시가 가입해 있다.",
        ((_T, 425),),
    ),
    _plain(
        "ko",
        "operator",
        "유네스코 평생학습원이 주관하는 국제 학습도시 네트워크의 회원은 91개국 425개 도시다.",
        ((_C, 91), (_T, 425)),
    ),
    _plain(
        "ja",
        "operator",
        "ユネスコ生涯学習研究所（UIL）が運営する学習都市ネットワークには、"
        "現在91か国425都市が加盟している。",
        ((_C, 91), (_T, 425)),
    ),
    _plain(
        "zh",
        "operator",
        "由联合国教科文组织终身学习研究所管理的学习型城市网络目前有91个国家的425个城市。",
        ((_C, 91), (_T, 425)),
    ),
    _plain(
        "ko",
        "operator",
        "본 연구는 유네스코 평생학습연구소의 학습도시 네트워크를 분석하였다. 회원 도시는 76개국 "
        "294개이다.",
        ((_C, 76), (_T, 294)),
    ),
    _plain(
        "ko",
        "operator",
        "UIL의 학습도시 네트워크에는 294개 도시가 가입해 있다.",
        ((_T, 294),),
    ),
    _plain(
        "ko",
        "operator",
        "국가평생교육진흥원의 학습도시 네트워크에는 195개 도시가 가입해 있다.",
        (),
        (195,),
    ),
    _plain(
        "ko",
        "operator",
        "교육부가 운영하는 학습도시 네트워크에는 현재 195개 도시가 참여하고 있다.",
        (),
        (195,),
    ),
    _plain(
        "ko",
        "operator",
        "국가평생교육진흥원이 운영하는 학습도시 네트워크에는 195개 도시가 가입해 있다.",
        (),
        (195,),
    ),
    _plain("ko", "operator", "학습도시 네트워크에는 현재 195개 도시가 가입해 있다.", (), (195,)),
]

_PLACES = [
    _n("ko", "places", "경로당 30곳을 찾아가는 디지털 교실도 운영한다.", 30),
    _n("ko", "places", "올해 행정복지센터 22곳에 학습 코너가 생긴다.", 22),
    _n("ko", "places", "지역 기업 40곳이 후원에 참여했다.", 40),
    _n("ko", "places", "어린이집 12곳과 유치원 5곳이 참여했다.", 12, 5),
    _n("ko", "places", "시는 복지관 5곳과 협약을 맺었다.", 5),
    _n("ko", "places", "작은도서관 18곳이 새로 문을 열었다.", 18),
    _n("ko", "places", "동네 서점 6곳이 시민 강좌를 새로 연다.", 6),
    _n("ko", "places", "관내 박물관 4곳이 새로 학습 프로그램에 참여했다.", 4),
    _c("ko", "places", "올해 GNLC에 국내 3곳이 새로 가입했다.", (_N, 3)),
    _c("ko", "places", "국내 회원 도시는 59곳이다.", (_P, 59)),
    _c(
        "ko",
        "places",
        "시는 유네스코 학습도시 센터를 열었다. 국내 회원 도시는 59곳이다.",
        (_P, 59),
    ),
    _c(
        "ko",
        "places",
        "평생학습센터에서 열린 설명회에서 시는 GNLC에 국내 3곳이 새로 가입했다고 밝혔다.",
        (_N, 3),
    ),
    _c("ko", "places", "아시아·태평양 지역에서는 21곳이 새로 가입했다.", (_N, 21)),
]

_NATIONAL_POOL = [
    _plain(
        "ko",
        "national-pool",
        "시는 GNLC에 가입했다. 국내 평생학습도시 가운데 56곳이 회원이다.",
        ((_P, 56),),
    ),
    _plain(
        "ko",
        "national-pool",
        "시는 GNLC에 가입했다. 국내 평생학습도시 가운데 56곳이 GNLC 회원이다.",
        ((_P, 56),),
    ),
    _plain(
        "ko",
        "national-pool",
        "시는 GNLC에 가입했다. 국내 평생학습도시 가운데 56곳이 GNLC에 가입해 있다.",
        ((_P, 56),),
    ),
    _plain(
        "ko",
        "national-pool",
        "시는 2019년 유네스코 학습도시 네트워크에 가입했다. 전국 "
        "평생학습도시 201곳 가운데 59곳이 GNLC에 가입해 있다.",
        ((_P, 59),),
        (201,),
    ),
    _plain(
        "ko",
        "national-pool",
        "시는 2019년 유네스코 학습도시 네트워크에 가입했다. 한편 전국 "
        "평생학습도시는 201곳이며 이 가운데 59곳이 유네스코 학습도시다.",
        ((_P, 59),),
        (201,),
    ),
    _plain(
        "ko",
        "national-pool",
        "시는 GNLC에 가입했다. 국내 평생학습도시 가운데 3곳이 올해 GNLC에 새로 가입했다.",
        ((_N, 3),),
    ),
    _plain(
        "ko",
        "national-pool",
        "시는 GNLC 회원이다. 국내 평생학습도시 가운데 12곳이 우수 평생학습도시로 선정됐다.",
        (),
        (12,),
    ),
    _plain(
        "ko",
        "national-pool",
        "시는 GNLC 회원이다. 국내 평생학습도시 가운데 30곳이 올해 협의회에 새로 가입했다.",
        (),
        (30,),
    ),
]

_TOPIC_MEMBERS = [
    _c("zh", "topic-members", "南韓的成員更多，連同最新一批在內，已有53個城市加入。", (_P, 53)),
    _c("zh", "topic-members", "韩国的成员更多，已有53个城市加入。", (_P, 53)),
    _c(
        "zh",
        "topic-members",
        "內地方面，北京、上海、杭州、成都等城市早已是成員；南韓的成員更多，"
        "連同最新一批在內，已有53個城市加入。",
        (_P, 53),
    ),
    _c("zh", "topic-members", "韩国的成员城市最多，目前已有59个城市加入。", (_P, 59)),
    _c("zh", "topic-members", "中国的成员城市不少，已有15个城市加入。", (_P, 15)),
    _c("zh", "topic-members", "韓國的會員城市最多，已有59個城市加入。", (_P, 59)),
    _c("zh", "topic-members", "韩国的会员更多，包括本轮在内已有59个城市加入。", (_P, 59)),
    _c("zh", "topic-members", "韩国是成员最多的国家，已有59个城市加入。", (_P, 59)),
    _c(
        "ja", "topic-members", "韓国の加盟都市はさらに多く、すでに59都市が加盟している。", (_P, 59)
    ),
    _c("ko", "topic-members", "한국은 회원 도시가 더 많아, 이미 59곳이 가입했다.", (_P, 59)),
    _c("ko", "topic-members", "한국의 회원 도시는 더 많아, 이미 59곳이 가입해 있다.", (_P, 59)),
    _c("zh", "topic-members", "韩国的成员更多，本轮又有3个城市加入。", (_N, 3)),
    _c("zh", "topic-members", "韩国的成员更多，而日本只有2个城市加入。", (_P, 2)),
    _c("ko", "topic-members", "올해 국내 3곳이 새로 가입했다.", (_N, 3)),
]

_MEANS_BETWEEN = [
    Case(
        "ja",
        "means-between",
        "加盟都市数は、昨年12月の承認で425となった。",
        ((_T, 425),),
        (),
        "2024-12",
    ),
    _c("ja", "means-between", "加盟都市は、今回の承認により425に増えた。", (_T, 425)),
    Case(
        "ja",
        "means-between",
        "加盟都市は2024年2月の発表で356に達した。",
        ((_T, 356),),
        (),
        "2024-02",
    ),
    Case("ja", "means-between", "加盟都市は2月の発表で356に達した。", ((_T, 356),), (), "2025-02"),
    _c("ja", "means-between", "加盟都市は今回の追加で425都市となった。", (_T, 425)),
    _c("ja", "means-between", "加盟都市は今回の新規承認を経て425にのぼった。", (_T, 425)),
    _c("ja", "means-between", "加盟都市は425に増えた。", (_T, 425)),
    _n("ja", "means-between", "加盟都市は、昨年12月の会議で30を超える事例を報告した。", 30),
    _n("ja", "means-between", "加盟都市は、総会で12の提言をまとめた。", 12),
    _n("ja", "means-between", "加盟都市は、2025年12月の総会で10日に集まった。", 10),
]

_HEARSAY = [
    _n("zh", "hearsay-question", "问七：听说网络已有400多个城市，是真的吗？", 400),
    _n("zh", "hearsay-question", "聽說網絡已有400多個城市，是真的嗎？", 400),
    _n("zh", "hearsay-question", "据说成员城市超过500个，这个说法准确吗？", 500),
    _n("ja", "hearsay-question", "加盟都市は400都市あると聞きましたが、本当ですか？", 400),
    _n("ja", "hearsay-question", "加盟都市が500を超えたという話は本当でしょうか？", 500),
    _n("ko", "hearsay-question", "회원 도시가 400곳이 넘는다는데 사실인가요?", 400),
    _n("ko", "hearsay-question", "GNLC 회원 도시가 500곳이라고 들었는데 맞나요?", 500),
    _c("zh", "hearsay-question", "网络已有425个城市，是真的吗？", (_T, 425)),
    _c("zh", "hearsay-question", "据说网络已有425个城市。目前网络有425个城市吗？", (_T, 425)),
    _c(
        "ko",
        "hearsay-question",
        "회원 도시는 425곳이 넘는다는데, 국내는 59곳이다.",
        (_T, 425),
        (_P, 59),
    ),
    _c("ja", "hearsay-question", "加盟都市は425都市です。", (_T, 425)),
]

CASES = [
    *_LOCAL_GOVERNMENT,
    *_BARE_MEMBERS,
    *_KANA_FIRST,
    *_ATTENDED_EVENT,
    *_OPERATOR,
    *_PLACES,
    *_NATIONAL_POOL,
    *_TOPIC_MEMBERS,
    *_MEANS_BETWEEN,
    *_HEARSAY,
]
