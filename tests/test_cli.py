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
    (["load", "--columns", "text"], "--columns takes FIELD=COLUMN pairs"),
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
    assert code == 2 and "no articles could be loaded" in err
    assert not (tmp_path / "out").exists()


def _report_stops(capsys, tmp_path, *argv) -> str:
    import time

    start = time.perf_counter()
    code, out, err = _run(capsys, "report", *argv, "--out", tmp_path / "out")
    assert code == 2, err
    assert time.perf_counter() - start < 20  # before any notebook starts
    assert not (tmp_path / "out" / "reports").exists()
    assert "Traceback" not in err
    return err


def test_report_stops_at_once_on_a_csv_without_text_column(tmp_path, capsys):
    pd.DataFrame({"body_html": ["<p>x</p>"], "paper": ["X"]}).to_csv(tmp_path / "e.csv",
                                                                     index=False)
    err = _report_stops(capsys, tmp_path, "--corpus", tmp_path / "e.csv")
    assert "e.csv: skipped" in err and "no text column" in err
    assert "fix: name the columns: --columns text=" in err


def test_report_stops_at_once_on_unknown_types_and_empty_folders(tmp_path, capsys):
    (tmp_path / "pdfs").mkdir()
    (tmp_path / "pdfs" / "scan.xyz").write_bytes(b"%XYZ-1.4 binary")
    err = _report_stops(capsys, tmp_path, "--corpus", tmp_path / "pdfs")
    assert "scan.xyz: skipped" in err and "unknown file type .xyz" in err
    assert "fix: supported types" in err
    (tmp_path / "empty").mkdir()
    err = _report_stops(capsys, tmp_path, "--corpus", tmp_path / "empty")
    assert "no articles could be loaded" in err and "holds no files" in err


def test_report_passes_loader_options_and_checks_the_group_column(tmp_path, capsys):
    pd.DataFrame({"body": ["Iran and Oman held talks on Monday in Muscat about sanctions."],
                  "paper": ["Daily X"], "lean": ["left"]}).to_csv(tmp_path / "e.csv",
                                                                  index=False)
    err = _report_stops(capsys, tmp_path, "--corpus", tmp_path / "e.csv", "--columns",
                        "text=body", "--outlet-column", "paper", "--group-column", "desk")
    assert "articles has no column 'desk'" in err and "'outlet'" in err
    err = _report_stops(capsys, tmp_path, "--corpus", tmp_path / "e.csv", "--columns", "text")
    assert "--columns takes FIELD=COLUMN pairs" in err


def test_report_notebooks_read_the_corpus_loaded_once(tmp_path, capsys):
    """The loaded table reaches the notebook (ARTICLES), with the outlet column mapped."""
    pd.DataFrame({"body": ["Iran and Oman held talks on Monday in Muscat about sanctions."],
                  "paper": ["Daily X"]}).to_csv(tmp_path / "e.csv", index=False)
    code, out, err = _run(capsys, "report", "--corpus", tmp_path / "e.csv", "--columns",
                          "text=body", "--outlet-column", "paper", "--notebook", "00",
                          "--out", tmp_path / "out")
    assert code == 0, err
    summary = pd.read_csv(tmp_path / "out" / "figures" / "corpus_outlets.csv")
    assert summary["outlet"].tolist() == ["Daily X"]
    assert out[:2] == ["00_corpus:", "3"] and "figures" in out  # one line per notebook


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


def test_scheduler_option_loads_on_a_dask_cluster(tmp_path, capsys):
    pytest.importorskip("distributed")
    from analysis.cli import build_parser, loader_options

    args = build_parser().parse_args(["load", "--scheduler", "tcp://10.0.0.1:8786"])
    assert loader_options(args) == {"columns": None, "engine": "dask",
                                    "client": "tcp://10.0.0.1:8786"}
    assert main(["-q", "load", "--scheduler", "local", "--out", str(tmp_path / "d")]) == 0
    assert main(["-q", "load", "--out", str(tmp_path / "p")]) == 0
    capsys.readouterr()
    via_dask = pd.read_csv(tmp_path / "d" / "articles.csv")
    pd.testing.assert_frame_equal(via_dask, pd.read_csv(tmp_path / "p" / "articles.csv"))
