"""A text's date from a dateline in its first lines, where no front matter or <meta>
gives one: a plain-text page saved from a news site says when it was written."""

from __future__ import annotations

import pytest

from lcnet.extract import read_document

HEADLINE = "Curitiba joins the UNESCO Global Network of Learning Cities\n"
STORY = "\nThe network now has 356 member cities.\n"

DATELINES = [
    ("15/02/2024 10:33", "2024-02-15"),
    ("Agência Onu News - 08/12/2025 10:33:05 | Foto: ONU News/Leda Letra", "2025-12-08"),
    ("来源:新华社 责任编辑:黄新培 2024-02-18 15:00:54", "2024-02-18"),
    ("Viernes 5 de diciembre de 2025, p. 5", "2025-12-05"),
    ("sábado, 17 de febrero de 2024", "2024-02-17"),
    ("Published 14 February 2024", "2024-02-14"),
    ("February 14, 2024", "2024-02-14"),
    ("Posted Sept. 3rd, 2021 by the desk", "2021-09-03"),  # a month's short name, a suffix
    ("Mittwoch,Dezember  9  2020", "2020-12-09"),  # the name right after a comma
    ("Am 4. Dezember 2025", "2025-12-04"),
    ("Le 2 septembre 2022", "2022-09-02"),
    ("2 settembre 2022", "2022-09-02"),
    ("2024년 2월 15일", "2024-02-15"),
    ("2024. 2. 15", "2024-02-15"),
    ("2024年2月18日", "2024-02-18"),
    ("Ngày 14 tháng 2, năm 2024", "2024-02-14"),
    ("23 September 2020, Hamburg.", "2020-09-23"),
    ("联合国教科文组织 | 04 25, 2023", "2023-04-25"),  # month, day, year in digits
    ("2/18/2024 4:01:56 AM", "2024-02-18"),  # a US month first, where the day cannot be one
    ("Date: 10/30/2022 11:09:48 PM", "2022-10-30"),
    ("05/03/2024", "2024-03-05"),  # both could be months: the day first, as most write it
    ("登録日：令和7年7月10日", "2025-07-10"),  # a Japanese era's year
    ("更新日 平成29年5月1日", "2017-05-01"),
    ("掲載日：令和元年10月31日", "2019-10-31"),  # 元年: the era's first
    ("公開日：2024/2/15", "2024-02-15"),  # the year first, with slashes
    ("发布时间：2024/02/18 15:00", "2024-02-18"),
    ("입력 2025/12/08 09:30", "2025-12-08"),
    # the Republic of China's year (Taiwan): 民國113年 is 2024
    ("２０２３年３月１０日　生涯学習推進センター", "2023-03-10"),  # full-width digits
    ("掲載日：２０２４年２月１６日", "2024-02-16"),
    ("發布日期：113年3月1日", "2024-03-01"),
    ("中華民國112年10月5日", "2023-10-05"),
    ("更新時間 民國114年 12 月 8 日", "2025-12-08"),
    ("教育部電子報　第1032期　108年8月10日", "2019-08-10"),
]


@pytest.mark.parametrize(("line", "date"), DATELINES)
def test_a_dateline_in_the_first_lines_dates_a_plain_text(line: str, date: str) -> None:
    document = read_document(HEADLINE + line + "\n" + STORY, "text")
    assert (str(document.date), document.date_origin) == (date, "a dateline")


def test_a_press_release_dateline_before_its_dash() -> None:
    text = (
        "Paris, 2 September 2022 – Today, 77 cities from 44 countries join the UNESCO "
        "Global Network of Learning Cities in recognition of their efforts to make "
        "lifelong learning a reality for all.\n"
    )
    assert str(read_document(text, "text").date) == "2022-09-02"


def test_a_long_line_dates_the_text_only_by_a_dash_near_its_start() -> None:
    """A date inside the story's first sentence, then one before a dash too far from the
    line's start for a dateline: neither dates the text; the dashed one near the start in
    a later line does (a line is read no further than its dates can count)."""
    far = (
        "The council met on 3 March 2021 and again, after the summer break and the long"
        " debate on the budget, on 5 May 2022 - the minutes say 56 cities took part.\n"
    )
    near = "Hanoi, 7 June 2023 - the ministry named 12 new cities to the learning network.\n"
    assert read_document(HEADLINE + far + STORY, "text").date is None
    document = read_document(HEADLINE + far + near + STORY, "text")
    assert (str(document.date), document.date_origin) == ("2023-06-07", "a dateline")


RELEASE_OPENINGS = [
    # the dateline ends with a full stop or a colon, and the story goes on in the same
    # paragraph: a long line, so only the date's place at the paragraph's start tells
    ("23 September 2020, Hamburg. Today, 55 cities from 27 countries", "2020-09-23"),
    ("Hamburg, 23 September 2020: the institute admits 55 cities from 27 countries", "2020-09-23"),
    ("14 February 2024. Sixty-four cities in 35 countries were admitted", "2024-02-14"),
    ("Hambourg, 23 septembre 2020. Aujourd'hui, 55 villes de 27 pays rejoignent", "2020-09-23"),
    ("Hamburgo, 23 de septiembre de 2020. Hoy se suman 55 ciudades de 27 países", "2020-09-23"),
    ("4. Dezember 2025, Hamburg: 72 neue Städte aus 46 Ländern kommen hinzu", "2025-12-04"),
]


@pytest.mark.parametrize(("opening", "date"), RELEASE_OPENINGS)
def test_a_release_dateline_ending_in_a_stop_dates_the_text(opening: str, date: str) -> None:
    story = opening + (
        " join the network of learning cities, which grows again with this round of"
        " admissions decided by the institute after the national commissions' nominations.\n"
    )
    document = read_document(HEADLINE + "\n" + story, "text")
    assert (str(document.date), document.date_origin) == (date, "a dateline")


ARCHIVE_BANNERS = [
    (
        "You are viewing an archived web page, collected at the request of an institution"
        " using Archive-It. This page was captured on 06:55:09 Oct 05, 2022, and is part of"
        " the collection. The information on this web page may be out of date.",
        "2022-10-05",
    ),
    ("The Wayback Machine - https://web.archive.org/web/20221005010210/https://example.org/news",
     "2022-10-05"),
    ("Source: https://webarchive.example.org/web/20220314101500/https://example.org/fr/villes",
     "2022-03-14"),
    ("Archived on 3 March 2021 by the university library; this copy keeps the newsletter's"
     " original layout, its links and its pictures as they were then.", "2021-03-03"),
]  # fmt: skip


@pytest.mark.parametrize(("banner", "date"), ARCHIVE_BANNERS)
def test_a_web_archive_capture_dates_the_saved_page(banner: str, date: str) -> None:
    document = read_document(banner + "\n\n" + HEADLINE + STORY, "text")
    assert (str(document.date), document.date_origin) == (date, "a dateline")


UPDATED = [
    "Published 14 February 2024 · Updated 5 December 2025",
    "Publié le 14 février 2024\nMis à jour le 5 décembre 2025",
    "14/02/2024 10:33 | Actualizado: 05/12/2025 09:00",
    "Pubblicato il 14 febbraio 2024 - Aggiornato il 5 dicembre 2025",
    "发布时间：2024年2月14日 更新时间：2025年12月5日",
]


@pytest.mark.parametrize("lines", UPDATED)
def test_an_update_after_the_dateline_dates_the_text(lines: str) -> None:
    document = read_document(HEADLINE + lines + "\n" + STORY, "text")
    assert (str(document.date), document.date_origin) == (
        "2025-12-05",
        "a dateline (updated after its publication 2024-02-14)",
    )


def test_an_update_before_the_publication_or_without_a_day_changes_nothing() -> None:
    for lines in ("Published 14 February 2024 · Updated 3 February 2024",
                  "Published 14 February 2024 · Updated in 2025"):  # fmt: skip
        document = read_document(HEADLINE + lines + "\n" + STORY, "text")
        assert (str(document.date), document.date_origin) == ("2024-02-14", "a dateline")


NOT_DATELINES = [
    # a sentence of the story that names a date is what the story tells
    "The plan covers the 2021-2030 period and was signed on 12 March 2024.",
    "On 14 February 2024, UNESCO announced 64 new members of the network.",
    # a long sentence that names a date at its start, then goes on with a clause
    "On 14 February 2024, UNESCO announced 64 new members of the network, which had"
    " grown every year since its first members joined in 2016, and it now spans 79"
    " countries.",
    "Since 14 February 2024, Lisbon, Porto and Braga have been members. Each city"
    " writes a report on its plan every two years for the institute to read.",
    # a year, or a month, is no date a text was written on
    "2024",
    "February 2024",
    # no such day
    "31/02/2024",
    "13 25, 2023",
    "113年13月1日",  # no such month in the Republic of China's year 113 either
    # a photo "captured" is no archive copy; a year alone is no date
    "Photo captured by our team in the park on 4 May 2024 after the rain had stopped, with"
    " three of the volunteers who planted the trees along the river bank last spring.",
    "https://web.archive.org/web/2022/https://example.org/news",
]


@pytest.mark.parametrize("line", NOT_DATELINES)
def test_no_dateline(line: str) -> None:
    document = read_document(HEADLINE + line + "\n" + STORY, "text")
    assert (document.date, document.date_origin) == (None, None)


def test_only_the_first_lines_are_read() -> None:
    lines = "".join(f"Line {n} of the story.\n" for n in range(12))
    assert read_document(HEADLINE + lines + "15/02/2024\n", "text").date is None


def test_front_matter_wins_over_a_dateline() -> None:
    page = "---\ndate: 2024-03-01\n---\n\n15/02/2024\n" + STORY
    document = read_document(page, "markdown")
    assert (str(document.date), document.date_origin) == ("2024-03-01", "front matter date")


def test_markdown_without_a_date_field_reads_its_dateline() -> None:
    page = "# " + HEADLINE + "\n*15 February 2024*\n" + STORY
    assert str(read_document(page, "markdown").date) == "2024-02-15"


def test_html_without_a_date_reads_its_dateline() -> None:
    page = (
        "<html><head><title>Curitiba joins</title></head><body><h1>Curitiba joins</h1>"
        "<p class=byline>15/02/2024</p><p>The network now has 356 member cities.</p>"
        "</body></html>"
    )
    assert str(read_document(page, "html").date) == "2024-02-15"


def test_a_long_lines_date_far_from_its_start_is_not_its_dateline() -> None:
    # a one-line article (as archives store them): only a date near the start dates it,
    # so the rest of the line is not read for one
    story = (
        "Hanoi joins the learning cities network as one of 72 new members, the institute "
        "said, in a list that also names Lisbon and Cairo; " * 3
    ) + "Paris, 2 September 2022 - Today, 77 cities joined."
    assert read_document(story + "\n", "text").date is None
    dated = "Paris, 2 September 2022 - Today, 77 cities joined. " + story
    assert str(read_document(dated + "\n", "text").date) == "2022-09-02"


EVENTS = [
    ("日時：2025年3月1日（土）14時～16時\n会場：市民会館", "掲載日：2024年12月10日"),
    ("■開催日時 2025年3月1日 14:00\n■場所 生涯学習センター", "更新日 2024年12月10日"),
    ("일시: 2025년 3월 1일(토) 14:00\n장소: 시민회관", "등록일 2024-12-10"),
    ("- 행사일시 : 2025.03.01 14:00", "작성일시 2024.12.10 09:30"),
    ("时间：2025年3月1日 14:00\n地点：市民中心", "发布时间：2024-12-10"),
    ("活動時間：2025年3月1日（星期六）下午2時", "發布日期：113年12月10日"),
]


@pytest.mark.parametrize(("event", "published"), EVENTS)
def test_an_events_date_on_an_announcement_is_not_its_dateline(event: str, published: str) -> None:
    document = read_document(HEADLINE + event + "\n" + published + "\n" + STORY, "text")
    assert (str(document.date), document.date_origin) == ("2024-12-10", "a dateline")
