"""The people evaluation's name matching, and the person evidence rules (offline)."""

import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from eval_people import kit_people, match_people, person_key  # noqa: E402

from analysis.actor_dictionary import ActorDictionary, candidate_spans  # noqa: E402
from analysis.person_names import is_credit, person_evidence, unlikely_person  # noqa: E402


def test_person_key_normalises_titles_initials_diacritics_particles():
    assert person_key("Mr. Bill de Blasio's") == ("bill", "de_blasio")
    assert person_key("De Blasio") == ("de_blasio",)
    assert person_key("Vann R. Newkirk II") == ("vann", "newkirk")
    assert person_key("Harry F. Byrd Sr.") == ("harry", "byrd")
    assert person_key("José Núñez") == person_key("Jose Nunez")
    assert person_key("Al Gore") == ("al", "gore")


def test_match_people_one_to_one_surnames_and_middle_names():
    pairs, missed, false = match_people(
        ["Donald Trump", "Obama", "Hans Joachim Schellnhuber", "Aung San Suu Kyi", "Tim Scott"],
        ["Trump", "Barack Obama", "Hans Schellnhuber", "Suu Kyi", "Bobby Scott", "Ohio"])
    assert pairs == [("Donald Trump", "Trump"), ("Obama", "Barack Obama"),
                     ("Hans Joachim Schellnhuber", "Hans Schellnhuber"),
                     ("Aung San Suu Kyi", "Suu Kyi")]
    assert missed == ["Tim Scott"] and false == ["Bobby Scott", "Ohio"]
    # exact names first: "Clinton" alone does not take Hillary's match from her full name
    pairs, missed, false = match_people(["Clinton", "Hillary Clinton"], ["Hillary Clinton"])
    assert pairs == [("Hillary Clinton", "Hillary Clinton")] and missed == ["Clinton"]


def test_kit_people_joins_a_lone_name_to_the_one_full_name():
    men = pd.DataFrame({"doc_id": ["a"] * 4 + ["b"],
                        "actor": ["Ariel Quiros", "Quiros", "Ohio", "Stenger", "Quiros"],
                        "actor_type": ["person", "person", "state", "person", "person"]})
    assert kit_people(men) == {"a": ["Ariel Quiros", "Stenger"], "b": ["Quiros"]}


def test_person_evidence_rules():
    text = ("Ariel Quiros met Xu Qiliang, 61, and the economist Dainis Ivans. Qiliang said no. "
            "Labor Day came. Follow Pam Key on Twitter.")
    assert person_evidence(text, 0, 12) == "given name"
    assert person_evidence(text, 17, 27) == "age or party"
    assert person_evidence(text, text.index("Dainis"), text.index(". Qiliang")) == "role before"
    assert person_evidence(text, text.index("Labor"), text.index(" came")) is None
    assert is_credit(text, text.index("Pam"), text.index(" on Twitter"))
    assert is_credit("Photo: Doug Ives/Canadian Press", 7, 16)
    assert unlikely_person("Franklin Delano Roosevelt Park", 0, 30)
    assert unlikely_person("Take the exit. Exit polls", 15, 19)
    assert not unlikely_person("Htin Kyaw spoke", 0, 9)


def test_candidate_spans_types_people_and_lone_dictionary_surnames():
    d = ActorDictionary(pd.DataFrame({"actor": ["Donald Trump"], "type": ["person"],
                                      "short_names": ["Trump"]}))
    texts = ["Trump spoke. Developer Ariel Quiros, 58, agreed with Trump. Quiros left Trump "
             "Tower. Follow Pam Key on Twitter."]
    mentions = pd.DataFrame({"doc": [], "start": [], "end": []}, dtype="int64")
    spans = candidate_spans(texts, mentions, d, method="heuristic")
    people = spans[spans["actor_type"] == "person"]
    assert set(people["actor"]) == {"Donald Trump", "Ariel Quiros"}
    assert (people["actor"] == "Donald Trump").sum() == 2  # not "Trump Tower"
    assert "Pam Key" not in set(spans["actor"])
