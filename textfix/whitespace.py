"""Whitespace rules: trailing whitespace and runs of spaces inside a line.

Leading indentation is never touched: it carries structure (code, poetry, Markdown lists).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from textfix.context import Context
from textfix.edits import Applicability, Edit
from textfix.lines import iter_lines
from textfix.protect import is_code_line
from textfix.rules import Phase, Rule

# Horizontal white space: tabs and the Unicode space separators, never a line end.
HORIZONTAL_SPACE = r"[\t\p{Zs}]"
TRAILING_SPACE = regex.compile(r"(?r)" + HORIZONTAL_SPACE + r"+\Z")  # searched from the end
# The same anywhere in a text: a line end right after horizontal space. One search of the
# whole text (plus a look at its last character) answers "is there any?", so a clean document
# costs no per-line work. It looks for the line end first: line ends are far rarer than spaces.
SPACE_THEN_LINE_END = regex.compile(r"(?<=" + HORIZONTAL_SPACE + r")[\r\n]")
# Two or more plain spaces between two visible characters (so not indentation).
INNER_SPACE_RUN = regex.compile(r"(?<=\S) {2,}(?=\S)")
# Spaces after the end of a sentence: the old typewriter convention, never layout.
AFTER_SENTENCE = regex.compile(r"[.!?:;][\"'”’)\]]*\Z")
MARKDOWN_LINE_BREAK = "  "
# A sentence's end and the spaces before the next one (a capital, maybe after a quote or a
# bracket): one, or the two of the typewriter's habit.
SENTENCE_GAP = regex.compile(r"[.!?][\"'”’)\]]*( {1,2})(?=[\"'“‘(\[]?\p{Lu})")
# A text writes two spaces after its sentences as its style when at least this many of its
# sentence gaps, and at least this share of them, have two: a collection of several authors'
# texts (a fortune file, a mailing list's digest) mixes the styles, and a slip is one or two.
TWO_SPACE_STYLE_GAPS = 3
TWO_SPACE_STYLE_SHARE = 1 / 3


def _may_end_a_line_with_space(text: str) -> bool:
    """Whether some line of ``text`` may end in horizontal space: one look at each line's last
    character, where the pattern below is tried at every line end of the text.

    Exact: ``splitlines`` cuts at every line end ``iter_lines`` knows (and a few more), none of
    the horizontal spaces is such a cut, and each of them is ``isspace`` (tests check this for
    every character), so a line that ends in one is a piece whose last character is white space.
    """
    return any(piece[-1:].isspace() for piece in text.splitlines())


def trailing_whitespace(text: str, context: Context) -> Iterator[Edit]:
    """Remove spaces and tabs at the end of a line.

    They are invisible, break diffs and are never content — except Markdown's two-space hard
    line break, kept when the text is Markdown.
    """
    if not _may_end_a_line_with_space(text) or not (SPACE_THEN_LINE_END.search(text)
                                                    or TRAILING_SPACE.search(text[-1:])):
        return
    for line in iter_lines(text):
        match = TRAILING_SPACE.search(line.content)
        if not match:
            continue
        if context.options.markdown and match.group() == MARKDOWN_LINE_BREAK and match.start() > 0:
            continue
        yield Edit(line.start + match.start(), line.end, "", "TF201", "trailing whitespace")


def space_runs(text: str, context: Context) -> Iterator[Edit]:
    """Collapse a run of spaces between words to one space.

    Two spaces, or any run after a sentence's end, are a typing habit: collapsed safely —
    except after the sentences of a text that writes two spaces after most of them
    (:func:`two_spaces_after_sentences`): there two are the text's style, and a longer run
    becomes two.
    Longer runs elsewhere, and runs on a line that has several, may be a table's column
    layout, so those are only suggested. A line of code (a prompt's, an import) is left.
    """
    if "  " not in text:
        return
    style = two_spaces_after_sentences(text)
    for line in iter_lines(text):
        if "  " not in line.content or is_code_line(line.content):
            continue  # a line of code (`>>> f(x,  y)`) keeps its spacing
        runs = [(match, AFTER_SENTENCE.search(line.content, 0, match.start()) is not None)
                for match in INNER_SPACE_RUN.finditer(line.content)]
        # Runs that may lay out a table: all of them, but the sentence gaps of the two-space style.
        layout = sum(1 for _, after_sentence in runs if not (style and after_sentence))
        for match, after_sentence in runs:
            start, end = line.start + match.start(), line.start + match.end()
            if style and after_sentence:
                if len(match.group()) > 2:  # to the text's two, so its style stays its style
                    yield Edit(start, end, "  ", "TF202", "run of spaces after a sentence (the text writes two)")
                continue
            if after_sentence or (layout == 1 and len(match.group()) == 2):
                yield Edit(start, end, " ", "TF202", "run of spaces inside a line")
            else:
                yield Edit(start, end, " ", "TF202", "run of spaces (may be a table's column layout)",
                           Applicability.SUGGESTED, 0.5)


def two_spaces_after_sentences(text: str) -> bool:
    """Whether ``text`` puts two spaces after its sentences, as its style: the typewriter's
    habit, which many writers and editors keep (GNU's documentation, Emacs's
    `sentence-end-double-space`), where one stray double space in a text is a slip."""
    gaps = [len(match.group(1)) for match in SENTENCE_GAP.finditer(text)]
    two = gaps.count(2)
    return two >= TWO_SPACE_STYLE_GAPS and two >= TWO_SPACE_STYLE_SHARE * len(gaps)


RULES = (
    Rule("TF201", "trailing-whitespace", Phase.LINES, Applicability.SAFE,
         "Remove spaces and tabs at the end of a line.", trailing_whitespace),
    Rule("TF202", "space-runs", Phase.LINES, Applicability.SAFE,
         "Collapse runs of spaces between words to one space.", space_runs),
)
