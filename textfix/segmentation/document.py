"""The document as evidence (a cache language model) and the segmentation of one token.

:class:`Document` counts the text's words, so ``Khan`` earlier makes ``Khanannounced`` split,
and finds the best reading of a token as parts with a small Viterbi over their frequencies.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property
from itertools import compress, filterfalse, repeat
from operator import not_
from typing import cast

import regex

from textfix.lexicon import spelling_words
from textfix.protect import Protected
from textfix.resources import word_list
from textfix.segmentation.model import Split, Vocabulary
from textfix.segmentation.readings import AFFIX_PIECES, INERT, WORD_THEN_NAME, Candidate
from textfix.segmentation.weights import (
    BRAND_COST,
    CHAIN_COST,
    CLAUSE_CONTEXT_GAIN,
    CLAUSE_NAME_ENDINGS,
    CLAUSE_TAIL_RATE,
    CLOSE_CUT,
    COMPOUND_COST,
    CONTENT_ZIPF,
    DOCUMENT_MIN_TOKENS,
    DOCUMENT_WEIGHT,
    FUNCTION_PAIR_COST,
    FUNCTION_SAFE_MARGIN,
    FUNCTION_ZIPF,
    GLUE_MIN_LENGTH,
    GLUE_RATE,
    GLUE_SLACK,
    MAX_PART,
    MIN_TOKEN,
    NAME_ENDING_COST,
    NAME_EVIDENCE,
    OUTER_PUNCTUATION,
    PLURAL_STEM_MIN,
    SAFE_MARGIN,
    SHORT_HEAD_ZIPF,
    SHORT_NAME_ZIPF,
    SPLIT_COST,
    SUGGEST_MARGIN,
    TITLES,
    UNKNOWN_CAPITALISED,
    UNKNOWN_INNER_CAPITAL,
    UNKNOWN_NAME_MIN,
)
from textfix.segmentation.words import (
    NEAR_MISS_COMMON_ZIPF,
    NEAR_MISS_MIN_WORD,
    Affixes,
    affix_words,
    affixes,
    bound_allows_split,
    bound_elements,
    clause_word_endings,
    compound_elements,
    is_common_foreign_word,
    is_inflected_verb,
    is_past_tense,
    misspelling,
    name_parts_plausible,
    near_miss_cuts,
    one_edit_keys,
    pair_typo,
    unknown_logp,
    word_parts,
    written_apart,
)

# A capitalised word after a space, ending there (no letter or digit follows); and the word or
# comma before a space, read backwards from it: what :meth:`Document.words_before` reads.
CAPITALISED_AFTER_SPACE = regex.compile(r" (\p{Lu}\p{L}*)(?![\p{L}\p{N}])")
WORD_OR_COMMA_BEFORE = regex.compile(r"(?r)(?:\p{L}+|,)\Z")
# A word inside an address or identifier (see Document.address_words).
ADDRESS_WORD = regex.compile(r"\p{L}{3,}")


class Document:
    """The text's own words (case-folded counts of token cores) as evidence for segmentation.

    Counted on first use — a text with no candidate token never counts its words — and from
    the lower-cased text split at white space in one go, so that only the distinct tokens
    with outer punctuation cost a step of their own.
    """

    def __init__(self, text: str, vocab: Vocabulary, allow: frozenset[str]) -> None:
        self.text = text
        # The user's allow-listed words are words of the domain: admissible parts (so
        # `Niendorfsaid` splits when `Niendorf` is allowed), though not evidence about case.
        self.allowed = frozenset(word.lower() for word in allow)
        self.vocab = vocab

    @cached_property
    def punctuation(self) -> str:
        """The characters of OUTER_PUNCTUATION the text holds: stripping a token of these
        gives its core as stripping it of all of them does, and costs a third as much, since
        ``str.strip`` reads its whole argument on every call (an article holds seven or so)."""
        return "".join([character for character in OUTER_PUNCTUATION if character in self.text])

    @cached_property
    def _counted(self) -> tuple[Counter[str], int]:
        """(counts of the lower-cased token cores, number of whitespace tokens).

        Lower-casing before stripping gives the same cores: outer punctuation has no case,
        and white space ends the context of a final sigma. Stripping and counting run in C
        (``map`` of ``str.strip`` into ``Counter``); a token of punctuation alone has no core."""
        tokens = self.text.lower().split()
        counts = Counter(map(str.strip, tokens, repeat(self.punctuation)))
        counts.pop("", None)
        return counts, len(tokens)

    @cached_property
    def counts(self) -> Counter[str]:
        return self._counted[0]

    @cached_property
    def total(self) -> int:
        return max(DOCUMENT_MIN_TOKENS, self._counted[1])

    @cached_property
    def address_words(self) -> frozenset[str]:
        """The words (three letters or more, lower-cased) inside the text's addresses and code
        (e-mail, web addresses, handles: see textfix.protect): a name is spelt there whole,
        `jonathan.gullis.mp@parliament.uk` beside `Jonathan Gullis`."""
        spans = Protected.find(self.text)
        return frozenset(word.lower() for start, end in zip(spans.starts, spans.ends)
                         for word in ADDRESS_WORD.findall(self.text, start, end))

    def part_logp(self, part: str) -> float | None:
        """log10 probability of a part: wordfreq's mixed with the document's (a cache model).

        A function word is as frequent in every text, and wordfreq knows its frequency better
        than one text does: the document is evidence for the other words."""
        known = self.vocab.parts.get(part)
        seen = self.counts.get(part, 0) + (part in self.allowed)
        if not seen or part in self.vocab.function_words:
            return known
        if known is None and len(part) < 3:
            return None
        mixed = (1 - DOCUMENT_WEIGHT) * (10.0 ** known if known is not None else 0.0)
        return math.log10(mixed + DOCUMENT_WEIGHT * seen / self.total)

    def single_logp(self, core: str, unknown: float, best_split_words: float | None,
                    first_part: str) -> float:
        """log10 probability of ``core`` as one word; ``best_split_words`` prices its glue
        (None when short words make the glue reading too weak to explain a word: `abut`).

        A token the text uses again is likelier a word (`Cameraactive` three times) —
        unless it is lower-case or camelCase and begins with a function word: the same glue
        recurs (`inChina`, `ofthe`), while a name does (`Anand`).
        """
        low = core.lower()
        logp = self.vocab.word_logp(low)
        if logp is None or (best_split_words is not None
                            and logp < best_split_words + GLUE_RATE + GLUE_SLACK) \
                or pair_typo(self.vocab.lexicon.language, core):
            logp = unknown  # unknown, or no more frequent than its own glue typo would be
        others = self.counts.get(low, 0) - 1
        if others > 0 and (core[0].isupper() or not self._is_function_word(first_part)):
            logp = math.log10((1 - DOCUMENT_WEIGHT) * 10.0 ** logp + DOCUMENT_WEIGHT * others / self.total)
        return logp

    def segment(self, low: str) -> tuple[float, float, tuple[int, ...]] | None:
        """Best segmentation of ``low`` into two or more parts (Viterbi).

        Returns (score with split costs, score of the words alone, cuts), or None.
        """
        n = len(low)
        best: list[tuple[float, float, int] | None] = [None] * (n + 1)
        best[0] = (0.0, 0.0, -1)
        for end in range(1, n + 1):
            top = None
            for start in range(max(0, end - MAX_PART), end):
                prev = best[start]
                if prev is None or end - start == n:
                    continue
                logp = self.part_logp(low[start:end])
                if logp is None:
                    continue
                score = prev[0] + logp - (SPLIT_COST if start else 0.0)
                if top is None or score > top[0]:
                    top = (score, prev[1] + logp, start)
            best[end] = top
        if best[n] is None:
            return None
        cuts = []
        at = n
        while at > 0:
            start = best[at][2]  # type: ignore[index]
            if start:
                cuts.append(start)
            at = start
        if not cuts:
            return None
        return best[n][0], best[n][1], tuple(reversed(cuts))  # type: ignore[index]

    def split(self, core: str) -> Split | None:
        """The split of a candidate token core, if one is at least plausible."""
        match = WORD_THEN_NAME.fullmatch(core)
        if match:
            return self._split_word_then_name(core, match)
        return self._split_word(core, core.lower())

    def set_aside(self, candidates: list[Candidate]) -> tuple[Iterable[Candidate], list[Candidate]]:
        """The candidates settled unsplit without pricing, and the rest.

        Most candidates are inert — wordfreq's parts alone rule a split out and no clause word
        ends them — and share no prefix or suffix with the text's words: those are told apart
        in C, a few steps for the whole list."""
        if self.allowed:
            return (), candidates
        inert = list(filter(INERT, candidates))
        shares_none = list(map(self.counts.keys().isdisjoint, map(AFFIX_PIECES, inert)))
        return (compress(inert, shares_none),
                [*filterfalse(INERT, candidates), *compress(inert, map(not_, shares_none))])

    def split_candidate(self, cand: Candidate) -> Split | None:
        """:meth:`split` for a candidate, whose shape and affixes are known already.

        Most candidates are rare words and names that no reading splits: when wordfreq's
        parts alone rule a split out (``cand.may_split``) and the document uses none of the
        token's prefixes and suffixes, one set intersection settles it; when it uses some,
        pricing those again settles it.
        """
        known = cand.affixes
        if known is None:  # Shape.WORD_THEN_NAME, the one shape read without affixes
            return self.split(cand.core)
        seen = self._seen(known.pieces)
        if not cand.may_split and not (
                seen and self._may_split(cand.low, unknown_logp(cand.core), known, seen)):
            if cand.clause_tail:
                return self._split_name_then_clause_word(cand.core, cand.low)
            return None
        return self._split_word(cand.core, cand.low, known, seen)

    def _split_word(self, core: str, low: str, known: Affixes | None = None,
                    seen: set[str] | None = None) -> Split | None:
        """:meth:`split` for a lower-case or a capitalised word (``overthe``, ``Khansaid``),
        given its affixes and those the document uses, when known; for a capitalised one, the
        better of that and an unknown name glued to a clause word (``Vantreck|has``)."""
        split = self._split_into_words(core, low, known, seen)
        if core[0].isupper() and (split is None or split.margin + split.context_cost < SAFE_MARGIN):
            named = self._split_name_then_clause_word(core, low)
            if named is not None and (split is None or named.margin + named.context_cost
                                      > split.margin + split.context_cost):
                return named
        return split

    def _split_name_then_clause_word(self, core: str, low: str) -> Split | None:
        """``Quorvex|was``, ``Ferrante|said``: a name no dictionary knows, then a clause word
        (data/clause_words), split only where a clause follows (see CLAUSE_CONTEXT_GAIN).

        Both readings have an unknown name in them; what tells them apart is the tail: an
        unknown word ends in the letters of a clause word about once in CLAUSE_TAIL_RATE,
        while the split reading has the word itself at its frequency.
        """
        if not low.endswith(clause_word_endings()):
            return None  # one test in C clears most tokens
        tail = max((word for word in word_list("clause_words") if low.endswith(word)), key=len)
        if len(low) - len(tail) < UNKNOWN_NAME_MIN - 1:
            return None
        head = low[:-len(tail)]
        if self.part_logp(head) is not None:
            return None  # a known head: the segmentation has weighed this reading already
        # The unknown word is priced as the unknown name plus the tail's letters (not by the
        # whole token's length: that slope would favour the split of any long name).
        head_logp = unknown_logp(core[:len(head)])
        words = head_logp + self.vocab.parts[tail]
        single = self.single_logp(core, head_logp, words, head)
        if single <= head_logp:
            single += CLAUSE_TAIL_RATE  # an unknown word that happens to end in `said`
        margin = words - SPLIT_COST - single
        if margin + CLAUSE_CONTEXT_GAIN < SUGGEST_MARGIN:
            return None
        return Split((len(head),), margin, clause_cost=CLAUSE_CONTEXT_GAIN)

    def _split_into_words(self, core: str, low: str, known: Affixes | None = None,
                          seen: set[str] | None = None) -> Split | None:
        """The Viterbi reading of ``core`` as words the language or the document knows."""
        capitalised = core[0].isupper()
        clause_cost = opening_cost = inside_cost = 0.0
        unknown = unknown_logp(core)
        if not self._may_split(low, unknown, known or affixes(self.vocab.lexicon.language, low), seen):
            return None
        segmented = self.segment(low)
        if segmented is None:
            return None
        score, words, cuts = segmented
        parts = word_parts(low, cuts)
        if capitalised:
            short_head = (len(parts) == 2 and len(parts[0]) == 3 and parts[1] in CLAUSE_NAME_ENDINGS
                          and SHORT_HEAD_ZIPF - 9.0 <= self.vocab.parts.get(parts[0], -99.0) < FUNCTION_ZIPF - 9.0)
            if short_head:
                clause_cost = FUNCTION_PAIR_COST  # `Cup|is her goal`: only where a clause follows
                score -= FUNCTION_PAIR_COST
            elif not name_parts_plausible(parts, self.vocab):
                if not self._function_word_pair(parts):
                    return None
                opening_cost = FUNCTION_PAIR_COST  # `In|its latest`, `It|is the`: only where a
                # sentence opens (the capital is the sentence's) and a clause follows
                score -= FUNCTION_PAIR_COST
            elif self._is_function_word(parts[0]) and not self._is_function_word(parts[-1]):
                # `She|anne`, `Has|ira` inside a sentence are names: a function word is
                # capitalised where a sentence opens (`The|government`, `He|also`); before
                # another one it may be a title's (`Over|and Over`) or a name's (`Back|and`)
                inside_cost = FUNCTION_PAIR_COST
                score -= FUNCTION_PAIR_COST
            if parts[-1] in word_list("name_endings"):
                score -= NAME_ENDING_COST
                if parts[-1] in CLAUSE_NAME_ENDINGS and (len(parts[-2]) >= 4 or short_head):
                    clause_cost += NAME_ENDING_COST
            elif (len(parts) == 2 and self._is_function_word(parts[1])
                  and not self._other_cut_close(low, cuts[0])):
                # `Keller|said it`, `Kenya|by 2030`: a name and a function word before a clause
                # is as safe as a lower-case word and a function word (FUNCTION_SAFE_MARGIN)
                clause_cost = SAFE_MARGIN - FUNCTION_SAFE_MARGIN
            # Each part of a segmentation has a log probability (see segment): never None here.
            part_logp = cast("Callable[[str], float]", self.part_logp)
            if all(part_logp(part) < CONTENT_ZIPF - 9.0 for part in parts) and not (
                    is_past_tense(parts[-1], self.vocab) or parts[-1] in word_list("clause_words")
                    or self._used_as_name(core[:len(parts[0])])):
                score -= BRAND_COST
                opening_cost += BRAND_COST
        if not all(map(self._may_be_glue_seam, parts, parts[1:])):
            return None  # `Steuerreform|pläne`, `Unternehmer|in`, `regimental|mente`: one word
        score -= COMPOUND_COST * self._compound_seams(parts) + CHAIN_COST * (len(parts) - 2)
        explains = words if len(core) >= GLUE_MIN_LENGTH and min(map(len, parts)) > 1 else None
        margin = score - self.single_logp(core, unknown, explains, parts[0])
        safe = SAFE_MARGIN
        if self._only_proposed(core, low, parts, explains is not None):
            safe = math.inf
        elif (not capitalised and len(parts) == 2 and any(map(self._is_function_word, parts))
                and not self._other_cut_close(low, cuts[0])):
            safe = FUNCTION_SAFE_MARGIN
        split = Split(cuts, margin, clause_cost, opening_cost, safe, inside_cost)
        return split if margin + split.context_cost >= SUGGEST_MARGIN else None

    def _only_proposed(self, core: str, low: str, parts: list[str], glue_explains: bool) -> bool:
        """Whether a split of ``core`` into ``parts`` is at most suggested, however likely: a word
        of its own (:meth:`_is_word_of_its_own`: `inpatients`, `tome`), a compound that opens
        with a combining form (`nano|influencers`: data/compound_elements ``bound:``), a
        name the text spells in an address (:attr:`address_words`: `Gullis`), or a word one
        letter off misspelt (:func:`misspelling`: `anthing`)."""
        return (self._is_word_of_its_own(core, parts, glue_explains)
                or parts[0] in bound_elements() and core[1:].islower()
                or core[0].isupper() and low in self.address_words
                or misspelling(self.vocab.lexicon.language, core, parts))

    def _is_word_of_its_own(self, core: str, parts: list[str], glue_explains: bool) -> bool:
        """Whether wordfreq knows ``core`` as a word more often than glueing its ``parts``
        would write it (by wordfreq alone, or by the pair's own frequency: :func:`pair_typo`;
        ``glue_explains`` is False where glue cannot explain a word, see :meth:`single_logp`).

        Such a word (`inpatients`, `asbestosis`) splits only by the document's evidence for a
        part: a text about patients uses `patients` often, which raises the part and not the
        compound. Topic words do that, so the split is proposed, never applied. So is the split
        of a word a spell checker lists (:func:`spelling_words`): `tome` is no glued `to|me`,
        however much likelier the two words are than the one; nor is the plural of a longer one
        (`inattentions`, `grandsires`: PLURAL_STEM_MIN letters before the `s`), which the list
        need not hold.
        """
        low = core.lower()
        speller = spelling_words(self.vocab.lexicon.language)
        if low in speller or low.endswith("s") and len(low) > PLURAL_STEM_MIN and low[:-1] in speller:
            return True
        logp = self.vocab.word_logp(low)
        if logp is None or pair_typo(self.vocab.lexicon.language, core):
            return False
        glued = sum(map(self.vocab.parts.get, parts, repeat(-99.0)))
        return not glue_explains or logp >= glued + GLUE_RATE + GLUE_SLACK

    def _may_split(self, low: str, unknown: float, known: Affixes, seen: set[str] | None = None) -> bool:
        """A cheap necessary condition for a split, so that most rare words skip the Viterbi.

        Any split's score is at most (best prefix part) + (best suffix part) - SPLIT_COST:
        middle parts and costs only lower it. The single reading is at least the token's own
        frequency, or the unknown-word probability if glue could explain that frequency.
        What wordfreq says of the token's prefixes and suffixes is the same in every text
        (see :func:`affixes`); only those the document uses are priced again.
        """
        if seen is None:
            seen = self._seen(known.pieces)
        # The document prices again those of its prefixes (then suffixes) that it uses; with
        # no part on one side no split exists, and the other side need not be priced.
        prefix = self._best_part(known.best_prefix, known.prefixes,
                                 {len(part) - 2: part for part in seen if low.startswith(part)})
        if prefix is None:
            return False
        suffix = self._best_part(known.best_suffix, known.suffixes,
                                 {len(low) - len(part) - 2: part for part in seen if low.endswith(part)})
        return bound_allows_split(prefix, suffix, known.own, unknown)

    def _seen(self, pieces: tuple[str, ...]) -> set[str]:
        """Those of a token's ``pieces`` that the document uses (or the user allows): one set
        intersection, in C."""
        if not self.allowed:
            return self.counts.keys() & pieces
        return (self.counts.keys() & pieces) | self.allowed.intersection(pieces)

    def _best_part(self, best: float | None, known: tuple[float | None, ...], seen: dict[int, str]) -> float | None:
        """The highest :meth:`part_logp` of a token's prefixes (or suffixes): wordfreq's
        (``known``, by position; ``best`` the highest of them), except those the document uses
        (``seen``, by position), which are priced with the document."""
        if not seen:
            return best
        values = [logp for part in seen.values() if (logp := self.part_logp(part)) is not None]
        if best is not None and best not in map(known.__getitem__, seen):
            values.append(best)  # the best known part is not one the document prices again
        else:
            values += [logp for at, logp in enumerate(known) if logp is not None and at not in seen]
        return max(values, default=None)

    def _compound_seams(self, parts: list[str]) -> int:
        """How many seams between ``parts`` look like the inside of a compound word."""
        first, last = compound_elements()
        seams = 0
        for left, right in zip(parts, parts[1:]):
            if right not in word_list("derivational_suffixes") and is_inflected_verb(left, self.vocab):
                continue  # `ended|up`, `sold|more`: compounds begin with a bare verb (`setup`)
            if (left in first and self._may_compound_after(left, right)) or (
                    right in last and not self._is_function_word(left)):
                seams += 1
        return seams

    def _may_compound_after(self, left: str, right: str) -> bool:
        """Whether ``right`` may follow ``left``, a word that begins compounds, inside one word.

        Not a function word (`up|to`), nor a word that never ends a compound
        (data/never_compounded), nor a word the bigram list counts after ``left`` written apart
        (`in|return`, `on|sale`, `by|recent`; not `up|lights`, `out|weight`: see
        :func:`written_apart`) — unless the two make a word of their own (`in|fighting`)."""
        if self._is_function_word(right) or right in word_list("never_compounded"):
            return False
        return left + right in self.vocab.parts or not written_apart(self.vocab.lexicon.language, left, right)

    def _used_as_name(self, word: str) -> bool:
        """Whether the text uses the capitalised ``word`` on its own inside a sentence, after a
        comma, a title or a word of the language (`the Tory candidate`): then it is a name there, and a
        token that begins with it is more likely that name glued to a word than a brand
        (`Tory|leader`). Another language's capitalised nouns (German `dem Blog`) do not count."""
        if not self.counts.get(word.lower()):
            return False
        if is_common_foreign_word(word, self.vocab.lexicon.language):
            return False  # German `dem Blog`: another language capitalises its nouns
        return any(before in NAME_EVIDENCE or before.lower() in self.vocab.parts
                   for before in self.words_before(word) if before == "," or before[-1].islower())

    def words_before(self, word: str) -> Iterator[str]:
        """The word or comma before each `` word`` of the text that ends there, for a capitalised
        ``word``: what ``regex.findall(r"(\\p{L}+|,) " + word + r"(?![\\p{L}\\p{N}])", text)``
        gives, read only where `` word`` stands (:attr:`capitalised_places`). Like ``findall``'s,
        the matches do not overlap: a word before is never the end of the previous match (`the
        Tory Tory` gives `the` once)."""
        matched_to = 0
        for space in self.capitalised_places.get(word, ()):
            before = WORD_OR_COMMA_BEFORE.search(self.text, matched_to, space)
            if before is not None:
                yield before.group()
                matched_to = space + 1 + len(word)

    @cached_property
    def capitalised_places(self) -> dict[str, list[int]]:
        """Where each capitalised word stands after a space and ends (the space's offset), found
        in one pass. Names are asked about one at a time, and a search of the whole text for each
        made cleaning a text of a few megabytes take minutes."""
        places: dict[str, list[int]] = {}
        for found in CAPITALISED_AFTER_SPACE.finditer(self.text):
            places.setdefault(found.group(1), []).append(found.start())
        return places

    def _other_cut_close(self, low: str, cut: int) -> bool:
        """Whether another cut of ``low`` into two words scores nearly as well as ``cut``
        (`we|blogger`, `web|logger`): the token is then ambiguous, whatever it is."""
        def score(at: int) -> float | None:
            left, right = self.part_logp(low[:at]), self.part_logp(low[at:])
            return None if left is None or right is None else left + right
        best = cast(float, score(cut))  # never None: ``cut`` is a segmentation's, its parts are known
        return any((other := score(at)) is not None and other >= best - CLOSE_CUT
                   for at in range(2, len(low) - 1) if at != cut)

    def _function_word_pair(self, parts: list[str]) -> bool:
        """A clause opener and a function word: a two-letter one of data/clause_openers
        (`In|its`, `As|for`, `It|is`) or a longer function word (`She|is`, `But|at`). Short
        names look like them too (`Or|in`, `As|her`, `On|an`), so such a split is made only
        where a sentence opens and a clause follows."""
        first = parts[0]
        return (len(parts) == 2 and self._is_function_word(parts[1])
                and (first in word_list("clause_openers") or (len(first) >= 3 and self._is_function_word(first))))

    def _may_be_glue_seam(self, left: str, right: str) -> bool:
        """Whether two parts may meet as glued words rather than inside one word.

        Not where the language builds words (data/affix_words: a prefix before the seam or an
        ending after it, German `nach|reichte`, `Unternehmer|in`, Spanish `regimental|mente`),
        and in a language that writes compounds closed only beside a function word
        (`Beitrag|von`; `Steuerreform|pläne` is a compound).
        """
        affixes = affix_words(self.vocab.lexicon.language)
        if f"{left}-" in affixes or f"-{right}" in affixes:
            return False
        if self.vocab.lexicon.language not in word_list("closed_compound_languages"):
            return True
        return self._is_function_word(left) or self._is_function_word(right)

    def _is_function_word(self, word: str) -> bool:
        return word in self.vocab.function_words

    def near_miss_reading(self, core: str, names: dict[str, str]) -> str | None:
        """``Maduro either progress`` for ``Madureitherprogress``: a head one edit from a
        document name, then words (one word, or words the Viterbi finds)."""
        low = core.lower()
        for cut in near_miss_cuts(low):
            head, rest = low[:cut], low[cut:]
            name = next((names[k] for k in one_edit_keys(head) if k in names), None)
            if name is None or name.lower() == head or not self._is_name_here(name):
                continue
            if self.part_logp(rest) is not None and len(rest) >= 3:
                return f"{name} {core[cut:]}"
            segmented = self.segment(rest)
            if segmented is not None:
                parts = word_parts(core[cut:], segmented[2])
                if all(len(p) >= 3 for p in parts):
                    return " ".join([name, *parts])
        return None

    def may_end_in_words(self, cand: Candidate) -> bool:
        """A cheap necessary condition for :meth:`near_miss_reading`: the words after the
        head end the token, so the token's last word is a part, and it is no longer than the
        rest after the shortest head and no shorter than after the longest.

        A part is one wordfreq knows — the candidate's suffixes say so already, without a
        lookup (``Affixes.suffixes[i]`` is ``low[i + 2:]``'s) — or one the document uses."""
        low = cand.low
        known = cand.affixes.suffixes[NEAR_MISS_MIN_WORD - 3:len(low) - 4] if cand.affixes else ()
        return known.count(None) < len(known) or any(
            self.part_logp(low[cut:]) is not None for cut in near_miss_cuts(low))

    def _is_name_here(self, word: str) -> bool:
        """Whether the capitalised ``word`` is a name in this text: a common word of the language
        (`Under`, `Light`) only where the text uses it inside a sentence (see
        :meth:`_used_as_name`), since at a sentence's start every word is capitalised."""
        logp = self.vocab.word_logp(word.lower())
        return logp is None or logp < NEAR_MISS_COMMON_ZIPF - 9.0 or self._used_as_name(word)

    def _split_word_then_name(self, core: str, match: regex.Match) -> Split | None:
        """``inSydney``: the case change marks the cut; the head must be words, the name a name."""
        head, name = match.group("head"), match.group("name")
        if head in word_list("name_particles"):
            return None
        if len(name) == 2 and (self.vocab.word_logp(name.lower()) or -99.0) < SHORT_NAME_ZIPF - 9.0 and not (
                name in TITLES and self._is_function_word(head)):
            return None  # `subRl`, `specLa`: notation, not a title like `Mr` (`for|Ms`, `to|St`)
        readings: list[tuple[float, tuple[int, ...]]] = []  # the head as one word, or as words glued together
        as_word = self.part_logp(head)
        if as_word is None and len(head) >= MIN_TOKEN:  # the case change marks the cut, so
            as_word = self.vocab.word_logp(head)        # any word wordfreq knows will do
        if as_word is not None:
            readings.append((as_word, ()))
        segmented = self.segment(head) if len(head) >= MIN_TOKEN else None
        if segmented is not None:
            readings.append((segmented[0], segmented[2]))
        if not readings:
            return None
        head_score, head_cuts = max(readings)
        name_score = self.part_logp(name.lower())
        if name_score is None:  # the case change marks the cut: any known word will do
            name_score = self.vocab.word_logp(name.lower())
        if name_score is None:
            if len(name) < UNKNOWN_NAME_MIN:
                return None  # `franFals`, `valueNum`: OCR debris or notation, not a name
            name_score = UNKNOWN_CAPITALISED
        score = head_score + name_score - SPLIT_COST
        cuts = (*head_cuts, len(head))
        first = head[:cuts[0]]
        margin = score - self.single_logp(core, UNKNOWN_INNER_CAPITAL, head_score + name_score, first)
        return Split(cuts, margin) if margin >= SUGGEST_MARGIN else None
