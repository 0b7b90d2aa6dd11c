"""The model's weights, in log10 probability units, and the punctuation a token's core is read without.

Every threshold of the glued-words model is here with the reason for its value, so a change of
one is a change of this module only.
"""

from __future__ import annotations

import math
import string


# A token as frequent as this (Zipf) is a word, cleared without segmentation: the fast path.
COMMON_ZIPF = 4.0
COMMON_FREQUENCY = 10.0 ** (COMMON_ZIPF - 9.0)
# The shortest and longest tokens worth segmenting (letters).
MIN_TOKEN, MAX_TOKEN, MAX_PART = 4, 40, 24
# The rarest a part may be (Zipf), by its length: never one letter (`a|lent`, `a|uses`, `abut`,
# `Peronist|s` are words), two-letter parts only when among the language's commonest words
# (`of`, `in`; not `er`, `mr`), three-letter parts when fairly common, longer ones above a floor
# that keeps out wordfreq's fragments.
PART_MIN_ZIPF = {1: math.inf, 2: 6.0, 3: 3.5}
LONG_PART_MIN_ZIPF = 2.5
# Each part after the first costs this much: two words are a stronger claim than one.
SPLIT_COST = 1.0
# Each part beyond two costs this much more: a chain of three words glued is rarer than two.
CHAIN_COST = 1.5
# A seam where the language compounds freely (`up|lights`, `beer|maker`; data/compound_elements)
# costs this much more, unless the other side is a function word (`up|to`, `over|the`) or the
# bigram list counts the pair written apart (`in|return`, `on|sale`; not `up|lights`).
COMPOUND_COST = 3.0
# A capitalised token split before a short word that often ends names (`Iraq|is`, `Will|is`;
# data/name_endings) costs this much more.
NAME_ENDING_COST = 2.0
# ... unless the text around that occurrence reads as a clause: the token has no punctuation
# after it and the next word begins in lower case or with a digit (`Doyle|is ready`,
# `Japan|on 3 May`; not `Dunk|in,` nor the first names of `Row|an Hale`).
# Only the endings that are prepositions or verbs (data/name_endings: `is`, `in`, `on`, `at`,
# `to`, `as`, `by`) may be read so; `-us` and `-an` end names too often (`Lott|us group`).
CLAUSE_NAME_ENDINGS = frozenset({"is", "in", "on", "at", "to", "as", "by"})
# A capitalised token of a two-letter function word and another function word (`Inits`,
# `Asfor`, `Itis`) is as often a short name (`Orin`, `Asher`, `Onan`): it is split only where
# a clause follows — elsewhere this cost rules the split out.
FUNCTION_PAIR_COST = 20.0
# An unknown capitalised token ending in a clause word (data/clause_words: `said`, `has`,
# `was`) may be an unknown name glued to it (`Quorvex|was`). An unknown word ends in those
# letters about this often (log10; measured on wordfreq's rare words, -4 to -5), and a clause
# following the occurrence (see _clause_follows) is worth this much more for the split.
CLAUSE_TAIL_RATE = -4.5
CLAUSE_CONTEXT_GAIN = 2.0
# A preposition before a weekday's or a month's name is one too (`Arena|on Friday`,
# `Leeds|in June`), although the name is capitalised.
# (The names are data/date_names; data/auxiliaries, the verbs a past participle follows:
# `has|won`, `is|convinced`.)
DATE_PREPOSITIONS = frozenset({"on", "in", "at", "by"})
# A three-letter head before a name ending makes a name (`Bot|in`, `Col|in`) unless it is a
# word this common (Zipf) and a clause follows (`Cup|is her goal`, `Pan|is hot`); a function
# word there makes a function-word pair (`She|is`), split only where a sentence opens.
SHORT_HEAD_ZIPF = 4.5
# What may stand before a capitalised word that shows it is used as a name (`Mr Ash`, `, Tory`).
NAME_EVIDENCE = frozenset({",", "Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady"})
# Words that follow a name more often than a clause's first word: `Orin and Tess`.
NAME_FOLLOWERS = frozenset({"and", "or", "nor"})
# A capitalised word after a lower-case one that no dictionary knows needs this many letters.
UNKNOWN_NAME_MIN = 5
# A two-letter capitalised word after a lower-case one must be this common (`Mr`), or a
# title after a function word (`for|Ms`, `to|St`).
SHORT_NAME_ZIPF = 5.5
TITLES = frozenset({"Mr", "Ms", "Dr", "St"})
# A sentence opener is split off only before a common word (`He|said`, not `Of|tel`).
OPENER_NEXT_ZIPF = 5.0
# A capitalised token made of content words only (`Sports|week`, `Bright|mail`, `Movie|link`)
# is as often a brand as glue: such a split costs this much more. Content words are those
# rarer than CONTENT_ZIPF; `Blair|said`, `The|government` have a common part and do not pay.
BRAND_COST = 1.5
CONTENT_ZIPF = 6.0
# ... unless the last part is a past-tense verb (`Keller|praised`, `Spain|refused`, `Moreno|won`)
# or a clause word (data/clause_words: `Acme|says`): a name and what it did is a clause, and
# brands are made of nouns. A regular form is an `-ed`
# word whose stem (`prais(e)`, `walk`, `stop(p)`, `tr(y)`) is at least this common (Zipf);
# irregular forms are listed in data/past_tense_verbs.
PAST_STEM_ZIPF = 3.5
# The language's very commonest word(s) (English: `the`).
TOP_WORD_ZIPF = 7.5
# Words at least this frequent (Zipf) are function words: `the`, `of`, `has`, `said`.
FUNCTION_ZIPF = 6.0
# Probability of one unseen word of a given shape. Capitalised unknown tokens are mostly names,
# so the single reading of `Cranebrook` is stronger than that of `economicgrowth`.
# Long unknown tokens are less and less likely one word (names are mostly short), so past
# UNKNOWN_LENGTH letters each letter lowers the single reading by UNKNOWN_SLOPE.
# A lower-case word glued to a capitalised one (`inSydney`) is rarely a spelling in prose
# (`eBay`, `iPod` have one-letter heads and never match).
UNKNOWN_LOWER = -10.5
UNKNOWN_CAPITALISED = -11.0
UNKNOWN_INNER_CAPITAL = -18.0
UNKNOWN_LENGTH = 9
UNKNOWN_SLOPE = 0.7
# wordfreq counts web text, glue typos included: a known word whose frequency is within this
# factor (log10) of what glueing its best split would produce is treated as unknown.
GLUE_RATE = -3.0
GLUE_SLACK = 1.5
# ... for tokens of at least this many letters, without one-letter parts (`abut` is a word).
GLUE_MIN_LENGTH = 4
# A plural is a word of its own when its stem, this many letters or more, is a spell checker's
# word (`inattention|s`); a shorter stem may be glue's by chance (`init|s` of `in its`).
PLURAL_STEM_MIN = 6
# A lower-case word written this much (log10) less often than the pair of words it splits
# into, the first a function word, is that pair's glue typo (`aswell`: Zipf 3.2 against 5.8 for
# `as well`); words of their own are written closer to their pair's frequency (`herbed` 1.8,
# `her bed` 3.4; `upskirt` 2.3, `up skirt` 3.8).
PAIR_TYPO_GAP = 2.0
# The rarest pair (Zipf) kept from the bigram list: a rarer one can be the typo of no word
# wordfreq lists (its floor is Zipf 1), and keeping them all would take twice the memory.
PAIR_MIN_ZIPF = 3.0
# How much likelier (log10) the bigram list may count a pair than wordfreq counts its rarer
# word: the list counts books, wordfreq the web (`at least` 5.6 there, `least` 5.4 here).
CORPUS_SLACK = 1.0
# ... and the pair this much (log10) likelier than any word one letter off, which the token
# may misspell instead (`infact`: `in fact` 4.9, `infant` 4.0; not `withold`: `with old` 3.6,
# `withhold` 3.3).
MISSPELLING_GAP = 0.5
# Weight of the document's own word counts against wordfreq's (a cache language model); a
# short text counts as this many tokens, so one paragraph's words do not outweigh wordfreq.
DOCUMENT_WEIGHT = 0.1
DOCUMENT_MIN_TOKENS = 200
# How much likelier the split reading must be (log10): applied when above SAFE_MARGIN,
# suggested for review when above SUGGEST_MARGIN.
SAFE_MARGIN = 2.0
SUGGEST_MARGIN = 1.0
# A lower-case token split in two around a function word (`notes|from`, `to|glean`, `well|beyond`)
# is safe from this margin, unless another cut scores within CLOSE_CUT of it (`we|blogger` and
# `web|logger`): glue next to a function word is the commonest kind, and compounds are made of
# content words.
FUNCTION_SAFE_MARGIN = 1.5
CLOSE_CUT = 3.5

# Punctuation that most often follows a word in running text (for the fast path): 99.3 % of a
# news article's common-word tokens end in nothing, a comma or a full stop. The rare others
# (`said:`, `said?`) are read once and remembered (read_tokens); more endings would triple
# the common-token set, a table read at random for every token, for a few tokens an article.
COMMON_ENDINGS = ("", ",", ".")
# Characters stripped from a whitespace token's ends to get its core: quotes, brackets and
# sentence punctuation. Letters, digits and inner punctuation stay in the core.
OUTER_PUNCTUATION = string.punctuation + "“”‘’«»‹›„‚…–—•·¡¿"
