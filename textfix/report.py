"""What every report and patch header names: the versions that produced it.

A changed result must be traceable to a textfix or word-data update (the top complaint
against codespell and typos is a dictionary update that silently changed CI).
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version


def versions() -> dict[str, str]:
    found = {}
    for package in ("textfix", "wordfreq"):
        try:
            found[package] = version(package)
        except PackageNotFoundError:
            found[package] = "unknown"
    return found


def text_digest(text: str) -> str:
    """The SHA-256 of a text (as UTF-8), recorded in JSON reports: how ``textfix apply``
    knows a file changed since the report was made."""
    import hashlib

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
