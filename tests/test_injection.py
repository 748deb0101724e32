"""Article text is untrusted: no field of it can put markup or script into the site.

One site carries every payload of tests/fixtures/injection/payloads.jsonl in every
free-text field and body (see injection_site.py). These tests read what the build wrote
as the clients that use it would: pages as HTML, feeds as XML and JSON whose HTML fields
a feed reader renders, timeline.json whose texts TimelineJS renders as HTML, and the
JSON-LD inside pages. The browser half is in test_injection_browser.py.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from html_safety import html_problems, visible_text
from injection_site import build_injection_site, load_payloads

from generator.cli import main
from generator.render.structured_data import script_json

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT_ENCODED = "{http://purl.org/rss/1.0/modules/content/}encoded"


@pytest.fixture(scope="module")
def injection_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_injection_site(tmp_path_factory.mktemp("injection"))


def test_the_corpus_holds_the_payload_families() -> None:
    payloads = load_payloads()
    assert len(payloads) >= 60
    for family in ("<script", "onerror=", "javascript:", "data:", "](javascript:", "{{", "\u2028"):
        assert any(family.lower() in payload.lower() for payload in payloads), family


def test_every_page_is_free_of_injected_markup(injection_output: Path) -> None:
    pages = sorted(injection_output.rglob("*.html"))
    assert len(pages) > 20  # briefings, index, tags, 404: every kind of page
    for page in pages:
        assert html_problems(page.read_text("utf-8")) == [], page


def test_every_page_forbids_scripts_from_elsewhere(injection_output: Path) -> None:
    """Defence in depth: the pages' policy lets no inline or foreign script run."""
    for page in sorted(injection_output.rglob("*.html")):
        html = page.read_text("utf-8")
        policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)"', html)
        assert policy is not None, page
        directives = dict(part.strip().partition(" ")[::2] for part in policy.group(1).split(";"))
        assert directives["script-src"] in ("'self'", "'none'"), page
        assert directives["object-src"] == "'none'"
        assert directives["base-uri"] == "'none'"


def test_payloads_are_shown_as_text_where_they_were_written(injection_output: Path) -> None:
    payloads = load_payloads()
    page = (injection_output / "briefings/ferry-strike/index.html").read_text("utf-8")
    text = visible_text(page)
    # The editor's key points hold every payload; each is shown, character for character.
    for payload in payloads:
        assert " ".join(payload.split()) in text, payload
    assert "{{ 7*7 }}" in text  # never evaluated as a template


def test_generated_statements_carry_payloads_and_stay_safe(injection_output: Path) -> None:
    """The analysis selects sentences holding payloads into the summary, key points,
    timeline and figures, so the escaping of generated text is exercised, not only of
    metadata. (barrier-vote has an editor's summary, so its key points are generated.)"""
    payloads = load_payloads()
    port_fire = _briefing(injection_output, "port-fire")
    barrier_vote = _briefing(injection_output, "barrier-vote")
    selected = {
        "summary": ("port-fire", [item["text"] for item in port_fire["summary"]]),
        "key points": (
            "barrier-vote",
            [item["text"] for item in barrier_vote["key_points"] if not item["by_editor"]],
        ),
        "timeline": ("port-fire", [item["text"] for item in port_fire["timeline"]]),
        "figures": (
            "port-fire",
            [
                evidence["text"]
                for figure in port_fire["figures"]
                for value in figure["values"]
                for evidence in value["evidence"]
            ],
        ),
    }
    for part, (slug, texts) in selected.items():
        assert any(payload in text for payload in payloads for text in texts), part
        page = visible_text((injection_output / "briefings" / slug / "index.html").read_text())
        for text in texts:
            assert " ".join(text.split()) in page, (part, text)


def _briefing(output: Path, slug: str) -> dict:
    return json.loads((output / "briefings" / slug / "briefing.json").read_text("utf-8"))


def test_feeds_are_well_formed_and_their_html_is_safe(injection_output: Path) -> None:
    feeds = sorted(injection_output.rglob("feed.xml")) + sorted(injection_output.rglob("atom.xml"))
    assert len(feeds) > 10
    for feed in feeds:
        root = ET.parse(feed).getroot()  # a payload that broke the XML would raise here
        item_parts = {part for item in root.iter("item") for part in item}
        fragments = [
            element.text or ""
            for element in root.iter()
            # An item's description is HTML; the channel's is plain text.
            if (element.tag == "description" and element in item_parts)
            or element.tag == CONTENT_ENCODED
            or (
                element.tag in (f"{ATOM}content", f"{ATOM}summary")
                and element.get("type") == "html"
            )
        ]
        assert fragments, feed
        for fragment in fragments:
            assert html_problems(fragment) == [], (feed, fragment[:200])


def test_json_feeds_keep_html_in_content_html_only_and_safe(injection_output: Path) -> None:
    for feed in sorted(injection_output.rglob("feed.json")):
        items = json.loads(feed.read_text("utf-8"))["items"]
        assert items, feed
        for item in items:
            assert html_problems(item["content_html"]) == [], (feed, item["id"])


def test_timeline_json_html_fields_are_safe(injection_output: Path) -> None:
    """TimelineJS renders `headline` and `text` as HTML."""
    timelines = sorted(injection_output.rglob("timeline.json"))
    assert timelines
    seen_payload_text = False
    for timeline in timelines:
        data = json.loads(timeline.read_text("utf-8"))
        slides = [*data.get("events", []), *([data["title"]] if "title" in data else [])]
        for slide in slides:
            for key in ("headline", "text"):
                fragment = slide.get("text", {}).get(key, "")
                assert html_problems(fragment) == [], (timeline, fragment[:200])
                seen_payload_text |= "&lt;" in fragment
    assert seen_payload_text  # payloads did reach the timeline, escaped


def test_json_ld_cannot_break_out_of_its_script(injection_output: Path) -> None:
    payloads = load_payloads()
    page = (injection_output / "briefings/barrier-vote/index.html").read_text("utf-8")
    start = page.index('<script type="application/ld+json">') + len(
        '<script type="application/ld+json">'
    )
    script = page[start : page.index("</script>", start)]
    data = json.loads(script)
    title = "Barrier Vote " + " ".join(payloads[0::5])
    assert data["headline"] == " ".join(title.split())[:110]
    for marker in ("</script", "<!--", "\u2028", "\u2029"):
        assert marker not in script.lower()


def test_sitemap_and_briefing_json_stay_well_formed(injection_output: Path) -> None:
    ET.parse(injection_output / "sitemap.xml")
    for data in injection_output.rglob("briefing.json"):
        json.loads(data.read_text("utf-8"))


def test_script_json_escapes_what_could_end_its_element_or_a_script_line() -> None:
    data = {"headline": '</script><!--<script>"&\u2028\u2029'}
    text = str(script_json(data))
    for character in "<>&\u2028\u2029":
        assert character not in text
    assert json.loads(text) == data


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java\\tscript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "file:///etc/passwd",
        "https://example.org/a'onmouseover='alert(1)",
    ],
)
def test_a_dangerous_article_url_is_an_error_at_its_place(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "content").mkdir()
    (tmp_path / "site.yaml").write_text("title: T\n", "utf-8")
    article = tmp_path / "content" / "a.md"
    article.write_text(f'---\ntitle: A\nurl: "{url}"\n---\nThe council met on Monday.\n')
    assert main(["build", "--source", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert f"{article}:3:6: url: " in err, err
    assert "Traceback" not in err
    assert not (tmp_path / "site").exists()
