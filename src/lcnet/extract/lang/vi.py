"""Vietnamese.

Nouns do not change for the plural, adjectives follow the noun ("thành phố mới", new
cities), ordinals follow it too ("thành phố thứ sáu", the sixth city), and "1.000" is a
thousand while "1,5 triệu" is one and a half million.
"""

from __future__ import annotations

from fractions import Fraction

from lcnet.extract.lang import Correction, Language, Role, Unit, Zeros
from lcnet.extract.lang.places_eu import VI as _CLDR_COUNTRIES
from lcnet.model import Qualifier as Q

_DIGITS = {
    "không": 0,
    "một": 1,
    "mốt": 1,  # "hai mươi mốt", 21
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,  # "hai mươi tư", 24
    "năm": 5,
    "lăm": 5,  # "mười lăm", 15
    "nhăm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}

_COUNTRIES = {
    **_CLDR_COUNTRIES,  # every country, as the CLDR names it; the short forms news uses:
    "việt nam": "VN",
    "nước ta": "VN",  # "our country": a Vietnamese text's own
    "cả nước": "VN",  # "thành phố thứ 7 của cả nước": the whole country
    "trung quốc": "CN",
    "hàn quốc": "KR",
    "nhật bản": "JP",
    "thái lan": "TH",
    "lào": "LA",
    "campuchia": "KH",
    "indonesia": "ID",
    "malaysia": "MY",
    "philippines": "PH",
    "ấn độ": "IN",
    "mông cổ": "MN",
    "iran": "IR",
    "iraq": "IQ",
    "thổ nhĩ kỳ": "TR",
    "úc": "AU",
    "ai cập": "EG",
    "maroc": "MA",
    "ả rập xê út": "SA",
    "hy lạp": "GR",
    "nước đức": "DE",
    "nước pháp": "FR",
    "tây ban nha": "ES",
    "bồ đào nha": "PT",
    "nước ý": "IT",
    "vương quốc anh": "GB",
    "phần lan": "FI",
    "ukraine": "UA",
    "hoa kỳ": "US",
    "nước mỹ": "US",
    "canada": "CA",
    "mexico": "MX",
    "colombia": "CO",
    "brazil": "BR",
    "chile": "CL",
}


def _with_khu_vuc(regions: dict[str, str]) -> dict[str, str]:
    """ "khu vực châu Phi": the region named with its word for "region"."""
    return {**regions, **{f"khu vực {k}": v for k, v in regions.items() if "khu vực" not in k}}


LANGUAGE = Language(
    code="vi",
    # lcnet.extract.hypothetical: a figure denied
    answer_no=("không",),
    denial_words=("không phải",),
    doubt_questions=(
        "có đúng không",
        "đúng không",
        "có phải vậy không",
        "có phải không",
        "đúng chưa",
        "con số nào đúng",
        "dùng con số nào",
    ),
    rejection_words=("nhầm", "sai", "không đúng", "không chính xác"),
    # lcnet.extract.historic: the next sentence says what the figure was
    that_figure="đó (?:là|chính là) (?:con số|số liệu)|con số (?:đó|này) là",
    # lcnet.extract.elliptic: totals stated by a noun of counting, answers
    stated_nouns=(
        "(?:con số|tổng số)(?: (?:chính xác|đúng|hiện nay|hiện tại|khi đó))? (?:là|lên|đạt)"
    ),
    stated_keys=("tổng số", "con số"),
    # lcnet.extract.corrected: the figures a correction set ("sau đó được đính chính thành
    # 54", "điều chỉnh lại còn 54 và 229")
    correction=Correction(
        words=r"(?:đính chính|điều chỉnh|hiệu chỉnh|sửa)",
        links=r"(?:thành|còn|xuống|là)",
        starts=("đính chính", "điều chỉnh", "hiệu chỉnh", "sửa"),
        conjunctions=r"và",
    ),
    stopwords=frozenset(
        [
            "của",
            "và",
            "các",
            "những",
            "được",
            "là",
            "có",
            "này",
            "trong",
            "với",
            "cho",
            "đã",
            "một",
        ]
    ),
    number_words=_DIGITS,
    multipliers={"mươi": 10, "trăm": 100},
    scales={"nghìn": 1_000, "ngàn": 1_000, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9},
    fractions={"nửa": Fraction(1, 2)},
    number_joiners=("linh", "lẻ"),
    decimal_mark=",",
    marks=("mốc", "cột mốc", "ngưỡng"),
    plural_nouns=False,
    ordinals={
        "đầu tiên": 1,
        "thứ nhất": 1,
        "thứ hai": 2,
        "thứ ba": 3,
        "thứ tư": 4,
        "thứ năm": 5,
        "thứ sáu": 6,
        "thứ bảy": 7,
        "thứ tám": 8,
        "thứ chín": 9,
        "thứ mười": 10,
    },
    ordinal_digits=r"thứ (?P<n>\d{1,3})",
    # "Hà Nội là thành phố thứ sáu": after a member's name, the noun with its verb
    # (lcnet.extract.ranks); "của Việt Nam" names its country, the others end its clause
    bare_rank_verbs=(
        "là thành phố",
        "là thành viên",
        "là đô thị",
        "trở thành thành phố",
        "trở thành thành viên",
    ),
    rank_ends=("của", "trong", "gia nhập", "tham gia", "được công nhận", "ở việt nam"),
    ordinal_after_unit=True,
    qualifiers={
        "hơn": Q.MORE_THAN,
        "trên": Q.MORE_THAN,
        # "trải trên 91 nước": spread over them, no bound (the verb's preposition)
        "trải trên": Q.EXACT,
        "trải rộng trên": Q.EXACT,
        "trải khắp": Q.EXACT,
        "rải khắp": Q.EXACT,
        "vượt": Q.MORE_THAN,  # a verb of passing: "đã vượt (mốc) 350 thành phố"
        "vượt qua": Q.MORE_THAN,
        "vượt qua con số": Q.MORE_THAN,  # "the figure of": no threshold by itself
        "vượt con số": Q.MORE_THAN,
        "ít nhất": Q.AT_LEAST,
        "tối thiểu": Q.AT_LEAST,
        "khoảng": Q.ABOUT,
        "chừng": Q.ABOUT,
        "xấp xỉ": Q.ABOUT,
        "ước tính": Q.ABOUT,
        "gần": Q.NEARLY,
        "gần như": Q.NEARLY,
        "dưới": Q.FEWER_THAN,
        "chưa đến": Q.FEWER_THAN,
        "chưa tới": Q.FEWER_THAN,
        "không quá": Q.AT_MOST,
        "tối đa": Q.AT_MOST,
        # what speakers and local papers say: "trên dưới 300 thành phố" (give or take),
        # "ngót 300", "tầm 300", "nhỉnh hơn 350", "không dưới 350"
        **dict.fromkeys(("trên dưới", "tầm", "cỡ", "khoảng chừng", "chừng khoảng"), Q.ABOUT),
        **dict.fromkeys(("ngót", "ngót nghét", "gần tới", "gần đến", "suýt soát"), Q.NEARLY),
        **dict.fromkeys(("nhỉnh hơn", "hơn hẳn", "vượt ngưỡng", "vượt mức"), Q.MORE_THAN),
        **dict.fromkeys(("không dưới", "không ít hơn", "ít ra"), Q.AT_LEAST),
    },
    qualifiers_after={},
    other_before=(),
    unit_linkers=(),
    units={
        "thành phố": Unit.CITY,
        "đô thị": Unit.CITY,
        "địa phương": Unit.CITY,
        "thành viên": Unit.MEMBER,
        "đại diện": Unit.MEMBER,  # "hai đại diện của Việt Nam": two of its cities
        "quốc gia và vùng lãnh thổ": Unit.COUNTRY,
        "quốc gia": Unit.COUNTRY,
        "nước": Unit.COUNTRY,
        "công dân": Unit.CITIZEN,
        "người dân": Unit.CITIZEN,
        "cư dân": Unit.CITIZEN,
        "dân": Unit.CITIZEN,  # "500 triệu dân"
        "người": Unit.CITIZEN,
        "thủ đô": Unit.CAPITAL,
    },
    singular_units={
        "thành phố": Unit.CITY,
        "thành viên": Unit.MEMBER,
        "quốc gia": Unit.COUNTRY,
    },
    modifiers_before={},
    modifiers_after={
        "thành viên": Role.MEMBER,
        "học tập toàn cầu": Role.LEARNING,
        "học tập": Role.LEARNING,
        "toàn cầu": Role.PLAIN,
        "mới": Role.NEW,
        "khác": Role.OTHER,
        "trên thế giới": Role.PLAIN,
        "trên toàn thế giới": Role.PLAIN,
        "của unesco": Role.PLAIN,
        "lần đầu tiên": Role.FIRST_TIME,
        "đầu tiên": Role.PLAIN,  # "hai thành phố đầu tiên của Việt Nam": the first two
        "này": Role.PLAIN,  # "Hai thành phố này của Việt Nam": these two, the country after
    },
    demonyms=_COUNTRIES,  # "6 thành phố Việt Nam": the name follows the noun
    country_names=_COUNTRIES,
    regions=_with_khu_vuc(
        {
            "châu phi": "africa",
            "khu vực ả rập": "arab-states",
            "các quốc gia ả rập": "arab-states",
            "châu á - thái bình dương": "asia-pacific",
            "châu á-thái bình dương": "asia-pacific",
            "châu á thái bình dương": "asia-pacific",
            "châu âu và bắc mỹ": "europe-north-america",
            "châu âu": "europe-north-america",
            "mỹ latinh và caribe": "latin-america-caribbean",
            "mỹ latinh": "latin-america-caribbean",
        }
    ),
    # "trải rộng trên 76 quốc gia", "phân bố trên", "có mặt trên": spread over, a
    # preposition (the last word of the verb before "trên"), not "more than"
    qualifier_blockers=("rộng", "dài", "bố", "diện", "mặt", "khắp", "rác"),
    # the same verbs say where the network is: "mạng lưới trải rộng trên 79 quốc gia"
    presence_words=("rộng", "dài", "bố", "diện", "khắp", "rác"),
    place_connectors=("thuộc", "từ", "đến từ", "tại", "ở", "của", "trên", "trong"),
    possession_words=(
        "hiện",
        "hiện nay",
        "hiện có",
        "có",
        # "Khu vực châu Á - Thái Bình Dương đóng góp 21 thành viên mới": a share contributed
        "đóng góp",
        "góp",
        "đã có",
        "đã",
        "nay",
        "nay đã có",
        "tổng cộng",
        "tổng số",
        "tất cả",
        "đến nay",
        "được",
        "là",
        "còn",  # adverbs of the verb: "Việt Nam còn có 4 thành phố khác", "vẫn có"
        "vẫn",
        "cũng",
        "chỉ",
        "duy nhất",  # "Lào có duy nhất một thành phố": only
        "mới",
        "đều",
        "với",  # "Việt Nam, với sáu thành phố, là ...": with
        "giờ",  # "Việt Nam giờ có sáu thành phố": now (spoken)
        "bây giờ",
        "giờ đây",
        "hiện giờ",
        "nâng",  # "Việt Nam nâng số thành phố trong mạng lưới lên 6": raises its count
        "tăng",
    ),
    country_subjects=("cả nước", "nước này", "quốc gia này"),  # "Cả nước giờ có 6 thành phố"
    network_names=(
        r"mạng lưới (?:các )?thành phố học tập(?: toàn cầu)?",
        r"thành phố học tập(?: toàn cầu)?",
        r"gnlc",
    ),
    network_references=(r"mạng lưới(?: này| toàn cầu| của unesco)?",),
    other_programmes=(
        r"di sản (?:thế giới|văn hóa|văn hoá)",
        r"công viên địa chất",
        r"khu dự trữ sinh quyển",
        r"giải thưởng thành phố học tập",
        r"xây dựng xã hội học tập",
    ),
    money_nouns=("ngân sách", "kinh phí", "chi phí"),
    count_heads=("số lượng", "số", "tổng số"),
    count_links=("",),
    count_verbs=(r"(?:đã |hiện |nay )*(?:lên tới|lên đến|tăng lên|lên|đạt|là)(?: con số)?",),
    one_of=(
        "một trong số",
        "một trong",
        "nằm trong danh sách",
        "nằm trong số",
        "có tên trong danh sách",
    ),
    subset_cues=(
        r"\btrong (?:đó|số đó|số này)\b",
        # "Trong số các thành viên mới có hai thành phố của Việt Nam": among the new ones
        r"\btrong số (?:các |những )?(?:\d{1,3} )?(?:thành viên|thành phố) mới\b",
    ),
    elsewhere=(
        r"tin liên quan",
        r"tin cùng chuyên mục",
        r"bài viết liên quan",
        r"(?:đọc|xem) thêm",
        r"tin khác",
        r"tin mới nhất",
    ),
    other_networks=(
        r"thành phố sáng tạo",
        # "đó là một mạng lưới khác của UNESCO, gồm khoảng 350 thành phố"
        r"mạng lưới khác",
        # "Đó là một chương trình riêng của UNESCO, với khoảng 400 thành viên": set apart
        r"chương trình riêng(?! lẻ)",
        r"chương trình khác",
        r"chương trình độc lập",
        r"mạng lưới riêng(?! lẻ)",
        r"mạng lưới độc lập",
        r"đô thị thông minh",
        r"thành phố vì hòa bình",
        r"thành phố vì hoà bình",
    ),
    negative_subjects=(
        # "hội" alone is an association; not in "hội thảo" (a workshop), "hội nghị" (a
        # conference), "hội đồng" (a council), "lễ hội" (a festival), "cơ hội", "xã hội".
        # (nor "hội nhập", integration; "hội tụ", to converge)
        r"(?<!xã )(?<!cơ )(?<!lễ )(?<!quốc )\bhội\b(?! thảo| nghị| đồng| chợ| diễn| nhập| tụ)",
        r"hiệp hội",
        # a ministry's national designations: "Bộ Giáo dục nước này đã công nhận hơn 140"
        r"bộ giáo dục[^.]{0,40}công nhận",
        r"câu lạc bộ",
        r"liên đoàn",
        r"công đoàn",
        r"\bđảng\b",
        # a school; not "môi trường" (environment), "thị trường" (a market), "quảng
        # trường" (a square), "hiện trường", "chiến trường", "lập trường", "trường hợp"
        r"(?<!môi )(?<!thị )(?<!quảng )(?<!hiện )(?<!chiến )(?<!lập )\btrường\b(?! hợp)",
        r"đại học",
        # a province as the subject: "Đồng Tháp là tỉnh duy nhất cả nước có hai thành phố
        # thuộc mạng lưới" (the province's members, not the country's)
        r"\btỉnh (?:duy nhất|đầu tiên|dẫn đầu)\b",
    ),
    negative_governors=(),
    intake_cues=(
        r"gia nhập",
        r"kết nạp",
        r"công nhận",
        r"chào đón",
        r"bổ sung",
        r"\bthêm\b",
        r"trở thành thành viên",
        r"ghi danh",
        r"\bđợt\b",
    ),
    total_cues=(
        r"\bcó\b",
        r"\bgồm\b",
        r"bao gồm",
        r"tổng số",
        r"tổng cộng",
        r"\blên\b",
        r"\bđạt\b",
        r"quy tụ",
        r"kết nối",
        r"mạng lưới",
    ),
    along_cues=(r"cùng với", r"\bcùng\b"),
    besides_cues=(r"\bngoài\b", r"bên cạnh"),
    speech_cues=(r"cho biết", r"cho hay", r"phát biểu", r"nhấn mạnh", r"chia sẻ", r"theo"),
    among_new_cues=(
        r"(?:nằm )?trong số (?:\d+ )?(?:thành viên|thành phố) mới",
        # "cũng nằm trong danh sách lần này": in this round's list
        r"(?:cũng )?(?:nằm|có tên) trong danh sách (?:lần này|đợt này|năm nay|mới|được công bố)",
    ),
    # "so far": joined so far, a total
    # "là một trong 229 thành phố": one of the group, whatever joined in the clause before
    group_cues=(r"(?<!\w)một trong(?: số)?(?= (?:hơn |gần |khoảng )?\d)",),
    # "Việt Nam có 2 thành phố được UNESCO công nhận", "có hai thành phố tham gia mạng
    # lưới": the count is the subject of a verb of joining right after it, the intake's
    # (not after a word of "so far" or "now": lcnet.extract.metric)
    joined_after=(
        r"\s+(?:mới\s+)?(?:(?:vừa|chính thức|cùng)\s+)*(?:được\s+(?:unesco\s+)?(?:công nhận"
        r"|kết nạp|chọn|lựa chọn|đưa vào|đưa tên vào)|tham gia|gia nhập|trở thành thành viên)"
        # not "có 3 thành phố được công nhận là Sa Đéc, Vinh và Cao Lãnh": the members named
        r"(?!\s+là\s+(?!thành viên|thành phố học tập|thành phố thành viên))"
    ),
    cumulative_cues=(
        r"(?:cho )?(?:đến|tới) nay",
        r"tính đến nay",
    ),
    correction_cues=(r"đính chính", r"điều chỉnh lại", r"sửa lại"),
    retraction_cues=(
        # a correction notice: "Phiên bản trước của bài viết ghi 55 thành phố", "bài viết
        # đã ghi nhầm", "do sơ suất, bài báo đưa tin"
        r"(?<!\w)(?:phiên bản|bản tin|bài viết|bài báo) (?:trước|trước đó|ban đầu|đầu tiên)"
        r"(?: của bài (?:viết|báo))?,? (?:đã )?(?:ghi|đưa tin|nêu|viết|thông tin)(?!\w)",
        r"(?<!\w)(?:đã )?(?:ghi|đưa tin|viết|nêu) (?:nhầm|sai|không chính xác)(?!\w)",
        # what other outlets got wrong, disowned by the text: "Một số báo đưa tin “47 quốc
        # gia”", "có trang tin ghi thành 47" (not "theo báo chí": according to the press)
        r"(?<!\w)(?:một số|một vài|vài|có|cũng có) (?:báo|tờ báo|trang tin|trang báo|bài báo"
        r"|nguồn tin|kênh|tài liệu)(?: khác)? (?:đã )?(?:đưa tin|ghi|viết|nêu|đăng)"
        r"(?: là| thành)?(?!\w)",
    ),
    contrast_ends=(r",\s*nhưng(?!\w)",),  # the reach of the notices above ends at "but"
    superseded_cues=(
        r"ban đầu",
        r"lúc đầu",
    ),
    conjunctions=("và",),
    in_all=("tổng cộng", "tất cả", "tổng số"),
    first_time_cues=(r"lần đầu(?: tiên)?",),
    member_verbs=(
        r"là thành viên",
        r"đang là thành viên",
    ),
    quota_cues=(r"mỗi (?:quốc gia|nước)",),
    # and the verbs of applying and competing: "ứng tuyển", "nộp đơn", "xin gia nhập",
    # "cạnh tranh cho một suất"
    candidate_cues=(
        r"quan tâm",
        r"đăng ký",
        r"ứng viên",
        r"đề cử",
        r"hồ sơ",
        r"ứng tuyển",
        r"nộp đơn",
        r"đơn xin",
        r"xin gia nhập",
        r"cạnh tranh",
    ),
    circulation_markers=(
        # a source that still says it: "trang web của sở vẫn ghi 356"
        r"\bvẫn (?:còn )?(?:ghi|nêu|viết|để|đăng|in)\b",
        r"\bchưa (?:được )?cập nhật\b",
    ),
    still_words=(r"vẫn", r"vẫn còn", r"hiện vẫn"),
    in_use_words=(
        *(r"phát", r"sử dụng", r"dùng", r"treo", r"lưu hành", r"trưng bày", r"dán"),
        *(r"đặt", r"để ở", r"chiếu", r"đăng"),
    ),
    present_markers=(
        r"\bhiện\b",
        r"hiện nay",
        r"hiện tại",
        r"\bnay\b",
        r"năm nay",
        r"bây giờ",
        r"giờ đây",
        r"hiện giờ",
    ),
    historic_markers=(
        r"vào ",
        r"hồi ",
        r"tính đến ",
        r"đến ",
        r"trong ",
        r"cuối ",
        r"đầu ",
        # a season dates a figure by its year: "vào mùa thu năm 2020"
        r"(?:vào )?mùa (?:thu|đông|hè|hạ|xuân) ",
        r"",
    ),
    relative_pronouns=("nơi", "vốn"),
    closing_count_verbs=("hiện có", "có"),  # "còn Ả Rập Xê Út, với ..., có tám"
    some_words=("một số", "một vài", "vài", "nhiều"),
    first_ones=(r"(?<!lần )đầu tiên",),
    founding_words=(
        r"thành lập",
        r"ra đời",
        r"khởi xướng",
        r"khởi động",
        r"sáng lập",
        r"ra mắt",  # "mạng lưới này ra mắt ... năm 2013"
        r"hình thành",
    ),
    intake_points=(
        r"\b(?:sau|trước)\b (?:(?:đợt|khi|lần|năm) )?(?:kết nạp|gia nhập|công nhận|công bố)",
    ),
    since_words=(r"kể từ", r"từ khi"),
    rank_after=("sau", "tiếp sau", "nối tiếp"),
    # "Trước đó, Việt Nam có 5 thành viên": before the news, the count it changes (no
    # tense: only "before that" says so; "cho đến nay" is "so far", of the text's day)
    # "Trước đợt công bố này, cả nước có 5 thành phố", "Trước đó, Việt Nam có 5": the time
    # just before the news ("cho đến nay" is "so far", of the text's day)
    fronted_with=("với",),
    fronted_links=r"\s*,\s*",
    # A wording quoted from a sign, panel or leaflet: "tấm pa-nô tại hội trường Hội vẫn
    # ghi \"55 thành phố mới gia nhập\"" (the holder of the panel owns no figure)
    document_quotes=(
        *("vẫn ghi", "còn ghi", "vẫn in", "còn in", "vẫn viết", "vẫn để", "vẫn đề"),
        *("dòng chữ", "ghi rằng", "viết rằng", "được in", "in rằng"),
    ),
    before_this=(
        r"(?<!\w)(?:trước đó|trước (?:đợt|lần|thông báo|quyết định|lễ|danh sách)(?: \w+){0,3}? "
        # "trước đợt kết nạp mới nhất", "trước đợt công nhận gần đây nhất": the latest one
        r"(?:này|mới nhất|gần đây nhất|gần nhất))(?!\w)"
        # a named newcomer's arrival: "trước khi Hà Nội gia nhập"
        r"|(?<!\w)trước khi (?:\w+ ){1,4}(?:gia nhập|được công nhận|được kết nạp"
        r"|trở thành thành viên)"
        # the newcomer named alone before the comma: "Trước Hà Nội, Việt Nam đã có 5"
        r"|(?<!\w)trước (?!(?:đó|đây|năm|tháng|ngày|khi|tiên|hết|mắt)\b)"
        r"(?:[^\W\d_]+ ){0,3}[^\W\d_]+,"
    ),
    city_titles=r"thành phố|tp\.?|thị xã|tx\.?",
    superlatives=(
        # "Thái Lan hiện dẫn đầu khu vực với 13", "là nước châu Á có nhiều thành viên nhất, với 13"
        r"dẫn đầu(?: \w+){0,3} với|"
        r"(?:là (?:nước|quốc gia)(?: \w+){0,3} )?có (?:số )?(?:nhiều )?"
        r"(?:thành viên|thành phố)(?: thành viên)?"
        r" (?:nhiều )?nhất,?(?: với)?"
    ),
    title_abbreviations=("tp", "tx", "ts", "ths", "gs", "pgs", "ông", "bà"),
    # a table's column of the network's counts beside another: "| Năm | Mới | Tổng số |"
    column_heads={
        "tổng số": Role.MEMBER,
        "tổng": Role.MEMBER,
        "lũy kế": Role.MEMBER,
        "luỹ kế": Role.MEMBER,
        "mới": Role.NEW,
    },
    months={},
    date_forms=(
        r"{year_first}-{month_number}-{day}(?!\d)",
        r"{day}/{month_number}/{year}",
        r"ngày {day} tháng {month_number} năm {year}",
        r"ngày {day}/{month_number}/{year}",
        r"tháng {month_number}(?:/| năm ){year}",
        r"năm {year}",
        r"{day}-{month_number}-{year}",  # "15-06-2021": a portal's date without "ngày"
    ),
    # "nâng tổng số thành viên của Việt Nam lên năm", "tổng số thành viên của mạng lưới lên
    # 356"; group "country" names the country whose members they are
    membership_before_number=(
        r"tổng số (?:thành viên|thành phố(?: thành viên)?)"
        r"(?: của (?:(?P<country>{countries})|mạng lưới(?: này)?))?"
        r"\s+(?:lên|là|đạt)(?:\s+con số)?"
        # after an intake, the total with its unit left out: "...; tổng số 356"
        r"|(?:(?<=; )|(?<=, ))tổng (?:số|cộng):?"
    ),
    membership_anchors=("tổng số ", "tổng cộng "),
    # "Năm 2022, Huế gia nhập mạng lưới. Khi đó, ...": dated by the sentence before
    # a repost's original date follows: "Originally published 5 September 2022"
    plural_markers=("những", "các"),
    republished=r"(?:đăng|đăng tải|xuất bản) lần đầu",
    joined_clause=(
        r"\bkhi (?:(?P<self>chúng tôi|chúng ta|thành phố|tỉnh) "
        r"|(?P<who>(?:[^\W\d][^\s,;:.!?\d]* ){1,4}?))??"
        r"(?:gia nhập|được kết nạp|trở thành thành viên)(?!\w)"
    ),
    joined_words=("khi",),
    joined_when=(
        r"(?<!\w)khi (?P<who>[^,.;:]{1,80}?) (?:gia nhập|được công nhận|được kết nạp"
        r"|trở thành thành viên)(?!\w)"
    ),
    earlier_date=(
        r"(?<!\w)(?:khi đó|lúc đó|thời điểm đó|thời điểm ấy|khi ấy|lúc ấy|năm đó|năm ấy"
        r"|hồi đó|hồi ấy|thời đó|thời ấy|lúc bấy giờ|khi bấy giờ)(?!\w)"
    ),
    relative_dates={
        # "two years earlier": counted back from the date said before it
        "years_before": (r"{years} năm trước đó",),
        # "two years later": counted on from the date said before it ("hai năm sau,";
        # not "hai năm sau khi ...", "năm sau" alone: next year)
        "years_after": (
            r"{years} năm sau(?= đó|\s*[,.;])(?: đó)?",
            r"một năm sau(?= đó|\s*[,.;])(?: đó)?",
        ),
        # "two years ago": the year, counted back from the text's
        "years_ago": (
            r"{years} năm trước(?! đó)",
            r"cách đây {years} năm",
        ),
        "last_month": (r"tháng trước",),
        "last_year": (r"năm ngoái", r"năm trước", r"tháng {month_number} năm ngoái"),
        "this_year": (
            r"tháng {month_number} (?:vừa qua|năm nay)",
            r"(?:vào )?tháng {month_number}(?![\d/]| năm| ?/)",
        ),
    },
    origin_words=(r"đến từ", r"tới từ"),
    change_from=r"(?:tăng|tăng lên|nâng|mở rộng|phát triển) từ",
    change_to=r"(?:lên|thành|đến|tới)",
    year_span=r"từ (?:năm )?{first} (?:đến|tới) (?:năm )?{last}",
    # "425 thành viên, so với 356 vào năm 2024": the count a comparison started from
    change_back=r"so với|tăng so với",
    future_cues=(
        r"sẽ (?:là|trở thành|có|đạt|vượt|nâng)",
        r"nếu (?:hồ sơ|được)",
        r"dự kiến (?:sẽ|đạt|có)",
        # a target, not a state: "tỉnh phấn đấu có thêm 2 thành phố đăng ký tham gia", "mục
        # tiêu đến năm 2030 có 3 thành phố", "hướng tới có thêm", "kế hoạch đạt"
        r"(?:phấn đấu|hướng tới|hướng đến|nhắm tới|mục tiêu(?: là)?|kế hoạch)"
        r"(?: (?:đến|tới|trước) năm \d{4},?)? (?:có|đạt|để|trở thành|việc có|thêm)",
    ),
    size_linkers=("có", "với"),
    subset_words=("trong đó", "bao gồm"),
    country_references=("của nước này", "cả nước"),
    list_links=r"(?:\blà\b|gồm|bao gồm|\bcó (?:các|những) (?:thành viên|thành phố)|\bcó\b|:)",
    list_partial=r"(?:bao gồm|trong đó có|như|chẳng hạn)",
    sole_words=r"duy nhất",
    zeros=Zeros(
        forms=(
            r"chưa có (?:(?:một|bất kỳ) )?(?:thành phố|đô thị|địa phương) (?:nào"
            r" )?(?:của|thuộc|từ|ở"
            r"|tại) {country}(?!\w)",
        ),
        words=("chưa có",),
        owned=(
            r"{country} (?:(?:vẫn|hiện|hiện vẫn) )?chưa có (?:(?:một|bất kỳ) )?(?:thành phố|đô thị"
            r"|địa phương|thành viên)(?: nào)?(?!\w)",
        ),
        owned_words=("chưa có",),
        members=("thành viên", "gia nhập", "mạng lưới", "gnlc"),
        still=("chưa",),
        blockers=("giải thưởng", "award"),
    ),
    how_many=r"bao nhiêu",
    # "mạng lưới bây giờ lớn đến đâu?": how big
    size_questions=(
        r"(?<!\w)(?:lớn|rộng) (?:đến|tới) (?:đâu|mức nào)|(?<!\w)lớn cỡ nào"
        r"|quy mô (?:ra sao|thế nào)"
    ),
    now_totals={
        "giờ": (r"(?:bây )?giờ (?:đã )?(?:là|lên)",),
        "nay": (r"(?:hiện )?nay (?:đã )?(?:là|lên)",),
        "hiện": (r"hiện (?:đã )?là",),
    },
    answer_nows=("hiện nay",),
    answer_leads=("là", "hiện là", "hiện có", "có", "tổng cộng", "trả lời:", "đáp:"),
    answer_words=("câu trả lời là",),
    question_words=("những", "nào", "ai", "đâu", "khi nào", "tại sao"),
    alternatives=("hoặc", "hay"),
    added_words=("thêm",),
    reached_words=("lên", "nâng tổng số lên", "nâng tổng số thành viên lên"),
    count_followers=(
        "vào",
        "trong",
        "năm",
        "và",
        "hoặc",
        "từ",
        "với",
        "khi",
        "sau",
        "trước",
        "đã",
        "là",
        "của",
        "thành",
        "viên",
        "tại",
        "nay",
        "hiện",
        "rồi",
    ),
    pronoun_parts=("trong số đó",),
    count_clitics=(),
    before_verb_words=("được", "đã", "vừa", "đều", "chính", "thức"),
    part_words=("trong (?:số )?(?:đó|này)",),
    whole_openers=("trong (?:số|tổng số)",),
    part_openers=("trong đó",),
    stated_followers=("và", "trong", "khi", "sau"),
    not_name_words=("khi", "việc", "được"),
    percent_words=("phần trăm",),
    money_words=("đồng",),
    glue_words=("thứ",),
)
