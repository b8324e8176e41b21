"""A cap on how many cities each country may put forward is no count of applicants:
"each country may nominate three cities" states a rule, not a figure of the GNLC (an
admission quota per country is one of issue 9's distractors). A count of applicants in
a sentence without a per-country word is still read."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

QUOTAS = [
    ("en", "Each country may put forward three candidate cities."),
    ("fr", "Chaque pays peut présenter trois villes candidates."),
    ("es", "Cada país puede presentar tres ciudades candidatas."),
    ("pt", "Cada país pode apresentar três cidades candidatas."),
    ("it", "Ogni paese può presentare tre città candidate."),
    ("vi", "Mỗi quốc gia được đề cử tối đa 3 thành phố."),
    ("ko", "국가별로 3개 도시를 후보로 추천할 수 있다."),
    ("ja", "各国からの推薦は3都市が上限である。"),
    ("zh", "每个国家最多可推荐3个城市。"),
]

APPLICANTS = [
    ("en", "Forty cities are candidates this year.", "Forty cities"),
    ("fr", "Quarante villes sont candidates cette année.", "Quarante villes"),
    ("es", "Cuarenta ciudades son candidatas este año.", "Cuarenta ciudades"),
    ("pt", "Quarenta cidades são candidatas este ano.", "Quarenta cidades"),
    ("it", "Quaranta città sono candidate quest'anno.", "Quaranta città"),
    ("de", "Vierzig Städte sind in diesem Jahr Kandidaten.", "Vierzig Städte"),
    ("vi", "Năm nay có 40 thành phố nộp hồ sơ.", "40 thành phố"),
    ("ko", "올해 40개 도시가 신청했다.", "40개 도시"),
    ("ja", "今年は40都市が加盟を申請した。", "40都市"),
    ("zh", "今年有40个城市提交申请。", "40个城市"),
    # "countries of the world" is no per-country word
    ("ja", "世界各国から300都市が加盟を申請した。", "300都市"),
]


@pytest.mark.parametrize(("language", "sentence"), QUOTAS)
def test_a_per_country_cap_is_no_figure(language: str, sentence: str) -> None:
    assert mentions(language, sentence) == []


@pytest.mark.parametrize(("language", "sentence", "text"), APPLICANTS)
def test_a_count_of_applicants_is_still_read(language: str, sentence: str, text: str) -> None:
    found = [(m.text, m.metric.value) for m in mentions(language, sentence)]
    assert found == [(text, "candidate_cities")]


def test_a_cap_in_another_clause_leaves_the_applicants_count() -> None:
    sentence = (
        "Tre comuni liguri preparano la candidatura per il bando, che ammette al massimo "
        "3 candidature per paese."
    )
    found = [(m.text, m.metric.value, m.value) for m in mentions("it", sentence)]
    assert found == [("Tre comuni", "candidate_cities", 3)]
