"""The precision helper's variant sweeps (tenth session): false readings seen on pages
about the network, each fixed as a class, said the ways writers say it, with near-misses
that must stay as they are. Every case is read on a page whose title names the network,
dated 2025-12-12 (tests/extract/sweep.py).

- more cities: Spanish puts "más" (more) after a count of cities, and the cities' origin
  may follow at once: "Se sumaron 72 ciudades más de 46 países" is 72 more cities, from
  46 countries, not "more than 46". The count's trailing "más" is no qualifier of the next
  number. Near-misses: "más de 46 países" with no count before it, or after "de", or after
  a comma, stays "more than 46". (Portuguese says "mais 72 cidades": "mais" before the
  count, nothing shared.)
- federal states: German "Länder" also names Germany's 16 federal states; a count of at
  most 16 Länder in a sentence that speaks of the federation (Bund, Bundesregierung,
  "Länder und Kommunen", "Deutschlands", "die deutschen Länder", "in allen 16 Ländern",
  the Kultusminister) is no count of the network's countries. Near-misses: "Städte aus 91
  Ländern" beside Deutschland or the Bund; an intake's 12 countries.
- already joined (Korean): "이미 가입한 56개 도시에 더해 3곳이 새로 가입했다": the cities
  that joined already are the members there before (as "기존"), not an intake; and "이미"
  between a country (or "국내", a Korean page's own country) and its count says all that
  joined so far: "국내에서는 이미 59개 도시가 GNLC에 가입했다" is Korea's members.
  Near-misses: "국내에서는 이번에 3곳이 새로 가입했다" stays an intake; a total after
  "이미" stays the network's.
"""

from __future__ import annotations

from tests.extract.sweep import Case

T, C, N, NC = "total_cities", "total_countries", "new_cities", "new_countries"
CC = "country_cities"


def _c(language: str, rule: str, body: str, *expected: tuple[str, int]) -> Case:
    return Case(language, rule, body, expected)


def _n(language: str, rule: str, body: str, *absent: int) -> Case:
    return Case(language, rule + " near-miss", body, (), absent)


MORE_CITIES = [
    _c("es", "more cities", "Se sumaron 72 ciudades más de 46 países.", (N, 72), (NC, 46)),
    _c(
        "es",
        "more cities",
        "En 2024 se sumaron 72 nuevas ciudades más de 46 países a la red.",
        (N, 72),
        (NC, 46),
    ),
    _c(
        "es", "more cities", "Este año ingresaron 64 ciudades más de 35 países.", (N, 64), (NC, 35)
    ),
    _c(
        "es",
        "more cities",
        "La red incorporó 72 ciudades más de 46 países y llega a 425.",
        (N, 72),
        (NC, 46),
        (T, 425),
    ),
    # already read: the origin after a comma, or no "más"
    _c("es", "more cities", "Se sumaron 72 ciudades más, de 46 países.", (N, 72), (NC, 46)),
    _c("es", "more cities", "Se sumaron 72 ciudades de 46 países.", (N, 72), (NC, 46)),
    _c("pt", "more cities", "Juntaram-se mais 72 cidades de 46 países.", (N, 72), (NC, 46)),
    _c(
        "es",
        "more cities",
        "La red cuenta con 356 ciudades de más de 79 países.",
        (T, 356),
        (C, 79),
    ),
]

# (language, body, value, qualifier): the qualifier each reading of the value has
MORE_THAN_STAYS = [
    ("es", "Más de 46 países se sumaron a la red.", 46, "more_than"),
    ("es", "Se sumaron ciudades de más de 46 países.", 46, "more_than"),
    ("es", "Se sumaron 72 ciudades más, de más de 46 países.", 46, "more_than"),
    ("es", "La red cuenta con 356 ciudades de más de 79 países.", 79, "more_than"),
    ("es", "Se sumaron 72 ciudades más de 46 países.", 46, "exact"),
    ("es", "Este año ingresaron 64 ciudades más de 35 países.", 35, "exact"),
]

FEDERAL_STATES = [
    _n("de", "federal states", "Deutschland hat 16 Länder.", 16),
    _n("de", "federal states", "Die 16 deutschen Länder fördern das lebenslange Lernen.", 16),
    _n("de", "federal states", "In allen 16 Ländern gibt es Lernende Städte.", 16),
    _n(
        "de",
        "federal states",
        "Bund, Länder und Kommunen fördern in allen 16 Ländern das Lernen vor Ort.",
        16,
    ),
    _n("de", "federal states", "Deutschlands 16 Länder fördern das lebenslange Lernen.", 16),
    _n(
        "de", "federal states", "Der Bund und die 16 Länder unterstützen die Lernenden Städte.", 16
    ),
    _n(
        "de",
        "federal states",
        "In zehn der 16 Länder gibt es Lernende Städte, sagt das Bundesministerium.",
        10,
        16,
    ),
    # near-misses: the network's countries stay read beside Germany and the Bund
    _c(
        "de",
        "federal states",
        "Das Netzwerk umfasst 356 Städte aus 91 Ländern.",
        (T, 356),
        (C, 91),
    ),
    _c(
        "de",
        "federal states",
        "Mit Hamburg ist Deutschland in einem Netzwerk von 356 Städten aus 91 Ländern vertreten.",
        (T, 356),
        (C, 91),
    ),
    _c(
        "de",
        "federal states",
        "Der Bund fördert die Teilnahme am Netzwerk, das 356 Städte aus 91 Ländern vereint.",
        (T, 356),
        (C, 91),
    ),
    _c(
        "de",
        "federal states",
        "Bei der Aufnahme kamen 64 Städte aus 12 Ländern hinzu.",
        (N, 64),
        (NC, 12),
    ),
]

ALREADY_JOINED = [
    Case(
        "ko",
        "already joined",
        "국내에서는 이미 가입한 56개 도시에 더해 3곳이 새로 가입했다.",
        ((CC, 56), (N, 3)),
        (),
    ),
    Case(
        "ko",
        "already joined",
        "한국은 이미 가입한 56개 도시에 더해 3곳이 새로 가입했다.",
        ((CC, 56), (N, 3)),
        (),
    ),
    Case("ko", "already joined", "이미 가입한 56개 도시에 더해 3곳이 새로 가입했다.", (), (56,)),
    Case("ko", "already joined", "앞서 가입한 56개 도시에 이어 3곳이 새로 가입했다.", (), (56,)),
    Case("ko", "already joined", "국내에서는 이미 59개 도시가 GNLC에 가입했다.", ((CC, 59),), ()),
    Case("ko", "already joined", "한국에서는 이미 59개 도시가 GNLC에 가입했다.", ((CC, 59),), ()),
    # near-misses: this round's joining stays an intake, the network's total stays its own
    Case(
        "ko", "already joined near-miss", "국내에서는 이번에 3곳이 새로 가입했다.", ((N, 3),), ()
    ),
    Case(
        "ko",
        "already joined near-miss",
        "올해 72개 도시가 새로 가입해 회원 도시는 이미 356곳에 이른다.",
        ((N, 72), (T, 356)),
        (),
    ),
    # "기존" says it of the 56 only, not of the 3 after them (a change's two ends both)
    Case(
        "ko",
        "already joined near-miss",
        "한국은 기존 회원도시 56곳에 더해 3곳이 새로 가입했다.",
        ((CC, 56), (N, 3)),
        (),
    ),
    Case(
        "ko",
        "already joined near-miss",
        "한국은 기존 56개 도시에 더해 3개 도시가 새로 가입했다.",
        ((CC, 56), (N, 3)),
        (),
    ),
    Case(
        "ko",
        "already joined near-miss",
        "국내 회원도시는 기존 35곳에서 44곳으로 늘었다.",
        ((CC, 35), (CC, 44)),
        (),
    ),
    Case(
        "ko", "already joined near-miss", "기존 회원도시 35곳에서 44곳으로 늘었다.", (), (35, 44)
    ),
]

CASES = [*MORE_CITIES, *FEDERAL_STATES, *ALREADY_JOINED]
