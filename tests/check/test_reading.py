"""Files read in blocks give the text, and the errors, that reading them line by line gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from lcnet.check.reading import DEFAULT_LIMITS, Limits, NotUtf8, Unreadable, text_documents
from lcnet.extract import read_stream

LINE = "The GNLC has 356 member cities in 79 countries, said UNESCO.\r\n"


def read(path: Path, limits: Limits = DEFAULT_LIMITS) -> str:
    return "".join(document.text for document in text_documents(str(path), limits))


def test_a_file_of_many_blocks_reads_as_its_lines_do(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"  # 1.3 MB: five blocks, two documents
    page.write_bytes(("\ufeff" + LINE * 10_000 + "\r\n" + LINE * 12_000 + "no end\r").encode())
    written = LINE.replace("\r\n", "\n") * 10_000 + "\n" + LINE.replace("\r\n", "\n") * 12_000
    lines = [*written.splitlines(keepends=True), "no end\r"]
    assert read(page) == "".join(document.text for document in read_stream(lines, "text"))


def test_a_byte_that_is_no_utf8_far_in_a_file_is_found_at_its_line(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(LINE.encode() * 9_999 + b"caf\xe9 " + LINE.encode())
    with pytest.raises(NotUtf8) as raised:
        read(page)
    assert (raised.value.line, raised.value.message()) == (
        10_000,
        "not UTF-8 text (byte 0xe9 at line 10000, column 4); save it as UTF-8",
    )


def test_a_long_line_after_the_first_block_is_found_at_its_line(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(LINE.encode() * 5_000 + b"x" * 3_000 + b"\n" + LINE.encode())
    with pytest.raises(Unreadable) as raised:
        read(page, Limits(line=2_000))
    assert raised.value.line == 5_001
    assert raised.value.message().startswith("line 5001 is longer than 2,000 bytes;")
