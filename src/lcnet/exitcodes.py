"""Exit codes of the lcnet command line, one place for all of them."""

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FINDINGS = 1  # the check found something at or above --fail-on
    USAGE = 2  # a mistake in the command line (unknown option, bad argument)
    INVALID_DATA = 3  # the fact store (or a file given to lcnet) does not validate
    INTERNAL = 70  # a bug in lcnet (EX_SOFTWARE)
    INTERRUPTED = 130  # Ctrl-C
