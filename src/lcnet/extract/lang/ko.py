"""Korean.

Words are spaced, but counters, units and particles touch what they follow ("79개국",
"356개 도시가", "229곳이"): Language.attached. A count puts its counter after the number
("356개 도시", "300여 개 도시"), and countries come before the cities they hold ("79개국
356개 도시"). Big numbers mix digits with 만 and 억 ("3억 9천만 명", "5억"). Korea's own
lifelong-learning cities (평생학습도시, designated by the government, well over a hundred)
are not the GNLC: they are another programme here, and "평생" is no modifier, so "190개
평생학습도시" is never read as a figure.

Sino-Korean numerals in Hangul (삼백오십육) are not read: their one-syllable digits are
the commonest words ("이 도시" is "this city", not two), and releases write counts in
digits. Numerals mixed with digits are ("9천만", "3억 9천만").
"""

from __future__ import annotations

from lcnet.extract.lang import Language, Role, Unit, Zeros
from lcnet.extract.lang.places_cjk import KO
from lcnet.extract.lang.ranks_cjk import korean_ordinals
from lcnet.model import Qualifier as Q

_COUNTRIES = {
    **KO,
    "한국": "KR",
    "남한": "KR",
    "우리나라": "KR",
    "국내": "KR",  # "국내 56개 도시": a Korean text's own country
    "전국": "KR",  # "전국 평생학습도시 201곳 가운데 59곳": nationwide, the same
    "중국": "CN",
    "미국": "US",
}

# After a body's name, what makes it the partner of a relation, not a subject: "협회와
# 교류하는", "대학과 협력하는" (a lookahead on a literal word: cheap).
_PARTNER = r"(?!\s*(?:와|과)\s*(?:교류|협력|협약|연계|제휴|자매|우호))"

LANGUAGE = Language(
    code="ko",
    # lcnet.extract.elliptic: totals stated by a noun of counting, answers
    stated_nouns="(?:정확한 수|전체 수|총수|회원 수)(?:는|은|가|이)",
    stated_keys=("정확한 수", "전체 수", "총수", "회원 수"),
    stated_counters=("곳",),
    stated_ends="입니다|이다",
    stopwords=frozenset(
        ["및", "등", "그", "이", "있다", "있는", "위해", "통해", "대한", "했다", "밝혔다", "또한"]
    ),
    # native numerals before a counter: "세 곳이 선정됐다" (three places)
    number_words={
        "한": 1,
        "두": 2,
        "세": 3,
        "네": 4,
        "다섯": 5,
        "여섯": 6,
        "일곱": 7,
        "여덟": 8,
        "아홉": 9,
        "열": 10,
        # the native tens: "국내는 현재 서른 곳이 넘습니다" (a council's minutes)
        "스무": 20,
        "스물": 20,
        "서른": 30,
        "마흔": 40,
        "쉰": 50,
        "예순": 60,
        "일흔": 70,
        "여든": 80,
        "아흔": 90,
    },
    multipliers={"십": 10, "백": 100, "천": 1_000},
    scales={"만": 10**4, "억": 10**8},
    fractions={},
    number_joiners=(),
    decimal_mark=".",
    plural_nouns=False,
    # "첫 번째" .. ; "국내 첫 GNLC 회원 도시", "국내 최초의 회원 도시" (the first: rank 1)
    ordinals={**korean_ordinals(), "첫": 1, "최초의": 1},
    # "제3", "50번째" (50th), "10 번째"
    ordinal_digits=r"(?:제(?=\d)|(?=\d{1,3}\s?번째))(?P<n>\d{1,3})(?!\d)(?:\s?번째)?",
    # "45번째로 가입한 도시", "45번째로 GNLC에 가입한 도시" (the network named between)
    rank_clause=r"(?:으로|로)\s(?:[^\s,.\d]{1,24}에\s)?(?:가입한|가입된|선정된|이름을\s올린)",
    ordinal_after_unit=False,
    qualifiers={
        "약": Q.ABOUT,
        "대략": Q.ABOUT,
        "최소": Q.AT_LEAST,
        "적어도": Q.AT_LEAST,
        "최대": Q.AT_MOST,
        "거의": Q.NEARLY,
    },
    qualifiers_after={
        "이상": Q.MORE_THAN,
        "이상의": Q.MORE_THAN,
        "이상이": Q.MORE_THAN,
        "가량": Q.ABOUT,
        "가량의": Q.ABOUT,
        "안팎": Q.ABOUT,
        "남짓": Q.MORE_THAN,
        # "5억 명 가까이 된다", "500곳 가까운": nearly
        "가까이": Q.NEARLY,
        "가까운": Q.NEARLY,
        "에 가까운": Q.NEARLY,
        "에 가깝다": Q.NEARLY,
        "에 가깝습니다": Q.NEARLY,  # the polite form, as city notices write
        "에 가까워": Q.NEARLY,
        # "5억 명에 조금 못 미칩니다": just short of it (nearly); "에 못 미친다": under it
        **{
            f"에 {adverb}못 {verb}": Q.NEARLY if adverb else Q.FEWER_THAN
            for adverb in ("", "조금 ", "약간 ", "살짝 ", "다소 ")
            for verb in (
                *("미친다", "미칩니다", "미치는", "미쳤다", "미쳤습니다"),
                *("미쳐", "미치지만", "미치며", "미치고"),
            )
        },
        # "100곳 넘는 도시", "350곳 넘게", "300곳 넘은": past it, no particle between
        "넘는": Q.MORE_THAN,
        "넘게": Q.MORE_THAN,
        "넘은": Q.MORE_THAN,
        # "10곳을 넘어섰다": passed ten
        "을 넘어섰다": Q.MORE_THAN,
        "이 넘는다": Q.MORE_THAN,  # "2억 5천만 명이 넘는다"
        "이 넘는": Q.MORE_THAN,
        "이 넘었다": Q.MORE_THAN,
        "가 넘는다": Q.MORE_THAN,
        "가 넘는": Q.MORE_THAN,
        "를 넘어섰다": Q.MORE_THAN,
        "을 넘었다": Q.MORE_THAN,
        "를 넘었다": Q.MORE_THAN,
        "을 돌파했다": Q.MORE_THAN,
        "를 돌파했다": Q.MORE_THAN,
        # the polite and the linking forms: "50곳이 넘습니다", "200곳을 넘어섰고"; the
        # object's "넘는다" and "넘는" ("주민이 3억 명을 넘는다는", "290곳을 넘는 도시")
        **{
            f"{particle} {verb}": Q.MORE_THAN
            for particle in ("이", "가", "을", "를")
            for verb in (
                *("넘습니다", "넘었습니다", "넘어섰습니다", "넘어섰고", "넘었고", "넘으며"),
                *("넘는다", "넘는"),
            )
        },
    },
    other_before=("다른", "기타", "그 외"),
    unit_linkers=("개의", "개"),  # "126개의 회원도시"
    units={
        "도시": Unit.CITY,
        "곳": Unit.CITY,  # "도시 229곳"
        "지자체": Unit.CITY,
        "지방자치단체": Unit.CITY,
        # "올해 12개 시·군·구가 신청해": cities, counties and districts (local governments)
        "시·군·구": Unit.CITY,
        "시ㆍ군ㆍ구": Unit.CITY,
        "시군구": Unit.CITY,
        # "국내 3개 기초자치단체가 새로 가입했다": local governments, as a wire names them
        "기초자치단체": Unit.CITY,
        "기초지방자치단체": Unit.CITY,
        "기초지자체": Unit.CITY,
        "기초단체": Unit.CITY,
        "자치단체": Unit.CITY,
        "시·군": Unit.CITY,
        "시ㆍ군": Unit.CITY,
        "회원": Unit.MEMBER,
        "개국": Unit.COUNTRY,
        # member states: UNESCO's, most likely ("193개 유네스코 회원국과 76개국 294개 GNLC
        # 회원도시"), the network's only where its name says so (unit_roles, weak)
        "회원국": Unit.COUNTRY,
        "국가": Unit.COUNTRY,
        "나라": Unit.COUNTRY,
        "국가 및 지역": Unit.COUNTRY,
        "명": Unit.CITIZEN,
        "시민": Unit.CITIZEN,
        "인구": Unit.CITIZEN,
        "수도": Unit.CAPITAL,
        "개국의 수도": Unit.CAPITAL,  # "11개국의 수도": the capitals of 11 countries
        "개국 수도": Unit.CAPITAL,
        "곳의 수도": Unit.CAPITAL,  # "11곳의 수도가 새로 가입": 11 places, capitals
    },
    unit_roles={"회원국": (Role.WEAK,)},
    singular_units={
        "도시": Unit.CITY,
        "지자체": Unit.CITY,
    },  # ranked: "2番目の加盟都市", "열 번째 회원 도시", "第15个城市"
    modifiers_before={
        "회원": Role.MEMBER,
        "가입": Role.MEMBER,
        "학습": Role.LEARNING,
        "신규": Role.NEW,
        "신규 가입": Role.NEW,
        "신규 회원": Role.NEW,
        "새": Role.NEW,
        "새로운": Role.NEW,
        "글로벌": Role.PLAIN,
        "세계": Role.PLAIN,
        "유네스코": Role.PLAIN,
        "gnlc": Role.PLAIN,  # "국내 45번째 GNLC 회원 도시", "356개 GNLC 회원 도시"
        "신청": Role.PLAIN,  # "12개 신청 도시": a candidate cue says which count
        "후보": Role.PLAIN,
    },
    modifiers_after={},
    qualifiers_after_number={
        "여": Q.MORE_THAN,  # "300여 개": three hundred odd
        "개 이상": Q.MORE_THAN,
        "개 이상의": Q.MORE_THAN,
        "개가 넘는": Q.MORE_THAN,
        "개를 넘는": Q.MORE_THAN,
        "개 넘는": Q.MORE_THAN,
        "개 남짓": Q.MORE_THAN,
        "개 가까운": Q.NEARLY,
        "개에 가까운": Q.NEARLY,
        "개 안팎의": Q.ABOUT,
        "개 가량의": Q.ABOUT,
        "개 미만의": Q.FEWER_THAN,
    },
    demonyms={},
    country_names=_COUNTRIES,
    regions={
        "아프리카": "africa",
        "아랍": "arab-states",
        "아랍 국가": "arab-states",
        "아시아태평양": "asia-pacific",
        "아시아·태평양": "asia-pacific",
        "아시아-태평양": "asia-pacific",
        "아시아 태평양": "asia-pacific",
        "유럽 및 북미": "europe-north-america",
        "유럽과 북미": "europe-north-america",
        "유럽": "europe-north-america",
        "중남미": "latin-america-caribbean",
        "라틴아메리카": "latin-america-caribbean",
        "라틴 아메리카": "latin-america-caribbean",
    },
    place_connectors=("중",),
    possession_words=(
        "의",
        "은",
        "는",
        "이",
        "가",
        "에는",
        "에서는",
        # "태국에서 3개 도시가 새로 가입", "베트남에서도 2곳이": from the country (also)
        "에서",
        "에서도",
        "에선",
        "도",
        "현재",
        "총",
        "모두",
        "이제",
        "지금까지",
        "현재까지",
        "이미",  # "국내에서는 이미 59개 도시가 가입했다": all so far, the country's
        "gnlc",
        "도시",  # "우리나라 도시는 20곳", "국내 가입 도시 56곳"
        "가입 도시",
        "가입도시",
        "회원 도시",
        "회원도시",
        "회원",  # "국내 회원은 10곳을 넘어섰다"
        "가입",  # "국내 가입 59개 도시": the word of membership before the count
        "기존",  # "국내 회원도시는 기존 35곳에서": the count before a change
        "단",  # "국내 단 3개 도시": only
        "이번",  # "국내에서는 이번 3곳이 새로 가입했다": this round's, as ja's 今回
        # "국내에서 새로 가입한 3곳 중 하나": the count's own relative clause of joining
        "가입한",
        "선정된",
        "이름을 올린",
        # "국내에서는 올해 상반기 12곳이 가입을 신청했다": the time of the count
        "올해",
        "상반기",
        "하반기",
        "올해 상반기",
        "올해 하반기",
        "이번에",
        "새로",
        "신규",
        "신규 도시",  # "태국의 신규 도시는 3곳": the country's share of an intake
        "신규 가입 도시",
        "신규 회원 도시",
        "신청 도시",  # "국내 신청 도시 12곳 중": a country's applicants
        "후보 도시",
        # "국내 회원 도시: 56곳": a key-figures row, its label before the count
        "：",
        ":",
    ),
    network_names=(
        # "유네스코의 학습도시 네트워크": the genitive may stand after UNESCO
        r"유네스코\s*(?:의\s*)?(?:글로벌\s*|세계\s*)?학습\s*도시\s*(?:글로벌\s*|국제\s*)?네트워크",
        r"(?:글로벌|세계|국제)\s*학습\s*도시\s*네트워크",  # "국제학습도시 네트워크"
        r"학습\s*도시\s*(?:글로벌|국제)\s*네트워크",
        # and UNESCO's name in Latin letters: "UNESCO 학습도시"
        r"(?:유네스코|unesco)\s*학습\s*도시(?!\s*상|\s*(?:국제\s*)?회의)",
        # "유네스코 (글로벌) 평생학습도시 네트워크": lifelong learning in the name, with
        # UNESCO's (not the national scheme's 평생학습도시, negative_subjects)
        r"유네스코\s*(?:의\s*)?(?:글로벌\s*|세계\s*)?평생\s*학습\s*도시\s*(?:글로벌\s*|국제\s*)?네트워크",
        r"gnlc",
        r"global\s+network\s+of\s+learning\s+cities",
        # the learning-city network UNESCO's institute runs: "유네스코 평생학습원(UIL)이
        # 운영하는 학습도시 네트워크", "유네스코 평생학습연구소의 학습도시 네트워크" (a bare
        # "학습도시 네트워크" may be a national one)
        r"(?:유네스코\s*(?:평생\s*학습원|평생\s*학습\s*연구소)?|uil)\s*(?:\(\s*uil\s*\)\s*)?"
        r"(?:(?:이|가|에서)\s*(?:운영|주관|관리|조정|총괄)(?:하는|하고\s*있는|중인)|(?<!유네스코)의)\s*"
        r"(?:글로벌\s*|세계\s*|국제\s*)?학습\s*도시\s*(?:의\s*)?(?:글로벌\s*|국제\s*)?네트워크",
    ),
    network_references=(r"(?:이|동|해당|본|같은|그)\s*네트워크", r"네트워크"),
    other_networks=(
        r"학습\s*도시\s*상",  # the UNESCO Learning City Award: its winners, not members
        r"창의\s*도시",
        r"세계\s*(?:문화\s*|자연\s*)?유산",
        r"(?:세계\s*)?지질\s*공원",
        r"생물권\s*보전\s*지역",
        r"국제\s*교육\s*도시\s*연합",
        r"iaec",
        r"(?:아동|고령)\s*친화\s*도시",
        r"국제\s*안전\s*도시",
        r"자매\s*도시",
        # UNESCO's member states: "193개 유네스코 회원국과 76개국 294개 GNLC 회원도시"
        r"유네스코\s*회원국",
        r"우호\s*도시",
    ),
    # Korea's national lifelong-learning cities (평생학습도시) are named in nearly every
    # Korean city's release, as what the city also is: they own the counts of their own
    # sentence ("전국 평생학습도시가 195개로 늘었다"), not the paragraph after it.
    negative_subjects=(  # \w* before: the last part of a compound ("학습공동체")
        r"\w*평생\s*학습\s*(?:도시(?!\s*(?:글로벌\s*|국제\s*)?네트워크)|관|센터)",
        r"平生學習城市",  # the same, in Chinese characters
        r"平生学习城市",
        # not the partner of a relation: "우리 협회와 교류하는 태국에서는 3개 도시가 가입"
        r"\w*협의회" + _PARTNER,
        r"\w*협회" + _PARTNER,
        r"\w*학교" + _PARTNER,
        r"\w*대학" + _PARTNER,
        r"참가자",
        r"대표단",
        r"\w*공동체",
        r"\w*기관",
        r"\w*도서관",
        # places of a festival or a district counted with 곳, the counter of cities too:
        # "체험 부스 40곳이 운영됐다", "동네 학습관 24곳을 운영하고 있다"
        r"\w*부스",
        r"\w*학습관",
        r"\w*시설",
        # and the learning places a city opens, counted with 곳: "동네 배움터 50곳을 새로
        # 열고", "평생학습 거점 20곳", "학습마을 12곳" (not 교실: "교실을 넘어서는 노력", a
        # figure of speech in many quotes)
        r"\w*배움터",
        # ... and any other place a city counts with 곳: "경로당 30곳을 찾아가는", "행정복지센터
        # 22곳에", "지역 기업 40곳이 후원에 참여했다", "어린이집 12곳"
        r"\w*(?:경로당|복지관|센터|기업|업체|상점|점포|공방|서점|카페|어린이집|유치원|공원|병원"
        r"|보건소|박물관|미술관|체육관|전시관|교회|사업장)(?=\s*\d|\s*(?:와|과|및|,|·)|\s+\S+\s*\d)",
        r"\w*거점",
        r"\w*학습\s*마을",
        r"\w*학습\s*공간",
        # not the object of a time clause: "목표를 세운 당시 회원 도시는 약 180곳"
        r"프로그램(?!\s*을[^,.\n]{0,12}(?:당시|때|무렵))",
        r"목표(?!\s*를[^,.\n]{0,12}(?:당시|때|무렵))",  # a country's own target
        # an event the cities attend: "교류회에는 8개국 12개 도시가 참가" (not "회의에서 ...
        # 가입 발표", where the event is only where the news was told)
        r"\w*(?:교류회|회의|세미나|포럼|심포지엄|워크숍|대회|행사)\s*(?:에는|에(?!서))",
        # ... or the event a relative clause of taking part closes: "회원 도시 30곳이 참가하는
        # 정책 세미나가 열린다", "226개 지자체가 참여하는 평생학습박람회" (the network itself
        # closes none: "356개 도시가 참여하는 GNLC")
        r"(?:참가|참여|참석)(?:하는|한|할)\s+(?:[^\s,.]+\s+){0,3}?\w*(?:교류회|회의|세미나|포럼"
        r"|심포지엄|워크숍|대회|행사|박람회|축제|총회|캠프)(?=[가이는은을를에의도\s,.]|$)",
    ),
    negative_governors=(),
    intake_cues=(
        # "이 가운데 6곳이 새로 회원이 되었다": became members, newly (not "국내 단 3개 도시가
        # 회원이 됐다": Korea's members so far)
        r"새로\s*(?:가입|합류|선정|추가|이름을|회원이\s*(?:되었|됐)|들어(?:온|왔|와))",
        r"새롭게",
        r"신규",
        r"가입(?:했|하였|하게\s*(?:됐|되었)|이\s*(?:승인|확정)|을\s*승인|\s*승인|\s*확정)",
        r"합류(?:했|하였|하게|하면서|하며|해)",
        r"선정(?:됐|되었|했|돼)",
        r"추가로",
        r"의\s*가입",  # "35개국 64개 도시의 가입을 발표했다"
        r"가입을\s*(?:발표|승인|확정|결정)",
        r"최종\s*(?:승인|확정|선정)",  # "국내 3곳 최종 승인"
        r"승인을\s*(?:받|얻)",  # "부안군 등 3곳이 승인을 받았다": admitted
        r"이름을\s*올(?:렸|리|려)",  # "3곳이 이름을 올렸다": they are on the list of new members
        r"추가(?:됐|되었|돼|(?=\s*(?:\u2026|\.{2,}|\n|\Z)))",  # "세 곳 추가…": added
        # a headline's verbal noun ending its clause: "국내 3개 도시 선정…", "3개 도시 GNLC
        # 합류", "가입 확정" (not "가입 신청…", "가입 추진": applying)
        r"(?:가입|합류|선정|승인|확정)(?=\s*(?:\u2026|\.{2,}|\n|\Z))",
    ),
    total_cues=(
        r"가입(?:돼|되어|해)\s*있",
        # "국내 가입 도시는 59곳": the members (not "신규 가입 도시는", the newcomers)
        r"(?<!신규 )(?<!신규)(?:가입|회원)\s*도시(?:\s*수)?\s*(?:는|은|(?=\d))",
        r"회원으로",
        r"활동(?:하고|중)",
        r"총",
        r"모두",
        r"늘어",
        r"늘었",
        r"확대",
        r"확장",
        r"이른다",
        r"이르",
        r"달한다",
        r"달하",
        r"기준",
        r"구성",
        r"네트워크",
    ),
    along_cues=(r"(?:와|과)\s*함께",),
    besides_cues=(r"외에", r"이외에"),
    # "64곳 가운데 국내 도시는 3곳", "155곳 중 기존 회원도시 35곳" (a count's own "among")
    # (not the "가운데" of "while" after a verb's adnominal ending: "190곳을 넘어선 가운데",
    # "관심이 높아지는 가운데", "행사가 열린 가운데")
    subset_cues=(
        r"[이그]\s*중(?:에서?)?",
        r"가운데(?<![는던된한난선린진운]\s가운데)(?<![는던된한난선린진운]가운데)",
        r"중(?<=[곳개]\s중)(?:에서?)?",
        r"중(?<=도시\s중)(?:에서?)?",
    ),
    # "기존 35곳에서 44곳으로": the word between the two ends of a change
    # "35곳에서 44곳으로"; a correction is read as a change: "3곳이 아니라 2곳"
    change_to=r"(?:에서|부터|[이가]\s*아니라|[이가]\s*아닌)",
    # "회원 도시는 115개에서": the counter may stand past the phrase
    change_link=r"(?:개|곳)?\s*(?:에서|부터)",
    speech_cues=(r"에 따르면", r"밝혔", r"말했", r"설명했", r"전했", r"강조했"),
    difference_after=(r"\s*(?:이|가)?\s*(?:넘게|이상|가량|여|남짓)?\s*(?:늘|증가|많아)",),
    # "so far": joined so far, a total
    cumulative_cues=(
        r"지금까지",
        r"현재까지",
        r"그동안",
        r"이미",  # "이미 59곳이 가입했다": have joined, all so far
    ),
    correction_cues=(r"정정", r"바로잡"),
    # what other outlets got wrong, disowned by the text: "일부 언론은 '47개국'이라고
    # 보도했지만", "일부 기사에는 47개국으로 잘못 나왔다" (not "보도에 따르면")
    retraction_cues=(
        r"일부\s*(?:언론|매체|보도|기사|신문|누리집|사이트)(?:은|는|에서는|에서|에는|이|가|도)(?![가-힣])",
        r"잘못\s*(?:보도|표기|기재|전해|알려)",
    ),
    corrected_subject=r"[\"'”’]?\s*(?:(?:라는|란)\s*(?:수치|숫자|발표)\s*)?(?:는|은)(?!\S)",
    superseded_cues=(
        r"당초",
        r"처음에는",
        r"(?:처음|최초)\s*(?:에\s*)?발표(?:한|된|했던|됐던)",  # "처음 발표한 55개 도시를 ... 정정"
        r"발표\s*당일",  # "발표 당일 자료에는 '230개 도시'": before its correction
    ),
    conjunctions=("와", "과", "및"),
    # not "처음 발표한 55개": first announced (superseded_cues)
    first_time_cues=(
        # not the first time of a publishing: "UIL이 처음으로 집계를 발표한 2016년 8월에는
        # 28개국 115개 도시가", "처음 명단을 공개한" (the countries then, not newcomers)
        # (an object or an adverb between: "처음 대규모로 발표했을 때는 28개국")
        r"처음(?:으로)?(?!으로|\s*(?:에\s*)?(?:[^\s,.]{1,8}(?:[을를]|로|게)\s*){0,2}"
        r"(?:발표|공개|공표|집계|발간))",
        r"최초(?:로)?(?!로|\s*(?:에\s*)?(?:[^\s,.]{1,8}(?:[을를]|로|게)\s*){0,2}"
        r"(?:발표|공개|공표|집계|발간))",
        r"첫\s*가입",
    ),
    # "새로 가입한 64개 도시는 35개국에서 왔다", "35개국 출신이다"
    origin_after=(r"\s*에서\s*(?:왔|온|오|모였|모인|모여)", r"\s*출신"),
    member_verbs=(
        r"가입해 있",
        r"가입되어 있",
        r"가입돼 있",
        r"회원으로 활동",
        # "당시에는 회원이 229개 도시였는데": the members, then their count
        r"회원(?:\s*수)?(?:이|은|는|가)(?=\s*\d)",
    ),
    # "우리 시도", "시는" (the text's own city, not the "시는" that ends "도시는")
    own_subjects=(r"우리\s*(?:시|군|구|도)", r"(?<![가-힣])(?:시|군|구)(?:는|도|가)(?![가-힣])"),
    quota_cues=(
        r"국가별",
        r"국가당",
        r"(?<!세계 )각국",
    ),
    # (and the cities that asked about joining, hope or mean to: "가입 문의 도시", "가입을
    # 희망하는", "가입 의향을 밝힌", "관심을 보인": not members)
    candidate_cues=(
        r"신청",
        r"추진",
        r"도전",
        r"후보",
        r"준비",
        r"문의",
        r"희망",
        r"의향",
        r"관심을?\s*(?:보인|보였|보이|표명|밝힌|밝혔)",
    ),
    # a source still in use: "누리집 소개 글도 지금까지 그 문장을 그대로 쓰고 있다", "수정되지
    # 않은 채", "아직도 '356개 도시'라고 적혀 있다" (the adverb, then the figure, then the verb
    # in the present: said today, whatever the source's date; not "적혀 있었다")
    circulation_markers=(
        r"(?:지금까지|아직(?:도|까지)?|여전히|현재까지)\s*(?:[^\s\d]{1,8}\s*){0,2}?"
        r"(?:그대로\s*)?(?:쓰고|사용하고|싣고|게시하고|걸려|적혀|남아|배포)",
        r"(?:아직(?:도|까지)?|여전히|지금도)(?=[^.\n]{0,40}?(?:라고|로)\s*(?:적혀|쓰여|남아|실려)\s*있(?!었))",
        r"그대로\s*(?:쓰고|사용하고|싣고|게시하고|게재돼|게재되어|남아)",
        r"(?:수정|갱신|업데이트|정정|고쳐)(?:되지|하지|지지)\s*않",
    ),
    still_words=(r"아직(?:도|까지)?", r"여전히", r"지금도", r"현재도"),
    in_use_words=(
        *(r"나눠\s*주", r"나누어\s*주", r"배포", r"사용", r"쓰이", r"쓰고", r"걸려", r"비치"),
        *(r"붙어", r"게시", r"상영", r"틀고"),
    ),
    # "2023년 현재" dates a figure: only "현재" after no date says it is current
    # not the "현재" of a date: "2023년 12월 말 현재"
    present_markers=(
        r"(?<![년월일말] )(?<![년월일말])현재",
        r"지금",
        r"올해",
        r"이번",
        r"이제",
        r"벌써",
    ),
    # "already": a date before it in its clause outweighs it ("2020년에 벌써 229개")
    weak_present=("벌써",),
    historic_markers=(r"지난\s*", r""),
    founding_words=(r"설립", r"출범", r"창설", r"발족"),
    intake_points=(r"(?:가입|선정|지정|승인|발표)\s*(?:후|전|이후|이전)",),
    # a table's column of the network's counts beside another: "| Năm | Mới | Tổng số |"
    column_heads={
        "전체": Role.MEMBER,
        "누적": Role.MEMBER,
        "합계": Role.MEMBER,
        "총계": Role.MEMBER,
        "신규": Role.NEW,
    },
    # a plan's deadline: "2028년까지"
    deadline_after=r"\s*까지",
    # "이미 가입한 56개 도시에 더해 3곳이": the members a relative clause of having joined
    # already names (not "새로 가입한 3곳", this round's)
    existing_words=("기존", "이미 가입한", "이미 가입해 있는", "앞서 가입한"),
    # "12月4日まで", "12월 4일까지", "12月4日之前": the figure is of the day before
    before_dates_after=("까지", "이전", "전까지", "발표 전까지", "발표 이전"),
    months={},
    dotted_dates=True,
    date_forms=(
        r"{year}년\s*{month_number}월\s*{day}일",
        r"{year}년\s*{month_number}월",
        r"{year}\.\s*{month_number}\.\s*{day}\.?",
        # a slide's or a report's month: "2016. 8. 기준", "2017.5." (no day after it)
        r"{year}\.\s*{month_number}\.(?!\s*\d)",
        # an archive's or a CMS's numeric date: "2016-08-23", "2016/08/23"
        r"{year_first}[-/]{month_number}[-/]{day}(?!\d)",
        r"{year}년",
    ),
    # "가입도시는 총 56개로", "국내 가입 도시 총 59개로", "회원도시 수는 356개"
    membership_before_number=(
        r"(?:(?:가입|회원)\s*도시(?:\s*수)?(?:는|가|도|은|\s*:)?"
        # "당시에는 회원이 229개 도시였는데", "회원 수는 425곳": the members, without 도시
        r"|회원(?:\s*수)?(?:은|이|는|가))(?:\s*(?:총|모두|현재))*"
    ),
    # "356개 도시가 참여하는 GNLC", "79개국 356개 도시로 이뤄진 네트워크", "294개 도시가 모인
    # 네트워크": the members of the network the relative clause closes on
    relative_members=(
        *("참여", "참가", "활동", "함께하", "함께 하", "모인", "모여", "속한", "소속"),
        *("이뤄진", "이루어진", "구성된", "구성하", "연결된", "연대하", "협력하"),
    ),
    shortlist_words=("후보",),
    membership_anchors=("가입", "회원"),
    # a repost's original date follows: "Originally published 5 September 2022"
    republished=r"(?:최초 게재|원문 게재)",
    earlier_date=r"(?:당시|그때|그해)",
    past_clause_ends=(r"(?:이|였|었)던(?![\uac00-\ud7a3])",),
    # "뽑혔으며,", "받았고,", "했지만,": a verb that closes its clause before a comma
    clause_closers=(r"[\uac00-\ud7a3](?:으며|며|고|지만|는데|으나)\s*,",),
    later_pointers=(r"(?:며칠|몇\s*주|\d{1,2}\s*일)\s*(?:뒤|후)", r"그\s*(?:뒤|후)", r"이후"),
    # "2016년 이래": a state held from that year to the text's day
    since_year=r"{year}\s*년\s*이래",
    # "우리 시가 2016년 가입한 이래 회원 도시는 294개로 늘었다": the joining's year, not the
    # figure's (the main clause speaks of the text's day)
    # "국내 가입 도시는 이번 3곳을 더해 59개가 됐다": the added count, then the total
    added_before=(
        r"(?:이번(?:에)?\s*|신규\s*|새로\s*)?(?:새로\s*)?(?:가입한\s*|선정된\s*|승인된\s*)?"
        r"\d{1,3}\s*(?:곳|개\s*도시|개)\s*(?:을|를)\s*(?:더해|합쳐|합해|포함해|더하면|합하면|포함하면)"
        r"\s*,?(?:\s*(?:총|모두))?\s*"
    ),
    parallel_closer=r"(?:였|었|이었)고\s*,\s*",
    before_this=r"이번\s*(?:발표|가입|선정|승인|확대)\s*(?:이\s*)?(?:전|이전)(?:에|까지|에는)?(?![가-힣])",
    # and a wording quoted: "'300개 도시'라는 표현", "'200여 개 도시'라는 문구"
    document_quotes=(
        *("적혀", "쓰여", "기재돼", "기재되어", "표기돼", "표기되어", "실려"),
        *("표현", "문구", "표기"),
    ),
    list_closer=r"\s*등\s*(?P<number>{number})\s*(?:곳|개\s*도시|개)",
    spread_after=r"\s*에\s*(?:걸쳐|걸친|분포|퍼져|흩어져)",
    added_after=r"\s*(?:을|를)\s*(?:더해|합쳐|합해|더하면|합하면|포함해|포함하면|포함하여)",
    added_new=("이번", "신규", "새로"),
    # (a bare "가입했다" may say who are members so far: "국내 56곳이 가입했다"; with a word
    # of this round before it, an intake)
    joined_after=(
        r"\s*(?:이|가)\s*(?:(?:(?:이번에|올해|새로|새롭게|추가로|신규로)\s*)+"
        r"(?:가입(?:했|하였|하며|하면서|하게|해(?!\s*있))|회원이\s*(?:되|됐))"
        r"|(?:(?:이번에|올해|새로|새롭게|추가로|신규로)\s*)*"
        r"(?:추가(?:되|돼|됐)|더해(?:져|지|졌)|합류|이름을\s*올|선정(?:되|돼|됐)))"
    ),
    reached_after=(
        r"\s*(?:으로|로)\s*(?:늘|증가|확대|확장|불어)"
        r"|\s*(?:이|가)\s*(?:됐|되었|된다|되면서|돼|되어)"
        r"|\s*에\s*(?:이르|달하|달했)"
    ),
    # "2022년 가입한 세종시를 포함해 294개 도시가 회원이다": Sejong's joining
    # "2016년 GNLC에 가입한 우리 시를 포함해", "2019년 가입한 우리 군은 …294개 도시와":
    # the network it joined may be named before the verb, and the member may be the topic
    # of a clause in the present (not "…115개 도시와 함께 첫 회원이 됐다").
    joined_named=(
        r"\s*(?:에\s*)?(?:(?:유네스코\s*)?(?:gnlc|[가-힣 ]{0,20}?네트워크)"
        r"(?:\s*\(\s*gnlc\s*\))?\s*에\s*"
        r"|(?:gnlc\s*)?회원(?:도시)?\s*[이가]\s*)?"
        r"(?:가입|선정|승인|합류|된)\s*(?:한|된|했던|됐던)?\s*(?:[가-힣]{1,6}\s)?"
        r"(?:(?:[가-힣]{1,6}(?<!도)|(?:우리|본)\s*)(?:시|군|구)\s*"
        r"(?:(?:[를을]\s*)?(?:포함|비롯|등|외에|와|과|에\s*더해)|[은는](?![가-힣])(?![^.\n]*(?:었|았|였|했|됐)다))"
        # "우리 시가 2019년 가입한 GNLC는 76개국 294개 도시로": the network it joined
        r"|(?:gnlc|(?:이\s*|학습도시\s*)?네트워크)\s*(?:는|에는|에|도)(?![가-힣]))"
    ),
    # ... and a city's own joining in a clause of its own before a clause in the present:
    # "우리 시는 2016년 GNLC에 가입해 76개국 294개 도시와 함께 활동하고 있다" (not "…가입했고,
    # 회원 도시는 115개였다": the joining's own time).
    since_event=(
        r"{year}\s*년(?:\s*\d{1,2}\s*월)?(?:\s*\d{1,2}\s*일)?\s*(?:에\s*)?"
        r"(?:(?:가입|선정|승인|합류|지정)\s*(?:한|된|하고\s*난|한\s*뒤)?\s*(?:이래|이후|뒤로|후로)"
        r"|(?:(?:유네스코\s*)?(?:gnlc|[가-힣 ]{0,20}?네트워크)(?:\s*\(\s*gnlc\s*\))?\s*에\s*)?"
        r"(?:가입|합류)\s*(?:해|하여|했으며|했고|해서)(?![가-힣])(?![^.\n]*(?:었|았|였|했|됐)다))"
    ),
    result_verbs=(r"늘(?:었|어)", r"확대", r"확장", r"증가", r"[이가]\s*(?:됐|되었)"),
    included_after=True,
    included_words=(r"포함",),
    # a figure repeated as hearsay in a question is asked about, not stated
    hearsay_words=("라던데", "라는데", "다던데", "다는데", "들었는데", "라고 들었"),
    attached=True,
    # "79개국 356개 도시", "79개국에 속한 총 356개 도시", "64개국 도시 229곳"
    countries_first=(
        r"\s*(?:에\s*속한|에서|출신(?:의)?|의)?\s*(?:총\s*)?(?:(?:회원\s*)?도시\s*)?"
    ),
    relative_dates={
        # "two years ago": the year, counted back from the text's
        "years_ago": (r"{years}\s*년\s*전",),
        # "two years later": counted on from the date said before it ("2022년……. 2년 뒤")
        "years_after": (r"{years}\s*년\s*(?:뒤|후)(?!에도)", r"이듬해"),
        # "the year before last": two years back from the text's
        "year_before_last": (r"재작년 {month_number}월", r"재작년", r"지지난해"),
        "last_month": (r"지난달", r"지난 달"),
        "last_year": (r"지난해 {month_number}월", r"작년 {month_number}월", r"지난해", r"작년"),
        "this_year": (
            r"올해 {month_number}월",
            r"지난 {month_number}월",
            # a day of this year's month before its "until": "12월 4일까지", "12월 4일 발표
            # 전까지" (any other day of the month is the text's news or a date said before)
            r"(?<![년\d]\s)(?<![년\d]){month_number}월\s*{day}일(?=\s*(?:까지|이전|전까지|발표\s*전))",
        ),
    },
    population_heads=(r"인구", r"주민"),
    capitals_before=("수도",),
    capitals_topic=("수도는", "수도가", "수도로는"),
    # "72곳 중 11곳은 각국의 수도": the count's cities are capitals
    # (examples may come between: "11곳은 리스본, 하노이 등 각국의 수도")
    capital_predicates=(
        r"(?:은|는|이|가)\s*(?:[^.\n]{1,24}\s*등\s*)?(?:각국의\s*|각\s*나라의\s*)?(?:국가\s*)?수도",
    ),
    # "진천군을 포함한 3개 도시가 최종 승인을 받았고": a Korean local government (its name
    # ends in 시, 군 or 구; foreign cities are written without) names a Korean intake
    home_country="KR",
    # "국내 최초로 GNLC에 가입했다", "국내에서 처음으로 … 가입한 도시", "한국 도시 가운데
    # 처음으로 회원이 됐다": the first of the country, no noun needed
    first_words=("최초로", "처음으로"),
    rank_scope=r"\s*(?:(?:에서|도시\s*(?:가운데|중)(?:에서)?)\s*)?",
    first_clause=(
        r"(?:(?!상을|상\s|수상|회의|대회|포럼|행사|총회|개최|신청|후보)[^,.\n\d]){0,30}?"
        r"(?:가입|회원|합류|선정|인증|이름을\s*올)"
        r"(?![^,.\n]{0,12}(?:회의|대회|포럼|행사|총회|신청|후보))"
    ),
    home_places=(
        r"[가-힣]{1,6}(?:시|군|구)(?:을|를)?\s*(?:포함한|비롯한|포함해|비롯해)"
        r"|[가-힣]{1,6}(?:시|군|구)\s*등(?:\s*국내)?"
        # "공주시까지 3개 도시", "광주 서구·부안군·하남시 세 곳": the list up to the count
        r"|[가-힣]{1,6}(?:시|군|구)까지"
        r"|(?:[가-힣]{1,6}(?:시|군|구)\s*[·ㆍ,]\s*)+[가-힣]{1,6}(?:시|군|구)"
    ),
    # "'230개 도시'라는 표현이 여전히 쓰인다": the words quoted, not a statement
    quoted_words=r"(?:이)?라는\s*(?:표현|수치|숫자|문구|설명)",
    # "국내에서는 수원시에 이어 두 번째 회원 도시": the member before it in the ranking
    rank_after=("에 이어", "에 이은", "에 뒤이어"),
    zeros=Zeros(
        forms=(),
        words=(),
        owned=(
            r"{country}(?:의)?\s*(?:회원\s*)?도시(?:는|가|은)\s*(?:(?:아직까지|아직|현재까지|지금까지)\s*)?"
            r"(?:한\s*곳도\s*)?없",
            r"{country}(?:에는|은|는)\s*(?:(?:아직까지|아직|현재까지)\s*)?(?:회원\s*|가입\s*)?도시가\s*"
            r"(?:한\s*곳도\s*)?없",
        ),
        owned_words=("없",),
        members=("회원", "가입", "네트워크", "gnlc"),
        still=("아직", "까지"),
        blockers=("상을", "수상", "시상", "award"),
    ),
    how_many=r"몇",
    size_questions=r"규모는|얼마나\s*(?:큰|커|크)",
    answer_leads=("모두", "현재", "총"),
    # an FAQ's answer, its label and its end: "답: 59곳입니다.", "A. 59곳."
    answer_openers=(
        r"(?:(?:a|답변?)\s*(?:[(\uff08][^)\uff09\n]{1,12}[)\uff09]\s*)?[.:\uff1a\uff0e]\s*)?"
        r"(?:아니요|아뇨)?[,\s]*"  # "A(강사): 아니요, 229곳입니다"
    ),
    answer_ends=("입니다", "이에요", "예요", "이다"),
    answer_words=("답은",),
    subject_particles=("는", "은", "이", "가"),
    topic_particles=("은", "는"),
    topic_markers=("은", "는"),
    has_openings=("이미", "현재"),
    contrast_ends=("지만", "는데"),
    when_words=("때",),
    region_owner_gap=r"(?:지역)?\s*(?:은|는|이|가|에서는|에서)?\s*",
    as_of_after=r"(?:말)?\s*(?:기준|현재)",
    now_words=("현재", "지금"),
    year_counters=("년",),
    month_counters=("월",),
    list_closers=("등", "(?:포함|비롯)(?:해|한|하여)"),
    ordinal_prefixes=("제",),
    counter_letters="개",
    # (and the copula: "지금은 59개다", "59개입니다", "56개였는데", "56개이었다")
    counter_particles=(
        r"(?:(?:가|로|를|이다|이며|에|다|입니다|예요|이에요)(?![\uac00-\ud7a3])|였|이었)"
    ),
    title_learning=("학습",),
    title_documents=("가이드", "보고서", "안내서", "백서", "소식지", "책자", "리플릿"),
    year_possessives=("의",),
    numeral_letters="\u3007一二三四五六七八九十百千两兩",
)
