"""Who said what on text the rules were not written on (issue 15, tenth round): the errors of a
held-out PolNeAR sample (sample 9, annotated before the kit ran on it) that general rules of
English mend — a quotation set off by a colon or dash takes its own quoting clause, an adverb
between auxiliary and verb is no subject, "no." ends a sentence unless a number follows, a
courtesy title takes a family name written first, two names joined by a hyphen are no person, a
role noun in title case that the article writes in lower case is no surname; and, from held-out
sample 10, a name inside the words a speaker reports does not take the thread from that speaker,
and a name that premodifies a noun ("a Donald Trump supporter") is no antecedent; "the former
president" is a holder of the dictionary's dated office whose term had ended; and, from sample
11, a participle adjective ("Understated Perez") opens no name; and, from sample 12 and the
AllSides reading after it, a past form after a name ends the subject ("McCain said Obama" was a
speaker), a quoting clause after a quotation reports nothing else ("…,” Rubio told a cheering
throng"), a report inside a ''…'' quotation is within it. Sentences written for these tests
(no PolNeAR text); each fails on the commit before its rule, except guards of a new rule's
limits (a report in a fronted clause, a pronoun inside the reported words, "Less …", a name
joined by "&")."""

import pandas as pd

from analysis.quotes import quotes
from analysis.quotes.person_scan import _clean_name
from analysis.text import sentence_spans


def table(text: str) -> pd.DataFrame:
    return quotes(pd.DataFrame({"doc_id": ["d0"], "text": [text]}))


def resolved(text: str, date: str | None = None) -> dict[str, str]:
    """speaker as written → speaker_resolved (the first row of each speaker)."""
    frame = pd.DataFrame({"doc_id": ["d0"], "text": [text]})
    if date is not None:
        frame["date"] = date  # the article's day, for the dictionary's dated offices
    q = quotes(frame)
    out: dict[str, str] = {}
    for s, r in zip(q["speaker"], q["speaker_resolved"]):
        out.setdefault(s, r)
    return out


def test_a_quotation_after_a_colon_takes_its_own_quoting_clause():
    text = ("After the story spread, the singer Ana Ruiz posted a long message on her page about "
            "what her husband had done: “Men, you will not vanish by taking a wife’s name,” she "
            "wrote. “You will be remembered.”")
    q = table(text)
    row = q[q["text"].str.startswith("“Men")].iloc[0]
    assert (row["speaker"], row["cue"]) == ("she", "wrote")
    assert row["speaker_resolved"] == "Ana Ruiz"


def test_a_quotation_set_off_by_dashes_takes_its_own_quoting_clause():
    text = ("Mr. Paul Reyes also praised his sister's ''quiet faith'' - ''faith that shows itself "
            "in deeds, not in words,'' he said - and argued for a candidate who can win.")
    q = table(text)
    row = q[q["text"].str.startswith("''faith that")].iloc[0]
    assert (row["speaker"], row["cue"]) == ("he", "said")


def test_an_adverb_between_auxiliary_and_verb_is_no_subject():
    text = ("The former governor has long maintained that she followed the rules, a claim the "
            "department disputes.")
    q = table(text)
    assert q["speaker"].tolist() == ["The former governor"]


def test_no_with_a_period_ends_a_sentence_unless_a_number_follows():
    t = "Asked if he was bullied, the candidate said no. But he said it happens to adults."
    assert [t[s:e] for s, e in sentence_spans(t, 0, len(t))] == [
        "Asked if he was bullied, the candidate said no.", "But he said it happens to adults."]
    t = "He is ranked No. 2 in the state."
    assert len(sentence_spans(t, 0, len(t))) == 1
    q = table("Asked if he was bullied, the candidate said no. But he said it happens to adults.")
    said = q[q["speaker"] == "the candidate"]
    assert said["text"].tolist() == ["no"]


def test_a_courtesy_title_takes_a_family_name_written_first():
    text = ("Finance Minister Lou Jiwei opened the talks on Monday.\n\nMr. Lou said there was "
            "nothing wrong with raising the issue. ''They are under pressure at home,'' he said.")
    got = resolved(text)
    assert got["Mr. Lou"] == "Lou Jiwei"
    assert got["he"] == "Lou Jiwei"


def test_two_names_joined_by_a_hyphen_are_no_person():
    text = ("Tennis great Billie Jean King remembered the champion as fun to be around. She "
            "watched the Muhammad Ali-Joe Frazier fight at the Garden in 1971 and saw him there "
            "again in 1999.\n\n“He always made me laugh, ‘Billie Jean King, you are the best,'” "
            "she said.")
    assert resolved(text)["she"] == "Billie Jean King"
    assert _clean_name("Muhammad Ali-Joe Frazier") == []
    assert _clean_name("Hans-Peter Bartels") == ["Hans-Peter", "Bartels"]
    assert _clean_name("Mary Smith-Jones") == ["Mary", "Smith-Jones"]


def test_a_role_noun_in_title_case_written_lower_elsewhere_is_no_surname():
    text = ("Former Clinton Pollster Says Clinton Is In Trouble.\n\nFormer Bill Clinton "
            "pollster Douglas Schoen was a guest on the show. Schoen told the host a loss is "
            "“increasingly likely.”\n\nThe former pollster said, “She is behind in the polls.”")
    got = resolved(text)
    assert got["The former pollster"] == "Douglas Schoen"
    assert got["Former Clinton Pollster"] != "Clinton Pollster"


def test_a_name_inside_the_words_a_speaker_reports_does_not_take_the_thread():
    # Hobbs climbs the reporting sentence, not the clauses reported inside it
    text = ("James Melton said on MSNBC that there appeared to be no intent in the first case, "
            "whereas Peter Ward acknowledged that he knew the files were classified. He also "
            "said that there were other circumstances.")
    q = table(text)
    row = q[q["text"] == "there were other circumstances"].iloc[0]
    assert row["speaker_resolved"] == "James Melton"


def test_a_report_in_a_fronted_clause_leaves_the_thread_to_the_main_clause():
    text = ("Asked by Chris Cuomo if a president can obstruct justice, Rudy Giuliani replied, "
            "“He can, but not here.”\n\nHe later added, “There were ten reasons.”")
    assert resolved(text)["He"] == "Rudy Giuliani"


def test_a_pronoun_inside_the_reported_words_reads_them():
    text = ("As the columnist Peter Bell has written, since then Sanders has called Gaza a "
            "prison, and he has suggested cutting aid to the government there.")
    q = table(text)
    row = q[q["speaker"] == "he"].iloc[0]
    assert row["speaker_resolved"] == "Bernie Sanders"


def test_a_name_that_modifies_a_noun_is_no_antecedent():
    text = ("Joseph Moore came out as gay years ago. He married last year, practices law in a "
            "small town and counts himself as a devout Catholic and Donald Trump supporter. He "
            "recently wrote that the new law was wrong.")
    assert resolved(text)["He"] == "Joseph Moore"


def test_less_opens_no_name():
    text = ("Less than an hour after warning Russia, Trump struck a softer tone in a second "
            "tweet.\n\n“Our relationship with Russia is worse now than ever,” he wrote.")
    assert resolved(text)["he"] == "Donald Trump"


def test_the_former_president_is_a_holder_whose_term_had_ended_that_day():
    # the dictionary's dated office (roles.csv back to 1977): in 2016 George Bush, not Jeb
    text = ("Jeb Bush campaigned in South Carolina on Monday with his brother George Bush. "
            "Mr. Bush praised his brother's faith.\n\n''Labels are for soup cans,'' the former "
            "president told a crowd at a civic center.")
    assert resolved(text, "2016-02-15")["the former president"] == "George Bush"


def test_a_participle_adjective_opens_no_name():
    text = ("Understated Perez\n\nThomas Perez addressed the union on Tuesday. “It breaks my "
            "heart,” Perez told the crowd. He says the ruling strengthened his resolve.")
    assert resolved(text)["He"] == "Thomas Perez"


def test_a_report_inside_a_quotation_in_two_apostrophes_is_within_it():
    # NYT archive style ''…'': the report inside is the quoted speaker's, not the outlet's
    q = table("''Isabelle thinks it is fine to want to make money,'' she added. ''Hillary "
              "Clinton said that it is not our fight,'' Mr. Smith said.")
    inner = q[q["speaker"].isin(["Isabelle", "Hillary Clinton"])]
    assert len(inner) == 2
    assert inner["within"].notna().all()
    direct = q.set_index("quote_id")["kind"]
    assert (direct.loc[inner["within"].astype(int)] == "direct").all()


def test_a_verb_after_the_subject_name_ends_the_subject():
    # a lower-case past form after a name is the verb, not a modifier of the next name
    # ("McCain said Obama" was the speaker, resolved to Obama)
    got = resolved("Senator John McCain said Obama's decision was “immoral.” On Sunday, "
                   "Hassan Rouhani addressed Trump directly, saying: “Do not play with fire.”")
    assert got["Senator John McCain"] == "John McCain"
    assert got["Hassan Rouhani"] == "Hassan Rouhani"
    q = table("After the debate, Trump complained Khizr Khan unfairly had attacked him and "
              "questioned why Ghazala Khan had not spoken on stage. (She says the photo would "
              "have made her break down.)")
    assert q.loc[q["cue"] == "questioned", "speaker"].tolist() == ["Trump"]
    assert q.loc[q["speaker"] == "She", "speaker_resolved"].tolist() == ["Ghazala Khan"]


def test_the_clause_after_a_quotation_attributes_it_and_reports_nothing_else():
    q = table("“I love the cookies. I will never eat them again,” Trump said in August after the "
              "company announced it was laying off 600 workers in Chicago.")
    assert q.loc[q["cue"] == "said", "kind"].tolist() == ["direct"]
    q = table("\"He does not speak for us,\" Rubio told a cheering throng of supporters in Tampa.")
    assert q["kind"].tolist() == ["direct"]  # the addressee is no object of the speech act
    # guards: "that" opens a content of its own; a quotation closed by a full stop ends its
    # sentence, and the next clause reports on its own ("of" names the quotation's topic, which
    # is no statement: tenth session)
    q = table("“We will win,” Trump told reporters on Tuesday that the polls were wrong.")
    assert "the polls were wrong" in q["text"].tolist()
    q = table("“It is a fine deal,” the analyst said of the merger.")
    assert q["text"].tolist() == ["“It is a fine deal,”"]
    q = table("\"Europe should lead.\"European officials have said they could act to protect "
              "investors.")
    assert "they could act to protect investors" in q["text"].tolist()


def test_a_name_joined_by_an_ampersand_is_a_firm_or_school():
    text = ("Robin Young taught at the school for years. “I had the prom party for that class,” "
            "she says of Cambridge Rindge & Latin High School students.\n\nThe suspect, she "
            "says, was “the light of the party.”")
    got = resolved(text)
    assert set(got.values()) == {"Robin Young"}


def test_a_share_of_a_group_is_the_group():
    q = table("In a sign of how divided the country is, only 62% of Americans said the elections "
              "are fair. Some 57 percent of Republicans say they back the policy, and many of "
              "us said nothing.")
    got = dict(zip(q["speaker"], q["speaker_resolved"]))
    assert got["only 62% of Americans"] == "Americans"  # was the speaker "of Americans"
    assert got["Some 57 percent of Republicans"] == "Republicans"  # as "Republicans said"
    assert q.loc[q["speaker"] == "only 62% of Americans", "speaker_kind"].tolist() == ["group"]


def test_a_description_in_apposition_is_the_name_before_it():
    text = ("“It is hollow,” said Jim Pasco, the executive director of the Fraternal Order of "
            "Police, who noted a smaller change. The debate drew the commentary of Anthony "
            "Cordesman, a McCain adviser from the 2008 campaign, who said the governor was wrong.")
    q = table(text)
    got = dict(zip(q["speaker"], q["speaker_resolved"]))
    assert got["the executive director of the Fraternal Order of Police"] == "Jim Pasco"
    assert got["a McCain adviser from the 2008 campaign"] == "Anthony Cordesman"
    # guard: no comma closes it, so "the Russian leader" is the next speaker, no apposition
    q = table("Donald Trump met Putin, the Russian leader said on Monday.")
    assert q["speaker"].tolist() == ["the Russian leader"]


def test_a_definite_description_by_age_or_trade_is_the_person_named_before():
    # (eleventh round) "the 46-year-old", "the speechwriter": epithets news uses for a person
    # named just before
    text = ("Maria Lopez, who wrote the speech, has rarely talked about it. “I was proud of it,” "
            "the 46-year-old said on Monday. Lopez was hired by the campaign in 2010. The "
            "speechwriter said the campaign never called her again.")
    got = resolved(text)
    assert got["the 46-year-old"] == "Maria Lopez"
    assert got["The speechwriter"] == "Maria Lopez"


def test_an_adjective_in_born_is_no_part_of_the_name():
    text = ("South Korean-born Monte Haines holds little hope. Adopted by an American family in "
            "1981 when he was 10, he says his family assumed the adoption made him a citizen.")
    assert resolved(text)["he"] == "Monte Haines"


def test_a_name_after_an_article_is_no_antecedent():
    # "the Lewisburg Green Dragons" (a team): names of people take no article
    text = ("Berhanu Nega poured two glasses and sat in the courtyard as the power failed. "
            "His old life was different. In the evenings he sat with friends from work, and on "
            "weekends there was cheering for the Lewisburg Green Dragons, a high school team. "
            "“If you like comfort, you will never do this,” he told me.")
    assert resolved(text)["he"] == "Berhanu Nega"


def test_a_commissioner_title_is_cut_from_the_name():
    text = ("Investigators are combing what Boston Police Commissioner Ed Davis called “the most "
            "complex crime scene we have seen.” The area will be reduced further, he said.")
    assert resolved(text)["he"] == "Ed Davis"


def test_a_place_like_surname_after_a_given_name_is_a_person():
    text = ("New York Rep. Steve Israel more clearly showed that the deal could fail. “The details "
            "must get a vote,” he said in a statement.")
    assert resolved(text)["he"] == "Steve Israel"


def test_a_korean_family_name_that_is_also_a_word():
    text = ("Under newly inaugurated President Park Geun-hye, the ministry said it was ready. On "
            "Monday, Park told a cabinet meeting that the South should respond. But she also said "
            "Seoul should keep its promise.")
    assert resolved(text)["she"] == "Park Geun-hye"


def test_gallery_boilerplate_is_no_person():
    text = ("John Kerry met the foreign minister in Tokyo. Photos: Kim Jong Un at a rally. Hide "
            "Caption 1 of 5 Photos: Kim Jong Un at a parade. Hide Caption 2 of 5 “They will find "
            "in us ready partners,” he said.")
    assert resolved(text)["he"] != "Hide Caption"


# British style (eleventh round, from a BBC sample annotated before the kit ran on it)

def test_peerage_and_knighthood_titles_are_titles_with_their_sex():
    text = ("Baroness Boothroyd, who was the first woman Speaker, spoke on Sunday. “Now we have to "
            "take care of it ourselves,” she told the BBC. Sir Alan Hart said no. “It is over,” he "
            "said.")
    got = resolved(text)
    assert got["she"] == "Boothroyd"
    assert got["he"] == "Alan Hart"


def test_mr_without_a_period_is_a_title():
    text = ("Mr Dalton and Mrs Owen met on Monday. “We will talk again,” she said.")
    assert resolved(text)["she"] == "Owen"


def test_a_courtesy_title_opens_the_subject_after_a_place():
    text = ("Speaking in Harrogate Mr Kennedy said the party had no glass ceiling. On top of the "
            "deal with Tanzania Mr Brown said the UK would make similar offers.")
    got = resolved(text)
    assert "Mr Kennedy" in got and "Mr Brown" in got


def test_a_name_of_the_named_body_is_the_person():
    text = ("Anne Thompson of the Hollywood Reporter said the film was moving. “It even makes "
            "grown men cry,” she said.")
    got = resolved(text)
    assert got["Anne Thompson of the Hollywood Reporter"] == "Anne Thompson"
    assert got["she"] == "Anne Thompson"


def test_two_roles_of_one_person_joined_by_and():
    text = ("The writer Germaine Greer left the show on Friday. The feminist writer and "
            "broadcaster said the show had behaved like a child.")
    assert resolved(text)["The feminist writer and broadcaster"] == "Germaine Greer"


def test_a_name_inside_the_words_a_pronoun_reports_is_not_its_speaker():
    text = ("Michael Howard gave his New Year message. “Britain is heading in the wrong "
            "direction,” the Conservative leader said. Mr Blair has failed to tackle these "
            "problems, he claimed.")
    assert resolved(text)["he"] == "Michael Howard"


def test_a_nickname_in_quotation_marks_inside_a_name():
    text = ('The idea came from the director, the physicist George "Jay" Keyworth. Keyworth was '
            "fired up about the deal, and he said she should call the rival's chief.")
    assert resolved(text)["he"] == "George Keyworth"


def test_a_content_subject_is_the_speaker_when_no_thread_of_that_sex_holds():
    text = ("Kay Lane met the board in Palo Alto, Calif., on Monday. Lane, who had moved from "
            "Boston a year earlier, tossed cold water on the idea immediately, she wrote in her "
            "memoir.")
    assert resolved(text)["she"] == "Kay Lane"


def test_an_unnamed_spokesman_holds_the_thread_of_his_pronoun():
    text = ("A spokesman for the British Phonographic Industry said the chart was due this year. "
            "“Work is going on across the business,” he said. On Monday, Tony Blair's official "
            "spokesman declined to say whether the prime minister backed the plans. He said: "
            "“What is important is the process.”")
    q = table(text)
    he = q[q["speaker"].isin(["he", "He"])]
    assert set(he["speaker_kind"]) == {"spokesperson"}
    assert "Tony Blair" not in set(he["speaker_resolved"])


def test_a_parenthetical_attribution_after_a_short_lead():
    # "Obama, he says, can still win": the lead alone is no statement, and the name in it is
    # whom the speaker talks about, not the speaker
    q = table("Dan Ortiz is a pollster in Ohio. Obama, he says, can still win the vote.")
    indirect = q[q["kind"] == "indirect"]
    assert indirect["text"].tolist() == ["can still win the vote"]
    assert indirect["speaker_resolved"].tolist() == ["Dan Ortiz"]


def test_a_secretary_of_state_is_the_minister():
    text = ("Education Secretary Jane Kell spoke on Monday. The minister said she received "
            "support from the group.")
    assert resolved(text)["The minister"] == "Jane Kell"


def test_sports_roles_take_the_player_named_before():
    text = 'Tom Barnes played well. "It is just more bitter," the defender said.'
    assert resolved(text)["the defender"] == "Tom Barnes"


def test_a_name_of_a_named_campaign_is_the_person():
    text = "William Corr of the Campaign for Smoke-Free Kids urged the government to press on."
    assert resolved(text)["William Corr of the Campaign for Smoke-Free Kids"] == "William Corr"


def test_a_dateline_of_two_cities_with_a_hyphen_is_no_speaker():
    # "TOKYO/WASHINGTON (Reuters) - ": two cities, the agency, a hyphen set off by spaces
    text = ("OSLO/BERLIN (Reuters) - Foreign Minister Anna Berg brushed off charges that she "
            "used bullying tactics, saying on Sunday that the talks had gone well.")
    assert resolved(text) == {"Foreign Minister Anna Berg": "Anna Berg"}


def test_a_sentence_adverb_before_a_name_and_its_party_tag_is_no_speaker():
    text = "Likewise, Sen. Tom Reed, D-Va., said the country should not act alone."
    assert resolved(text) == {"Sen. Tom Reed": "Tom Reed"}


def test_a_family_name_of_a_body_is_the_person_named_before():
    text = ("James Pell, an analyst at the Heritage Foundation, doubts the visit matters. Pell "
            "of Heritage says he expects little more than words of support.")
    assert resolved(text) == {"Pell of Heritage": "James Pell"}


def test_an_adverb_after_an_inverted_speaker_is_no_part_of_the_name():
    assert resolved("“I played well,” said Adams afterwards.") == {"Adams": "Adams"}


def test_a_quotation_after_a_colon_takes_a_subject_with_a_possessive_body():
    text = ("The groups met. Care on Call's John Hale said: “Kind words cannot hide the "
            "reality of the policy.”")
    assert resolved(text) == {"Care on Call's John Hale": "John Hale"}


def test_a_spokesperson_of_a_body_named_with_a_serial_comma():
    text = ("A spokesman for the Department for Culture, Media and Sport said there were no plans "
            "to sell the channel.")
    assert resolved(text) == {
        "A spokesman for the Department for Culture, Media and Sport":
            "spokesperson of Department for Culture, Media and Sport"}
    # a name after the body is the spokesperson's own
    assert resolved("A spokesman for Exxon, Alan Jeffers, said the plan was sound.") == {
        "A spokesman for Exxon, Alan Jeffers": "Alan Jeffers"}


def test_a_document_after_an_inverted_verb_speaks_and_is_its_issuers():
    text = ("Despite a brief rise in jobs, the economy is performing well below its potential, "
            "said a Central Bank report.\n\nUnemployment stood at 25%. The report said jobs were "
            "scarce.")
    q = table(text)
    assert q["speaker"].tolist() == ["a Central Bank report", "The report"]
    assert q["speaker_resolved"].tolist() == ["Central Bank", "Central Bank"]


def test_the_member_for_a_seat_is_the_member_named_before():
    for seat in ("Kent", "Sittingbourne and Sheppey"):
        text = (f"Labour MP Derek Wyatt said the show was good. The MP for {seat} said it was a "
                "fine show.")
        assert resolved(text)[f"The MP for {seat}"] == "Derek Wyatt"


def test_a_unique_office_goes_to_no_one_outside_it():
    text = ("Radio Five's Tom Reed reports that the country is angry. The king said the pilot was "
            "a hero.")
    assert resolved(text)["The king"] == "(unidentified)"


def test_a_name_after_but_is_the_participle_subject():
    text = ("But Ann Dale, chief spokeswoman of the party in the province, defended the move, "
            "insisting these steps “won't harm anyone”.\n\n“History should be put right,” she "
            "said.")
    assert resolved(text) == {"Ann Dale": "Ann Dale", "she": "Ann Dale"}


def test_a_quoting_clause_with_a_long_apposition_and_a_show_title():
    # the show's title in quotation marks is one word of the adverbial after the verb
    text = ("“We have had thousands of travelers,” Rep. Ann Dale, Texas Republican and chair of "
            "the House Homeland Security Committee, said during a Sunday appearance on “Face the "
            "Nation” on CBS.")
    q = table(text)
    assert q[q["kind"] == "direct"]["speaker"].iloc[0] == "Rep. Ann Dale"


def test_an_inverted_speaker_of_a_body_whose_name_has_and():
    text = ("The navy has been blocking arms deliveries to the rebels, notes Ann Dale of the "
            "Center for Strategic and International Studies in Washington.")
    q = table(text)
    assert q["speaker_resolved"].tolist() == ["Ann Dale"]
    assert q["text"].tolist() == ["The navy has been blocking arms deliveries to the rebels"]
