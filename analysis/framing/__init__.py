"""Framing: the labels outlets choose, the terms that set them apart, and the tone around actors.

Every result is split by *voice* — what an outlet writes itself ("own") versus what it puts
between quotation marks ("quoted") — because an outlet that quotes IRNA's "Zionist regime" has
not called Israel that itself. Paraphrase and indirect speech are the outlet's own words. Voice
is decided in :mod:`analysis.voice`; every function here takes ``spans=``, a
:func:`analysis.voice.voice_spans` table computed once, instead of finding the quotations again.

- :func:`label_choices` → ``referent, label, <by>, voice, count, articles, total, share, …``
  (with its lexicon in :mod:`analysis.framing.labels`).
- :func:`distinctive_terms` → ``<by>, other, term, ngram, count, …, log_odds, se, z, p, q``: the
  weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008),
  in :mod:`analysis.framing.terms` with its map and reduce steps :func:`ngram_counts` and
  :func:`score_ngram_counts`.
- :func:`tone_toward` → ``<by>, actor, voice, n_sentences, articles, mean, ci_low, ci_high, …``:
  VADER compound scores (Hutto & Gilbert 2014) of the sentences that mention each actor
  (:mod:`analysis.framing.tone`).
- :func:`term_contexts` and :func:`tone_sentences` give the passages behind those numbers.
"""

from __future__ import annotations

from .labels import check_labels, find_labels, label_choices, load_labels
from .terms import (  # noqa: F401  (private names other modules and tests import from here)
    _background,
    _voice_texts,
    distinctive_terms,
    ngram_counts,
    score_ngram_counts,
    term_contexts,
    weighted_log_odds,
)
from .tone import tone_sentences, tone_toward

__all__ = [
    "check_labels", "distinctive_terms", "find_labels", "label_choices", "load_labels",
    "ngram_counts", "score_ngram_counts", "term_contexts", "tone_sentences", "tone_toward",
    "weighted_log_odds",
]
