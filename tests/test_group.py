"""Tests for generator.group: articles grouped into stories with unique slugs and ids."""

from __future__ import annotations

from pathlib import Path

from generator.content import load_content
from generator.diagnostics import Diagnostics, Severity
from generator.group import group_stories
from generator.model import Story

ARTICLE = "---\ntitle: {title}\n---\nThe article's text.\n"


def write(content: Path, relative: str, text: str) -> Path:
    path = content / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def article_text(title: str) -> str:
    return ARTICLE.format(title=title)


def group(content: Path) -> tuple[tuple[Story, ...], Diagnostics]:
    """Load `content` and group it; loading must succeed without any problem."""
    load_diagnostics = Diagnostics()
    loaded = load_content(content, load_diagnostics)
    assert len(load_diagnostics) == 0, [d.format() for d in load_diagnostics]
    diagnostics = Diagnostics()
    return group_stories(loaded, diagnostics).stories, diagnostics


def shown(diagnostics: Diagnostics, root: Path) -> list[str]:
    return [diagnostic.format(relative_to=root) for diagnostic in diagnostics]


def test_one_story_per_folder_with_its_articles(tmp_path: Path) -> None:
    content = tmp_path / "content"
    write(content, "kursk/ft.md", article_text("FT"))
    write(content, "kursk/sub/bbc.md", article_text("BBC"))
    write(content, "talks/ap.md", article_text("AP"))

    stories, diagnostics = group(content)

    assert [(s.slug, [a.id for a in s.articles], s.origin) for s in stories] == [
        ("kursk", ["ft", "bbc"], content / "kursk"),
        ("talks", ["ap"], content / "talks"),
    ]
    assert len(diagnostics) == 0


def test_story_slug_comes_from_the_folder_name(tmp_path: Path) -> None:
    content = tmp_path / "content"
    write(content, "Kursk Offensive (2024)/a.md", article_text("A"))

    stories, _ = group(content)

    assert [story.slug for story in stories] == ["kursk-offensive-2024"]


def test_story_yaml_slug_wins_over_the_folder_name(tmp_path: Path) -> None:
    content = tmp_path / "content"
    write(content, "kursk/story.yaml", "slug: kursk-offensive\n")
    write(content, "kursk/a.md", article_text("A"))

    stories, _ = group(content)

    assert [story.slug for story in stories] == ["kursk-offensive"]


def test_story_carries_its_story_yaml(tmp_path: Path) -> None:
    content = tmp_path / "content"
    write(content, "kursk/story.yaml", "title: The Kursk offensive\n")
    write(content, "kursk/a.md", article_text("A"))

    stories, _ = group(content)

    assert stories[0].meta is not None
    assert stories[0].meta.title == "The Kursk offensive"


def test_folder_name_without_letters_gets_a_stable_fallback_slug(tmp_path: Path) -> None:
    content = tmp_path / "content"
    write(content, "!!!/a.md", article_text("A"))

    first, _ = group(content)
    second, _ = group(content)

    assert first[0].slug == second[0].slug
    assert first[0].slug.startswith("story-")


def test_loose_articles_about_different_things_are_different_stories(tmp_path: Path) -> None:
    content = tmp_path / "content"
    write(
        content,
        "aid.md",
        "---\ntitle: Parliament approves farm aid\n---\n\nParliament approved subsidies "
        "for dairy farmers hit by drought, after a long debate on milk prices.\n",
    )
    write(
        content,
        "ceasefire.txt",
        "Ceasefire holds in the mountains\n\nThe ceasefire between the rebel militias held "
        "overnight, negotiators said, as refugees began returning to their villages.\n",
    )

    stories, diagnostics = group(content)

    # Each is named after its file, as a story of one loose article always was.
    assert [(s.slug, [a.id for a in s.articles], s.meta, s.origin) for s in stories] == [
        ("aid", ["aid"], None, content / "aid.md"),
        ("ceasefire", ["ceasefire"], None, content / "ceasefire.txt"),
    ]
    assert len(diagnostics) == 0


def test_duplicate_article_ids_in_a_story_are_an_error_naming_both(tmp_path: Path) -> None:
    content = tmp_path / "content"
    first = write(content, "kursk/report.md", article_text("First"))
    write(content, "kursk/more/report.txt", article_text("Second"))

    _, diagnostics = group(content)

    assert shown(diagnostics, tmp_path) == [
        "content/kursk/more/report.txt: this article's id 'report' (from its file name) is "
        f"already used by {first}; rename one of the files"
    ]
    assert diagnostics.items[0].severity is Severity.ERROR


def test_duplicate_article_keeps_only_the_first_in_the_story(tmp_path: Path) -> None:
    content = tmp_path / "content"
    # Files are read in name order: 'Report!.md' sorts before 'report.md'.
    write(content, "kursk/report.md", article_text("Read second"))
    write(content, "kursk/Report!.md", article_text("Read first"))

    stories, _ = group(content)

    assert [article.title for article in stories[0].articles] == ["Read first"]


def test_same_id_in_different_stories_is_allowed(tmp_path: Path) -> None:
    content = tmp_path / "content"
    write(content, "kursk/report.md", article_text("First"))
    write(content, "talks/report.md", article_text("Second"))

    _, diagnostics = group(content)

    assert len(diagnostics) == 0


def test_two_story_folders_with_the_same_slug_are_an_error(tmp_path: Path) -> None:
    content = tmp_path / "content"
    write(content, "alpha/story.yaml", "slug: kursk\n")
    write(content, "alpha/a.md", article_text("A"))
    write(content, "beta/story.yaml", "slug: kursk\n")
    write(content, "beta/b.md", article_text("B"))

    _, diagnostics = group(content)

    assert shown(diagnostics, tmp_path) == [
        "content/beta/story.yaml: this story would be published at briefings/kursk/, like "
        f"{content / 'alpha'}; give one of them another name or a 'slug:' in its story.yaml"
    ]


def test_a_loose_story_never_takes_a_story_folders_slug(tmp_path: Path) -> None:
    content = tmp_path / "content"
    write(content, "kursk/a.md", article_text("A"))
    write(content, "kursk.md", article_text("Loose"))

    stories, diagnostics = group(content)

    assert sorted(story.slug for story in stories) == ["kursk", "kursk-2"]
    assert len(diagnostics) == 0


def test_empty_story_folder_warns_and_is_skipped(tmp_path: Path) -> None:
    content = tmp_path / "content"
    write(content, "empty/story.yaml", "title: Nothing yet\n")
    write(content, "kursk/a.md", article_text("A"))

    stories, diagnostics = group(content)

    assert [story.slug for story in stories] == ["kursk"]
    assert shown(diagnostics, tmp_path) == [
        "content/empty: warning: this story folder holds no articles (.md or .txt files) "
        "and is skipped"
    ]
