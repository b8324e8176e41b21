"""The variant sweep of bare numbers whose unit the discourse gives (lcnet.extract.discourse).

Each case is a short body on a page whose title names the network, dated 2025-12-12: a
number with no figure phrase of its own, its unit said by the label of its line or cell,
by the question or heading it answers, by the pronoun or "others" word that stands for a
noun said before, or by a coordinated number's noun. A case is (language, rule, body,
expected): expected is the (metric, value) pairs that must be read, or, for a near-miss,
the values that must NOT be read by any mention (a year, a budget, a page, a phone
number, another network's or another body's count, a number with a noun of its own).

The label cases are every layout of a fact box (dot leaders, a spaced colon, a colon
touching the number, a tab, a run of spaces, a Markdown table's row, a dash) with the
same three labels per language; the other rules are sentences written for each language,
other verbs and word orders.
"""

from __future__ import annotations

from tests.extract.sweep import Case

# (cities label, countries label, new cities label) and the near-miss labels with values
_LABELS = {
    "en": ("Member cities", "Countries", "New member cities"),
    "fr": ("Villes membres", "Pays", "Nouvelles villes membres"),
    "es": ("Ciudades miembro", "Países", "Nuevas ciudades miembro"),
    "pt": ("Cidades membros", "Países", "Novas cidades membros"),
    "it": ("Città aderenti", "Paesi", "Nuove città aderenti"),
    "de": ("Mitgliedsstädte", "Länder", "Neue Mitgliedsstädte"),
    "vi": ("Thành phố thành viên", "Quốc gia", "Thành phố mới gia nhập"),
    "ja": ("加盟都市", "加盟国数", "新規加盟都市"),
    "zh": ("成员城市", "国家", "新成员城市"),
    "ko": ("회원 도시", "국가", "신규 회원 도시"),
}
_NEAR_LABELS = {
    "en": ("Year our city joined", "Budget (EUR)", "Page", "Creative Cities",
           "Schools taking part"),
    "fr": ("Année d'adhésion", "Budget (euros)", "Page", "Villes créatives",
           "Écoles participantes"),
    "es": ("Año de ingreso", "Presupuesto (euros)", "Página", "Ciudades Creativas",
           "Escuelas participantes"),
    "pt": ("Ano de adesão", "Orçamento (euros)", "Página", "Cidades Criativas",
           "Escolas participantes"),
    "it": ("Anno di adesione", "Bilancio (euro)", "Pagina", "Città creative", "Scuole coinvolte"),
    "de": ("Beitrittsjahr", "Budget (Euro)", "Seite", "Kreative Städte", "Beteiligte Schulen"),
    "vi": ("Năm gia nhập", "Kinh phí (triệu đồng)", "Trang", "Thành phố sáng tạo",
           "Trường học tham gia"),
    "ja": ("加盟年", "予算（万円）", "ページ", "創造都市", "参加校"),
    "zh": ("加入年份", "预算（万元）", "页码", "创意城市", "参与学校"),
    "ko": ("가입 연도", "예산(백만 원)", "쪽", "창의도시", "참여 학교"),
}  # fmt: skip
_NEAR_VALUES = (2016, 300, 12, 350, 48)
_HEAD = {
    "en": "Key figures", "fr": "Chiffres clés", "es": "Cifras clave", "pt": "Números-chave",
    "it": "I numeri", "de": "Zahlen", "vi": "Số liệu chính", "ja": "主な数字", "zh": "主要数据",
    "ko": "주요 수치",
}  # fmt: skip
_LAYOUTS = {
    "leaders": "{label} ............ {n}",
    "spaced colon": "{label} : {n}",
    "touching colon": "{label} :{n}",
    "tab": "{label}\t{n}",
    "spaces": "{label}       {n}",
    "dash": "- {label} – {n}",
}
_UNSPACED_LAYOUTS = {
    "leaders": "{label}……………{n}",
    "full-width colon": "{label}：{n}",
    "touching colon": "{label} :{n}",
    "tab": "{label}\t{n}",
    "spaces": "{label}　　　{n}",
    "dash": "・{label}―{n}",
}


def _box(language: str, layout: str, rows: list[tuple[str, int]]) -> str:
    lines = [_HEAD[language], ""]
    if layout == "table":
        lines += ["| | |", "|---|---|"]
        lines += [f"| {label} | {n} |" for label, n in rows]
    else:
        form = (_UNSPACED_LAYOUTS if language in ("ja", "zh", "ko") else _LAYOUTS)[layout]
        lines += [form.format(label=label, n=n) for label, n in rows]
    # each row its own line: a blank line between rows of a plain-text box
    return "\n\n".join(lines) if layout in ("spaces", "tab") else "\n".join(lines)


def _label_cases() -> list[Case]:
    cases = []
    for language, (cities, countries, new) in _LABELS.items():
        layouts = _UNSPACED_LAYOUTS if language in ("ja", "zh", "ko") else _LAYOUTS
        for layout in (*layouts, "table"):
            body = _box(language, layout, [(cities, 425), (countries, 91), (new, 72)])
            expected = (("total_cities", 425), ("total_countries", 91), ("new_cities", 72))
            cases.append(Case(language, f"label/{layout}", body, expected))
        for layout in ("leaders", "table"):
            near = list(zip(_NEAR_LABELS[language], _NEAR_VALUES, strict=True))
            body = _box(language, layout, near)
            cases.append(Case(language, f"label near-miss/{layout}", body, (), _NEAR_VALUES))
    return cases


def _c(language: str, rule: str, body: str, *expected: tuple[str, int]) -> Case:
    return Case(language, rule, body, expected)


def _n(language: str, rule: str, body: str, *absent: int) -> Case:
    return Case(language, rule + " near-miss", body, (), absent)


T, C, N = "total_cities", "total_countries", "new_cities"

# Questions and headings: the unit is asked, the number answers.
_ANSWERS = [
    _c("en", "answer", "How many cities belong to the network today? 425, in 91 countries.",
       (T, 425)),
    _c("en", "answer", "Member cities worldwide? Four hundred and twenty-five at the last count.",
       (T, 425)),
    _c("en", "answer", "And how many countries are represented? Ninety-one.", (C, 91)),
    _c("en", "answer", "Newcomers in the December 2025 round? There were 72.", (N, 72)),
    _c("en", "answer", "Countries with at least one member? Ninety-one, says UNESCO.", (C, 91)),
    _n("en", "answer", "How many years has our town been a member? Nine.", 9),
    _n("en", "answer", "How many schools take part in the learning festival? 48.", 48),
    _n("en", "answer", "How many Creative Cities are there? 350.", 350),
    _c("fr", "answer", "Combien de villes compte le réseau ? 425, dans 91 pays.", (T, 425)),
    _c("fr", "answer", "Les villes membres ? Quatre cent vingt-cinq aujourd'hui.", (T, 425)),
    _c("fr", "answer", "Et les pays représentés ? Il y en a 91.", (C, 91)),
    _c("fr", "answer", "Combien de nouvelles villes en décembre 2025 ? Soixante-douze.", (N, 72)),
    _n("fr", "answer", "Combien d'écoles participent au festival ? 48.", 48),
    _n("fr", "answer", "Depuis combien d'années la ville est-elle membre ? Neuf.", 9),
    _c("es", "answer", "¿Cuántas ciudades forman parte de la red? 425, en 91 países.", (T, 425)),
    _c("es", "answer", "¿Las ciudades miembro? Cuatrocientas veinticinco a día de hoy.", (T, 425)),
    _c("es", "answer", "¿Y cuántos países? Son 91.", (C, 91)),
    _c("es", "answer", "¿Nuevas ciudades en la ronda de 2025? Setenta y dos.", (N, 72)),
    _n("es", "answer", "¿Cuántas escuelas participan en la semana? 48.", 48),
    _n("es", "answer", "¿Cuántas Ciudades Creativas hay? 350.", 350),
    _c("pt", "answer", "Quantas cidades fazem parte da rede? 425, em 91 países.", (T, 425)),
    _c("pt", "answer", "As cidades membros? Quatrocentas e vinte e cinco, hoje.", (T, 425)),
    _c("pt", "answer", "E quantos países? São 91.", (C, 91)),
    _c("pt", "answer", "Novas cidades na ronda de 2025? Setenta e duas.", (N, 72)),
    _n("pt", "answer", "Quantas escolas participam da semana? 48.", 48),
    _n("pt", "answer", "Há quantos anos a cidade é membro? Nove.", 9),
    _c("it", "answer", "Quante città fanno parte della rete? 425, in 91 paesi.", (T, 425)),
    _c("it", "answer", "Le città aderenti? Quattrocentoventicinque, a oggi.", (T, 425)),
    _c("it", "answer", "E quanti paesi? Sono 91.", (C, 91)),
    _c("it", "answer", "Nuove città nella tornata del 2025? Settantadue.", (N, 72)),
    _n("it", "answer", "Quante scuole partecipano alla settimana? 48.", 48),
    _n("it", "answer", "Quante Città creative ci sono? 350.", 350),
    _c("de", "answer", "Wie viele Städte gehören dem Netzwerk an? 425, in 91 Ländern.", (T, 425)),
    _c("de", "answer", "Die Mitgliedsstädte? Vierhundertfünfundzwanzig, Stand heute.", (T, 425)),
    _c("de", "answer", "Und wie viele Länder? Es sind 91.", (C, 91)),
    _c("de", "answer", "Neue Städte in der Runde 2025? Zweiundsiebzig.", (N, 72)),
    _n("de", "answer", "Wie viele Schulen machen beim Lernfest mit? 48.", 48),
    _n("de", "answer", "Seit wie vielen Jahren ist die Stadt Mitglied? Neun.", 9),
    _c("vi", "answer", "Mạng lưới có bao nhiêu thành phố? 425, thuộc 91 quốc gia.", (T, 425)),
    _c("vi", "answer", "Số thành phố thành viên? Hiện là 425.", (T, 425)),
    _c("vi", "answer", "Còn số quốc gia? Là 91.", (C, 91)),
    _n("vi", "answer", "Có bao nhiêu trường tham gia tuần lễ? 48.", 48),
    _c("ja", "answer", "ネットワークの加盟都市はいくつ？　425、91か国にわたる。", (T, 425)),
    _c("ja", "answer", "加盟都市の数は？――425。", (T, 425)),
    _n("ja", "answer", "参加校の数は？　48。", 48),
    _c("zh", "answer", "网络目前有多少个成员城市？425个，分布在91个国家。", (T, 425)),
    _c("zh", "answer", "成员城市有多少？答案是425。", (T, 425)),
    _n("zh", "answer", "有多少所学校参加？48所。", 48),
    _c("en", "answer", "## How many cities are in it?\n\nAs of December 2025, the answer is "
       "425.", (T, 425)),
    _c("en", "answer", "How many joined in the last round?\n\nSeventy-two, from 46 countries.",
       (N, 72)),
    _n("en", "answer", "How many schools joined the reading scheme? 48, the answer is 48.", 48),
    _n("en", "answer", "Which Thai cities are members? Five, all named below.", 5),
    _n("fr", "answer", "Quelles villes belges sont membres ? Deux, Liège et Namur.", 2),
    _c("fr", "answer", "## Combien de villes en font partie ?\n\nDepuis décembre 2025, la "
       "réponse est 425.", (T, 425)),
    _c("fr", "answer", "Combien ont rejoint le réseau en 2025 ? Soixante-douze.", (N, 72)),
    _c("es", "answer", "¿Cuántas ingresaron en la última ronda? Setenta y dos.", (N, 72)),
    _c("es", "answer", "## ¿Cuántas ciudades la integran?\n\nTras la ronda de 2025, la "
       "respuesta es 425.", (T, 425)),
    _c("pt", "answer", "Quantas entraram na última ronda? Setenta e duas.", (N, 72)),
    _c("it", "answer", "Quante sono entrate nell'ultima tornata? Settantadue.", (N, 72)),
    _n("it", "answer", "Quante scuole sono entrate nel progetto? Dodici.", 12),
    _c("de", "answer", "Wie viele sind 2025 beigetreten? Zweiundsiebzig.", (N, 72)),
    _c("zh", "answer", "成员城市一共有多少？\n\n截至2025年12月，答案是425。", (T, 425)),
    _c("ko", "answer", "네트워크 회원 도시는 몇 곳인가? 425곳이다.", (T, 425)),
    _c("en", "answer", "Q: How many cities are in the network?\n\nA: 425, in 91 countries.",
       (T, 425)),
    _c("en", "answer", "How many cities in Thailand belong to it? Thirteen.",
       ("country_cities", 13)),
    _c("en", "answer", "How many people live in these cities? Close to 500 million.",
       ("citizens", 500_000_000)),
    _n("en", "answer", "How many people live in Cork? About 220,000.", 220_000),
    _c("vi", "answer", "Việt Nam có bao nhiêu thành phố là thành viên?\n\nTrả lời: Năm.",
       ("country_cities", 5)),
    _c("de", "answer", "Wie viele Menschen leben in diesen Städten?\n\nRund 500 Millionen.",
       ("citizens", 500_000_000)),
    _c("fr", "answer", "Combien de villes françaises sont membres ?\n\nRéponse : 13.",
       ("country_cities", 13)),
    _c("es", "answer", "¿Cuántas ciudades colombianas hay en la red? R: Trece.",
       ("country_cities", 13)),
    _c("ko", "answer", "회원 도시 수는? 425.", (T, 425)),
    _n("ko", "answer", "참여 학교는 몇 곳인가? 48.", 48),
]  # fmt: skip

# Pronouns, clitics, "others": the antecedent's noun is the unit.
_ANAPHORA = [
    _c("en", "anaphora", "Learning cities are everywhere now: the network counts 425 of them.",
       (T, 425)),
    _c("en", "anaphora", "When the first member cities were announced in August 2016 there were "
       "115 of them.", (T, 115)),
    _c("en", "anaphora", "In 2022, 77 cities joined; in December 2025 another 72 followed.",
       (N, 72)),
    _c("en", "anaphora", "The network took in 64 cities in 2024, and 72 more in 2025.", (N, 72)),
    _n("en", "anaphora", "Cork hosted 600 delegates; 48 of them were teachers.", 48),
    _n("en", "anaphora", "The city runs 48 schools, and 12 more are planned.", 12),
    _n("en", "anaphora", "The network took in 64 cities in 2024, and the city opened 30 "
       "libraries.",
       30),
    _n("en", "anaphora", "The network took in 64 cities in 2024; the library lent another 40 "
       "laptops.", 40),
    _n("fr", "anaphora", "Le réseau a accueilli 64 villes en 2024 ; la ville a ouvert 20 écoles "
       "de plus.", 20),
    _n("es", "anaphora", "En 2024 ingresaron 64 ciudades; la ciudad abrió otras 20 bibliotecas.",
       20),
    _n("pt", "anaphora", "Em 2024 entraram 64 cidades, e a câmara abriu 20 bibliotecas.", 20),
    _n("it", "anaphora", "Nel 2024 sono entrate 64 città, e il comune ha aperto 20 biblioteche.",
       20),
    _n("de", "anaphora", "2024 kamen 64 Städte hinzu, und die Stadt baute 20 Bibliotheken.", 20),
    _n("vi", "anaphora", "Năm 2024 có 64 thành phố gia nhập, và thành phố mở 20 thư viện.", 20),
    _c("en", "anaphora", "Member cities? After the last round there are some 425 of them.",
       (T, 425)),
    _n("en", "anaphora", "Teachers came from the member cities; 48 of them spoke at the event.",
       48),
    _n("en", "anaphora", "The network's 425 cities sent 600 delegates; 48 of them were mayors.",
       48),
    _c("fr", "anaphora", "Des villes membres, il en existe aujourd'hui 425.", (T, 425)),
    _c("fr", "anaphora", "Quant aux pays représentés, le réseau en réunit désormais 91.", (C, 91)),
    _n("fr", "anaphora", "Des écoles, la ville en compte 48.", 48),
    _n("fr", "anaphora", "Le réseau compte 425 villes, et la ville en a visité 12 en 2024.", 12),
    _c("es", "anaphora", "¿Ciudades miembro? La red reúne hoy 425 de ellas.", (T, 425)),
    _n("es", "anaphora", "Las ciudades enviaron delegados; 48 de ellos eran alcaldes.", 48),
    _c("pt", "anaphora", "Cidades de aprendizagem? A rede já tem 425 delas.", (T, 425)),
    _c("it", "anaphora", "Quanto ai paesi, la rete ne conta oggi 91.", (C, 91)),
    _n("it", "anaphora", "Di scuole, la città ne conta 48.", 48),
    _c("it", "anaphora", "Nel 2020 la rete contava 229 città; nel 2022 ne entrarono altre "
       "settantasette.", (N, 77)),
    _c("fr", "anaphora", "En 2020 le réseau comptait 229 villes ; en 2022 il en a accueilli "
       "encore 77.", (N, 77)),
    _c("de", "anaphora", "Lernende Städte gibt es viele; das Netzwerk zählt 425 davon.", (T, 425)),
    _n("de", "anaphora", "Die Städte schickten Delegierte; 48 davon waren Bürgermeister.", 48),
    _c("de", "anaphora", "Im August 2016 gehörten ihm 115 Städte an; inzwischen sollen es rund "
       "130 sein.", (T, 130)),
    _c("fr", "anaphora", "Des villes apprenantes, le réseau en compte aujourd'hui 425.", (T, 425)),
    _c("fr", "anaphora", "En 2022, 77 villes ont rejoint le réseau ; en 2025, 72 autres ont "
       "suivi.", (N, 72)),
    _c("fr", "anaphora", "Le réseau a accueilli 64 villes en 2024, puis 72 de plus en 2025.",
       (N, 72)),
    _n("fr", "anaphora", "La ville compte 48 écoles, et 12 autres sont prévues.", 12),
    _c("es", "anaphora", "En 2022 ingresaron 77 ciudades; en 2025 se sumaron otras 72.", (N, 72)),
    _c("es", "anaphora", "Ciudades del aprendizaje hay muchas: la red cuenta ya 425 de ellas.",
       (T, 425)),
    _c("es", "anaphora", "La red incorporó 64 ciudades en 2024 y 72 más en 2025.", (N, 72)),
    _n("es", "anaphora", "La ciudad tiene 48 escuelas y se abrirán otras 12.", 12),
    _c("pt", "anaphora", "Em 2022 entraram 77 cidades; em 2025 juntaram-se mais 72.", (N, 72)),
    _c("pt", "anaphora", "A rede acolheu 64 cidades em 2024 e outras 72 em 2025.", (N, 72)),
    _n("pt", "anaphora", "A cidade tem 48 escolas e vai abrir mais 12.", 12),
    _c("it", "anaphora", "Nel 2022 entrarono 77 città; nel 2025 ne sono entrate altre 72.",
       (N, 72)),
    _c("it", "anaphora", "La rete ha accolto 64 città nel 2024 e altre 72 nel 2025.", (N, 72)),
    _c("it", "anaphora", "Di città dell'apprendimento la rete ne conta oggi 425.", (T, 425)),
    _n("it", "anaphora", "La città ha 48 scuole e ne aprirà altre 12.", 12),
    _c("de", "anaphora", "2022 kamen 77 Städte hinzu, im Dezember 2025 weitere 72.", (N, 72)),
    _c("de", "anaphora", "Das Netzwerk nahm 2024 64 Städte auf und 2025 noch einmal 72.",
       (N, 72)),
    _n("de", "anaphora", "Die Stadt hat 48 Schulen, weitere 12 sind geplant.", 12),
    _c("vi", "anaphora", "Năm 2022 có 77 thành phố gia nhập; năm 2025 thêm 72.", (N, 72)),
    _n("vi", "anaphora", "Thành phố có 48 trường học và sẽ xây thêm 12.", 12),
]  # fmt: skip

# A noun of counting with the number right after it, its unit said before: "e il
# totale 229" (a total of the members; money or a share after the number binds nothing).
_COUNTED = [
    _c("it", "counted", "Le nuove città sono 54 e il totale 229, in 64 paesi.", (T, 229)),
    _c("es", "counted", "Ingresaron 54 ciudades nuevas y el total 229, en 64 países.", (T, 229)),
    _c("pt", "counted", "Entraram 54 cidades novas e o total 229, em 64 países.", (T, 229)),
    _c("fr", "counted", "Les nouvelles villes sont 54, et le total 229, dans 64 pays.", (T, 229)),
    _n("it", "counted", "Le città pagano una quota; il totale 300 euro a testa.", 300),
    _n("es", "counted", "Las ciudades pagan una cuota: el total 300 euros.", 300),
]

_COUNTED += [
    _c(
        "zh",
        "counted",
        "该网络目前有292个成员城市。依新闻稿，总数则是294个，两个数字都来自官方。",
        (T, 294),
    ),
    _c("zh", "counted", "成员城市遍布全球，总数达425个。", (T, 425)),
    _c("ko", "counted", "300여 개 도시가 가입해 있고, 정확한 수는 356개입니다.", (T, 356)),
    _c("ko", "counted", "회원 도시가 크게 늘어 전체 수는 425곳이다.", (T, 425)),
    _c("ja", "counted", "加盟都市は世界に広がっている。総数は425で、91か国にわたる。", (T, 425)),
    _n("zh", "counted", "学校很多，总数是300所。", 300),
    _n("ko", "counted", "회원 도시가 늘었다. 예산 총수는 300억 원이다.", 300),
]

# A number of millions alone where the paragraph speaks of the network's people.
_PEOPLE = [
    _c(
        "en",
        "people",
        "UNESCO now speaks of close to 500 million residents. Older leaflets "
        "still say 390 million.",
        ("citizens", 390_000_000),
    ),
    _c(
        "fr",
        "people",
        "Le réseau compte 500 millions d'habitants. Certaines brochures disent "
        "encore 390 millions.",
        ("citizens", 390_000_000),
    ),
    _c(
        "es",
        "people",
        "La red reúne a 500 millones de habitantes; algunos folletos aún dicen 390 millones.",
        ("citizens", 390_000_000),
    ),
    _c(
        "pt",
        "people",
        "Na rede vivem 500 milhões de habitantes; folhetos antigos ainda dizem 390 milhões.",
        ("citizens", 390_000_000),
    ),
    _c(
        "it",
        "people",
        "Nella rete vivono 500 milioni di abitanti; vecchi opuscoli dicono ancora 390 milioni.",
        ("citizens", 390_000_000),
    ),
    _c(
        "de",
        "people",
        "Im Netzwerk leben rund 500 Millionen Menschen. Alte Flyer nennen noch 390 Millionen.",
        ("citizens", 390_000_000),
    ),
    _n(
        "en",
        "people",
        "The network serves 500 million residents. The city budget is 390 million.",
        390_000_000,
    ),
    _n(
        "en",
        "people",
        "The network serves 500 million residents. Last year 390 million visits were made.",
        390_000_000,
    ),
    _n(
        "fr",
        "people",
        "Les 500 millions d'habitants du réseau mis à part, la ville a reçu 20 millions d'euros.",
        20_000_000,
    ),
    _n(
        "de",
        "people",
        "Im Netzwerk leben 500 Millionen Menschen. Der Haushalt: 390 Millionen Euro.",
        390_000_000,
    ),
]

# Coordination: a number's sibling carries the noun.
_COORDINATED = [
    _c("en", "coordination", "UNESCO itself gives two counts, 294 and 292 cities, depending on "
       "the page.", (T, 294)),
    _c("en", "coordination", "The new and old totals, 356 and 425 member cities, appear side by "
       "side.", (T, 356)),
    _n("en", "coordination", "The festival ran 12 and 14 hours on its two days, in 425 cities.",
       12),
    _n("en", "coordination", "Of the 12 and 425 cities we listed, most are in Europe.", 12),
    _n("en", "coordination", "Turnout rose 50% and 356 cities took part in the campaign.", 50),
    _c("en", "coordination", "The last two rounds brought either 64 or 72 new member cities each.",
       (N, 64)),
    _c("es", "coordination", "Las rondas de 2024 y 2025 sumaron 64 y 72 nuevas ciudades.",
       (N, 64)),
    _n("es", "coordination", "Entre 2016 y 2025 ciudades de todo el mundo se adhirieron.", 2016),
    _c("fr", "coordination", "Selon la page, le réseau compte 292 ou 294 villes membres.",
       (T, 292)),
    _c("it", "coordination", "Le ultime tornate hanno portato 64 e 72 nuove città.", (N, 64)),
    _c("de", "coordination", "Die letzten Runden brachten 64 und 72 neue Städte.", (N, 64)),
    _c("pt", "coordination", "As duas últimas rondas trouxeram 64 e 72 novas cidades.", (N, 64)),
    _c("fr", "coordination", "L'UNESCO donne deux chiffres, 294 et 292 villes, selon la page.",
       (T, 294)),
    _c("es", "coordination", "La UNESCO maneja dos cifras, 294 o 292 ciudades, según la página.",
       (T, 294)),
    _c("pt", "coordination", "A UNESCO usa dois números, 294 e 292 cidades, conforme a página.",
       (T, 294)),
    _c("it", "coordination", "L'UNESCO riporta due cifre, 294 e 292 città, a seconda della "
       "pagina.", (T, 294)),
    _c("de", "coordination", "Die UNESCO nennt zwei Zahlen, 294 und 292 Städte, je nach Seite.",
       (T, 294)),
    _c("vi", "coordination", "UNESCO đưa ra hai con số, 294 và 292 thành phố, tùy trang.",
       (T, 294)),
]  # fmt: skip

# a change, then the total it brought: the bare total after a word that leads to it
_REACHED = [
    _c("en", "reached", "UNESCO admitted 72 new member cities in 2025, taking it to 425.",
       (N, 72), (T, 425)),
    _c("en", "reached", "Another 72 cities joined in 2025, bringing the total to 425.",
       (N, 72), (T, 425)),
    _c("en", "reached", "In 2025 seventy-two new cities came in, for a total of 425.",
       (N, 72), (T, 425)),
    _n("en", "reached", "UNESCO admitted 72 new member cities, raising the budget to 300.", 300),
    _n("en", "reached", "The 72 new cities sent delegates to 12 workshops.", 12),
    _c("fr", "reached", "En 2025, le réseau a accueilli 72 nouvelles villes, passant à 425.",
       (N, 72), (T, 425)),
    _c("fr", "reached", "L'UNESCO a admis 72 villes nouvelles en 2025, pour atteindre 425.",
       (N, 72), (T, 425)),
    _n("fr", "reached", "Les 72 nouvelles villes, réunies à Paris, ont invité 300 élus.", 300),
    _c("es", "reached", "En 2025 la red sumó 72 ciudades nuevas hasta llegar a 425.",
       (N, 72), (T, 425)),
    _c("es", "reached", "La UNESCO admitió 72 nuevas ciudades miembro, elevando el total a 425.",
       (N, 72), (T, 425)),
    _n("es", "reached", "Las 72 nuevas ciudades, con un presupuesto elevado a 300, se reunieron.",
       300),
    _c("pt", "reached", "A UNESCO admitiu 72 novas cidades em 2025, chegando a 425.",
       (N, 72), (T, 425)),
    _c("pt", "reached", "Entraram 72 novas cidades membros, elevando o total para 425.",
       (N, 72), (T, 425)),
    _c("it", "reached", "L'UNESCO ha ammesso 72 nuove città nel 2025, portando il totale a 425.",
       (N, 72), (T, 425)),
    _c("de", "reached", "2025 kamen 72 neue Mitgliedsstädte hinzu, insgesamt auf 425.",
       (N, 72), (T, 425)),
    _c("vi", "reached", "Năm 2025 UNESCO kết nạp thêm 72 thành phố mới, nâng tổng số lên 425.",
       (N, 72), (T, 425)),
    _c("en", "reached", "In 2025 the network grew by 72 cities to 425.", (T, 425)),
    # a growth is a difference in de as in en (Language.difference_before): the total binds
    _c("de", "reached", "Das Netzwerk wuchs 2025 um 72 Städte auf 425.", (T, 425)),
    _c("en", "reached", "Last year the network grew by 96 member cities to 356.", (T, 356)),
    _c("fr", "reached", "En 2025, le réseau a augmenté de 72 villes pour atteindre 425.",
       (T, 425)),
    _n("en", "reached", "In 2025 the network grew by 72 cities; its budget rose to 425.", 425),
    _n("en", "reached", "The network grew by 72 cities in 2025, the staff of the institute "
       "to 425.", 425),
    _c("it", "reached", "Nel 2025 la rete è cresciuta di 72 città arrivando a 425.",
       (T, 425)),
]  # fmt: skip

# a transcript: the answer on the line after the question, each line opened by its speaker
_SPOKEN = [
    _c("en", "spoken", "HOST: How many cities are in the network now?\nGUEST: Four hundred and "
       "twenty-five.", (T, 425)),
    _c("en", "spoken", "Host: And how many member cities are there today?\nMaria Lopez: 425, "
       "after the last round.", (T, 425)),
    _c("en", "spoken", "**Interviewer:** How many new member cities joined in 2025?\n"
       "**Director:** Seventy-two.", (N, 72)),
    _n("en", "spoken", "HOST: How many years has the network existed?\nGUEST: Ten.", 10),
    _n("en", "spoken", "HOST: How many member cities are there now?\nGUEST: Since 2016, more "
       "every year.", 2016),
    _n("en", "spoken", "HOST: How many member cities are there now?\nGUEST: 300 euros a year "
       "is what we pay.", 300),
    _c("fr", "spoken", "ANIMATRICE : Combien de villes membres compte le réseau ?\nINVITÉ : 425.",
       (T, 425)),
    _n("fr", "spoken", "ANIMATRICE : Depuis combien d'années ?\nINVITÉ : Dix.", 10),
    _c("de", "spoken", "MODERATORIN: Wie viele Mitgliedsstädte hat das Netzwerk heute?\n"
       "GAST: 425.", (T, 425)),
    _n("de", "spoken", "MODERATORIN: Wie viele Jahre gibt es das Netzwerk schon?\nGAST: Zehn.",
       10),
    _c("es", "spoken", "PRESENTADORA: ¿Cuántas ciudades miembro tiene hoy la red?\n"
       "INVITADO: 425.", (T, 425)),
    _c("it", "spoken", "CONDUTTRICE: Quante città aderenti conta oggi la rete?\nOSPITE: 425.",
       (T, 425)),
    _c("pt", "spoken", "APRESENTADORA: Quantas cidades membros tem hoje a rede?\n"
       "CONVIDADO: 425.", (T, 425)),
    _c("vi", "spoken", "MC: Mạng lưới hiện có bao nhiêu thành phố thành viên?\nKHÁCH MỜI: 425.",
       (T, 425)),
    _c("ko", "spoken", "사회자: 회원 도시는 현재 몇 곳인가요?\n게스트: 425곳입니다.", (T, 425)),
    _c("zh", "spoken", "主持人：网络现在有多少个成员城市？\n嘉宾：425个。", (T, 425)),
    _c("ja", "spoken", "司会：加盟都市は現在いくつありますか？\nゲスト：425です。", (T, 425)),
]  # fmt: skip

# a subject pronoun and its copula opening a sentence: the number stands for the noun before
_SUBJECT = [
    _c("es", "subject", "La UNESCO publicó la lista de nuevas ciudades miembro en 2025. Fueron "
       "72, procedentes de 35 países.", (N, 72)),
    _c("es", "subject", "En 2025 se anunciaron las nuevas ciudades del aprendizaje. Son 72.",
       (N, 72)),
    _c("pt", "subject", "Em 2025 a UNESCO anunciou as novas cidades membros. Foram 72, vindas de "
       "35 países.", (N, 72)),
    _c("it", "subject", "Nel 2025 l'UNESCO ha pubblicato l'elenco delle nuove città aderenti. "
       "Sono 72.", (N, 72)),
    _c("de", "subject", "2025 veröffentlichte die UNESCO die Liste der neuen Mitgliedsstädte. "
       "Es sind 72.", (N, 72)),
    _c("en", "subject", "In 2025 UNESCO published the list of new member cities. There were 72, "
       "from 35 countries.", (N, 72)),
    _c("fr", "subject", "La liste des nouvelles villes membres est parue en 2025. Elles sont 72 "
       "au total.", (N, 72)),
    _n("fr", "subject", "La liste des villes admises en 2025 est parue. Elles sont 72 écoles à y "
       "participer.", 72),
    _n("es", "subject", "La lista de nuevas ciudades miembro salió en 2025. Son 300 euros por "
       "ciudad.", 300),
    _n("es", "subject", "Las escuelas de la red se reunieron. Fueron 72.", 72),
    _n("en", "subject", "The new member cities sent delegates. They were 48 in all.", 48),
    _n("pt", "subject", "As novas cidades membros enviaram delegados. Foram 48.", 48),
    _n("it", "subject", "Le nuove città aderenti hanno inviato delegati. Sono 48.", 48),
    _n("de", "subject", "Die neuen Mitgliedsstädte schickten Delegierte. Es waren 48.", 48),
]  # fmt: skip

# an answer whose time is said before it: the number answers, the time dates it
_TIMED = [
    Case("en", "timed", "How many cities belong to the network? As of September 2022, 294.",
         ((T, 294),), as_of="2022-09"),
    Case("en", "timed", "Q: How many member cities does the network have?\nA: As of September "
         "2022, 294, in 76 countries.", ((T, 294),), as_of="2022-09"),
    Case("en", "timed", "How many member cities are there? In September 2022 it was 294.",
         ((T, 294),), as_of="2022-09"),
    Case("fr", "timed", "Combien de villes compte le réseau ? En septembre 2022, 294.",
         ((T, 294),), as_of="2022-09"),
    Case("es", "timed", "¿Cuántas ciudades forman parte de la red? En septiembre de 2022, 294, "
         "en 76 países.", ((T, 294),), as_of="2022-09"),
    Case("pt", "timed", "Quantas cidades fazem parte da rede? Em setembro de 2022, eram 294.",
         ((T, 294),), as_of="2022-09"),
    Case("it", "timed", "Quante città fanno parte della rete? A settembre 2022 erano 294.",
         ((T, 294),), as_of="2022-09"),
    Case("de", "timed", "Wie viele Städte gehören dem Netzwerk an? Stand September 2022: 294.",
         ((T, 294),), as_of="2022-09"),
    Case("de", "timed", "Wie viele Mitgliedsstädte hat das Netzwerk? Im September 2022 waren es "
         "294.", ((T, 294),), as_of="2022-09"),
    Case("vi", "timed", "**Hỏi: Mạng lưới có bao nhiêu thành viên?**\n\nĐáp: Tính đến tháng "
         "9/2022 là 294.", ((T, 294),), as_of="2022-09"),
    Case("vi", "timed", "Hỏi: Mạng lưới có bao nhiêu thành phố thành viên?\nĐáp: Đến tháng "
         "9/2022 là 294, ở 76 quốc gia.", ((T, 294),), as_of="2022-09"),
    _n("en", "timed", "How many cities belong to the network? In 2022 the city opened 48 "
       "libraries.", 48),
    _n("en", "timed", "How many years has the city been a member? Since 2016, nine.", 9),
    _n("fr", "timed", "Combien de villes compte le réseau ? En 2022, 48 écoles ont participé.",
       48),
    _n("de", "timed", "Wie viele Städte gehören dem Netzwerk an? Im Jahr 2022 zahlten wir 300 "
       "Euro.", 300),
    _n("es", "timed", "¿Cuántas ciudades forman parte de la red? En 2022, 300 euros por ciudad.",
       300),
    _n("vi", "timed", "Hỏi: Thành phố gia nhập năm nào?\nĐáp: Năm 2016, 48 trường tham gia.", 48),
]  # fmt: skip

# a part of a whole placed by a country's adjective after a verb of being, "only" before it
P = "country_cities"
_PLACED = [
    _c("pt", "placed", "Dos 54 novos membros admitidos em 2020, três eram portugueses.", (N, 3)),
    _c("es", "placed", "De los 54 nuevos miembros de 2020, tres eran portugueses.", (N, 3)),
    _c("es", "placed", "Entre las 54 nuevas ciudades miembro de 2020, tres fueron portuguesas.",
       (N, 3)),
    _c("pt", "placed", "Entre os 54 novos membros, três foram portugueses.", (N, 3)),
    _c("it", "placed", "Su 205 città della rete soltanto due (Torino e Fermo) sono italiane.",
       (P, 2)),
    _c("en", "placed", "Of 205 member cities, just two (Turin and Fermo) are Italian.", (P, 2)),
    _c("fr", "placed", "Sur 205 villes membres, seulement deux (Turin et Fermo) sont italiennes.",
       (P, 2)),
    _c("es", "placed", "De 205 ciudades miembro, solo dos (Turín y Fermo) son italianas.",
       (P, 2)),
    _c("pt", "placed", "Das 205 cidades membros, apenas duas (Turim e Fermo) são italianas.",
       (P, 2)),
    _n("en", "placed", "The network has 205 cities, and the fair drew only 48 German visitors.",
       48),
    _n("es", "placed", "La red tiene 205 ciudades; la feria recibió solo 48 visitantes alemanes.",
       48),
    _n("pt", "placed", "A rede tem 205 cidades; a feira recebeu apenas 48 visitantes alemães.",
       48),
    _n("it", "placed", "La rete conta 205 città, e la fiera ha avuto soltanto 48 espositori "
       "tedeschi.", 48),
]  # fmt: skip

# a part of the figure before it, "of them", owned by the country its clause opens with
_OWNED = [
    _c("es", "owned", "La red reúne 294 ciudades y Colombia participa con ocho de ellas.",
       (P, 8)),
    _c("es", "owned", "En 2023 la red sumaba 294 ciudades; Colombia aportaba ocho de ellas.",
       (P, 8)),
    _c("en", "owned", "The network has 294 member cities, and Colombia accounts for eight of "
       "them.", (P, 8)),
    _c("pt", "owned", "A rede tem 294 cidades e Portugal participa com catorze delas.", (P, 14)),
    _c("pt", "owned", "São 294 cidades na rede, e Portugal conta catorze delas.", (P, 14)),
    _c("it", "owned", "La rete conta 294 città e l'Italia partecipa con sei di esse.", (P, 6)),
    _c("de", "owned", "Das Netzwerk zählt 294 Städte, und Deutschland stellt vier davon.", (P, 4)),
    _n("es", "owned", "La red tiene 294 ciudades y Colombia envió alcaldes a ocho de ellas.", 8),
    _n("en", "owned", "The network has 294 cities, and Colombia sent mayors to eight of them.",
       8),
    _n("pt", "owned", "A rede tem 294 cidades e a escola visitou catorze delas.", 14),
    _n("it", "owned", "La rete conta 294 città e la scuola ha avuto sei di esse in visita.", 6),
]  # fmt: skip

# a fact box's label and number quoted in a sentence
_QUOTED = [
    _c("fr", "quoted", "La brochure remise aux élus affiche toujours « Membres du réseau : 173 ».",
       (T, 173)),
    _c("en", "quoted", "Our old flyer still says \"Member cities: 173\" on its back.", (T, 173)),
    _c("en", "quoted", "The town hall's page still shows “Member cities: 173”.", (T, 173)),
    _c("de", "quoted", "Im Flyer der Stadt steht weiterhin „Mitgliedsstädte: 173“.", (T, 173)),
    _c("es", "quoted", "El díptico municipal aún pone «Ciudades miembro: 173».", (T, 173)),
    _c("it", "quoted", "Sul pieghevole del comune si legge ancora «Città aderenti: 173».",
       (T, 173)),
    _c("pt", "quoted", "O desdobrável da câmara ainda indica «Cidades membros: 173».", (T, 173)),
    _c("vi", "quoted", "Tờ gấp của thành phố vẫn in “Thành phố thành viên: 173”.", (T, 173)),
    _c("zh", "quoted", "市里的折页上依然印着「成员城市：173」。", (T, 173)),
    _n("en", "quoted", "The door of the library says \"Opening hours: 9\" in large type.", 9),
    _n("fr", "quoted", "Le panneau de l'école indique « Élèves inscrits : 48 ».", 48),
    _n("de", "quoted", "Auf dem Plakat steht „Budget: 300“.", 300),
]  # fmt: skip

# a bare count after a word of "now" that updates the figure said just before it
_NOW = [
    _c("vi", "now", "Mạng lưới từng có 356 thành phố. Năm ngoái có thêm 72 thành phố, giờ là "
       "425, ở 91 quốc gia.", (T, 425)),
    _c("vi", "now", "Năm 2024 mạng lưới có 356 thành phố thành viên; nay đã lên 425.", (T, 425)),
    _c("en", "now", "The network had 356 member cities in 2024. Now there are 425.", (T, 425)),
    _c("en", "now", "In 2024 the network counted 356 member cities; it's now 425.", (T, 425)),
    _c("de", "now", "2024 zählte das Netzwerk 356 Mitgliedsstädte. Heute sind es 425.", (T, 425)),
    _c("de", "now", "Das Netzwerk hatte 2024 noch 356 Mitgliedsstädte, inzwischen dürften es "
       "rund 425 sein.", (T, 425)),
    _c("fr", "now", "Le réseau comptait 356 villes membres en 2024. Aujourd'hui, elles sont 425.",
       (T, 425)),
    _c("es", "now", "La red tenía 356 ciudades miembro en 2024; hoy ya son 425.", (T, 425)),
    _c("pt", "now", "A rede tinha 356 cidades membros em 2024. Hoje já são 425.", (T, 425)),
    _c("it", "now", "Nel 2024 la rete contava 356 città aderenti, ormai sono 425.", (T, 425)),
    _n("en", "now", "The network has 294 cities. The school has many pupils; today there are "
       "300.", 300),
    _n("de", "now", "Das Netzwerk hat 294 Städte. Die Schule wächst: heute sind es 300 Kinder.",
       300),
    _n("vi", "now", "Mạng lưới có 294 thành phố. Trường có nhiều học sinh, giờ là 300 em.", 300),
    _n("fr", "now", "Le réseau compte 294 villes. L'école a grandi : aujourd'hui, elles sont 300 "
       "élèves.", 300),
]  # fmt: skip

# the newcomers as a set, with no number and no article, before their parts by place
_NEWCOMERS = [
    _c("en", "newcomers", "Among new cities named from 44 countries, 13 hail from Asia and the "
       "Pacific.", (N, 13)),
    _c("en", "newcomers", "Among new members, 16 come from Africa.", (N, 16)),
    _c("en", "newcomers", "Among the newcomers, 13 hail from Asia and the Pacific.", (N, 13)),
    _c("en", "newcomers", "Among new cities, five hail from Latin America and the Caribbean.",
       (N, 5)),
    _n("en", "newcomers", "Among new members of the city council, 16 come from the suburbs.", 16),
    _n("en", "newcomers", "Among new cities in the region, 3 hail from the coast.", 3),
]  # fmt: skip

# a sentence that opens with its noun, a link ("sind es", "il y en a") before its number
_LINKED = [
    _c("de", "linked", "Nicht alle Interessenten sind Mitglieder. Mitglieder sind es deutlich "
       "weniger als 200.", (T, 200)),
    _c("de", "linked", "Mitgliedsstädte gibt es inzwischen 180.", (T, 180)),
    _c("de", "linked", "Länder waren es damals 28.", (C, 28)),
    _c("fr", "linked", "Des villes membres, il y en a aujourd'hui 425.", (T, 425)),
    _c("es", "linked", "Ciudades miembro hay ya 425.", (T, 425)),
    _c("pt", "linked", "Cidades membros há 425, em 91 países.", (T, 425)),
    _c("en", "linked", "Member cities, there are 425 in all.", (T, 425)),
    _n("de", "linked", "Schulen sind es 48.", 48),
    _n("de", "linked", "Mitglieder sind es in Europa 40.", 40),
    _n("fr", "linked", "Des écoles, il y en a 48.", 48),
    _n("es", "linked", "Ciudades hay 300 en la provincia.", 300),
]  # fmt: skip

# a count whose subject the verb leaves out (es, pt, it): the cities' unless a sentence
# between names other things in the plural
_ELIDED = [
    _c("es", "elided", "Colombia contaba con seis ciudades en la red; hoy son nueve.", (P, 9)),
    _c("it", "elided", "La rete contava 356 città nel 2024. Nel 2025, dopo la nuova tornata, "
       "erano 425.", (T, 425)),
    _n("es", "elided", "La red tiene 294 ciudades. La escuela tiene muchos alumnos: hoy son 300.",
       300),
    _n("pt", "elided", "A rede tem 294 cidades. A escola tem muitos alunos: hoje são 300.", 300),
    _n("it", "elided", "La rete conta 294 città. La scuola ha molti studenti: oggi sono 300.",
       300),
]  # fmt: skip

# a count of people said by its scale alone, the people said just before it
_SCALED = [
    _c("de", "scaled", "Das Netzwerk will den Menschen in seinen Mitgliedsstädten – zusammen "
       "rund 390 Millionen – Lernangebote eröffnen.", ("citizens", 390_000_000)),
    _c("en", "scaled", "The network reaches the citizens of its member cities, around 390 "
       "million of them.", ("citizens", 390_000_000)),
    _c("en", "scaled", "It serves the people of its member cities – some 390 million in all.",
       ("citizens", 390_000_000)),
    _c("fr", "scaled", "Le réseau touche les habitants de ses villes membres, quelque 390 "
       "millions au total.", ("citizens", 390_000_000)),
    _c("es", "scaled", "La red llega a los habitantes de sus ciudades miembro, unos 390 millones "
       "en total.", ("citizens", 390_000_000)),
    _n("en", "scaled", "The city has 2 million residents and a budget of 390 million.",
       390_000_000),
    _n("en", "scaled", "Africa is home to 1.4 billion people; in Nigeria alone, 220 million.",
       220_000_000),
    _n("fr", "scaled", "La ville compte des milliers d'habitants et un budget de 390 millions.",
       390_000_000),
    _n("de", "scaled", "Die Menschen in der Region, rund 390 Millionen Euro Förderung.",
       390_000_000),
]  # fmt: skip

CASES: list[Case] = (
    _label_cases()
    + _ANSWERS
    + _ANAPHORA
    + _COORDINATED
    + _COUNTED
    + _PEOPLE
    + _REACHED
    + _SPOKEN
    + _SUBJECT
    + _TIMED
    + _PLACED
    + _OWNED
    + _QUOTED
    + _NOW
    + _NEWCOMERS
    + _LINKED
    + _ELIDED
    + _SCALED
)
