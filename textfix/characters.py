"""Character rules (TF1xx): mojibake, invisible characters, HTML entities, line ends.

Mojibake and the other fixes ftfy knows are left to ftfy (TF101), configured for prose that
keeps its typography: curly quotes, dashes and ellipses stay, NFC, no width folding. The
other rules handle what ftfy either does not do or does in one sweep, so each kind of repair
has its own id, reason and applicability: control characters, zero-width characters, soft
hyphens, a stray BOM, no-break spaces, HTML entities, mixed line ends.

Every rule here leaves a character alone when it is part of mojibake (``antÃ\\xadgeno``: the
soft hyphen is half of ``í``): that is TF101's to decode, and removing it would destroy the
evidence.
"""

from __future__ import annotations

import difflib
import html
import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import ftfy
import regex
from ftfy.badness import is_bad
from ftfy.chardata import CONTROL_CHARS, LIGATURES

from textfix.config import Options
from textfix.context import Context
from textfix.decoding import newline_style
from textfix.edits import Applicability, Edit
from textfix.lines import iter_lines, line_at
from textfix.protect import URL
from textfix.resources import word_list
from textfix.rules import Phase, Rule

if TYPE_CHECKING:
    from textfix.engine import Cleaner

# --- TF101: ftfy ---------------------------------------------------------------------------

# ftfy for prose that keeps its typography. Off, and why:
#   uncurl_quotes        “measures” is typography, not damage;
#   fix_character_width  fullwidth ２０２１年 is how Japanese is written (TF109 folds only
#                        fullwidth forms in Latin text);
#   fix_line_breaks      line ends are the file's style (TF108 makes mixed ones consistent);
#   remove_control_chars, unescape_html: TF102/TF105 and TF107, with their own ids and evidence.
FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_character_width=False,
    fix_line_breaks=False,
    remove_control_chars=False,
    normalization="NFC",
    explain=True,
)


def needs_ftfy(line: str) -> bool:
    """Whether ftfy could change ``line`` under :data:`FTFY_CONFIG`.

    ftfy costs about 9 µs a call whatever the input, and its mojibake test (``is_bad``)
    scans a line with some forty patterns; most lines it is given are clean prose with a
    curly quote, a dash or an accent, which it leaves as they are. With our configuration
    ftfy changes a line only if it is mojibake by ``ftfy.badness.is_bad``, or holds a C1
    control, a Latin ligature, a surrogate or an escape character, or is not NFC. Every
    pattern of ``is_bad`` needs two non-ASCII characters side by side, or one of a few that
    are mojibake on their own (``Ã``, ``Â``, ``Œ``, ``œ``, C1 controls): a line with neither
    cannot be bad (tests/test_characters.py checks this against the installed ftfy).
    """
    if line.isascii():
        return "\x1b" in line
    return bool(FTFY_MARK.search(line)) or not unicodedata.is_normalized("NFC", line)


# What a line must hold for ftfy to change it, besides not being NFC (see needs_ftfy): two
# non-ASCII characters side by side, or a mark on its own: a character that is mojibake on its
# own, a C1 control, a Latin ligature (ftfy's own list), a surrogate or an escape character.
MOJIBAKE_ALONE = "ÃÂŒœ"
NON_ASCII = r"[^\x00-\x7f]"
MARK_ALONE = r"[\x1b\x80-\x9f\ud800-\udfff" + MOJIBAKE_ALONE + "".join(map(chr, LIGATURES)) + "]"
# Every such mark starts at an escape or a non-ASCII character, so the pattern opens with that
# one class (then: the mark itself, or a second non-ASCII character). Written so, and for the
# standard ``re``, which then skips ahead to the next candidate in C: several times faster on
# prose with a few accents or a pound sign than a pattern opening with an alternation.
FTFY_MARK = re.compile(rf"[^\x00-\x1a\x1c-\x7f](?:(?<={MARK_ALONE})|{NON_ASCII})")


def ftfy_fixes(text: str, context: Context) -> Iterator[Edit]:
    """Repair mojibake and the character damage ftfy knows (ftfy's own reference fixes).

    ``cafÃ©`` becomes ``café``, ``â€œ`` becomes ``“``, C1 controls become the Windows-1252
    characters they stood for, ligatures (``ﬁ``) are spelled out, terminal colour escapes are
    removed and the text is NFC-normalised. Each changed stretch is its own edit, and the
    reason is ftfy's explanation of what it did. Curly quotes, dashes, ellipses and fullwidth
    characters are kept.
    """
    if not needs_ftfy(text):
        return  # no line needs it: the marks never span a line end, and NFC holds line by line
    for line in iter_lines(text):
        if not needs_ftfy(line.content):
            continue
        fixed, steps = ftfy.fix_and_explain(line.content, config=FTFY_CONFIG)
        if fixed == line.content:
            continue
        reason = explain(steps or ())
        for start, end, replacement in changed_spans(line.content, fixed):
            yield Edit(line.start + start, line.start + end, replacement, "TF101", reason, confidence=0.95)


def explain(steps: Sequence[tuple[str, str]]) -> str:
    """ftfy's explanation (``[('encode', 'sloppy-windows-1252'), ('decode', 'utf-8')]``) as a reason."""
    described = ", ".join(f"{action} {parameter}" for action, parameter in steps)
    return f"ftfy: {described}" if described else "ftfy"


def changed_spans(before: str, after: str) -> Iterator[tuple[int, int, str]]:
    """The minimal ``(start, end, replacement)`` spans of ``before`` that turn it into ``after``.

    A line's fix becomes one edit per changed stretch, so the patch shows ``Ã©`` → ``é`` and
    not the whole paragraph. The texts are aligned word by word first (a paragraph is a few
    hundred words, but thousands of characters), then each changed stretch character by
    character.
    """
    words_before, words_after = TOKENS.findall(before), TOKENS.findall(after)
    starts = [0]
    for word in words_before:
        starts.append(starts[-1] + len(word))
    if len(words_before) == len(words_after):
        # the usual case: each word fixed in place (cafÃ© → café)
        stretches = [(i, i + 1, i, i + 1) for i, (old, new) in enumerate(zip(words_before, words_after))
                     if old != new]
    else:
        # words merged or split (`Ã ` + `la` → `à la`): align them; white space is junk,
        # or the many single spaces would make the alignment quadratic
        by_word = difflib.SequenceMatcher(str.isspace, words_before, words_after, autojunk=False)
        stretches = [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in by_word.get_opcodes() if tag != "equal"]
    spans: list[tuple[int, int, str]] = []
    for i1, i2, j1, j2 in stretches:
        old, new = before[starts[i1]:starts[i2]], "".join(words_after[j1:j2])
        by_char = difflib.SequenceMatcher(None, old, new, autojunk=False)
        for tag, k1, k2, l1, l2 in by_char.get_opcodes():
            if tag == "equal":
                continue
            start, end, replacement = starts[i1] + k1, starts[i1] + k2, new[l1:l2]
            if spans and spans[-1][1] == start:
                # touching spans from two words are one change (an insertion next to a
                # deletion would be ambiguous to apply)
                start, replacement = spans[-1][0], spans[-1][2] + replacement
                spans.pop()
            spans.append((start, end, replacement))
    yield from spans


# Words and the spaces between them: the units lines are aligned by. Only space and tab
# separate: U+0085 and U+00A0 are white space to `\s` but are what ftfy repairs.
TOKENS = regex.compile(r"[ \t]+|[^ \t]+")


# --- helpers shared by the invisible-character rules ----------------------------------------

def in_mojibake(text: str, pos: int) -> bool:
    """Whether the character at ``pos`` is part of a token (up to white space, a no-break
    space included) that ftfy sees as mojibake."""
    start = pos
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = pos + 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return is_bad(text[start:end])


# --- TF102: control characters --------------------------------------------------------------

# The control characters ftfy removes (C0 but tab, line ends and form feed; DEL; deprecated
# format characters; interlinear annotation; U+FFFC), less the BOM (TF105) and ESC, whose
# terminal escapes TF101 removes whole (ESC [ 31 m).
CONTROL = frozenset(chr(c) for c in CONTROL_CHARS) - {"\ufeff", "\x1b"}
CONTROL_RUN = regex.compile("[" + regex.escape("".join(sorted(CONTROL))) + r"]+|\x1b(?!\[)")
# Controls that separate: Word's vertical tab is its manual line break, and the information
# separators (U+001C–U+001F) divide fields. Between two words they stand for a break.
SEPARATORS = frozenset("\x0b\x1c\x1d\x1e\x1f")
# The ASCII bytes that are text: printable, tab, line ends, form feed.
TEXT_ASCII = bytes(b for b in range(128) if chr(b) not in CONTROL and b != 0x1B)
# Those and the bytes of non-ASCII characters in UTF-8 (all of them 0x80 or above); and the
# first two bytes of each non-ASCII control's UTF-8 form (U+206A…: E2 81, U+FFF9…: EF BF).
TEXT_OR_NON_ASCII_BYTES = TEXT_ASCII + bytes(range(0x80, 0x100))
CONTROL_LEADS = frozenset(c.encode("utf-8")[:2] for c in CONTROL if not c.isascii())


def has_control(text: str) -> bool:
    """Whether ``text`` may hold a control character or an escape: a fast check in C.

    Exact, not a guess: in UTF-8 an ASCII character is its own byte and every byte of another
    character is 0x80 or above, so once the text bytes and the non-ASCII bytes are deleted only
    ASCII controls and escapes are left; and a non-ASCII control leaves its first two bytes in
    the encoded text. Surrogates (never controls) are passed through so any text encodes.
    """
    encoded = text.encode("utf-8", "surrogatepass")
    return bool(encoded.translate(None, TEXT_OR_NON_ASCII_BYTES)) or (
        not text.isascii() and any(lead in encoded for lead in CONTROL_LEADS))


def control_characters(text: str, context: Context) -> Iterator[Edit]:
    """Remove control characters: invisible, never content, and they break other tools.

    A separating control (a vertical tab, a record separator) between two visible characters
    becomes a space rather than gluing the words. Tab, line ends and form feed are text; C1
    controls (U+0080–U+009F) are TF101's, which reads them as the Windows-1252 characters
    they usually stand for.
    """
    if not has_control(text):
        return
    for match in CONTROL_RUN.finditer(text):
        start, end = match.span()
        separates = (any(c in SEPARATORS for c in match.group()) and 0 < start and end < len(text)
                     and not text[start - 1].isspace() and not text[end].isspace())
        yield Edit(start, end, " " if separates else "", "TF102",
                   f"control character {describe(match.group())}" + (" between words" if separates else ""))


def describe(chars: str) -> str:
    return " ".join(f"U+{ord(c):04X}" for c in chars)


# --- TF103: zero-width characters ----------------------------------------------------------

ZERO_WIDTH_SPACE = "\u200b\u2060"  # ZWSP, WORD JOINER: no function inside a spaced-script word
ZERO_WIDTH_JOINERS = "\u200c\u200d"  # ZWNJ, ZWJ: meaningful in emoji, Persian, Indic, German typography
# Scripts that separate words with spaces and whose letters need no joiner control. Not
# Thai, Lao, Khmer, Myanmar or CJK, where a ZWSP marks a word boundary.
SPACED_LETTER = r"[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}]"
ZW_INSIDE_WORD = regex.compile(rf"(?<={SPACED_LETTER})[{ZERO_WIDTH_SPACE}]+(?={SPACED_LETTER})")
# Next to white space or a line's edge a zero-width space does nothing at all.
ZW_BY_SPACE = regex.compile(rf"(?<=\s|^)[{ZERO_WIDTH_SPACE}]+|[{ZERO_WIDTH_SPACE}]+(?=\s|$)", regex.M)
JOINER_INSIDE_LATIN = regex.compile(rf"(?<=\p{{Script=Latin}})[{ZERO_WIDTH_JOINERS}](?=\p{{Script=Latin}})")


def zero_width(text: str, context: Context) -> Iterator[Edit]:
    """Remove zero-width spaces and word joiners inside words, where they only break search.

    ``Vene\\u200bzuela`` becomes ``Venezuela``. Left alone: a zero-width space in Thai, Khmer
    or Japanese (it marks a word boundary there), a ZWJ in an emoji sequence (👩‍💻), a ZWNJ in
    Persian or Indic words (می‌خواهم). A ZWJ or ZWNJ between Latin letters may be deliberate
    (German uses ZWNJ to stop a ligature in ``Auf‌lage``), so its removal is only suggested.
    """
    if not any(c in text for c in ZERO_WIDTH_SPACE + ZERO_WIDTH_JOINERS):
        return  # most texts have none; the scans below are slower than four searches
    for pattern in (ZW_INSIDE_WORD, ZW_BY_SPACE):
        for match in pattern.finditer(text):
            yield Edit(match.start(), match.end(), "", "TF103",
                       f"zero-width character {describe(match.group())} inside text")
    for match in JOINER_INSIDE_LATIN.finditer(text):
        yield Edit(match.start(), match.end(), "", "TF103",
                   f"zero-width joiner {describe(match.group())} between Latin letters (may be deliberate)",
                   Applicability.SUGGESTED, 0.6)


# --- TF104: soft hyphens --------------------------------------------------------------------

SOFT_HYPHEN = regex.compile(r"\xad+(?![\r\n]|\Z)")


def soft_hyphens(text: str, context: Context) -> Iterator[Edit]:
    """Remove soft hyphens (U+00AD): invisible hyphenation hints that break search and copy.

    ``Vene\\xadzuela`` becomes ``Venezuela``. Left alone: one that ends a line (the word goes
    on on the next line; joining it is a line rule's job) and one that is half of mojibake
    (``antÃ\\xadgeno`` is ``antígeno``, TF101's to decode).
    """
    if "\xad" not in text:
        return  # most texts have none, and a search for one character is the quickest
    for match in SOFT_HYPHEN.finditer(text):
        if in_mojibake(text, match.start()):
            continue
        yield Edit(match.start(), match.end(), "", "TF104", "soft hyphen")


# --- TF105: a BOM inside the text -----------------------------------------------------------

BOM_RUN = regex.compile("\ufeff+")


def stray_bom(text: str, context: Context) -> Iterator[Edit]:
    """Remove a byte-order mark inside the text (U+FEFF), left where files were concatenated.

    The file's own BOM is read by decoding and is never part of the text rules see, so any
    U+FEFF here is a stray one; as a zero-width no-break space it is deprecated (U+2060 is).
    """
    if "\ufeff" not in text:
        return
    for match in BOM_RUN.finditer(text):
        yield Edit(match.start(), match.end(), "", "TF105", "stray byte-order mark (U+FEFF)")


# --- TF106: no-break spaces between words ---------------------------------------------------

# Between two letters only: a no-break space before a unit (10 km), a number's thousands
# (10 000) or French punctuation (« oui ») is typography.
NBSP_BETWEEN_WORDS = regex.compile(r"(?<=\p{L})\xa0(?=\p{L})")


def nbsp_between_words(text: str, context: Context) -> Iterator[Edit]:
    """Turn a no-break space between two words into a plain space, when ``nbsp="space"``.

    Off by default (``nbsp="keep"``): a no-break space is often chosen (``Mr.\\xa0Smith``).
    One that is half of mojibake (``GÃ\\xa0idhlig``) is TF101's.
    """
    if context.options.nbsp != "space":
        return
    for match in NBSP_BETWEEN_WORDS.finditer(text):
        if in_mojibake(text, match.start()):
            continue
        yield Edit(match.start(), match.end(), " ", "TF106", "no-break space between words")


# --- TF107: HTML entities -------------------------------------------------------------------

# A complete character reference: named, decimal or hex, with its semicolon. Not `AT&T`,
# `R&D`, `Q&A`, nor `&amp` without a semicolon (HTML's legacy forms are too like prose).
ENTITY = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# `&amp;lt;` is an escaped escape: the page showed `&lt;`; which layer to undo is unclear.
DOUBLE_ESCAPED = regex.compile(r"&amp;(?=#?[A-Za-z0-9]+;)")
# An entity named as itself: in quotes or backticks (“use `&amp;`”, "&nbsp;").
QUOTED = regex.compile(r"""(?<=[`'"‘“])&[#A-Za-z0-9]+;(?=[`'"’”])""")
# Lines of code or markup, where an entity is the right spelling: tags, braces, assignments,
# call statements `f(x);`, indented code blocks. Not a line ending in `)` or `;` alone: prose
# ends in `(ICC)`, and a line may end in an entity.
CODE_LINE = regex.compile(r"</?[A-Za-z][^<>]*>|[{}]|\s=\s|==|=>|\)\s*;\s*$|^(?: {4}|\t)")
CODE_SPAN = regex.compile(r"`[^`\n]*`")
FENCE = regex.compile(r"^\s*(?:```|~~~)")
# In a URL `&amp;` may be what the link needs. (Protected spans would also shield `&#39;`,
# whose `#39` looks like a hashtag, so only its URL pattern is used.)
URL_PATTERN = regex.compile(URL)
ENTITY_EVIDENCE_COUNT = 2
WORD = regex.compile(r"\p{L}+")


def html_entities(text: str, context: Context) -> Iterator[Edit]:
    """Decode HTML entities a scraper left (``&amp;``, ``&quot;``, ``&rsquo;``, ``&#39;``).

    Only where the text shows it came from HTML: two or more entities in prose, one of the
    escapes scrapers leave (``data/html_scraper_entities.txt``: ``&amp;``, ``&quot;``…), or
    one glued to a word (``Guaid&oacute;``). A lone other entity is only suggested. Never
    touched: entities in code (code spans and blocks, lines with tags, braces or
    assignments), in URLs, an entity quoted as itself (“write `&amp;`”), on a line that talks
    about escaping (“the entities &lt; and &gt; escape brackets”), and a double-escaped
    ``&amp;lt;``.
    """
    found = list(_prose_entities(text))
    evidence = len(found) >= ENTITY_EVIDENCE_COUNT
    for start, end, entity, character in found:
        if evidence or character in scraper_escapes() or in_word(text, start, end):
            yield Edit(start, end, character, "TF107", f"HTML entity {entity}", confidence=0.95)
        else:
            yield Edit(start, end, character, "TF107", f"HTML entity {entity} (the only one in the text)",
                       Applicability.SUGGESTED, 0.6)


def in_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is glued to a letter or digit (``Nicol&aacute;s``, ``Guaid&oacute;``).

    Someone writing about an entity writes it as a word of its own; one glued to a word is
    markup a scraper left.
    """
    return (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum())


@lru_cache(maxsize=1)
def scraper_escapes() -> frozenset[str]:
    """The characters of ``data/html_scraper_entities.txt``'s entities (``&`` for ``amp``)."""
    return frozenset(html.unescape(f"&{name};") for name in word_list("html_scraper_entities"))


def mentions_markup(line: str) -> bool:
    """Whether a line talks about escaping (``data/html_mention_words.txt``): its entities are
    quoted, not left by a scraper."""
    words = _mention_words()
    return any(word.lower() in words for word in WORD.findall(line))


@lru_cache(maxsize=1)
def _mention_words() -> frozenset[str]:
    return frozenset(word.lower() for word in word_list("html_mention_words"))


def _prose_entities(text: str) -> Iterator[tuple[int, int, str, str]]:
    """Entities outside code, URLs and quotes, with the character each stands for."""
    if ENTITY.search(text) is None:
        return  # `AT&T`, `R&D`: no line has an entity (one never spans lines)
    in_fence = False
    for line in iter_lines(text):
        content = line.content
        if FENCE.match(content):
            in_fence = not in_fence
            continue
        if in_fence or "&" not in content or CODE_LINE.search(content) or mentions_markup(content):
            continue
        code_spans = [m.span() for m in CODE_SPAN.finditer(content)]
        url_spans = [m.span() for m in URL_PATTERN.finditer(content)]
        for match in ENTITY.finditer(content):
            start, end = match.span()
            if any(s <= start < e for s, e in code_spans) or QUOTED.match(content, start):
                continue
            if DOUBLE_ESCAPED.match(content, start):
                continue
            if any(s <= start < e for s, e in url_spans):
                continue
            character = html.unescape(match.group())
            if character != match.group():
                yield line.start + start, line.start + end, match.group(), character


# --- TF108: line ends -----------------------------------------------------------------------

NEWLINES = {"lf": "\n", "crlf": "\r\n"}
NEWLINE_NAMES = {"\n": "LF", "\r\n": "CRLF", "\r": "CR"}


def line_ends(text: str, context: Context) -> Iterator[Edit]:
    """Make line ends consistent: the ones most lines use, or the style asked for.

    A CRLF file stays CRLF; a file mixing CRLF and LF (two sources pasted together) gets the
    majority's line end everywhere. With ``newline="lf"`` or ``"crlf"`` every line end is
    converted to that one.
    """
    if "\r" not in text and context.options.newline != "crlf":
        return  # all LF already: the majority's line end, and the one asked for if any
    target = NEWLINES.get(context.options.newline) or newline_style(text)
    for line in iter_lines(text):
        if line.newline and line.newline != target:
            yield Edit(line.end, line.end + len(line.newline), target, "TF108",
                       f"line end {NEWLINE_NAMES[line.newline]} to {NEWLINE_NAMES[target]}")


# --- TF109: fullwidth forms in Latin text --------------------------------------------------

# Fullwidth ASCII (U+FF01–U+FF5E) is how CJK text writes Latin letters, digits and its own
# punctuation (你好，世界, ２０２１年), so ftfy's fix_character_width is off. A fullwidth run
# touching Latin letters or digits and no CJK character is a stray from a CJK input method or
# a mis-decoding: `Ningbo，China`.
FULLWIDTH_RUN = regex.compile(r"[\uff01-\uff5e]+")
LATIN_NEIGHBOUR = regex.compile(r"[\p{Script=Latin}\p{Nd}]")
CJK_SCRIPT = r"\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}"
CJK_NEIGHBOUR = regex.compile(rf"[{CJK_SCRIPT}\u3000-\u303f\uff01-\uffef]")
CJK_WRITING = regex.compile(rf"[{CJK_SCRIPT}]")


def fullwidth_in_latin(text: str, context: Context) -> Iterator[Edit]:
    """Turn fullwidth forms between Latin words into ASCII (``Ningbo，China`` → ``Ningbo,China``).

    Left alone: any fullwidth run next to a CJK character (``你好，世界``, ``２０２１年``), one
    with no Latin neighbour (a run of ``ＡＢＣ`` alone is a style choice), and one in a line of
    CJK writing, where fullwidth is the style even between Latin words (``Ctrl＋Alt＋K``).
    """
    if text.isascii():
        return  # no fullwidth form is ASCII; CPython knows this of every string without a scan
    for match in FULLWIDTH_RUN.finditer(text):
        start, end = match.span()
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        neighbours = (before, after)
        if any(c and CJK_NEIGHBOUR.match(c) for c in neighbours):
            continue
        if not any(c and LATIN_NEIGHBOUR.match(c) for c in neighbours):
            continue
        if CJK_WRITING.search(line_at(text, start)):  # a CJK line writes them
            continue
        yield Edit(start, end, unicodedata.normalize("NFKC", match.group()), "TF109",
                   "fullwidth characters in Latin text")


RULES = (
    Rule("TF101", "ftfy", Phase.CHARACTERS, Applicability.SAFE,
         "Repair mojibake and character damage with ftfy (typography kept).", ftfy_fixes),
    Rule("TF102", "control-characters", Phase.CHARACTERS, Applicability.SAFE,
         "Remove control characters.", control_characters),
    Rule("TF103", "zero-width", Phase.CHARACTERS, Applicability.SAFE,
         "Remove zero-width spaces inside words (not emoji ZWJ or Persian/Indic ZWNJ).", zero_width),
    Rule("TF104", "soft-hyphens", Phase.CHARACTERS, Applicability.SAFE,
         "Remove soft hyphens inside words.", soft_hyphens),
    Rule("TF105", "stray-bom", Phase.CHARACTERS, Applicability.SAFE,
         "Remove a byte-order mark inside the text.", stray_bom),
    Rule("TF106", "nbsp-between-words", Phase.CHARACTERS, Applicability.SAFE,
         "Turn no-break spaces between words into spaces (with nbsp=\"space\").", nbsp_between_words),
    Rule("TF107", "html-entities", Phase.CHARACTERS, Applicability.SAFE,
         "Decode HTML entities left by a scraper, when the text came from HTML.", html_entities),
    Rule("TF108", "line-ends", Phase.CHARACTERS, Applicability.SAFE,
         "Make line ends consistent (the file's style, or the one asked for).", line_ends),
    Rule("TF109", "fullwidth-in-latin", Phase.CHARACTERS, Applicability.SAFE,
         "Turn fullwidth forms between Latin words into ASCII (not in CJK text).", fullwidth_in_latin),
)


def fix_text(text: str) -> str:
    """Only the character rules (TF1xx), as a ``str -> str`` function like ``ftfy.fix_text``.

    What the ftfy test-case harness and ``bench/encoding.py`` call; ``textfix.clean`` runs
    every rule and returns the edits too.
    """
    return _character_cleaner()(text)


@lru_cache(maxsize=1)
def _character_cleaner() -> Cleaner:
    """One immutable cleaner with the TF1 rules selected, so each call skips rule selection."""
    from textfix.engine import Cleaner

    return Cleaner(Options(select=("TF1",)))
