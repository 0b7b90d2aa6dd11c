"""textfix: clean and repair damaged text, and show every repair for review.

    >>> import textfix
    >>> result = textfix.clean("It began in 2017the year of the protests.")
    >>> result.text
    'It began in 2017 the year of the protests.'
    >>> [edit.rule for edit in result.edits]
    ['TF401']
"""

from textfix.config import Options
from textfix.edits import Applicability, Edit
from textfix.engine import Cleaner, ReportedEdit, Result, clean

__version__ = "0.1.0"
__all__ = ["Applicability", "Cleaner", "Edit", "Options", "ReportedEdit", "Result", "clean", "__version__"]
