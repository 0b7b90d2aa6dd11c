"""TF405: a comma glued to the next word (``Goulburn,south``), never a number or a data list.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from textfix.context import Context
from textfix.edits import Edit
from textfix.protect import Protected, on_code_line, token_bounds
from textfix.scan import Mark, finditer_in_marked_tokens
from textfix.segmentation.readings import CODE_CHARACTERS
from textfix.segmentation.weights import OUTER_PUNCTUATION, PART_MIN_ZIPF

# A word of two or more letters, a comma, a word of two or more letters; not digits (`1,000`),
# not single letters (`x,y`, `Smith,J`), and the words end at white space or punctuation, so a
# token with more inside (`a,b=c`, `foo(a,b)`) never matches as a whole.
# A lower-case word after the comma must be one wordfreq knows (Zipf above this).
COMMA_WORD_ZIPF = 1.0
COMMA_GLUE = regex.compile(
    r"(?<![\p{L}\p{N}_,])(?P<left>\p{L}{2,}),(?P<right>\p{L}{2,})(?![\p{L}\p{N}_,(=])")
# What every match contains: the full pattern runs only on the tokens that hold one
# (textfix.scan), not at every letter of the text.
COMMA_THEN_LETTER = Mark.of([r",\p{L}"], [r",[A-Za-z]"])


def comma_glue(text: str, context: Context) -> Iterator[Edit]:
    """Insert the missing space after a comma between two words (``Goulburn,south``).

    A two-letter side must be one of the language's commonest words or capitalised
    (``in,the``, ``States,BA``, ``July,Mr``; not ``hi,ghlighted``). Only a token with exactly
    one such comma matches: several (``red,green,blue``) make a data list or a value in code.
    Protected spans (URLs, code) and allow-listed spellings stay.
    """
    if "," not in text:
        return
    allow = context.options.allow
    for match in finditer_in_marked_tokens(COMMA_GLUE, COMMA_THEN_LETTER, text):
        at = match.end("left") + 1
        token = _token_around(text, match.start(), match.end())
        if token in allow or any(ch in CODE_CHARACTERS for ch in token):
            continue
        if Protected.find(token).starts or on_code_line(text, at):
            continue  # inside a URL, an address or code (protected spans never hold spaces)
        if any(len(side) == 2 and side[0].islower() and context.lexicon.zipf(side) < PART_MIN_ZIPF[2]
               for side in (match.group("left"), match.group("right"))):
            continue  # `hi,ghlighted`, `Esl,ca`: a two-letter side must be a common word
        right = match.group("right")
        if right[0].islower() and context.lexicon.zipf(right) < COMMA_WORD_ZIPF:
            continue  # `compt,tational`: after the comma, a word (or a name) must follow
        yield context.proposed_if_about_code(Edit(at, at, " ", "TF405", "missing space after a comma", confidence=0.97))


def _token_around(text: str, start: int, end: int) -> str:
    """The whitespace-delimited token containing ``text[start:end]``, outer punctuation stripped."""
    token_start, token_end = token_bounds(text, start, end)
    return text[token_start:token_end].strip(OUTER_PUNCTUATION)
