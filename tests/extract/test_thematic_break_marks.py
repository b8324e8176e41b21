"""A thematic break ends an archive's dated entry whichever mark draws it ("---", "* * *",
"___", indented): the box after it is the page's own, not the last entry's. The break is
looked for only in an entry where a line opens with one of the marks (dated_entries)."""

from __future__ import annotations

import pytest

from lcnet.dates import PartialDate
from lcnet.extract import find_mentions, read_document

ARCHIVE = (
    "## 04.11.2025 – Zwei neue Lernstädte im Land\n\nDie Liste wurde heute ergänzt.\n\n"
    "## 12.05.2023 – Antrag der Stadt\n\nDer Rat stimmte dem Antrag zu.\n"
)
BOX = "**Zum Netzwerk:** Es umfasst rund 300 Städte weltweit."


def _box_date(rule: str) -> PartialDate | None:
    front = "---\ntitle: Archiv\ndate: 2025-12-10\n---\n\n# UNESCO GNLC\n\n"
    page = f"{front}{ARCHIVE}\n{rule}\n\n{BOX}\n"
    found = find_mentions(read_document(page, "markdown"), "de")
    dates = [m.as_of for m in found if m.value == 300]
    assert len(dates) == 1
    return dates[0]


@pytest.mark.parametrize("rule", ["---", "* * *", "___", "  - - -", "*****"])
def test_each_mark_ends_the_entry(rule: str) -> None:
    assert _box_date(rule) is None


def test_without_a_break_the_box_is_the_last_entrys() -> None:
    assert _box_date("") == PartialDate(2023, 5, 12)
