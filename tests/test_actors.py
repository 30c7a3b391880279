"""Actor mentions, dictionary loading, frequency, network and candidate discovery."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd
import pytest
from scipy import stats

from analysis import actors as actors_mod
from analysis.actor_dictionary import ActorDictionary, fold, fold_lower, load_dictionary
from analysis.actors import actor_candidates, actor_frequency, actor_mentions, actor_network

ACTORS = """actor,type,country,role,aliases,short_names,labels,demonyms,notes
Iran,state,IRN,,Tehran,,the Islamic Republic,Iranian|Iranians,
Israel,state,ISR,,,,Zionist regime|Israeli regime|Tel Aviv regime,Israeli,
United States,state,USA,,US|U.S.|Washington,,,American,
Russia,state,RUS,,Moscow,,,Russian,
US State Department,organisation,USA,,State Department,,,,
D-8,organisation,,,Developing Eight,,,,
Ali Bagheri Kani,person,IRN,,Bagheri Kani,,,,
Hossein Amirabdollahian,person,IRN,,,Amirabdollahian,,,
Sergei Shoigu,person,RUS,,,Shoigu,,,
Matthew Miller,person,USA,,,Miller,,,
Imran Khan,person,PAK,,,Khan,,,
Sadiq Khan,person,GBR,,,Khan,,,
"""
FM = "Iran's foreign minister|Iranian foreign minister|Iran's acting foreign minister"
ROLES = f"""role,phrases,actor,start,end
Iran foreign minister,{FM},Hossein Amirabdollahian,2021-08-25,2024-05-19
Iran foreign minister,{FM},Ali Bagheri Kani,2024-05-20,2024-08-21
Russian security council secretary,secretary of Russia's security council,Sergei Shoigu,2024-05-12,
"""


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> ActorDictionary:
    folder = tmp_path_factory.mktemp("dict")
    (folder / "actors.csv").write_text(ACTORS, encoding="utf-8")
    (folder / "roles.csv").write_text(ROLES, encoding="utf-8")
    return load_dictionary(folder)


def arts(*texts: str, dates=None) -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": [f"d{i}" for i in range(len(texts))],
        "outlet": ["A"] * len(texts),
        "date": pd.to_datetime(dates if dates is not None else [None] * len(texts)),
        "text": list(texts),
    })


def named(m: pd.DataFrame) -> pd.DataFrame:
    return m[m["method"].isin(["dictionary", "surname"])]


# --- matching --------------------------------------------------------------------------------

def test_aliases_and_labels_resolve_to_one_actor(small):
    m = actor_mentions(arts("Israel, the Zionist regime, the Israeli regime and the Tel Aviv "
                            "regime; Tehran and the Islamic Republic."), dictionary=small)
    assert m["actor"].tolist() == ["Israel"] * 4 + ["Iran"] * 2
    assert m["form"].tolist() == ["alias", "label", "label", "label", "alias", "label"]
    assert set(m["method"]) == {"dictionary"}


def test_word_boundaries_case_and_possessives(small):
    text = "USE the BUS, us and U.S.-led talks; the US-backed plan. Iran’s and Iran's, Iranian."
    m = actor_mentions(arts(text), dictionary=small)
    assert m["surface"].tolist() == ["U.S.", "US", "Iran", "Iran"]
    assert m["actor"].tolist() == ["United States"] * 2 + ["Iran"] * 2


def test_labels_are_case_insensitive_aliases_are_not(small):
    m = actor_mentions(arts("The ZIONIST REGIME said. TEHRAN did not. tehran neither."),
                       dictionary=small)
    assert m["surface"].tolist() == ["ZIONIST REGIME"]


def test_offsets_index_the_original_text(small):
    text = "Ali\u00a0Bagheri Kani met the Developing\u2011Eight. “Bagheri\u00a0Kani’s” aide said."
    a = arts(text)
    m = actor_mentions(a, dictionary=small)
    assert m["actor"].tolist() == ["Ali Bagheri Kani", "D-8", "Ali Bagheri Kani"]
    assert all(text[s:e] == sf for s, e, sf in zip(m["start"], m["end"], m["surface"]))
    assert m["surface"].tolist()[1] == "Developing\u2011Eight"
    assert fold("D\u20118") == "D 8"


def test_longest_match_wins(small):
    m = actor_mentions(arts("The US State Department said the US disagreed."), dictionary=small)
    assert m[["surface", "actor"]].values.tolist() == [
        ["US State Department", "US State Department"], ["US", "United States"]]


def test_surnames_count_only_where_the_article_named_the_person(small):
    a = arts("Miller said no.", "Matthew Miller spoke. Later Miller said no; Miller’s aide too.")
    m = actor_mentions(a, dictionary=small)
    assert not (m["doc_id"] == "d0").any()
    d1 = m[m["doc_id"] == "d1"]
    assert d1["method"].tolist() == ["dictionary", "surname", "surname"]
    assert set(d1["actor"]) == {"Matthew Miller"}


def test_shared_surname_goes_to_the_person_named_in_the_article(small):
    a = arts("Imran Khan spoke. Khan left.", "Sadiq Khan spoke. Khan left.")
    m = actor_mentions(a, dictionary=small)
    assert m.groupby("doc_id")["actor"].agg(set).to_dict() == {
        "d0": {"Imran Khan"}, "d1": {"Sadiq Khan"}}
    assert len(m) == 4


def test_demonyms_only_when_asked(small):
    a = arts("Iranian officials met Israeli officials.")
    assert actor_mentions(a, dictionary=small).empty
    m = actor_mentions(a, dictionary=small, demonyms=True)
    assert m[["actor", "method"]].values.tolist() == [["Iran", "demonym"], ["Israel", "demonym"]]


# --- roles -----------------------------------------------------------------------------------

def test_role_resolves_to_holder_on_the_article_date(small):
    text = "Iran's foreign minister spoke in Doha."
    a = arts(text, text, dates=["2024-03-01", "2024-06-20"])
    m = actor_mentions(a, dictionary=small)
    assert m[m["method"] == "role"][["doc_id", "actor"]].values.tolist() == [
        ["d0", "Hossein Amirabdollahian"], ["d1", "Ali Bagheri Kani"]]
    assert (m[m["method"] == "role"]["surface"] == "Iran's foreign minister").all()
    assert (m["actor"] == "Iran").sum() == 2  # the state inside the phrase still counts


def test_undated_role_needs_the_holder_named_in_the_article(small):
    a = arts("Iranian foreign minister spoke.",
             "Bagheri Kani arrived. The Iranian foreign minister spoke.",
             "Hossein Amirabdollahian and Bagheri Kani. The Iranian foreign minister spoke.")
    m = actor_mentions(a, dictionary=small)
    roles = m[m["method"] == "role"]
    assert roles[["doc_id", "actor"]].values.tolist() == [["d1", "Ali Bagheri Kani"]]


def test_role_with_no_holder_on_the_date_is_not_emitted(small):
    m = actor_mentions(arts("Iran's foreign minister spoke.", dates=["2019-01-01"]),
                       dictionary=small)
    assert not (m["method"] == "role").any()


def test_role_next_to_the_name_is_one_mention(small):
    a = arts("Iran’s acting foreign minister Ali Bagheri Kani said so. "
             "Sergei Shoigu, the secretary of Russia’s security council, met him. "
             "Iran's acting foreign minister, Ali Bagheri Kani, left.", dates=["2024-08-06"])
    m = actor_mentions(a, dictionary=small)
    assert not (m["method"] == "role").any()
    assert named(m)["actor"].value_counts().to_dict() == {
        "Ali Bagheri Kani": 2, "Iran": 2, "Sergei Shoigu": 1, "Russia": 1}


def test_role_as_predicate_or_past_is_not_the_current_holder(small):
    a = arts("Amirabdollahian's successor spoke. Hossein Amirabdollahian was Iran's foreign "
             "minister until May. The former Iranian foreign minister died.",
             dates=["2024-06-20"])
    assert not (actor_mentions(a, dictionary=small)["method"] == "role").any()


# --- quotes, sentences, batching -------------------------------------------------------------

def test_in_quote_flag_default_and_given_spans(small):
    text = "Israel spoke. “Tehran will respond,” he said. Moscow agreed."
    a = arts(text)
    m = actor_mentions(a, dictionary=small)
    assert m[["actor", "in_quote"]].values.tolist() == [
        ["Israel", False], ["Iran", True], ["Russia", False]]
    q = pd.DataFrame({"doc_id": ["d0"], "start": [text.index("Moscow")], "end": [len(text)]})
    m2 = actor_mentions(a, dictionary=small, quotes=q)
    assert m2["in_quote"].tolist() == [False, False, True]


def test_sentence_ids_match_text_sentences(small):
    from analysis.text import sentences

    a = arts("Israel spoke.\n\nTehran answered. Then Moscow.")
    m = actor_mentions(a, dictionary=small)
    s = sentences(a).set_index("sent_id")
    for r in m.itertuples():
        assert s.loc[r.sent_id, "start"] <= r.start < s.loc[r.sent_id, "end"]
    assert m["sent_id"].tolist() == [0, 1, 2] and m["para_id"].tolist() == [0, 1, 1]


def test_batches_give_the_same_result(small, monkeypatch):
    a = arts(*(["Matthew Miller met Tehran officials. Miller left."] * 7 + ["Miller."]))
    whole = actor_mentions(a, dictionary=small)
    monkeypatch.setattr(actors_mod, "_BATCH_CHARS", 60)
    pd.testing.assert_frame_equal(actor_mentions(a, dictionary=small), whole)
    assert len(whole) == 21


def test_missing_column_and_duplicate_ids(small):
    with pytest.raises(ValueError, match="'text'"):
        actor_mentions(pd.DataFrame({"doc_id": ["a"]}), dictionary=small)
    with pytest.raises(ValueError, match="duplicate doc_id"):
        actor_mentions(pd.DataFrame({"doc_id": ["a", "a"], "text": ["x", "y"]}), dictionary=small)


def test_empty_inputs_and_column_types(small):
    m = actor_mentions(arts("", "nothing here"), dictionary=small)
    assert m.empty and list(m.columns) == actors_mod.MENTION_COLUMNS
    full = actor_mentions(arts("Tehran said so."), dictionary=small)
    assert m.dtypes.to_dict() == full.dtypes.to_dict()
    ints = actor_mentions(pd.DataFrame({"doc_id": [7], "text": ["Moscow."]}), dictionary=small)
    assert ints["doc_id"].tolist() == [7]


# --- dictionary loading ----------------------------------------------------------------------

def write(folder, actors=ACTORS, roles=ROLES):
    folder.mkdir(exist_ok=True)
    (folder / "actors.csv").write_text(actors, encoding="utf-8")
    (folder / "roles.csv").write_text(roles, encoding="utf-8")
    return folder


def test_dictionary_refuses_bad_input(tmp_path):
    with pytest.raises(ValueError, match="'Tehran' of 'Tehran City' is also listed under 'Iran'"):
        load_dictionary(write(tmp_path / "a", ACTORS + "Tehran City,place,IRN,,Tehran,,,,\n"))
    with pytest.raises(ValueError, match="unknown type 'country'"):
        load_dictionary(write(tmp_path / "b", ACTORS + "Chad,country,TCD,,,,,,\n"))
    with pytest.raises(ValueError, match="not in the actor dictionary"):
        load_dictionary(write(tmp_path / "c", roles=ROLES + "X,x phrase,Nobody,,\n"))
    with pytest.raises(ValueError, match="is not a date"):
        load_dictionary(write(tmp_path / "d", roles=ROLES + "X,x phrase,Iran,soon,\n"))


def test_user_rows_override_and_extend(tmp_path, small):
    base = write(tmp_path / "base")
    user = tmp_path / "mine.csv"
    user.write_text("actor,type,aliases\nIsrael,state,Israel|State of Israel\n"
                    "Fuad Hussein,person,Fuad Hussein|Fuad Hussain\n", encoding="utf-8")
    d = load_dictionary(base, extra=user)
    m = actor_mentions(arts("The State of Israel and Fuad Hussain; the Zionist regime."),
                       dictionary=d)
    assert m["actor"].tolist() == ["Israel", "Fuad Hussein"]  # labels dropped with the old row
    assert len(d.actors) == len(small.actors) + 1


def test_automaton_is_built_once(small):
    assert small.matcher() is small.matcher()


def test_shipped_dictionary_loads():
    d = load_dictionary()
    assert len(d.actors) > 20
    assert set(d.actors["type"]) <= {"person", "state", "organisation", "armed_group", "media",
                                     "place"}
    assert load_dictionary() is d  # cached while the files are unchanged


# --- candidates ------------------------------------------------------------------------------

def test_candidates_list_names_the_dictionary_lacks(small):
    a = arts("Iraqi President Abdul Latif Rashid met Bagheri Kani. Rashid said Israel erred. "
             "The Palestinian Authority agreed with Amir Khan Muttaqi.")
    c = actor_candidates(a, small, method="heuristic")
    assert c["name"].tolist()[0] == "Abdul Latif Rashid"
    assert c.set_index("name").loc["Abdul Latif Rashid", "mentions"] == 2
    assert {"Palestinian Authority", "Amir Khan Muttaqi"} <= set(c["name"])
    assert not {"Bagheri Kani", "Ali Bagheri Kani", "Israel"} & set(c["name"])
    m = actor_mentions(a, dictionary=small, ner="heuristic")
    assert (m["method"] == "ner").sum() == 4


def test_candidates_with_spacy(small):
    pytest.importorskip("spacy")
    try:
        from analysis.actor_dictionary import spacy_ner
        spacy_ner()
    except ImportError:
        pytest.skip("no spaCy English model")
    a = arts("Bagheri Kani met Iraqi Foreign Minister Fuad Hussein in Baghdad on Monday.")
    c = actor_candidates(a, small, method="spacy")
    assert "Fuad Hussein" in set(c["name"]) and (c["source"] == "spacy").all()
    assert "Bagheri Kani" not in set(c["name"])


# --- frequency and network -------------------------------------------------------------------

@pytest.fixture()
def two_outlets(small):
    a = pd.DataFrame({
        "doc_id": ["a1", "a2", "b1"], "outlet": ["A", "A", "B"],
        "date": pd.to_datetime(["2024-06-01"] * 3),
        "text": ["Israel and Tehran. Israel again. Iran's foreign minister spoke.",
                 "Moscow said nothing about Israel.", "Tehran and Moscow met."],
    })
    a["n_words"] = [1000, 1000, 500]
    return a, actor_mentions(a, dictionary=small)


def test_frequency_counts_rates_and_poisson_interval(two_outlets):
    a, m = two_outlets
    f = actor_frequency(a, m)
    row = f[(f["outlet"] == "A") & (f["actor"] == "Israel")].iloc[0]
    assert (row["mentions"], row["articles_mentioning"], row["articles"], row["words"]) == (
        3, 2, 2, 2000)
    assert row["per_1000_words"] == pytest.approx(1.5)
    assert row["ci_low"] == pytest.approx(stats.chi2.ppf(0.025, 6) / 2 / 2)
    assert row["ci_high"] == pytest.approx(stats.chi2.ppf(0.975, 8) / 2 / 2)
    zero = f[(f["outlet"] == "B") & (f["actor"] == "Israel")].iloc[0]
    assert zero["mentions"] == 0 and zero["ci_low"] == 0 and zero["ci_high"] > 0
    assert f["outlet"].tolist() == sorted(f["outlet"])  # grouped, then mentions desc
    assert "Garwood" in f.attrs["interval"]


def test_frequency_include_roles_and_by_type(two_outlets):
    a, m = two_outlets
    plain = actor_frequency(a, m, by=None)
    assert "Hossein Amirabdollahian" not in set(plain["actor"])
    assert "Ali Bagheri Kani" in set(actor_frequency(a, m, by=None, include=(
        "dictionary", "surname", "role"))["actor"])
    t = actor_frequency(a, m, by=None, key="actor_type")
    assert t.set_index("actor_type").loc["state", "mentions"] == 8


def test_frequency_bootstrap_is_deterministic(two_outlets):
    a, m = two_outlets
    f1 = actor_frequency(a, m, interval="bootstrap", n_boot=200)
    f2 = actor_frequency(a, m, interval="bootstrap", n_boot=200)
    pd.testing.assert_frame_equal(f1, f2)
    assert (f1["ci_low"] <= f1["per_1000_words"] + 1e-12).all()
    assert (f1["per_1000_words"] <= f1["ci_high"] + 1e-12).all()


def test_network_edges(two_outlets):
    _, m = two_outlets
    e = actor_network(m)
    assert e[["source", "target", "weight"]].values.tolist() == [
        ["Iran", "Israel", 1], ["Iran", "Russia", 1], ["Israel", "Russia", 1]]
    art = actor_network(m, unit="article")
    assert art.set_index(["source", "target"]).loc[("Iran", "Russia"), "weight"] == 1
    assert art.set_index(["source", "target"]).loc[("Israel", "Russia"), "weight"] == 1
    g = nx.from_pandas_edgelist(e, "source", "target", edge_attr=True)
    assert g["Iran"]["Israel"]["weight"] == 1
    with pytest.raises(ValueError, match="unit"):
        actor_network(m, unit="word")


# --- the bundled corpus ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def bundled():
    from analysis.corpus import load_corpus

    a = load_corpus()
    return a, actor_mentions(a)


def counts(m, doc_id):
    return named(m[m["doc_id"] == doc_id])["actor"].value_counts()


def test_bundled_named_people_counted_exactly(bundled):
    a, m = bundled
    assert counts(m, "004_9125003bb1608942")["Sergei Shoigu"] == 5
    assert counts(m, "002_cc49016c80e3a549")["Ali Bagheri Kani"] == 3
    texts = dict(zip(a["doc_id"], a["text"]))
    assert all(texts[d][s:e] == sf for d, s, e, sf in m[["doc_id", "start", "end", "surface"]]
               .itertuples(index=False))


def test_bundled_organisations_and_labels(bundled):
    _, m = bundled
    entries = load_dictionary().entries
    actor_of = dict(zip(entries["form"], entries["actor"]))
    found = named(m).groupby("doc_id")["actor"].agg(set)
    expected = {
        "000_e1f3d7e1540e10ee": ["G7", "IRNA", "OIC", "Israel", "Russia", "Taliban"],
        "002_cc49016c80e3a549": ["D-8", "Israel", "Iran"],
        "003_c2296167f366dcf8": ["Hamas", "Hezbollah", "IRGC", "IRNA", "Qatar", "NATO"],
        "004_9125003bb1608942": ["Hamas", "Hezbollah", "IRGC", "US State Department", "Russia"],
    }
    for doc_id, names in expected.items():
        assert {actor_of[n] for n in names} <= found[doc_id], doc_id
    labels = m[m["form"] == "label"]
    assert set(labels["actor"]) == {"Israel"}
    assert set(labels["surface"].str.lower()) == {"zionist regime", "israeli regime",
                                                  "tel aviv regime"}


def test_bundled_no_spurious_actors(bundled):
    _, m = bundled
    found = named(m).groupby("doc_id")["actor"].agg(set)
    # Read off the article bodies by hand: every state, person, group and place named.
    assert found["002_cc49016c80e3a549"] == {
        "Ali Bagheri Kani", "D-8", "Gaza", "Iran", "Israel", "Istanbul", "Palestine",
        "Rafah crossing"}  # not "RHC" nor the first "Istanbul": they are the dateline
    assert found["004_9125003bb1608942"] == {
        "Ali Akbar Ahmadian", "Beirut", "Fuad Shukr", "Gaza", "Hamas", "Hezbollah", "Iran",
        "Islamic Revolutionary Guard Corps", "Ismail Haniyeh", "Israel", "Kremlin",
        "Masoud Pezeshkian", "Matthew Miller", "Middle East", "Reuters", "Russia",
        "Security Council of Russia",
        "Sergei Shoigu", "Supreme National Security Council", "Ukraine", "United States",
        "United States Department of State", "Vladimir Putin", "Zvezda"}
    roles = m[m["method"] == "role"]
    assert not roles["surface"].str.contains("defense minister").any()  # "Shoigu was …"
    assert set(roles[roles["doc_id"] == "002_cc49016c80e3a549"]["actor"]) == {"Ali Bagheri Kani"}


def test_bbc_sample_offsets_and_determinism(shared_jsonl):
    a = shared_jsonl("bbc/bbc.jsonl.gz", nrows=300)[["doc_id", "text"]]
    m1, m2 = actor_mentions(a), actor_mentions(a)
    pd.testing.assert_frame_equal(m1, m2)
    texts = dict(zip(a["doc_id"], a["text"]))
    assert len(m1) > 100
    assert all(texts[d][s:e] == sf for d, s, e, sf in m1[["doc_id", "start", "end", "surface"]]
               .itertuples(index=False))


# --- the shipped dictionary covers the world -------------------------------------------------

#: The 193 UN member states and the two observer states, by ISO 3166-1 alpha-3 code.
UN_MEMBERS = set("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE PRK DNK
DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB
GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO
LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU
NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA
KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB
ZWE""".split())


@pytest.fixture(scope="module")
def shipped() -> ActorDictionary:
    return load_dictionary()


def test_every_un_member_and_observer_state_is_a_row(shipped):
    assert len(UN_MEMBERS) == 193
    states = shipped.actors[shipped.actors["type"] == "state"]
    assert UN_MEMBERS | {"VAT", "PSE"} <= set(states["country"])
    assert not states["country"].duplicated().any()  # one row per state
    assert {"TWN", "XKX"} <= set(states["country"])  # Taiwan, Kosovo: de facto states


def test_shipped_names_belong_to_one_actor(shipped):
    e = shipped.entries
    e = e[e["kind"].isin(["alias", "label", "demonym"])]
    owners = e.assign(key=e["form"].map(lambda f: fold(f).lower().strip())).groupby("key")["actor"]
    assert owners.nunique().max() == 1  # the loader refuses a file that breaks this, too


def test_new_states_capitals_and_demonyms_resolve(shipped):
    a = arts("South Korea and Libya talked. Seoul and Pyongyang traded barbs; Tokyo watched. "
             "Japanese and Venezuelan officials met Mexico's envoy in Italy.")
    m = named(actor_mentions(a, dictionary=shipped))
    assert m["actor"].tolist() == ["South Korea", "Libya", "South Korea", "North Korea", "Japan",
                                   "Mexico", "Italy"]
    d = actor_mentions(a, dictionary=shipped, demonyms=True)
    assert d[d["method"] == "demonym"]["actor"].tolist() == ["Japan", "Venezuela"]


def test_ambiguous_country_names_are_not_guessed(shipped):
    a = arts("Chad Griffin spoke in Atlanta, Georgia, and Victoria Nuland in Lima. Pope Francis "
             "visited the Central African Republic; a guinea pig; the turkey was carved. "
             "Latin America and South Sudan; the Washington Post and America.")
    m = named(actor_mentions(a, dictionary=shipped))
    assert m["actor"].tolist() == ["Pope Francis", "Central African Republic", "Latin America",
                                   "South Sudan", "The Washington Post", "United States"]


def test_organisations_armed_groups_and_agencies_resolve(shipped):
    a = arts("The IMF, the African Union, ASEAN, Interpol and the OSCE met. Boko Haram and the "
             "Nusra Front attacked. Yonhap, Kyodo, KCNA and dpa reported.")
    m = named(actor_mentions(a, dictionary=shipped))
    assert m["actor"].tolist() == [
        "International Monetary Fund", "African Union", "ASEAN", "Interpol", "OSCE",
        "Boko Haram", "Nusra Front", "Yonhap", "Kyodo News", "Korean Central News Agency",
        "Deutsche Presse-Agentur"]
    assert set(m["actor_type"]) == {"organisation", "armed_group", "media"}


@pytest.mark.parametrize("phrase, date, holder", [
    ("Japan's prime minister", "2019-06-01", "Shinzo Abe"),
    ("Japan's prime minister", "2022-06-01", "Fumio Kishida"),
    ("the Italian prime minister", "2016-06-01", "Matteo Renzi"),
    ("the Italian prime minister", "2023-06-01", "Giorgia Meloni"),
    ("the Brazilian president", "2020-06-01", "Jair Bolsonaro"),
    ("the Mexican president", "2020-06-01", "Andrés Manuel López Obrador"),
    ("the Canadian prime minister", "2016-06-01", "Justin Trudeau"),
    ("the Australian prime minister", "2019-06-01", "Scott Morrison"),
    ("the South Korean president", "2018-06-01", "Moon Jae-in"),
    ("the South African president", "2019-06-01", "Cyril Ramaphosa"),
    ("the Argentine president", "2024-06-01", "Javier Milei"),
    ("the Indonesian president", "2019-06-01", "Joko Widodo"),
    ("China's premier", "2015-06-01", "Li Keqiang"),
    ("the Cuban president", "2024-06-01", "Miguel Díaz-Canel"),
    ("the German foreign minister", "2019-06-01", "Heiko Maas"),
    ("the US secretary of state", "2012-06-01", "Hillary Clinton"),
    ("the FBI director", "2016-06-01", "James Comey"),
    ("the British foreign secretary", "2020-06-01", "Dominic Raab"),
    ("the British prime minister", "2005-06-01", "Tony Blair"),
])
def test_g20_and_us_office_holders_resolve_by_date(shipped, phrase, date, holder):
    m = actor_mentions(arts(f"Later, {phrase} spoke.", dates=[date]), dictionary=shipped)
    assert m[m["method"] == "role"]["actor"].tolist() == [holder]


def test_shared_surnames_and_title_aliases(shipped):
    a = arts("Hillary Clinton met Bill Clinton. Clinton said no. Later Mrs. Clinton left. "
             "Russian President Vladimir Putin and President Obama spoke; Obama smiled.",
             dates=["2016-06-01"])
    m = actor_mentions(a, dictionary=shipped)
    assert named(m)["actor"].tolist() == [
        "Hillary Clinton", "Bill Clinton", "Bill Clinton", "Hillary Clinton", "Vladimir Putin",
        "Barack Obama", "Barack Obama"]
    assert (m["method"] == "role").sum() == 0  # "Russian President" next to the name: one mention


def test_democrats_inside_other_party_names_are_not_the_us_party(shipped):
    a = arts("The Liberal Democrats, the Social Democrats and the Sweden Democrats lost; "
             "Democrats and Republicans in Congress agreed.")
    assert named(actor_mentions(a, dictionary=shipped))["actor"].tolist() == [
        "Liberal Democrats", "Social Democratic Party of Germany", "Sweden Democrats",
        "Democratic Party", "Republican Party"]  # bare "Congress" needs the full name first


def test_old_argument_order_and_names_still_work_with_a_warning():
    a = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "X", None],
                      "text": ["Iran and Russia.", "Iran.", "Russia and Iran."]})
    m = actor_mentions(a)
    new = actor_frequency(a, m)
    with pytest.warns(DeprecationWarning, match="actor_frequency"):
        old = actor_frequency(m, a)
    with pytest.warns(DeprecationWarning, match="confidence"):
        renamed_level = actor_frequency(a, m, level=0.95)
    pd.testing.assert_frame_equal(old, new)
    pd.testing.assert_frame_equal(renamed_level, new)
    # the article with no outlet is counted in "unknown", not dropped
    assert set(new["outlet"]) == {"X", "unknown"}
    assert new.groupby("outlet")["articles"].first().to_dict() == {"X": 2, "unknown": 1}
    with pytest.warns(DeprecationWarning, match="unit"):
        old_net = actor_network(m, level="article")
    pd.testing.assert_frame_equal(old_net, actor_network(m, unit="article"))


@pytest.mark.parametrize("seed", range(4))
def test_fold_of_long_texts_equals_the_regular_expression(seed):
    # Long texts take the code-point tables; the reference is the plain regex definition.
    import re

    rng = np.random.default_rng(seed)
    pool = ("abcXYZ 09_\n\t\x00.,'’“”–—…\u00a0\u00e9\u00c9\u0130\u0131\u03a3\u03c3\u03c2"
            "\u0411\u0628\u4e2d\u2011\u2160\u00b2\U0001d400\U0001f600\U00010400")
    chars = [pool[i] for i in rng.integers(0, len(pool), 150_000)]
    if seed == 3:
        chars[77] = "\ud800"  # a lone surrogate cannot be encoded: the regex path
    text = "".join(chars)
    word = re.compile(r"[^\w ]|_")
    assert fold(text) == word.sub(" ", text)
    assert fold_lower(text) == word.sub(" ", text.replace("\u0130", "I").lower())
    assert fold_lower(text.replace("\u03a3", "s")) == word.sub(
        " ", text.replace("\u03a3", "s").replace("\u0130", "I").lower())
    assert len(fold_lower(text)) == len(text)
