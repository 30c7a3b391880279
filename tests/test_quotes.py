"""Tests for analysis.quotes: quote spans, speakers, reporting verbs, voice, attribution."""

from __future__ import annotations

import importlib
import re

import pandas as pd
import pytest

from analysis.config import RAW_DIR
from analysis.quotes import (
    QUOTE_COLUMNS,
    attribution,
    load_reporting_verbs,
    quotes,
    voice,
    voice_spans,
)


def arts(*texts: str, outlet: str = "X") -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(len(texts))],
            "outlet": outlet,
            "text": list(texts),
        }
    )


def only(q: pd.DataFrame, **kw) -> pd.Series:
    sel = q
    for k, v in kw.items():
        sel = sel[sel[k] == v]
    assert len(sel) == 1, sel
    return sel.iloc[0]


# ------------------------------------------------------------------ lexicon


def test_lexicon_shipped_classes_and_size():
    lex = load_reporting_verbs()
    assert len(lex) >= 60
    assert set(lex["verb_class"]) <= {"neutral", "factive", "assertive", "doubt", "other"}
    cls = lex.set_index("verb")["verb_class"]
    assert cls["say"] == "neutral" and cls["state"] == "neutral" and cls["report"] == "neutral"
    assert cls["claim"] == "doubt" and cls["allege"] == "doubt"
    assert cls["note"] == "factive" and cls["reveal"] == "factive"
    assert cls["stress"] == "assertive" and cls["point out"] == "assertive"
    forms = lex["forms"].str.split("|").explode()
    assert not forms.duplicated().any(), forms[forms.duplicated()].tolist()
    assert lex["source"].str.len().gt(0).all()


def test_lexicon_extend_and_override(tmp_path):
    lex = load_reporting_verbs(extra={"aver": "assertive", "say": "other"})
    cls = lex.set_index("verb")["verb_class"]
    assert cls["aver"] == "assertive" and cls["say"] == "other"
    q = quotes(arts("“It works,” the engineer avered."), verbs=lex)
    assert q.loc[0, "verb"] == "aver" and q.loc[0, "verb_class"] == "assertive"
    with pytest.raises(ValueError, match="verb_class"):
        load_reporting_verbs(extra={"mumble": "grumpy"})
    own = tmp_path / "verbs.csv"
    own.write_text("# mine\nverb,forms,verb_class\nquip,quip|quips|quipped,other\n")
    mine = load_reporting_verbs(own)
    assert mine["verb"].tolist() == ["quip"] and mine["complement"].tolist() == ["that"]


# ------------------------------------------------------------------ direct quotations


def test_columns_and_offsets_index_text():
    a = arts("“We will respond,” IRNA claimed. Officials said that talks continue.")
    q = quotes(a)
    assert list(q.columns) == QUOTE_COLUMNS
    text = a.loc[0, "text"]
    for r in q.itertuples():
        assert text[r.start : r.end] == r.text
        if pd.notna(r.speaker_start):
            assert text[r.speaker_start : r.speaker_end] == r.speaker


def test_curly_quote_with_attribution_after():
    q = quotes(arts("“The program is peaceful,” IRNA claimed."))
    r = only(q, kind="direct")
    assert r.text == "“The program is peaceful,”"
    assert (r.speaker, r.verb, r.verb_class) == ("IRNA", "claim", "doubt")


def test_straight_quotes_and_multiword_verb():
    q = quotes(arts('"Severing ties is necessary," Bagheri Kani pointed out.'))
    r = only(q, kind="direct")
    assert r.text == '"Severing ties is necessary,"'
    assert (r.speaker, r.verb, r.verb_class) == ("Bagheri Kani", "point out", "assertive")


def test_inverted_attribution_and_guillemets():
    q = quotes(arts("«Nothing has changed», said the spokesman."))
    r = only(q, kind="direct")
    assert r.text == "«Nothing has changed»"
    assert (r.speaker, r.verb) == ("the spokesman", "say")


def test_broken_quote_missing_opening_mark():
    # the scraper lost the opening mark: the quotation runs from the paragraph start
    text = "Intro paragraph.\n\nThe minister will travel on Monday,” the report said."
    q = quotes(arts(text))
    r = only(q, kind="direct")
    assert r.text == "The minister will travel on Monday,”"
    assert (r.speaker, r.verb) == ("the report", "say")


def test_unclosed_quote_continues_into_next_paragraph():
    text = (
        "“First part of the statement.\n\n"
        "“Second part of it,” the foreign ministry said in a statement."
    )
    q = quotes(arts(text)).query("kind == 'direct'")
    # one quotation over two paragraphs (news style opens each, closes only the last)
    assert q["text"].tolist() == ["“First part of the statement.\n\n“Second part of it,”"]
    assert q["speaker"].tolist() == ["the foreign ministry"]


def test_quote_after_colon_takes_preceding_speaker():
    q = quotes(arts("The governorate said: “These actions violate the status quo.”"))
    r = only(q, kind="direct")
    assert (r.speaker, r.verb) == ("The governorate", "say")


def test_scare_quotes_without_speaker_are_kept_as_terms():
    a = arts("The “art of diplomacy” of his predecessor was on display.")
    q = quotes(a)
    r = only(q, kind="term")
    assert r.text == "“art of diplomacy”" and pd.isna(r.speaker) and pd.isna(r.verb)
    assert attribution(a.assign(outlet="X"), q, unattributed=True).empty  # nobody's statement
    assert voice(pd.DataFrame({"doc_id": ["d0"], "start": [5], "end": [8]}), q).tolist() == [
        "quoted"]


# ------------------------------------------------------------------ indirect speech


def test_indirect_with_that_and_bare_complement():
    text = "The US said in June that Russia had received drones. Miller said Washington was wary."
    q = quotes(arts(text))
    ind = q[q["kind"] == "indirect"]
    assert ind["text"].tolist() == ["Russia had received drones", "Washington was wary"]
    assert ind["speaker"].tolist() == ["The US", "Miller"]


def test_tell_with_object_then_that():
    q = quotes(arts("Pezeshkian told a senior ally of Putin on Monday that Tehran would act."))
    r = only(q, kind="indirect")
    assert (r.speaker, r.verb, r.text) == ("Pezeshkian", "tell", "Tehran would act")


def test_direct_quote_inside_indirect_statement_keeps_own_row():
    text = "Pezeshkian said Israel’s “criminal actions” in Gaza “are clear violations.”"
    q = quotes(arts(text))
    assert q["kind"].tolist() == ["indirect", "direct", "direct"]
    assert q["speaker"].tolist() == ["Pezeshkian"] * 3
    assert q.loc[1, "text"] == "“criminal actions”"
    # one reporting act, however many rows it covers
    assert attribution(arts(text), q)["count"].tolist() == [1]


def test_clause_final_attribution_and_according_to():
    text = "Iran and Qatar have excellent relations, the diplomats said, according to IRNA."
    q = quotes(arts(text))
    ind = only(q, kind="indirect")
    acc = only(q, kind="according_to")
    assert (ind.speaker, ind.text) == ("the diplomats", "Iran and Qatar have excellent relations")
    assert acc.speaker == "IRNA" and acc.verb == "according to"
    q2 = quotes(arts("According to the WAFA News Agency, 7,868 people entered the site."))
    r = only(q2, kind="according_to")
    assert (r.speaker, r.text) == ("the WAFA News Agency", "7,868 people entered the site")


def test_indirect_statement_ends_before_a_following_attribution():
    text = (
        "Pezeshkian told Shoigu that Tehran would expand “ties with Russia,” state media reported."
    )
    q = quotes(arts(text))
    tell = only(q, kind="indirect", verb="tell")
    assert tell.text == "Tehran would expand “ties with Russia,”"
    assert only(q, kind="direct").speaker == "Pezeshkian"  # inside his statement
    assert only(q, kind="indirect", verb="report").speaker == "state media"


@pytest.mark.parametrize(
    "text",
    [
        "Israeli officials have not claimed responsibility.",
        'Muslim countries and the D-8 member states alike must act.',
        "The figure reported by the agency was high.",
        "In further comments reported during the meeting the tone changed.",
        "Iran is trying to say more.",
        "The report is part of a series.",
    ],
)
def test_not_reported_speech(text):
    assert quotes(arts(text)).empty


def test_object_of_a_speech_act_is_not_a_statement():
    # PolNeAR annotates "criticized X" as an attribution whose content is X: kept as kind
    # "object", never as indirect speech, and its words stay the outlet's own voice
    a = arts("He criticized the Zionist regime's attacks on Gaza.")
    q = quotes(a)
    assert q[["kind", "speaker", "cue", "text"]].values.tolist() == [
        ["object", "He", "criticized", "the Zionist regime's attacks on Gaza"]]
    rows = pd.DataFrame({"doc_id": ["d0"], "start": [17], "end": [30]})
    assert voice(rows, q).tolist() == ["own"]


def test_statements_inside_a_quotation_are_nested():
    text = "“On Gaza, Bagheri Kani said that all potential should be used,” IRNA noted."
    q = quotes(arts(text))
    outer = only(q, kind="direct")
    inner = only(q, kind="indirect")
    assert (outer.speaker, outer.verb, outer.verb_class) == ("IRNA", "note", "factive")
    assert inner.speaker == "Bagheri Kani" and inner.within == outer.quote_id
    a = arts(text)
    assert attribution(a, q)["speaker"].tolist() == ["IRNA"]
    assert set(attribution(a, q, nested=True)["speaker"]) == {"IRNA", "Ali Bagheri Kani"}


def test_statements_inside_a_reported_statement_are_nested():
    text = "Officials said on Monday that Trump claimed the election was rigged."
    q = quotes(arts(text))
    outer = q[q["speaker"] == "Officials"].iloc[0]
    inner = q[q["speaker"] == "Trump"].iloc[0]
    assert pd.isna(outer.within) and inner.within == outer.quote_id
    assert attribution(arts(text), q)["speaker"].tolist() == ["(anonymous source)"]
    # two statements side by side are not nested, nor is a direct quotation with its own cue
    text = ("Officials said the talks failed. Trump claimed the election was rigged. "
            "Clinton said the polls were wrong, and “we will win,” Sanders said.")
    q = quotes(arts(text))
    assert q.loc[q["speaker"].isin(["Officials", "Trump"]), "within"].isna().all()
    assert q.loc[q["kind"] == "direct", "within"].isna().all()


# ------------------------------------------------------------------ speakers and coreference


def test_generic_report_resolves_to_last_named_source():
    text = (
        "Iran seeks allies, the Iranian state media IRNA reported on June 17. "
        "“He spoke with his Afghan counterpart,” the report said.\n\n"
        "“The country will act decisively,” a separate report noted."
    )
    q = quotes(arts(text)).query("kind == 'direct'")
    assert q["speaker"].tolist() == ["the report", "a separate report"]
    assert q["speaker_norm"].tolist() == ["IRNA", "IRNA"]
    assert q["antecedent"].tolist() == ["the Iranian state media IRNA"] * 2


def test_pronoun_description_and_short_name_resolution():
    text = (
        "Iran's President Masoud Pezeshkian said that ties would grow. "
        "He said Russia was a partner. The president said that peace was near. "
        "“We stand together,” Pezeshkian told Shoigu."
    )
    q = quotes(arts(text))
    assert set(q["speaker_norm"]) == {"Masoud Pezeshkian"}
    first = ["Iran's President Masoud Pezeshkian", "He", "The president"]
    assert q["speaker"].tolist()[:3] == first


def test_description_not_resolved_to_someone_else():
    text = (
        "Bagheri Kani said that talks went well. The Qatari minister said that Gaza was critical."
    )
    q = quotes(arts(text))
    assert q["speaker_norm"].tolist() == ["Bagheri Kani", "qatari minister"]


def test_speaker_actor_from_mentions():
    text = (
        "“Talks went well,” IRNA claimed. Ali Bagheri Kani said that Iran would act. "
        "He added that Israel must stop."
    )
    a = arts(text)
    men = pd.DataFrame(
        {
            "doc_id": ["d0", "d0", "d0"],
            "start": [text.index("IRNA"), text.index("Ali Bagheri"), text.index("Iran would")],
            "end": [
                text.index("IRNA") + 4,
                text.index("Ali Bagheri") + len("Ali Bagheri Kani"),
                text.index("Iran would") + 4,
            ],
            "actor": ["IRNA", "Ali Bagheri Kani", "Iran"],
            "actor_type": ["media", "person", "country"],
        }
    )
    q = quotes(a, mentions=men)
    assert q["speaker_actor"].tolist() == ["IRNA", "Ali Bagheri Kani", "Ali Bagheri Kani"]
    assert attribution(a, q)["speaker"].tolist() == ["Ali Bagheri Kani", "Ali Bagheri Kani", "IRNA"]
    with pytest.raises(ValueError, match="actor"):
        quotes(a, mentions=men.drop(columns="actor"))


# ------------------------------------------------------------------ voice


def test_voice_of_mentions_and_kinds():
    text = "Israel said “the Zionist regime must fall” and he said that the Zionist regime fell."
    a = arts(text)
    q = quotes(a)
    first = text.index("Zionist regime")
    second = text.index("Zionist regime", first + 1)
    rows = pd.DataFrame(
        {"doc_id": ["d0"] * 3, "start": [0, first, second], "end": [6, first + 14, second + 14]},
        index=[10, 11, 12],
    )
    v = voice(rows, q)
    assert v.tolist() == ["own", "quoted", "own"] and list(v.index) == [10, 11, 12]
    v2 = voice(rows, q, kinds=("direct", "indirect"))
    assert v2.tolist() == ["own", "quoted", "quoted"]
    # a span straddling a quote boundary is not inside it
    straddle = pd.DataFrame({"doc_id": ["d0"], "start": [first - 6], "end": [first + 3]})
    assert voice(straddle, q).tolist() == ["own"]


def test_voice_spans_partition_every_character():
    a = arts(
        '“One,” he said.\n\nTwo "three" four “five',
        "",
        "No quotes here.",
        'Broken quote here,” she said. "Open again',
    )
    vs = voice_spans(a)
    for doc_id, text in zip(a["doc_id"], a["text"]):
        d = vs[vs["doc_id"] == doc_id]
        if not text:
            assert d.empty
            continue
        assert d["start"].iloc[0] == 0 and d["end"].iloc[-1] == len(text)
        assert (d["start"].iloc[1:].to_numpy() == d["end"].iloc[:-1].to_numpy()).all()
        assert "".join(d["text"]) == text
        # neighbouring spans alternate voice
        assert (d["voice"].iloc[1:].to_numpy() != d["voice"].iloc[:-1].to_numpy()).all()
    d0 = vs[vs["doc_id"] == "d0"]
    assert d0.loc[d0["voice"] == "quoted", "text"].tolist() == ["“One,”", '"three"', "“five"]
    # from a quotes table, with indirect speech counted as quoted
    q = quotes(a)
    vs2 = voice_spans(a, q, kinds=("direct", "indirect"))
    assert vs2.groupby("doc_id")["end"].max().to_dict() == {
        d: len(t) for d, t in zip(a["doc_id"], a["text"]) if t
    }


# ------------------------------------------------------------------ attribution


def test_attribution_counts_sorts_and_groups():
    a = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "outlet": ["P", "Q"],
            "side": ["left", "right"],
            "text": [
                "“Yes,” IRNA claimed. “No,” IRNA said. “Maybe,” IRNA said. “So,” the agency said.",
                "“Fine,” Reuters said.",
            ],
        }
    )
    q = quotes(a)
    t = attribution(a, q)
    assert t[["outlet", "speaker", "verb", "count"]].values.tolist() == [
        ["P", "IRNA", "say", 3],
        ["P", "IRNA", "claim", 1],
        ["Q", "Reuters", "say", 1],
    ]
    assert t.loc[0, "group_acts"] == 4 and t.loc[0, "share"] == pytest.approx(0.75)
    assert set(attribution(a, q, by="side")["side"]) == {"left", "right"}
    with pytest.raises(ValueError, match="'side2'"):
        attribution(a, q, by="side2")


def test_attribution_unattributed_option():
    a = arts("A “quotation of several words nobody owns” here. “Yes,” IRNA said.")
    q = quotes(a)
    assert attribution(a, q)["speaker"].tolist() == ["IRNA"]
    t = attribution(a, q, unattributed=True)
    assert "(unattributed)" in set(t["speaker"])


def test_inputs_validated_and_empty():
    with pytest.raises(ValueError, match="'text'"):
        quotes(pd.DataFrame({"doc_id": ["a"]}))
    empty = quotes(pd.DataFrame({"doc_id": ["a", "b"], "text": ["", None]}))
    assert empty.empty and list(empty.columns) == QUOTE_COLUMNS
    assert attribution(arts("x"), empty).empty
    assert voice(pd.DataFrame({"doc_id": [], "start": [], "end": []}), empty).empty


def test_deterministic():
    a = arts(*[p.read_text(encoding="utf-8") for p in sorted(RAW_DIR.glob("*.txt"))])
    pd.testing.assert_frame_equal(quotes(a), quotes(a))


# ------------------------------------------------------------------ the bundled corpus


@pytest.fixture(scope="module")
def bundled():
    from analysis.corpus import load_corpus

    articles = load_corpus()
    return articles, quotes(articles)


ZIONIST = re.compile(r"Zionist regime", re.IGNORECASE)


def _label_voices(articles, q, pattern):
    hits = []
    for doc_id, text in zip(articles["doc_id"], articles["text"]):
        hits += [(doc_id, m.start(), m.end()) for m in pattern.finditer(text)]
    rows = pd.DataFrame(hits, columns=["doc_id", "start", "end"])
    rows["voice"] = voice(rows, q).to_numpy()
    return rows.merge(articles[["doc_id", "outlet"]], on="doc_id")


def test_bundled_jpost_quotes_zionist_regime_but_never_says_it(bundled):
    articles, q = bundled
    rows = _label_voices(articles, q, ZIONIST)
    jp = rows[rows["outlet"] == "The Jerusalem Post"]
    assert len(jp) >= 1 and set(jp["voice"]) == {"quoted"}
    # … and the quotation it sits in is IRNA's
    qq = q[(q["kind"] == "direct") & q["doc_id"].isin(jp["doc_id"])]
    inside = [
        r.speaker_norm for r in qq.itertuples()
        for h in jp.itertuples() if h.doc_id == r.doc_id and r.start <= h.start and h.end <= r.end
    ]
    assert inside and set(inside) == {"IRNA"}


def test_bundled_radio_habana_own_voice_labels(bundled):
    articles, q = bundled
    for label in ("Zionist regime", "Tel Aviv regime"):
        rows = _label_voices(articles, q, re.compile(label))
        rhc = rows[rows["outlet"] == "Radio Habana Cuba"]
        assert (rhc["voice"] == "own").any(), label


def test_bundled_attribution(bundled):
    articles, q = bundled
    t = attribution(articles, q)
    jp = t[(t["outlet"] == "The Jerusalem Post") & (t["speaker"] == "IRNA")]
    assert "claim" in set(jp["verb"]) and jp["count"].sum() >= 5
    an = t[t["outlet"] == "Arab News"]
    assert an["speaker"].str.contains("Pezeshkian").any()
    rhc = t[t["outlet"] == "Radio Habana Cuba"]
    assert "point out" in set(rhc.loc[rhc["speaker"].str.contains("Bagheri Kani"), "verb"])
    # every direct quotation of the JPost analysis pieces is attributed (issue 17: the check
    # used to pass on an empty selection; both JPost articles hold quotations)
    jp_docs = set(articles.loc[articles["outlet"] == "The Jerusalem Post", "doc_id"])
    jq = q[(q["kind"] == "direct") & q["doc_id"].isin(jp_docs)]
    assert len(jp_docs) == 2 and set(jq["doc_id"]) == jp_docs and len(jq) >= 10
    assert jq["speaker"].notna().all()


def test_bundled_voice_spans_cover_texts(bundled):
    articles, q = bundled
    vs = voice_spans(articles, q)
    lengths = dict(zip(articles["doc_id"], articles["text"].str.len()))
    assert vs.groupby("doc_id")["end"].max().to_dict() == lengths
    covered = vs.groupby("doc_id")["end"].sum() - vs.groupby("doc_id")["start"].sum()
    assert covered.to_dict() == lengths


# ------------------------------------------------------------------ a real multi-outlet corpus


def test_allsides_sample_invariants(shared_jsonl):
    raw = shared_jsonl("allsides/world.jsonl.gz", nrows=300)
    a = pd.DataFrame({"doc_id": raw["ID"].astype(str), "outlet": raw["source"],
                      "text": raw["text"]})
    q = quotes(a)
    texts = dict(zip(a["doc_id"], a["text"]))
    assert len(q) > 300
    assert all(texts[r.doc_id][r.start : r.end] == r.text for r in q.itertuples())
    classes = ["neutral", "factive", "assertive", "doubt", "other"]
    assert q["verb_class"].dropna().isin(classes).all()
    direct = q[q["kind"] == "direct"]
    # most direct quotations in wire-style copy have a speaker
    assert direct["speaker"].notna().mean() > 0.6
    t = attribution(a, q)
    assert (t["count"] > 0).all() and t["share"].le(1).all()


def test_object_of_a_verb_is_not_an_inverted_speaker():
    # the condemnation is found (kind "object"), its speaker is the subject, never the object
    text = "Bagheri Kani, alongside Fuad Hussain, condemned the genocide perpetrated by Israel."
    q = quotes(arts(text))
    assert q[["kind", "speaker", "verb", "text"]].values.tolist() == [
        ["object", "Bagheri Kani", "condemn", "the genocide perpetrated by Israel"]]


# ------------------------------------------------------------------ issue 15: people, cues, spans


def resolved(text: str) -> list[list]:
    q = quotes(arts(text))
    return q[["speaker", "speaker_resolved", "speaker_kind"]].values.tolist()


def test_pronouns_and_surnames_resolve_to_the_full_name():
    text = ("Donald Trump spoke in Ohio on Monday. Mr. Trump said the system was rigged. "
            "“We will win,” he said.\n\nHillary Clinton answered in Iowa. “He is unfit,” she "
            "said. Trump said she was wrong.")
    assert resolved(text) == [
        ["Mr. Trump", "Donald Trump", "person"],
        ["he", "Donald Trump", "person"],
        ["she", "Hillary Clinton", "person"],
        ["Trump", "Donald Trump", "person"],
    ]


def test_pronoun_takes_the_compatible_gender_not_the_nearest_name():
    text = ("Loretta Lynch met Bill Clinton on her plane. “We talked about grandchildren,” she "
            "said.")
    assert resolved(text) == [["she", "Loretta Lynch", "person"]]


def test_names_inside_quotations_are_not_antecedents():
    text = ("Barack Obama spoke at the museum. “Muhammad Ali said we can float,” he said.")
    assert ["he", "Barack Obama", "person"] in resolved(text)


def test_role_description_resolves_to_the_titled_person():
    text = ("Mayor Bill de Blasio described the blast as intentional. “We do not see a link to "
            "terrorism,” the mayor said.")
    assert resolved(text)[-1] == ["the mayor", "Bill de Blasio", "person"]


@pytest.mark.parametrize(
    "text, label, kind",
    [
        ("Clinton ditched her escort, a source said.", "(anonymous source)", "anonymous"),
        ("Officials familiar with the plan said it would change.", "(anonymous source)",
         "anonymous"),
        ("A Trump campaign spokesman said the plan was final.", "spokesperson of Trump campaign",
         "spokesperson"),
        ("The poll says Clinton leads by four points.", "poll", "document"),
        ("He said the plan was final.", "(unidentified)", "unresolved"),
    ],
)
def test_unnamed_sources_keep_their_kind(text, label, kind):
    assert resolved(text)[0][1:] == [label, kind]


def test_attribution_counts_resolved_speakers_not_pronouns():
    a = arts("Donald Trump spoke. “Yes,” he said. “No,” Trump said. Mr. Trump said it was over.")
    t = attribution(a, quotes(a))
    assert t["speaker"].tolist() == ["Donald Trump"] and t["count"].tolist() == [3]


def test_unidentified_speakers_left_out_of_attribution_by_default():
    a = arts("He said the plan was final. “Yes,” IRNA said.")
    q = quotes(a)
    assert q["speaker_resolved"].tolist() == ["(unidentified)", "IRNA"]
    assert attribution(a, q)["speaker"].tolist() == ["IRNA"]
    assert set(attribution(a, q, unattributed=True)["speaker"]) == {"IRNA", "(unidentified)"}


def test_lone_surname_joins_the_corpus_full_name_in_attribution():
    # (a surname the actor dictionary does not know: "Trump" alone is Donald Trump already)
    a = arts("Jane Hawley said it was over.", "Hawley said it was not over.")
    q = quotes(a)
    assert q["speaker_resolved"].tolist() == ["Jane Hawley", "Hawley"]  # per article
    t = attribution(a, q)
    assert t[["speaker", "count", "articles"]].values.tolist() == [["Jane Hawley", 2, 2]]


def test_nyt_double_apostrophe_quotes():
    text = "''We're in a bubble,'' Mr. Trump said. Then ''more'' came."
    q = quotes(arts(text))
    d = q[q["kind"] == "direct"].iloc[0]
    assert d.text == "''We're in a bubble,''" and d.speaker == "Mr. Trump"
    assert q["kind"].tolist() == ["direct", "term"]


def test_cue_as_written_with_its_class():
    text = ("Trump was quoted as saying the wall would be built. Clinton pointed out that it "
            "would not. The report is wrong, according to the agency.")
    q = quotes(arts(text))
    assert q[["cue", "verb", "verb_class"]].values.tolist() == [
        ["quoted as saying", "quote as saying", "neutral"],
        ["pointed out", "point out", "assertive"],
        ["according to", "according to", "neutral"],
    ]
    assert (q["cue"] == [t[s:e] for t, s, e in zip([text] * 3, q["cue_start"], q["cue_end"])]).all()


def test_statement_interrupted_by_its_attribution():
    q = quotes(arts("Putting the show together, Butz said, allowed him to relax at last."))
    assert q["text"].tolist() == ["Putting the show together", "allowed him to relax at last"]
    assert q["speaker"].tolist() == ["Butz", "Butz"]
    assert q["verb_start"].nunique() == 1  # one reporting act


def test_subject_with_relative_clause_or_apposition():
    q = quotes(arts("Barkley, who said he votes Democratic, said one candidate he likes is Kasich. "
                    "Vikram Amar, dean of the law school, said there had been a change."))
    top = q[q["within"].isna() & (q["speaker"] != "who")]
    assert top[["speaker", "text"]].values.tolist() == [
        ["Barkley", "he votes Democratic"],  # the relative clause is his statement too
        ["Barkley", "one candidate he likes is Kasich"],
        ["Vikram Amar", "there had been a change"],
    ]


@pytest.fixture(scope="module")
def bundled_mentions(bundled):
    from analysis.actors import actor_mentions

    return actor_mentions(bundled[0])


def test_bundled_speakers_resolved_to_actors(bundled, bundled_mentions):
    articles, _ = bundled
    q = quotes(articles, mentions=bundled_mentions)
    jp = q[q["doc_id"].str.startswith("000")]
    assert set(jp.loc[jp["speaker"].isin(["IRNA", "the report", "a separate report"]),
                      "speaker_actor"]) == {"IRNA"}
    an = q[q["doc_id"] == "004_9125003bb1608942"]
    assert "Masoud Pezeshkian" in set(an["speaker_actor"].dropna())
    t = attribution(articles, q)
    assert ((t["outlet"] == "The Jerusalem Post") & (t["speaker"] == "IRNA")
            & (t["verb"] == "claim")).any()


def test_voice_agrees_with_mentions_in_quote(bundled, bundled_mentions):
    articles, q = bundled
    men = bundled_mentions
    if "in_quote" not in men.columns:
        pytest.skip("mentions carry no in_quote column")
    v = voice(men, q)
    assert ((v == "quoted") == men["in_quote"].astype(bool)).all()


def test_relative_time_and_poll_subjects():
    """Issue 15 (PolNeAR train): "who said", a time adverbial before the verb, poll shares, and
    a joined reporting clause that ends the statement before it."""
    q = quotes(arts("The ruling drew a reply from President Barack Obama, who said the law was "
                    "clear. Hillary Clinton on Tuesday said the plan would fail. About four in "
                    "10 voters said life would be worse. He said the talks went well, but "
                    "officials said the talks were short."))
    got = q[["speaker", "text"]].values.tolist()
    assert ["President Barack Obama", "the law was clear"] in got
    assert ["Hillary Clinton", "the plan would fail"] in got
    assert ["About four in 10 voters", "life would be worse"] in got
    assert ["He", "the talks went well"] in got
    assert ["officials", "the talks were short"] in got


def test_long_appositive_and_colon_quotation():
    q = quotes(arts("Pete Seat, an Indiana GOP consultant whose firm was retained by the Kasich "
                    "campaign, said he would be shocked. Lance Beebe, 49, a Navy veteran, said he "
                    "was elated. Asked about the wall, Trump said: “It will be built.”"))
    got = q[["speaker", "text"]].fillna("").values.tolist()  # ("Asked …" has no speaker)
    assert ["Pete Seat", "he would be shocked"] in got
    assert ["Lance Beebe", "he was elated"] in got
    assert ["Trump", "“It will be built.”"] in got
    assert "Asked about the wall" not in set(q["text"])
    assert ["", "about the wall"] in got  # the question put to Trump, asker not named


def test_title_case_headline():
    q = quotes(arts("Clinton Says Russians Hacked DNC\n\nThe campaign said more on Monday."))
    got = q[["speaker", "verb", "text"]].values.tolist()
    assert ["Clinton", "say", "Russians Hacked DNC"] in got
    assert ["The campaign", "say", "more on Monday"] in got


# ------------------------------------------------------------------ issue 17: the quotes package


def test_old_module_paths_reexport_the_package():
    import analysis.quote_attribution as old_attribution
    import analysis.quote_people as old_people
    import analysis.quote_speakers as old_speakers
    import analysis.reporting_verbs as old_verbs
    from analysis.quotes import coreference, extract, people, speakers, verbs, words

    # (``analysis.quotes`` as an attribute of ``analysis`` is the function ``quotes``)
    pkg = importlib.import_module("analysis.quotes")
    assert old_attribution._doc_quotes is extract._doc_quotes is pkg._doc_quotes
    assert old_attribution._speaker_kind is coreference._speaker_kind is pkg._speaker_kind
    assert old_people._join_surnames is people._join_surnames is pkg._join_surnames
    assert old_speakers._event is speakers._event
    assert old_speakers._DETERMINERS is words._DETERMINERS
    assert old_verbs.load_reporting_verbs is verbs.load_reporting_verbs is load_reporting_verbs
    assert old_verbs.REPORTING_VERBS == pkg.REPORTING_VERBS
    # the package's functions, not its submodules, answer to the public names
    assert callable(pkg.quotes) and callable(pkg.attribution) and callable(pkg.voice_spans)
    assert pkg.attribution.__module__ == "analysis.quotes"


def test_old_attribution_order_and_positional_mentions_still_work_with_a_warning():
    a = arts("“Yes,” IRNA claimed. “No,” IRNA said.").assign(outlet=[None])
    q = quotes(a)
    new = attribution(a, q)
    assert new["outlet"].tolist() == ["unknown", "unknown"]  # a missing outlet is counted
    with pytest.warns(DeprecationWarning, match="attribution"):
        pd.testing.assert_frame_equal(attribution(q, a), new)
    men = pd.DataFrame({"doc_id": ["d0"], "start": [7], "end": [11], "actor": ["IRNA"]})
    with pytest.warns(DeprecationWarning, match="mentions="):
        pd.testing.assert_frame_equal(quotes(a, men), quotes(a, mentions=men))
