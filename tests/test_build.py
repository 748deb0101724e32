"""End-to-end builds of fixture sites: pages, briefing.json and the guarantees around them."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.build import BuildOptions, build
from generator.diagnostics import BuildFailed


class LinkCollector(HTMLParser):
    """Collects hrefs, srcs and ids of an HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.links.append(value)
            if name == "id" and value:
                self.ids.add(value)


def parse(path: Path) -> LinkCollector:
    collector = LinkCollector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


def built(site: Path) -> Path:
    build(BuildOptions(source=site))
    return site / "site"


def briefing(site_dir: Path, slug: str) -> dict:
    return json.loads((site_dir / "briefings" / slug / "briefing.json").read_text("utf-8"))


def test_build_writes_index_briefing_pages_json_and_404(small_site: Path) -> None:
    output = built(small_site)
    for relative in (
        "index.html",
        "404.html",
        "static/briefing.css",
        "briefings/riverside-flood-barrier/index.html",
        "briefings/riverside-flood-barrier/briefing.json",
        "briefings/harbour-ferry-returns/index.html",
        "briefings/harbour-ferry-returns/briefing.json",
    ):
        assert (output / relative).is_file(), relative


def test_folders_starting_with_underscore_are_not_published(small_site: Path) -> None:
    output = built(small_site)
    pages = "".join(p.read_text("utf-8") for p in output.rglob("*.html"))
    assert "draft that must not be published" not in pages
    assert sorted(p.name for p in (output / "briefings").iterdir()) == [
        "harbour-ferry-returns",
        "riverside-flood-barrier",
    ]


def test_index_lists_briefings_newest_first(small_site: Path) -> None:
    html = (built(small_site) / "index.html").read_text("utf-8")
    riverside = html.index("briefings/riverside-flood-barrier/")  # updated 2025-03-15
    ferry = html.index("briefings/harbour-ferry-returns/")  # updated 2024-11
    assert riverside < ferry


def test_every_internal_link_resolves_to_a_built_file(small_site: Path) -> None:
    output = built(small_site)
    for page in output.rglob("*.html"):
        if page.name == "404.html":
            continue  # its links are absolute on purpose; checked separately
        collected = parse(page)
        for link in collected.links:
            if link.startswith(("http://", "https://")):
                continue
            if link.startswith("#"):
                assert link[1:] in collected.ids, f"{page}: missing anchor {link}"
                continue
            target = (page.parent / link).resolve()
            if link.endswith("/"):
                target = target / "index.html"
            assert target.is_file(), f"{page}: broken link {link}"
            assert not link.startswith("/"), f"{page}: root-relative link {link}"


def test_404_page_links_are_absolute_so_they_work_at_any_depth(small_site: Path) -> None:
    # GitHub Pages serves 404.html for any missing path, so its links must not be relative.
    collected = parse(built(small_site) / "404.html")
    assert "https://example.org/briefings/static/briefing.css" in collected.links
    assert "https://example.org/briefings/" in collected.links


def test_briefing_json_follows_the_contract(small_site: Path) -> None:
    document = briefing(built(small_site), "riverside-flood-barrier")
    assert document["slug"] == "riverside-flood-barrier"
    assert document["title"] == "Riverside votes for a flood barrier"
    assert document["updated"] == "2025-03-15"
    source_ids = {source["id"] for source in document["sources"]}
    for figure in document["figures"]:
        cited = {source for value in figure["values"] for source in value["sources"]}
        assert len(cited) >= 2 and cited <= source_ids, figure
    [barrier] = [f for f in document["figures"] if f["kind"] == "money"]
    assert barrier["unit"] == "GBP" and barrier["disagreement"] is False
    assert [v["text"] for v in barrier["values"]] == ["£42 million"]
    assert set(barrier["values"][0]["sources"]) == {
        "gazette-council-approves-barrier",
        "courier-barrier-vote",
    }
    assert source_ids == {
        "gazette-council-approves-barrier",
        "courier-barrier-vote",
        "radio-report",
    }
    for statement in document["summary"] + document["key_points"]:
        assert statement["sources"], statement
        assert set(statement["sources"]) <= source_ids
    assert document["timeline"]
    for entry in document["timeline"]:
        assert set(entry["sources"]) <= source_ids


def test_one_event_dated_relatively_by_two_sources_is_one_timeline_entry(
    small_site: Path,
) -> None:
    """The gazette (March 14, a Friday) and the courier (March 15) both report the vote
    "on Thursday": the same day, so one entry citing both."""
    timeline = briefing(built(small_site), "riverside-flood-barrier")["timeline"]
    [vote] = [entry for entry in timeline if entry["date"] == "2025-03-13"]
    assert vote["precision"] == "day"
    assert vote["display"] == "Mar 13, 2025"
    assert vote["sources"] == ["gazette-council-approves-barrier", "courier-barrier-vote"]
    assert vote["upcoming"] is False


def test_events_after_the_latest_source_date_are_upcoming(small_site: Path) -> None:
    timeline = briefing(built(small_site), "riverside-flood-barrier")["timeline"]
    upcoming = [entry for entry in timeline if entry["upcoming"]]
    assert upcoming
    assert all(entry["date"] == "2025-09" for entry in upcoming)
    assert all(not entry["upcoming"] for entry in timeline if entry["date"] < "2025-03-16")


def test_summary_size_follows_the_site_setting(small_site: Path) -> None:
    document = briefing(built(small_site), "riverside-flood-barrier")
    assert 1 <= len(document["summary"]) <= 3  # site.yaml: summary_sentences: 3
    assert len(document["key_points"]) <= 3


def test_every_statement_is_a_verbatim_sentence_of_a_cited_source(small_site: Path) -> None:
    document = briefing(built(small_site), "riverside-flood-barrier")
    folder = small_site / "content" / "riverside-flood-barrier"
    texts = {path.stem: " ".join(path.read_text("utf-8").split()) for path in folder.iterdir()}
    for statement in document["summary"] + document["key_points"]:
        assert any(statement["text"] in texts[source] for source in statement["sources"])


def test_a_fact_stated_by_two_outlets_cites_both(small_site: Path) -> None:
    document = briefing(built(small_site), "riverside-flood-barrier")
    approval = [s for s in document["summary"] if "approved a £42 million" in s["text"]]
    assert approval, "the approval, stated by two outlets, belongs in the summary"
    assert {"gazette-council-approves-barrier", "courier-barrier-vote"} <= set(
        approval[0]["sources"]
    )


def test_partial_dates_keep_their_precision(small_site: Path) -> None:
    document = briefing(built(small_site), "harbour-ferry-returns")
    assert document["updated"] == "2024-11"
    assert document["updated_precision"] == "month"
    assert document["sources"][0]["published_precision"] == "month"


def test_pasted_text_source_has_inferred_title_and_no_invented_metadata(small_site: Path) -> None:
    document = briefing(built(small_site), "riverside-flood-barrier")
    radio = next(s for s in document["sources"] if s["id"] == "radio-report")
    assert radio["title"] == "Flood barrier gets the green light"
    assert radio["url"] is None and radio["publisher"] is None and radio["author"] is None
    assert radio["published"] is None  # "March 2025" alone is not taken as a publication day


def test_each_citation_marker_leads_to_the_cited_passage_of_its_source(
    small_site: Path,
) -> None:
    output = built(small_site)
    page = output / "briefings" / "riverside-flood-barrier" / "index.html"
    html = page.read_text("utf-8")
    document = briefing(output, "riverside-flood-barrier")
    for number, statement in enumerate(document["summary"], 1):
        assert statement["text"].replace("'", "&#39;") in html
        marker = re.search(rf'id="summary-{number}">.*?</span>(.*?)</span>', html, re.S)
        assert marker is not None
        targets = re.findall(r'href="#([^"]+)"', marker.group(1))
        assert len(targets) == len(statement["sources"])
        for source, target in zip(statement["sources"], targets, strict=True):
            assert target.startswith(f"passage-{source}-")
            passage = re.search(rf'<li id="{target}">\s*<q>(.*?)</q>', html, re.S)
            assert passage is not None, target
            evidence = next(e for e in statement["evidence"] if e["source"] == source)
            assert passage.group(1) == evidence["text"].replace("'", "&#39;")
            assert f'href="#summary-{number}"' in html.split(f'id="{target}"')[1].split("</li>")[0]


def test_editor_note_is_rendered_from_markdown(small_site: Path) -> None:
    html = (built(small_site) / "briefings/riverside-flood-barrier/index.html").read_text("utf-8")
    assert "<strong>three</strong>" in html
    assert '<a href="https://example.org/council">council site</a>' in html


def test_markup_in_article_metadata_is_escaped_everywhere(small_site: Path) -> None:
    output = built(small_site)
    for page in output.rglob("*.html"):
        html = page.read_text("utf-8")
        assert "<script>" not in html, page
    ferry = (output / "briefings/harbour-ferry-returns/index.html").read_text("utf-8")
    assert "&lt;script&gt;alert(" in ferry


def test_sources_without_url_are_not_links(small_site: Path) -> None:
    html = (built(small_site) / "briefings/riverside-flood-barrier/index.html").read_text("utf-8")
    radio = re.search(r'<li id="source-radio-report">(.*?)</li>', html, re.S)
    assert radio is not None
    assert "<a " not in radio.group(1).split("</cite>")[0]
    assert "Publisher not stated" in radio.group(1)


def test_files_from_an_older_build_do_not_linger(small_site: Path) -> None:
    output = built(small_site)
    (small_site / "content" / "harbour-ferry-returns.md").unlink()
    built(small_site)
    assert not (output / "briefings" / "harbour-ferry-returns").exists()
    assert (output / "briefings" / "riverside-flood-barrier" / "index.html").is_file()


def test_rebuilding_unchanged_content_gives_identical_files(small_site: Path) -> None:
    output = built(small_site)
    first = {p.relative_to(output): p.read_bytes() for p in output.rglob("*") if p.is_file()}
    built(small_site)
    second = {p.relative_to(output): p.read_bytes() for p in output.rglob("*") if p.is_file()}
    assert first == second


def test_base_url_flag_overrides_the_configuration(small_site: Path) -> None:
    build(BuildOptions(source=small_site, base_url="https://user.github.io/repo"))
    collected = parse(small_site / "site" / "404.html")
    assert "https://user.github.io/repo/static/briefing.css" in collected.links


def test_output_flag_builds_elsewhere(small_site: Path, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere" / "public"
    build(BuildOptions(source=small_site, output=target))
    assert (target / "index.html").is_file()
    assert not (small_site / "site").exists()


def test_check_mode_writes_nothing(small_site: Path) -> None:
    result = build(BuildOptions(source=small_site, write=False))
    assert len(result.briefings) == 2
    assert not (small_site / "site").exists()


def test_errors_in_several_files_are_reported_together(small_site: Path) -> None:
    story = small_site / "content" / "riverside-flood-barrier"
    (story / "broken-one.md").write_text("---\ntitle: [unclosed\n---\nText.\n", "utf-8")
    (story / "broken-two.md").write_text("---\ndate: 2024-02-30\ntitle: T\n---\nText.\n", "utf-8")
    (small_site / "site.yaml").write_text("base_url: ftp://example.org\n", "utf-8")
    with pytest.raises(BuildFailed) as failure:
        build(BuildOptions(source=small_site))
    messages = [d.format() for d in failure.value.diagnostics.errors]
    assert len(messages) == 3, messages
    assert any("broken-one.md:2:" in m for m in messages)
    assert any("broken-two.md:2:7: date:" in m and "not a real date" in m for m in messages)
    assert any("site.yaml:1:11: base_url:" in m for m in messages)


def test_the_sample_site_builds_with_a_cited_summary(sample_site: Path) -> None:
    result = build(BuildOptions(source=sample_site))
    assert len(result.briefings) == 1
    document = briefing(sample_site / "site", "ukraine-russia-before-trump")
    assert 3 <= len(document["summary"]) <= 6
    assert len(document["sources"]) == 5
    assert all(statement["sources"] for statement in document["summary"])


def test_source_pages_show_the_cleaned_text_with_cited_sentences_marked(
    small_site: Path,
) -> None:
    with (small_site / "site.yaml").open("a", encoding="utf-8") as config:
        config.write("source_pages: true\n")
    output = built(small_site)
    document = briefing(output, "riverside-flood-barrier")
    folder = output / "briefings" / "riverside-flood-barrier" / "sources"
    assert sorted(p.name for p in folder.iterdir()) == sorted(s["id"] for s in document["sources"])
    for source in document["sources"]:
        html = (folder / source["id"] / "index.html").read_text("utf-8")
        marked = re.findall(r'<mark id="passage-[^"]+">(.*?)</mark>', html, re.S)
        assert marked == [p["text"].replace("'", "&#39;") for p in source["passages"]]
    radio = (folder / "radio-report" / "index.html").read_text("utf-8")
    assert "Share this article" not in radio  # page furniture is not part of the text
    assert "© Photo Desk/Riverside Radio" in radio  # the caption is shown as a caption ...
    assert 'id="captions-heading"' in radio


def test_source_pages_are_not_published_unless_enabled(small_site: Path) -> None:
    output = built(small_site)
    assert not (output / "briefings" / "riverside-flood-barrier" / "sources").exists()


def test_a_source_that_repeats_another_says_so_on_the_page(sample_site: Path) -> None:
    build(BuildOptions(source=sample_site))
    page = sample_site / "site" / "briefings" / "ukraine-russia-before-trump" / "index.html"
    html = page.read_text("utf-8")
    entry = html.split('id="source-russian-gains-and-the-kursk-incursion"')[1].split("</li>")[0]
    assert "Largely repeats" in entry
    assert 'href="#source-russia-advances-near-kursk"' in entry
    assert "does not count as independent confirmation" in entry


SAMPLE_DEBRIS = [
    "close\n",
    "Some content could not be loaded",
    "Check your internet connection",
    "5 views",
    "3 mins",
    "0 comments",
    "Source link",
    "About The Author",
    "Scroll to Top",
    "Cartography by",
    "Any reputable news publisher",
    "rigorously reviewed by our team",
    "In All, World",
    "Key Points",
]


def test_the_sample_site_carries_no_page_debris(sample_site: Path) -> None:
    build(BuildOptions(source=sample_site))
    folder = sample_site / "site" / "briefings" / "ukraine-russia-before-trump"
    outputs = [folder / "index.html", folder / "briefing.json", sample_site / "site/index.html"]
    outputs += sorted((folder / "sources").glob("*/index.html"))
    assert len(outputs) == 8  # source_pages is on in the sample's site.yaml
    for path in outputs:
        text = path.read_text("utf-8")
        for debris in SAMPLE_DEBRIS:
            assert debris not in text, f"{debris!r} in {path}"


def test_the_sample_briefing_uses_no_caption_text(sample_site: Path) -> None:
    build(BuildOptions(source=sample_site))
    document = briefing(sample_site / "site", "ukraine-russia-before-trump")
    for statement in document["summary"] + document["key_points"]:
        assert "©" not in statement["text"]
        assert not statement["text"].startswith(("A man rides", "Soldiers in a dugout"))
