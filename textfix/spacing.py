"""Missing spaces that punctuation and digits make plain: ``2017the``, ``protests.The``.

These need no segmentation: the boundary is where a number ends or a sentence ends. What they
must leave alone is the many tokens in which letters legitimately touch digits or dots:
``1990s``, ``3rd``, ``10km``, ``COVID-19``, ``MP3``, ``4:00pm``, ``U.S.``, ``e.g.``,
``Node.js``, ``example.com``, ``3.14``.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from textfix.context import Context
from textfix.edits import Applicability, Edit
from textfix.protect import protected_at
from textfix.resources import word_list
from textfix.rules import Phase, Rule
from textfix.scan import Mark, finditer_in_marked_tokens

# --- a number glued to a following word: "since 2017the year" ---------------------------
# The number must start its token: not the tail of `COVID-19`, `MP3`, `4:00`, `3.14`, `$1.13`.
NUMBER_START = r"(?<![\p{L}\p{N}.,:/\\_+\-$£€¥#@])"
# Digits, with thousands separators or a decimal part: `157,000to`, `3.5million`.
NUMBER = r"(?P<number>\p{N}+(?:[.,]\p{N}+)*)"
# Lower-case letters only (`5G`, `3D`, `dB` are spellings, not glue), ending the token's
# letters: `3fa85f64` stays whole; and not the first label of a dotted name (`5sport.de`,
# `4news.co.uk`, `2fast.exe`), whose next label is lower-case where a glued sentence's
# next word is capitalised (`2017the.Next`).
GLUED_WORD = r"(?P<word>\p{Ll}{2,})(?![\p{L}\p{N}_]|://|\.\p{Ll})"
NUMBER_THEN_WORD = regex.compile(NUMBER_START + NUMBER + GLUED_WORD)
# A year is not a measure: `2015in` is glue even though `15in` may be inches; nor is a count
# written with thousands separators (`7,000in November`).
YEAR_OR_COUNT = regex.compile(r"1[5-9]\d\d|20\d\d|\d{1,3}(?:,\d{3})+")

# A word this common after a number is glue; a rarer one is only suggested. Longer words are
# rarely units, so they pass at a lower frequency (`100,000rupees`).
SAFE_WORD_ZIPF = 3.5
SAFE_LONG_WORD_ZIPF = 3.0
LONG_WORD = 5
SUGGEST_WORD_ZIPF = 2.5
# A word of this many letters is no unit abbreviation or spelling (`250megabytes`,
# `4,000volunteers`): known to wordfreq at all, it is a word glued to the number.
VERY_LONG_WORD = 7
SAFE_VERY_LONG_WORD_ZIPF = 1.5
SHORT_WORD_ZIPF = 6.0
# wordfreq knows some number+word tokens whole: names (`5ive`, `4chan`) but also glue typos of
# common words (`3million`). Below this frequency of the word, the whole token is a spelling.
SPELLING_WORD_ZIPF = 4.5


def number_then_word(text: str, context: Context) -> Iterator[Edit]:
    """Insert the space between a number and a common word glued to it (``2017the``).

    Units, ordinals and decades (``10km``, ``3rd``, ``1990s``; ``data/number_suffixes.txt``)
    are spellings and stay; a word that is also a unit (``15in``) is only suggested, unless
    the number is a year or a count (``2015in``, ``7,000in``) or the next word is a function
    word (``10in the UK``). A token wordfreq knows whole
    (``5ive``, ``4chan``) is a name's spelling and stays unless its word is common.
    """
    suffixes = word_list("number_suffixes")
    ambiguous = word_list("ambiguous_number_suffixes")
    for match in finditer_in_marked_tokens(NUMBER_THEN_WORD, DIGIT_THEN_LOWER, text):
        word = match.group("word")
        if word in suffixes or word in context.options.allow:
            continue
        at = match.end("number")
        if protected_at(text, at) or not _words_of_the_language_around(text, match.start(), match.end(), context):
            continue
        zipf = context.lexicon.zipf(word)
        if match.group() in context.lexicon and zipf < SPELLING_WORD_ZIPF:
            continue  # `5ive`, `4chan`: a spelling wordfreq knows (not `3million`, a glue typo)
        unit_like = word in ambiguous and (
            _measure_precedes(text, match.start())
            or not (YEAR_OR_COUNT.fullmatch(match.group("number"))
                    or _function_word_follows(text, match.end(), context)
                    or _date_follows(text, match.end())))
        if len(word) == 2 and zipf < SHORT_WORD_ZIPF:
            continue  # `81ve`, `3rd`-like fragments: two letters are a word only if very common
        safe_zipf = (SAFE_VERY_LONG_WORD_ZIPF if len(word) >= VERY_LONG_WORD
                     else SAFE_LONG_WORD_ZIPF if len(word) >= LONG_WORD else SAFE_WORD_ZIPF)
        if zipf >= safe_zipf and not unit_like:
            yield Edit(at, at, " ", "TF401", f"missing space between number and word {word!r}",
                       confidence=0.97)
        elif zipf >= min(SUGGEST_WORD_ZIPF, safe_zipf):
            yield Edit(at, at, " ", "TF401", f"missing space between number and word {word!r}?",
                       Applicability.SUGGESTED, 0.6)


def _words_of_the_language_around(text: str, start: int, end: int, context: Context) -> bool:
    """Whether the words around a token (CONTEXT_WORDS tokens each side) hold a common word of
    the text's language (Zipf LANGUAGE_WORD_ZIPF or more): the glued word is then one of its
    words. In another language's sentence it is an ending (Basque `2004an`, "in 2004";
    Welsh `20fed`, "20th") that happens to spell an English word."""
    before = WORDS_BEFORE.search(text, max(0, start - CONTEXT_CHARACTERS), start)
    rest = TOKEN_REST.match(text, end)
    assert rest is not None  # "*": it matches, if only the empty string
    after = WORDS_AFTER.match(text, rest.end(), min(len(text), rest.end() + CONTEXT_CHARACTERS))
    around = (before.group() if before else "") + " " + (after.group() if after else "")
    return any(context.lexicon.zipf(word) >= LANGUAGE_WORD_ZIPF for word in CONTEXT_WORD.findall(around))


# The tokens around, and the words of three letters or more in them (`149crude 189trade`: a
# table's glued cells hold `crude` and `trade`).
CONTEXT_WORDS = 3
CONTEXT_CHARACTERS = 80
LANGUAGE_WORD_ZIPF = 4.0
WORDS_BEFORE = regex.compile(rf"(?:[^\s]+[ \t]+){{1,{CONTEXT_WORDS}}}\Z")
WORDS_AFTER = regex.compile(rf"(?:[ \t]+[^\s]+){{1,{CONTEXT_WORDS}}}")
CONTEXT_WORD = regex.compile(r"\p{L}{3,}")
TOKEN_REST = regex.compile(r"\S*")  # the rest of the glued token (`719money-fx`)


def _function_word_follows(text: str, at: int, context: Context) -> bool:
    """Whether the next token is one of the commonest words (`10in the UK`, `11days to`): a
    unit is followed by what it measures (`a 15in screen`), glue by the sentence going on."""
    following = NEXT_TOKEN.match(text, at)
    return following is not None and context.lexicon.zipf(following.group(1)) >= FUNCTION_WORD_ZIPF


def _date_follows(text: str, at: int) -> bool:
    """Whether the next token is a year, a number or a month's or weekday's name (`32in 1968`,
    `48.2in March`): a unit measures a thing, while `in` before a date is the preposition."""
    following = NEXT_WORD.match(text, at)
    if not following:
        return False
    word = following.group(1)
    return YEAR_OR_DAY.fullmatch(word) is not None or word.lower() in word_list("date_names")


def _measure_precedes(text: str, at: int) -> bool:
    """Whether the token before is a measure too (`6ft 4in`, `5lb 3oz`): units, not glue."""
    return PREVIOUS_MEASURE.search(text, max(0, at - 24), at) is not None


PREVIOUS_MEASURE = regex.compile(r"\p{N}\p{Ll}{1,3}[ \t]+\Z")
# The word after the token at a position: white space, then letters.
NEXT_TOKEN = regex.compile(r"[ \t]+(\p{L}+)\b")
FUNCTION_WORD_ZIPF = 6.0
# The token after a position: white space, then letters or digits up to punctuation.
NEXT_WORD = regex.compile(r"[ \t]+([\p{L}\p{N}]+)(?![\p{L}\p{N}])")
# A year or a day of the month (`1971`, `12`); month and weekday names are data/date_names.
YEAR_OR_DAY = regex.compile(r"1[5-9]\d\d|20\d\d|[1-9]|[12]\d|3[01]")


# --- a sentence end glued to the next sentence: "protests.The" ------------------------------
# The word before the stop: two or more letters, lower-case or a capitalised name, starting
# the token (so not the `S.` of `U.S.`, the `g.` of `e.g.` or the `m.` of `a.m.`).
# An acronym may end a sentence too (`the LSE.In a statement`), when it has two or more capitals,
# and so may its plural (`PCs.The`), a Mc/Mac name (`McEnroe.Later`) and an i-/e- brand
# (`iPod.Sales`, `eBay.The`) — not other inner capitals, which are code (`DateTime.Now`), nor
# a word after a brace, an angle bracket, a bar or a backtick: a type or an object in code or
# its docs (`{stream.Duplex}`, `<regex.Match object>`).
SENTENCE_LAST_WORD = (r"(?<![\p{L}\p{N}.@/\\_{<|`-])(?P<last>\p{L}\p{Ll}+|\p{Lu}{2,}"
                      r"|\p{Lu}{2,}s|Ma?c\p{Lu}\p{Ll}+|[ie]\p{Lu}\p{Ll}+)")
# One full stop, or up to three ! and ?: an ellipsis (`best...We`) is style, not a sentence end.
SENTENCE_END = r"(?P<end>(?:(?<!\.)\.|[!?]{1,3})[\"'”’»)\]]*)"
# An opening quote or bracket may start the next sentence: `said.“We` becomes `said. “We`.
OPENING = r"[“‘«(\[]?"
# The next sentence's first word: capitalised, then lower-case (`Node.js`, `ASP.NET` differ),
# and not followed by more dots, brackets, braces, a bar or an @ that would make the token code
# or a domain (`{net.Socket|tls.TLSSocket}`).
NEXT_SENTENCE_WORD = r"(?P<next>\p{Lu}\p{Ll}+)(?![\p{L}\p{N}_@(}|>]|\.[\p{L}\p{N}])"
# A two-letter word ends a sentence only if it is very common (`is`, `it`, `us`, `up`).
SHORT_LAST_WORD_ZIPF = 5.5
# A domain ending that is also one of the commonest words (`It`, `In`, `At`, `No`) starts a
# sentence when capitalised: `economy.It` is glue, while `Amazon.Com`, `Report.Docx` are names.
SENTENCE_START_ZIPF = 6.0
SENTENCE_THEN_SENTENCE = regex.compile(SENTENCE_LAST_WORD + SENTENCE_END + OPENING + NEXT_SENTENCE_WORD)


def sentence_then_sentence(text: str, context: Context) -> Iterator[Edit]:
    """Insert the space after sentence punctuation glued to the next sentence (``protests.The``).

    A domain's ending (``Amazon.Com``) and anything in a URL, path or code span stay as they are.
    """
    domains = word_list("dotted_endings")
    for match in finditer_in_marked_tokens(SENTENCE_THEN_SENTENCE, STOP_THEN_CAPITAL, text):
        last = match.group("last")
        following = match.group("next")
        if last in context.options.allow:
            continue
        if following.lower() in domains and context.lexicon.zipf(following) < SENTENCE_START_ZIPF:
            continue
        if len(last) == 2 and context.lexicon.zipf(last) < SHORT_LAST_WORD_ZIPF:
            continue  # `np.Array`, `os.Path`: a two-letter module name, not a sentence end
        at = match.end("end")
        if protected_at(text, at) or protected_at(text, match.start(), match.end()):
            continue
        yield context.proposed_if_about_code(
            Edit(at, at, " ", "TF402", "missing space after sentence punctuation", confidence=0.95))


# Cheap patterns that every match of the full ones contains: the full patterns (with their
# look-behinds) run only on the few tokens that have one, never over the whole text.
DIGIT_THEN_LOWER = Mark.of([r"\p{N}\p{Ll}"], [r"[0-9][a-z]"])
STOP_THEN_CAPITAL = Mark.of([rf"\{stop}[\"'”’»)\]]*[“‘«(\[]?\p{{Lu}}" for stop in ".!?"],
                            [rf"\{stop}[\"')\]]*[(\[]?[A-Z]" for stop in ".!?"])


RULES = (
    Rule("TF401", "number-then-word", Phase.TOKENS, Applicability.SAFE,
         "Insert the missing space between a number and a common word (2017the).", number_then_word),
    Rule("TF402", "sentence-then-sentence", Phase.TOKENS, Applicability.SAFE,
         "Insert the missing space after sentence punctuation (protests.The).", sentence_then_sentence),
)
