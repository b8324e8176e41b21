"""The network's members said by a verb of having and a bare number, the network the
subject (named or referred to before it in its paragraph, or left in the verb): "La red
volvió a crecer en diciembre. Hoy cuenta con 425", "It now counts 425" (a variant sweep
of this class: none was read). And a total whose subject the verb holds after an
intake's count ("72 ciudades en diciembre. Ya son 425 en la red"): the intake is no
model of it (five times smaller), and the network it is in, said after it, is its
subject."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

CASES: list[tuple[str, str, list[Row]]] = [
    ("es", "La red volvió a crecer en diciembre. Hoy cuenta con 425.",
     [("425", "total_cities", 425, "exact", None, None)]),
    ("es", "La Red Mundial de Ciudades del Aprendizaje de la UNESCO suma ya 425.",
     [("425", "total_cities", 425, "exact", None, None)]),
    ("pt", "A rede voltou a crescer em dezembro. Hoje conta com 425.",
     [("425", "total_cities", 425, "exact", None, None)]),
    ("pt", "A Rede Mundial de Cidades de Aprendizagem soma agora 425.",
     [("425", "total_cities", 425, "exact", None, None)]),
    ("it", "La rete è cresciuta ancora a dicembre: oggi conta 425.",
     [("425", "total_cities", 425, "exact", None, None)]),
    ("en", "The network grew again in December. It now has 425.",
     [("425", "total_cities", 425, "exact", None, None)]),
    ("en", "The UNESCO Global Network of Learning Cities now counts 425.",
     [("425", "total_cities", 425, "exact", None, None)]),
    # an intake before it, a total after it: "ya son 425 en la red"
    ("es", "La UNESCO admitió 72 ciudades en diciembre. Ya son 425 en la red.",
     [("72 ciudades", "new_cities", 72, "exact", None, None),
      ("425", "total_cities", 425, "exact", None, None)]),
    ("pt", "A UNESCO admitiu 72 cidades em dezembro. Já são 425 na rede.",
     [("72 cidades", "new_cities", 72, "exact", None, None),
      ("425", "total_cities", 425, "exact", None, None)]),
    ("it", "L'UNESCO ha ammesso 72 città a dicembre. Ora sono 425 nella rete.",
     [("72 città", "new_cities", 72, "exact", None, None),
      ("425", "total_cities", 425, "exact", None, None)]),
    # guards: another network, a country the subject, a size no total has had, a year
    ("en", "The Creative Cities Network grew again. It now has 350.",
     []),
    # (no network total: Colombia's own count, "cuenta hoy con" a verb of having)
    ("es", "La red creció. Colombia cuenta hoy con 9.",
     [("9", "country_cities", 9, "exact", None, "CO")]),
    ("es", "La red volvió a crecer en diciembre. Hoy cuenta con 2025.",
     []),
    ("pt", "A rede cresceu. A cidade de Lisboa tem 545.",
     []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_network_total(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
