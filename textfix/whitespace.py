"""Whitespace rules: trailing whitespace and runs of spaces inside a line.

Leading indentation is never touched: it carries structure (code, poetry, Markdown lists).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from textfix.context import Context
from textfix.edits import Applicability, Edit
from textfix.lines import iter_lines
from textfix.rules import Phase, Rule

# Horizontal white space: tabs and the Unicode space separators, never a line end.
HORIZONTAL_SPACE = r"[\t\p{Zs}]"
TRAILING_SPACE = regex.compile(HORIZONTAL_SPACE + r"+\Z")
# Two or more plain spaces between two visible characters (so not indentation).
INNER_SPACE_RUN = regex.compile(r"(?<=\S) {2,}(?=\S)")
# A gap of three or more spaces; two of them on a line suggest aligned columns.
COLUMN_GAP = regex.compile(r"\S {3,}(?=\S)")
MARKDOWN_LINE_BREAK = "  "


def trailing_whitespace(text: str, context: Context) -> Iterator[Edit]:
    """Remove spaces and tabs at the end of a line.

    They are invisible, break diffs and are never content — except Markdown's two-space hard
    line break, kept when the text is Markdown.
    """
    for line in iter_lines(text):
        match = TRAILING_SPACE.search(line.content)
        if not match:
            continue
        if context.options.markdown and match.group() == MARKDOWN_LINE_BREAK and match.start() > 0:
            continue
        yield Edit(line.start + match.start(), line.end, "", "TF201", "trailing whitespace")


def space_runs(text: str, context: Context) -> Iterator[Edit]:
    """Collapse a run of spaces between words to one space.

    On a line whose gaps look like aligned columns (two or more gaps of three spaces) the
    spacing may be a table's layout, so the change is only suggested there.
    """
    for line in iter_lines(text):
        if "  " not in line.content:
            continue
        columns = len(COLUMN_GAP.findall(line.content)) >= 2
        for match in INNER_SPACE_RUN.finditer(line.content):
            start = line.start + match.start()
            if columns and len(match.group()) >= 3:
                yield Edit(start, start + len(match.group()), " ", "TF202",
                           "run of spaces (the line may be an aligned table)",
                           Applicability.SUGGESTED, 0.5)
            else:
                yield Edit(start, start + len(match.group()), " ", "TF202", "run of spaces inside a line")


RULES = (
    Rule("TF201", "trailing-whitespace", Phase.LINES, Applicability.SAFE,
         "Remove spaces and tabs at the end of a line.", trailing_whitespace),
    Rule("TF202", "space-runs", Phase.LINES, Applicability.SAFE,
         "Collapse runs of spaces between words to one space.", space_runs),
)
