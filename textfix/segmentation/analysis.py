"""A whole text's glued tokens (TF403): the candidates, the splits the document supports, and
the edits, on lines of prose in the text's language only (never code, never another language).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import chain, compress, repeat

from textfix.context import Context
from textfix.edits import Applicability, Edit
from textfix.lexicon import counts_show_written_in, looks_written_in
from textfix.lines import line_at
from textfix.protect import is_code_line
from textfix.resources import word_list
from textfix.segmentation.document import Document
from textfix.segmentation.model import Split, Vocabulary, vocabulary
from textfix.segmentation.readings import CAPITALISED, Candidate, Shape, is_capitalised_candidate, read_candidates
from textfix.segmentation.weights import (
    CLAUSE_NAME_ENDINGS,
    DATE_PREPOSITIONS,
    NAME_FOLLOWERS,
    OUTER_PUNCTUATION,
    SUGGEST_MARGIN,
)
from textfix.segmentation.words import (
    NEAR_MISS_MIN_WORD,
    another_language_reads_better,
    is_common_foreign_word,
    is_past_tense,
    near_miss_cuts,
    near_miss_stems,
    one_edit_keys,
)


@dataclass(frozen=True)
class Analysis:
    """What segmentation found in one text: the splits, and the capitalised tokens it could
    not split (TF404 looks at those for near misses)."""

    document: Document
    splits: dict[str, tuple[Candidate, Split]]
    unsplit_capitalised: tuple[Candidate, ...]
    # The text's distinct whitespace tokens.
    tokens: frozenset[str]
    # Whether the text reads as written in the language: if not, nothing was segmented.
    in_language: bool = True

    def near_miss_names(self, heads: list[str]) -> dict[str, str]:
        """Delete keys of the capitalised words the document uses, to find near misses fast:
        each key that a head of ``heads`` (lower-case token cores) shares with a name of the
        text, with the name — the first in the text when several share it.

        Most texts have no such key, which set operations show without a step per key; the
        names' keys are cached from one text to the next.
        """
        names = self._names()
        head_stems = set().union(*map(near_miss_stems, [low[:cut] for low in heads for cut in near_miss_cuts(low)]))
        if head_stems.isdisjoint(chain.from_iterable(map(near_miss_stems, map(str.lower, names)))):
            return {}  # no head shares a key's length and first three letters with a name
        name_keys = set().union(*map(one_edit_keys, map(str.lower, names)))
        wanted = name_keys.intersection(
            key for low in heads for cut in near_miss_cuts(low) for key in one_edit_keys(low[:cut]))
        if not wanted:
            return {}
        sharing: dict[str, list[str]] = {}
        for name in names:
            for key in wanted.intersection(one_edit_keys(name.lower())):
                sharing.setdefault(key, []).append(name)
        return {key: found[0] if len(found) == 1 else self._first_in_text(found)
                for key, found in sharing.items()}

    def _names(self) -> set[str]:
        """The cores of the text's tokens that are capitalised words of NEAR_MISS_MIN_WORD or
        more letters: the names a near miss may stand for."""
        # Every such core is title-case, and so is its token (outer punctuation has no case):
        # ``str.istitle`` clears the rest in C before any is stripped. A title-case core of
        # ASCII letters is a capital and lower-case letters: no pattern need be run.
        cores = map(str.strip, filter(str.istitle, self.tokens), repeat(self.document.punctuation))
        return {core for core in cores if len(core) >= NEAR_MISS_MIN_WORD
                and ((core.isascii() and core.isalpha()) or CAPITALISED.fullmatch(core))}

    def _first_in_text(self, names: list[str]) -> str:
        """Which of ``names`` (token cores) the text uses first."""
        return min(names, key=self._first_places.__getitem__)

    @cached_property
    def _first_places(self) -> dict[str, int]:
        """Where each token core first occurs among the text's tokens: read once, however many
        names are compared (a text of megabytes has thousands)."""
        places: dict[str, int] = {}
        for place, token in enumerate(self.document.text.split()):
            places.setdefault(token.strip(OUTER_PUNCTUATION), place)
        return places


@lru_cache(maxsize=4)
def analyse(text: str, language: str, allow: frozenset[str]) -> Analysis:
    """Segment a text's candidates once for both TF403 and TF404 (same text, same round).

    A pure function of its arguments, memoised for the few calls of one round. Text in
    another language is not segmented (see :func:`~textfix.lexicon.looks_written_in`); the
    document's word counts settle that question for most text in the language.
    """
    document = Document(text, vocabulary(language), allow)
    tokens = frozenset(text.split())
    if not (counts_show_written_in(document.counts, text, language) or looks_written_in(text, language)):
        return Analysis(document, {}, (), tokens, in_language=False)
    splits = {}
    unsplit: list[Candidate] = []
    candidates = read_candidates(tokens.difference(vocabulary(language).common_tokens), language, allow)
    settled, rest = document.set_aside(candidates)
    unsplit += filter(is_capitalised_candidate, settled)
    for cand in rest:
        split = document.split_candidate(cand)
        if split is not None:
            splits[cand.token] = (cand, split)
        if (split is None or split.margin < SUGGEST_MARGIN) and cand.shape is Shape.CAPITALISED:
            unsplit.append(cand)  # split, if at all, only where a clause follows
    return Analysis(document, splits, tuple(unsplit), tokens)


def token_starts(text: str, token: str, start: int = 0) -> Iterator[int]:
    """Where ``token`` occurs in ``text`` as a whole whitespace-delimited token, from ``start`` on."""
    at = text.find(token, start)
    while at != -1:
        end = at + len(token)
        if (at == 0 or text[at - 1].isspace()) and (end == len(text) or text[end].isspace()):
            yield at
        at = text.find(token, end)


# Up to this many tokens are found one at a time (a search through the text each); more, among
# the text's whitespace tokens in one pass.
FEW_TOKENS = 16


def token_places(text: str, tokens: Collection[str]) -> dict[str, list[int]]:
    """Where each of ``tokens`` occurs in ``text`` as a whole whitespace-delimited token.

    An article has a glued token or two; a text of megabytes can have thousands, and a search
    through the whole text for each made it quadratic. Many are picked out of the text's tokens
    in C (``str.split``, then ``compress``), in order, and each is then found after the one
    before it, so the text is read once and only the tokens sought take a step in Python.
    """
    if len(tokens) <= FEW_TOKENS:
        return {token: list(token_starts(text, token)) for token in tokens}
    places: dict[str, list[int]] = {token: [] for token in tokens}
    words = text.split()
    at = 0
    for token in compress(words, map(places.__contains__, words)):
        # Only unsought tokens lie between ``at`` and this one, so its first whole
        # occurrence from ``at`` on is this one.
        at = next(token_starts(text, token, at))
        places[token].append(at)
        at += len(token)
    return places


def glued_words(text: str, context: Context) -> Iterator[Edit]:
    """Insert the spaces in a token made of glued words (``overthe``, ``Khanannounced``,
    ``inSydney``), only inserting spaces.

    A split is applied when it is far likelier than the token being one (unknown) word, and
    suggested when it is only somewhat likelier, or when wordfreq knows the token as a word of
    its own (``inpatients``). Names and rare words (``Niendorf``, ``Cranebrook``,
    ``Peronists``), CamelCase brands (``TimeWarner``), ALL-CAPS, accented and foreign words,
    lines in another language or of code (``import getpass``), URLs and the user's allow-list
    are left alone.
    """
    language = context.options.language
    analysis = analyse(text, language, context.options.allow)
    if not analysis.in_language:
        return
    prose_lines: dict[str, bool] = {}
    places = token_places(text, analysis.splits.keys())
    for token, (cand, split) in analysis.splits.items():
        if is_common_foreign_word(cand.core, language):
            continue
        replacement = split.apply(cand.core)
        # A split that writes a vulgar word (`Hadass` as `Had ass`) is only proposed: a false
        # one would put the word into the user's text.
        proposed_only = not word_list("vulgar_words").isdisjoint(replacement.lower().split())
        for start in places[token]:
            if not line_is_prose_in(text, start, language, prose_lines):
                continue
            if split.context_cost:
                clause = token.endswith(cand.core) and _clause_follows(
                    text, start + len(token), analysis.document.vocab, replacement.rsplit(" ", 1)[-1].lower())
                asks_opening = split.inside_cost or clause and split.opening_cost
                here = split.in_context(clause, asks_opening and _opens_sentence(text, start))
            else:
                here = split
            if here.margin < SUGGEST_MARGIN:
                continue
            core_start = start + cand.core_start
            dangling = _dangles(text, core_start + len(cand.core), cand, replacement)
            yield context.proposed_if_about_code(Edit(
                core_start, core_start + len(cand.core), replacement, "TF403",
                f"glued words: {cand.core!r} reads as {replacement!r}",
                Applicability.SUGGESTED if proposed_only or dangling else here.applicability, here.confidence))



def _dangles(text: str, end: int, cand: Candidate, replacement: str) -> bool:
    """Whether a name's split would leave its short last word before a comma or a full stop:
    `Al Goldis, Associated Press` is no `Al Gold is,` — `is`, `on`, `at` (CLAUSE_NAME_ENDINGS)
    need words after them, and a name ending in those letters is what stands there."""
    return (cand.shape is Shape.CAPITALISED and text[end:end + 1] in DANGLING_BEFORE
            and replacement.rsplit(" ", 1)[-1] in CLAUSE_NAME_ENDINGS)


# What a clause word cannot stand before: the clause's or the sentence's end.
DANGLING_BEFORE = frozenset(",.;:")


def line_is_prose_in(text: str, at: int, language: str, known: dict[str, bool]) -> bool:
    """Whether the line holding offset ``at`` is prose in ``language``: not a line of code
    (``import getpass``, ``>>> from getpass import getpass``) and read as written in the language
    (a line too short to judge is), remembered in ``known``.

    The whole text passed the language test, but a web page mixes languages line by line: a
    German paragraph under an English menu keeps its compounds (`mitgenommen`, `Winterreifen`),
    which English words would split; and a code sample's names are no glue.
    """
    line = line_at(text, at)
    if line not in known:
        known[line] = not is_code_line(line) and looks_written_in(line, language) \
            and not another_language_reads_better(line, language)
    return known[line]


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the token at ``start`` begins a sentence: it begins the text or a line, or the
    text before it ends with `.`, `!`, `?` or `:` (closing quotes and brackets aside); a dash or
    bullet that opens a list item in between changes nothing (`done. - To|get`)."""
    before = text[max(0, start - 200):start]
    stripped = before.rstrip()
    if stripped.endswith(LIST_MARKS) and (len(stripped) == 1 or stripped[-2].isspace()):
        before = stripped[:-1]
    if not before.strip() or "\n" in before[len(before.rstrip()):]:
        return True
    return before.rstrip().rstrip("\"')”’»").endswith((".", "!", "?", ":"))


LIST_MARKS = ("-", "–", "—", "•", "*")


def _clause_follows(text: str, end: int, vocab: Vocabulary, last: str) -> bool:
    """Whether the token ending at ``end``, read as ending in the word ``last``, is followed,
    after white space, by a word that begins in lower case or with a digit (`Doyle|is
    ready`), not by punctuation, a capitalised word, the end of the text, a word that
    mostly follows a name (`Orin and Tess`) or a past-tense verb (`Cant|on told`) — which
    follows an auxiliary as its participle (`Tanaka|has failed`)."""
    if end >= len(text) or not text[end].isspace():
        return False
    following = text[end:end + 40].split(maxsplit=1)
    if not following:
        return False
    word = following[0].rstrip(OUTER_PUNCTUATION)
    if word[:1].isdigit() or (last in DATE_PREPOSITIONS and word.lower() in word_list("date_names")):
        return True  # `Japan|on 3 May`, `Arena|on Friday`
    if last in DATE_PREPOSITIONS and word in word_list("clause_words"):
        return False  # `Warin has`: a preposition is followed by what it governs, not a verb
    return word[:1].islower() and word not in NAME_FOLLOWERS and (
        last in word_list("auxiliaries") or not is_past_tense(word, vocab))
