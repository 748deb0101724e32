"""A deterministic generator of realistic news corpora, for speed and grouping benchmarks.

It writes a complete site folder: `site.yaml` and `content/` with one folder per story (a
`story.yaml` and the story's articles), plus `labels.json`, which maps every article's
path to its story, and `rewrites.json`, which maps every rewrite's path to the path of the
article it rewrites. About four articles in five are Markdown with front matter; the rest
are text pasted from a web page, with the page's menus, share prompts, bylines, teasers
and footer left in. `--loose` puts every article directly in `content/` (the input of a
story-grouping benchmark); `--format pelican` writes the same articles for Pelican, so
both generators can be timed on one corpus.

Stories are built from topic frames (a port strike, a wildfire, a recount, a merger ...),
each with its own cast, organisations, places, nouns, verbs, figures and dates. Articles
are written from sentence templates filled from the story: attributions, quotes, figures
with hedges, events with dates relative to the article's own publication date, coming
events, background, context and scenes. Each article takes its own angle on the story (a
few of its figures, people and events), outlets disagree a little on figures and dates,
and about one article in six rewrites an earlier one. The same arguments give
byte-identical output. Standard library only.

    python benchmarks/corpus.py OUT_DIR --articles 1000 [--stories 100] [--seed 1]
        [--format briefing|pelican] [--loose]

This module is the command line and writes the site folder in each format. The corpus is
made by its siblings in benchmarks/, imported by name since the script's folder is first
on sys.path:

    corpus_stories.py    the stories of the corpus, and `generate`, the whole corpus
    corpus_articles.py   the articles of a story: fresh, rewritten, pasted with debris
    corpus_sentences.py  the sentences of one article (ArticleWriter)
    corpus_values.py     dates and figures as a reporter writes them
    corpus_text.py       random picks, template filling, capitals and slugs
    corpus_model.py      outlets, people, stories, articles, pasted pages
    corpus_frames.py     topic frames (data)
    corpus_phrases.py    sentence templates and word pools (data)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from corpus_model import Article, Story
from corpus_stories import generate

BASE_URL = "https://example.org/bench/"


# ---------------------------------------------------------------------------------------
# Files.


_PLAIN_YAML = re.compile(r"^[A-Za-z][\w .,'&()-]*$")


def yaml_text(value: str) -> str:
    """A YAML scalar: plain when that is safe, else double-quoted (JSON is valid YAML)."""
    if _PLAIN_YAML.match(value) and not value.endswith(" "):
        return value
    return json.dumps(value, ensure_ascii=False)


def markdown_body(article: Article) -> str:
    blocks: list[str] = []
    for index, paragraph in enumerate(article.paragraphs):
        if index in article.subheads:
            blocks.append(f"## {article.subheads[index]}")
        blocks.append(" ".join(paragraph))
    return "\n\n".join(blocks) + "\n"


def markdown_article(article: Article) -> str:
    lines = [
        "---",
        f"title: {yaml_text(article.title)}",
        f"publisher: {yaml_text(article.outlet.name)}",
        f"url: {article.url}",
        f"date: {article.published.isoformat()}",
    ]
    if article.author:
        lines.append(f"author: {yaml_text(article.author)}")
    lines += ["---", "", markdown_body(article)]
    return "\n".join(lines)


def pasted_article(article: Article) -> str:
    """The article as text copied from its web page, page debris and all."""
    page = article.page
    assert page is not None, "every pasted article gets a page in add_pasted_pages"
    top = "\n\n".join(page.before + page.header)
    blocks: list[str] = []
    for index, paragraph in enumerate(article.paragraphs):
        if index in article.subheads:
            blocks.append(article.subheads[index])
        blocks.append(" ".join(paragraph))
        if index in page.advert_after:
            blocks.append("Advertisement")
    body = ("\n" if page.compact else "\n\n").join(blocks)
    return f"{top}\n\n{body}\n\n" + "\n".join(page.after) + "\n"


def pelican_article(article: Article, story: Story, loose: bool) -> str:
    hour, minute = article.time
    lines = [
        f"Title: {article.title}",
        f"Date: {article.published.isoformat()} {hour:02d}:{minute:02d}",
    ]
    if not loose:
        lines.append(f"Category: {story.slug}")
    lines += [f"Tags: {', '.join(story.tags)}", f"Slug: {article.slug}"]
    if article.author:
        lines.append(f"Author: {article.author}")
    return "\n".join(lines) + "\n\n" + markdown_body(article)


def story_yaml(story: Story) -> str:
    tags = ", ".join(yaml_text(tag) for tag in story.tags)
    return f"title: {yaml_text(story.title)}\ntags: [{tags}]\n"


SITE_YAML = f"title: Benchmark briefings\nbase_url: {BASE_URL}\nlanguage: en\n"
PELICAN_CONF = """\
# Pelican settings for a corpus written by benchmarks/corpus.py.
AUTHOR = "Benchmark"
SITENAME = "Benchmark briefings"
SITEURL = ""
PATH = "content"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"

# Feeds are off, as they are during development.
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

RELATIVE_URLS = True
"""


def article_path(article: Article, pelican: bool, loose: bool) -> str:
    """The article's path relative to the site folder."""
    name = article.slug + (".md" if pelican else article.extension)
    return f"content/{name}" if loose else f"content/{article.story}/{name}"


def article_text(article: Article, story: Story, pelican: bool, loose: bool) -> str:
    if pelican:
        return pelican_article(article, story, loose)
    return pasted_article(article) if article.pasted else markdown_article(article)


def write_file(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8", newline="\n")


def write_json(path: Path, mapping: dict[str, str]) -> None:
    """A path-to-value mapping, sorted by path so the same corpus gives the same bytes."""
    text = json.dumps(dict(sorted(mapping.items())), indent=2, ensure_ascii=False)
    write_file(path, text + "\n")


def write_settings(out_dir: Path, pelican: bool) -> None:
    if pelican:
        write_file(out_dir / "pelicanconf.py", PELICAN_CONF)
    else:
        write_file(out_dir / "site.yaml", SITE_YAML)


def write_story(story: Story, out_dir: Path, pelican: bool, loose: bool) -> dict[str, str]:
    """Write the story's folder (unless loose) and articles; returns each article's path,
    relative to `out_dir`, by the article's slug."""
    if not loose:
        (out_dir / "content" / story.slug).mkdir()
        if not pelican:
            write_file(out_dir / "content" / story.slug / "story.yaml", story_yaml(story))
    paths: dict[str, str] = {}
    for article in story.articles:
        paths[article.slug] = article_path(article, pelican, loose)
        write_file(out_dir / paths[article.slug], article_text(article, story, pelican, loose))
    return paths


def rewrite_paths(story: Story, paths: dict[str, str]) -> dict[str, str]:
    """The path of each rewrite in the story, mapped to the path of the article it rewrites
    (always one of the same story)."""
    return {
        paths[article.slug]: paths[article.rewrite_of]
        for article in story.articles
        if article.rewrite_of is not None
    }


def write_site(corpus: Sequence[Story], out_dir: Path, pelican: bool, loose: bool) -> int:
    """Write the corpus in one format, with labels.json (each article's story) and
    rewrites.json (each rewrite's original); returns the number of articles written."""
    (out_dir / "content").mkdir(parents=True, exist_ok=True)
    write_settings(out_dir, pelican)
    labels: dict[str, str] = {}
    rewrites: dict[str, str] = {}
    for story in corpus:
        paths = write_story(story, out_dir, pelican, loose)
        labels.update(dict.fromkeys(paths.values(), story.slug))
        rewrites.update(rewrite_paths(story, paths))
    write_json(out_dir / "labels.json", labels)
    write_json(out_dir / "rewrites.json", rewrites)
    return len(labels)


# ---------------------------------------------------------------------------------------
# Command line.


def _count(number: int, noun: str) -> str:
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{number} {noun if number == 1 else plural}"


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, got {value!r}")
    return int(value)


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path, metavar="OUT_DIR", help="a new or empty folder")
    parser.add_argument("--articles", type=_positive, required=True, metavar="N")
    parser.add_argument(
        "--stories", type=_positive, metavar="S", help="number of stories (default: N // 10)"
    )
    parser.add_argument("--seed", type=int, default=1, help="random seed (default: 1)")
    parser.add_argument("--format", choices=("briefing", "pelican"), default="briefing")
    parser.add_argument(
        "--loose",
        action="store_true",
        help="put every article directly in content/, without story folders",
    )
    arguments = parser.parse_args(argv)
    if arguments.stories is None:
        arguments.stories = max(1, arguments.articles // 10)
    if arguments.stories > arguments.articles:
        parser.error("--stories may not exceed --articles: every story needs an article")
    return arguments


def main(argv: Sequence[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    out_dir: Path = arguments.out_dir
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        print(
            f"error: {out_dir} exists and is not an empty folder; "
            "give a new or empty folder so no files are overwritten",
            file=sys.stderr,
        )
        return 2
    corpus = generate(arguments.articles, arguments.stories, arguments.seed)
    written = write_site(corpus, out_dir, arguments.format == "pelican", arguments.loose)
    print(f"wrote {_count(written, 'article')} in {_count(len(corpus), 'story')} to {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
