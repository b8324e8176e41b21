"""A list of a country's members as real pages write it: each name with its title
("TP. Vinh", "the cities of", "les villes de") and an aside ("Vinh (Nghệ An)"); the full
stop of an abbreviated title ("TP.", "Dr.") ends no sentence (Language.city_titles,
Language.title_abbreviations)."""

from __future__ import annotations

import pytest

import lcnet
from tests.conftest import TODAY
from tests.extract.titled import read_titled

_PAGE = "# UNESCO Global Network of Learning Cities\n\n{}\n"


@pytest.fixture(scope="module")
def api_store() -> lcnet.Store:
    return lcnet.open_store(today=TODAY)


@pytest.mark.parametrize(
    ("language", "date", "sentence", "expected"),
    [
        ("vi", "2024-03-01", "Các thành viên của Việt Nam là TP. Sơn La, TP. Vinh (Nghệ An),"
         " TP. Hồ Chí Minh, TP. Cao Lãnh (Đồng Tháp) và TP. Sa Đéc (Đồng Tháp).", (5, "current")),
        ("vi", "2024-03-01", "Hiện Việt Nam có các thành viên: TP. Sa Đéc, TP. Vinh và TP. Cao"
         " Lãnh.", (3, "stale")),
        ("vi", "2023-03-01", "Các thành viên của Việt Nam là thành phố Sa Đéc, thành phố Vinh và"
         " thành phố Cao Lãnh.", (3, "current")),
        ("en", "2024-03-01", "Viet Nam's members are the cities of Sa Dec (Dong Thap), Vinh"
         " (Nghe An) and Cao Lanh.", (3, "stale")),
        ("fr", "2023-03-01", "Les membres vietnamiens sont les villes de Sa Dec (Dong Thap),"
         " Vinh et Cao Lanh.", (3, "current")),
    ],
)  # fmt: skip
def test_a_list_of_titled_names_is_the_country_count(
    api_store: lcnet.Store, language: str, date: str, sentence: str, expected: tuple[int, str]
) -> None:
    report = api_store.check_text(_PAGE.format(sentence), date=date, kind="markdown",
                                  language=language)  # fmt: skip
    assert [(f.metric, f.value, f.verdict) for f in report.figures] == [
        ("country_cities", *expected)
    ]


def test_a_list_that_goes_on_past_an_aside_is_not_a_count(api_store: lcnet.Store) -> None:
    # "Đồng Xoài" is no member: the list names more than lcnet knows, so no count
    sentence = "Các thành viên của Việt Nam là TP. Vinh (Nghệ An), TP. Sa Đéc, TP. Đồng Xoài"
    sentence += " (Bình Phước) và TP. Cao Lãnh."
    report = api_store.check_text(_PAGE.format(sentence), date="2024-03-01", kind="markdown",
                                  language="vi")  # fmt: skip
    assert list(report.figures) == []


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("vi", "TP. Huế và TP. Đà Nẵng đã gia nhập mạng lưới cùng với 70 thành phố khác.",
         ("new_cities", 72, None)),
        # the year before the title still dates the figure after it
        ("en", "In 2019 the network counted, as Dr. Lee recalled, 174 member cities.",
         ("total_cities", 174, "2019")),
        ("fr", "En 2019, selon M. Dupont, le réseau comptait 174 villes membres.",
         ("total_cities", 174, "2019")),
        ("vi", "Năm 2019, theo TS. Nguyễn Văn A, mạng lưới có 174 thành viên.",
         ("total_cities", 174, "2019")),
    ],
)  # fmt: skip
def test_a_title_full_stop_ends_no_sentence(
    language: str, body: str, expected: tuple[str, int, str | None]
) -> None:
    assert [(r[1], r[2], r[4]) for r in read_titled(language, body)] == [expected]
