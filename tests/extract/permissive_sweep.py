"""The variant sweep of the permissive default (lcnet.extract.relevance): on a page about
the network, a number with a unit of the network is the network's figure unless a
blocker is nearer; another body's name no longer holds it once its clause has ended.

A case is (language, rule, body, expected, absent, titled): the body is read on a page
whose title names the network (titled) or as plain text with no title; expected is the
(metric, value) pairs that must be read, absent the values no mention may have (another
network's or another body's count, a council's members, delegates). Rules:

- object: the figure is the object of a verb whose subject is no name ("the initiative
  links 425 cities");
- later-clause: a word of another body (schools, an association) stands clauses after
  the figure, in a clause of purpose or of place;
- semicolon: another programme is named in a clause a semicolon ends before the figure;
- far: another programme is named clauses and words before the figure on a page about
  the network (a city's titles, then its new partners);
- list: the figure is a list item under the title;
- ahead: the text opens with the figure or "this network" before naming the GNLC (a
  release whose title the page left out);
- other (near-miss): another network named in the figure's clause owns it;
- body (near-miss): an association, delegates, a council's members own it;
- semicolon-other (near-miss): the network's figure, then another network's after a
  semicolon;
- relative (near-miss): another network named after a comma-closed aside, its count in
  the relative clause after it ("und mit dem Netzwerk der kreativen Städte, dem mehr als
  350 Städte angehören").
"""

from __future__ import annotations

from tests.extract.sweep import Case

_T = "total_cities"
_C = "total_countries"
_N = "new_cities"
_NC = "new_countries"

# The GNLC's name in each language, for the untitled cases that name it after the figure.
_NAME = {
    "en": "UNESCO Global Network of Learning Cities",
    "fr": "Réseau mondial des villes apprenantes de l'UNESCO",
    "es": "Red Mundial de Ciudades del Aprendizaje de la UNESCO",
    "pt": "Rede Global de Cidades de Aprendizagem da UNESCO",
    "it": "Rete globale delle città dell'apprendimento dell'UNESCO",
    "de": "Globale Netzwerk lernender Städte der UNESCO",
    "vi": "Mạng lưới các thành phố học tập toàn cầu của UNESCO",
    "ko": "유네스코 글로벌 학습도시 네트워크",
    "zh": "联合国教科文组织全球学习型城市网络",
    "ja": "ユネスコ学習都市グローバル・ネットワーク",
}

# A council's agenda, long enough that the network's name falls past the text's lead.
_AGENDA = {
    "en": "\n".join(
        f"Item {n}: {item}."
        for n, item in enumerate(
            (
                "approval of the minutes of the September sitting",
                "the budget of the water board and the new pumping station",
                "the lease of the covered market to the traders' cooperative",
                "repairs to the roof of the old library and the museum annex",
                "the timetable of the school buses for the winter months",
                "grants to the sports clubs, the choir and the fire brigade",
                "the road works on the bypass and the new cycle lanes",
                "the twinning visit planned for the spring and its costs",
                "questions from the public and the answers of the mayor",
            ),
            start=1,
        )
    ),
    "fr": "\n".join(
        f"Point {n} : {item}."
        for n, item in enumerate(
            (
                "approbation du procès-verbal de la séance de septembre",
                "budget de la régie des eaux et nouvelle station de pompage",
                "bail du marché couvert accordé à la coopérative des commerçants",
                "réfection de la toiture de la bibliothèque et de l'annexe du musée",
                "horaires des cars scolaires pendant les mois d'hiver",
                "subventions aux clubs sportifs, à la chorale et aux pompiers",
                "travaux de voirie sur la rocade et nouvelles pistes cyclables",
                "visite de jumelage prévue au printemps et son coût",
                "questions du public et réponses du maire",
            ),
            start=1,
        )
    ),
}

CASES: tuple[Case, ...] = (
    # English
    Case(
        "en", "object", "The initiative links 425 cities in 91 countries.", ((_T, 425), (_C, 91))
    ),
    Case(
        "en",
        "later-clause",
        "The project brings together 425 cities, so that people keep learning at home, at "
        "work and not only in schools and universities.",
        ((_T, 425),),
    ),
    Case(
        "en",
        "semicolon",
        "Hanoi has held the Creative City title since 2019; it now also trades ideas with "
        "425 member cities.",
        ((_T, 425),),
    ),
    Case(
        "en",
        "far",
        'The capital already carries the "Creative City" label, a string of heritage sites, '
        "a famous lantern festival, old guilds and crafts, and it will now work with more than "
        "400 member cities from 91 countries.",
        ((_T, 400), (_C, 91)),
    ),
    Case("en", "list", "Key facts:\n\n- 425 cities\n- 91 countries", ((_T, 425), (_C, 91))),
    Case(
        "en",
        "ahead",
        "Altogether 64 cities from 35 countries have joined this network, UNESCO said.\n\n"
        f"The {_NAME['en']} supports cities that promote lifelong learning.",
        ((_N, 64), (_NC, 35)),
        titled=False,
    ),
    Case("en", "other", "The Creative Cities Network, for its part, has 350 cities.", (), (350,)),
    Case("en", "body", "The association has 200 members in 12 countries.", (), (200, 12)),
    Case(
        "en",
        "body",
        f"Present: 29 members out of 35.\n\n{_AGENDA['en']}\n\nThe council then discussed the "
        f"{_NAME['en']}.",
        (),
        (29,),
        titled=False,
    ),
    Case(
        "en",
        "semicolon-other",
        "The network has 425 members; the Creative Cities Network counts 350 cities.",
        ((_T, 425),),
        (350,),
    ),
    # French
    Case("fr", "object", "L'initiative relie 425 villes de 91 pays.", ((_T, 425), (_C, 91))),
    Case(
        "fr",
        "later-clause",
        "Le projet rassemble 425 villes, afin que chacun apprenne à la maison, au travail et "
        "pas seulement dans les écoles et les universités.",
        ((_T, 425),),
    ),
    Case(
        "fr",
        "semicolon",
        "Hanoï porte le titre de ville créative depuis 2019 ; elle échange désormais aussi "
        "avec 425 villes membres.",
        ((_T, 425),),
    ),
    Case(
        "fr",
        "ahead",
        "Selon l'UNESCO, 64 villes de 35 pays viennent d'entrer dans ce réseau.\n\n"
        f"Le {_NAME['fr']} soutient les villes qui encouragent l'apprentissage.",
        ((_N, 64), (_NC, 35)),
        titled=False,
    ),
    Case("fr", "list", "Chiffres clés :\n\n- 425 villes\n- 91 pays", ((_T, 425), (_C, 91))),
    Case(
        "fr", "other", "Le Réseau des villes créatives compte pour sa part 350 villes.", (), (350,)
    ),
    Case("fr", "body", "L'association compte 200 membres dans 12 pays.", (), (200, 12)),
    Case(
        "fr",
        "body",
        f"Présents : 29 membres sur 35.\n\n{_AGENDA['fr']}\n\nLe conseil a ensuite parlé du "
        f"{_NAME['fr']}.",
        (),
        (29,),
        titled=False,
    ),
    # Spanish
    Case(
        "es", "object", "La iniciativa conecta 425 ciudades de 91 países.", ((_T, 425), (_C, 91))
    ),
    Case(
        "es",
        "later-clause",
        "El proyecto reúne 425 ciudades, con el fin de que la gente aprenda en casa, en el "
        "trabajo y no solo en escuelas y universidades.",
        ((_T, 425),),
    ),
    Case(
        "es",
        "semicolon",
        "Hanói es Ciudad Creativa desde 2019; ahora también intercambia experiencias con "
        "425 ciudades miembro.",
        ((_T, 425),),
    ),
    Case(
        "es",
        "ahead",
        "En total, 64 ciudades de 35 países se sumaron a esta red, informó la UNESCO.\n\n"
        f"La {_NAME['es']} apoya a las ciudades que promueven el aprendizaje.",
        ((_N, 64), (_NC, 35)),
        titled=False,
    ),
    Case(
        "es",
        "other",
        "La Red de Ciudades Creativas, por su parte, tiene 350 ciudades.",
        (),
        (350,),
    ),
    Case("es", "body", "La asociación tiene 200 miembros en 12 países.", (), (200, 12)),
    # Portuguese
    Case("pt", "object", "A iniciativa liga 425 cidades de 91 países.", ((_T, 425), (_C, 91))),
    Case(
        "pt",
        "later-clause",
        "O projeto reúne 425 cidades, para que as pessoas aprendam em casa, no trabalho e "
        "não apenas nas escolas e universidades.",
        ((_T, 425),),
    ),
    Case(
        "pt",
        "semicolon",
        "Hanói é Cidade Criativa desde 2019; agora troca experiências também com 425 "
        "cidades membros.",
        ((_T, 425),),
    ),
    Case(
        "pt",
        "ahead",
        "Ao todo, 64 cidades de 35 países aderiram a esta rede, informou a UNESCO.\n\n"
        f"A {_NAME['pt']} apoia cidades que promovem a aprendizagem.",
        ((_N, 64), (_NC, 35)),
        titled=False,
    ),
    Case("pt", "other", "A Rede de Cidades Criativas, por sua vez, tem 350 cidades.", (), (350,)),
    Case("pt", "body", "A associação tem 200 membros em 12 países.", (), (200, 12)),
    # Italian
    Case("it", "object", "L'iniziativa collega 425 città di 91 paesi.", ((_T, 425), (_C, 91))),
    Case(
        "it",
        "later-clause",
        "Oggi l'iniziativa abbraccia 294 città in 76 paesi, perché si possa imparare a ogni "
        "età, in famiglia, sul lavoro e non soltanto nelle scuole.",
        ((_C, 76), (_T, 294)),
    ),
    Case(
        "it",
        "semicolon",
        "Hanoi è Città creativa dal 2019; ora scambia esperienze anche con 425 città aderenti.",
        ((_T, 425),),
    ),
    Case(
        "it",
        "ahead",
        "In tutto 64 città di 35 paesi sono entrate in questa rete, ha reso noto l'UNESCO.\n\n"
        f"La {_NAME['it']} sostiene le città che promuovono l'apprendimento.",
        ((_N, 64), (_NC, 35)),
        titled=False,
    ),
    Case(
        "it", "other", "La Rete delle città creative, dal canto suo, conta 350 città.", (), (350,)
    ),
    Case("it", "body", "L'associazione conta 200 soci in 12 paesi.", (), (200, 12)),
    # German
    Case(
        "de", "object", "Die Initiative verbindet 425 Städte in 91 Ländern.", ((_T, 425), (_C, 91))
    ),
    Case(
        "de",
        "later-clause",
        "Das Projekt vereint 425 Städte, damit Menschen zu Hause, bei der Arbeit und nicht "
        "nur in Schulen und Universitäten lernen.",
        ((_T, 425),),
    ),
    Case(
        "de",
        "semicolon",
        "Hanoi trägt seit 2019 den Titel einer Kreativstadt; nun tauscht es sich auch mit "
        "425 Mitgliedsstädten aus.",
        ((_T, 425),),
    ),
    Case(
        "de",
        "ahead",
        "Insgesamt 64 Städte aus 35 Ländern sind diesem Netzwerk beigetreten, teilte die "
        f"UNESCO mit.\n\nDas {_NAME['de']} unterstützt Städte, die lebenslanges Lernen "
        "fördern.",
        ((_N, 64), (_NC, 35)),
        titled=False,
    ),
    Case("de", "body", "Der Verein hat 200 Mitglieder in 12 Ländern.", (), (200, 12)),
    # Vietnamese
    Case(
        "vi",
        "object",
        "Sáng kiến này kết nối 425 thành phố tại 91 quốc gia.",
        ((_T, 425), (_C, 91)),
    ),
    Case(
        "vi",
        "far",
        "Thủ đô vốn là “Thành phố sáng tạo”, nổi tiếng với môi trường giáo dục, các lễ hội, "
        "các làng nghề, và từ nay sẽ cùng làm việc với hơn 400 thành phố thành viên ở 91 "
        "quốc gia.",
        ((_T, 400), (_C, 91)),
    ),
    Case(
        "vi",
        "semicolon",
        "Hà Nội là Thành phố sáng tạo từ năm 2019; nay thành phố còn trao đổi kinh nghiệm "
        "với 425 thành phố thành viên.",
        ((_T, 425),),
    ),
    Case("vi", "body", "Hiệp hội có 200 thành viên tại 12 quốc gia.", (), (200, 12)),
    # Korean
    Case("ko", "object", "이 사업은 91개국 425개 도시를 잇는다.", ((_C, 91), (_T, 425))),
    Case(
        "ko",
        "semicolon",
        "하노이는 2019년부터 창의도시다; 이제는 425개 회원 도시와도 경험을 나눈다.",
        ((_T, 425),),
    ),
    Case("ko", "body", "협회 회원은 12개국 200명이다.", (), (12,)),
    # Chinese
    Case("zh", "object", "该倡议连接了91个国家的425个城市。", ((_C, 91), (_T, 425))),
    Case(
        "zh",
        "semicolon",
        "河内自2019年起是“创意城市”；如今还将与全球91个国家的400多个成员城市交流经验。",
        ((_C, 91), (_T, 400)),
    ),
    Case(
        "zh",
        "title",
        "河内荣获“全球学习型城市”称号。该城市将与91个国家的425个城市交流。",
        ((_C, 91), (_T, 425)),
        titled=False,
    ),
    Case("zh", "body", "该协会在12个国家有200名会员。", (), (12,)),
    # Japanese
    Case("ja", "object", "この取り組みは91か国・425都市を結ぶ。", ((_C, 91), (_T, 425))),
    Case(
        "ja",
        "name",
        "市はUNESCO学習都市ネットワークに加わり、今後は91か国・425都市と交流を深める。",
        ((_C, 91), (_T, 425)),
        titled=False,
    ),
    Case(
        "ja",
        "name",
        "ユネスコは「学習都市の世界ネットワーク」の加盟都市として35カ国64都市を認定した。",
        ((_N, 64),),
        titled=False,
    ),
    Case("ja", "body", "協会には12か国の200人の会員がいる。", (), (12,)),
    # the relative clause after another network's name, past an aside (near-misses)
    Case(
        "en",
        "relative",
        "It is not the Learning Regions scheme, which funded 70 regional networks, nor the "
        "Creative Cities Network, which has more than 350 cities.",
        (),
        (350,),
    ),
    Case(
        "de",
        "relative",
        "Man darf es weder mit einem Landesprogramm, das 70 Netzwerke bezuschusste, noch "
        "mit dem Netzwerk der kreativen Städte, dem mehr als 350 Städte angehören, "
        "verwechseln.",
        (),
        (350,),
    ),
    Case(
        "fr",
        "relative",
        "Il ne faut pas le confondre avec un programme national, qui a financé 70 réseaux, "
        "ni avec le Réseau des villes créatives, qui compte plus de 350 villes.",
        (),
        (350,),
    ),
    Case(
        "es",
        "relative",
        "No hay que confundirla con un programa nacional, que financió 70 redes, ni con la "
        "Red de Ciudades Creativas, que reúne a más de 350 ciudades.",
        (),
        (350,),
    ),
    Case(
        "it",
        "relative",
        "Da non confondere con un programma nazionale, che ha finanziato 70 reti, né con la "
        "Rete delle città creative, che conta oltre 350 città.",
        (),
        (350,),
    ),
    Case(
        "pt",
        "relative",
        "Não deve ser confundida com um programa nacional, que financiou 70 redes, nem com a "
        "Rede de Cidades Criativas, que reúne mais de 350 cidades.",
        (),
        (350,),
    ),
)

# The default of an unread metric (lcnet.extract.metric._small_default): a count of cities
# too small for the network's total, whose list a colon opens after it, is an intake's
# (or, with a country named before it, that country's members), unsure; near-misses: the
# cities of a workshop or of a province, listed the same way.
_ND = "new_cities"
_CC = "country_cities"
DEFAULTS: tuple[Case, ...] = (
    Case("en", "list", "The six newcomers this year are: Lyon, Turin, Porto, Graz, Ghent "
         "and Cork.",
         ((_ND, 6),)),
    Case("en", "country-list", "In Thailand the network now counts seven cities: Chiang Rai, "
         "Chiang Mai, Phuket, Hat Yai, Sukhothai, Phayao and Yala.", ((_CC, 7),)),
    Case("en", "workshop", "Five cities took part in the workshop: Lyon, Turin, Porto, Graz "
         "and Ghent.", (), (5,)),
    Case("fr", "list", "Les six nouvelles venues sont : Lyon, Turin, Porto, Graz, Gand et Cork.",
         ((_ND, 6),)),
    Case("fr", "workshop", "Cinq villes ont participé à l'atelier : Lyon, Turin, Porto, Graz "
         "et Gand.", (), (5,)),
    Case("es", "list", "Las seis ciudades que entran este año son: Lyon, Turín, Oporto, Graz, "
         "Gante y Cork.", ((_ND, 6),)),
    Case("es", "country-list", "En Colombia la red cuenta ya con nueve municipios: Bogotá, "
         "Envigado, Tunja, Rionegro, Manizales, La Estrella, Barranquilla, Quibdó y Chía.",
         ((_CC, 9),)),
    Case("es", "workshop", "Cinco ciudades participaron en el taller: Lyon, Turín, Oporto, "
         "Graz y Gante.", (), (5,)),
    Case("de", "list", "Die sechs neuen Städte sind: Lyon, Turin, Porto, Graz, Gent und Cork.",
         ((_ND, 6),)),
    Case("de", "workshop", "Fünf Städte nahmen an der Werkstatt teil: Lyon, Turin, Porto, "
         "Graz und Gent.", (), (5,)),
    Case("it", "list", "Le sei nuove città sono: Lione, Torino, Porto, Graz, Gand e Cork.",
         ((_ND, 6),)),
    Case("pt", "list", "As seis novas cidades são: Lyon, Turim, Porto, Graz, Gante e Cork.",
         ((_ND, 6),)),
    Case("vi", "list", "Sáu thành phố mới gồm: Lyon, Turin, Porto, Graz, Ghent và Cork.",
         ((_ND, 6),)),
    # an FAQ: the question line names the country, the answer lists its cities
    Case("en", "asked", "**How many member cities does Viet Nam have?**\n\nFive cities: Sa Dec, "
         "Vinh, Cao Lanh, Ho Chi Minh City and Son La.", ((_CC, 5),)),
    Case("fr", "asked", "**Combien de villes membres compte le Viet Nam ?**\n\nCinq villes : "
         "Sa Dec, Vinh, Cao Lanh, Hô Chi Minh-Ville et Son La.", ((_CC, 5),)),
    Case("es", "asked", "**¿Cuántas ciudades miembro tiene Vietnam?**\n\nCinco ciudades: Sa "
         "Dec, Vinh, Cao Lanh, Ciudad Ho Chi Minh y Son La.", ((_CC, 5),)),
    Case("vi", "asked", "**Việt Nam hiện có mấy thành viên?**\n\nNăm thành phố: Sa Đéc, Vinh, "
         "Cao Lãnh, Thành phố Hồ Chí Minh và Sơn La.", ((_CC, 5),)),
)  # fmt: skip
