"""Japanese: the members' count named before a change from an earlier count ("加盟都市は
2022年の294から425に増えた", "加盟都市数は昨年の356から425へと拡大した") was no figure (the
count after the head was expected at once); the count it grew to is read as the total."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("加盟都市は2022年の294から425に増えた。", "加盟都市は2022年の294から425"),
        ("加盟都市数は昨年の356から425へと拡大した。", "加盟都市数は昨年の356から425"),
        ("加盟都市は当初の115から425に広がった。", "加盟都市は当初の115から425"),
    ],
)
def test_the_count_grown_to_is_the_total(text: str, said: str) -> None:
    assert read_titled("ja", text) == [(said, "total_cities", 425, "exact", None, None)]


def test_the_head_alone_still_reads_its_count() -> None:
    assert read_titled("ja", "加盟都市は425に上る。") == [
        ("加盟都市は425", "total_cities", 425, "exact", None, None)
    ]
