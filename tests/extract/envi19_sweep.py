"""The envi helper's variant sweeps (session 19), English and Vietnamese first, with the
other languages where the construction exists: classes of the b17 writer batch's misses
(pages written by someone who never read the engine). Every case is read on a page whose
title names the network, dated 2025-12-12 (tests/extract/sweep.py).

- region dashes: a compound region name typed with an en or em dash, spaced or not, or a
  non-breaking hyphen ("Khu vực châu Á \u2013 Thái Bình Dương có 21 thành viên mới",
  "the Asia\u2014Pacific region", "Asie \u2013 Pacifique") is the region its hyphenated
  spelling names: the region's share of an intake, not the whole intake (read as the
  intake's 21, it was judged wrong). REGION_CASES also check the region read.
- before the news: "before this week's list", "until this year's intake", "prior to this
  month's additions", "trước danh sách tuần này", and a newcomer named alone before the
  comma ("Before Hanoi, Viet Nam had five members", "Trước Hà Nội, Việt Nam đã có 5
  thành viên") date the figure just before the text's news (Mention.earlier), as
  "before this round" did; also where the figure trails its head ("Before this week's
  list the network stood at 356"). Near-misses that stay the text's: "Before long",
  "Before joining", "Trước hết", a later clause after a semicolon.
- targets: a count a body aims, plans or strives to reach is no membership ("tỉnh phấn
  đấu có thêm 2 thành phố đăng ký tham gia", "the province aims to see two more cities
  apply", "our goal is to have three member cities"). Near-misses: the count beside a
  target in another clause, a network "which aims to" with its present count.
- a quoted sign: a panel, banner or leaflet still showing an old wording ("tấm pa-nô
  tại hội trường Hội vẫn ghi \"55 thành phố mới gia nhập, nâng tổng số lên 230\"", "the
  panel in the Association's hall still reads \"...\"") quotes the network's figures;
  the association holding the sign does not own them (Language.document_quotes).
- bounds as places on a scale: "well past 450 cities now", "just beyond 400", "above
  350", "just below 300", "pushing 450"; Vietnamese speech: "trên dưới 300" (give or
  take), "ngót 430", "tầm 400", "không dưới 400", "nhỉnh hơn 420" (b17 en read "well past
  450" as exactly 450, wrong). Near-misses: "over the past 12 months" (no unit), a size
  class "with above 1 million people", "beyond 2030".
- the country's own head: after a country's intake, "taking its total to 13", "its
  tally now stands at 13", "bringing its membership to 59" count the country's members
  (too few for the network's; read as an intake of 13 before). Near-miss: "The network
  added 72, bringing its total to 425" (the network's).
"""

from __future__ import annotations

from tests.extract.sweep import Case

T, N, CC, CA = "total_cities", "new_cities", "country_cities", "candidate_cities"


def _r(language: str, body: str, value: int, region: str | None) -> tuple[Case, str | None]:
    return Case(language, "region dashes", body, ((N, value),)), region


AP = "asia-pacific"

REGION_CASES = [
    _r("vi", "Khu vực châu Á \u2013 Thái Bình Dương có 21 thành viên mới trong đợt này.", 21, AP),
    _r("vi", "Khu vực Châu Á \u2014 Thái Bình Dương đóng góp 21 thành viên mới.", 21, AP),
    _r("vi", "Châu Á\u2013Thái Bình Dương có 21 thành viên mới.", 21, AP),
    _r("vi", "Khu vực châu Á - Thái Bình Dương có 21 thành viên mới.", 21, AP),
    _r("en", "The Asia\u2013Pacific region accounts for 21 of the new members.", 21, AP),
    _r("en", "Asia \u2013 Pacific accounts for 21 of the new members.", 21, AP),
    _r("en", "The Asia\u2011Pacific region has 21 new members.", 21, AP),
    _r("en", "Asia\u2013Pacific: 21 new members", 21, AP),
    _r("fr", "Dans la région Asie\u2013Pacifique, 21 villes ont été retenues.", 21, AP),
    _r("es", "La región Asia\u2013Pacífico aporta 21 de las nuevas ciudades.", 21, AP),
    _r("it", "La regione Asia \u2013 Pacifico conta 21 nuove città in questa tornata.", 21, AP),
    _r("pt", "A região Ásia \u2014 Pacífico tem 21 novas cidades nesta rodada.", 21, AP),
    _r("ko", "아시아\u2013태평양 지역에서는 21개 도시가 새로 가입했다.", 21, AP),
    _r("de", "Die Region Asien\u2013Pazifik stellt 21 der neuen Mitglieder.", 21, AP),
    # the share said by what the region gave ("supplied", "contributed", "sent", "góp")
    _r(
        "en",
        "The Asia\u2013Pacific region supplied 21 of the newcomers, the largest share.",
        21,
        AP,
    ),
    _r("en", "The Asia-Pacific region contributed 21 of the newcomers.", 21, AP),
    _r("en", "Africa supplied 13 of the new members.", 13, "africa"),
    _r("en", "Asia-Pacific sent 21 of the newcomers.", 21, AP),
    _r("vi", "Châu Phi góp 13 thành viên mới.", 13, "africa"),
    # near-miss: the whole intake, no region before it
    _r("en", "This round, 72 new members joined from every region.", 72, None),
    _r("vi", "Đợt này có 72 thành viên mới từ khắp các khu vực.", 72, None),
    _r("vi", "Mạng lưới có thêm 72 thành viên mới.", 72, None),
    _r("en", "The network took in 72 new members this round.", 72, None),
]

# near-miss: a verb of giving with no word of "new" places no share
GIVEN_NOT_NEW = [
    Case(
        "en", "region share near-miss", "China supplied five cities to the conference.", (), (5,)
    ),
]

# near-misses: a dash standing alone in a region's name is no word between a number and
# its unit ("Tableau 12 - Villes marocaines": a table's number, then its caption)
NUMBERED_CAPTIONS = [
    Case("fr", "region dashes near-miss",
         "Tableau 12 - Villes marocaines membres du GNLC (situation au 31 mai 2021)", (), (12,)),
    Case("fr", "region dashes near-miss", "Tableau 12 \u2013 Villes marocaines membres du GNLC",
         (), (12,)),
    Case("pt", "region dashes near-miss", "Quadro 7 - Municípios portugueses na GNLC", (), (7,)),
    Case("en", "region dashes near-miss", "Table 12 \u2013 Vietnamese member cities of the GNLC",
         (), (12,)),
    Case("vi", "region dashes near-miss", "Bảng 12 \u2013 Các thành phố thành viên của Việt Nam",
         (), (12,)),
]  # fmt: skip


def _b(language: str, body: str, earlier: bool, *expected: tuple[str, int]) -> tuple[Case, bool]:
    return Case(language, "before the news", body, expected), earlier


BEFORE_CASES = [
    _b("en", "Before this week's list the network stood at 356 cities.", True, (T, 356)),
    _b("en", "Before this week's list, the network had 356 cities.", True, (T, 356)),
    _b("en", "Until this year's intake, the network had 356 member cities.", True, (T, 356)),
    _b("en", "Prior to this week's announcement the network stood at 356 cities.", True,
       (T, 356)),
    _b("en", "Before this month's additions, Thailand had ten member cities.", True, (CC, 10)),
    _b("en", "Ahead of the latest round, the network counted 356 members.", True, (T, 356)),
    _b("en", "Before Hanoi, Viet Nam had five members.", True, (CC, 5)),
    _b("en", "Before Ho Chi Minh City, Viet Nam had four members.", True, (CC, 4)),
    _b("vi", "Trước Hà Nội, Việt Nam đã có 5 thành viên: Sa Đéc, Vinh, Cao Lãnh, TP Hồ Chí "
       "Minh và Sơn La.", True, (CC, 5)),
    _b("vi", "Trước TP Hồ Chí Minh, cả nước có 3 thành phố thành viên.", True, (CC, 3)),
    _b("vi", "Trước danh sách tuần này, mạng lưới có 356 thành viên.", True, (T, 356)),
    _b("vi", "Trước khi Hà Nội được kết nạp, Việt Nam có 5 thành phố thành viên.", True,
       (CC, 5)),
    # near-misses: of the text's day
    _b("en", "Before joining, Hanoi studied the network's 425 members.", False, (T, 425)),
    _b("en", "This week's list brings the network to 425 members.", False, (T, 425)),
    _b("en", "Before 2020 came the pilots; today Viet Nam has six members.", False, (CC, 6)),
    _b("vi", "Trước hết, Việt Nam hiện có 6 thành viên.", False, (CC, 6)),
    _b("vi", "Hà Nội gia nhập tuần này; Việt Nam hiện có 6 thành viên.", False, (CC, 6)),
]  # fmt: skip


def _t(language: str, body: str, *absent: int) -> Case:
    return Case(language, "targets", body, (), absent)


def _kept(language: str, body: str, *expected: tuple[str, int]) -> Case:
    return Case(language, "targets near-miss", body, expected)


TARGETS = [
    _t("vi", "Tỉnh phấn đấu có thêm 2 thành phố đăng ký tham gia mạng lưới của UNESCO trước "
       "năm 2025.", 2),
    _t("vi", "Tỉnh đặt mục tiêu có thêm 2 thành phố gia nhập mạng lưới.", 2),
    _t("vi", "Thành phố hướng tới có 3 phường đạt chuẩn trước khi nộp hồ sơ vào mạng lưới.", 3),
    _t("vi", "Kế hoạch đạt 2 thành phố thành viên của mạng lưới vào năm 2030.", 2),
    _t("en", "The province aims to see two more cities apply to join the network by 2025.", 2),
    _t("en", "Our goal is to have three member cities in the network by 2030.", 3),
    _t("en", "The ministry plans to add two more cities to the network's list of applicants.",
       2),
    _t("en", "The county hopes to get two cities into the network before 2027.", 2),
    _t("en", "The target is to see four more towns join the network this decade.", 4),
    _kept("vi", "Việt Nam hiện có 6 thành phố thành viên; tỉnh phấn đấu để Vinh giữ vững danh "
          "hiệu.", (CC, 6)),
    _kept("en", "Ireland now has five member cities, and Cork aims to host the next "
          "conference.", (CC, 5)),
]  # fmt: skip


def _q(language: str, body: str, *expected: tuple[str, int]) -> Case:
    return Case(language, "a quoted sign", body, expected)


QUOTED_SIGNS = [
    _q("vi", 'Tấm pa-nô giới thiệu đặt tại hội trường Hội vẫn ghi "55 thành phố mới gia nhập, '
       'nâng tổng số lên 230".', (N, 55), (T, 230)),
    _q("vi", "Tờ rơi của Hội vẫn in dòng chữ \u201cmạng lưới gồm 230 thành phố\u201d.", (T, 230)),
    _q("vi", 'Biển giới thiệu ở trụ sở Hội còn ghi "Việt Nam có 2 thành phố thành viên".',
       (CC, 2)),
    _q("vi", 'Tấm pa-nô vẫn ghi "55 thành phố mới gia nhập, nâng tổng số lên 230".', (N, 55),
       (T, 230)),
    _q("en", "The panel in the Association's hall still reads \"55 new cities joined, "
       "bringing the total to 230\".", (N, 55), (T, 230)),
    _q("en", "A banner at the club still reads \u201c230 learning cities worldwide\u201d.",
       (T, 230)),
    # near-miss: the association's own members, said without a sign
    Case("vi", "a quoted sign near-miss", 'Bản tin của câu lạc bộ vẫn ghi "120 hội viên".', (),
         (120,)),
]  # fmt: skip


def _bound(language: str, body: str, value: int, qualifier: str) -> tuple[Case, str]:
    return Case(language, "bounds", body, ((T, value),)), qualifier


BOUNDS = [
    _bound("en", "It is well past 450 cities now, so there is room for us next time.", 450,
           "more_than"),
    _bound("en", "The network is just beyond 400 members.", 400, "more_than"),
    _bound("en", "The GNLC counts above 350 member cities.", 350, "more_than"),
    _bound("en", "The network has just below 300 members.", 300, "nearly"),
    _bound("en", "The network is pushing 450 cities.", 450, "nearly"),
    _bound("en", "The network has a touch over 420 members.", 420, "more_than"),
    _bound("vi", "Mạng lưới có trên dưới 300 thành phố.", 300, "about"),
    _bound("vi", "Mạng lưới hiện có ngót 430 thành viên.", 430, "nearly"),
    _bound("vi", "Mạng lưới có tầm 400 thành phố thành viên.", 400, "about"),
    _bound("vi", "Mạng lưới có không dưới 400 thành viên.", 400, "at_least"),
    _bound("vi", "Mạng lưới có nhỉnh hơn 420 thành viên.", 420, "more_than"),
    # near-misses: no unit after the bound's word, or a size class
    _bound("en", "Over the past 12 months, the network reached 425 members.", 425, "exact"),
    _bound("en", "Learning cities with above 1 million people are common; the network has 425 "
           "members.", 425, "exact"),
    _bound("en", "Beyond 2030, the network hopes for more; it has 425 members.", 425, "exact"),
]  # fmt: skip

OWN_HEADS = [
    Case("en", "own head", "Thailand added three, taking its total to 13.", ((CC, 13),)),
    Case("en", "own head", "Thailand added three cities; its tally now stands at 13.",
         ((CC, 13),)),
    Case("en", "own head", "Thailand added three new members, bringing its total to 13.",
         ((N, 3), (CC, 13))),
    Case("en", "own head", "Korea added three more, bringing its membership to 59.",
         ((N, 3), (CC, 59))),
    Case("en", "own head near-miss", "The network added 72, bringing its total to 425.",
         ((T, 425),)),
    # a country that "có thêm" (gains) cities: its intake, not its count
    Case("vi", "own head near-miss", "Năm 2024, Việt Nam có thêm hai thành phố gia nhập mạng "
         "lưới.", ((N, 2),)),
]  # fmt: skip

CASES = [
    *(c for c, _ in REGION_CASES),
    *NUMBERED_CAPTIONS,
    *GIVEN_NOT_NEW,
    *(c for c, _ in BEFORE_CASES),
    *TARGETS,
    *QUOTED_SIGNS,
    *(c for c, _ in BOUNDS),
    *OWN_HEADS,
]
