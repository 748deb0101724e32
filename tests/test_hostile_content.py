"""Hostile content: each case of tests/fixtures/hostile/ (listed in its README.md), and the
cases made at run time (huge, numerous, links, named pipes, climbing names), built
through the command line as a user would, with the outcome each one must have:

- an error at the exact `path:line:col` with a message that says how to fix it, exit
  code 1, every error reported, no traceback, and the previous site/ left byte for byte;
- a warning, and a site that builds;
- or a safe page: text escaped, names turned into slugs that stay inside site/.
"""

from __future__ import annotations

import itertools
import os
import random
import re
import shutil
import time
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.cli import EXIT_INPUT_ERRORS, EXIT_OK, main
from generator.content import load_content
from generator.diagnostics import Diagnostics
from generator.file_text import MAX_FILE_BYTES
from generator.yaml_source import MAX_YAML_CHARS

HOSTILE = Path(__file__).parent / "fixtures" / "hostile"
# About another story than the fixtures (a flood barrier), so a fixture gets its own page.
GOOD = (
    "---\ntitle: Harbour ferry returns to service\ndate: 2024-11-19\n---\n"
    "The Harbour ferry sailed again on Monday after repairs to its engine in Portsmouth.\n"
)
STORY_ARTICLE = "---\ntitle: Story article\n---\nThe story has one article about the barrier.\n"
FAILED = "error: the build failed; nothing was written and any previous site is unchanged"


@dataclass(frozen=True)
class Outcome:
    code: int
    err: str

    @property
    def problems(self) -> list[str]:
        """The `path:line:col: message` lines, warnings and errors."""
        return [
            line
            for line in self.err.splitlines()
            if line.startswith(("content/", "site.yaml:", "stories.lock:"))
        ]

    @property
    def errors(self) -> list[str]:
        return [line for line in self.problems if ": warning: " not in line]

    @property
    def warnings(self) -> list[str]:
        return [line for line in self.problems if ": warning: " in line]


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A site with one good article, as the working folder (messages name paths from it)."""
    root = tmp_path / "site-folder"
    (root / "content").mkdir(parents=True)
    (root / "site.yaml").write_text("title: Hostile\nbase_url: https://example.org/\n", "utf-8")
    (root / "content" / "good.md").write_text(GOOD, "utf-8")
    monkeypatch.chdir(root)
    return root


def build(capsys: pytest.CaptureFixture[str]) -> Outcome:
    code = main(["build", "--jobs", "1", "--no-cache"])
    outcome = Outcome(code, capsys.readouterr().err)
    assert "Traceback" not in outcome.err
    return outcome


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def place(site: Path, fixture: str) -> Path:
    """A copy of the fixture in the site's content: a story.yaml for `.yaml` cases (in a
    story folder with one article), else a loose article of the same name."""
    if fixture.endswith(".yaml"):
        story = site / "content" / "story"
        story.mkdir()
        (story / "a.md").write_text(STORY_ARTICLE, "utf-8")
        return Path(shutil.copy(HOSTILE / fixture, story / "story.yaml"))
    return Path(shutil.copy(HOSTILE / fixture, site / "content" / fixture))


def assert_fails_leaving_the_site(
    site: Path, capsys: pytest.CaptureFixture[str], expected: list[str]
) -> Outcome:
    """Builds a good site, then the hostile one: the build fails with exactly `expected`
    and the previous site is left byte for byte."""
    before = snapshot(site / "site")
    outcome = build(capsys)
    assert outcome.code == EXIT_INPUT_ERRORS
    assert sorted(outcome.errors) == sorted(expected)
    assert FAILED in outcome.err
    assert snapshot(site / "site") == before
    return outcome


def pages(site: Path) -> dict[str, str]:
    return {
        path.relative_to(site / "site").as_posix(): path.read_text("utf-8")
        for path in (site / "site").rglob("*.html")
    }


def page_with(site: Path, text: str) -> str:
    matches = [html for html in pages(site).values() if f'<h1 dir="auto">{text}</h1>' in html]
    assert matches, f"no page has the headline {text!r}"
    return matches[0]


def files_outside(root: Path, *kept: str) -> list[str]:
    """Files under `root` but not in the `kept` folders."""
    return sorted(
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.is_file() and path.relative_to(root).parts[0] not in kept
    )


# ---------------------------------------------------------------- errors, one file each

ERRORS = {
    "yaml-tab-indent.md": "3:1: invalid front matter: found character '\\t' that cannot "
    "start any token (while scanning for the next token); use spaces, not tabs, to indent",
    "yaml-tab-after-colon.md": "2:7: invalid front matter: found character '\\t' that "
    "cannot start any token (while scanning for the next token); use spaces, not tabs, to "
    "indent",
    "yaml-duplicate-key.md": "4:1: duplicate key 'title' (first set on line 2); keep only "
    "one of them",
    "yaml-billion-laughs.md": "8:15: invalid front matter: with its aliases ('*e') written "
    "out, this document would be more than 1,000,000 characters long (an alias bomb); "
    "write the values out instead of repeating anchors",
    "yaml-alias-loop.md": "3:20: invalid front matter: '*loop' refers to the value that "
    "contains it, which never ends; write the value out instead",
    "yaml-deep-nesting.md": "3:56: invalid front matter: values are nested more than 50 "
    "levels deep; flatten the structure",
    "yaml-python-tag.md": "2:8: invalid front matter: could not determine a constructor for "
    "the tag 'tag:yaml.org,2002:python/object/apply:os.system'; only plain YAML is read: "
    "remove the tag (the word starting with '!')",
    "yaml-control-character.md": "2:15: invalid front matter: the invisible control "
    "character U+0007 cannot be used in YAML; delete it",
    "yaml-not-a-number.md": "3:12: invalid front matter: this value cannot be read as a "
    "whole number (invalid literal for int() with base 16: ''); put it in quotes to keep "
    "it as text",
    "yaml-unclosed-quote.md": "2:8: invalid front matter: this quoted value is never "
    "closed; add the closing quotation mark",
    "front-matter-list.md": "2:1: front matter must be a mapping of 'key: value' lines, not a list",
    "front-matter-scalar.md": "2:1: front matter must be a mapping of 'key: value' lines, "
    "not a single value ('Just a sentence where the front matter s')",
    "front-matter-unterminated.md": "1:1: the front matter that starts here is never "
    "closed; add a line with '---' after it",
    "empty.md": "1:1: the article has no text; paste the article below the front matter or "
    "remove the file",
    "whitespace-only.txt": "1:1: the article has no text; paste the article below the "
    "front matter or remove the file",
    "body-missing-no-newline.md": "3:1: the article has no text; paste the article below "
    "the front matter or remove the file",
    "binary.md": "3:1: this looks like a binary file, not text; remove it from the content folder",
    "utf16-bom.md": "1:1: the file is UTF-16 text, not UTF-8; save it with UTF-8 encoding "
    "(in the editor's 'Save as' or 'Encoding' menu)",
    "utf16-no-bom.md": "1:1: the file is UTF-16 text, not UTF-8; save it with UTF-8 "
    "encoding (in the editor's 'Save as' or 'Encoding' menu)",
    "utf32-bom.md": "1:1: the file is UTF-32 text, not UTF-8; save it with UTF-8 encoding "
    "(in the editor's 'Save as' or 'Encoding' menu)",
    "latin1.md": "2:11: the file is not UTF-8 text (byte 0xe9 cannot be decoded); save it "
    "with UTF-8 encoding",
    # CRLF, CR and LF each end a line: the date is on the fourth line.
    "mixed-line-ends.md": "4:7: date: '2024-02-30' is not a real date (day is out of range "
    "for month)",
    "date-feb-30.md": "3:7: date: '2024-02-30' is not a real date (day is out of range for month)",
    "date-feb-29-non-leap.md": "3:7: date: '2023-02-29' is not a real date (day is out of "
    "range for month)",
    "date-month-13.md": "3:7: date: '2024-13-01' is not a real date (month 13 does not exist)",
    "date-year-zero.md": "3:7: date: '0000-01-01' is not a real date (year 0 is out of range)",
}


@pytest.mark.parametrize("fixture", sorted(ERRORS))
def test_hostile_file_is_an_error_at_its_place(
    fixture: str, site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert build(capsys).code == EXIT_OK
    place(site, fixture)

    assert_fails_leaving_the_site(site, capsys, [f"content/{fixture}:{ERRORS[fixture]}"])


def test_story_yaml_slug_of_dots_is_an_error(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert build(capsys).code == EXIT_OK
    place(site, "story-slug-dots.yaml")

    assert_fails_leaving_the_site(
        site,
        capsys,
        [
            "content/story/story.yaml:1:7: slug: must contain letters or digits, e.g. "
            "'kursk-offensive'"
        ],
    )


def test_every_error_of_a_build_is_reported_at_once(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert build(capsys).code == EXIT_OK
    chosen = [
        "yaml-tab-indent.md",
        "yaml-duplicate-key.md",
        "binary.md",
        "latin1.md",
        "date-month-13.md",
        "front-matter-unterminated.md",
        "yaml-billion-laughs.md",
    ]
    for fixture in chosen:
        place(site, fixture)

    outcome = assert_fails_leaving_the_site(
        site, capsys, [f"content/{fixture}:{ERRORS[fixture]}" for fixture in chosen]
    )
    assert f"{len(chosen)} errors found" in outcome.err


def test_the_python_tag_runs_nothing(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    place(site, "yaml-python-tag.md")

    assert build(capsys).code == EXIT_INPUT_ERRORS
    assert not (site / "pwned-by-yaml").exists()


# ---------------------------------------------------------------- warnings


WARNINGS = {
    "title-rtl-override.md": "content/title-rtl-override.md:2:8: warning: title: invisible "
    "direction controls (U+202E) are never closed, so they would reorder the text shown "
    "after them; they are closed at the end of the value (delete them from the file if "
    "they are not meant to be there)",
    "title-control-escape.md": "content/title-control-escape.md:2:8: warning: title: "
    "invisible control characters (U+001B) are removed; delete them from the file",
    "front-matter-slug-traversal.md": "content/front-matter-slug-traversal.md:3:1: warning: "
    "unknown key 'slug' is ignored; known keys: title, publisher, url, date, author, "
    "language, tags",
}


@pytest.mark.parametrize("fixture", sorted(WARNINGS))
def test_hostile_file_gets_a_warning_and_builds(
    fixture: str, site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    place(site, fixture)

    outcome = build(capsys)

    assert outcome.code == EXIT_OK
    assert outcome.warnings == [WARNINGS[fixture]]


def test_an_unclosed_override_is_closed_before_the_site_name(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    place(site, "title-rtl-override.md")

    assert build(capsys).code == EXIT_OK

    html = page_with(site, "Council \u202eapproves barrier\u202c")
    assert "<title>Council \u202eapproves barrier\u202c · Hostile</title>" in html


def test_control_characters_never_reach_the_site(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    place(site, "title-control-escape.md")

    assert build(capsys).code == EXIT_OK

    page_with(site, "Council [31mapproves[0m barrier")
    assert not any(b"\x1b" in data for data in snapshot(site / "site").values())


def test_a_slug_in_front_matter_writes_nothing_outside_the_site(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    place(site, "front-matter-slug-traversal.md")

    assert build(capsys).code == EXIT_OK

    assert files_outside(site.parent, "site-folder") == []
    assert files_outside(site, "site", "content") == ["site.yaml", "stories.lock"]


# ---------------------------------------------------------------- safe output


def test_emoji_and_markup_in_a_title_are_escaped(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    place(site, "title-emoji-markup.md")

    outcome = build(capsys)

    assert (outcome.code, outcome.problems) == (EXIT_OK, [])
    escaped = "🔥 Flood &lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;barrier&#34; 🌊"
    html = page_with(site, escaped)
    assert "<script>alert(1)" not in html
    for path in (site / "site").rglob("*.xml"):
        ElementTree.parse(path)  # feeds and the sitemap stay well-formed


def test_a_right_to_left_title_renders(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    place(site, "title-rtl.md")

    outcome = build(capsys)

    assert (outcome.code, outcome.problems) == (EXIT_OK, [])
    # dir="auto": the browser sets the headline right to left in a left-to-right page.
    page_with(site, "المجلس يوافق على حاجز الفيضان")


def test_a_title_of_punctuation_renders(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    place(site, "title-punctuation.md")

    assert build(capsys).code == EXIT_OK

    page_with(site, "?!… — ‽")


def test_a_byte_order_mark_is_dropped(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    place(site, "utf8-bom.md")

    outcome = build(capsys)

    assert (outcome.code, outcome.problems) == (EXIT_OK, [])
    page_with(site, "Saved with a byte-order mark")
    assert not any("\ufeff" in html for html in pages(site).values())


def test_mixed_line_ends_are_all_line_ends(site: Path) -> None:
    place(site, "mixed-line-ends-ok.md")
    diagnostics = Diagnostics()

    content = load_content(site / "content", diagnostics)

    article = next(a for a in content.articles if a.path.name == "mixed-line-ends-ok.md")
    assert (article.title, article.publisher, article.body_line, article.body) == (
        "Mixed line ends",
        "Gazette",
        5,
        "\nThe council approved the barrier.\nIt will cost 42 million pounds.\n"
        "Work starts in May.\n",
    )
    assert len(diagnostics) == 0


def test_february_29_of_a_leap_year_is_a_date(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    place(site, "date-feb-29-leap.md")

    assert build(capsys).code == EXIT_OK

    assert "February 29, 2024" in page_with(site, "February 29 in a leap year")


def test_a_story_slug_that_climbs_stays_in_the_site(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    place(site, "story-slug-traversal.yaml")

    assert build(capsys).code == EXIT_OK

    assert (site / "site" / "briefings" / "escaped" / "index.html").is_file()
    assert files_outside(site.parent, "site-folder") == []


# ---------------------------------------------------------------- names


def test_names_of_punctuation_emoji_and_right_to_left_text_get_usable_slugs(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for folder in ("!!!", "🔥🌊", "خبر عاجل", "up..\\..\\etc", "%2e%2e%2f"):
        (site / "content" / folder).mkdir()
        (site / "content" / folder / "a.md").write_text(STORY_ARTICLE, "utf-8")

    outcome = build(capsys)

    assert (outcome.code, outcome.errors) == (EXIT_OK, [])
    slugs = sorted(path.name for path in (site / "site" / "briefings").iterdir())
    named = [slug for slug in slugs if not re.fullmatch("story-[0-9a-f]{8}", slug)]
    # Names without letters or digits get a name from their hash, one per folder.
    assert (named, len(slugs)) == (["2e-2e-2f", "good", "up-etc", "خبر-عاجل"], 6)
    # Full addresses are percent-encoded URLs; links between pages stay readable.
    encoded = "briefings/%D8%AE%D8%A8%D8%B1-%D8%B9%D8%A7%D8%AC%D9%84/"
    site_files = site / "site"
    assert encoded in (site_files / "sitemap.xml").read_text("utf-8")
    assert encoded in (site_files / "feed.xml").read_text("utf-8")
    page = (site_files / "briefings" / "خبر-عاجل" / "index.html").read_text("utf-8")
    assert f'<link rel="canonical" href="https://example.org/{encoded}">' in page
    assert 'href="briefings/خبر-عاجل/"' in (site_files / "index.html").read_text("utf-8")


def test_file_names_that_climb_stay_in_the_site(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = site / "content" / "story"
    story.mkdir()
    for name in ("..\\..\\escaped.md", "..%2f..%2fescaped.md", "a\nb.md", "…‥.md"):
        (story / name).write_text(STORY_ARTICLE, "utf-8")

    outcome = build(capsys)

    assert (outcome.code, outcome.errors) == (EXIT_OK, [])
    assert files_outside(site.parent, "site-folder") == []
    assert (site / "site" / "briefings" / "story" / "index.html").is_file()


def test_a_newline_in_a_file_name_cannot_fake_a_message(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (site / "content" / "a\ncontent\x1b[2J.md").write_text("---\ntitle: T\n", "utf-8")

    outcome = build(capsys)

    assert outcome.errors == [
        "content/a\\x0acontent\\x1b[2J.md:1:1: the front matter that starts here is never "
        "closed; add a line with '---' after it"
    ]


def test_two_folders_with_one_slug_are_an_error_naming_both(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert build(capsys).code == EXIT_OK
    for folder in ("Port Strike", "port-strike"):
        (site / "content" / folder).mkdir()
        (site / "content" / folder / "a.md").write_text(STORY_ARTICLE, "utf-8")

    assert_fails_leaving_the_site(
        site,
        capsys,
        [
            "content/port-strike: this story would be published at briefings/port-strike/, "
            "like content/Port Strike; give one of them another name or a 'slug:' in its "
            "story.yaml"
        ],
    )


def test_a_story_yaml_slug_taken_by_another_folder_is_an_error(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for folder in ("kursk", "talks"):
        (site / "content" / folder).mkdir()
        (site / "content" / folder / "a.md").write_text(STORY_ARTICLE, "utf-8")
    (site / "content" / "talks" / "story.yaml").write_text("slug: Kursk\n", "utf-8")

    outcome = build(capsys)

    assert outcome.errors == [
        "content/talks/story.yaml: this story would be published at briefings/kursk/, like "
        "content/kursk; give one of them another name or a 'slug:' in its story.yaml"
    ]


def test_two_files_with_one_id_in_a_story_are_an_error_naming_both(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = site / "content" / "story"
    story.mkdir()
    for name in ("Port strike.md", "port-strike.txt"):
        (story / name).write_text(STORY_ARTICLE, "utf-8")

    outcome = build(capsys)

    assert outcome.errors == [
        "content/story/port-strike.txt: this article's id 'port-strike' (from its file name) "
        "is already used by content/story/Port strike.md; rename one of the files"
    ]


def test_stories_with_one_title_get_their_own_pages(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for folder in ("north", "south"):
        (site / "content" / folder).mkdir()
        (site / "content" / folder / "story.yaml").write_text("title: Same headline\n", "utf-8")
        (site / "content" / folder / "a.md").write_text(STORY_ARTICLE, "utf-8")

    assert build(capsys).code == EXIT_OK

    for folder in ("north", "south"):
        html = (site / "site" / "briefings" / folder / "index.html").read_text("utf-8")
        assert '<h1 dir="auto">Same headline</h1>' in html


def test_a_stories_lock_naming_paths_outside_the_site_is_ignored(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (site / "stories.lock").write_text(
        '{"version": 1, "stories": {"../../../escaped": ["content/good.md"]}, '
        '"redirects": {"../../gone": "../../../escaped", "old": "good"}}\n',
        "utf-8",
    )

    outcome = build(capsys)

    assert outcome.code == EXIT_OK
    assert outcome.warnings == [
        "stories.lock: warning: these story names are not valid addresses and are ignored: "
        "'../../../escaped', '../../gone'; briefing never writes such names, so restore the "
        "file from version control"
    ]
    assert files_outside(site.parent, "site-folder") == []
    assert (site / "site" / "briefings" / "old" / "index.html").is_file()  # a kept redirect


# ---------------------------------------------------------------- links and special files


def test_links_leaving_content_are_refused_and_never_read(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = site.parent / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text(GOOD.replace("Harbour", "SECRET"), "utf-8")
    (outside / "story.yaml").write_text("title: SECRET story\n", "utf-8")
    content = site / "content"
    (content / "story").mkdir()
    (content / "story" / "a.md").write_text(STORY_ARTICLE, "utf-8")
    links = {
        "linked.md": outside / "secret.md",
        "linked-folder": outside,
        "story/story.yaml": outside / "story.yaml",
        "story/b.md": outside / "secret.md",
        "story/nested": outside,
        "itself": content,
        "dangling.md": site / "nowhere.md",
        "loop.md": content / "loop.md",
    }
    for name, target in links.items():
        os.symlink(target, content / name)

    outcome = build(capsys)

    outside_file = "this symbolic link points outside the content folder and is ignored; copy the"
    assert outcome.code == EXIT_OK
    assert sorted(outcome.warnings) == [
        "content/dangling.md: warning: this symbolic link points to nothing (its target does "
        "not exist) and is ignored; remove it",
        "content/itself: warning: this symbolic link points to the content folder itself, "
        "whose articles are read already; it is ignored",
        f"content/linked-folder: warning: {outside_file} folder into content/ instead",
        f"content/linked.md: warning: {outside_file} file into content/ instead",
        "content/loop.md: warning: cannot resolve this link; it is ignored",
        f"content/story/b.md: warning: {outside_file} file into content/ instead",
        f"content/story/nested: warning: {outside_file} folder into content/ instead",
        f"content/story/story.yaml: warning: {outside_file} file into content/ instead",
    ]
    assert not any(b"SECRET" in data for data in snapshot(site / "site").values())


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_named_pipe_is_an_error_not_a_hang(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    os.mkfifo(site / "content" / "pipe.md")

    started = time.perf_counter()
    outcome = build(capsys)

    assert time.perf_counter() - started < 10
    assert outcome.errors == [
        "content/pipe.md:1:1: this is not a regular file (it is a named pipe, socket or "
        "device); remove it from the site folder"
    ]


# ---------------------------------------------------------------- size and number


def test_a_20_mb_article_is_refused_quickly_with_the_limit(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert build(capsys).code == EXIT_OK
    line = "The council approved the flood barrier on Tuesday after a long debate.\n"
    data = ("---\ntitle: A huge article\n---\n" + line * (20_000_000 // len(line))).encode()
    (site / "content" / "huge.md").write_bytes(data[:20_000_000])

    started = time.perf_counter()
    assert_fails_leaving_the_site(
        site,
        capsys,
        [
            "content/huge.md:1:1: the file is 20.0 MB, over the 2 MB limit for a file briefing "
            "reads; keep only the article's text in it (drop the rest of the page), or split "
            "it into several files"
        ],
    )
    assert time.perf_counter() - started < 5


def varied_text(size: int, seed: int = 1) -> str:
    """Paragraphs of sentences made of varied words, `size` characters or a little more."""
    rng = random.Random(seed)
    words = [
        "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9)))
        for _ in range(3000)
    ]
    paragraphs, total = [], 0
    while total < size:
        sentences = (
            " ".join(rng.choice(words) for _ in range(rng.randint(8, 18))).capitalize() + "."
            for _ in range(4)
        )
        paragraphs.append(" ".join(sentences))
        total += len(paragraphs[-1]) + 2
    return "\n\n".join(paragraphs)


def test_an_article_just_under_the_limit_loads(site: Path) -> None:
    header = "---\ntitle: Long but allowed\n---\n"
    text = header + varied_text(MAX_FILE_BYTES)
    (site / "content" / "long.md").write_text(text[:MAX_FILE_BYTES], "utf-8")
    diagnostics = Diagnostics()

    content = load_content(site / "content", diagnostics)

    assert len(diagnostics) == 0
    assert "Long but allowed" in {article.title for article in content.articles}


def test_a_long_article_builds(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # 300 KB, three times a long-form piece. The analysis grows faster than linearly with
    # an article's sentences, so bigger sizes are measured outside the test suite.
    body = varied_text(300_000)
    (site / "content" / "long.md").write_text(f"---\ntitle: A long read\n---\n{body}\n", "utf-8")

    outcome = build(capsys)

    assert (outcome.code, outcome.errors) == (EXIT_OK, [])
    page_with(site, "A long read")


def test_a_huge_front_matter_is_refused(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = "".join(f"key{i}: value number {i}\n" for i in range(60_000))
    (site / "content" / "huge.md").write_text(f"---\ntitle: T\n{lines}---\nText.\n", "utf-8")
    size = len(f"title: T\n{lines}") - 1

    outcome = build(capsys)

    assert size > MAX_YAML_CHARS
    assert outcome.errors == [
        f"content/huge.md:2:1: front matter is {size:,} characters long (limit 1,000,000); "
        "move long text out of it"
    ]


def test_aliases_repeating_a_long_value_are_refused(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 200 KB written, 400 MB once every alias is read as its value. Each alias adds the
    # value's 200,000 characters: the sixth passes the limit.
    note = "word " * 40_000
    aliases = ", ".join(["*note"] * 2_000)
    (site / "content" / "bomb.md").write_text(
        f"---\ntitle: T\nnote: &note {note}\ntags: [{aliases}]\n---\nText.\n", "utf-8"
    )

    started = time.perf_counter()
    outcome = build(capsys)

    assert time.perf_counter() - started < 5
    assert outcome.errors == [
        "content/bomb.md:4:43: invalid front matter: with its aliases ('*note') written out, "
        "this document would be more than 1,000,000 characters long (an alias bomb); write "
        "the values out instead of repeating anchors"
    ]


def test_three_thousand_tiny_articles_build(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rng = random.Random(7)
    places = ["Kyiv", "Lagos", "Lima", "Oslo", "Quito", "Dakar", "Hanoi", "Perth"]
    events = ["bridge", "strike", "flood", "election", "budget", "storm", "trial", "summit"]
    for number in range(3000):
        place_, event = rng.choice(places), rng.choice(events)
        (site / "content" / f"note-{number:04d}.md").write_text(
            f"---\ntitle: {place_} {event} update {number}\n"
            f"date: 2024-{1 + number % 12:02d}-{1 + number % 28:02d}\n---\n"
            f"Officials in {place_} reported news about the {event} on day {number}.\n",
            "utf-8",
        )

    outcome = build(capsys)

    assert (outcome.code, outcome.errors) == (EXIT_OK, [])
    assert "from 3,001 articles" in outcome.err or "from 3001 articles" in outcome.err


def test_the_fixture_readme_lists_every_case() -> None:
    readme = (HOSTILE / "README.md").read_text("utf-8")
    cases = sorted(
        path.name
        for path in HOSTILE.iterdir()
        if path.is_file() and path.suffix in (".md", ".txt", ".yaml") and path.name != "README.md"
    )

    assert [case for case in cases if f"`{case}`" not in readme] == []
    assert set(ERRORS) | set(WARNINGS) <= set(cases)


def test_alias_bomb_fixture_would_be_a_billion_values() -> None:
    # The fixture is what its name says: ten levels of ten aliases.
    text = (HOSTILE / "yaml-billion-laughs.md").read_text("utf-8")
    levels = [line for line in text.splitlines() if line.startswith("lol")]
    assert len(levels) == 10
    assert all(line.count("*") == 10 for line in itertools.islice(levels, 1, None))
