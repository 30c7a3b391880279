"""Real-corpus hygiene: boilerplate line classes, outlet variants, dates and outlets from lines.

Every fixture is invented text written by the tests; the real exports (AllSides, PolNeAR, BBC)
are read only when they are beside the project and the tests skip cleanly otherwise.
"""

from __future__ import annotations

import json
import warnings
from datetime import date

import pandas as pd
import pytest

from analysis.boilerplate import classify_line, clean_export_text
from analysis.corpus import load_corpus
from analysis.metalines import date_from_url, date_only, meta_line, parse_byline, parse_date
from analysis.outlets import canonical_outlet, lookup_outlet, outlet_key
from analysis.overview import cleaning_summary
from analysis.scraped import clean_export, parse_scraped


def _load(path, **kwargs) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_corpus(path, **kwargs)


# ---------------------------------------------------------------- line classes

FURNITURE = {
    "photo gallery": ["Photos: Storm hits the coast A man wades through water in the square. "
                      "Hide Caption 1 of 12 Photos: Storm hits the coast Boats lie on a road. "
                      "Hide Caption 2 of 12", "Slideshow (14 Images)", "prev Image 2 of 5"],
    "video": ["JUST WATCHED Minister explains the plan Replay More Videos ... MUST WATCH "
              "Minister explains the plan 02:13",
              "Media playback is unsupported on your device Media caption The minister speaks",
              "Play Video 1:04 Crowds gather in the square – video"],
    "newsletter": ["Sign up for Daily Newsletters Manage Newsletters",
                   "Get the stories you care about delivered to your inbox. By signing up, you "
                   "agree to our Privacy Policy", "› Subscribe", "Newsletter Sign-up"],
    "advertisement": ["ADVERTISEMENT", "Story continues below advertisement",
                      "Advertisement Continue reading the main story", "Story Continued Below"],
    "share": ["Read or Share this story: https://short.example/abc",
              "SHARE THIS ARTICLE Share Tweet Post Email", "Facebook Twitter WhatsApp Email"],
    "follow": ["Follow Jane Doe on Twitter @janedoe.", "Follow by Email",
               "Do you support the senator? Like the page:", "Join us on Facebook.com/Opinion."],
    "credit": ["The Associated Press contributed to this report.",
               "Contributing: Jane Doe and John Roe", "— With assistance by Ann Lee"],
    "comment form": ["Your email address will not be published. Required fields are marked *",
                     "Please enter your comment!", "Please enter your name here",
                     "Leave a Reply Cancel reply"],
    "captcha": ["This site is protected by reCAPTCHA and the Google Privacy Policy apply.",
                "Please verify you're not a robot by clicking the box."],
    "cookie notice": ["We use cookies to improve your experience. By continuing you accept our "
                      "cookie policy.", "Accept all cookies"],
    "about author": ["About Author", "About the author"],
    "language menu": ["English | العربية | فارسی | Français"],
    "breadcrumb": ["Home › World › Middle East", "Home > News > Politics"],
    "masthead": ["Editor in Chief: Ali Rezaei | Managing Editor: Mina Tehrani"],
    "embed": ['<tweet tweet-id="1234567890"><tweet/>.', "[image]"],
    "section label": ["ABSTRACT.", "FULL TEXT.", "Read more:", "More On This..."],
    "timestamp": ["This article is more than 2 years old", "7 years ago", "6:01 p.m.",
                  "Updated at 4:06 p.m. ET. Crowds Leave The Square:"],
    "copyright": ["Copyright © 2019 The Example Times, LLC. Click here for reprint permission."],
    "page control": ["Click to expand", "CLOSE", "Please upgrade your browser to view this "
                     "content."],
    "promotion": ["CLICK HERE TO GET THE EXAMPLE NEWS APP", "Click for more from Example Radio.",
                  "Support our independent journalism"],
    "related links": ["( Also on EXAMPLE: The senator's next move)"],
    "caption": ["Image copyright Example Agency Image caption The two leaders met on Monday",
                "FILE - In this May 2, 2019, file photo, a man walks past the ministry."],
    "photo credit": ["Enlarge this image toggle caption Jane Doe/AP Jane Doe/AP"],
}


@pytest.mark.parametrize("reason,line", [(r, x) for r, xs in FURNITURE.items() for x in xs])
def test_each_furniture_class_is_recognised(reason, line):
    assert classify_line(line) == reason


ARTICLE_LINES = [
    "Ministers met in Doha on Monday to discuss the ceasefire, officials said.",
    "Photos of the meeting were not released.",
    "The advertisement campaign was criticised by the opposition.",
    "She said she would subscribe to the treaty's aims but not its methods.",
    "Copyright law in Iran differs from that in Europe, the lawyer said.",
    "More than 200 people were arrested, the ministry said.",
    "Follow-up talks are planned for Friday.",
    "Home affairs ministers will meet next week.",
    "Video footage showed the convoy entering the city.",
    "Close to 40 people were injured in the blast.",
    "The Associated Press reported that the talks had stalled.",
    "Reuters could not verify the claim.",
    "In other developments:",
    "By contrast, the opposition rejected the plan.",
    "By Monday, the talks had resumed.",
]


@pytest.mark.parametrize("line", ARTICLE_LINES)
def test_article_lines_are_not_furniture(line):
    assert classify_line(line) is None
    assert clean_export(line).text == line


def test_export_cleaning_reports_every_removed_line_with_its_reason():
    text = ("Story highlights Envoys meet in Vienna\nTalks to last two days\n"
            "VIENNA (AP) — Envoys met on Monday. They talked for hours.\n"
            "JUST WATCHED Envoys meet Replay More Videos ... MUST WATCH Envoys meet 01:02\n"
            "READ MORE:\nTalks stall over sanctions\nA second round is planned\n"
            "The next round is set for June.\nThe Associated Press contributed to this report.")
    out = clean_export(text)
    assert out.text == ("VIENNA (AP) — Envoys met on Monday. They talked for hours.\n\n"
                        "The next round is set for June.")
    assert out.highlights == ["Envoys meet in Vienna", "Talks to last two days"]
    reasons = [r.split(": ", 1)[0] for r in out.removed]
    assert reasons == ["video", "section label", "related links", "related links", "credit"]


def test_video_teaser_glued_into_a_paragraph_is_cut_out_exactly():
    text = ("Officials said the attack was planned. JUST WATCHED Army briefs reporters Replay "
            "More Videos ... MUST WATCH Army briefs reporters 01:55 The photos were posted later.")
    out = clean_export(text)
    assert out.text == "Officials said the attack was planned. The photos were posted later."
    assert out.removed == ["video: JUST WATCHED Army briefs reporters Replay More Videos ... "
                           "MUST WATCH Army briefs reporters 01:55"]


def test_export_photo_captions_move_out_of_paragraphs_whole():
    out = clean_export("Talks went on. Jets take off from a base on Nov. 15, 2015. (Photo: Jane "
                       "Doe, AP) More talks are planned.")
    assert out.text == "Talks went on. More talks are planned."
    assert out.captions == ["Jets take off from a base on Nov. 15, 2015. (Photo: Jane Doe, AP)"]


def test_clean_export_leaves_clean_text_unchanged():
    text = "First paragraph. It goes on.\n\nSecond paragraph, with a quote: “yes.”"
    assert clean_export(text).text == text
    assert clean_export_text(text).text == text
    assert clean_export(text).removed == []


def test_byline_above_a_signature_leaves_the_export_body():
    out = clean_export("Jane Doe\nUSA TODAY\nWASHINGTON — The talks began. They ended.")
    assert out.text == "WASHINGTON — The talks began. They ended."
    assert out.removed == ["byline: Jane Doe", "signature: USA TODAY"]


def test_export_rows_are_cleaned_and_counted_in_the_cleaning_summary(tmp_path):
    rows = [
        {"source": "Fox Online News", "date": "2019-01-02", "title": "T1",
         "text": "(CNN) Officials met on Monday. They agreed.\n\nADVERTISEMENT\n\n"
                 "Photos: Talks Two men shake hands. Hide Caption 1 of 2\n\nThey left."},
        {"source": "Fox News (Online News)", "date": "2019-01-03", "title": "T2",
         "text": "Officials met again on Tuesday. They disagreed."},
        {"source": "New York Times - Opinion", "date": "2019-01-04", "title": "T3",
         "text": "An opinion piece on the talks. It argues for patience."},
    ]
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    arts = _load(path, near_duplicate_threshold=None).set_index("title")
    assert arts.loc["T1", "text"] == "(CNN) Officials met on Monday. They agreed.\n\nThey left."
    assert arts.loc["T1", "dateline"] == "(CNN)"
    assert arts.loc["T2", "text"] == "Officials met again on Tuesday. They disagreed."
    assert arts.loc["T2", "removed"] == ""
    assert arts["outlet"].tolist() == ["Fox News", "Fox News", "The New York Times"]
    assert arts["outlet_raw"].tolist() == [r["source"] for r in rows]
    assert arts["section"].tolist()[1:] == ["news", "opinion"]
    kinds = set(cleaning_summary(arts.reset_index())["kind"])
    assert {"advertisement", "photo gallery"} <= kinds


def test_export_row_without_a_date_takes_the_one_in_its_url(tmp_path):
    pd.DataFrame({
        "text": ["Talks ended. Envoys left.", "Talks resumed. Envoys met."],
        "url": ["https://x.example/2024/06/07/talks", "https://x.example/2024/06/09/talks"],
        "date": [None, "2024-06-10"],
    }).to_csv(tmp_path / "e.csv", index=False)
    arts = _load(tmp_path / "e.csv")
    assert arts["date"].tolist() == [pd.Timestamp("2024-06-07"), pd.Timestamp("2024-06-10")]
    assert arts["date_source"].tolist() == ["url", "column"]


# ---------------------------------------------------------------- outlets


@pytest.mark.parametrize("raw,outlet,section", [
    ("ABC News", "ABC News", None),
    ("ABC News (Online)", "ABC News", "news"),
    ("Fox News", "Fox News", None),
    ("Fox News (Online News)", "Fox News", "news"),
    ("Fox Online News", "Fox News", "news"),
    ("FoxNews.com", "Fox News", None),
    ("Fox News Opinion", "Fox News", "opinion"),
    ("CNN (Online News)", "CNN", "news"),
    ("CNN - Editorial", "CNN", "editorial"),
    ("New York Times (News)", "The New York Times", "news"),
    ("nyt", "The New York Times", None),
    ("Washington Post", "The Washington Post", None),
    ("wash-post", "The Washington Post", None),
    ("USA TODAY", "USA Today", None),
    ("huff-post", "HuffPost", None),
    ("west-journal", "The Western Journal", None),
    ("Newsmax - News", "Newsmax", "news"),
    ("Cato Institute (blog)", "Cato Institute", "blog"),
    ("Guest Writer - Left", "Guest Writer - Left", None),
    ("Example Gazette", "Example Gazette", None),
])
def test_outlet_variants_map_to_one_outlet(raw, outlet, section):
    assert canonical_outlet(raw) == (outlet, section)


def test_outlet_key_ignores_case_punctuation_and_the():
    assert outlet_key("The Wall Street Journal") == outlet_key("WALL STREET JOURNAL - News")
    assert lookup_outlet("Not A Registered Outlet") is None


def test_allsides_sources_collapse_to_registry_outlets(shared_jsonl):
    raw = shared_jsonl("allsides/world.jsonl.gz")
    canon = {s: canonical_outlet(s)[0] for s in raw["source"].unique()}
    assert len(set(canon.values())) < raw["source"].nunique()
    fox = {s for s, o in canon.items() if o == "Fox News"}
    assert {"Fox News", "Fox Online News", "Fox News Opinion"} <= fox
    assert canon["CNN (Web News)"] == canon["CNN - Editorial"] == "CNN"


# ---------------------------------------------------------------- dates and outlets from lines


@pytest.mark.parametrize("line,expected", [
    ("12 May 2023", date(2023, 5, 12)),
    ("May 12, 2023", date(2023, 5, 12)),
    ("2023-05-12", date(2023, 5, 12)),
    ("Thursday, 06/13/2024", date(2024, 6, 13)),
    ("Jun 13, 2024, 9:31 AM", date(2024, 6, 13)),
    ("2024-07-06 | 00:07", date(2024, 7, 6)),
    ("14th April 2024 – (Tehran)", date(2024, 4, 14)),
    ("Talks on 12 May 2023 failed", None),
    ("05/06/2024", None),  # day/month or month/day: not guessed
])
def test_date_lines(line, expected):
    assert date_only(line) == expected


def test_numeric_dates_follow_the_weekday():
    assert parse_date("Wednesday, 05/06/2024") == date(2024, 6, 5)
    assert parse_date("Monday, 05/06/2024") == date(2024, 5, 6)


@pytest.mark.parametrize("line,outlet,day", [
    ("By Anna Rossi, BBC News", "BBC News", None),
    ("By Anna Rossi and John Smith | Reuters", "Reuters", None),
    ("By Jo Li, The Associated Press on June 5, 2024.", "Associated Press", date(2024, 6, 5)),
    ("By Anna Rossi", None, None),
])
def test_bylines(line, outlet, day):
    m = parse_byline(line)
    assert m is not None and m.kind == "byline" and m.outlet == outlet
    assert m.dates.get("byline") == day


@pytest.mark.parametrize("line,kind", [
    ("The Guardian, 13 May 2023", "page header"),
    ("The Guardian | 13 May 2023", "page header"),
    ("Today's Paper | September 21, 2024", "print edition"),
    ("Published: August 05 2024", "publication stamp"),
    ("DAWN.COM", "site header"),
    ("Roman Yarovitsin/Copyright 2024 The AP", "photo credit"),
    ("Doug Ives/Canadian Press", "photo credit"),
    ("Paul Ellertson, staff writer", "byline"),
])
def test_metadata_line_kinds(line, kind):
    assert meta_line(line).kind == kind


def test_print_edition_date_is_never_taken():
    assert meta_line("Today's Paper | September 21, 2024").dates == {}


def test_dates_in_urls():
    assert date_from_url("https://x.example/world/2024/06/07/story") == date(2024, 6, 7)
    assert date_from_url("https://x.example/news/20240610/story") == date(2024, 6, 10)
    assert date_from_url("https://x.example/world/2024/jun/06/story") == date(2024, 6, 6)
    assert date_from_url("https://x.example/world/story-12345") is None


PAGES = {
    "byline": ("Water deal signed in Baghdad\n\nJun 13, 2024, 9:31 AM\n\n"
               "By Sara Karimi, The Associated Press on June 12, 2024.\n\n"
               "BAGHDAD (AP) — Iran and Iraq signed a water deal on Thursday. Officials said so.\n",
               date(2024, 6, 12), "byline", "Associated Press"),
    "header": ("The Guardian | 13 May 2023\n\nProtesters gather in the capital again\n\n"
               "By Anna Rossi and John Smith | Reuters\n\n"
               "Protesters gathered for a second day on Saturday. Police watched.\n",
               date(2023, 5, 13), "page_header", "The Guardian"),
    "stamp": ("Ports deal discussed in New Delhi\n\nFirst Published Jul 31, 2024, 2:58 PM IST | "
              "Last Updated Aug 1, 2024, 3:10 PM IST\n\nNEW DELHI: Officials discussed the port "
              "deal on Wednesday. Work will resume.\n", date(2024, 7, 31), "published_stamp",
              "unknown"),
    "print": ("Today's Paper | September 21, 2024\n\nMinisters meet in Doha on a ceasefire\n\n"
              "Thursday, 06/13/2024\n\nDOHA: Ministers met on Thursday. They will meet again.\n\n"
              "Updated 3 days ago\n", date(2024, 6, 13), "date_line", "unknown"),
    "agency": ("Iran says talks with Oman went well\n\nWANA (June 14)— The minister said on "
               "Friday that talks had gone well. A photo was released on June 14, 2024.\n\n"
               "© 2023 WANA News Agency. All rights reserved.\n", date(2024, 6, 14), "dateline",
               "West Asia News Agency"),
    "url": ("Talks in Vienna end without agreement\n\n"
            "https://news.example.org/world/2024/06/07/vienna-talks\n\n"
            "VIENNA: The talks ended on Friday without an agreement. Diplomats will return.\n",
            date(2024, 6, 7), "url", "unknown"),
    "copyright": ("Talks resume in Geneva on Monday\n\nGENEVA: The talks resumed on Monday. "
                  "They will last a week.\n\nCopyright 2021 Example Agency. All rights reserved.\n",
                  None, None, "unknown"),
}


@pytest.mark.parametrize("name", list(PAGES))
def test_pages_from_unseen_sites_get_date_and_outlet_with_evidence(tmp_path, name):
    text, day, source, outlet = PAGES[name]
    (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    row = _load(tmp_path).iloc[0]
    assert (row["date"].date() if pd.notna(row["date"]) else None) == day
    assert (row["date_source"] if pd.notna(row["date_source"]) else None) == source
    assert row["outlet"] == outlet
    for line in text.split("\n\n")[:3]:  # header lines never stay in the body or the title
        if line and line[0].isdigit() or line.startswith(("By ", "The Guardian |", "Today")):
            assert line not in row["text"] and line != row["title"]


def test_header_fragments_and_credits_never_become_stories_or_titles():
    raw = ("DAWN.COM\n\n2024-07-06 | 00:07\n\nPakistan and Iran agree to boost border trade\n\n"
           "Roman Yarovitsin/Copyright 2024 The AP\n\n"
           "ISLAMABAD: Pakistan and Iran agreed on Friday to boost trade. Ministers met.\n\n"
           "Doug Ives/Canadian Press\n\nThe next round of talks is planned for the autumn.\n\n"
           "Paul Ellertson, staff writer\n")
    stories = parse_scraped(raw)
    assert len(stories) == 1
    st = stories[0]
    assert st.title == "Pakistan and Iran agree to boost border trade"
    assert "Ellertson" not in st.text and "Canadian Press" not in st.text
    assert st.outlets.get("site_header") == "Dawn"
    assert [r.split(": ", 1)[0] for r in st.removed] == [
        "site header", "page date", "photo credit", "photo credit", "byline"]


def test_boilerplate_classes_leave_scraped_pages_too():
    raw = ("Ministers meet in Doha for talks\n\nDOHA: Ministers met on Monday. They agreed.\n\n"
           "Your email address will not be published. Required fields are marked *\n\n"
           "Home › World › Middle East\n\nWe use cookies on this site. Accept all cookies to "
           "continue using it.\n")
    st = parse_scraped(raw)[0]
    assert st.text == "DOHA: Ministers met on Monday. They agreed."
    assert {r.split(": ", 1)[0] for r in st.removed} == {"comment form", "breadcrumb",
                                                         "cookie notice"}


def test_related_link_lists_leave_the_page_but_the_next_story_does_not():
    raw = ("Talks resume in Doha on Monday\n\nDOHA: Talks resumed on Monday. They will last a "
           "week.\n\nRead more:\n\n- Envoys arrive in Doha for a new round\n"
           "- Hostage families wait for news\n\nYou may also like\n\n"
           "Iran and Oman discuss shipping\n\nSecond story about something else\n\n"
           "Updated 3 sec ago\n\nMUSCAT: A second story body. It is here.\n")
    first, second = parse_scraped(raw)
    assert first.text == "DOHA: Talks resumed on Monday. They will last a week."
    assert sum(r.startswith("related links: ") for r in first.removed) == 4
    assert second.title == "Second story about something else"
    assert second.text == "MUSCAT: A second story body. It is here."


# ---------------------------------------------------------------- the real exports


def test_bbc_export_is_untouched(shared_jsonl):
    raw = shared_jsonl("bbc/bbc.jsonl.gz", nrows=600)
    removed = sum(len(clean_export(t).removed) for t in raw["text"])
    assert removed == 0


def test_polnear_removals_are_few_and_furniture(shared_jsonl):
    raw = shared_jsonl("polnear/articles.jsonl.gz")
    cleaned = [clean_export(t) for t in raw["text"]]
    lines = sum(t.count("\n") + 1 for t in raw["text"])
    removed = [r for c in cleaned for r in c.removed]
    assert len(removed) < 0.06 * lines
    assert not any("said" in r.split(": ", 1)[1] for r in removed)


def test_allsides_gallery_and_video_furniture_is_gone(shared_jsonl):
    raw = shared_jsonl("allsides/world.jsonl.gz", nrows=1500)
    texts = [clean_export(t).text for t in raw["text"]]
    assert not any("Hide Caption" in t for t in texts)
    assert not any("JUST WATCHED" in t for t in texts)
    assert not any("Click here for reprint permission" in t for t in texts)
