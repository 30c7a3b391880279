"""Issue 15, eighth round: speakers for direct quotations left without one
(:mod:`analysis.quotes.attach`).

Every sentence here is written for the test (no article text). Each speaker case failed on
6c10069 (the quotation had no speaker there). The guards at the end check that quotations
nothing attributes stay speakerless (slogans, lyrics, headlines, a round-up of commentators):
they pass on 6c10069 too, by design — they fail if a rule starts inventing speakers.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.quotes import quotes


def _direct(text: str) -> list[tuple]:
    q = quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    q = q[q["kind"] == "direct"]
    return [tuple(None if v is pd.NA or v is None else v for v in r)
            for r in q[["speaker", "cue", "text"]].values.tolist()]


@pytest.mark.parametrize("text, speaker, cue", [
    # the quoting clause after the quotation: subject then verb, an organisation or a text
    ("“North Korea is run by a reckless regime,” the Florida senator and presidential candidate "
     "said in a statement.", "the Florida senator and presidential candidate", "said"),
    ("“The war is a reminder of what is at stake,” Will wrote in his column.", "Will", "wrote"),
    ("“Close the gap now, before the deadline passes,” the email read.", "the email", "read"),
    # a party-and-state tag after the name, then a hearer: "…, R-N.Y., told MSNBC on Monday."
    ('"They had an absolute obligation to tell the president," Rep. Paul Stone, R-N.Y., told '
     "MSNBC on Monday.", "Rep. Paul Stone", "told"),
    # a noun that is also a verb form ("report") does not stop the search for the verb
    ("“Newcomers are settling into the labour market,” the report concluded.", "the report",
     "concluded"),
    # a verb of speaking outside the lexicon, in the quoting position
    ("“People are afraid of wasting their votes,” he surmised.", "he", "surmised"),
    ("“Who is going to pay for the wall?” reacted Mayor Joan Okafor.", "Mayor Joan Okafor",
     "reacted"),
    # inverted, a possessive opening the speaker's phrase
    ('"Leave your weapons at home," opined Cleveland\'s Plain Dealer.',
     "Cleveland's Plain Dealer", "opined"),
    # double apostrophes, initials and an appositive
    ("''We wanted the land,'' said one owner of a shop that sells shoes.", "one owner of a shop",
     "said"),
    # a lower-case description before a name
    ("“The device is a step short of a bomb,” nuclear experts Dana Albrecht and Sergio Kelleher "
     "of the Institute for Science and International Security wrote in a report.",
     "nuclear experts Dana Albrecht and Sergio Kelleher of the Institute", "wrote"),
    # the reporting clause before the quotation
    ("The campaign’s statement then declares “the matter is now closed for good.”",
     "The campaign’s statement", "declares"),
    ("Another advised, “Keep your head down and wait for the storm to pass.”", "Another",
     "advised"),
    ("He concluded, “There is not a single case like this one anywhere in the country.”", "He",
     "concluded"),
    ("An early tweet quoted the senator as saying “we will win this state very easily.”",
     "the senator", "saying"),
    ("As Professor Lind put it: ''The country does a better job at this than most.''",
     "Professor Lind", "put it"),
    ("Asked about the plan, Ms. Okafor shot back, “Nobody asked me about it.”", "Ms. Okafor",
     "shot back"),
])
def test_speaker_of_quotation(text, speaker, cue):
    rows = _direct(text)
    assert rows, text
    assert all(r[0] == speaker and r[1] == cue for r in rows), rows


def test_quotation_continued_after_its_quoting_clause():
    """The second quotation of `“A,” he surmised. “B.”` continues the first one's speaker."""
    rows = _direct("“People are afraid,” he surmised. “I see it every day in the shop.”")
    assert [r[0] for r in rows] == ["he", "he"], rows


def test_floating_quotation():
    """A paragraph opening with a speakerless quotation right after the paragraph of an
    attributed one continues that speaker (Gender Gap Tracker's floating quotation), also when
    the paragraph goes on after the quotation."""
    text = ("“We will build the bridge,” the mayor said at the meeting.\n\n"
            "“It will be finished by spring, and it will cost less than the last one.” The crowd "
            "applauded.")
    rows = _direct(text)
    assert [r[0] for r in rows] == ["the mayor", "the mayor"], rows


@pytest.mark.parametrize("text", [
    # another name stands between the attributed quotation and the next paragraph's quotation
    ("Many argue that “trade wars are easy to start and very hard to end.” Jane Roe, The Daily "
     "Ledger\n\n“Tariffs are taxes on our own consumers and nothing else.” John Doe, Evening "
     "Post"),
    # a noun, not a verb, before the colon
    "Another tweet: “If the president attacks, he will look very bad in the end!”",
    # the verb of a relative clause: its antecedent is no subject of the sentence
    ("In selling the courses, the firm released a marketing video that said, “We have the best "
     "teachers in the country.”"),
    # song lyrics and a quotation inside the reporter's own sentence
    ("The band closed the night with “We are the champions, my friends, and we will keep on "
     "fighting till the end.”"),
    ("The senator’s answer was that “the most important institution in society is the family,” "
     "so government should help families."),
])
def test_unattributed_quotations_stay_speakerless(text):
    rows = _direct(text)
    assert rows, text
    assert rows[-1][0] is None, rows


def test_hearer_after_quotation_is_no_speaker():
    """`“Title,” told me that …`: an object pronoun after the verb is the hearer, not an inverted
    speaker (a guard: an early version of the quoting-clause rule made "me" the speaker)."""
    rows = _direct('It was late. Jane Roe, author of "Why we stay home at night," told me that the '
                   "market has changed.")
    assert rows and all(r[0] != "me" for r in rows), rows


def test_floating_quotation_after_a_statement_of_speech():
    text = ("“Our members want to stay safe,” she said.\n\n"
            "Mooring added that many classrooms still lack proper air filtration.\n\n"
            "“We've been asking for this since the beginning of the pandemic.\n\n"
            "“It's frustrating that it took so long.”")
    q = quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    direct = q[q["kind"] == "direct"]
    assert direct["speaker"].tolist()[1:] == ["Mooring"]  # (both paragraphs: one quotation)
    assert direct["text"].iloc[-1].endswith("took so long.”")
    # not after a statement of thought, nor into a transcript's labelled turns
    for before, quote in [("They think the progress on climate change is real.",
                           "“Lurking behind this argument is a dispute about values.”"),
                          ("They said they would call me back.",
                           "“RAMOS: Secretary Clinton, did you lie to them?”")]:
        q = quotes(pd.DataFrame({"doc_id": ["d"], "text": [before + "\n\n" + quote]}))
        assert q.loc[q["kind"] == "direct", "speaker"].isna().all(), before


@pytest.mark.parametrize("text, want", [
    # “… .” closes its sentence; the next sentence's verb reports words of its own: the quotation
    # continues the speaker before it (the cue too), it is not reported by the next sentence
    ("“Our jobs are being sucked out of our states,” Mr. Trump said. “Economy and jobs are my "
     "strength.” He said, twice, that he would go back to work on Wednesday.",
     [("Mr. Trump", "said"), ("Mr. Trump", "said")]),
    ("“Things are moving in the right direction,” said Megan Greene, an economist. “Fed members "
     "have been laying down sign posts everywhere.” Greene added that the Fed wants to act soon.",
     [("Megan Greene", "said"), ("Megan Greene", "said")]),
    ('"It is basically him bragging," Millan says. "And it is pretty much true." Radiohub.com '
     "is hoping to expand in the coming year.", [("Millan", "says"), ("Millan", "says")]),
    ("“It is a good investment bet,” said Suhas Naik, an analyst. “Power needs in India are set "
     "to rise.” Analysts say the sale would encourage the government.",
     [("Suhas Naik", "said"), ("Suhas Naik", "said")]),
])
def test_quotation_closing_its_sentence_continues_the_speaker_before(text, want):
    assert [d[:2] for d in _direct(text)] == want


def test_next_sentence_speaker_is_the_last_resort():
    # nothing before attributes the quotation: the speaker of the next sentence, who goes on
    # (a statement right before would: "Dowd called the inquiry a sham. “…”", 2026-12-05)
    got = _direct("On Tuesday, Dowd walked out of the inquiry. “They knew there was nothing "
                  "there.” Dowd said that the deputy attorney general also knew it.")
    assert got[0][:2] == ("Dowd", "said")


def test_a_statement_between_quotations_takes_the_next_one():
    # another speaker's statement stands between: the quotation continues that statement, not
    # the quotation before it; a participle of the same speaker does not stand between
    got = _direct('Mr Hulme said: "We won fair and square at the last election." Mr Hockney '
                  'said the law worked in the same way. "The Act is clear." He said they would '
                  "not resign.")
    assert [d[0] for d in got] == ["Mr Hulme", "Mr Hockney"]
    got = _direct("“You can’t talk about change,” Ava Daly said, emphasizing why the past matters. "
                  "“What we need to change is our collective thinking.”")
    assert [d[:2] for d in got] == [("Ava Daly", "said"), ("Ava Daly", "said")]


def test_a_mixed_quotation_in_the_next_sentence_continues_the_speaker():
    got = _direct('"The euro land economy is still struggling with this recovery," said economist '
                  'Dirk Schumacher. The ECB "may sound rather hawkish but once the data allows '
                  'them to cut again, they will." Data from Germany underlined the problems.')
    assert [d[0] for d in got] == ["economist Dirk Schumacher"] * 2
    # a quoted term in the next sentence stays a term; a dash or a colon sets a quotation off
    got = _direct('"We are pleased," said Ann Cole. The results were "satisfied" at best.')
    assert [d[0] for d in got] == ["Ann Cole"]


def test_the_speakers_apposition_names_no_other_speaker_for_a_floating_quotation():
    text = ('Battery life was a frustration.\n\n"The focus back then was more on performance," '
            'said Mike Trainor, chief evangelist for Intel.\n\n"For most of the 90s battery life '
            'was stuck on two hours." But now, he said, laptops last longer.')
    assert [d[0] for d in _direct(text)] == ["Mike Trainor", "Mike Trainor"]


def test_a_quotation_after_a_colon_takes_the_sentences_named_subject():
    got = _direct("Dent rated Joachim Johansson highly. Johansson was more restrained in his "
                  'assessment: "I have to improve my serve if I am going to go all the way."')
    assert got[0][0] == "Johansson"
    assert _direct('The rules were clear: "No entry after dark."')[0][0] is None  # no name


def test_a_participles_apposition_holds_names_of_its_own():
    q = quotes(pd.DataFrame({"doc_id": ["d"], "text": [
        "Lady Hale, sitting with Lords Bingham, Steyn, Hope and Carswell, said many Roma had good "
        "reason to leave."]}))
    assert q["speaker"].tolist() == ["Lady Hale"]
