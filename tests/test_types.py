"""The package's annotations hold: mypy finds no error in ``textfix`` (configured in pyproject.toml).

A wrong annotation misleads every reader of a signature, and a value that may be None used as
if it never were is a crash waiting for the input that makes it None; mypy finds both.
"""

from __future__ import annotations

from pathlib import Path

from mypy import api  # a test extra: pip install -e '.[test]'

ROOT = Path(__file__).resolve().parent.parent


def test_mypy_finds_no_error_in_the_package(monkeypatch):
    monkeypatch.chdir(ROOT)  # pyproject.toml's [tool.mypy] names the files and the settings
    report, errors, status = api.run(["--no-error-summary"])
    assert status == 0, report + errors
