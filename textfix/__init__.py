"""textfix: clean and repair damaged text, and show every repair for review.

    >>> import textfix
    >>> result = textfix.clean("It began in 2017the year of the protests.")
    >>> result.text
    'It began in 2017 the year of the protests.'
    >>> [edit.rule for edit in result.edits]
    ['TF401']
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textfix.config import Options
    from textfix.edits import Applicability, Edit
    from textfix.engine import Cleaner, ReportedEdit, Result, clean

__version__ = "0.1.0"
__all__ = ["Applicability", "Cleaner", "Edit", "Options", "ReportedEdit", "Result", "clean", "__version__"]

# Where each public name lives. They are imported on first use (PEP 562), so that importing
# the package costs nothing and the command can catch a Ctrl-C during its imports.
_HOMES = {"Options": "textfix.config", "Applicability": "textfix.edits", "Edit": "textfix.edits",
          "Cleaner": "textfix.engine", "ReportedEdit": "textfix.engine", "Result": "textfix.engine",
          "clean": "textfix.engine"}


def __getattr__(name: str) -> object:
    if name not in _HOMES:
        raise AttributeError(f"module 'textfix' has no attribute {name!r}")
    return getattr(import_module(_HOMES[name]), name)


def __dir__() -> list[str]:
    return sorted(__all__)
