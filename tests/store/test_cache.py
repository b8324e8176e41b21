"""The store cache: used when nothing changed, never when something did, never when
someone else could have written it, and never able to run code."""

from __future__ import annotations

import json
import os
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

import lcnet.store.read
from lcnet.errors import InvalidStore
from lcnet.store import open_store
from lcnet.store.cache import KEEP, cache_path
from lcnet.store.locate import Origin, StoreLocation
from tests.conftest import TODAY


def opened(store: Path, cache: Path, today: date = TODAY) -> tuple[list[str], tuple[str, ...]]:
    location = StoreLocation(store, Origin.OPTION)
    result = open_store(location, "facts", today, cache)
    return [city.name for city in result.facts.cities], result.notes


def opened_names(store: Path, cache: Path, today: date = TODAY) -> list[str]:
    return opened(store, cache, today)[0]


@pytest.fixture
def no_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading the store's files fails: whatever opens now came from the cache."""

    def refuse(*args: object) -> None:
        raise AssertionError("the store was read, not taken from the cache")

    monkeypatch.setattr(lcnet.store.read, "read_records", refuse)


def test_a_second_open_is_served_from_the_cache(
    tiny_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    first = open_store(StoreLocation(tiny_store, Origin.OPTION), "facts", TODAY, cache)
    assert [p.name for p in cache.iterdir()] == [cache_path(cache, tiny_store).name]
    monkeypatch.setattr(lcnet.store.read, "read_records", None)  # a read would fail
    second = open_store(StoreLocation(tiny_store, Origin.OPTION), "facts", TODAY, cache)
    for name in ("sources", "claims", "intakes", "countries", "cities", "resolutions"):
        old, new = getattr(first.facts.records, name), getattr(second.facts.records, name)
        assert [vars(r) for r in new] == [vars(r) for r in old]
    assert vars(second.facts.records.info) == vars(first.facts.records.info)
    assert second.countries == first.countries


def test_the_shipped_store_comes_back_from_the_cache_field_for_field(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    facts = Path(__file__).parents[2] / "facts"
    cache = tmp_path / "cache"
    first = open_store(StoreLocation(facts, Origin.OPTION), "facts", TODAY, cache)
    monkeypatch.setattr(lcnet.store.read, "read_records", None)
    second = open_store(StoreLocation(facts, Origin.OPTION), "facts", TODAY, cache)
    assert [vars(c) for c in second.facts.claims] == [vars(c) for c in first.facts.claims]
    assert [vars(c) for c in second.facts.cities] == [vars(c) for c in first.facts.cities]
    assert [vars(s) for s in second.facts.sources] == [vars(s) for s in first.facts.sources]
    assert [vars(i) for i in second.facts.intakes] == [vars(i) for i in first.facts.intakes]
    # enums come back as the members themselves: the code compares them with `is`
    assert all(type(c.metric).__name__ == "Metric" for c in second.facts.claims)
    # the names with diacritics came back above from a file of ASCII (escaped in JSON)
    assert any(not c.name.isascii() for c in second.facts.cities)
    assert cache_path(cache, facts).read_bytes().isascii()


def test_an_edited_file_is_read_again(tiny_store: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    opened_names(tiny_store, cache)
    path = tiny_store / "cities" / "vn.toml"
    path.write_text(path.read_text().replace('name = "Hanoi"', 'name = "Ha Noi"'))
    assert opened_names(tiny_store, cache) == ["Cao Lanh", "Son La", "Ha Noi"]


def test_an_edit_that_keeps_size_and_modification_time_is_still_seen(
    tiny_store: Path, tmp_path: Path
) -> None:
    """A restored mtime (or a coarse filesystem clock) once served the old store, and an
    invalid store passed check."""
    cache = tmp_path / "cache"
    opened_names(tiny_store, cache)
    path = tiny_store / "cities" / "vn.toml"
    before = path.stat()
    text = path.read_text()
    path.write_text(text.replace('name = "Hanoi"', "name = 1234567"))  # same length
    assert len(path.read_bytes()) == before.st_size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    with pytest.raises(InvalidStore):
        opened_names(tiny_store, cache)


def test_a_change_within_a_clock_tick_of_the_cache_is_checked_by_content(
    tiny_store: Path, tmp_path: Path
) -> None:
    """Even with every time stamp equal, a file changed right after the cache was written
    is compared by content."""
    cache = tmp_path / "cache"
    opened_names(tiny_store, cache)
    written = cache_path(cache, tiny_store)
    head, _, body = written.read_bytes().partition(b"\n")
    data = json.loads(head)
    path = tiny_store / "cities" / "vn.toml"
    path.write_text(path.read_text().replace('name = "Hanoi"', 'name = "Hanoy"'))
    status = path.stat()
    files = data["files"]  # pretend the stat key did not change: only content did
    for index, line in enumerate(files):
        if line.startswith("cities/vn.toml\t"):
            files[index] = "\t".join(
                str(v)
                for v in (
                    "cities/vn.toml",
                    status.st_size,
                    status.st_ino,
                    status.st_mtime_ns,
                    status.st_ctime_ns,
                )
            )
    written.write_bytes(json.dumps(data).encode() + b"\n" + body)
    os.utime(written, ns=(status.st_ctime_ns, status.st_ctime_ns))
    assert opened_names(tiny_store, cache) == ["Cao Lanh", "Son La", "Hanoy"]


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
    for damaged in (b"not json", b'{"format": 2}', b"[1, 2]", b'{"format": 2, "lcnet": 1}'):
        cache_path(cache, tiny_store).write_bytes(damaged)
        assert opened_names(tiny_store, cache) == ["Cao Lanh", "Son La", "Hanoi"]


def test_a_cache_file_damaged_after_its_first_line_is_ignored(
    tiny_store: Path, tmp_path: Path
) -> None:
    """The records are parsed only when a query asks for them: a damage in them is
    found up front by the checksum, not in the middle of a query."""
    cache = tmp_path / "cache"
    opened_names(tiny_store, cache)
    written = cache_path(cache, tiny_store)
    data = written.read_bytes()
    body = data.index(b"\n") + 1
    at = data.index(b"Hanoi", body)
    for damaged in (data[:at] + b"Hanoy" + data[at + 5 :], data[:-1], data[:body] + b"[]"):
        written.write_bytes(damaged)
        assert opened_names(tiny_store, cache) == ["Cao Lanh", "Son La", "Hanoi"]
        assert written.read_bytes() == data  # written again, whole


def test_a_store_from_the_cache_decodes_only_the_kinds_a_query_reads(
    tiny_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    opened_names(tiny_store, cache)
    monkeypatch.setattr(lcnet.store.read, "read_records", None)  # a read would fail
    second = open_store(StoreLocation(tiny_store, Origin.OPTION), "facts", TODAY, cache)
    assert second.facts.records.decoded() == ()
    assert [c.name for c in second.facts.cities] == ["Cao Lanh", "Son La", "Hanoi"]
    assert second.facts.records.decoded() == ("cities",)
    assert len(second.facts.claims) == 5
    assert second.facts.records.decoded() == ("cities", "claims")


def test_a_source_looked_up_by_id_is_built_alone_and_is_the_one_in_the_list(
    tiny_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    first = open_store(StoreLocation(tiny_store, Origin.OPTION), "facts", TODAY, cache)
    monkeypatch.setattr(lcnet.store.read, "read_records", None)  # a read would fail
    second = open_store(StoreLocation(tiny_store, Origin.OPTION), "facts", TODAY, cache)
    by_id = second.facts.source_by_id
    found = by_id["daily-news-2024-03"]
    assert (len(by_id), "nowhere" in by_id, second.facts.records.decoded()) == (3, False, ())
    assert vars(found) == vars(first.facts.source_by_id["daily-news-2024-03"])
    assert [s for s in second.facts.sources if s is found] == [found]
    assert second.facts.source_by_id["daily-news-2024-03"] is found


def test_a_countrys_cities_from_the_cache_are_built_alone_and_are_the_ones_in_the_list(
    tiny_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    first = open_store(StoreLocation(tiny_store, Origin.OPTION), "facts", TODAY, cache)
    monkeypatch.setattr(lcnet.store.read, "read_records", None)  # a read would fail
    second = open_store(StoreLocation(tiny_store, Origin.OPTION), "facts", TODAY, cache)
    found = second.facts.cities_in("VN")
    assert ([c.name for c in found], second.facts.cities_in("FR")) == (
        [c.name for c in first.facts.cities_in("VN")],
        [],
    )
    assert second.facts.records.decoded() == ()
    assert [c for c in second.facts.cities if c.country == "VN"] == found  # the same objects
    assert second.facts.cities_in("VN") == found


def test_a_planted_pickle_is_never_loaded(tiny_store: Path, tmp_path: Path) -> None:
    """The cache used to be a pickle: a planted one ran code as whoever ran lcnet."""
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    marker = tmp_path / "pwned"

    class Exploit:
        def __reduce__(self) -> tuple[object, ...]:
            return (os.system, (f"touch {marker}",))

    import pickle

    planted = cache_path(cache, tiny_store)
    for path in (planted, planted.with_suffix(".pickle")):
        path.write_bytes(pickle.dumps(Exploit()))
        path.chmod(0o600)
    assert opened_names(tiny_store, cache) == ["Cao Lanh", "Son La", "Hanoi"]
    assert not marker.exists()
    assert not planted.with_suffix(".pickle").exists()  # pruned


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX ownership")
@pytest.mark.parametrize("target", ["directory", "file"])
def test_a_cache_others_can_write_is_refused_with_a_note(
    tiny_store: Path, tmp_path: Path, target: str
) -> None:
    cache = tmp_path / "cache"
    opened_names(tiny_store, cache)
    shared = cache if target == "directory" else cache_path(cache, tiny_store)
    shared.chmod(0o777 if target == "directory" else 0o666)
    names, notes = opened(tiny_store, cache)
    assert names == ["Cao Lanh", "Son La", "Hanoi"]
    assert notes == (
        f"not using the store cache: {shared} can be written by other users (mode "
        f"{'777' if target == 'directory' else '666'}); fix its owner or mode, or set "
        "LCNET_CACHE_DIR to a directory of your own",
    )


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX ownership")
def test_a_cache_file_that_is_a_symlink_is_not_followed(tiny_store: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    opened_names(tiny_store, cache)
    real = cache_path(cache, tiny_store)
    elsewhere = tmp_path / "elsewhere.json"
    real.rename(elsewhere)
    real.symlink_to(elsewhere)
    names, notes = opened(tiny_store, cache)
    assert (names, notes) == (["Cao Lanh", "Son La", "Hanoi"], ())
    assert not real.is_symlink()  # replaced by a real file when written again


def test_the_cache_file_is_private_to_its_user(tiny_store: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    opened_names(tiny_store, cache)
    assert (
        cache.stat().st_mode & 0o777,
        cache_path(cache, tiny_store).stat().st_mode & 0o777,
    ) == (
        0o700,
        0o600,
    )


def test_old_cache_files_are_pruned(tiny_store: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    old = [cache / f"store-{n:08x}.json" for n in range(KEEP + 3)]
    for index, path in enumerate(old):
        path.write_text("{}")
        recent = time.time_ns() - (index + 1) * 10**9
        os.utime(path, ns=(recent, recent))
    ancient = cache / "store-ffffffff.json"
    ancient.write_text("{}")
    os.utime(ancient, ns=(1, 1))
    opened_names(tiny_store, cache)
    left = sorted(p.name for p in cache.glob("store-*.json"))
    assert len(left) == KEEP
    assert cache_path(cache, tiny_store).name in left
    assert ancient.name not in left
