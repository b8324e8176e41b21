"""lcnet as a library: typed answers for scripts and notebooks.

    >>> import lcnet
    >>> store = lcnet.open_store(today="2026-12-05")
    >>> report = store.check_text("The GNLC now counts 356 member cities.", date="2026-01")
    >>> [(f.value, f.verdict, f.expected) for f in report.figures]
    [(356, 'stale', 425)]

Every result converts to exactly the records of the JSON contract (`to_dict()`): the
command line calls this API for its answers (lcnet.api.reports) and writes their
records, so the two cannot differ. An opened store is picklable: it travels to worker
processes as its path and "today", and is read again there (from lcnet's cache, when it
has one).

Its modules are imported on first use, so that a command that calls one report pays
for no other (the read commands start in tens of milliseconds, benchmarks/startup.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lcnet.api.contents import StoreContents
    from lcnet.api.curating import (
        ClaimProposals,
        Curation,
        FormatReport,
        all_schemas_text,
        open_curation,
        schema_texts,
    )
    from lcnet.api.records import (
        AcceptedFigure,
        Announcement,
        MemberCity,
        RecordedClaim,
        SourceTally,
        StoreFinding,
    )
    from lcnet.api.reports import (
        CitiesReport,
        ClaimsReport,
        FiguresReport,
        GrowthReport,
        RecordReport,
        Report,
        SourcesReport,
        StoreCheck,
    )
    from lcnet.api.store import (
        API_VERSION,
        KINDS,
        LcnetUsageError,
        Store,
        open_store,
    )
    from lcnet.api.texts import TextFigure, TextReport

_WHERE = {
    "ClaimProposals": "curating",
    "Curation": "curating",
    "FormatReport": "curating",
    "all_schemas_text": "curating",
    "open_curation": "curating",
    "schema_texts": "curating",
    "AcceptedFigure": "records",
    "Announcement": "records",
    "MemberCity": "records",
    "RecordedClaim": "records",
    "SourceTally": "records",
    "StoreContents": "contents",
    "StoreFinding": "records",
    "CitiesReport": "reports",
    "ClaimsReport": "reports",
    "FiguresReport": "reports",
    "GrowthReport": "reports",
    "RecordReport": "reports",
    "Report": "reports",
    "SourcesReport": "reports",
    "StoreCheck": "reports",
    "API_VERSION": "store",
    "KINDS": "store",
    "LcnetUsageError": "store",
    "Store": "store",
    "open_store": "store",
    "TextFigure": "texts",
    "TextReport": "texts",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        import importlib

        return getattr(importlib.import_module(f"lcnet.api.{_WHERE[name]}"), name)
    raise AttributeError(f"module 'lcnet.api' has no attribute {name!r}")


__all__ = [
    "API_VERSION",
    "KINDS",
    "AcceptedFigure",
    "Announcement",
    "CitiesReport",
    "ClaimProposals",
    "ClaimsReport",
    "Curation",
    "FiguresReport",
    "FormatReport",
    "GrowthReport",
    "LcnetUsageError",
    "MemberCity",
    "RecordReport",
    "RecordedClaim",
    "Report",
    "SourceTally",
    "SourcesReport",
    "Store",
    "StoreCheck",
    "StoreContents",
    "StoreFinding",
    "TextFigure",
    "TextReport",
    "all_schemas_text",
    "open_curation",
    "open_store",
    "schema_texts",
]
