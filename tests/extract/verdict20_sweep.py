"""The verdict helper's variant sweeps (session 20): the dating stage, every language.
Each case is read on a page whose title names the network, dated 2025-12-12
(tests/extract/sweep.py); `when` is the date its figure must have: None for the page's
own date (a claim of today, stale when superseded), else the date of its history.

- an artefact still in use: a leaflet, brochure, video, portal page or fact card still
  handed out, available, displayed or used says its figure TODAY, whatever its own date
  ("Notre dépliant de 2017, encore disponible à l'accueil, parle de 120 villes", "die
  weiterhin in den Bürgerbüros ausliegt, nennt 356 Städte", "ainda usado neste módulo,
  menciona 294 cidades", "mà phường vẫn đang phát ... còn ghi 356", "目前仍在各社区学校
  发放的宣传册"): b18 read seven such figures as historic or dropped them. A word of
  "still" and a word of being in use, a few words apart (Language.still_words,
  in_use_words). Near-misses keep the artefact's date: a past verb with no "still" ("Our
  2017 leaflet mentioned 120"), one no longer in use ("no longer handed out", "n'est plus
  distribué", "nicht mehr ausliegt").
- an entry's own date: a chronicle, changelog, minutes or timeline line that opens with
  a day ("17.07.2019   170 aktive Mitgliedsstädte in 53 Ländern", "- **v1.0 (1 de agosto
  de 2019):** primera carga, 170 ciudades de 53 países", "- 12 mars 2021 : ... ; le
  réseau comptait alors 229 villes") dates the figures of its line: b18's changelog and
  v19's chronicle were read stale, the minutes' day read as its month
  (historic.entry_date). Near-misses: a word of now after the date, an entry of the
  text's own month (its news), a date of its own nearer the figure ("Stand September
  2022").
"""

from __future__ import annotations

from tests.extract.sweep import Case

T, N, CC = "total_cities", "new_cities", "country_cities"


def _u(language: str, body: str, value: int, when: str | None = None) -> tuple[Case, str | None]:
    return Case(language, "in use", body, ((T, value),)), when


IN_USE_CASES = [
    _u("en", "Our 2017 leaflet, still available at the front desk, mentions 120 member "
       "cities.", 120),
    _u("en", "The 2019 brochure that we still hand out at the library lists 173 member "
       "cities.", 173),
    _u("en", "The video, recorded in 2023 and still used in this course, mentions 294 "
       "cities.", 294),
    _u("fr", "Notre dépliant de 2017, encore disponible à l'accueil du secrétariat, parle de "
       "120 villes membres.", 120),
    _u("fr", "La brochure de 2019, que l'on trouve toujours à la médiathèque, cite 173 villes "
       "membres.", 173),
    _u("de", "Die Informationsbroschüre (Auflage 2024), die weiterhin in den Bürgerbüros "
       "ausliegt, nennt 356 Städte.", 356),
    _u("de", "Der Flyer von 2019, der noch immer in der Bibliothek verteilt wird, nennt 173 "
       "Mitgliedsstädte.", 173),
    _u("pt", "O vídeo, gravado em 2023 e ainda usado neste módulo, menciona 294 cidades.", 294),
    _u("pt", "O folheto de 2019, que continua a ser distribuído na biblioteca, fala de 173 "
       "cidades.", 173),
    _u("es", "El folleto de 2019, que todavía está disponible en la biblioteca, menciona 173 "
       "ciudades miembro.", 173),
    _u("es", "El video de 2023, aún usado en este curso, habla de 294 ciudades.", 294),
    _u("it", "L'opuscolo del 2019, ancora disponibile in biblioteca, parla di 173 città "
       "membro.", 173),
    _u("it", "Il video del 2023, tuttora usato nel corso, cita 294 città.", 294),
    _u("vi", "Tờ gấp năm 2024 mà phường vẫn đang phát tại bộ phận một cửa còn ghi mạng lưới "
       "có 356 thành phố.", 356),
    _u("vi", "Cuốn sổ tay năm 2019, hiện vẫn dùng trong các lớp học, viết rằng mạng lưới có "
       "173 thành phố.", 173),
    _u("zh", "我局2019年底编印、目前仍在各社区学校发放的宣传册，写的是“全球173个学习型城市”。",
       173),
    _u("zh", "我局门户网站的介绍页至今仍写着“全球170个城市加入”。", 170),
    _u("ja", "2019年に作ったパンフレットは今も窓口で配られていて、「173都市」と書かれています。",
       173),
    _u("ko", "2019년에 만든 안내 책자는 아직도 주민센터에서 나눠 주고 있는데, 173개 도시라고 "
       "적혀 있다.", 173),
    # near-misses: told as history, or no longer in use
    _u("en", "Our 2017 leaflet mentioned 120 member cities.", 120, "2017"),
    _u("en", "Our 2017 leaflet, no longer handed out, mentioned 120 member cities.", 120,
       "2017"),
    _u("fr", "Notre dépliant de 2017, qui n'est plus distribué, parlait de 120 villes "
       "membres.", 120, "2017"),
    _u("de", "Die Broschüre von 2019, die nicht mehr ausliegt, nannte 173 Mitgliedsstädte.",
       173, "2019"),
    _u("pt", "O vídeo gravado em 2023 mencionava 294 cidades.", 294, "2023"),
    _u("es", "El folleto de 2019 mencionaba 173 ciudades miembro.", 173, "2019"),
    _u("it", "L'opuscolo del 2019 parlava di 173 città membro.", 173, "2019"),
    _u("vi", "Tờ gấp năm 2019 ghi mạng lưới có 173 thành phố.", 173, "2019"),
    _u("zh", "我局2019年编印的宣传册，写的是“全球173个学习型城市”。", 173, "2019"),
]  # fmt: skip


def _e(language: str, body: str, value: int, when: str | None) -> tuple[Case, str | None]:
    return Case(language, "entry date", body, ((T, value),)), when


ENTRY_CASES = [
    _e("de", "CHRONIK\n\n17.07.2019   170 aktive Mitgliedsstädte in 53 Ländern\n"
       "02.09.2022   77 Aufnahmen, das Netzwerk wächst auf 294", 170, "2019-07-17"),
    _e("de", "CHRONIK DES NETZWERKS\n\n17.07.2019   170 aktive Mitgliedsstädte\n"
       "02.09.2022   77 Aufnahmen, das Netzwerk wächst auf 294", 294, "2022-09-02"),
    _e("es", "## Historial de versiones\n\n- **v1.0 (1 de agosto de 2019):** primera carga, "
       "170 ciudades de 53 países.", 170, "2019-08-01"),
    _e("fr", "## Historique du dossier\n\n- 12 mars 2021 : première présentation ; le réseau "
       "comptait alors 229 villes.", 229, "2021-03-12"),
    _e("en", "## Changelog\n\n- 23 August 2016: first list, 115 member cities in 28 "
       "countries", 115, "2016-08-23"),
    _e("en", "- 5 September 2022 - the network grows to 294 cities", 294, "2022-09-05"),
    _e("it", "- 17/07/2019: la rete conta 170 città membro", 170, "2019-07-17"),
    _e("pt", "* 2 de setembro de 2022: a rede passa a ter 294 cidades", 294, "2022-09-02"),
    _e("zh", "## 大事记\n\n2019年7月17日：新增38个城市，网络共有170个城市。", 170, "2019-07-17"),
    _e("ja", "2022年9月2日：ネットワークは294都市になった。", 294, "2022-09-02"),
    _e("ko", "2022년 9월 2일: 네트워크는 294개 도시가 됐다.", 294, "2022-09-02"),
    _e("vi", "- 02/09/2022: mạng lưới có 294 thành phố", 294, "2022-09-02"),
    # near-misses: not an entry's date, or said of now
    _e("de", "- 14.03.2023 – Stand September 2022: 294 Städte weltweit.", 294, "2022-09"),
    _e("en", "- 4 December 2025: 72 new cities join, and the network reaches 425 cities", 425,
       None),
    _e("de", "17.07.2019: Heute zählt das Netzwerk 356 Städte.", 356, None),
    _e("en", "- 10 December 2025: the network now has 425 member cities", 425, None),
    _e("en", "- 23 August 2016: the network had 115 cities; today it has 356 cities.", 356,
       None),
]  # fmt: skip


def _n(language: str, body: str, value: int, when: str | None) -> tuple[Case, str | None]:
    return Case(language, "never updated", body, ((T, value),)), when


# a board, page or leaflet never updated, still marked with its figure: said today
# (v19 zh "那块展板是两年前做的 ... 一直没更新 ... 上面仍标注" was dated two years
# back); near-misses: made then and told as history, or updated since
NEVER_UPDATED_CASES = [
    _n("zh", "答：那块展板是两年前做的，一直没更新，上面仍标注“28个国家115座城市”。", 115, None),
    _n("zh", "学院网站的介绍页是2019年写的，至今未更新，上面写着“全球170个城市”。", 170, None),
    _n("en", "The panel in the hall was made in 2017 and never updated: it says 115 member "
       "cities.", 115, None),
    _n("de", "Die Tafel im Foyer stammt von 2017 und wurde nie aktualisiert; sie nennt 115 "
       "Mitgliedsstädte.", 115, None),
    _n("fr", "Le panneau du hall, réalisé en 2017 et jamais mis à jour, indique 115 villes "
       "membres.", 115, None),
    _n("es", "El panel del vestíbulo, hecho en 2017 y nunca actualizado, indica 115 ciudades "
       "miembro.", 115, None),
    _n("pt", "O painel do átrio, feito em 2017 e nunca atualizado, indica 115 cidades "
       "membros.", 115, None),
    _n("it", "Il pannello dell'atrio, realizzato nel 2017 e mai aggiornato, indica 115 città "
       "membro.", 115, None),
    # near-misses: made then, with no word of its being in use today
    _n("zh", "答：那块展板是两年前做的，上面标注“28个国家115座城市”。", 115, "2023"),
    _n("en", "In 2017 the panel in the hall said 115 member cities.", 115, "2017"),
]  # fmt: skip
