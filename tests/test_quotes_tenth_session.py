"""Reported clauses the kit missed or misread in PolNeAR train (issue 15, tenth session,
2026-12-06): the topic after "said of" is no statement ("“…,” he said of the group, adding the
U.S. must …"); a reported clause without "that" after a verb that takes a clause only ("adding
the country must pay"); a short quotation that closes a relative clause before the verb
("Humphrey, who calls Trump a “sociopath,” said he …"); a share of "those surveyed". Sentences
written for these tests (no corpus text); each fails on the commit before this session, except
the guards of a rule's limits."""

import pandas as pd
import pytest

from analysis.quotes import quotes


def rows(text: str) -> list[tuple[str, str, str]]:
    """(speaker, verb, content) of each row with a speaker."""
    q = quotes(pd.DataFrame({"doc_id": ["d0"], "text": [text]}))
    q = q[q["speaker"].notna()]
    return list(zip(q["speaker"].astype(str), q["verb"].astype(str), q["text"].astype(str)))


def test_the_topic_after_said_of_is_no_statement_and_the_added_clause_is():
    got = rows("“They have a global strategy,” he said of the terrorist group, adding the U.S. "
               "must be equally global to match it. Then he left.")
    assert ("he", "say", "“They have a global strategy,”") in got
    assert ("he", "add", "the U.S. must be equally global to match it") in got
    assert not any(c.startswith("of ") for _s, _v, c in got)


def test_a_part_of_a_number_after_said_of_is_the_clause_subject():
    # guard: "of the three mortars" opens the reported clause, not its topic
    got = rows("The sources said of the three mortars fired, one hit the roof of the dining "
               "hall.")
    assert [c for _s, v, c in got if v == "say"] == [
        "of the three mortars fired, one hit the roof of the dining hall"]


def test_a_clause_without_that_after_a_verb_of_clauses_only():
    got = rows("The senator said the plan was dead, adding the country must pay for the war.")
    assert ("The senator", "add", "the country must pay for the war") in got
    got = rows("Officials at the agency found the money was missing from the account.")
    assert [c for _s, v, c in got if v == "find"] == ["the money was missing from the account"]


def test_an_infinitive_after_to_is_no_finite_verb_of_a_clause():
    # guard: "delegates to put him over the top" is the object, no reported clause
    got = rows("Sanders said at the rally that the state had enough pledged delegates to put "
               "him over the top.")
    assert [v for _s, v, _c in got] == ["say"]


def test_a_quotation_closing_a_relative_clause_leaves_the_main_verb_its_subject():
    text = ("Humphrey, who calls Trump a “sociopath,” said he doesn’t believe the effort "
            "requires a settled alternative.")
    assert ("Humphrey", "say", "he doesn’t believe the effort requires a settled alternative"
            ) in rows(text)
    text = ("Humphrey, a critic who calls Trump a “sociopath,” said he doesn’t believe the "
            "effort requires a settled alternative.")
    assert ("Humphrey", "say", "he doesn’t believe the effort requires a settled alternative"
            ) in rows(text)
    # guard: a quotation that opens its clause is the verb's own
    got = rows("“We will win,” said Smith, who added that it was over.")
    assert ("Smith", "say", "“We will win,”") in got


def test_a_share_of_those_surveyed_reports():
    got = rows("Thirty-one percent of those surveyed say they would be satisfied if he won the "
               "nomination.")
    assert got == [("Thirty-one percent of those surveyed", "say",
                    "they would be satisfied if he won the nomination")]


def resolved(text: str) -> list[tuple[str, str, str]]:
    """(speaker, speaker_resolved, speaker_kind) of each row with a speaker."""
    q = quotes(pd.DataFrame({"doc_id": ["d0"], "text": [text]}))
    q = q[q["speaker"].notna()]
    return list(zip(q["speaker"].astype(str), q["speaker_resolved"].astype(str),
                    q["speaker_kind"].astype(str)))


def test_a_firm_named_research_or_securities_is_a_body_and_its_short_name_too():
    got = resolved("A study by Forrester Research found sales had slowed. Forrester said the "
                   "trend would continue into next year.")
    assert ("Forrester", "Forrester Research", "organisation") in got
    got = resolved("Online sales will double, Jupiter Research said on Monday.")
    assert got == [("Jupiter Research", "Jupiter Research", "organisation")]
    got = resolved("Shares fell 3%, Daiwa Securities said in a note.")
    assert got == [("Daiwa Securities", "Daiwa Securities", "organisation")]
    # guard: a person "of" a firm is the person
    got = resolved("Fees will rise, said Dominic Hirsch of Retail Banking Research.")
    assert [g[1:] for g in got] == [("Dominic Hirsch", "person")]


def test_more_verbs_of_saying_and_characterizing_report():
    # Levin 1993 §29.2 (characterize), §29.5 (conjecture), §37.3 (manner of speaking)
    got = rows("Another critic, Laurence Tribe, likened the rules to burning the Constitution.")
    assert ("Another critic, Laurence Tribe", "liken", "the rules to burning the Constitution"
            ) in got
    got = rows("The president portrayed Mr. Trump as a divisive candidate.")
    assert ("The president", "portray", "Mr. Trump as a divisive candidate") in got
    got = rows("Crime experts have concluded that most homicides occur among acquaintances.")
    assert ("Crime experts", "conclude", "most homicides occur among acquaintances") in got
    got = rows("Trump speculated that the men detained could be part of the group.")
    assert ("Trump", "speculate", "the men detained could be part of the group") in got
    got = rows("His campaign protested that the aides were being disingenuous.")
    assert ("His campaign", "protest", "the aides were being disingenuous") in got
    # guards: a noun or an adjective of the same word reports nothing
    assert rows("Fiorina showed subtle hints that she was having second thoughts.") == []
    assert rows("Chief Petty Officer Lyle White pleaded guilty to mishandling documents.") == []


def test_a_share_set_off_by_commas_and_an_inside_source_are_subjects():
    got = rows("A third of independents, 33%, say they feel that way.")
    assert [(v, c) for _s, v, c in got] == [("say", "they feel that way")]
    got = rows("The plan, an inside source said, is to have volunteers pass out reprints.")
    assert [s for s, _v, _c in got] == ["an inside source"]


def test_a_participle_after_a_subordinator_reports_for_the_main_subject():
    got = rows("While saying that he does respect Mrs. Clinton, he continued to express his "
               "anger.")
    assert got == [("he", "say", "he does respect Mrs. Clinton")]  # ("continued to express":
    # an infinitive, no clause-final "continued")
    got = rows("After saying he was nervous to ask a question, the man ended up in the middle.")
    assert got == [("the man", "say", "he was nervous to ask a question")]
    assert rows("Without saying why, the senator left the room.") == []  # guard


def test_a_clause_opening_definite_subject_before_a_long_appositive():
    got = rows("The newspaper, long a vocal advocate of immigration reform, writes that Haley "
               "has sought to differentiate the systems.")
    assert got == [("The newspaper", "write", "Haley has sought to differentiate the systems")]
    got = rows("The project website, run by Michael McDonald, an associate professor at the "
               "University of Florida, said the estimated turnout is based on the ballots.")
    assert [(s, v) for s, v, _c in got] == [("The project website", "say")]


def test_an_object_list_of_bare_nouns_runs_to_its_last_item():
    got = rows("Sanders blamed low economic growth, unemployment and growing economic inequality "
               "for the unrest.")
    assert [c for _s, v, c in got if v == "blame"] == [
        "low economic growth, unemployment and growing economic inequality for the unrest"]
    got = rows("Trump called himself the first gentleman, first husband or even first dude.")
    assert [c for _s, v, c in got if v == "call"] == [
        "himself the first gentleman, first husband or even first dude"]
    # guard: a parenthetical attribution is no list item
    got = rows("He criticized the deal, officials said, and left.")
    assert [c for _s, v, c in got if v == "criticize"] == ["the deal"]


def test_two_named_people_joined_by_and_are_one_joint_speaker():
    got = resolved("Tony Blair and Ruth Kelly said the plan would work.")
    assert got == [("Tony Blair and Ruth Kelly", "Tony Blair and Ruth Kelly", "group")]
    got = resolved("Republican Sens. Kelly Ayotte of New Hampshire and Bob Corker of Tennessee "
                   "said they would vote no.")
    assert [g[1:] for g in got] == [("Kelly Ayotte and Bob Corker", "group")]
    # guards: a person on one side only keeps the resolver's label
    got = resolved("The White House and President Trump said the deal was good.")
    assert [g[1:] for g in got] == [("Donald Trump", "person")]


@pytest.mark.parametrize("text, expected", [
    ("Thousands of Google employees have signed an open letter to the chief executive. The "
     "letter said the company should not be in the business of war.",
     ("The letter", "Google employees", "group")),
    ("The Cuban government published a statement on Monday. The statement said the embargo was "
     "cruel.", ("The statement", "Cuban government", "organisation")),
    ("Trump’s legal team sent a letter to the committee. The letter said the inquiry was "
     "illegitimate.", ("The letter", "Trump’s legal team", "organisation")),
    # guard: ministers who issue a statement speak for their body
    ("Nato foreign ministers issued a statement on Tuesday. The statement said allies would "
     "respond.", ("The statement", "NATO", "organisation")),
])
def test_a_document_is_its_signers_or_the_body_that_issued_it(text, expected):
    assert expected in resolved(text)


def test_a_document_by_a_named_body_is_the_body_s():
    got = resolved("A report by Oxfam said users upload content.")
    assert got == [("A report by Oxfam", "Oxfam", "organisation")]
    got = resolved("Users upload content, according to a report by UK think-tank Demos. The "
                   "report said more people would do so.")
    assert [g[1:] for g in got] == [("Demos", "organisation")] * 2
    got = resolved("A study by Michael White said users upload content.")  # guard: a person
    assert got == [("A study by Michael White", "Michael White", "person")]


def test_a_shadow_or_deputy_office_is_not_the_office_nor_the_reverse():
    text = ("Gordon Brown slightly increased borrowing. The chancellor also hailed the longest "
            "period of growth. But Oliver Letwin, for the Tories, attacked government red tape. "
            "The shadow chancellor said the golden rule had turned to dross.")
    got = resolved(text)
    assert ("The chancellor", "Gordon Brown", "person") in got
    assert ("The shadow chancellor", "Oliver Letwin", "person") in got


def test_an_and_inside_a_title_joins_no_two_speakers():
    got = resolved("Minister for Children, Young People and Families Margaret Hodge said the "
                   "plan would work.")
    assert [g[2] for g in got] == ["person"]


def test_a_report_a_lede_announces_is_the_body_the_next_sentence_opens_with():
    got = resolved("The government will only hit its target if courses are more attractive, a "
                   "report says. The National Audit Office found that many adults lacked "
                   "skills.")
    assert ("a report", "National Audit Office", "organisation") in got
    got = resolved("Prices will rise, a report says. Ministers said it was wrong.")  # guard
    assert ("a report", "report", "document") in got


def test_a_name_cut_by_the_resolver_takes_no_longer_body_name():
    # guard: "General Motors" (resolved as "Motors") is not "Motors Acceptance Corp"
    got = resolved("General Motors Acceptance Corp lent more. General Motors said sales rose.")
    assert all("Acceptance" not in g[1] for g in got if g[0] == "General Motors")


def test_an_inverted_unnamed_source_with_its_post_modifier():
    got = resolved("The deal is done, said people familiar with the matter.")
    assert got == [("people familiar with the matter", "(anonymous source)", "anonymous")]
    got = resolved("The economy will grow, said officials close to the talks.")
    assert got == [("officials close to the talks", "(anonymous source)", "anonymous")]
    got = resolved("Part of the problem, say experts, is the ground itself.")
    assert {g[0] for g in got} == {"experts"}
    assert resolved("The car was red, said people in the street.") == []  # guard


def test_a_participle_aside_ending_in_a_name_is_no_part_of_the_subject():
    got = resolved("The president, speaking to reporters at the White House, said the deal was "
                   "dead.")
    assert [g[0] for g in got] == ["The president"]
    got = resolved("The report, published on Tuesday, found that crime had fallen.")
    assert [g[0] for g in got] == ["The report"]
    got = resolved("One of the men, Kim Dong-chul, said the deal was dead.")  # guard
    assert [g[1] for g in got] == ["Kim Dong-chul"]


def test_a_document_signed_or_released_by_someone_in_an_aside_is_theirs():
    got = resolved("The statement, signed by Senator John Smith, said the deal was dangerous.")
    assert got == [("The statement", "John Smith", "person")]


def test_people_placed_by_where_they_are_are_the_people_not_the_place():
    got = resolved("Officials in Washington said the talks had stalled.")
    assert got == [("Officials in Washington", "(anonymous source)", "anonymous")]
    got = resolved("Police in the city said two men had been arrested.")
    assert [g[0] for g in got] == ["Police in the city"]
