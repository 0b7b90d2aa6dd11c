"""TF404: a glued token whose head is one letter off a name the document uses
(``Madureitherprogress`` with ``Maduro`` elsewhere): only ever suggested.
"""

from __future__ import annotations

from collections.abc import Iterator

from textfix.context import Context
from textfix.edits import Applicability, Edit
from textfix.segmentation.analysis import analyse, line_is_prose_in, token_places
from textfix.segmentation.readings import Candidate
from textfix.segmentation.words import near_miss_cuts

NEAR_MISS_CONFIDENCE = 0.5
# A token wordfreq knows at least this well (Zipf) is a word, not a name that lost a letter
# and its spaces: `Shareholders` is not `Shares holders`, `Sunderland` not `Under land`.
NEAR_MISS_KNOWN_ZIPF = 1.5


def near_miss(text: str, context: Context) -> Iterator[Edit]:
    """Suggest reading a glued token whose head is one letter off a name the document uses:
    ``Madureitherprogress`` with ``Maduro`` elsewhere may be ``Maduro either progress``.

    The text lost a letter as well as spaces, so the repair changes more than white space and
    is never applied by default: it is a *suggestion* for a person to accept. Only a capitalised
    token that TF403 cannot split qualifies, on a line of prose in the language; the rest must
    be words.
    """
    analysis = analyse(text, context.options.language, context.options.allow)
    if not analysis.in_language:
        return
    tokens = [cand for cand in analysis.unsplit_capitalised
              if near_miss_cuts(cand.core) and not _is_known_word(cand)
              and analysis.document.may_end_in_words(cand)]
    if not tokens:
        return
    names = analysis.near_miss_names([cand.core.lower() for cand in tokens])
    if not names:
        return
    readings = [(cand, reading) for cand in tokens
                if (reading := analysis.document.near_miss_reading(cand.core, names)) is not None]
    places = token_places(text, [cand.token for cand, _ in readings])
    prose_lines: dict[str, bool] = {}
    for cand, reading in readings:
        for start in places[cand.token]:
            if not line_is_prose_in(text, start, context.options.language, prose_lines):
                continue  # another language's line (`Vielleicht`), or code, as in TF403
            core_start = start + cand.core_start
            yield Edit(core_start, core_start + len(cand.core), reading, "TF404",
                       f"{cand.core!r} may be {reading!r} (a name used in the text, one letter off)",
                       Applicability.SUGGESTED, NEAR_MISS_CONFIDENCE)


def _is_known_word(cand: Candidate) -> bool:
    return cand.affixes is not None and cand.affixes.own is not None and cand.affixes.own >= NEAR_MISS_KNOWN_ZIPF - 9.0
