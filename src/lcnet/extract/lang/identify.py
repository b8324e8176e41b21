"""What tells languages apart, as data: scripts, frequent words, English names.

Read by lcnet.extract.langid. The table covers every language lcnet reads and the ones
it does not but that write about the network (the fact store holds sources in Arabic,
Russian, Ukrainian, Turkish, Greek, Indonesian, Slovenian, Lithuanian, Armenian ...):
a text in one of those must be named, so that a report can say "not read: Turkish".
Which languages lcnet *reads* is not said here: it is lcnet.extract.lang.CODES.

Words are lower case, NFC, letters only (the detector cuts words at anything else:
"l'unesco" is "l" and "unesco"). A word may belong to several languages ("de", "la");
it then counts for each, weighed down by how many share it.
"""

from __future__ import annotations

from pathlib import Path

# fastText's language identification model (compressed, 176 languages), as published
# by its authors under CC BY-SA 3.0 (lid.176.NOTICE.md). lcnet.extract.langid loads it
# where fasttext-predict is installed; its codes are ISO 639 but for the few below.
MODEL = Path(__file__).with_name("lid.176.ftz")
MODEL_CODES = {"nb": "no", "nn": "no", "arz": "ar", "sh": "hr", "azb": "az"}

# A script whose letters name their language on their own. Korean, Chinese and
# Japanese are told apart by the mix of Hangul, Kana and Han (lcnet.extract.langid).
SINGLE_LANGUAGE_SCRIPTS = {
    "greek": "el",
    "armenian": "hy",
    "hebrew": "he",
    "thai": "th",
    "georgian": "ka",
    "lao": "lo",
    "khmer": "km",
    "myanmar": "my",
    "bengali": "bn",
    "tamil": "ta",
    "telugu": "te",
    "kannada": "kn",
    "malayalam": "ml",
    "gujarati": "gu",
    "gurmukhi": "pa",
    "sinhala": "si",
    "ethiopic": "am",
    "tibetan": "bo",
    "devanagari": "hi",
}

# Han characters of Japanese's own forms, never Chinese ones (县 and 縣 are 県's):
# "岡山県岡山市" is Japanese though it holds no Kana.
JAPANESE_HAN = frozenset("県図広気様駅働込円")

# The letters of each script (first, last code point). Latin, Cyrillic and Arabic are
# written in several languages each: their words decide. Digits, punctuation and
# symbols belong to no script.
SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x005A, "latin"),
    (0x0061, 0x007A, "latin"),
    (0x00C0, 0x024F, "latin"),
    (0x1E00, 0x1EFF, "latin"),  # Vietnamese: ạ, ế, ờ ...
    (0x0370, 0x03FF, "greek"),
    (0x1F00, 0x1FFF, "greek"),
    (0x0400, 0x052F, "cyrillic"),
    (0x0530, 0x058F, "armenian"),
    (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"),
    (0xFB50, 0xFDFF, "arabic"),
    (0xFE70, 0xFEFF, "arabic"),
    (0x0900, 0x097F, "devanagari"),
    (0x0980, 0x09FF, "bengali"),
    (0x0A00, 0x0A7F, "gurmukhi"),
    (0x0A80, 0x0AFF, "gujarati"),
    (0x0B80, 0x0BFF, "tamil"),
    (0x0C00, 0x0C7F, "telugu"),
    (0x0C80, 0x0CFF, "kannada"),
    (0x0D00, 0x0D7F, "malayalam"),
    (0x0D80, 0x0DFF, "sinhala"),
    (0x0E00, 0x0E7F, "thai"),
    (0x0E80, 0x0EFF, "lao"),
    (0x0F00, 0x0FFF, "tibetan"),
    (0x1000, 0x109F, "myanmar"),
    (0x10A0, 0x10FF, "georgian"),
    (0x1100, 0x11FF, "hangul"),
    (0x1200, 0x137F, "ethiopic"),
    (0x1780, 0x17FF, "khmer"),
    (0x3040, 0x309F, "kana"),  # hiragana
    (0x30A0, 0x30FF, "kana"),  # katakana
    (0x3130, 0x318F, "hangul"),
    (0x31F0, 0x31FF, "kana"),
    (0x3400, 0x4DBF, "han"),
    (0x4E00, 0x9FFF, "han"),
    (0xA960, 0xA97F, "hangul"),
    (0xAC00, 0xD7AF, "hangul"),
    (0xF900, 0xFAFF, "han"),
    (0xFF66, 0xFF9D, "kana"),  # half-width katakana
)

# The language a script's text is in when its words say nothing clear.
SCRIPT_DEFAULTS = {"latin": "", "cyrillic": "ru", "arabic": "ar"}

# Frequent words: articles, pronouns, prepositions, conjunctions, common verbs.
WORDS: dict[str, dict[str, str]] = {
    "latin": {
        "en": "the and of to in is are was were that this with for from by on as at it its"
        " has have had be been which their they not but or an will would said also more",
        "fr": "le la les des du de et est sont dans pour sur avec une un au aux ce cette qui"
        " que ont été par plus pas son sa ses leur il elle nous vous était selon entre",
        "es": "el la los las del de y en es son para con una un por que se su sus al lo como"
        " más pero fue ha han este esta entre según también sobre",
        "pt": "o a os as do da dos das de e em no na nos nas um uma para com por que se não"
        " ao aos pela pelo pelas pelos é são foi mais como seu sua também entre já",
        "it": "il lo la i gli le di del della dei delle e è in nel nella per con un una che"
        " non si sono al alla da dal anche più come ha hanno questo questa tra ad oggi"
        " altre altri",
        "de": "der die das den dem des und ist sind ein eine einer eines mit von zu im in für"
        " auf nicht sich auch als wird werden bei aus nach wurde hat haben dass oder",
        "vi": "của và các là được có này trong với cho những một người đã không để khi từ"
        " theo đến về thành phố năm cũng như",
        "nl": "de het een en van in is op te dat die voor met zijn niet aan er ook als bij"
        " door wordt worden naar over deze",
        "tr": "ve bir bu da de için ile olarak daha çok en olan gibi ama her şey ne kadar"
        " sonra ise değil olan yılında tarafından",
        "id": "yang dan di ke dari ini itu dengan untuk pada dalam tidak akan adalah juga"
        " oleh sebagai atau kota telah dapat mereka",
        "ms": "yang dan di ke dari ini itu dengan untuk pada dalam tidak akan ialah juga"
        " oleh sebagai atau bandar telah boleh mereka kerana",
        "pl": "i w na z do nie się że to jest od za po jak o dla oraz przez ich jego który"
        " które była był są",
        "cs": "a v na se je z do že to s o jako pro by ale jsou bylo které který také jeho podle",
        "sk": "a v na sa je z do že to s o ako pre by ale sú bolo ktoré ktorý aj jeho podľa",
        "sl": "in v na je za se da z so s ki pa tudi od po kot bo so ter mesta ali",
        "hr": "i u na je za se da su od s koji što kao ali iz do po ili te biti",
        "lt": "ir į su yra kad iš per bei buvo jo tai kaip nuo dėl prie už mieste",
        "lv": "un ir ar no uz par kā ka arī bet tas to vai pēc jau",
        "ro": "și de la în cu pe din care este sunt a al o un pentru mai ca să nu fost",
        "hu": "a az és egy hogy nem is van volt meg de csak mint vagy már ez el",
        "sv": "och i att det som en på är av för med till den har de inte om ett var",
        "da": "og i at det som en på er af for med til den har de ikke om et var",
        "no": "og i at det som en på er av for med til den har de ikke om et var",
        "fi": "ja on ei se että oli kuin myös ovat tai mutta sekä hän",
        "et": "ja on et ei see oli ka kui ning aga või mis",
        "ca": "el la els les de del i a en és per amb que un una als dels",
        "sq": "dhe në të një për me që nga është janë si",
        "tl": "ang ng sa na mga at ay para hindi ito",
        "sw": "na ya wa kwa ni za la katika hii",
        "az": "və bir bu ilə üçün da də olan",
    },
    "cyrillic": {
        "ru": "и в во не на что с со по это как из для от к о году также был была были его"
        " их который которые при",
        "uk": "і й та у в не на що з до це як для від про року також був була були його"
        " їх який які",
        "bg": "и в на за от да се е са че с по които като това",
        "sr": "и у на је за да се су од са који као што",
        "mk": "и во на за од да се е со кои што како",
        "be": "і у на не што з да гэта як для ад",
        "kk": "және бұл мен үшін да де болып",
        "mn": "нь болон юм байна ба энэ",
    },
    "arabic": {
        "ar": "في من على إلى أن التي الذي مع هذا هذه عن كان",
        "fa": "از در که این با است را به برای یک",
        "ur": "کے کی ہے میں اور سے کو نے",
    },
}

# Words of the texts lcnet reads, about cities, countries, members and networks: a short
# phrase ("425 cidades de 91 países") holds few of the frequent words above.
TOPIC_WORDS: dict[str, dict[str, str]] = {
    "latin": {
        "en": "cities city countries country members member network learning million people"
        " citizens inhabitants new now joined join joins worldwide global than including",
        "fr": "villes ville pays membres membre réseau apprenantes apprenante millions"
        " habitants citoyens nouvelles nouveaux désormais mondial rejoint",
        "es": "ciudades ciudad países miembros miembro red aprendizaje millones habitantes"
        " ciudadanos nuevas ahora mundial cuenta",
        "pt": "cidades cidade países membros membro rede aprendizagem milhões habitantes"
        " cidadãos novas agora mundial municípios conta",
        "it": "città paesi membri membro rete apprendimento milioni abitanti cittadini nuove"
        " ora mondiale comuni conta",
        "de": "städte stadt länder ländern mitglieder mitglied netzwerk netzwerks lernende"
        " lernstädte millionen einwohner neue jetzt weltweit bürger globalen",
        "vi": "mạng lưới học tập thành viên quốc gia triệu toàn cầu",
        "nl": "steden stad landen leden netwerk lerende miljoen inwoners nieuwe",
        "tr": "şehir şehirler şehri ülke ülkeden ülkelerden üye üyesi ağ ağı ağa öğrenen milyon",
        "id": "kota negara anggota jaringan belajar juta warga baru menjadi",
        "ms": "bandar negara ahli rangkaian pembelajaran juta",
        "pl": "miast miasta krajów kraje członków sieć sieci uczących milionów",
        "sl": "mest mesto držav članov novih mreža mreže učeča milijonov",
        "hr": "gradova grad zemalja država članova mreža mreže učenja milijuna",
        "lt": "miestų miestai šalių narių tinklas tinklo besimokančių milijonų",
        "ro": "orașe orașul țări membri rețeaua rețea învățare milioane",
        "cs": "měst města zemí členů síť sítě učících milionů",
        "sv": "städer stad länder medlemmar nätverk nätverket lärande miljoner",
    },
    "cyrillic": {
        "ru": "городов города стран сети сеть участников миллионов",
        "uk": "міст міста країн мережі мережа учасників мільйонів",
        "bg": "градове града страни мрежата мрежа",
    },
    "arabic": {"ar": "مدينة مدن دولة بلدا شبكة الشبكة اليونسكو مليون"},
}

# Letters that belong to few languages of their script: each occurrence counts as
# half a word of each.
LETTERS: dict[str, dict[str, str]] = {
    "latin": {
        "pt": "ãõ",
        "fr": "œëîïûèêç",
        "it": "èìòù",
        "es": "ñ¿¡",
        "de": "ßäöü",
        "vi": "ơưăđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ",
        "tr": "ışğüö",
        "pl": "łąęźżśń",
        "ro": "șțâîă",
        "cs": "řůě",
        "hu": "őű",
        "lt": "ėųįūą",
        "lv": "āēīūļņķģ",
        "da": "æø",
        "no": "æø",
        "sv": "å",
    },
    "cyrillic": {
        "ru": "ыэъё",
        "uk": "іїєґ",
        "be": "ўі",
        "sr": "ђћј",
        "mk": "ѓќѕ",
        "kk": "әғқңөұүһ",
    },
    "arabic": {"fa": "پچژگ", "ur": "ٹڈڑںے"},
}

# For a language written without accents, one word frequent in it and rare in its
# neighbours, as it stands in running text: a block of ~8,000 characters without accents
# or other scripts, in which it is frequent enough, is that language whole, read at the
# speed of str.count (lcnet.extract.langid). Languages written with accents are read
# paragraph by paragraph: a quoted paragraph in another language has no accent to show.
NEEDLES = {"en": (" the ",)}

# Names pages in every language quote in English: "77 neue UNESCO-Learning Cities",
# "Le 64 nuove Learning Cities". They say nothing of the language they stand in, so a
# paragraph is told without them where the text around is in another language (a regex
# fragment, matched in lower case; QUOTED_NEEDLE is in each, to test cheaply first).
QUOTED_NAMES = r"\b(?:unesco|gnlc|global network of learning cities|learning cit(?:y|ies))\b"
QUOTED_NEEDLE = "learning cit"

# English names, as reports say them: "not read: Korean".
NAMES = {
    "am": "Amharic",
    "ar": "Arabic",
    "az": "Azerbaijani",
    "be": "Belarusian",
    "bg": "Bulgarian",
    "bn": "Bengali",
    "bo": "Tibetan",
    "ca": "Catalan",
    "cs": "Czech",
    "da": "Danish",
    "de": "German",
    "el": "Greek",
    "en": "English",
    "es": "Spanish",
    "et": "Estonian",
    "fa": "Persian",
    "fi": "Finnish",
    "fr": "French",
    "gu": "Gujarati",
    "he": "Hebrew",
    "hi": "Hindi",
    "hr": "Croatian",
    "hu": "Hungarian",
    "hy": "Armenian",
    "id": "Indonesian",
    "it": "Italian",
    "ja": "Japanese",
    "ka": "Georgian",
    "kk": "Kazakh",
    "km": "Khmer",
    "kn": "Kannada",
    "ko": "Korean",
    "lo": "Lao",
    "lt": "Lithuanian",
    "lv": "Latvian",
    "mk": "Macedonian",
    "ml": "Malayalam",
    "mn": "Mongolian",
    "ms": "Malay",
    "my": "Burmese",
    "nl": "Dutch",
    "no": "Norwegian",
    "pa": "Punjabi",
    "pl": "Polish",
    "pt": "Portuguese",
    "ro": "Romanian",
    "ru": "Russian",
    "si": "Sinhala",
    "sk": "Slovak",
    "sl": "Slovenian",
    "sq": "Albanian",
    "sr": "Serbian",
    "sv": "Swedish",
    "sw": "Swahili",
    "ta": "Tamil",
    "te": "Telugu",
    "th": "Thai",
    "tl": "Tagalog",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "ur": "Urdu",
    "vi": "Vietnamese",
    "zh": "Chinese",
}
