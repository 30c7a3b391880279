"""Issue 15, seventh round: where reported content ends (`analysis.quotes.content_ends`).

Every sentence here is written for the test (no article text). The first block of each test
failed on 909615b (the content ran on, stopped short, or "according to" took "But" as its
content); the guards hold statements whose content must not be cut.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.quotes import quotes


def _rows(text: str) -> list[tuple]:
    q = quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return [tuple(None if v is pd.NA else v for v in r)
            for r in q[["kind", "speaker", "verb", "text"]].values.tolist()]


def _contents(text: str, kind: str) -> list[str]:
    return [r[3] for r in _rows(text) if r[0] == kind]


@pytest.mark.parametrize("text, content", [
    # a fronted adverbial clause holds the reporting verb: the content ends before the main clause
    ("Although in March she said her decision was a mistake, she later defended it at a town "
     "hall.", "her decision was a mistake"),
    ("A few weeks after the minister announced that the program would end, the agency hired new "
     "staff.", "the program would end"),
    ("And while the chairman says the committee will meet in May, members have not been told.",
     "the committee will meet in May"),
    # a predicate coordinated with the reporting verb's own, no subject of its own
    ("Ryan insists the party must be a party of ideas, and has championed an agenda of tax cuts.",
     "the party must be a party of ideas"),
    ("The union said the contract was fair, but rejected the wage offer.",
     "the contract was fair"),
    # guards: the content keeps its own commas and subjects
    ("The governor said the budget was balanced, while the council found a deficit.",
     "the budget was balanced"),
    ("The mayor said the city, which has grown fast, needs more buses and trains.",
     "the city, which has grown fast, needs more buses and trains"),
    ("Officials said that if the storm turns north, the coast will be evacuated.",
     "if the storm turns north, the coast will be evacuated"),
])
def test_indirect_content_end(text, content):
    assert _contents(text, "indirect") == [content]


@pytest.mark.parametrize("text, content", [
    # the setting of the act (occasion, medium, venue) is no part of its object
    ("The senator praised the new trade agreement in an interview on Sunday.",
     "the new trade agreement"),
    ("The governor criticized the ruling at a news conference in Albany.", "the ruling"),
    ("The candidate mocked his rival on Twitter before the debate.", "his rival"),
    # lists and parties in parentheses stay inside the object
    ("The mayor thanked his parents, his siblings, his wife and his children.",
     "his parents, his siblings, his wife and his children"),
    ("Sen. Jane Roe (D-Ore.) called on Gov. John Doe (R) to resign over the crisis.",
     "Gov. John Doe (R) to resign over the crisis"),
    # guards: the object goes on after the adjunct; a new clause after a comma is no list item
    ("The coach posted a comment on Twitter that compared the referees to thieves.",
     "a comment on Twitter that compared the referees to thieves"),
    ("The mayor criticized the ruling, and the council filed an appeal.", "the ruling"),
    ("The mayor criticized the ruling, He said nothing else and left.", "the ruling"),
])
def test_object_end(text, content):
    assert _contents(text, "object") == [content]


def test_according_to_interrupting_the_sentence():
    rows = _rows("One of the decisions they have made, according to a person close to the "
                 "process, is to turn every attack into a counterattack.")
    assert [r[3] for r in rows] == ["One of the decisions they have made",
                                    "is to turn every attack into a counterattack"]
    assert {r[1] for r in rows} == {"a person close to the process"}  # one reporting act


@pytest.mark.parametrize("text", [
    "The plan will cost two billion dollars, according to the budget office, which published it.",
    "The plan will cost two billion dollars, according to the budget office, and it will take "
    "a decade.",
])
def test_according_to_not_resumed(text):
    assert len(_contents(text, "according_to")) == 1


@pytest.mark.parametrize("text, content", [
    ("But according to the department, nine million more workers will be protected by the rule.",
     "nine million more workers will be protected by the rule"),
    ("In addition, according to the department, the rule takes effect in December.",
     "the rule takes effect in December"),
    ("And it has not gone unnoticed: According to recent polls, the governor trails by ten "
     "points.", "the governor trails by ten points"),
])
def test_according_to_after_a_connective(text, content):
    assert _contents(text, "according_to") == [content]
