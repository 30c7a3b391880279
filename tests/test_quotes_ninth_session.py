"""One-word speakers no full name of the article expands (issue 15, ninth session, 2026-12-06),
found among the speakers the BBC and AllSides reports counted as people: a firm the article refers
back to as a thing ("Microsoft said its …") and a common word at a sentence's start ("Skeptics
also questioned …", "Anyone who …") were people, and across the corpus "Microsoft" joined
"Microsoft Word" as a person's lone surname joins their full name. Sentences written for these
tests (no corpus text); each fails on the commit before this session, except the guards of the
rule's limits (a person named by surname alone keeps it)."""

import pandas as pd
import pytest

from analysis.quotes import attribution, quotes
from analysis.quotes.lone_names import _common_form, _lone_word_kind


def speakers(text: str) -> list[tuple[str, str, str]]:
    q = quotes(pd.DataFrame({"doc_id": ["d0"], "text": [text]}))
    q = q[q["speaker"].notna()]
    return list(zip(q["speaker"].astype(str), q["speaker_resolved"].astype(str),
                    q["speaker_kind"].astype(str)))


@pytest.mark.parametrize("text, label", [
    ("Shares in the software maker rose on Monday. Microsoft said its new browser would be "
     "safer. Microsoft has said it plans to offer the tool free.", "Microsoft"),
    ("Nintendo said its console had sold well in Japan. A rival, Sony, has yet to reply. "
     "Nintendo, which makes the Game Boy, said it expected more sales.", "Nintendo"),
])
def test_a_firm_referred_back_to_as_a_thing_is_an_organisation(text, label):
    got = speakers(text)
    assert got and all(s[1:] == (label, "organisation") for s in got if s[0] == label)


@pytest.mark.parametrize("text, word", [
    ("The deal was signed in Vienna. Skeptics also said the inspections were too weak.",
     "Skeptics"),
    ("The talks ended late. Anyone who says otherwise is wrong, officials said. "
     "Correspondents said the mood was grim.", "Correspondents"),
    ("The rally in the city was peaceful. Demonstrators said they wanted justice.",
     "Demonstrators"),
])
def test_a_common_word_at_a_sentence_start_is_no_one(text, word):
    got = [s for s in speakers(text) if s[0] == word]
    assert got and all(s[1:] == ("(unidentified)", "unresolved") for s in got)


@pytest.mark.parametrize("text, label", [
    ("Liverpool chief executive Rick Parry was upbeat. But Parry said the club needed money.",
     "Rick Parry"),
    ("The manager was calm. Wenger said his side would recover. Wenger added that he was "
     "proud.", "Wenger"),
    ("Lord Falconer spoke in London. Falconer said the courts were too slow.", "Falconer"),
    ("The singer was on tour. Federer watched from the stands. Federer said he was happy.",
     "Federer"),
])
def test_a_person_named_by_one_word_stays_a_person(text, label):
    got = speakers(text)
    assert any(s[1:] == (label, "person") for s in got)


def test_a_firm_does_not_join_a_longer_name_that_starts_with_it():
    art = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "X", "X"], "text": [
        "Microsoft said its software was safe. Microsoft said it would fix the flaw.",
        "Microsoft said its browser was faster. Microsoft has said it plans more.",
        "Microsoft Word, the programme, said nothing. Microsoft Word said it was just a tool.",
    ]})
    got = attribution(art, quotes(art))
    assert "Microsoft" in set(got["speaker"])
    assert got.loc[got["speaker"] == "Microsoft", "count"].sum() >= 4


def test_common_forms_and_names():
    assert all(_common_form(w) for w in ("Skeptics", "Anyone", "Recently", "Responding",
                                         "Three-quarters", "Somebody", "Speculation"))
    assert not any(_common_form(w) for w in ("Federer", "Microsoft", "Davis", "Volkswagen",
                                             "Eminem", "Parry"))
    # a proper noun written only at sentences' starts keeps its label
    assert _lone_word_kind("Volkswagen fell. Volkswagen said so.", "Volkswagen", set()) is None
    assert _lone_word_kind("Emily said so.", "Emily", {"Emily"}) is None


@pytest.mark.parametrize("text, label", [
    ("The Obama administration sent envoys to Cairo. The administration said the talks would "
     "go on.", "Obama administration"),
    ("South Korea's military fired warning shots on Monday. The military said the drone had "
     "crossed the border.", "South Korea's military"),
    ("He spoke to NBC. Later the U.S. military moved ships. The military said the ships would "
     "stay.", "U.S. military"),
])
def test_the_body_of_a_lower_case_head_takes_the_name_written_before(text, label):
    got = speakers(text)
    assert any(s[1:] == (label, "organisation") for s in got if s[0].lower().startswith("the "))


def test_a_sentence_end_before_the_head_is_no_part_of_its_name():
    got = speakers("Envoys met in Libya. The Obama administration was silent. Officials spoke "
                   "to NBC. The administration said it would wait.")
    assert ("The administration", "Obama administration", "organisation") in got


# From the speaker errors of BBC batch 19, once scored (held out until then).
@pytest.mark.parametrize("text, phrase, label", [
    ("Michael Howard has denied his shadow cabinet was split over ID cards.\n\nThe Tory leader "
     "said his front bench had reached a view.", "The Tory leader", "Michael Howard"),
    ("Mr Blair spoke in London.\n\nOn Tuesday, deputy prime minister Mr Prescott told BBC News: "
     "\"They told us clearly.\" The book claims Mr Prescott hosted a dinner where the prime "
     "minister told Mr Brown he would stand down.", "the prime minister", "Tony Blair"),
    ("Edmund Lawson QC spoke first. Guy Mansfield QC, for the family, said the ruling was "
     "wrong.", "Guy Mansfield QC", "Guy Mansfield"),
    ("Tony Wright MP said he agreed with the report.", "Tony Wright MP", "Tony Wright"),
    ("\"We are encouraged,\" Armando Falcon, OFHEO director said.", "Armando Falcon",
     "Armando Falcon"),
])
def test_a_person_behind_a_party_rank_or_letters(text, phrase, label):
    assert any(s[0] == phrase and s[1] == label for s in speakers(text))


@pytest.mark.parametrize("text, phrase, label", [
    ("The Internet Corporation for Assigned Names and Numbers met in Rome. Icann said it would "
     "approve the new domains.", "Icann", "Internet Corporation for Assigned Names and Numbers"),
    ("Road deaths fell last year. The AA Motoring Trust said speed cameras had helped.",
     "The AA Motoring Trust", "AA Motoring Trust"),
])
def test_a_body_keeps_its_whole_name(text, phrase, label):
    assert (phrase, label, "organisation") in speakers(text)


def test_a_bare_plural_after_a_comma_is_no_apposition():
    got = speakers("They waited for hours. First, Democratic party officials said the caucus "
                   "would begin.")
    assert [s[0] for s in got] == ["Democratic party officials"]


@pytest.mark.parametrize("text, phrase, wrong", [
    ("Gordon Brown is to freeze petrol duty. But Oliver Letwin, for the Tories, attacked the "
     "debt. The shadow chancellor said the golden rule had failed. In a speech, the chancellor "
     "said he was providing an extra £1bn.", "the chancellor", "Oliver Letwin"),
    ("Cabinet minister Hilary Benn will visit Africa. The prime minister denied all that, "
     "repeating that the government was united.", "The prime minister", "Hilary Benn"),
])
def test_a_lesser_office_is_not_the_office(text, phrase, wrong):
    got = [s for s in speakers(text) if s[0] == phrase]
    assert got and all(s[1] != wrong for s in got)


# From the speaker errors of AllSides batch 18, once scored (held out until then).
def test_a_country_s_office_is_its_holder_that_day_and_no_other_country_s():
    text = ("President Trump withdrew from the deal a year ago. Iran’s president declared on "
            "Wednesday that the country would stop complying with two of its commitments. The "
            "announcement by President Hassan Rouhani came a year later.")
    q = quotes(pd.DataFrame({"doc_id": ["d"], "text": [text], "date": ["2019-05-08"]}))
    got = q.loc[q["speaker"] == "Iran’s president", "speaker_resolved"].tolist()
    assert got and set(got) == {"Hassan Rouhani"}
    q = quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))  # undated: not Trump either
    assert "Donald Trump" not in set(q.loc[q["speaker"] == "Iran’s president",
                                           "speaker_resolved"])


def test_a_description_takes_the_person_its_antecedent_was():
    got = speakers("Chinese efforts are as concerning as Russian ones, the director of the CIA "
                   "has said. Mike Pompeo told the BBC that China was a threat. Earlier, a "
                   "former CIA officer was arrested. The CIA director said that Iran's missiles "
                   "were unacceptable. He told the BBC the Iranian people would understand.")
    assert ("The CIA director", "Mike Pompeo", "person") in got
    assert ("He", "Mike Pompeo", "person") in got


def test_an_interjection_is_no_speaker():
    got = speakers("Iran made its move. Oh, and the Times spun this by adding, “None of those "
                   "actions would get Iran to a weapon.”")
    assert all(s[0] != "Oh" for s in got)


def test_an_initial_closed_by_a_quotation_mark_ends_its_sentence():
    got = quotes(pd.DataFrame({"doc_id": ["d"], "text": [
        'Liam Fox derided the photo call, saying: "It was the worst acting since Prisoner Cell '
        'Block H." Labour had broken promises by raising taxes 66 times, he said.']}))
    ind = got[got["kind"] == "indirect"]
    assert ind["text"].tolist() == ["Labour had broken promises by raising taxes 66 times"]


def test_said_of_a_topic_then_a_colon_reports_the_quotation_only():
    got = quotes(pd.DataFrame({"doc_id": ["d"], "text": [
        'Dominic Howard said of winning: "We love playing live, it is very important for our '
        'band."']}))
    assert got["kind"].tolist() == ["direct"]


def test_forecast_is_a_reporting_verb():
    got = speakers("Economists have forecast growth of 3% next year.")
    assert got == [("Economists", "economists", "group")]


def test_notify_reports_and_keeps_the_pronoun_thread():
    text = ("The announcement by President Hassan Rouhani came a year after President Trump "
            "withdrew. But Mr. Rouhani did not follow Mr. Trump’s path. Instead, he notified "
            "European nations that he would give Europe 60 days to choose between following Mr. "
            "Trump or saving the deal. “The path we have chosen is not the path of war,” he "
            "said.")
    got = speakers(text)
    assert ("he", "Hassan Rouhani", "person") in got
    assert all(s[1] == "Hassan Rouhani" for s in got if s[0] == "he")


def test_a_kin_word_before_a_full_name_is_no_part_of_it():
    got = speakers("Mother Zubeidat Tsarnaeva said her sons were innocent. Mother Teresa said "
                   "prayers.")
    assert ("Mother Zubeidat Tsarnaeva", "Zubeidat Tsarnaeva", "person") in got
    assert ("Mother Teresa", "Mother Teresa", "person") in got


def test_who_quotes_whom_brackets_sources_named_by_kind():
    from analysis import plot_who_quotes_whom

    t = pd.DataFrame({"outlet": ["X", "X", "Y"], "speaker": ["analysts", "Tony Blair", "report"],
                      "verb": ["say", "say", "say"], "count": [3, 2, 1]})
    fig = plot_who_quotes_whom(t)
    labels = [x.get_text() for x in fig.axes[0].get_yticklabels()]
    assert labels == ["(analysts)", "Tony Blair", "(report)"]
    assert "in brackets" in fig.axes[0].get_xlabel()


# From the false rows of PolNeAR train with nothing annotated near them.
def test_states_the_noun_is_no_report():
    text = ("Clinton leads in Republican states like Arizona. The dozen states that held "
            "primaries voted. Rust Belt states that have lost jobs matter. It states that courts "
            "should not rule. Byrne states that the assignment was a punishment.")
    assert [s[0] for s in speakers(text)] == ["It", "Byrne"]
