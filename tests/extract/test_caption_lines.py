"""A heading or a photo caption with no full stop, on the line right before a paragraph
saved as one long line, ends there: its words are not the subject of the paragraph's
first sentence. A hard-wrapped text (short lines) is still read across its lines."""

from __future__ import annotations

from lcnet.extract import find_mentions, read_document


def _read(text: str, language: str) -> list[tuple[int, str, int]]:
    found = find_mentions(read_document(text, "text"), language)
    return [(m.line, m.metric.value, m.value) for m in found]


_PARAGRAPH_VI = (
    "Trong thông báo phát đi hôm thứ Tư, UNESCO cho biết Việt Nam có 2 thành phố tham gia"
    " Mạng lưới các thành phố học tập toàn cầu, cùng với 53 thành phố khác từ 27 quốc gia.\n"
)
_PARAGRAPH_ES = (
    "Según el comunicado difundido el miércoles por la UNESCO, Chile tiene dos comunas que se"
    " incorporan a la Red Mundial de Ciudades del Aprendizaje, junto a otras 53 ciudades.\n"
)


def test_a_caption_before_a_long_line_is_not_its_subject() -> None:
    caption = (
        "Thành phố Huế được công nhận là thành viên mạng lưới học tập của UNESCO Ảnh: TTXVN\n"
    )
    assert _read(caption + _PARAGRAPH_VI, "vi") == [
        (2, "country_cities", 2),
        (2, "new_cities", 55),
        (2, "new_countries", 27),
    ]


def test_a_heading_before_a_long_line_is_not_its_subject() -> None:
    heading = "Talca se suma a la red de la UNESCO\n"
    assert _read(heading + _PARAGRAPH_ES, "es") == [
        (2, "country_cities", 2),
        (2, "new_cities", 55),
    ]


def test_a_wrapped_text_is_read_across_its_lines() -> None:
    wrapped = (
        "Thành phố Huế và thành phố Đà Lạt\n"
        "gia nhập Mạng lưới các thành phố học tập toàn cầu\n"
        "cùng với 53 thành phố khác.\n"
    )
    assert _read(wrapped, "vi") == [(3, "new_cities", 55)]
