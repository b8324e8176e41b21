"""English names and adjectives of countries with GNLC members, and UNESCO's regions.

The hand-kept list covers the countries that news about the network names, with their
short forms and adjectives; the CLDR's names (places_eu.EN) add every other country. An
adjective missing here only means that "N <adjective> cities" is not tied to its country
(the figure is then not reported as a country's count, never reported wrongly).
"""

from __future__ import annotations

from lcnet.extract.lang.places_eu import EN as CLDR_EN

# alpha-2: (names, adjectives)
_COUNTRIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "VN": (("vietnam", "viet nam", "việt nam"), ("vietnamese",)),
    "CN": (("china", "people's republic of china"), ("chinese",)),
    "KR": (("korea", "south korea", "republic of korea"), ("korean", "south korean")),
    "JP": (("japan",), ("japanese",)),
    "TH": (("thailand",), ("thai",)),
    "ID": (("indonesia",), ("indonesian",)),
    "MY": (("malaysia",), ("malaysian",)),
    "PH": (("philippines", "the philippines"), ("philippine", "filipino")),
    "IN": (("india",), ("indian",)),
    "NP": (("nepal",), ("nepali", "nepalese")),
    "BD": (("bangladesh",), ("bangladeshi",)),
    "MN": (("mongolia",), ("mongolian",)),
    "KZ": (("kazakhstan",), ("kazakh",)),
    "TM": (("turkmenistan",), ("turkmen",)),
    "IR": (("iran", "islamic republic of iran"), ("iranian",)),
    "IQ": (("iraq",), ("iraqi",)),
    "TR": (("türkiye", "turkiye", "turkey"), ("turkish",)),
    "AU": (("australia",), ("australian",)),
    "EG": (("egypt",), ("egyptian",)),
    "MA": (("morocco",), ("moroccan",)),
    "SA": (("saudi arabia",), ("saudi",)),
    "OM": (("oman",), ("omani",)),
    "QA": (("qatar",), ("qatari",)),
    "AE": (("united arab emirates", "uae"), ("emirati",)),
    "BH": (("bahrain",), ("bahraini",)),
    "JO": (("jordan",), ("jordanian",)),
    "LB": (("lebanon",), ("lebanese",)),
    "NG": (("nigeria",), ("nigerian",)),
    "GH": (("ghana",), ("ghanaian",)),
    "KE": (("kenya",), ("kenyan",)),
    "ET": (("ethiopia",), ("ethiopian",)),
    "ZW": (("zimbabwe",), ("zimbabwean",)),
    "ZM": (("zambia",), ("zambian",)),
    "UG": (("uganda",), ("ugandan",)),
    "CM": (("cameroon",), ("cameroonian",)),
    "BJ": (("benin",), ("beninese",)),
    "NE": (("niger",), ("nigerien",)),
    "BF": (("burkina faso",), ("burkinabe",)),
    "ML": (("mali",), ("malian",)),
    "SN": (("senegal",), ("senegalese",)),
    "CI": (("côte d'ivoire", "cote d'ivoire", "ivory coast"), ("ivorian",)),
    "GW": (("guinea-bissau",), ("bissau-guinean",)),
    "UA": (("ukraine",), ("ukrainian",)),
    "PL": (("poland",), ("polish",)),
    "LT": (("lithuania",), ("lithuanian",)),
    "CY": (("cyprus",), ("cypriot",)),
    "GR": (("greece",), ("greek",)),
    "DE": (("germany",), ("german",)),
    "FR": (("france",), ("french",)),
    "ES": (("spain",), ("spanish",)),
    "PT": (("portugal",), ("portuguese",)),
    "IT": (("italy",), ("italian",)),
    "IE": (("ireland",), ("irish",)),
    "GB": (("united kingdom", "the uk", "britain"), ("british",)),
    "FI": (("finland",), ("finnish",)),
    "SE": (("sweden",), ("swedish",)),
    "DK": (("denmark",), ("danish",)),
    "NO": (("norway",), ("norwegian",)),
    "NL": (("netherlands", "the netherlands"), ("dutch",)),
    "BE": (("belgium",), ("belgian",)),
    "AT": (("austria",), ("austrian",)),
    "CH": (("switzerland",), ("swiss",)),
    "BY": (("belarus",), ("belarusian",)),
    "GE": (("georgia",), ("georgian",)),
    "US": (("united states", "the us", "the usa", "usa"), ("american", "us")),
    "CA": (("canada",), ("canadian",)),
    "MX": (("mexico",), ("mexican",)),
    "CO": (("colombia",), ("colombian",)),
    "BR": (("brazil",), ("brazilian",)),
    "AR": (("argentina",), ("argentine", "argentinian")),
    "CL": (("chile",), ("chilean",)),
    "PE": (("peru",), ("peruvian",)),
    "EC": (("ecuador",), ("ecuadorian",)),
    "VE": (("venezuela",), ("venezuelan",)),
    "BO": (("bolivia",), ("bolivian",)),
    "CR": (("costa rica",), ("costa rican",)),
    "SV": (("el salvador",), ("salvadoran",)),
    "NI": (("nicaragua",), ("nicaraguan",)),
    "CU": (("cuba",), ("cuban",)),
}

# Every country as the CLDR names it, but for names that are mostly something else in
# English prose ("Jersey", "Chad"); the hand-kept names above win.
_AMBIGUOUS = frozenset({"jersey", "guernsey", "chad", "man"})
COUNTRY_NAMES = {
    **{name: code for name, code in CLDR_EN.items() if name not in _AMBIGUOUS},
    **{name: code for code, (names, _) in _COUNTRIES.items() for name in names},
}
DEMONYMS = {word: code for code, (_, words) in _COUNTRIES.items() for word in words}

REGIONS = {
    "africa": "africa",
    "african": "africa",
    "sub-saharan africa": "africa",
    "arab states": "arab-states",
    "arab region": "arab-states",
    "arab": "arab-states",
    "asia-pacific": "asia-pacific",
    "asia and the pacific": "asia-pacific",
    "asia pacific": "asia-pacific",
    "europe and north america": "europe-north-america",
    "europe": "europe-north-america",
    "european": "europe-north-america",
    "latin america and the caribbean": "latin-america-caribbean",
    "latin america": "latin-america-caribbean",
    "latin american": "latin-america-caribbean",
}
