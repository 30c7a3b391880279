"""Candidate people without spaCy: name forms, titles, credits, and the spaCy clean-up rules.

Every sentence here is written for the test (not taken from the evaluation articles).
"""

import pandas as pd

from analysis.actor_dictionary import ActorDictionary, candidate_spans
from analysis.person_names import (
    heuristic_spans,
    is_credit,
    name_after_role,
    person_evidence,
    unlikely_person,
)
from analysis.person_surnames import first_names, surname_index


def _people(text: str) -> list[str]:
    return [text[s:e] for s, e, k in heuristic_spans(text) if k == "person"]


def test_initials_stay_inside_a_name_and_suffixes_are_dropped():
    text = ("Chief of staff Mary K. Olsen met George W. Bush Jr. and J. Christopher Stevens. "
            "E.J. Dionne and Harry Hurt III wrote; Edgar A. Poe did not.")
    assert _people(text) == ["Mary K. Olsen", "George W. Bush", "J. Christopher Stevens",
                             "E.J. Dionne", "Harry Hurt", "Edgar A. Poe"]
    # a middle initial is evidence of a name even for a given name outside the census list
    assert person_evidence("Then Elez B. Biberaj spoke.", 5, 20) == "initials"


def test_initials_of_places_and_sentence_ends_are_not_names():
    text = "The U.S. Senate voted. He chose Plan B. The House and D.C. Council met."
    assert _people(text) == []
    assert all("B. The" not in text[s:e] for s, e, _ in heuristic_spans(text))


def test_abbreviated_titles_make_a_person_and_are_cut_off():
    text = ("Later Sen. Ted Cruz spoke, and Mr. Okafor replied. Rep. Lena Dahl (R-Ohio) and "
            "Gov. Fallin agreed with Secretary of State Joan Amari and Mr. Altman of Evercore.")
    assert _people(text) == ["Ted Cruz", "Okafor", "Lena Dahl", "Fallin", "Joan Amari",
                             "Altman"]


def test_names_after_capitalised_offices():
    text = ("Police Commissioner Richard Ross, Clark County Sheriff Joe Lombardo and "
            "Filmmaker Jack Marino spoke. Judge Garland listened; Garland nodded.")
    assert _people(text) == ["Richard Ross", "Joe Lombardo", "Jack Marino", "Garland"]
    assert name_after_role(["Police", "Commissioner", "Richard", "Ross"]) == 2
    # an office before a common word, a one-off word or a heading in capitals is not a name
    assert name_after_role(["Equal", "Justice", "Under", "Law"], "it is under review") == 0
    assert name_after_role(["Convention", "Speaker", "Announcement"], "Speaker Announcement") == 0
    assert name_after_role(["DNC", "Chair", "DEBBIE", "WASSERMAN"], "") == 0


def test_titles_of_other_parliaments_are_cut_off():
    # Canadian, Australian and Chinese offices before a name: the person is the name alone
    text = ("Ontario Premier Doug Ford met Conservative MP Pierre Poilievre, Chinese Premier "
            "Li Keqiang and Councillor Jane Smith.")
    assert _people(text) == ["Doug Ford", "Pierre Poilievre", "Li Keqiang", "Jane Smith"]


def test_a_title_word_inside_a_place_or_firm_name_makes_no_person():
    text = ("A nurse at Toronto General Hospital, a worker at General Motors and a visitor to "
            "Prince Edward Island met Gen. Mark Milley and Sen. Frank Church.")
    assert _people(text) == ["Mark Milley", "Frank Church"]


def test_credit_lines_are_not_people():
    text = ("Mayor Ann Coe spoke.\n\nJane Doe and Bo Li contributed reporting.\n"
            "Wolf reported from Kabul.\nAmy Tran contributed.")
    assert is_credit(text, text.index("Jane"), text.index(" and Bo"))
    assert is_credit(text, text.index("Bo Li"), text.index(" contributed"))
    assert is_credit(text, text.index("Wolf"), text.index(" reported"))
    assert is_credit(text, text.index("Amy"), text.index(" contributed."))
    assert not is_credit(text, text.index("Ann"), text.index(" spoke"))
    assert not is_credit("Ann Coe reported that rents rose.", 0, 7)
    line = "(Reporting by Ann Coe; Editing by Tom Bell)"
    assert is_credit(line, line.index("Ann"), line.index(";"))
    assert is_credit(line, line.index("Tom"), line.index(")"))


def test_a_name_alone_on_its_line_is_a_signature_unless_the_text_returns_to_it():
    letter = "Raise the tax.\n\nPaula Greer.\n\nMesa, Ariz.\n\nNext letter."
    assert is_credit(letter, letter.index("Paula"), letter.index("."+"\n\nMesa"))
    profile = "Four voters.\n\nMina Farouk.\n\nFarouk, a nurse, votes early."
    assert not is_credit(profile, profile.index("Mina"), profile.index(".\n\nFarouk"))


def test_spacy_one_word_people_need_evidence_against_a_things_context():
    text = ("Follow her on Twitter. The Dodd-Frank rules stay. The Koch brothers paid. "
            "Rachel Maddow asked; later on Maddow. Hitler was named. Mr. Breen left; "
            "on Breen's desk. Burberry shares rose. Quiros said no. Shares of striker Barton.")

    def unlikely(word: str) -> bool:
        i = text.index(word)
        return unlikely_person(text, i, i + len(word))

    assert unlikely("Twitter")  # after "on": a medium
    assert unlikely("Dodd")  # half of a hyphenated compound
    assert unlikely("Koch")  # always after an article
    assert not unlikely("Maddow")  # the text names Rachel Maddow
    assert not unlikely("Breen")  # "Mr. Breen"
    assert not unlikely("Quiros")  # "Quiros said"
    assert not unlikely("Barton")  # "striker Barton"
    # no evidence of a person anywhere: most often a firm, a place, a band or a title
    assert unlikely("Burberry")
    assert unlikely("Hitler")


def test_lone_first_and_second_surnames_join_the_full_name():
    assert first_names(["Bill Clinton", "Hillary Clinton", "Bill Gates", "Xu Bo"]) == {
        "Hillary": "Hillary Clinton"}
    index = surname_index([("Melba Acosta Febo", "person"), ("Ruth Ann Long", "person"),
                           ("Jose Acosta", "person")])
    assert index["Febo"][0] == "Melba Acosta Febo"
    assert index["Acosta"][0] == "Jose Acosta"  # a last word wins over a middle one
    assert "Ann" not in index  # a given name in the middle is not a surname


def test_candidate_spans_join_titles_initials_and_first_names():
    d = ActorDictionary(pd.DataFrame({"actor": ["Iran"], "type": ["state"]}))
    texts = ["Benjamin J. Rhodes, a deputy adviser, spoke. ''No,'' Mr. Rhodes said. "
             "Melba Acosta Febo agreed; Ms. Acosta left.\n\nTom Reyes contributed reporting."]
    mentions = pd.DataFrame({"doc": [], "start": [], "end": []}, dtype="int64")
    spans = candidate_spans(texts, mentions, d, method="heuristic")
    people = spans[spans["actor_type"] == "person"]
    assert people["actor"].tolist() == ["Benjamin J. Rhodes", "Benjamin J. Rhodes",
                                        "Melba Acosta Febo", "Melba Acosta Febo"]
    assert "Tom Reyes" not in set(spans["actor"])


def test_word_glued_to_a_name_is_dropped_only_before_a_name():
    from analysis.person_names import heuristic_spans
    text = ("Donald Trump skipped the debate. Absent Trump, the candidates were absent from the "
            "news. The Liberal Party, a liberal force, met. Rival Hillary Clinton, his rival, "
            "spoke.")
    spans = [text[s:e] for s, e, _k in heuristic_spans(text)]
    assert "Absent Trump" not in spans and "Rival Hillary Clinton" not in spans
    assert "Hillary Clinton" in spans
    assert "Liberal Party" in spans  # a body's first word stays ("Party" ends no other name)
