"""Fuzzing lcnet as a hostile user would: mutated stores, hostile texts, killed writes.

The suite runs a bounded number of examples of each (tests/fuzz/test_fuzz.py); a longer
run is on demand:

    python -m tests.fuzz --minutes 30                  # all three, for 30 minutes
    python -m tests.fuzz --stores 3000 --texts 1000 --kills 100

Every failure is written to a directory (fuzz-failures/ by default) with what reproduces
it: the store or text, the command, and what went wrong.
"""
