"""Attributions the extraction lost on real text (issue 15, eighth session, 2026-12-06), found
among PolNeAR train relations with no prediction near them: a subject that names nobody but is a
noun of people ("The employee, a registered Republican who …, said"), a subject with a
restrictive relative clause before its verb ("Many supporters who came to … say", "The judges who
ruled that … said"), an inverted speaker with a relative clause after it ("…, said former
governor Ed Rendell, who serves as …"), a relative clause on the adverbial before "that" ("said on
CNN, where he is now a paid contributor, that …") and a reported clause without "that" whose
subject is a noun phrase ("CNN reported at least six planes filled …"); and, from the speaker
errors of the BBC and AllSides sets already read, a brand written with an inner capital
("ProPublica") that took "she" from the person after it, "Late Monday," read as a subject, and a
surname ending like a demonym ("Shanahan") that took the verb after it, and an organisation's
acronym ("The SEC said") or head ("the Bank said") left apart from the name the article spells
out; then, from the errors of the two held-out sets of this session once scored (BBC batch 18,
AllSides batch 17), titles ("the Reverend", "Solicitor"), "Afterward," and appositions around a
name ("Argentine Economic Minister, Roberto Lavagna, told"). Sentences written for
these tests (no corpus text); each fails on the commit before this session, except the guards of
a rule's limits and the farmers, whom the old subject walk already read."""

import pandas as pd
import pytest

from analysis.quotes import quotes


def table(text: str) -> pd.DataFrame:
    return quotes(pd.DataFrame({"doc_id": ["d0"], "text": [text]}))


def triples(text: str, kinds=("direct", "indirect", "object", "according_to")) -> list:
    q = table(text)
    q = q[q["kind"].isin(kinds)]
    return list(zip(q["kind"], q["speaker"].astype(str), q["speaker_resolved"].astype(str),
                    q["text"]))


@pytest.mark.parametrize("text, speaker, content", [
    ("The employee, a registered Republican who spoke on the condition of anonymity, said she "
     "became pregnant last year.", "The employee", "she became pregnant last year"),
    ("The nurse of nearly ten years, a mother of three who asked not to be named, said the ward "
     "had closed.", "The nurse", "the ward had closed"),
])
def test_a_noun_of_people_opening_the_clause_is_the_speaker_past_its_apposition(
        text, speaker, content):
    got = triples(text)
    assert [(k, s, c) for k, s, _r, c in got] == [("indirect", speaker, content)]


@pytest.mark.parametrize("text, speaker, content", [
    ("But many diehard supporters who came to Philadelphia to protest this week's convention say "
     "they'll shift their support to Stein.",
     "many diehard supporters who came to Philadelphia to protest this week's convention",
     "they'll shift their support to Stein"),
    ("The judges who ruled that the state could not enforce its law said the problem was the "
     "choice of documents.", "The judges who ruled that the state could not enforce its law",
     "the problem was the choice of documents"),
    ("Farmers who lost their crops in the drought say the aid came too late.",
     "Farmers who lost their crops in the drought", "the aid came too late"),
])
def test_a_restrictive_relative_clause_leaves_the_phrase_it_modifies_the_speaker(
        text, speaker, content):
    got = [(k, s, c) for k, s, _r, c in triples(text) if c == content]
    assert got == [("indirect", speaker, content)]


def test_the_judges_past_a_conjunct_and_their_relative_clause():
    text = ("The judges who ruled that the state could not enforce its law, for instance, said the "
            "problem was the choice of documents.")
    got = triples(text)
    assert [(k, s.split()[:2], c) for k, s, _r, c in got] == [
        ("indirect", ["The", "judges"], "the problem was the choice of documents")]


def test_an_inverted_speaker_described_by_a_relative_clause():
    text = ("The group is 9 million dollars short of its goal, said former Pennsylvania governor "
            "Ed Rendell, who serves as chairman of the committee.")
    assert triples(text) == [("indirect", "former Pennsylvania governor Ed Rendell", "Ed Rendell",
                              "The group is 9 million dollars short of its goal")]


def test_a_relative_clause_on_the_adverbial_before_that():
    text = ("Corey Lewandowski said on CNN, where he is now a paid contributor, that Manafort "
            "should be held to account.")
    assert triples(text) == [("indirect", "Corey Lewandowski", "Corey Lewandowski",
                              "Manafort should be held to account")]


@pytest.mark.parametrize("text, speaker, content", [
    ("CNN reported at least six skywriting planes filled the skies with anti-Trump messages.",
     "CNN", "at least six skywriting planes filled the skies with anti-Trump messages"),
    ("The agency announced the new rules would take effect in May.", "The agency",
     "the new rules would take effect in May"),
    ("Scarborough suggested Donald Trump's refusal to answer could disqualify him.",
     "Scarborough", "Donald Trump's refusal to answer could disqualify him"),
])
def test_a_clause_without_that_after_a_that_verb_is_reported_speech(text, speaker, content):
    got = [(k, s, c) for k, s, _r, c in triples(text)]
    assert got == [("indirect", speaker, content)]


@pytest.mark.parametrize("text, kind, content", [
    # guards: an object noun phrase stays an object; a hearer before the clause is no subject
    ("The firm reported strong earnings in the third quarter.", "object",
     "strong earnings in the third quarter"),
    ("A well-connected source told him the nominee had not paid any taxes.", "indirect",
     "the nominee had not paid any taxes"),
    ("The minister told CBC News the plan would create 14,000 units.", "indirect",
     "the plan would create 14,000 units"),
    ("Conservative groups reported spending 6 million dollars on advertising.", "object",
     "spending 6 million dollars on advertising"),
])
def test_a_noun_phrase_without_a_verb_after_it_is_no_clause(text, kind, content):
    got = [(k, c) for k, _s, _r, c in triples(text)]
    assert got == [(kind, content)]


def test_a_brand_written_with_an_inner_capital_is_no_person_for_a_pronoun():
    text = ("According to ProPublica, Clinton praised her donors. She also asked the bankers to "
            "suspend foreclosures.")
    got = [(s, r) for _k, s, r, _c in triples(text)]
    assert ("She", "Clinton") in got
    q = table(text)
    assert q.loc[q["speaker"] == "ProPublica", "speaker_kind"].tolist() != ["person"]


def test_a_surname_with_an_inner_capital_stays_a_person():
    q = table("According to McCain, the deal was close.")
    assert q[["speaker", "speaker_kind"]].values.tolist() == [["McCain", "person"]]


def test_late_and_a_day_before_a_comma_is_no_subject():
    text = ("Late Monday, McCain met privately with several committee Republicans and urged them "
            "not to filibuster the nomination.")
    assert [s for _k, s, _r, _c in triples(text)] == ["McCain"]


def test_a_surname_ending_like_a_demonym_takes_no_verb_into_the_subject():
    text = ("Acting Defense Secretary Patrick Shanahan withdrew his name from consideration on "
            "Tuesday, saying he wanted to protect his family.")
    assert [(s, r) for _k, s, r, _c in triples(text)] == [
        ("Acting Defense Secretary Patrick Shanahan", "Patrick Shanahan")]
    # guard: a demonym before its noun stays in the subject
    assert [s for _k, s, _r, _c in triples("The interim Egyptian government said it would act.")
            ] == ["The interim Egyptian government"]


def test_an_acronym_speaker_takes_the_name_the_article_spells_out():
    text = ("The Securities and Exchange Commission has extended a deadline. The SEC said the "
            "rules were too strict.")
    assert [r for _k, _s, r, _c in triples(text)] == ["Securities and Exchange Commission"]
    text = ("The International Institute for Strategic Studies published its report. The IISS "
            "said the North had deployed the weapon.")
    assert [r for _k, _s, r, _c in triples(text)] == [
        "International Institute for Strategic Studies"]


@pytest.mark.parametrize("acronym, text", [
    ("NPR", "Photo: Next Pascal Rossignol. NPR said the show was over."),  # a person's name
    ("IRI", "Iran's Revolutionary Institute met. IRI said the talks were over."),  # a possessor
])
def test_no_name_spelt_by_chance(acronym, text):
    from analysis.quotes.acronyms import _long_form
    assert _long_form(acronym, text) is None


def test_attribution_counts_an_acronym_and_its_name_as_one_body():
    from analysis.quotes import attribution
    arts = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "text": [
        "The Securities and Exchange Commission said the rules were too strict.",
        "The SEC said the deadline would not move."]})
    q = quotes(arts)
    assert sorted(q["speaker_resolved"]) == ["SEC", "Securities and Exchange Commission"]
    counts = attribution(arts, q)
    assert counts["speaker"].unique().tolist() == ["Securities and Exchange Commission"]


@pytest.mark.parametrize("text, resolved", [
    ("The Bank of England kept rates on hold. In a report published on Wednesday, the Bank said "
     "that growth was slowing.", "Bank of England"),
    ("The Association of British Insurers warned on Monday. But the Association stressed that "
     "losses will be covered.", "Association of British Insurers"),
    ("Officials met in Libya and the Department of State took notes. The Department said the "
     "talks would go on.", "United States Department of State"),
])
def test_a_bodys_head_written_alone_takes_the_name_before_it(text, resolved):
    assert [r for _k, _s, r, _c in triples(text)][-1] == resolved


def test_a_bodys_head_with_no_name_before_it_stays_as_written():
    assert [r for _k, _s, r, _c in triples("The Bank said that growth was slowing.")] == ["Bank"]


def test_a_comment_after_a_comma_closes_the_reported_clause():
    text = ("He took a heckler in stride, saying the person would not get beat up at his rally, "
            "a swipe at the recent disturbances at other rallies.")
    assert [c for _k, _s, _r, c in triples(text)] == [
        "the person would not get beat up at his rally"]
    # guard: "a" noun phrase that is no comment stays in the clause
    text = "He said the person was a friend, a neighbour at his old home."
    assert [c for _k, _s, _r, c in triples(text)] == [
        "the person was a friend, a neighbour at his old home"]


def test_a_reporting_clause_ending_in_a_colon_introduces_the_next_quotation_only():
    text = ('"We searched long," said chief executive David Moorcroft. "We tested the '
            'candidates." Collins said: "It is a great challenge."')
    assert [(s, c) for _k, s, _r, c in triples(text)] == [
        ("chief executive David Moorcroft", '"We searched long,"'),
        ("chief executive David Moorcroft", '"We tested the candidates."'),
        ("Collins", '"It is a great challenge."')]
    # guard: a quotation closed by a comma keeps the clause after it, colon or not
    assert [(s, c) for _k, s, _r, c in triples('"We won," he said: "It was hard."')] == [
        ("he", '"We won,"'), ("he", '"It was hard."')]


def test_a_fronted_phrase_of_the_content_does_not_end_it_at_its_comma():
    text = "He told investigators that in the following week, he realized he was wrong."
    assert [c for _k, _s, _r, c in triples(text) if _k != "object"][:1] == [
        "in the following week, he realized he was wrong"]
    # guard: a clause before the comma still ends where the next reporting clause joins
    text = "Trump said the deal is bad, he said there is nothing in it."
    assert [c for _k, _s, _r, c in triples(text)] == ["the deal is bad", "there is nothing in it"]


@pytest.mark.parametrize("text, speaker, resolved", [
    ("More than 20 ministers urged fans to stay away, said the Reverend Adrian Rodgers.",
     "the Reverend Adrian Rodgers", "Adrian Rodgers"),
    ("Solicitor Gareth Pierce, who represents eight of the detainees, claimed the detention had "
     "driven them to despair.", "Solicitor Gareth Pierce", "Gareth Pierce"),
    ("Afterward, NATO's secretary general Jens Stoltenberg released a statement saying he stood "
     "with Turkey.", "NATO's secretary general Jens Stoltenberg", "Jens Stoltenberg"),
    ("But last week, Argentine Economic Minister, Roberto Lavagna, told the French media that the "
     "talks would go on.", "Argentine Economic Minister, Roberto Lavagna", "Roberto Lavagna"),
    ("Rep. Carolyn B. Maloney, New York Democrat, gave a rousing defense of Mrs. Clinton, "
     "implying that the panel was biased.", "Rep. Carolyn B. Maloney", "Carolyn Maloney"),
])
def test_titles_and_appositions_around_a_name(text, speaker, resolved):
    got = [(s, r) for k, s, r, _c in triples(text) if s != "More than 20 ministers"]
    assert got == [(speaker, resolved)]


def test_a_fronted_adverb_is_no_name_before_an_apposition():
    text = "Nearby, a caretaker of the shrine said he also backs the president."
    assert [(s, r) for _k, s, r, _c in triples(text)] == [
        ("a caretaker of the shrine", "(unidentified)")]


def test_a_time_named_from_another_is_no_content_after_the_verb():
    text = "The attack was planned, White House spokesman Jay Carney said the other day."
    assert [c for _k, _s, _r, c in triples(text)] == ["The attack was planned"]
    # guard: the same words as the subject of a clause stay the content
    assert [c for _k, _s, _r, c in triples("He said the other day was a holiday.")] == [
        "the other day was a holiday"]


def test_a_that_clause_after_an_adverbial_set_off_by_commas_is_the_content():
    text = ("This week, South Korean envoy Hwang Joon Kook said, after meeting with his U.S. and "
            "Chinese counterparts, that all five parties are ready.")
    assert [c for _k, _s, _r, c in triples(text)] == ["all five parties are ready"]
    # guard: a fronted part of the words reported, then the rest after the parenthetical clause
    text = ("The good news for Cruz, Woolson said, is that as the front-runner, he is almost "
            "guaranteed to attract a media horde.")
    assert len(triples(text)) == 2


@pytest.mark.parametrize("text, content", [
    ("Ferguson admitted his side were well-beaten by the Turks, a result which meant they "
     "finished second.", "his side were well-beaten by the Turks"),
    ("Trump said the wall would cost around 12 billion dollars, while Congressional Republicans "
     "tend to put the figure higher.", "the wall would cost around 12 billion dollars"),
    # guard: "while" with no subject of its own stays in the clause
    ("He said he was tired, while campaigning in Iowa.", "he was tired, while campaigning in Iowa"),
])
def test_a_contrast_or_a_comment_with_a_subject_of_its_own_closes_the_clause(text, content):
    assert [c for _k, _s, _r, c in triples(text)] == [content]


@pytest.mark.parametrize("text, resolved", [
    ("South Korea's Finance and Economy Ministry released its plan on Monday. Growth will be 5%, "
     "the ministry said.", "Finance and Economy Ministry"),
    ("The Securities and Exchange Commission filed charges. The commission said the fraud was "
     "large.", "Securities and Exchange Commission"),
    # guard: no name of that head before: the phrase stays as the resolver left it
    ("The firm said profits rose.", "firm"),
])
def test_a_bodys_head_in_lower_case_takes_the_name_before_it(text, resolved):
    assert [r for _k, _s, r, _c in triples(text)] == [resolved]


def test_a_place_before_man_continues_the_subject_before():
    text = ('Jamie Costin should be paralysed. He says so himself. "I was in a lot of pain," says '
            'the Waterford man.')
    assert [r for _k, _s, r, _c in triples(text)][-1] == "Jamie Costin"
    # guard: with no one named before, the epithet names no one
    assert [r for _k, _s, r, _c in triples('"I was in pain," says the Waterford man.')] == [
        "(unidentified)"]


@pytest.mark.parametrize("text", [
    "Strong showings in the states that held primaries Tuesday strengthened the prospect.",
    "This helps explain why neither candidate invokes the name.",
])
def test_no_speech_event_after_an_article_or_after_help(text):
    assert triples(text) == []


def test_a_demonstrative_subject_still_speaks():
    got = triples("Those who watched said the debate was close.")
    assert [c for _k, _s, _r, c in got] == ["the debate was close"]


def test_a_body_completed_from_its_head_takes_the_dictionarys_name():
    text = ("The State Department issued a travel warning. The Department said citizens should "
            "leave.")
    assert [r for _k, _s, r, _c in triples(text)][-1] == "United States Department of State"
