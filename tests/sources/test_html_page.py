"""The page reader on news pages as sites write them: the article's own lines, date and publisher, and none of
the chrome around and among its paragraphs (related-story lines, tickers, appeals to follow the site, footers,
readers' comments)."""

from __future__ import annotations

from datetime import date

import pytest

from tangible.sources.files import read_file
from tangible.sources.html import extract_article

LEAD = ("<p>ASADABAD: Security forces arrested four men suspected of sheltering fighters in the Dangam district "
        "of Kunar province on Tuesday, a provincial police spokesman said.</p>")
SECOND = ("<p>The spokesman said the men were handed over to the intelligence department and that weapons and "
          "ammunition had been recovered from a compound near the border.</p>")
LAST = ("<p>Elders in Dangam said the searches had disrupted the harvest and asked the authorities to release "
        "anyone not charged within a week.</p>")


def page(*, head: str = "", byline: str = "", body: str = "", title: str = "Four held in Kunar searches",
         headline: str = "Four held in Kunar searches", before: str = "", after: str = "") -> str:
    """A news page as a site's template writes one: masthead and menu, the story with its byline, then
    readers' comments and a footer."""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>{head}</head>
<body>
<header class="site-header"><div class="logo"><a href="/">Frontier Herald</a></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/national">National</a></li><li><a href="/world">World</a></li>
</ul></nav></header>
{before}
<main><article class="story">
<h1 class="story-title">{headline}</h1>
<div class="story-byline"><span class="author">Staff Reporter</span>{byline}</div>
<div class="story-body">{body or LEAD + SECOND + LAST}</div>
</article>
{after}
<section id="comments" class="comments"><h3>Comments (2)</h3><ol>
<li class="comment"><div class="comment-meta"><span class="author">Gul</span> <time datetime="2023-05-02">2 May
2023</time></div><div class="comment-body"><p>The same men were arrested in 2023 and freed within a month.</p>
</div></li></ol></section>
</main>
<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li></ul>
<p>Frontier Herald &copy; 2004-2027. All rights reserved.</p></footer>
</body></html>"""


def paragraphs(html: str) -> list[str]:
    return extract_article(html).text.split("\n\n")


def test_a_plain_page_keeps_every_paragraph_and_no_chrome():
    lines = paragraphs(page())
    assert lines[0].startswith("ASADABAD: Security forces arrested four men")
    assert lines[-1].startswith("Elders in Dangam said")
    assert len(lines) == 3


# --------------------------------------------------------------------------- related stories among the paragraphs

@pytest.mark.parametrize("line", [
    '<p class="also-read"><strong>Also read:</strong> <a href="/news/1911">Five soldiers martyred in North '
    'Waziristan ambush</a></p>',
    '<p><em>Also read:</em> <a href="/en/2027/10/10/airstrikes-khost">Airstrikes kill nine civilians in Khost</a></p>',
    '<p><strong>Also Read</strong>: <a href="/latest/601234">Pakistan, Afghanistan exchange fire at Chaman</a></p>',
    '<p>Related: <a href="/mining-deal">IEA, China sign new mining deal</a></p>',
    '<p><b>READ MORE</b> <a href="/ctd-lakki">CTD KILLS FOUR TERRORISTS IN LAKKI MARWAT</a></p>',
    '<p>Read more: <a href="/a">Border reopens at Torkham</a> | <a href="/b">Traders count their losses</a></p>',
    '<p><a href="/kabul-talks">See also: Kabul and Islamabad resume talks on border trade</a></p>',
    '<p class="read-more"><strong>READ:</strong> <a href="/story/2507990">Suicide bomber kills three FC personnel in '
    'Turbat</a></p>',
])
def test_a_related_story_line_among_the_paragraphs_is_dropped(line):
    text = extract_article(page(body=LEAD + line + SECOND + LAST)).text
    lines = text.split("\n\n")
    assert len(lines) == 3 and lines[1].startswith("The spokesman said the men were handed over")
    assert not any(word in text.lower() for word in ("also read", "related:", "read more", "see also"))


@pytest.mark.parametrize("line", [
    '<p>Related talks between the two sides stalled in <a href="/doha">Doha</a> last month, officials said.</p>',
    '<p>Read more about the raids in <a href="/report">the commission\'s report</a>, which lists 14 arrests.</p>',
])
def test_a_paragraph_that_opens_like_a_label_but_tells_the_story_is_kept(line):
    text = extract_article(page(body=LEAD + line + SECOND)).text
    assert "talks between the two sides" in text or "which lists 14 arrests" in text


@pytest.mark.parametrize("line", [
    "<p>Your email address will not be published. Required fields are marked *</p>",
    "<p>Reporting by Asif Shahzad in Islamabad and Mushtaq Ali in Peshawar; Writing by Gibran Peshimam; Editing by "
    "Michael Perry</p>",
    "<p>Our Standards: The Thomson Reuters Trust Principles.</p>",
    "<p>(Pajhwok Afghan News. Copying without permission is prohibited.)</p>",
    "<p>Source: Al Jazeera and news agencies</p>",
])
def test_the_pages_furniture_among_the_paragraphs_is_no_article_text(line):
    lines = paragraphs(page(body=LEAD + SECOND + LAST + line))
    assert len(lines) == 3 and lines[-1].startswith("Elders in Dangam said")


def test_a_pull_quote_repeating_the_body_is_kept_once():
    quote = ('<blockquote class="td-pullquote"><p>The spokesman said the men were handed over to the intelligence '
             'department</p></blockquote>')
    text = extract_article(page(body=LEAD + quote + SECOND + LAST)).text
    assert text.count("handed over to the intelligence department") == 1


def test_a_contributors_note_closing_the_article_is_dropped():
    note = "<p>Ahmad Shafi is a Kabul-based journalist and researcher.</p>"
    lines = paragraphs(page(body=LEAD + SECOND + LAST + note))
    assert len(lines) == 3


def test_a_sentence_reporting_by_its_source_is_kept():
    line = "<p>Reporting by state media said twelve militants were killed in the raid near the border.</p>"
    text = extract_article(page(body=LEAD + line + SECOND)).text
    assert "Reporting by state media" in text


# --------------------------------------------------------------------------- tickers, appeals, timestamps, headline

@pytest.mark.parametrize("ticker", [
    '<div class="breaking-strip"><b>Flash:</b> Daesh attack on checkpoint in Kunduz kills three</div>',
    '<div class="news-ticker" id="breaking-ticker"><span class="label">BREAKING</span><ul><li><a href="/1">Blast in '
    'Peshawar bazaar kills two</a></li><li><a href="/2">KSE-100 gains 900 points</a></li></ul></div>',
    '<div class="strip">Breaking: Quetta-Karachi highway closed after protest</div>',
])
def test_a_news_ticker_is_no_article_text(ticker):
    text = extract_article(page(before=ticker)).text
    assert text.startswith("ASADABAD: Security forces") and "Kunduz" not in text and "Peshawar" not in text
    assert "highway closed" not in text


@pytest.mark.parametrize("appeal", [
    '<div class="like-us"><p>Like <strong>Pakistan</strong> on Facebook, follow <strong>@FrontierHerald</strong> on '
    'Twitter to stay informed and join in the conversation.</p></div>',
    '<p>Follow us on WhatsApp for the latest news from Kunar.</p>',
    '<p>Like Frontier Herald on Facebook.</p>',
])
def test_an_appeal_to_follow_the_site_is_dropped(appeal):
    lines = paragraphs(page(body=LEAD + SECOND + appeal))
    assert len(lines) == 2 and lines[-1].startswith("The spokesman said")


def test_a_sentence_that_opens_like_an_appeal_is_kept():
    line = "<p>Like others on Twitter, the district's elders said the arrests came only after months of pressure.</p>"
    assert any(p.startswith("Like others on Twitter") for p in paragraphs(page(body=LEAD + line + SECOND)))


@pytest.mark.parametrize("stamp", [
    '<div class="submitted"><span class="date">20 Oct 2027 - 10:05</span></div>',
    "<p>Published October 20, 2027 07:12am</p>",
    "<p>Tuesday, 20 October 2027 at 10:05 PKT</p>",
])
def test_a_line_holding_only_the_time_of_publication_is_no_sentence(stamp):
    lines = paragraphs(page(body=stamp + LEAD + SECOND))
    assert len(lines) == 2 and lines[0].startswith("ASADABAD:")


def test_a_sentence_with_its_date_is_kept():
    line = "<p>On 20 October 2027 the four men were moved to Kabul, the spokesman said.</p>"
    assert any(p.startswith("On 20 October 2027") for p in paragraphs(page(body=LEAD + line)))


def test_the_headline_repeated_above_the_body_is_dropped():
    body = "<h2>Four held in Kunar searches</h2>" + LEAD + SECOND
    lines = paragraphs(page(body=body, head='<meta property="og:title" content="Four held in Kunar searches">'))
    assert lines[0].startswith("ASADABAD:") and len(lines) == 2


# --------------------------------------------------------------------------- publication date

@pytest.mark.parametrize("head", [
    '<meta property="article:published_time" content="2027-10-20T10:05:00+04:30">',
    '<meta itemprop="datePublished" content="2027-10-20">',
    '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": '
    '"Four held in Kunar searches", "datePublished": "2027-10-20T10:05:00+04:30", "dateModified": '
    '"2027-10-21T08:00:00+04:30", "publisher": {"@type": "Organization", "name": "Frontier Herald"}}</script>',
    '<script type="application/ld+json" class="yoast-schema-graph">{"@context": "https://schema.org", "@graph": '
    '[{"@type": "WebSite", "name": "Frontier Herald", "datePublished": "2004-01-01"}, {"@type": ["NewsArticle"], '
    '"headline": "Four held in Kunar searches", "datePublished": "2027-10-20T10:05:00+00:00"}]}</script>',
])
def test_the_date_comes_from_the_pages_metadata(head):
    assert extract_article(page(head=head)).published == date(2027, 10, 20)


@pytest.mark.parametrize("byline", [
    ' <time class="entry-date" datetime="2027-10-20T09:05:11+00:00">October 20, 2027</time>',
    ' | <span class="timestamp">Published October 20, 2027 07:12am</span>',
    ' <span class="date">20 Oct 2027 - 10:05</span>',
    ' <span itemprop="datePublished" content="2027-10-20">Oct 20</span>',
])
def test_the_date_comes_from_the_byline(byline):
    assert extract_article(page(byline=byline)).published == date(2027, 10, 20)


def test_the_date_of_publication_is_preferred_to_that_of_the_last_change():
    byline = (' <span class="updated">Updated 22 Oct 2027</span>'
              ' <span class="published">Published 20 Oct 2027</span>')
    assert extract_article(page(byline=byline)).published == date(2027, 10, 20)


def test_the_date_comes_from_the_articles_own_address():
    head = '<link rel="canonical" href="https://frontierherald.example/2027/10/20/four-held-in-kunar/">'
    assert extract_article(page(head=head)).published == date(2027, 10, 20)


def test_a_page_that_states_no_date_has_none_not_its_footers_or_comments_year():
    related = ('<aside class="related"><h4>More from Kunar</h4><ul><li><a href="/2026/05/01/flood">Floods hit '
               'Kunar</a> <time datetime="2026-05-01">May 1, 2026</time></li></ul></aside>')
    article = extract_article(page(after=related))
    assert article.published is None  # not 2004 (the footer), 2023 (a comment) or 2026 (a related story)


def test_a_date_after_todays_is_taken_as_the_page_states_it():
    head = '<meta property="article:published_time" content="2031-03-01T08:00:00Z">'
    assert extract_article(page(head=head)).published == date(2031, 3, 1)


def test_an_ingested_file_without_a_stated_date_gets_none(tmp_path):
    path = tmp_path / "kunar.html"
    path.write_text(page(), encoding="utf-8")
    (doc,) = list(read_file(path))
    assert doc.published is None and doc.text.startswith("ASADABAD:")


# --------------------------------------------------------------------------- publisher

def test_og_site_name_is_the_publisher():
    head = '<meta property="og:site_name" content="Frontier Herald">'
    assert extract_article(page(head=head, title="Four held in Kunar searches | FH")).publisher == "Frontier Herald"


def test_the_publisher_named_in_json_ld_is_taken():
    head = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            '"headline": "Four held", "publisher": {"@type": "Organization", "name": "Frontier Herald"}}</script>')
    assert extract_article(page(head=head)).publisher == "Frontier Herald"


@pytest.mark.parametrize("title, publisher", [
    ("Four held in Kunar searches | Pajhwok Afghan News", "Pajhwok Afghan News"),
    ("Four held in Kunar searches - Dawn", "Dawn"),
    ("Four held in Kunar searches – The Express Tribune", "The Express Tribune"),
    ("Pajhwok Afghan News | Four held in Kunar searches", "Pajhwok Afghan News"),
])
def test_without_a_site_name_the_publisher_is_the_name_the_title_adds_to_the_headline(title, publisher):
    assert extract_article(page(title=title)).publisher == publisher


def test_a_dash_inside_the_headline_names_no_publisher():
    title = "Pakistan - Afghanistan talks resume in Doha"
    assert extract_article(page(title=title, headline=title)).publisher is None


def test_without_any_site_name_the_datelines_credit_is_the_publisher():
    lead = ("<p>ASADABAD (Pajhwok): Islamic Emirate forces arrested four members of the Tehreek-i-Taliban Pakistan "
            "in Kunar province's Dangam district on Tuesday, a provincial official said.</p>")
    assert extract_article(page(body=lead + SECOND)).publisher == "Pajhwok"


def test_a_fetched_pages_address_names_its_publisher_before_a_wires_dateline_credit():
    lead = ("<p>PESHAWAR, Oct 20 (Reuters) - Gunmen attacked a police post in the northwest of the country on "
            "Tuesday, killing two officers, police said.</p>")
    url = "https://www.frontierherald.example/news/2027/10/20/post-attacked"
    article = extract_article(page(body=lead + SECOND), url)
    assert article.publisher == "frontierherald.example" and article.published == date(2027, 10, 20)
