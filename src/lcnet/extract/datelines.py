"""A text's own date, where it gives one in its first lines rather than in front matter
or <meta>: a dateline.

Pages saved as plain text (and Markdown or HTML that carry no date field) still say when
they were written, on a line of their own near the top ("15/02/2024 10:33", "Viernes 5 de
diciembre de 2025", "2024-02-18 15:00:54", "2024년 2월 15일") or at the start of a press
release ("Paris, 2 September 2022 - Today, ..."). Without it lcnet judges the text at
today's date and flags every figure that was true when it was written.

Only full dates (day, month and year) count, on a short line with few other words (a
byline, a dateline, a timestamp) or right before a dateline's dash: a year alone, or a
date inside a sentence of the story ("On 14 February 2024, UNESCO announced ..."), is
what the story tells, not when it was written.
"""

from __future__ import annotations

import re
from functools import cache

from lcnet.dates import DateError, PartialDate
from lcnet.extract.grammar import led

FIRST_LINES = 12  # lines read from the top, blank ones not counted
SHORT_LINE = 120  # characters: a byline, a dateline or a timestamp, not a paragraph
_DASH_REACH = 80  # characters from a line's start to a dateline's dash

_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)"
_MONTH_NUMBER = r"(?P<month>[01]?\d)"
# 15/02/2024; a US month first, "10/30/2022", where the day cannot be a month
_DAY_FIRST = led(rf"(?<![\d.]){_DAY}[/.](?P<month>[0-3]?\d)[/.]{_YEAR}(?!\d)")
_NUMERIC = [
    led(rf"(?<![\d.]){_YEAR}-{_MONTH_NUMBER}-{_DAY}(?!\d)"),  # 2024-02-18
    led(rf"(?<![\d./]){_YEAR}/{_MONTH_NUMBER}/{_DAY}(?![\d/])"),  # 2024/02/18 (ja, zh)
    _DAY_FIRST,
    led(rf"(?<![\d.]){_YEAR}\.\s?{_MONTH_NUMBER}\.\s?{_DAY}(?!\d)"),  # 2024. 2. 15
    led(rf"{_YEAR}\s*[年년]\s*{_MONTH_NUMBER}\s*[月월]\s*{_DAY}\s*[日일]"),
    led(rf"(?<!\d){_DAY}\s+tháng\s+{_MONTH_NUMBER},?\s+năm\s+{_YEAR}"),  # vi
    # a Japanese era's year: "登録日 令和7年7月10日", "平成29年5月1日"
    led(
        rf"(?P<era>令和|平成)\s*(?P<era_year>元|\d{{1,2}})\s*年\s*{_MONTH_NUMBER}\s*月\s*{_DAY}\s*日"
    ),
    led(rf"(?<![\d.]){_MONTH_NUMBER}\s{_DAY},\s?{_YEAR}(?!\d)"),  # "04 25, 2023"
    # the Republic of China's year (Taiwan): "發布日期 113年3月1日", "中華民國113年3月1日"
    led(
        rf"(?:(?P<era>中華民國|中华民国|民國|民国)\s*)?(?<!\d)(?P<roc_year>1[01]\d)\s*年"
        rf"\s*{_MONTH_NUMBER}\s*月\s*{_DAY}\s*日"
    ),
]
# possessive: a name is followed by no letter, so giving letters back never makes a match
# (it only made re try each shorter name at every letter)
_WORD = r"(?P<name>[^\W\d_]{3,10}+)"
_NAMED = [  # the month's name is looked up in every language lcnet reads
    led(
        rf"(?<!\d){_DAY}(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?{_WORD}\.?,?\s+(?:de\s+|del\s+)?{_YEAR}"
    ),
    led(rf"{_WORD}\.?\s+{_DAY}(?:st|nd|rd|th)?,?\s+{_YEAR}"),
]
_MONTH_FIRST = _NAMED[1]  # "February 18, 2024": a word where re cannot skip to one
# What every match of _MONTH_FIRST holds, led by a digit: a line without it has none
_MONTH_FIRST_TAIL = led(rf"\d(?:st|nd|rd|th)?,?\s+{_YEAR}")
# Each form is led by a lookahead for the characters it may start with (grammar.led): a
# form that opens with a lookbehind is otherwise tried in full at every character of a
# line, 15 µs for each of the first 200 characters of a line with a year (#14)
_FORMS = (*_NUMERIC, *_NAMED)
# An ASCII line holds none of the forms that name 年, 년 or tháng (each needs it): they are
# not tried on it (#14: a line with a year in its first characters cost 120 µs, all forms)
_ASCII_FORMS = tuple(f for f in _FORMS if "年" not in f.pattern and "tháng" not in f.pattern)
_ERAS = {"令和": 2018, "平成": 1988}  # the year before each era's first
_ASCII_DIGITS = str.maketrans("".join(chr(0xFF10 + i) for i in range(10)), "0123456789")
_ROC_BEFORE = 1911
_ROC_YEAR = re.compile(r"(?<!\d)1[01]\d\s*年")  # 民國113年 is 2024: the year 1911 + 113
# What each form but the eras' holds: a line without it holds no full date. Led by its
# digits, re skips to them in C, where the forms, led by a lookbehind or by letters (a
# month's name), are tried at every character: 0.6 s per MB of Markdown pages (#14).
_A_YEAR = re.compile(r"(?:19|20)\d\d")
_AFTER_DASH = 120  # characters read past _DASH_REACH: the dash, or ", Hamburg." and its stop
_DASH = re.compile(r"\s*[\u2013\u2014-]\s")  # "Paris, 2 September 2022 - Today, ..."
# A press release's opening that ends its dateline with a full stop or colon instead of a
# dash: "23 September 2020, Hamburg. Today, ..." or "Hamburg, 23 September 2020: ...". The
# date must open the paragraph (after at most a short place name), so "On 14 February
# 2024, UNESCO ..." (a sentence of the story) is not one.
_PLACE = r"[^\W\d_][^\W\d_'\u2019-]*(?:[ '\u2019-][^\W\d_]+){0,2}"
_PLACE_BEFORE = re.compile(rf"{_PLACE},\s*")
# The label of an event's date on an announcement ("日時", "일시", "时间" and a colon), after a
# bullet: the day the event is held, not the day the page was written ("作成日時",
# "작성일시", "发布时间" are the page's own: they open with other words)
_EVENT_LABEL = re.compile(
    r"[\s\-*\u2022\u25a0\u25a1\u25cf\u25cb\u25c6\u25c7\u30fb\u25b6\u25b7\u3010\[(\uff08]*"
    r"(?:日時|開催日時?|開催期間|会期|期間|実施日|日程|일\s?시|행사\s?일시?|개최\s?일시?|기간|일정"
    r"|时间|時間|活动时间|活動時間|会议时间|會議時間|举办时间|舉辦時間|会期|會期)"
    r"\s*[\u3011\])\uff09]?\s*[:\uff1a\s]"
)
_STOP_AFTER = re.compile(rf"(?:,\s*{_PLACE})?\s*[.:]\s")


def dateline(text: str, first_line: int = 1) -> tuple[str, str, int] | None:
    """("a dateline", "YYYY-MM-DD", line) for the first full date on a short line among
    the text's first lines, or right before a dash at a line's start; else None."""
    seen = 0
    line_number = first_line - 1
    for line in text.split("\n", 4 * FIRST_LINES)[: 4 * FIRST_LINES]:
        line_number += 1
        stripped = line.strip()
        if not stripped:
            continue
        seen += 1
        if seen == 1 and stripped[:4].lower() == "date":
            # a saved page's date field before its text, "date 2025-12-05 Hà Nội là ...",
            # "date: 2024-02" (as front matter's date): the month alone counts here
            field = _DATE_FIELD.match(stripped)
            if field is not None:
                date = _field_date(field)
                if date is not None:
                    return ("a date field", str(date), line_number)
        if seen > FIRST_LINES:
            break
        if _EVENT_LABEL.match(stripped):
            continue  # "日時 2025年3月1日 14時": when an event is held, not written
        found = _full_date(stripped, short=len(stripped) <= SHORT_LINE)
        if found is not None:
            lines = text.split("\n", line_number - first_line + FIRST_LINES + 1)
            update = _update(
                lines[line_number - first_line : line_number - first_line + FIRST_LINES]
            )
            if update is not None and update[0].first_day > found.last_day:
                origin = f"a dateline (updated after its publication {found})"
                return (origin, str(update[0]), line_number + update[1])
            return ("a dateline", str(found), line_number)
    return None


_DATE_FIELD = re.compile(
    r"date:?[ \t]+(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)(?:-(?P<day>[0-3]\d))?(?![\d:-])",
    re.IGNORECASE,
)


def _field_date(field: re.Match[str]) -> PartialDate | None:
    day = field["day"]
    try:
        return PartialDate.checked(
            int(field["year"]),
            int(field["month"]),
            None if day is None else int(day),
            field.group(),
        )
    except DateError:
        return None


# "Published 14 February 2024 · Updated 5 December 2025": what an updated page still
# says, it says on its update's day (as front matter's lastmod or HTML's modified_time)
_UPDATED = re.compile(
    r"(?:last )?(?:updated|modified)|mis[e]? à jour|actualizad[oa]|última actualización"
    r"|aggiornat[oa]|ultima modifica|atualizad[oa]|aktualisiert|zuletzt geändert"
    r"|cập nhật|更新|수정|업데이트"
)


def _update(lines: list[str]) -> tuple[PartialDate, int] | None:
    """The full date an update cue in these lines gives, and its line (from 0)."""
    for number, line in enumerate(lines):
        if len(line) > SHORT_LINE:
            continue  # a byline's update, not a sentence of the story
        low = line.lower()
        cue = _UPDATED.search(low)
        if cue is None:
            continue
        found = _full_date(low[cue.end() :].strip(" :|-\u00b7\u2013\u2014"), short=True)
        if found is not None:
            return found, number
    return None


# A wiki's page saved as text ends with the date of its last edit, MediaWiki's footer
# ("This page was last edited on 3 May 2020, at 10:12", "Diese Seite wurde zuletzt am
# 3. Mai 2020 um 10:12 Uhr bearbeitet"): what the page says, it said then, as an updated
# page says it on its update's day. Read in the text's last characters only, from a
# literal cue (str.find), when the first lines give no date.
_FOOTER_REACH = 3000  # characters from the text's end
_EDIT_CUES = (  # the footer's own words, not a story's ("zuletzt am 4. Dezember ausgezeichnet")
    "last edited on",
    "page was last modified",
    "seite wurde zuletzt",
    "zuletzt bearbeitet",
    "dernière modification de cette page",
    "editó por última vez",
    "modificó por última vez",
    "modificata per l'ultima volta",
    "modificata per l\u2019ultima volta",
    "editada pela última vez",
    "modificada pela última vez",
    "sửa đổi lần cuối",
    "最終更新",
    "最后修订",
    "最後修訂",
    "마지막으로 편집",
)


def edited(text: str, first_line: int = 1) -> tuple[str, str, int] | None:
    """("the page's last edit", "YYYY-MM-DD", line) from a wiki's edit footer near the
    text's end; else None."""
    start = max(0, len(text) - _FOOTER_REACH)
    low = text[start:].lower()
    at = max((low.rfind(cue) for cue in _EDIT_CUES), default=-1)
    if at < 0:
        return None
    line_start = low.rfind("\n", 0, at) + 1
    line_end = low.find("\n", at)
    line = low[line_start : line_end if line_end >= 0 else len(low)]
    if len(line) > 2 * SHORT_LINE:
        return None  # a sentence of the story, not a footer
    found = _full_date(line, short=True, stamped=True)
    if found is None:
        return None
    line_number = first_line + text.count("\n", 0, start + line_start)
    return ("the page's last edit", str(found), line_number)


# A saved web-archive copy says when it was captured: Archive-It's banner ("This page was
# captured on 06:55:09 Oct 05, 2022") or the Wayback Machine's address with its 14-digit
# timestamp (".../web/20221005010210/https://..."). The page was on line then: its
# figures are judged at that date, however long the banner's line.
_CAPTURED = re.compile(r"\b(?:page|snapshot|copy) (?:was |has been )?captured\b|\barchived on\b")
_ARCHIVE_ADDRESS = re.compile(
    rf"/web/{_YEAR}(?P<month>[01]\d)(?P<day>[0-3]\d)\d{{0,8}}(?:[a-z]{{2}}_)?/(?:https?:|www)"
)


def _full_date(line: str, *, short: bool, stamped: bool = False) -> PartialDate | None:
    """The first full date of a line that dates its text; `stamped`: the line is a stamp
    (a wiki's edit footer) whose date counts wherever it stands."""
    # full-width digits as ASCII ones: "２０２３年３月１０日", as Japanese datelines write them
    low = line.lower()
    if not low.isascii():  # (an ASCII line has no full-width digit: 30 ns a character)
        low = low.translate(_ASCII_DIGITS)
    if "/web/" in low and (address := _ARCHIVE_ADDRESS.search(low)) is not None:
        return _checked(address)
    captured = _CAPTURED.search(low) if "captur" in low or "archived" in low else None
    if captured is not None:
        short = True  # the banner's date counts wherever it stands on its line
        low = " " * captured.end() + low[captured.end() :]
    elif not short:  # a long line counts only a date near its start (a dateline's dash, a
        low = low[: _DASH_REACH + _AFTER_DASH]  # release's opening): read no further (#14)
    # every form holds a year or an era, and a long line's date ends within _DASH_REACH
    # (a dash or a release's stop after it): most lines have none there (#14)
    reach = len(low) if short else _DASH_REACH
    if (
        _A_YEAR.search(low, 0, reach) is None
        and (
            low.isascii()  # (no era, no 年)
            or (
                not any(e in low[:reach] for e in _ERAS)
                and ("年" not in low[:reach] or _ROC_YEAR.search(low, 0, reach) is None)
            )
        )
    ):
        return None
    # a long line's date counts only before a dash or a release's stop within _DASH_REACH:
    # past it, a form's later dates are not read
    late = not (short or stamped)
    for form in _ASCII_FORMS if low.isascii() else _FORMS:
        if form is _MONTH_FIRST and _MONTH_FIRST_TAIL.search(low) is None:
            continue  # (30 µs on a line of 200 characters, #14)
        for found in form.finditer(low):
            if late and found.end() > _DASH_REACH:
                break
            dashed = found.end() <= _DASH_REACH and _DASH.match(low, found.end()) is not None
            if not dashed and _opens_release(low, found):
                dashed = True
            if not dashed and not (
                stamped or (short and (captured or _mostly_the_date(low, found)))
            ):
                continue
            date = _checked(found)
            if date is not None:
                return date
    return None


def _opens_release(low: str, found: re.Match[str]) -> bool:
    """Whether the date opens the paragraph as a release's dateline ending in "." or ":"."""
    if found.end() > _DASH_REACH or _STOP_AFTER.match(low, found.end()) is None:
        return False
    return found.start() == 0 or _PLACE_BEFORE.fullmatch(low, 0, found.start()) is not None


_OTHER_WORDS = 8  # "Agência Onu News - 08/12/2025 10:33:05 | Foto: ONU News", a byline
_SENTENCE_WORDS = 3  # "23 September 2020, Hamburg.", not "It was signed on 12 March 2024."
_LETTERS = re.compile(r"[^\W\d_]+")


def _mostly_the_date(low: str, found: re.Match[str]) -> bool:
    """Whether the line is a dateline, a byline or a timestamp rather than a sentence of
    the story that names a date: few other words, fewer still if it ends as a sentence."""
    rest = low[: found.start()] + " " + low[found.end() :]
    words = len(_LETTERS.findall(rest))
    limit = _SENTENCE_WORDS if low.rstrip().endswith(".") else _OTHER_WORDS
    return words <= limit


def _checked(found: re.Match[str]) -> PartialDate | None:
    fields = found.groupdict()
    if fields.get("name") is not None:
        month = _months().get(fields["name"])
    else:
        month = int(fields["month"])
    if month is None:
        return None
    day = int(fields["day"])
    if month > 12 and 1 <= day <= 12 and found.re is _DAY_FIRST:
        month, day = day, month  # "2/18/2024 4:01:56 AM": the US order, month first
    era = fields.get("era")
    if fields.get("roc_year") is not None:  # 民國113年 is 2024
        year = _ROC_BEFORE + int(fields["roc_year"])
    elif era is not None:  # 令和元年 is 2019, 平成元年 1989
        count = fields["era_year"]
        year = _ERAS[era] + (1 if count == "元" else int(count))
    else:
        year = int(fields["year"])
    try:
        return PartialDate.checked(year, month, day, found.group())
    except DateError:
        return None


@cache
def _months() -> dict[str, int]:
    """Month names (and their short forms) in every language lcnet reads, lower case: read
    only when a line holds a word between a day and a year."""
    from lcnet.extract.lang import CODES, language

    names: dict[str, int] = {}
    for code in CODES:
        for name, number in language(code).months.items():
            if 1 <= number <= 12:
                names.setdefault(name, number)
    return names
