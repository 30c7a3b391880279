"""Speakers resolved with what the actor dictionary knows (issue 15, ninth round): parties,
offices, presidential nominees by date, titled aliases, and given names of lone speakers; and
Hobbs's main-clause-first order. Sentences written for these tests (no PolNeAR text); each of
them fails on 1431a90 except the last (a guard: the dictionary's short name "Lula" is no
woman's given name, though the census lists it)."""

import pandas as pd

from analysis.quotes import quotes


def resolved(text: str, date: str | None = None) -> dict[str, str]:
    """speaker as written → speaker_resolved (the first row of each speaker)."""
    frame = pd.DataFrame({"doc_id": ["d0"], "text": [text]})
    if date is not None:
        frame["date"] = date
    q = quotes(frame)
    out: dict[str, str] = {}
    for s, r in zip(q["speaker"], q["speaker_resolved"]):
        out.setdefault(s, r)
    return out


def test_a_party_description_skips_the_person_of_the_other_party():
    # Clinton is a Democrat by the dictionary; Trump, the nearer subject, is not
    text = ("Mr. Trump took on Hillary Clinton on Sunday after the Democratic front-runner had "
            "said on Saturday that he was a danger to the country.")
    assert resolved(text)["the Democratic front-runner"] == "Hillary Clinton"


def test_the_candidate_is_the_person_known_as_one_not_the_last_named():
    text = ("Donald Trump bought the golf resort out of bankruptcy in 2012. The club's manager, "
            "Oliver Hedge, runs the course with a staff of forty.\n\nMr. Hedge showed visitors "
            "the greens on Tuesday. During an appearance at the resort, the candidate boasted "
            "that he had whittled down the price.")
    assert resolved(text)["the candidate"] == "Donald Trump"


def test_the_nominee_of_a_party_on_the_articles_day():
    # the dictionary's roles: the Republican nominee of October 2016, though Pence is nearer
    text = ("Donald Trump and Mike Pence campaigned in Ohio. Pence spoke first.\n\n"
            "The Republican nominee said the election was rigged.")
    assert resolved(text, "2016-10-20")["The Republican nominee"] == "Donald Trump"


def test_a_titled_alias_is_the_dictionary_person_not_a_relative():
    # the article's only full name of that surname is Michelle Obama's
    text = ("Michelle Obama spoke in Philadelphia on Monday. President Obama is rolling out a "
            "new message.\n\nThe president told voters he would take it personally.")
    assert resolved(text)["The president"] == "Barack Obama"


def test_a_lone_given_name_gives_the_speaker_its_gender():
    text = ("Donald Trump spoke for an hour. As Trump went on about the rigged system, Melanie "
            "said yes, yes, yes, over and over again, until Trump reached the final words of his "
            "speech.\n\n“I love you,” he said.")
    assert resolved(text)["he"] == "Donald Trump"


def test_the_main_clause_subject_before_a_name_inside_a_fronted_clause():
    text = ("White House spokesman Jay Carney defended Barack Obama on Monday. While refusing to "
            "say whether Obama and Biden were ever briefed, Carney made clear "
            "that decisions were made at the State Department.\n\n“These issues are handled "
            "there,” he said.")
    assert resolved(text)["he"] == "Jay Carney"


def test_a_dictionary_short_name_is_no_given_name():
    text = ("Criticising Mr Bolsonaro's economic policies, Lula vowed to keep fighting for poor "
            "Brazilians.\n\n“People are hungrier,” he added.")
    assert resolved(text)["he"] == "Lula"
