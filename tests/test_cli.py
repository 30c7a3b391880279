"""`python -m analysis`: every subcommand on the bundled corpus and on a folder of .txt files,
with its tables, formats, errors and exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.cli import main, write_table

SUBCOMMANDS = ["load", "topics", "actors", "framing", "report"]
TABLES = {
    "load": ["articles", "load_report"],
    "topics": ["topics", "topic_assignments", "topic_passages", "topic_shares_by_outlet",
               "stories"],
    "actors": ["mentions", "actor_frequency", "actor_network", "quotes", "attribution"],
    "framing": ["distinctive_terms", "label_choices", "tone_toward"],
}
STORIES = {
    "a.txt": "Iran says talks with the United States will continue\n\n"
             "Iran's foreign minister said on Monday that talks with the United States would "
             "continue next week in Oman, despite new sanctions announced by Washington.\n\n"
             "\u201cWe are ready to talk,\u201d the minister told reporters in Tehran. The United "
             "States said the sanctions target oil exports.\n",
    "b.txt": "Washington imposes new sanctions on Iranian oil\n\n"
             "The United States on Monday announced new sanctions on Iranian oil exports, a day "
             "before talks in Oman.\n\nA State Department spokesperson said Iran must stop "
             "enriching uranium. Israel welcomed the decision.\n",
    "c.txt": "Oman to host new round of talks\n\n"
             "Oman will host a new round of talks between Iran and the United States, the Omani "
             "foreign ministry said.\n\nAnalysts said the sanctions could make an agreement "
             "harder to reach, and Iran said it would not give up enrichment.\n",
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("txt_corpus")
    for name, text in STORIES.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def _run(capsys, *argv) -> tuple[int, list[str], str]:
    code = main(["-q", *map(str, argv)])
    cap = capsys.readouterr()
    return code, cap.out.split(), cap.err


def test_help_lists_every_subcommand_and_each_has_help():
    run = subprocess.run([sys.executable, "-m", "analysis", "--help"], capture_output=True,
                         text=True, timeout=60)
    assert run.returncode == 0
    for name in SUBCOMMANDS:
        assert f"    {name}" in run.stdout, name
    for name in SUBCOMMANDS:
        with pytest.raises(SystemExit) as exit_:
            main([name, "--help"])
        assert exit_.value.code == 0


@pytest.mark.parametrize("command", ["load", "topics", "actors", "framing"])
@pytest.mark.parametrize("source", ["bundled", "folder"])
def test_subcommand_writes_its_tables(command, source, folder, tmp_path, capsys):
    corpus = [] if source == "bundled" else [folder]
    code, printed, err = _run(capsys, command, *corpus, "--out", tmp_path)
    assert code == 0, err
    for table in TABLES[command]:
        path = tmp_path / f"{table}.csv"
        assert str(path) in printed and path.exists(), table
    n_articles = 6 if source == "bundled" else 3
    if command == "load":
        articles = pd.read_csv(tmp_path / "articles.csv")
        assert len(articles) == n_articles
        assert list(articles.columns[:3]) == ["doc_id", "outlet", "date"]
    if command == "topics":
        assign = pd.read_csv(tmp_path / "topic_assignments.csv")
        assert assign["doc_id"].nunique() == n_articles
        shares = pd.read_csv(tmp_path / "topic_shares_by_outlet.csv")
        assert (shares.groupby("outlet")["share"].sum().round(9) == 1).all()
    if command == "actors":
        mentions = pd.read_csv(tmp_path / "mentions.csv")
        assert {"Iran", "United States"} <= set(mentions["actor"])
        text = pd.read_csv(tmp_path / "mentions.csv")["surface"]
        assert text.notna().all()
    if command == "framing":
        assert len(pd.read_csv(tmp_path / "tone_toward.csv")) > 0


def test_same_input_gives_identical_csv_bytes(folder, tmp_path, capsys):
    for run in ("one", "two"):
        assert _run(capsys, "topics", folder, "--out", tmp_path / run)[0] == 0
    one = sorted((tmp_path / "one").glob("*.csv"))
    assert len(one) >= 5
    for path in one:
        assert path.read_bytes() == (tmp_path / "two" / path.name).read_bytes(), path.name


def test_parquet_format_holds_the_same_table(folder, tmp_path, capsys):
    assert _run(capsys, "load", folder, "--out", tmp_path, "--format", "parquet")[0] == 0
    articles = pd.read_parquet(tmp_path / "articles.parquet")
    assert sorted(articles["doc_id"]) == ["a", "b", "c"]
    assert (tmp_path / "load_report.parquet").exists()


def test_options_reach_the_functions(tmp_path, capsys):
    code, _, err = _run(capsys, "topics", "--out", tmp_path, "--n-topics", "3",
                        "--unit", "article", "--by", "date")
    assert code == 0, err
    assert len(pd.read_csv(tmp_path / "topics.csv")) == 3
    assert (tmp_path / "topic_shares_by_date.csv").exists()


@pytest.mark.parametrize("argv, message", [
    (["load", "/no/such/corpus"], "corpus '/no/such/corpus' does not exist"),
    (["load", "--manifest", "/no/such.csv"], "manifest '/no/such.csv' does not exist"),
    (["topics", "--by", "desk"], "articles has no column 'desk'"),
    (["report", "--notebook", "99"], "no notebook matches '99'"),
])
def test_bad_input_exits_2_with_one_clear_line(argv, message, tmp_path, capsys):
    code, _, err = _run(capsys, *argv, *(["--out", tmp_path] if argv[0] != "report" else []))
    assert code == 2
    assert err.strip().splitlines()[-1].startswith("error: ") and message in err
    assert "Traceback" not in err


def test_a_folder_without_articles_exits_2(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    code, _, err = _run(capsys, "load", tmp_path / "empty", "--out", tmp_path / "out")
    assert code == 2 and "no articles in" in err
    assert not (tmp_path / "out").exists()


def test_a_missing_module_exits_1_saying_not_available(monkeypatch, tmp_path, capsys):
    monkeypatch.setitem(sys.modules, "analysis.framing", None)  # import now raises ImportError
    code, _, err = _run(capsys, "framing", "--out", tmp_path)
    assert code == 1 and "'framing' is not available" in err


def test_a_failing_step_exits_1_and_traceback_on_request(monkeypatch, tmp_path, capsys):
    import analysis.topics

    def broken(*args, **kwargs):
        raise RuntimeError("model exploded")

    monkeypatch.setattr(analysis.topics, "topic_model", broken)
    code, _, err = _run(capsys, "topics", "--out", tmp_path)
    assert code == 1 and "error: topics failed: RuntimeError: model exploded" in err
    assert "Traceback" not in err
    code, _, err = _run(capsys, "topics", "--out", tmp_path, "--traceback")
    assert code == 1 and "Traceback" in err


def test_usage_errors_exit_2():
    for argv in (["bogus"], ["load", "--format", "xlsx"], []):
        with pytest.raises(SystemExit) as exit_:
            main(argv)
        assert exit_.value.code == 2


def test_write_table_flattens_lists_and_drops_attrs(tmp_path):
    df = pd.DataFrame({"terms": [["iran", "talks"], ["oman"]], "n": [2, 1]})
    df.attrs["load_report"] = pd.DataFrame({"file": ["x"]})
    csv = write_table(df, tmp_path / "t.csv")
    assert csv.read_text(encoding="utf-8") == "terms,n\niran; talks,2\noman,1\n"
    back = pd.read_parquet(write_table(df, tmp_path / "t.parquet"))
    assert list(back["terms"].map(list)) == [["iran", "talks"], ["oman"]]
