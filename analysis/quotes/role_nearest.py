"""A bare role description's nearest compatible person, for :mod:`analysis.quotes.people`.

Internal to :func:`analysis.quotes.quotes`. "The candidate said" with no name tied to the role:
the antecedent by the pronoun sieve of :mod:`analysis.quotes.threads`, among people compatible
with the description (gender, party, office; Lee et al. 2013, Computational Linguistics 39(4),
§3.3, "compatible modifiers only"); an office held by one person at a time ("the king", "the
prime minister") takes no one the article or the actor dictionary does not know in it.
"""

from __future__ import annotations

from .role_match import _HEAD_GENDER, _ONE_HOLDER, _compatible, _known_as
from .threads import _nearest


def _nearest_in_role(pos, head, words, proper, mentions, m_starts, speakers, text):
    """The antecedent of a bare role description ("the candidate") by the pronoun sieve of
    :func:`_nearest`, among compatible people (gender, party, office): first those the article
    or the actor dictionary knows in the role (:func:`~analysis.quotes.role_match._known_as`),
    then anyone (not for an office named by its modifier: :func:`_names_office`)."""
    want = _HEAD_GENDER.get(head)
    known = _nearest(pos, mentions, m_starts, speakers, want, text, lambda c: c.kind == "person"
                     and _compatible(c, head, words) and _known_as(c, head, words, proper))
    if known is not None or head in _ONE_HOLDER or _names_office(head, words):
        return known  # ("the king", "the prime minister": no one the text does not know so)
    return _nearest(pos, mentions, m_starts, speakers, want, text,
                    lambda c: c.kind == "person" and _compatible(c, head, words))


def _names_office(head: str, words) -> bool:
    """"the prime minister": an office one person holds at a time, named by its modifier —
    held by no one the article or the dictionary does not know in it (not the nearest
    minister, "deputy prime minister Mr Prescott", nor the nearest person at random; a former
    holder may be anyone of the past: "the former prime minister")."""
    return head == "minister" and "prime" in words and "former" not in words
