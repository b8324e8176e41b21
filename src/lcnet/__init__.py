"""lcnet: fact-check figures about the UNESCO Global Network of Learning Cities.

The library (lcnet.api, imported on first use so that `import lcnet` stays cheap):

    store = lcnet.open_store(path=None, today=None)
    report = store.check_text(text, date=None, kind="text", language=None)
    report.figures, report.to_dict(); store.figures(), store.cities(), store.findings(),
    store.claims(), store.sources(), store.growth()

Each answer is typed and converts to its record of the JSON contract with to_dict().
Each command's whole answer is a report (store.cities_report(), ..., store.store_check())
whose to_dict() is the command's JSON document; store.contents() counts its records.
The commands that write to a store (add, extract, fmt, schema --write) are calls of
lcnet.open_curation(path, today=None): add_source(), add_claim(), add_city(),
propose_claims(), add_claims(), format_check(), format(), write_schemas().
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lcnet.version import __version__

if TYPE_CHECKING:
    from lcnet.api import (
        API_VERSION,
        AcceptedFigure,
        Announcement,
        CitiesReport,
        ClaimProposals,
        ClaimsReport,
        Curation,
        FiguresReport,
        FormatReport,
        GrowthReport,
        LcnetUsageError,
        MemberCity,
        RecordedClaim,
        RecordReport,
        Report,
        SourcesReport,
        SourceTally,
        Store,
        StoreCheck,
        StoreContents,
        StoreFinding,
        TextFigure,
        TextReport,
        open_curation,
        open_store,
        schema_texts,
    )


def __getattr__(name: str) -> Any:
    if name in _API:
        from lcnet import api

        return getattr(api, name)
    raise AttributeError(f"module 'lcnet' has no attribute {name!r}")


__all__ = [
    "API_VERSION",
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
    "__version__",
    "open_curation",
    "open_store",
    "schema_texts",
]

_API = frozenset(__all__) - {"__version__"}
