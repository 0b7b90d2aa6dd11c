"""The ``textfix`` command (``python -m textfix``).

Kept apart from :mod:`textfix.cli` so that a Ctrl-C while the command line's modules are still
importing (the first tenth of a second) ends the run with one line and exit 130, as a Ctrl-C
later does, rather than with Python's traceback: the package itself imports nothing at first.
"""

import os
import sys


def main() -> None:
    try:
        from textfix.cli import main as run_command_line

        code = run_command_line()
    except KeyboardInterrupt:
        print("textfix: interrupted", file=sys.stderr)
        code = 130  # cli.INTERRUPTED, which may be what was being imported
    exit_now(code)


def exit_now(code: int) -> None:
    """End the process without tearing the interpreter down, as mypy does.

    Freeing the word tables one object at a time (a few hundred thousand of them) takes a
    tenth of a second, as long as cleaning a small file: a pre-commit hook pays it on every
    commit. Nothing is left to close but the standard streams: every file the command writes
    is closed and renamed into place before it returns (and a worker pool shut down). A
    stream that can no longer be written (a closed pipe) makes a failure, as it would at exit.
    """
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a reader that went away, or a stream the command closed
            code = code or 1
    os._exit(code)


if __name__ == "__main__":
    main()
