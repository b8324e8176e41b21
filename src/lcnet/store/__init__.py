"""Find, read and validate the fact store: the only file input of lcnet's core."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import NamedTuple

from lcnet.countries import CountryIndex
from lcnet.store.facts import FactStore
from lcnet.store.locate import Origin, StoreLocation, locate_store


class OpenedStore(NamedTuple):
    """A validated store, where it came from, and the country names to go with it."""

    facts: FactStore
    location: StoreLocation
    countries: CountryIndex


def open_store(
    location: StoreLocation, display_root: str, today: date, cache_dir: Path | None
) -> OpenedStore:
    """Read and validate the store (or take it from the cache); raise InvalidStore."""
    root = location.path
    key = None
    if cache_dir is not None and (root / "store.toml").is_file():
        from lcnet.store.cache import read_cache, signature

        key = signature(root)
        cached = read_cache(cache_dir, root, key, today)
        if cached is not None:
            records, countries = cached
            return OpenedStore(FactStore(records, display_root), location, countries)
    from lcnet.countries import build_index
    from lcnet.store.read import read_records

    records = read_records(root, display_root, today)
    countries = build_index()
    if cache_dir is not None and key is not None:
        from lcnet.store.cache import write_cache

        write_cache(cache_dir, root, key, today, (records, countries))
    return OpenedStore(FactStore(records, display_root), location, countries)


__all__ = ["FactStore", "OpenedStore", "Origin", "StoreLocation", "locate_store", "open_store"]
