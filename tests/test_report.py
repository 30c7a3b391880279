"""`make report`: notebooks run with papermill, figures collected, HTML without code, same bytes
twice; and save_figure's output carries no dates."""

from __future__ import annotations

import struct

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import nbformat
import pandas as pd
import pytest

from analysis.cli import main
from analysis.figures import save_figure, use_style
from analysis.report import ReportError, build_report, notebook_paths, select_notebooks

PARAMS = "CORPUS = None  # path to a corpus file or folder; None = the bundled data/"


def _notebook(path, *cells):
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    first = nbformat.v4.new_code_cell(PARAMS)
    first.metadata["tags"] = ["parameters"]
    nb.cells = [first, *(nbformat.v4.new_code_cell(c) for c in cells)]
    nbformat.write(nb, path)
    return path


def _figure(name: str, folder):
    use_style()
    fig, ax = plt.subplots()
    ax.bar(["Arab News", "unknown"], [3, 1])
    ax.set_title("A title")
    data = pd.DataFrame({"outlet": ["Arab News", "unknown"], "share": [0.75, 1 / 3]})
    paths = save_figure(fig, name, data=data, caption="Articles per outlet; n = 4.",
                        evidence=data.head(1), folder=folder)
    plt.close(fig)
    return paths


def _png_chunks(data: bytes) -> list[bytes]:
    chunks, i = [], 8
    while i < len(data):
        (n,) = struct.unpack(">I", data[i:i + 4])
        chunks.append(data[i + 4:i + 8])
        i += 12 + n
    return chunks


def test_save_figure_is_byte_identical_and_free_of_dates(tmp_path):
    a, b = _figure("demo", tmp_path / "a"), _figure("demo", tmp_path / "b")
    assert sorted(a) == ["csv", "evidence", "md", "png", "svg"]
    for kind in a:
        assert a[kind].read_bytes() == b[kind].read_bytes(), kind
    svg = a["svg"].read_text(encoding="utf-8")
    assert "<dc:date>" not in svg and "Matplotlib v" not in svg
    chunks = _png_chunks(a["png"].read_bytes())
    assert b"tIME" not in chunks and b"tEXt" not in chunks and b"iTXt" not in chunks
    assert a["csv"].read_bytes() == b"outlet,share\nArab News,0.75\nunknown,0.3333333333333333\n"


def test_select_notebooks_by_prefix_stem_or_name():
    assert select_notebooks(None) == notebook_paths()
    assert [p.name for p in select_notebooks(["00"])] == ["00_corpus.ipynb"]
    assert select_notebooks(["00_corpus", "00_corpus.ipynb"]) == select_notebooks(["00"])
    with pytest.raises(ValueError, match="no notebook matches '99'"):
        select_notebooks(["99"])


def test_build_report_passes_parameters_collects_figures_and_keeps_going(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    good = _notebook(
        tmp_path / "10_good.ipynb",
        "import os, matplotlib.pyplot as plt, pandas as pd\n"
        "from analysis.figures import save_figure\n"
        "fig, ax = plt.subplots(); ax.plot([1, 2])\n"
        "print('FIGDIR', os.environ['NEWSFRAME_FIGURES_DIR'])\n"
        "save_figure(fig, 'good_fig', data=pd.DataFrame({'corpus': [CORPUS]}), caption='c')",
    )
    bad = _notebook(tmp_path / "11_bad.ipynb", "raise RuntimeError('broken on purpose')")
    figures, reports = tmp_path / "figures", tmp_path / "reports"
    with pytest.raises(ReportError) as info:
        build_report(corpus, figures_dir=figures, reports_dir=reports, notebooks=[bad, good],
                     progress=False)
    runs = {r.notebook.name: r for r in info.value.runs}
    assert "RuntimeError: broken on purpose" in runs["11_bad.ipynb"].error
    assert "11_bad.ipynb" in str(info.value)
    # the failing notebook still gets its HTML (with the traceback) and the next one still runs
    assert "broken on purpose" in runs["11_bad.ipynb"].html.read_text(encoding="utf-8")
    ok = runs["10_good.ipynb"]
    assert ok.ok and [p.name for p in ok.figures] == [
        "good_fig.csv", "good_fig.md", "good_fig.png", "good_fig.svg"]
    assert all(p.parent == figures and p.exists() for p in ok.figures)
    # CORPUS was injected as the resolved path; save_figure wrote to the run's scratch folder
    assert pd.read_csv(figures / "good_fig.csv")["corpus"].tolist() == [str(corpus.resolve())]
    executed = nbformat.read(ok.executed, as_version=4)
    out = "".join(o.get("text", "") for c in executed.cells for o in c.get("outputs", []))
    assert "FIGDIR " in out and str(figures) not in out  # scratch, moved afterwards
    html = ok.html.read_text(encoding="utf-8")
    assert "<img" in html and "save_figure(fig" not in html  # code hidden, figure shown
    assert ok.html.parent == reports and ok.executed.parent == reports
    assert not (tmp_path / "10_good.html").exists()  # notebooks folder untouched


def test_build_report_rejects_a_missing_corpus(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        build_report(tmp_path / "nope", figures_dir=tmp_path, reports_dir=tmp_path)


def test_report_twice_gives_identical_csvs(tmp_path, capsys):
    """00_corpus through the CLI once and build_report once: the same CSV bytes."""
    assert main(["report", "--notebook", "00", "--out", str(tmp_path / "one"), "-q"]) == 0
    printed = capsys.readouterr().out.split()
    build_report(figures_dir=tmp_path / "two" / "figures",
                 reports_dir=tmp_path / "two" / "reports",
                 notebooks=select_notebooks(["00"]), progress=False)
    one = sorted((tmp_path / "one" / "figures").glob("*.csv"))
    two = sorted((tmp_path / "two" / "figures").glob("*.csv"))
    assert [p.name for p in one] == [p.name for p in two] and len(one) >= 3
    for a, b in zip(one, two):
        assert a.read_bytes() == b.read_bytes(), a.name
    for png in (tmp_path / "one" / "figures").glob("*.png"):
        assert png.with_suffix(".svg").exists() and png.with_suffix(".md").exists()
    # quiet: one line per notebook and where the figures went, not every path
    assert printed[:2] == ["00_corpus:", "3"] and str(tmp_path / "one" / "figures,") in printed
    assert (tmp_path / "one" / "reports" / "00_corpus.html").exists()
