"""Glued words: tokens that lost the space between two or more words (``overthe``,
``Khanannounced``, ``inSydney``), and words glued by a comma (``Goulburn,south``).

The danger is the reverse error: news is full of names and rare words that *look* like two
words (``Cranebrook``, ``Mittagong``, ``Peronists``, ``TimeWarner``). So a token is split only
when reading it as several words is far more probable than reading it as one word, and both
readings are modelled explicitly (log10 probabilities per token):

* one word: wordfreq's frequency when the token is a word it knows — unless that frequency is
  no more than glue typos on the web would give it (wordfreq lists ``ofthe``, ``overthe``) —
  else the probability of *some unknown word* of that shape, higher for a capitalised token
  (a name) than for a lower-case one;
* several words: the sum of the parts' log probabilities, less a cost for each extra part.
  Parts must be words: never one letter (not the ``s`` of ``Peronist s``), two letters only
  when among the language's most frequent words (``of``, ``in``), a longer one only above a
  floor frequency (never the ``mitta`` of ``Mitta gong``). Seams where the language forms
  compounds (``up|lights``, ``beer|maker``), names' usual endings (``Iraq|is``) and brand-like
  pairs of content words (``Sports|week``) cost extra.

The document is evidence (a cache language model): a word used elsewhere in the same text is
likelier, so ``Khan`` earlier makes ``Khanannounced`` split, and a token that occurs again
intact is likelier one word. Function words (``the``, ``by``) are as frequent in every text:
wordfreq alone prices them. A near miss of a document word (``Madur`` for ``Maduro``) is only
ever *suggested* (TF404), never applied.

The segmentation is a small Viterbi over wordfreq's Zipf frequencies rather than symspellpy's
``word_segmentation``: symspellpy normalises its input (case, accents, punctuation) and scores
unknown words with a fixed penalty, while what decides here is exactly the unknown-word model
and the document's words; the Viterbi is about thirty lines and runs only on the few tokens the
fast path cannot clear (common words are a single dictionary lookup).

Clean prose is the common case and is made cheap: common words leave with one set difference;
what wordfreq says of a rare token (its shape, its prefixes and suffixes, whether they alone
could split it) is cached per token, since names and rare words recur from one text to the
next; and a token they cannot split whose prefixes and suffixes the text does not use is
settled with one set intersection. Only what survives is priced with the document.

The modules, in reading order: ``weights`` (the model's weights), ``model`` (the vocabulary and
a split's price), ``words`` (what wordfreq says of a word: affixes, inflections, compounds,
other languages' words, one-letter-off keys), ``readings`` (a token's candidate reading),
``document`` (the document as evidence, the Viterbi), ``analysis`` (a text's glued tokens, TF403),
``near_misses`` (TF404) and ``commas`` (TF405). This module holds the rules.
"""

from __future__ import annotations

from textfix.edits import Applicability
from textfix.rules import Phase, Rule
from textfix.segmentation.analysis import glued_words
from textfix.segmentation.commas import comma_glue
from textfix.segmentation.near_misses import near_miss

RULES = (
    Rule("TF403", "glued-words", Phase.TOKENS, Applicability.SAFE,
         "Insert the missing spaces in glued words (overthe, Khanannounced, inSydney).", glued_words),
    Rule("TF404", "near-miss-name", Phase.TOKENS, Applicability.SUGGESTED,
         "Suggest a document name one letter off, glued to words (Madureitherprogress).", near_miss),
    Rule("TF405", "comma-glue", Phase.TOKENS, Applicability.SAFE,
         "Insert the missing space after a comma between two words (Goulburn,south).", comma_glue),
)
