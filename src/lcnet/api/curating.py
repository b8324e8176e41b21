"""A fact store to write to (lcnet.open_curation): what `lcnet add`, `extract`, `fmt` and
`schema --write` do, as calls that return typed reports.

Every write is planned, validated with the whole store, and written atomically under
the store's lock (lcnet.curate.writing); a record the store would not accept raises
lcnet's InvalidStore with every problem and its place, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from lcnet.curate.kinds import SCHEMA_FOLDER, FileKind

if TYPE_CHECKING:
    from lcnet.check.findings import Finding
    from lcnet.check.reading import Limits
    from lcnet.curate.adding import Addition
    from lcnet.curate.extracting import Proposal
    from lcnet.curate.formatting import Change
    from lcnet.extract import LanguagePart, Mention


class ClaimProposals(NamedTuple):
    """The figures an article states, as claims of its source to review (`lcnet extract`)."""

    source: str
    proposed: list[Proposal]  # not claims of the source yet, in the article's order
    known: int  # figures found that are claims of the source already: left out
    unread: list[Finding]  # the parts in languages lcnet does not read: nothing proposed

    @property
    def claims(self) -> list[tuple[dict[str, object], list[str]]]:
        """Each proposal's fields and the comments written above it."""
        return [(p.values, p.comments) for p in self.proposed]


class FormatReport(NamedTuple):
    """The files not in canonical form (`lcnet fmt`): each one's old and new text."""

    changes: list[Change]
    files: int  # how many files the store has

    def diff(self, display_root: str) -> str:
        """The changes as a unified diff, the store's paths under `display_root`."""
        from lcnet.curate.formatting import unified_diff

        return "".join(unified_diff(change, display_root) for change in self.changes)


class Curation:
    """A fact store to add records to, propose claims for, format and give its schemas.

    `display` is the store's root as messages name it (as the user wrote it)."""

    def __init__(self, root: Path, display: str, today: date) -> None:
        self.root = root
        self.display = display
        self.today = today

    def __repr__(self) -> str:
        return f"lcnet.Curation({str(self.root)!r}, today={self.today.isoformat()!r})"

    # ------------------------------------------------------------------------- records

    def add_source(self, source_id: str, values: dict[str, object]) -> Addition:
        """A new file sources/<id>.toml with the source's fields."""
        from lcnet.curate.adding import new_source

        return self._add(lambda: new_source(self.root, self.display, source_id, values))

    def add_claim(self, source_id: str, values: dict[str, object]) -> Addition:
        """A claim appended to its source's file (its id made from its metric if none)."""
        from lcnet.curate.adding import new_claim

        return self._add(lambda: new_claim(self.root, source_id, values))

    def add_city(self, country: str, region: str | None, values: dict[str, object]) -> Addition:
        """A member city added to its country's file cities/<cc>.toml (`country`: an ISO
        code; `region`: needed for a country's first city)."""
        from lcnet.curate.adding import new_city

        return self._add(
            lambda: new_city(self.root, self.display, country, region, values, self.today)
        )

    def has_country(self, country: str) -> bool:
        """Whether the store has a file of the country's cities already."""
        from lcnet.curate.adding import country_file

        return (self.root / country_file(country)).is_file()

    def _add(self, plan: Callable[[], Addition]) -> Addition:
        from lcnet.curate.adding import add_record

        return add_record(self.root, self.display, self.today, plan)

    # ---------------------------------------------------------------------- extraction

    def propose_claims(
        self, source_id: str, path: str, recorded_as: str, limits: Limits | None = None
    ) -> ClaimProposals:
        """The figures the article at `path` ("-": stdin) states, as claims of
        `source_id` that it does not have yet; `recorded_as` is the article's name in
        the claims' comments. A file lcnet cannot read raises InvalidInput saying where."""
        from lcnet.check.reading import shown
        from lcnet.check.texts import unread_findings
        from lcnet.curate.adding import recorded_claims, require_source
        from lcnet.curate.extracting import proposals, unrecorded

        require_source(self.root, source_id)
        mentions, unread = _mentions(path, limits)
        found = proposals(mentions, recorded_as)
        fresh, known = unrecorded(found, recorded_claims(self.root, source_id))
        return ClaimProposals(source_id, fresh, known, list(unread_findings(shown(path), unread)))

    def claims_text(self, proposals: ClaimProposals) -> str:
        """The proposals as the TOML that `add_claims` would append to the source's file."""
        from lcnet.curate.adding import new_claims

        return new_claims(self.root, proposals.source, proposals.claims).added

    def add_claims(self, proposals: ClaimProposals) -> Addition:
        """The proposals appended to their source's file, validated first."""
        from lcnet.curate.adding import new_claims

        return self._add(lambda: new_claims(self.root, proposals.source, proposals.claims))

    # ----------------------------------------------------------------------- canonical form

    def format_check(self) -> FormatReport:
        """What `format()` would change, changing nothing (the store must validate)."""
        from lcnet.curate.formatting import store_changes
        from lcnet.store.read import read_records

        read_records(self.root, self.display, self.today)
        return FormatReport(store_changes(self.root, self.display), self._file_count())

    def format(self) -> FormatReport:
        """Every file rewritten in canonical form, comments kept. Under the store's lock:
        validate, format, check that only the form changed (the same records), write."""
        from lcnet.curate.formatting import check_same_records, store_changes
        from lcnet.curate.writing import store_lock, write_store_file
        from lcnet.store.read import read_records

        with store_lock(self.root, self.display):
            before = read_records(self.root, self.display, self.today)
            changes = store_changes(self.root, self.display)
            check_same_records(self.root, self.display, self.today, changes, before)
            for change in changes:
                write_store_file(self.root, self.display, change.relative, change.new)
        return FormatReport(changes, self._file_count())

    def _file_count(self) -> int:
        from lcnet.store.files import store_files

        return len(store_files(self.root))

    def write_schemas(self, kinds: Sequence[FileKind] = tuple(FileKind)) -> list[str]:
        """The JSON Schemas of these kinds of file written to the store's schema/
        folder; the names of those that changed."""
        from lcnet.atomic import write_text_atomic

        folder = self.root / SCHEMA_FOLDER
        folder.mkdir(exist_ok=True)
        written = []
        for kind, text in schema_texts(kinds).items():
            path = folder / kind.schema_file
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                write_text_atomic(path, text)
                written.append(kind.schema_file)
        return written


def schema_texts(kinds: Iterable[FileKind] = tuple(FileKind)) -> dict[FileKind, str]:
    """The JSON Schema of each kind of fact file, as the text `lcnet schema` writes."""
    from lcnet.curate.schema import file_schemas, schema_text

    schemas = file_schemas()
    return {kind: schema_text(schemas[kind]) for kind in kinds}


def all_schemas_text() -> str:
    """Every kind's schema in one JSON document, keyed by kind (`lcnet schema`)."""
    from lcnet.curate.schema import file_schemas, schema_text

    schemas = file_schemas()
    return schema_text({str(kind): schemas[kind] for kind in FileKind})


def open_curation(path: str | Path, today: date | str | None = None) -> Curation:
    """A fact store to write to: the directory `path`, which holds a store.toml (the
    store shipped with lcnet is never written to). `today`: a date or "YYYY-MM-DD";
    None reads the clock, at this call only."""
    from lcnet.api.store import LcnetUsageError, _day
    from lcnet.store.locate import STORE_MARKER

    root = Path(path).expanduser()
    if not (root / STORE_MARKER).is_file():
        raise LcnetUsageError(f"{path}: not a fact store (it has no {STORE_MARKER})")
    return Curation(root, str(path), _day(today))


def _mentions(path: str, limits: Limits | None) -> tuple[list[Mention], list[LanguagePart]]:
    """The text's figures and its parts in languages not read."""
    from lcnet.check.reading import (
        DEFAULT_LIMITS,
        NotARegularFile,
        Unreadable,
        shown,
        text_documents,
    )
    from lcnet.errors import InvalidInput
    from lcnet.extract import find_mentions, language_parts

    name = shown(path)
    mentions: list[Mention] = []
    unread: list[LanguagePart] = []
    try:
        for document in text_documents(path, limits or DEFAULT_LIMITS):
            parts = language_parts(document)
            mentions.extend(find_mentions(document, parts=parts))
            unread.extend(part for part in parts if not part.read)
    except Unreadable as error:
        raise InvalidInput(f"{name}:{error.line}: {error.message()}") from None
    except NotARegularFile as error:
        raise InvalidInput(
            f"{name}: not a regular file ({error.kind}); give a text file or -"
        ) from None
    except OSError as error:
        raise InvalidInput(f"{name}: cannot read the file: {error.strerror or error}") from None
    return mentions, unread


__all__ = [
    "ClaimProposals",
    "Curation",
    "FormatReport",
    "all_schemas_text",
    "open_curation",
    "schema_texts",
]
