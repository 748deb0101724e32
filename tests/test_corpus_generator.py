"""benchmarks/corpus.py: the generated corpus is deterministic, well formed and builds."""

from __future__ import annotations

import datetime as dt
import importlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.build import BuildOptions, build

REPOSITORY = Path(__file__).parent.parent
BENCHMARKS = REPOSITORY / "benchmarks"
ARTICLE_SUFFIXES = {".md", ".txt"}

# benchmarks/ is not a package: `python benchmarks/corpus.py` finds the sibling modules
# (corpus_stories, corpus_frames ...) because the script's folder is first on sys.path.
# The tests put it there too, before importing.
if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))
corpus = importlib.import_module("corpus")
corpus_stories = importlib.import_module("corpus_stories")


def generate(target: Path, *options: str, articles: int = 40, stories: int = 4) -> Path:
    code = corpus.main(
        [str(target), "--articles", str(articles), "--stories", str(stories), *options]
    )
    assert code == 0
    return target


def files_of(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def front_matter(path: Path) -> tuple[dict, str]:
    _, header, body = path.read_text("utf-8").split("---\n", 2)
    return yaml.safe_load(header), body


def pelican_header(path: Path) -> tuple[dict[str, str], str]:
    header, body = path.read_text("utf-8").split("\n\n", 1)
    fields = dict(line.split(": ", 1) for line in header.splitlines())
    return fields, body


def body_paragraphs(body: str) -> list[str]:
    return [block for block in body.strip().split("\n\n") if not block.startswith("## ")]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate(tmp_path_factory.mktemp("corpus") / "site")


def test_writes_site_settings_and_one_folder_per_story(site: Path) -> None:
    settings = yaml.safe_load((site / "site.yaml").read_text("utf-8"))
    assert settings["base_url"] == "https://example.org/bench/"
    assert settings["language"] == "en"
    assert settings["title"]
    stories = sorted(path for path in (site / "content").iterdir())
    assert len(stories) == 4 and all(path.is_dir() for path in stories)
    for story in stories:
        meta = yaml.safe_load((story / "story.yaml").read_text("utf-8"))
        assert isinstance(meta["title"], str) and meta["title"]
        assert 1 <= len(meta["tags"]) <= 3


def test_articles_are_mostly_markdown_with_front_matter_and_some_pasted_text(site: Path) -> None:
    articles = [path for path in (site / "content").rglob("*") if path.suffix in ARTICLE_SUFFIXES]
    markdown = [path for path in articles if path.suffix == ".md"]
    pasted = [path for path in articles if path.suffix == ".txt"]
    assert len(articles) == 40
    assert pasted and len(markdown) > 2 * len(pasted)
    for path in markdown:
        meta, body = front_matter(path)
        assert {"title", "publisher", "url", "date"} <= meta.keys()
        assert meta.keys() <= {"title", "publisher", "url", "date", "author"}
        assert isinstance(meta["date"], dt.date) and 2019 <= meta["date"].year <= 2026
        assert meta["url"].startswith("https://")
        assert 300 <= len(body.split()) <= 900
        assert 6 <= len(body_paragraphs(body)) <= 16


def test_titles_are_unique_within_each_story(site: Path) -> None:
    for story in (site / "content").iterdir():
        titles = [front_matter(path)[0]["title"] for path in story.glob("*.md")]
        assert len(titles) == len(set(titles))


def test_pasted_text_holds_the_article_among_page_debris(site: Path, tmp_path: Path) -> None:
    pelican = generate(tmp_path / "pelican", "--format", "pelican")
    pasted = sorted((site / "content").rglob("*.txt"))
    for path in pasted:
        text = path.read_text("utf-8")
        lines = [line for line in text.splitlines() if line.strip()]
        fields, body = pelican_header(pelican / "content" / path.parent.name / f"{path.stem}.md")
        # The headline comes after the menus, and a dateline close below it.
        headline = lines.index(fields["Title"])
        assert headline < 5
        assert any(re.search(r"\b20\d\d\b", line) for line in lines[headline + 1 : headline + 4])
        assert "Related stories" in lines and "All rights reserved" in lines[-1]
        # The same paragraphs as in the other formats.
        for paragraph in body_paragraphs(body):
            assert paragraph in text


def test_same_seed_gives_the_same_bytes_and_another_seed_differs(tmp_path: Path) -> None:
    first = files_of(generate(tmp_path / "first"))
    # Another process with another string hash seed: no output may depend on set order.
    subprocess.run(
        [
            sys.executable,
            str(BENCHMARKS / "corpus.py"),
            str(tmp_path / "again"),
            *("--articles", "40", "--stories", "4"),
        ],
        check=True,
        capture_output=True,
        env={**os.environ, "PYTHONHASHSEED": "12345"},
    )
    again = files_of(tmp_path / "again")
    other = files_of(generate(tmp_path / "other", "--seed", "2"))
    assert first == again
    assert first != other
    assert first.keys() != other.keys()


def test_generated_site_builds_one_briefing_per_story(site: Path) -> None:
    result = build(BuildOptions(source=site))
    stories = {path.name for path in (site / "content").iterdir()}
    assert {briefing.slug for briefing in result.briefings} == stories
    assert result.article_count == 40
    for story in stories:
        briefing = json.loads((site / "site" / "briefings" / story / "briefing.json").read_text())
        articles = [p for p in (site / "content" / story).iterdir() if p.suffix in ARTICLE_SUFFIXES]
        assert len(briefing["sources"]) == len(articles)
        assert briefing["summary"]


def test_labels_map_every_article_to_its_story_folder(site: Path) -> None:
    labels = json.loads((site / "labels.json").read_text("utf-8"))
    articles = {
        path.relative_to(site).as_posix()
        for path in (site / "content").rglob("*")
        if path.suffix in ARTICLE_SUFFIXES
    }
    assert labels.keys() == articles
    assert all(path.split("/")[1] == story for path, story in labels.items())


def test_loose_mode_puts_articles_in_content_and_labels_every_one(tmp_path: Path) -> None:
    site = generate(tmp_path / "loose", "--loose")
    content = list((site / "content").iterdir())
    assert content and all(path.is_file() and path.suffix in ARTICLE_SUFFIXES for path in content)
    labels = json.loads((site / "labels.json").read_text("utf-8"))
    assert labels.keys() == {f"content/{path.name}" for path in content}
    assert len(set(labels.values())) == 4


def test_loose_mode_writes_the_same_articles(site: Path, tmp_path: Path) -> None:
    loose = generate(tmp_path / "loose", "--loose")
    for path in (site / "content").rglob("*"):
        if path.suffix in ARTICLE_SUFFIXES:
            assert (loose / "content" / path.name).read_bytes() == path.read_bytes()


def test_pelican_format_has_the_metadata_header_on_every_file(tmp_path: Path) -> None:
    site = generate(tmp_path / "pelican", "--format", "pelican")
    assert not (site / "site.yaml").exists()
    settings: dict[str, object] = {}
    exec((site / "pelicanconf.py").read_text("utf-8"), settings)
    assert settings["PATH"] == "content" and settings["TIMEZONE"] == "UTC"
    assert settings["DEFAULT_LANG"] == "en" and settings["RELATIVE_URLS"] is True
    assert settings["SITENAME"] and settings["FEED_ALL_ATOM"] is None
    articles = list((site / "content").rglob("*"))
    articles = [path for path in articles if path.is_file()]
    assert len(articles) == 40 and all(path.suffix == ".md" for path in articles)
    for path in articles:
        fields, body = pelican_header(path)
        assert {"Title", "Date", "Category", "Tags", "Slug"} <= fields.keys()
        assert fields.keys() <= {"Title", "Date", "Category", "Tags", "Slug", "Author"}
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", fields["Date"])
        assert fields["Category"] == path.parent.name
        assert fields["Slug"] == path.stem
        assert 300 <= len(body.split()) <= 900


def test_refuses_a_folder_that_is_not_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.txt").write_text("keep me", encoding="utf-8")
    assert corpus.main([str(tmp_path), "--articles", "10"]) == 2
    assert "not an empty folder" in capsys.readouterr().err
    assert [path.name for path in tmp_path.iterdir()] == ["notes.txt"]


def test_refuses_more_stories_than_articles(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        corpus.main([str(tmp_path / "site"), "--articles", "3", "--stories", "5"])
    assert exit_info.value.code == 2


def test_default_is_one_story_per_ten_articles(tmp_path: Path) -> None:
    site = tmp_path / "site"
    assert corpus.main([str(site), "--articles", "30"]) == 0
    assert len(list((site / "content").iterdir())) == 3


def test_stories_written_in_parallel_are_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    sequential = corpus_stories.generate(40, 4, 3)
    monkeypatch.setattr(corpus_stories, "PARALLEL_MIN_ARTICLES", 1)
    assert corpus_stories.generate(40, 4, 3) == sequential


def test_rewrites_keep_much_of_an_earlier_article_of_their_story() -> None:
    stories = corpus_stories.generate(60, 3, 1)
    rewrites = 0
    for story in stories:
        by_slug = {article.slug: article for article in story.articles}
        for article in story.articles:
            if article.rewrite_of is None:
                continue
            rewrites += 1
            original = by_slug[article.rewrite_of]
            copied = {s for paragraph in original.paragraphs for s in paragraph}
            sentences = [s for paragraph in article.paragraphs for s in paragraph]
            assert sum(s in copied for s in sentences) >= 0.4 * len(sentences)
            assert article.outlet != original.outlet
            assert article.published >= original.published
    assert rewrites >= 5


@pytest.mark.parametrize("options", [(), ("--loose",), ("--format", "pelican")])
def test_rewrites_json_maps_each_rewrite_to_its_original_in_the_same_story(
    tmp_path: Path, options: tuple[str, ...]
) -> None:
    site = generate(tmp_path / "site", *options, articles=60, stories=3)
    labels = json.loads((site / "labels.json").read_text("utf-8"))
    rewrites = json.loads((site / "rewrites.json").read_text("utf-8"))
    for rewrite, original in rewrites.items():
        assert rewrite != original
        assert (site / rewrite).is_file() and (site / original).is_file()
        assert labels[rewrite] == labels[original]
    # Every rewrite the generator made is listed, in every format.
    stories = corpus_stories.generate(60, 3, 1)
    made = sum(article.rewrite_of is not None for story in stories for article in story.articles)
    assert made >= 5 and len(rewrites) == made


def test_articles_carry_relative_dates_hedged_figures_and_quotes(site: Path) -> None:
    text = "\n".join(path.read_text("utf-8") for path in (site / "content").rglob("*.md"))
    weekday = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    for pattern in (
        rf"\bon {weekday}\b",
        r"\b(?:last|next) (?:week|month)\b|\b(?:earlier|later) this (?:week|month)\b",
        r"\bwill\b",
        r"\b(?:about|more than|nearly|some|roughly) \$?\d[\d,.]*",
        r"\d+(?:\.\d)? percent\b",
        r"“[^”]+,” ",
        r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
        r"December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) \d{1,2}\b",
    ):
        assert re.search(pattern, text), pattern
