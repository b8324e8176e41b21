"""The evaluation corpus and its harness: how well `lcnet check` reads real pages.

Run `python -m tests.eval --help`; the corpus format and how it was written are in
tests/eval/README.md.
"""
