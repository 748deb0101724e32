"""A site whose every field and article body carries script-injection payloads.

The payloads (tests/fixtures/injection/payloads.jsonl) come from the OWASP XSS Filter
Evasion Cheat Sheet and PortSwigger's XSS cheat sheet, plus Markdown link tricks and
Jinja template injection. Each one, if it ran, would open a dialog, log `XSS-RAN`, set
`window.xss` or request something from attacker.example, so a browser can tell.

Every payload appears in every free-text field across the site: article titles,
publishers, authors and tags; story titles, tags, notes, editor's summaries and key
points; a grouped story's settings file; the site's own title and description; and in
the sentences of Markdown and pasted-text bodies, next to dates and figures so they reach
the summary, the timeline and the figures table.
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from generator.cli import main

PAYLOADS_FILE = Path(__file__).parent / "fixtures" / "injection" / "payloads.jsonl"
STORIES = ("barrier-vote", "ferry-strike", "bridge-repairs", "school-closures", "port-fire")
ARTICLES_PER_STORY = 6
LOOSE_ARTICLES = 6


def build_injection_site(root: Path) -> Path:
    """Write the site into `root`, build it, and return its output folder."""
    write_injection_site(root, load_payloads())
    assert main(["build", "--source", str(root), "--quiet", "--jobs", "1"]) == 0
    return root / "site"


def load_payloads() -> list[str]:
    # Split on newlines only: a payload may hold U+2028, which splitlines() breaks at.
    lines = PAYLOADS_FILE.read_text("utf-8").split("\n")
    return [json.loads(line) for line in lines if line.strip()]


def chunks(items: list[str], count: int) -> list[list[str]]:
    """`items` spread over `count` lists, every item in exactly one list."""
    return [items[index::count] for index in range(count)]


def write_injection_site(root: Path, payloads: list[str]) -> Path:
    article_count = len(STORIES) * ARTICLES_PER_STORY + LOOSE_ARTICLES
    titles = chunks(payloads, article_count)
    publishers = chunks(payloads[7:] + payloads[:7], article_count)
    authors = chunks(payloads[13:] + payloads[:13], article_count)
    tags = chunks(payloads[29:] + payloads[:29], article_count)
    sentences = chunks(payloads[3:] + payloads[:3], article_count)
    story_titles = chunks(payloads, len(STORIES))
    story_tags = chunks(payloads[5:] + payloads[:5], len(STORIES))

    _write_yaml(
        root / "site.yaml",
        {
            "title": "Injection test " + " ".join(payloads[:3]),
            "description": " ".join(payloads),
            "author": payloads[0],
            "base_url": "https://example.org/briefings/",
            "language": "en",
        },
    )
    content = root / "content"
    number = 0
    for story_index, story in enumerate(STORIES):
        folder = content / story
        folder.mkdir(parents=True)
        _write_yaml(
            folder / "story.yaml",
            {
                "title": f"{story.replace('-', ' ').title()} "
                + " ".join(story_titles[story_index]),
                "tags": story_tags[story_index],
                "note": "\n\n".join(payloads),
                # Editor's lists replace generated ones: only some stories get them, so
                # the others show what the analysis selected from the bodies.
                **({"summary": payloads} if story_index == 0 else {}),
                **({"key_points": payloads} if story_index == 1 else {}),
            },
        )
        for article in range(ARTICLES_PER_STORY):
            fields = _fields(titles, publishers, authors, tags, number)
            body = _body(sentences[number], story_index, article)
            suffix = ".txt" if article == ARTICLES_PER_STORY - 1 else ".md"
            _write_article(folder / f"{story}-{article}{suffix}", fields, body)
            number += 1
    for loose in range(LOOSE_ARTICLES):
        fields = _fields(titles, publishers, authors, tags, number)
        fields["title"] = "Harbour crane collapse " + fields["title"]
        _write_article(content / f"crane-{loose}.md", fields, _body(sentences[number], 9, loose))
        number += 1
    _write_yaml(
        content / "crane-0.yaml",
        {"title": " ".join(payloads), "tags": payloads[:5], "note": "\n\n".join(payloads)},
    )
    return root


def _fields(
    titles: list[list[str]],
    publishers: list[list[str]],
    authors: list[list[str]],
    tags: list[list[str]],
    number: int,
) -> dict[str, object]:
    return {
        "title": "Council vote " + " ".join(titles[number]),
        "publisher": "Gazette " + " ".join(publishers[number]),
        "author": authors[number],
        "tags": tags[number],
        "date": f"2025-03-{10 + number % 15:02d}",
        "url": f"https://example.org/news/{number}?a=1&b=%3Cscript%3E",
    }


def _body(payloads: list[str], story_index: int, article: int) -> str:
    """Sentences of news prose, each carrying payloads beside a date and a figure."""
    day = 3 + story_index
    lines = [
        f"The council approved the project on March {day}, 2025, after "
        f"{1200 + 100 * article} residents objected {payloads[0]} at a public meeting.",
        f"Officials said {payloads[-1]} the work will cost £{40 + article} million "
        "and finish by June 2026.",
        f"On Monday, {30 + article} people were hurt {payloads[0]} when the old structure "
        "gave way, the fire service said.",
        "Residents said the decision came too late, and several promised to appeal "
        f"{' '.join(payloads)} before the deadline.",
    ]
    return "\n\n".join(lines) + "\n"


def _write_article(path: Path, fields: dict[str, object], body: str) -> None:
    front_matter = yaml.safe_dump(fields, allow_unicode=True, sort_keys=False)
    path.write_text(f"---\n{front_matter}---\n\n{body}", "utf-8")


def _write_yaml(path: Path, data: dict[str, object]) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
