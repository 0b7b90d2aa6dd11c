"""The ``textfix`` command (``python -m textfix``).

Kept apart from :mod:`textfix.cli` so that a Ctrl-C while the command line's modules are still
importing (the first tenth of a second) ends the run with one line and exit 130, as a Ctrl-C
later does, rather than with Python's traceback: the package itself imports nothing at first.
"""

import sys


def main() -> None:
    try:
        from textfix.cli import main as run_command_line

        code = run_command_line()
    except KeyboardInterrupt:
        print("textfix: interrupted", file=sys.stderr)
        code = 130  # cli.INTERRUPTED, which may be what was being imported
    sys.exit(code)


if __name__ == "__main__":
    main()
