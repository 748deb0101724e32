"""Tests for generator.content: loading story folders, story.yaml and articles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.content import Content, load_content
from generator.diagnostics import Diagnostics, Severity
from generator.model import Article, BodyFormat, StoryMeta
from generator.partial_date import PartialDate, Precision

ARTICLE = "---\ntitle: {title}\n---\nThe article's text. It has two sentences.\n"


def write(content: Path, relative: str, data: str | bytes) -> Path:
    """Write one file under the content folder, creating its folders."""
    path = content / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def article_text(title: str) -> str:
    return ARTICLE.format(title=title)


def load(content: Path) -> tuple[Content, Diagnostics]:
    diagnostics = Diagnostics()
    return load_content(content, diagnostics), diagnostics


def shown(diagnostics: Diagnostics, root: Path) -> list[str]:
    return [diagnostic.format(relative_to=root) for diagnostic in diagnostics]


def by_id(content: Content, article_id: str) -> Article:
    matches = [article for article in content.articles if article.id == article_id]
    assert len(matches) == 1, [article.id for article in content.articles]
    return matches[0]


@pytest.fixture
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    folder.mkdir()
    return folder


# ---------------------------------------------------------------- layout


def test_articles_in_a_story_folder_belong_to_it(content: Path) -> None:
    write(content, "kursk/ft.md", article_text("FT report"))
    write(content, "kursk/bbc.txt", article_text("BBC report"))

    loaded, diagnostics = load(content)

    assert sorted((a.id, a.body_format, a.story_folder) for a in loaded.articles) == [
        ("bbc", BodyFormat.TEXT, content / "kursk"),
        ("ft", BodyFormat.MARKDOWN, content / "kursk"),
    ]
    assert len(diagnostics) == 0


def test_each_story_folder_is_listed_once(content: Path) -> None:
    write(content, "kursk/a.md", article_text("A"))
    write(content, "talks/b.md", article_text("B"))

    loaded, _ = load(content)

    assert loaded.stories == (
        StoryMeta(folder=content / "kursk"),
        StoryMeta(folder=content / "talks"),
    )


def test_articles_in_nested_subfolders_belong_to_the_story(content: Path) -> None:
    write(content, "kursk/2024/november/deep.md", article_text("Deep"))

    loaded, _ = load(content)

    assert by_id(loaded, "deep").story_folder == content / "kursk"


def test_story_yaml_fields_are_read(content: Path) -> None:
    write(
        content,
        "kursk/story.yaml",
        "title: The Kursk   offensive\n"
        "slug: Kursk Offensive\n"
        "tags: Ukraine, Russia\n"
        "note: |\n"
        "  Reports *differ* on numbers.\n"
        "summary:\n"
        "  - Ukraine holds ground.\n"
        "  - Russia counterattacks.\n"
        "key_points: [First point., Second point.]\n",
    )
    write(content, "kursk/a.md", article_text("A"))

    loaded, diagnostics = load(content)

    assert loaded.stories == (
        StoryMeta(
            folder=content / "kursk",
            title="The Kursk offensive",
            slug="kursk-offensive",
            tags=("Ukraine", "Russia"),
            note="Reports *differ* on numbers.",
            summary=("Ukraine holds ground.", "Russia counterattacks."),
            key_points=("First point.", "Second point."),
        ),
    )
    assert len(diagnostics) == 0


def test_story_yaml_slug_without_letters_is_an_error(content: Path, tmp_path: Path) -> None:
    write(content, "kursk/story.yaml", "slug: '!!!'\n")
    write(content, "kursk/a.md", article_text("A"))

    _, diagnostics = load(content)

    assert shown(diagnostics, tmp_path) == [
        "content/kursk/story.yaml:1:7: slug: must contain letters or digits, e.g. 'kursk-offensive'"
    ]


def test_story_yaml_unknown_key_warns(content: Path, tmp_path: Path) -> None:
    write(content, "kursk/story.yaml", "title: Kursk\nsumary:\n  - One.\n")
    write(content, "kursk/a.md", article_text("A"))

    _, diagnostics = load(content)

    assert shown(diagnostics, tmp_path) == [
        "content/kursk/story.yaml:2:1: warning: unknown key 'sumary' is ignored; "
        "did you mean 'summary'?"
    ]


def test_story_yaml_is_not_loaded_as_an_article(content: Path) -> None:
    write(content, "kursk/story.yaml", "title: Kursk\n")
    write(content, "kursk/a.md", article_text("A"))

    loaded, _ = load(content)

    assert [article.path.name for article in loaded.articles] == ["a.md"]


@pytest.mark.parametrize(
    "skipped",
    [
        "kursk/.hidden.md",
        "kursk/_draft.md",
        "kursk/.cache/old.md",
        "kursk/_unused/old.md",
        "_drafts/story.md",
        ".git/notes.md",
        "_loose-draft.md",
        ".loose-hidden.txt",
    ],
)
def test_hidden_and_underscore_files_are_skipped(content: Path, skipped: str) -> None:
    write(content, "kursk/kept.md", article_text("Kept"))
    write(content, skipped, article_text("Skipped"))

    loaded, diagnostics = load(content)

    assert [article.title for article in loaded.articles] == ["Kept"]
    assert len(diagnostics) == 0


def test_files_that_are_not_articles_are_ignored(content: Path) -> None:
    write(content, "kursk/a.md", article_text("A"))
    write(content, "kursk/photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF")
    write(content, "notes.rst", "Notes\n=====\n")

    loaded, diagnostics = load(content)

    assert [article.id for article in loaded.articles] == ["a"]
    assert len(diagnostics) == 0


def test_loose_articles_have_no_story_folder(content: Path) -> None:
    write(content, "ceasefire.md", article_text("Ceasefire talks"))
    write(content, "aid.txt", article_text("Aid package"))

    loaded, _ = load(content)

    assert sorted((a.id, a.story_folder) for a in loaded.articles) == [
        ("aid", None),
        ("ceasefire", None),
    ]
    assert loaded.stories == ()


def test_article_id_is_the_slug_of_the_file_name(content: Path) -> None:
    write(content, "Ukraine's Gamble (FT).md", article_text("A"))

    loaded, _ = load(content)

    assert [article.id for article in loaded.articles] == ["ukraines-gamble-ft"]


def test_missing_content_folder_is_an_error(tmp_path: Path) -> None:
    loaded, diagnostics = load(tmp_path / "content")

    assert loaded == Content((), ())
    assert shown(diagnostics, tmp_path) == [
        "content: the content folder does not exist; create it and put articles in it, "
        "or pass --source with the folder that holds site.yaml and content/"
    ]


# ---------------------------------------------------------------- titles and bodies


def test_markdown_title_comes_from_a_leading_heading(content: Path) -> None:
    write(content, "a.md", "\n#   Ukraine   strikes deep\n\nText of the article.\n")

    loaded, diagnostics = load(content)

    assert by_id(loaded, "a").title == "Ukraine strikes deep"
    assert len(diagnostics) == 0


def test_front_matter_title_wins_over_the_heading(content: Path) -> None:
    write(content, "a.md", "---\ntitle: Stated title\n---\n# Heading title\n\nText.\n")

    loaded, _ = load(content)

    assert by_id(loaded, "a").title == "Stated title"


def test_markdown_without_title_is_an_error(content: Path, tmp_path: Path) -> None:
    write(content, "a.md", "Text of the article, with no heading.\n\n# Too late\n")

    loaded, diagnostics = load(content)

    assert loaded.articles == ()
    assert shown(diagnostics, tmp_path) == [
        "content/a.md:1:1: the article has no title; add 'title: ...' to its front matter "
        "or start the text with a '# Heading' line"
    ]


def test_text_without_title_is_an_error(content: Path, tmp_path: Path) -> None:
    write(content, "a.txt", "close\nMenu\nOK\n")

    _, diagnostics = load(content)

    assert shown(diagnostics, tmp_path) == [
        "content/a.txt:1:1: the article has no title; add 'title: ...' to its front matter"
    ]


def test_empty_body_is_an_error_at_the_body_line(content: Path, tmp_path: Path) -> None:
    write(content, "a.md", "---\ntitle: T\npublisher: FT\n---\n\n   \n")

    loaded, diagnostics = load(content)

    assert loaded.articles == ()
    assert shown(diagnostics, tmp_path) == [
        "content/a.md:5:1: the article has no text; "
        "paste the article below the front matter or remove the file"
    ]


def test_body_and_body_line_follow_the_front_matter(content: Path) -> None:
    write(content, "a.md", "---\ntitle: T\n---\nFirst paragraph.\n")

    loaded, _ = load(content)

    assert (by_id(loaded, "a").body, by_id(loaded, "a").body_line) == ("First paragraph.\n", 4)


# ---------------------------------------------------------------- front matter values


def test_front_matter_values_reach_the_article(content: Path) -> None:
    write(
        content,
        "a.md",
        "---\n"
        "title: T\n"
        "publisher: Financial Times\n"
        "url: https://www.ft.com/content/x\n"
        "date: 2024-11-19T10:30:00Z\n"
        "author: [Ann Smith, Bob Jones]\n"
        "language: en\n"
        "tags: [Ukraine]\n"
        "---\n"
        "Text.\n",
    )

    loaded, _ = load(content)
    article = by_id(loaded, "a")

    assert (
        article.publisher,
        article.url,
        article.published,
        article.published_at.isoformat() if article.published_at else None,
        article.author,
        article.language,
        article.tags,
        article.title_inferred,
    ) == (
        "Financial Times",
        "https://www.ft.com/content/x",
        PartialDate(2024, 11, 19),
        "2024-11-19T10:30:00+00:00",
        "Ann Smith, Bob Jones",
        "en",
        ("Ukraine",),
        False,
    )


@pytest.mark.parametrize(
    ("written", "precision"),
    [("2024-11-19", Precision.DAY), ("2024-11", Precision.MONTH), ("2024", Precision.YEAR)],
)
def test_dates_keep_their_precision(content: Path, written: str, precision: Precision) -> None:
    write(content, "a.md", f"---\ntitle: T\ndate: {written}\n---\nText.\n")

    loaded, _ = load(content)
    published = by_id(loaded, "a").published

    assert published is not None
    assert (published.iso(), published.precision) == (written, precision)


def test_unknown_front_matter_key_warns_and_the_article_loads(
    content: Path, tmp_path: Path
) -> None:
    write(content, "a.md", "---\ntitle: T\nauthors: Ann\n---\nText.\n")

    loaded, diagnostics = load(content)

    assert [article.id for article in loaded.articles] == ["a"]
    assert shown(diagnostics, tmp_path) == [
        "content/a.md:3:1: warning: unknown key 'authors' is ignored; did you mean 'author'?"
    ]
    assert diagnostics.items[0].severity is Severity.WARNING


def test_text_article_takes_front_matter_and_infers_title_and_date(content: Path) -> None:
    write(
        content,
        "kursk/bbc.txt",
        "---\npublisher: BBC News\n---\n"
        "close\n5 views 3 mins 0 comments\n\n"
        "Ukraine strikes deep inside Russia\n"
        "November 19, 2024\n\n"
        "Officials said the strike hit an arsenal.\n",
    )

    loaded, _ = load(content)
    article = by_id(loaded, "bbc")

    assert (article.publisher, article.title, article.title_inferred, article.published) == (
        "BBC News",
        "Ukraine strikes deep inside Russia",
        False,
        PartialDate(2024, 11, 19),
    )


def test_text_article_without_a_headline_is_marked_as_titled_from_its_lede(
    content: Path,
) -> None:
    write(
        content,
        "kursk/lede.txt",
        "Officials said the strike hit an arsenal in the Bryansk region. Moscow vowed to "
        "respond within days.\nA second paragraph follows here.\n",
    )

    loaded, _ = load(content)
    article = by_id(loaded, "lede")

    assert article.title == "Officials said the strike hit an arsenal in the Bryansk region"
    assert article.title_inferred


def test_text_article_front_matter_date_wins_over_the_dateline(content: Path) -> None:
    write(
        content,
        "a.txt",
        "---\ndate: 2024-11\n---\nUkraine strikes deep inside Russia\nNovember 19, 2024\n",
    )

    loaded, _ = load(content)

    assert by_id(loaded, "a").published == PartialDate(2024, 11)


def test_markdown_article_does_not_infer_a_date_from_its_text(content: Path) -> None:
    write(content, "a.md", "# Ukraine strikes deep inside Russia\n\nNovember 19, 2024\n")

    loaded, _ = load(content)

    assert by_id(loaded, "a").published is None


# ---------------------------------------------------------------- errors


def test_yaml_error_is_reported_at_the_file_line(content: Path, tmp_path: Path) -> None:
    # The YAML's third line is the file's fourth.
    write(content, "kursk/a.md", "---\ntitle: T\npublisher: FT\nurl: a: b\n---\nText.\n")

    loaded, diagnostics = load(content)

    assert loaded.articles == ()
    assert shown(diagnostics, tmp_path) == [
        "content/kursk/a.md:4:7: invalid front matter: mapping values are not allowed here; "
        "put a space after ':' and quote values that contain ': '"
    ]


def test_two_broken_files_are_reported_together(content: Path, tmp_path: Path) -> None:
    write(content, "kursk/a.md", "---\ntitle: T\n\tdate: 2024\n---\nText.\n")
    write(content, "talks/b.md", "---\ntitle: T\ndate: 2024-02-30\n---\nText.\n")

    _, diagnostics = load(content)

    assert [message.split(": ", 1)[0] for message in shown(diagnostics, tmp_path)] == [
        "content/kursk/a.md:3:1",
        "content/talks/b.md:3:7",
    ]
    assert all(d.severity is Severity.ERROR for d in diagnostics)


def test_non_utf8_article_is_reported_and_the_others_load(content: Path, tmp_path: Path) -> None:
    write(content, "kursk/a.md", article_text("Before"))
    write(content, "kursk/b.txt", "Caf\xe9 society in Kyiv\n".encode("latin-1"))
    write(content, "kursk/c.md", article_text("After"))

    loaded, diagnostics = load(content)

    assert [article.title for article in loaded.articles] == ["Before", "After"]
    assert shown(diagnostics, tmp_path) == [
        "content/kursk/b.txt:1:4: the file is not UTF-8 text (byte 0xe9 cannot be decoded); "
        "save it with UTF-8 encoding"
    ]


def test_unterminated_front_matter_is_reported(content: Path, tmp_path: Path) -> None:
    write(content, "a.md", "---\ntitle: T\n\nText without a closing fence.\n")

    loaded, diagnostics = load(content)

    assert loaded.articles == ()
    assert shown(diagnostics, tmp_path) == [
        "content/a.md:1:1: the front matter that starts here is never closed; "
        "add a line with '---' after it"
    ]


def test_crlf_and_bom_article_loads_with_its_title_and_lines(content: Path) -> None:
    write(content, "a.md", b"\xef\xbb\xbf---\r\ntitle: Windows title\r\n---\r\n\r\nText.\r\n")

    loaded, diagnostics = load(content)
    article = by_id(loaded, "a")

    assert (article.title, article.body, article.body_line) == ("Windows title", "\nText.\n", 4)
    assert len(diagnostics) == 0


def test_crlf_article_yaml_error_is_at_the_file_line(content: Path, tmp_path: Path) -> None:
    write(content, "a.md", b"\xef\xbb\xbf---\r\ntitle: T\r\nurl: a: b\r\n---\r\nText.\r\n")

    _, diagnostics = load(content)

    assert [message.split(": ", 1)[0] for message in shown(diagnostics, tmp_path)] == [
        "content/a.md:3:7"
    ]


# ---------------------------------------------------------------- symbolic links


def test_symlink_pointing_outside_content_is_ignored_with_a_warning(
    content: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "secret.md"
    outside.write_text(article_text("Outside"), encoding="utf-8")
    os.symlink(outside, content / "linked.md")
    write(content, "inside.md", article_text("Inside"))

    loaded, diagnostics = load(content)

    assert [article.title for article in loaded.articles] == ["Inside"]
    assert [(d.position.path, d.severity) for d in diagnostics] == [
        (content / "linked.md", Severity.WARNING)
    ]


def test_symlinked_folder_pointing_outside_content_is_ignored(
    content: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "a.md").write_text(article_text("Outside"), encoding="utf-8")
    os.symlink(elsewhere, content / "story", target_is_directory=True)

    loaded, diagnostics = load(content)

    assert (loaded.articles, loaded.stories) == ((), ())
    assert [d.severity for d in diagnostics] == [Severity.WARNING]


def test_symlink_in_a_story_folder_pointing_outside_is_ignored(
    content: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "secret.md"
    outside.write_text(article_text("Outside"), encoding="utf-8")
    write(content, "kursk/a.md", article_text("Inside"))
    os.symlink(outside, content / "kursk" / "b.md")

    loaded, diagnostics = load(content)

    assert [article.title for article in loaded.articles] == ["Inside"]
    assert [(d.position.path, d.severity) for d in diagnostics] == [
        (content / "kursk" / "b.md", Severity.WARNING)
    ]


def test_symlink_warning_names_the_link_not_its_target(content: Path, tmp_path: Path) -> None:
    outside = tmp_path / "secret.md"
    outside.write_text(article_text("Outside"), encoding="utf-8")
    os.symlink(outside, content / "linked.md")

    _, diagnostics = load(content)

    assert shown(diagnostics, tmp_path) == [
        "content/linked.md: warning: this symbolic link points outside the content folder "
        "and is ignored; copy the file into content/ instead"
    ]


def test_symlink_pointing_inside_content_is_loaded(content: Path) -> None:
    target = write(content, "kursk/a.md", article_text("Shared"))
    os.symlink(target, content / "shared.md")

    loaded, diagnostics = load(content)

    assert sorted((a.id, a.story_folder) for a in loaded.articles) == [
        ("a", content / "kursk"),
        ("shared", None),
    ]
    assert len(diagnostics) == 0
