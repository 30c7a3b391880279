"""Scraped pages of unseen sites (issue 14): dates, page chrome, splits, titles.

Every fixture is a small page written here (no site's text is copied): a header, a title, the
article's own metadata, a body and tail blocks, in the shapes news sites use.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from analysis import load_corpus
from analysis.boilerplate import classify_line, is_link_title
from analysis.metalines import ambiguous_date_line, meta_line, resolve_readings
from analysis.scraped import DATE_PRIORITY, best, parse_scraped

BODY = ("Ministers from both countries met in the capital to discuss the ceasefire, officials "
        "said. The talks lasted six hours and ended without a statement.\n\n"
        "A second round is planned for next month, according to two diplomats who asked not "
        "to be named because the talks are private.\n")


def _one(text: str):
    stories = parse_scraped(text)
    assert len(stories) == 1, [s.title for s in stories]
    return stories[0]


def _date(text: str) -> tuple[date | None, str | None]:
    return best(_one(text).dates, DATE_PRIORITY)


# --- dates -------------------------------------------------------------------------------------

DATED_PAGES = {
    "time first line": ("Jun 13, 2024, 9:31 AM\nCeasefire talks end without a deal\n" + BODY,
                        date(2024, 6, 13)),
    "published stamp": ("Ceasefire talks end without a deal\nPublished: August 05 2024\n"
                        "By Mira Patel\n" + BODY, date(2024, 8, 5)),
    "first published | last updated": (
        "Ceasefire talks end without a deal\nFirst Published Jul 31, 2024, 2:58 PM IST | "
        "Last Updated Aug 2, 2024, 10:02 AM IST\n" + BODY, date(2024, 7, 31)),
    "updated before published": (
        "Ceasefire talks end without a deal\nUpdated: 16 June 2024 | Published: 14 June 2024\n"
        + BODY, date(2024, 6, 14)),
    "byline on date": ("Ceasefire talks end without a deal\nBy Jo Li, The Associated Press on "
                       "June 5, 2024.\n" + BODY, date(2024, 6, 5)),
    "weekday numeric": ("Thursday, 06/13/2024\nCeasefire talks end without a deal\n" + BODY,
                        date(2024, 6, 13)),
    "ordinal dateline": ("Ceasefire talks end without a deal\nBy Mira Patel\n14th April 2024 – "
                         "(Tehran) " + BODY, date(2024, 4, 14)),
    "iso own line": ("Ceasefire talks end without a deal\n2024-06-02\nBy Mira Patel\n" + BODY,
                     date(2024, 6, 2)),
    "time with a dot": ("Ceasefire talks end without a deal\nSat 15 Jun 2024 20.45 BST\n" + BODY,
                        date(2024, 6, 15)),
    "posted on … by": ("Ceasefire talks end without a deal\nPosted on May 3, 2024 by Mira "
                       "Patel\n" + BODY, date(2024, 5, 3)),
}


# more shapes of real sites, in other wording than the generator's
MORE_DATE_LINES = {
    "June 14, 2024 10:05 AM GMT+3Updated 2 hours ago": (date(2024, 6, 14), "date_line"),
    "14.06.2024": (date(2024, 6, 14), "date_line"),
    "2024/06/14": (date(2024, 6, 14), "date_line"),
    "14 Jun, 2024": (date(2024, 6, 14), "date_line"),
    "2024-06-14T10:05:00Z": (date(2024, 6, 14), "date_line"),
    "Date: 14 June 2024": (date(2024, 6, 14), "date_line"),
    "June 14, 2024 · 4 min read": (date(2024, 6, 14), "date_line"),
    "By Mira Patel | June 14, 2024": (date(2024, 6, 14), "byline"),
    "Mira Patel · June 14, 2024": (date(2024, 6, 14), "byline"),
    "By Mira Patel, Reuters | Published June 14, 2024": (date(2024, 6, 14), "published_stamp"),
    "Publish Date: Jun 14, 2024": (date(2024, 6, 14), "published_stamp"),
    "Updated on: June 15, 2024 / Published on: June 14, 2024": (date(2024, 6, 14),
                                                               "published_stamp"),
    "Posted: Jun 14, 2024 / 10:05 AM EDT | Updated: Jun 15, 2024 / 11:00 AM EDT": (
        date(2024, 6, 14), "published_stamp"),
    "Last updated: 14/06/2024 10:30 IST": (date(2024, 6, 14), "updated_stamp"),
}


@pytest.mark.parametrize("line", list(MORE_DATE_LINES))
def test_more_date_lines_of_real_sites(line):
    assert _date("Ceasefire talks end without a deal\n" + line + "\n" + BODY) == \
        MORE_DATE_LINES[line]


def test_print_edition_and_outlet_headers_are_not_dated_bylines():
    assert meta_line("Today's Paper | June 14, 2024").kind == "print edition"
    assert meta_line("The Guardian | 13 May 2023").kind == "page header"


@pytest.mark.parametrize("name", list(DATED_PAGES))
def test_stated_dates_of_many_formats_are_read(name):
    text, day = DATED_PAGES[name]
    assert _date(text)[0] == day


def test_agency_dateline_without_year_takes_the_pages_copyright_year():
    text = ("Ceasefire talks end without a deal\nBy Mira Patel\nWANA (June 14)— " + BODY
            + "© 2024 West Asia News Agency. All rights reserved.\n")
    st = _one(text)
    assert best(st.dates, DATE_PRIORITY) == (date(2024, 6, 14), "dateline_year")
    # a photo credit's copyright year is the photo's, not the page's
    text = ("Ceasefire talks end without a deal\nMira Patel/Copyright 2019 The AP. All rights "
            "reserved.\nWANA (June 14)— " + BODY)
    assert "dateline_year" not in _one(text).dates


def test_year_less_dateline_takes_the_year_of_the_pages_dates_and_ranks_below_a_date_line(
        tmp_path):
    (tmp_path / "p.txt").write_text(
        "Jun 20, 2024, 9:31 AM\nCeasefire talks end without a deal\nWANA (June 14)— " + BODY
        + "© 2023 West Asia News Agency\n", encoding="utf-8")
    row = load_corpus(tmp_path).iloc[0]
    assert row["date"] == pd.Timestamp("2024-06-14")  # the year of the page's other date
    assert row["date_source"] == "dateline"
    st = _one("Ceasefire talks end without a deal\n2024-06-15\nWANA (June 14)— " + BODY)
    assert best(st.dates, DATE_PRIORITY) == (date(2024, 6, 15), "date_line")


def test_ambiguous_numeric_date_line_is_resolved_by_the_weekday_the_text_names():
    assert ambiguous_date_line("08/05/2024") == (date(2024, 8, 5), date(2024, 5, 8))
    text = ("Ceasefire talks end without a deal\n08/05/2024\nBy Mira Patel\n"
            "Ministers on Wednesday rejected the plan, officials said. Talks will resume.\n")
    assert _date(text)[0] == date(2024, 5, 8)  # 8 May 2024 was a Wednesday
    # nothing on the page settles it: no date rather than a guess
    assert _date("Ceasefire talks end without a deal\n08/05/2024\n" + BODY)[0] is None
    assert resolve_readings((date(2024, 8, 5), date(2024, 5, 8)), [date(2024, 5, 9)], []) == \
        date(2024, 5, 8)


def test_print_edition_header_and_tail_dates_never_win():
    text = ("Today's Paper | September 21, 2024\nCeasefire talks end without a deal\n"
            "Published: September 3 2024\n" + BODY + "12 Comments\nAsha Rao says:\n"
            "September 9, 2024 at 4:19 pm\nGood report.\nReply\nMore Stories\n"
            "Floods hit the north again\nJuly 23, 2024\n")
    st = _one(text)
    assert best(st.dates, DATE_PRIORITY) == (date(2024, 9, 3), "published_stamp")
    assert "Good report." not in st.text and "Floods" not in st.text


def test_url_date_in_a_link_line():
    text = ("Ceasefire talks end without a deal\nhttps://news.example.org/2024/06/07/talks\n"
            + BODY)
    assert _date(text) == (date(2024, 6, 7), "url")


# --- page chrome -------------------------------------------------------------------------------

CHROME = {
    "menu": ["Sign In | Subscribe", "Trending: Elections | Economy | Climate", "LIVE TV",
             "World | Politics | Business | Opinion"],
    "comment form": ["Name *", "Email *", "Comment *", "This site uses Akismet to reduce "
                     "spam. Learn how your comment data is processed.", "Reply",
                     "Notify me of follow-up comments by email.", "Log in to comment"],
    "share": ["Share this: Facebook Twitter WhatsApp Email"],
    "about author": ["Mira Patel is a reporter covering energy and security.",
                     "Jo Li is a senior correspondent for the paper. She lives in Cairo."],
    "photo credit": ["Photo: Mira Patel/Reuters", "Pictures: Jo Li / AFP via Getty Images"],
    "related links": ["Read more: Will the truce hold? Five questions", "RELATED: Talks in "
                      "Doha stall again"],
    "section label": ["More Stories", "You may also like", "Editor's Picks", "Don't miss"],
    "masthead": ["Editor in Chief Mira Patel"],
    # more furniture of real sites, in other wording than the generator's
    "follow": ["Follow us on Google News", "Join our WhatsApp channel",
               "Subscribe to our YouTube channel"],
    "credit": ["Reporting by Mira Patel in Dubai; Editing by Jo Li",
               "Additional reporting by Asha Rao", "Our Standards: The Trust Principles."],
    "footer links": ["Terms of Use | Privacy Policy | Contact Us", "About Us"],
    "cookie notice": ["We value your privacy", "Manage consent", "Reject all"],
    "newsletter": ["Enter your email address", "By clicking Sign up, you agree to our terms."],
    "page control": ["Previous Post", "Continue reading", "Download our free news app"],
    "advertisement": ["Advertisement - Scroll to continue"],
}


@pytest.mark.parametrize("reason,line", [(r, x) for r, xs in CHROME.items() for x in xs])
def test_chrome_line_classes(reason, line):
    assert classify_line(line) == reason


@pytest.mark.parametrize("line", [
    "Smith is a former reporter who was jailed in Iran for 500 days, his lawyer said.",
    "The minister is a reporter of facts.", "Iran | Talks resume",
    "Smith is a reporter who was jailed in Iran.", "Officials met in Doha on Monday.",
    "Reporting by the BBC showed the army had withdrawn.", "Contact was lost on Monday.",
    "A Reuters/Ipsos poll found that 40 percent of voters backed the deal, up from March."])
def test_article_sentences_are_not_chrome(line):
    assert classify_line(line) is None


def test_agency_photo_caption_without_brackets_is_a_caption_and_a_bare_credit_a_credit():
    assert classify_line("Protesters gather in Cairo on Friday, June 14, 2024. REUTERS/Asha Rao/"
                         "File Photo Purchase Licensing Rights, opens new tab") == "caption"
    assert classify_line("Enlarge this image toggle caption Jo Li/AFP/Getty Images") == \
        "photo credit"


def test_bylines_of_several_shapes():
    for line in ("Written by Mira Patel", "Author: Mira Patel", "Mira Patel | Reuters",
                 "Mira Patel | The Lagos Courier", "By MIRA PATEL, Reuters"):
        assert meta_line(line).kind == "byline", line
    assert meta_line("Mira Patel | Reuters").outlet == "Reuters"
    assert meta_line("Sign In | Subscribe") is None or meta_line("Sign In | Subscribe").kind \
        != "byline"


def test_header_furniture_before_the_title_is_removed_with_its_reason():
    text = ("LIVE TV\n\nTrending: Elections | Economy | Climate\n\nThe Lagos Courier\n\n"
            "Ceasefire talks end without a deal\n\n2024-06-02\n\nMira Patel, staff writer\n\n"
            + BODY + "\nLeave a Reply\n\nYour email address will not be published. Required "
            "fields are marked *\n\nComment *\n\nName *\n\nWebsite\n\nAbout Author\n\n"
            "Mira Patel is a reporter covering energy.\n\nAccept All Cookies\n")
    st = _one(text)
    assert st.title == "Ceasefire talks end without a deal"
    assert st.dates == {"date_line": date(2024, 6, 2)}
    assert "page header: The Lagos Courier" in st.removed
    assert "menu: LIVE TV" in st.removed and "comment form: Website" in st.removed
    assert "about author: Mira Patel is a reporter covering energy." in st.removed
    assert st.text.startswith("Ministers") and st.text.endswith("private.")


def test_headline_that_is_a_question_and_a_phrase_above_a_byline_is_the_title():
    text = ("Home › World\n\nIs the truce dead? Three questions.\n\nAuthor: Mira Patel\n\n"
            + BODY)
    assert _one(text).title == "Is the truce dead? Three questions."


def test_site_name_above_a_date_line_is_page_header_not_the_title():
    st = _one("The Lagos Courier\nJun 5, 2024\nCeasefire talks end without a deal\n"
              "By Mira Patel\n" + BODY)
    assert st.title == "Ceasefire talks end without a deal"
    assert "page header: The Lagos Courier" in st.removed
    st = _one("English | Français | Español | Deutsch\nNew York Times - News\nJun 5, 2024\n"
              "Ceasefire talks end without a deal\nWritten by Mira Patel\n" + BODY)
    assert st.title == "Ceasefire talks end without a deal"
    assert st.outlets["site_header"] == "The New York Times"
    # a headline above its date keeps the title when a standfirst and byline follow
    st = _one("Ceasefire talks end without a deal in the capital\nJun 5, 2024\n"
              "Diplomats say a second round may follow\nBy Mira Patel\n" + BODY)
    assert st.title == "Ceasefire talks end without a deal in the capital"


def test_headline_and_standfirst_keep_the_headline_as_title():
    text = ("Ceasefire talks end without a deal in the capital\n"
            "Diplomats say a second round may follow within weeks\nBy Mira Patel\n" + BODY)
    assert _one(text).title == "Ceasefire talks end without a deal in the capital"


# --- false splits -------------------------------------------------------------------------------

def test_repeated_lines_in_a_body_do_not_split_the_page():
    quote = ("Officials cite sources in reporting that the jet was \"hit within the rules of "
             "engagement.\"")
    text = ("Ceasefire talks end without a deal\n\nBy Mira Patel\n\n" + BODY + "\n" + quote
            + "\n\n" + quote + "\n\nFigure 1: Refugees by region\n\nSource: State Department\n\n"
            "The figures show a steady rise over three years, the report said.\n\n"
            "Figure 2: Refugees by religion\n\nSource: State Department\n\n"
            "The second chart shows the same trend, according to the data.\n\n"
            "Leaders praise the police\n\nLeaders praise the police 01:04\n\n"
            "Leaders praise the police\n\nThe minister said the nation was relieved.\n")
    assert len(parse_scraped(text)) == 1


def test_dated_related_headline_does_not_open_a_story_but_a_real_second_story_does():
    tail = "More Stories\n\nFloods hit the north again\n\nJuly 23, 2024\n\n© 2024 The Courier\n"
    assert len(parse_scraped("Ceasefire talks end without a deal\n\n" + BODY + "\n" + tail)) == 1
    second = ("Floods hit the north again\n\nUpdated 3 hours ago\n\nRains forced thousands "
              "from their homes on Sunday, officials said. More rain is due.\n")
    stories = parse_scraped("Ceasefire talks end without a deal\n\n" + BODY + "\n" + second)
    assert [s.title for s in stories] == ["Ceasefire talks end without a deal",
                                          "Floods hit the north again"]


def test_link_titles_may_end_in_a_question():
    assert is_link_title("Will the truce hold?") and not is_link_title("The truce held.")
    assert not is_link_title("The council called for \"a thorough investigation.\"")
    assert is_link_title("Trump on the Kurds: \"They're not angels\"")


# --- whole pages in the shapes of real sites (own text) ------------------------------------------

LEAD = ("Iran's foreign minister said on Friday that indirect talks with the United States would "
        "continue in Oman next week, state media reported.\n\nThe talks, mediated by Omani "
        "officials, are the first since the collapse of the nuclear deal, diplomats said.\n")
TITLE = "Iran says talks with US will continue in Oman"
REAL_SHAPES = {
    "agency wire": ("Skip to main content\nExclusive news and analysis for professionals\nWorld\n"
                    f"{TITLE}\nBy Mira Patel and Jo Li\nJune 14, 2024 10:05 AM GMT+3Updated 2 "
                    "hours ago\nThe minister speaks in Tehran, Iran, June 1, 2024. REUTERS/Asha "
                    "Rao/File Photo Purchase Licensing Rights, opens new tab\nDUBAI, June 14 "
                    "(Reuters) - " + LEAD + "Reporting by Mira Patel; Editing by Jo Li\n",
                    "date_line"),
    "standfirst": (f"Live\nNews|Iran\n{TITLE}\nTehran says a second round of indirect talks is "
                   "planned.\nBy Mira Patel\nPublished On 14 Jun 2024\n14 Jun 2024\n" + LEAD
                   + "Source: Al Jazeera and news agencies\n", "published_stamp"),
    "desk / site / updated": (f"News\nWorld News\n{TITLE}\nWorld Desk / EXAMPLENEWS.COM / Updated:"
                              " Jun 14, 2024, 10:05 IST\nShare\nFollow us\n" + LEAD
                              + "End of Article\nFOLLOW US ON SOCIAL MEDIA\n", "updated_stamp"),
    "agency signature": (f"EXAMPLE.COM\nNewspaper\n{TITLE}\nReuters\nPublished June 14, 2024\n"
                         "Updated June 14, 2024 10:05am\n" + LEAD, "published_stamp"),
    "section and odd time": (f"Tehran Times\nPolitics\n{TITLE}\nJune 14, 2024 - 10:5\nTEHRAN – "
                             + LEAD + "Tags\nIran\nUS\nOman\n", "date_line"),
    "agency dateline": (f"West Asia News Agency\n{TITLE}\nWANA (June 14)– " + LEAD
                        + "© 2024 WANA. All rights reserved.\n", "dateline_year"),
    "blog": (f"Home\nAbout\nContact\n{TITLE}\nPosted by admin on June 14, 2024\n" + LEAD
             + "Share this:\nTwitter\nFacebook\nLike this:\nLike Loading...\nRelated\n", None),
}


@pytest.mark.parametrize("name", list(REAL_SHAPES))
def test_pages_in_real_site_shapes(name):
    text, source = REAL_SHAPES[name]
    st = _one(text)
    day, src = best(st.dates, DATE_PRIORITY)
    assert st.title == TITLE
    assert day == date(2024, 6, 14) and (source is None or src == source)
    assert st.text.startswith(("Iran's", "DUBAI", "TEHRAN", "WANA", "Tehran says"))
    assert st.text.endswith("diplomats said.")
    if name == "agency wire":  # "DUBAI, June 14 (Reuters) -": the agency's full name
        assert best(st.outlets, ("dateline",))[0] == "Reuters"


def test_headline_right_above_the_body_under_short_labels_is_the_title():
    st = _one(f"Some Site\nPolitics\n{TITLE}\n" + LEAD)
    assert st.title == TITLE and st.removed == ["page header: Some Site", "page header: Politics"]
    # a second headline-like line above it keeps the old rule (the first one is the title)
    st = _one(f"{TITLE}\nTehran plans a second round of talks\n" + LEAD)
    assert st.title == TITLE
