"""Issue 15, seventh round: where reported content ends (`analysis.quotes.content_ends`), and
quoted phrases that are no statements.

Every sentence here is written for the test (no article text). The first cases of each test
failed on 909615b (the content ran on, stopped short, "according to" took "But" as its content,
a quoted phrase was a direct quotation); the guards (marked) passed there and must keep passing.
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
    ("The report said settlers had distributed leaflets during tours, performed dances, and "
     "conducted a ritual at the site.", "settlers had distributed leaflets during tours, "
     "performed dances, and conducted a ritual at the site"),
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
    # adjuncts of time, concession and means; a predicate coordinated with the reporting verb
    ("Sanders praised the president after a meeting on trade.", "the president"),
    ("Mr. Smith denied the charges through his lawyer.", "the charges"),
    ("The defendant claimed self-defense and was acquitted of all charges.", "self-defense"),
    ("The governor spent the day in Ohio, proposing a ban on imports and taunting his rival.",
     "a ban on imports"),
    # guards: the object goes on after the adjunct; a new clause after a comma is no list item
    ("The coach posted a comment on Twitter that compared the referees to thieves.",
     "a comment on Twitter that compared the referees to thieves"),
    ("The mayor criticized the ruling, and the council filed an appeal.", "the ruling"),
    ("The mayor criticized the ruling, He said nothing else and left.", "the ruling"),
    ("He criticized the meeting before the vote that ended the strike.",
     "the meeting before the vote that ended the strike"),
])
def test_object_end(text, content):
    assert _contents(text, "object") == [content]


def test_coordinated_reporting_predicate():  # guard: two acts of one subject
    rows = _rows("The senator blamed the outage on hackers but later admitted the mistake.")
    assert [(r[2], r[3]) for r in rows] == [("blame", "the outage on hackers"),
                                           ("admit", "the mistake")]


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


@pytest.mark.parametrize("text, phrase", [
    ("Fans of the team still call him “the big man upstairs” in the stands.",
     "“the big man upstairs”"),
    ("Residents of the valley know the old mill as “the sleeping giant” even now.",
     "“the sleeping giant”"),
])
def test_quoted_phrase_is_a_term(text, phrase):
    assert [r for r in _rows(text) if r[0] in ("direct", "term")] == [("term", None, None, phrase)]


@pytest.mark.parametrize("text, quotation", [  # guards
    ("Nobody expected this outcome today, least of all the staff.\n\n“We will look at every "
     "option and decide.”", "“We will look at every option and decide.”"),
    ("Union leaders called the offer “a very bad deal.”", "“a very bad deal.”"),
    ("The agency reported new figures. “Nothing has changed since March at all,” the memo "
     "concludes.", "“Nothing has changed since March at all,”"),
])
def test_statements_stay_direct(text, quotation):
    assert quotation in [r[3] for r in _rows(text) if r[0] == "direct"]


@pytest.mark.parametrize("text, content", [
    # a relative clause inside the content's subject: the content goes on to its verb
    ("Protesters are demanding that the state flag, which includes the stars and bars, be "
     "removed from the display.",
     "the state flag, which includes the stars and bars, be removed from the display"),
    ("Analysts say that Mrs. Clinton, who has outraised every other candidate, still faces a "
     "difficult road.",
     "Mrs. Clinton, who has outraised every other candidate, still faces a difficult road"),
    # a relative clause after the content stays the reporter's addition
    ("She said the campaign entered into an agreement with the firm, which worked with two "
     "consultants on the data.", "the campaign entered into an agreement with the firm"),
])
def test_relative_clause_inside_the_content(text, content):
    q = quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    assert q[q["within"].isna()]["text"].tolist() == [content]


@pytest.mark.parametrize("text, contents", [
    # the statement goes on after a medial attribution: a reason, a clause after "and", a
    # quantity
    ("He is leaning toward Kasich, he said, because he prizes electability.",
     ["He is leaning toward Kasich", "because he prizes electability"]),
    ("The race was over, she said, and the party had to unite behind the nominee.",
     ["The race was over", "the party had to unite behind the nominee"]),
    ("Now, he says, at least seven of the delegates have signed on to the effort.",
     ["at least seven of the delegates have signed on to the effort"]),  # (a lead of one or two
    # words alone is no statement)
])
def test_statement_resumed_after_a_medial_attribution(text, contents):
    q = quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    assert q["text"].tolist() == contents


def test_attribution_coordinated_with_another_act_does_not_resume():
    # "…, she said, and then left": "and" + a verb with no subject is her next act, not content
    q = quotes(pd.DataFrame({"doc_id": ["d"], "text": [
        "The race was over, she said, and then left the stage without taking questions."]}))
    assert q["text"].tolist() == ["The race was over"]
