"""lcnet as a library: typed answers for scripts and notebooks.

    >>> import lcnet
    >>> store = lcnet.open_store(today="2026-12-05")
    >>> report = store.check_text("The GNLC now counts 356 member cities.", date="2026-01")
    >>> [(f.value, f.verdict, f.expected) for f in report.figures]
    [(356, 'stale', 425)]

Every result converts to exactly the records of the JSON contract (`to_dict()`): the
command line builds its JSON with the same functions (lcnet.api.texts), so the two
cannot differ. An opened store is picklable: it travels to worker processes as its path
and "today", and is read again there (from lcnet's cache, when it has one).
"""

from lcnet.api.records import (
    AcceptedFigure,
    MemberCity,
    RecordedClaim,
    SourceTally,
    StoreFinding,
)
from lcnet.api.store import API_VERSION, KINDS, LcnetUsageError, Store, open_store
from lcnet.api.texts import TextFigure, TextReport

__all__ = [
    "API_VERSION",
    "KINDS",
    "AcceptedFigure",
    "LcnetUsageError",
    "MemberCity",
    "RecordedClaim",
    "SourceTally",
    "Store",
    "StoreFinding",
    "TextFigure",
    "TextReport",
    "open_store",
]
