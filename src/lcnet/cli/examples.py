"""The examples that end each command's --help: two or three real command lines each.

Kept in one place so that a test can parse every one of them against the command's
options (tests/test_docs.py).
"""

from __future__ import annotations

EXAMPLES: dict[str, tuple[str, ...]] = {
    "cities": (
        "lcnet cities --country VN",
        "lcnet cities --region asia-pacific --as-of 2024-01-01",
        "lcnet cities --joined 2025 --format csv",
    ),
    "validate": (
        "lcnet validate",
        "lcnet validate --store path/to/facts",
    ),
    "check": (
        "lcnet check content/ --format github",
        "lcnet check content/ --fix --exclude 'drafts/'",
        "lcnet check content/ --baseline .lcnet-baseline.json --format sarif",
    ),
    "figures": (
        "lcnet figures --as-of 2025-06-01",
        "lcnet figures --metric total_cities --format csv",
    ),
    "claims": (
        "lcnet claims --verdict stale",
        "lcnet claims --metric total_cities --as-of 2024 --format json",
    ),
    "growth": (
        "lcnet growth",
        "lcnet growth --format svg",
        "lcnet growth --store path/to/facts",
    ),
    "show": (
        "lcnet show vn/hanoi",
        "lcnet show uil-2020-09-23",
        "lcnet show 2020-09",
    ),
    "sources": (
        "lcnet sources --publisher UNESCO",
        "lcnet sources --kind news --from 2025-01-01",
    ),
    "add": (
        'lcnet add source --id example-2026 --publisher "Example News" --language en',
        "lcnet add claim --source example-2026 --metric total_cities --value 425",
        'lcnet add city --name "Huế" --country VN --intake 2025-12',
    ),
    "add source": (
        'lcnet add source --id example-2026 --publisher "Example News" --language en '
        '--kind news --published "20 Nov 2026"',
        "lcnet add source --id example-2026 --publisher Example --url https://news.example/a",
    ),
    "add claim": (
        "lcnet add claim --source example-2026 --metric total_cities --value 425",
        "lcnet add claim --source example-2026 --metric country_cities --country VN --value 6",
    ),
    "add city": (
        'lcnet add city --name "Huế" --country VN --intake 2025-12',
        "lcnet add city --name Vinh --country VN --source example-2026",
    ),
    "fmt": (
        "lcnet fmt --check",
        "lcnet fmt --store path/to/facts",
    ),
    "schema": (
        "lcnet schema sources",
        "lcnet schema --write",
    ),
    "scan": (
        "lcnet scan news-2025.jsonl.gz --summary summary.json",
        "lcnet scan news-2025.jsonl.gz --workers 1",
        "lcnet scan archive.jsonl --scheduler tcp://127.0.0.1:8786",
    ),
    "lsp": (
        "lcnet lsp",
        "lcnet lsp --store path/to/facts",
    ),
    "extract": (
        "lcnet extract article.md --source hanoitimes-2026-01",
        "lcnet extract article.md --source hanoitimes-2026-01 --write",
    ),
}


def epilog(name: str) -> str | None:
    """The end of `lcnet NAME --help`: its examples, one to a paragraph (none for a
    command without any yet: tests/test_docs.py says which)."""
    if name not in EXAMPLES:
        return None
    lines = "\n\n".join(f"  {example}" for example in EXAMPLES[name])
    return f"Examples:\n\n{lines}"
