"""Topics: which subjects a corpus covers, at paragraph or article level, and who covers which.

:func:`topic_model` clusters units (paragraphs or articles) into topics and returns a
:class:`TopicModel` holding tidy tables: ``assignments`` (``unit_id, doc_id, topic, weight``),
``topics`` (``topic, label, top_terms, size, share, representative``), ``passages`` (the units
nearest each topic's centre, with ids that join back to the text) and, for ``n_topics="auto"``,
``selection`` (the stability, raw and beyond chance, of every candidate number of topics).
``model.by("outlet")`` and ``model.by("date", freq="M")`` give topic × outlet and topic × time
shares in long format.

Methods (all deterministic for a given ``random_state``):

- ``"kmeans"`` (default): TF-IDF (Salton & Buckley 1988; sublinear tf, English stop words and
  reporting verbs (:data:`REPORTING_VERBS`), words and word pairs, exact vocabulary counted in
  Arrow kernels) → latent semantic analysis,
  a truncated SVD (Deerwester et al. 1990; Halko et al. 2011 randomised solver) → unit-length
  rows → k-means (Lloyd 1982, k-means++ seeding, Arthur & Vassilvitskii 2007). Weight = cosine
  similarity to the topic centre.
- ``"nmf"``: non-negative matrix factorisation of the TF-IDF matrix (Lee & Seung 1999; NNDSVDa
  start, Boutsidis & Gallopoulos 2008). Weight = the unit's normalised loading on its topic.
- ``"embedding"``: sentence embeddings (Reimers & Gurevych 2019) → k-means, when the
  ``sentence-transformers`` package and a model are installed, or with embeddings you pass.

``n_topics="auto"`` picks k by stability under subsampling beyond that of column-permuted data
(Ben-Hur et al. 2002; Lange et al. 2004; Dudoit & Fridlyand 2002): see :func:`stability` and
:func:`topic_model`. Stories (the same event across outlets) live
in :mod:`analysis.stories`.

The package: :mod:`~analysis.topics.units` (what is clustered), :mod:`~analysis.topics.features`
(TF-IDF, LSA, the fits, topic labels), :mod:`~analysis.topics.selection` (choosing k) and
:mod:`~analysis.topics.model` (:func:`topic_model`, :class:`TopicModel`, :func:`run_agreement`).
"""

from __future__ import annotations

from .features import (
    LABEL_STOP_WORDS,
    LSA_DIMENSIONS,
    LSA_SAMPLE,
    MINIBATCH_ABOVE,
    REPORTING_VERBS,
    TOPIC_STOP_WORDS,
    tfidf,
)
from .model import METHODS, TopicModel, run_agreement, topic_model
from .selection import (
    MAX_TOPICS,
    STABILITY_SAMPLE,
    STABILITY_STARTS,
    STABILITY_SUBSAMPLES,
    STABILITY_TOLERANCE,
    stability,
)
from .units import ARTICLE_UNITS_FROM, UNITS, resolve_unit, topic_units

__all__ = [
    "ARTICLE_UNITS_FROM", "LABEL_STOP_WORDS", "LSA_DIMENSIONS", "LSA_SAMPLE", "MAX_TOPICS",
    "METHODS", "MINIBATCH_ABOVE", "REPORTING_VERBS", "STABILITY_SAMPLE", "STABILITY_STARTS",
    "STABILITY_SUBSAMPLES", "STABILITY_TOLERANCE", "TOPIC_STOP_WORDS", "UNITS", "TopicModel",
    "resolve_unit", "run_agreement", "stability", "tfidf", "topic_model", "topic_units",
]
