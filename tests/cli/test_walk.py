"""Which files `lcnet check DIR` reads: text kinds, less what the project ignores."""

from __future__ import annotations

from pathlib import Path

from lcnet.cli.walk import text_files

FILES = [
    "content/a.md",
    "content/B.HTML",
    "content/notes.txt",
    "content/drafts/b.md",
    "content/blog/c.md",
    "content/blog/d.draft.md",
    "content/blog/keep.draft.md",
    "content/data.yaml",
    "content/.hidden.md",
    "_site/e.html",
    "assets/x.css",
    "node_modules/pkg/readme.md",
    ".github/pr.md",
]


def site(root: Path) -> None:
    for name in FILES:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("text\n", encoding="utf-8")
    (root / ".git").mkdir()
    (root / ".gitignore").write_text("_site/\n*.draft.md\n", encoding="utf-8")
    (root / "content" / "blog" / ".gitignore").write_text("!keep.draft.md\n", encoding="utf-8")
    (root / "content" / ".lcnetignore").write_text("# drafts\ndrafts/\n", encoding="utf-8")


def test_a_walk_honours_gitignore_lcnetignore_and_the_text_kinds() -> None:
    site(Path())
    assert list(text_files(["."])) == [
        "content/B.HTML",
        "content/a.md",
        "content/notes.txt",
        "content/blog/c.md",
        "content/blog/keep.draft.md",
    ]


def test_ignore_files_above_the_walked_directory_count_up_to_the_repository() -> None:
    site(Path())
    assert list(text_files(["content/blog"])) == [
        "content/blog/c.md",
        "content/blog/keep.draft.md",
    ]


def test_exclude_leaves_out_found_and_given_files() -> None:
    site(Path())
    found = list(text_files(["content", "content/drafts/b.md"], ["*.txt", "blog/", "b.md"]))
    assert found == ["content/B.HTML", "content/a.md"]


def test_a_file_given_by_name_is_read_whatever_ignores_it() -> None:
    site(Path())
    assert list(text_files(["_site/e.html", "content/data.yaml", "-"])) == [
        "_site/e.html",
        "content/data.yaml",
        "-",
    ]
