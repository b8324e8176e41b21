"""The store cache: used when nothing changed, never when something did."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from lcnet.errors import InvalidStore
from lcnet.store import open_store
from lcnet.store.locate import Origin, StoreLocation
from tests.conftest import TODAY


def opened_names(store: Path, cache: Path, today: date = TODAY) -> list[str]:
    location = StoreLocation(store, Origin.OPTION)
    opened = open_store(location, "facts", today, cache)
    return [city.name for city in opened.facts.cities]


def test_a_second_open_is_served_from_the_cache(tiny_store: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert opened_names(tiny_store, cache) == ["Cao Lanh", "Son La", "Hanoi"]
    assert len(list(cache.glob("store-*.pickle"))) == 1
    # Make the files unreadable as TOML without changing their size or time: a cache hit
    # must not read them.
    path = tiny_store / "cities" / "vn.toml"
    stat = path.stat()
    text = path.read_text()
    path.write_text("x" * len(text.encode()))
    import os

    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert opened_names(tiny_store, cache) == ["Cao Lanh", "Son La", "Hanoi"]


def test_an_edited_file_is_read_again(tiny_store: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    opened_names(tiny_store, cache)
    path = tiny_store / "cities" / "vn.toml"
    path.write_text(path.read_text().replace('name = "Hanoi"', 'name = "Ha Noi"'))
    assert opened_names(tiny_store, cache) == ["Cao Lanh", "Son La", "Ha Noi"]


def test_an_edit_that_breaks_the_store_is_reported_not_hidden(
    tiny_store: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    opened_names(tiny_store, cache)
    path = tiny_store / "cities" / "vn.toml"
    path.write_text(path.read_text().replace('name = "Hanoi"', "name = 5"))
    with pytest.raises(InvalidStore):
        opened_names(tiny_store, cache)


def test_a_cache_validated_for_a_later_day_is_not_used_for_an_earlier_one(
    tiny_store: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    opened_names(tiny_store, cache, TODAY)
    with pytest.raises(InvalidStore):  # on 2024-01-01 the 2024-02 records are in the future
        opened_names(tiny_store, cache, date(2024, 1, 1))
    assert opened_names(tiny_store, cache, TODAY + timedelta(days=1))


def test_a_damaged_cache_file_is_ignored(tiny_store: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    opened_names(tiny_store, cache)
    for file in cache.glob("store-*.pickle"):
        file.write_bytes(b"not a pickle")
    assert opened_names(tiny_store, cache) == ["Cao Lanh", "Son La", "Hanoi"]
