"""Loose articles grouped into stories, and stories that keep their addresses."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from generator.build import BuildOptions, build
from generator.cli import EXIT_OK, main
from generator.grouping.identity import LOCK_FILE, Registry, assign_slugs

STRIKE = [
    (
        "port-strike-begins",
        "2025-03-03",
        "Dockworkers strike at Harbourton port",
        "Dockworkers at Harbourton port walked out on Monday over pay, halting container "
        "traffic. The Harbourton Dockers Union said the strike would continue until the "
        "Harbourton Port Authority raised its offer.",
    ),
    (
        "strike-talks-stall",
        "2025-03-05",
        "Harbourton port strike talks stall",
        "Talks between the Harbourton Dockers Union and the Harbourton Port Authority broke "
        "down on Wednesday as the dockworkers' strike entered its third day and ships "
        "queued outside the port.",
    ),
    (
        "ships-diverted",
        "2025-03-06",
        "Ships diverted as Harbourton strike drags on",
        "Shipping lines diverted cargo away from Harbourton as the dockworkers' strike at "
        "the port went on, the Harbourton Port Authority said.",
    ),
]
FIRE = [
    (
        "wildfire-spreads",
        "2025-03-04",
        "Wildfire forces evacuations near Pine Ridge",
        "A wildfire spread across dry hills near Pine Ridge on Tuesday, forcing the "
        "evacuation of hundreds of homes. Firefighters from Dalton County battled the "
        "flames overnight.",
    ),
    (
        "fire-crews-gain",
        "2025-03-06",
        "Crews gain ground on Pine Ridge wildfire",
        "Firefighters in Dalton County said they had contained a third of the Pine Ridge "
        "wildfire, and some evacuated residents could return to their homes.",
    ),
    (
        "fire-inquiry",
        "2025-03-08",
        "Inquiry into cause of Pine Ridge wildfire",
        "Dalton County opened an inquiry into the cause of the Pine Ridge wildfire, which "
        "destroyed dozens of homes before firefighters contained it.",
    ),
]


def write_article(folder: Path, name: str, day: str, title: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.md"
    path.write_text(f"---\ntitle: {title}\ndate: {day}\n---\n\n{body}\n", "utf-8")
    return path


@pytest.fixture
def pile(tmp_path: Path) -> Path:
    """A site whose content/ is a pile of loose articles about two stories."""
    site = tmp_path / "pile"
    (site / "content").mkdir(parents=True)
    (site / "site.yaml").write_text("title: Pile\nbase_url: https://example.org/\n", "utf-8")
    for article in (*STRIKE, *FIRE):
        write_article(site / "content", *article)
    return site


def stories_of(site: Path) -> dict[str, list[str]]:
    result = build(BuildOptions(source=site))
    return {b.slug: sorted(source.id for source in b.sources) for b in result.briefings}


def test_a_pile_of_loose_articles_becomes_one_briefing_per_story(pile: Path) -> None:
    stories = stories_of(pile)
    assert stories == {
        "port-strike-begins": ["port-strike-begins", "ships-diverted", "strike-talks-stall"],
        "wildfire-spreads": ["fire-crews-gain", "fire-inquiry", "wildfire-spreads"],
    }
    page = pile / "site" / "briefings" / "port-strike-begins" / "index.html"
    assert "Harbourton" in page.read_text("utf-8")


def test_grouping_does_not_depend_on_the_order_files_were_written(tmp_path: Path) -> None:
    site = tmp_path / "reversed"
    (site / "content").mkdir(parents=True)
    for article in reversed((*STRIKE, *FIRE)):
        path = write_article(site / "content", *article)
        os.utime(path, (1, 1))
    assert stories_of(site) == {
        "port-strike-begins": ["port-strike-begins", "ships-diverted", "strike-talks-stall"],
        "wildfire-spreads": ["fire-crews-gain", "fire-inquiry", "wildfire-spreads"],
    }


def test_the_build_remembers_story_addresses_in_a_lock_file(pile: Path) -> None:
    stories_of(pile)
    lock = json.loads((pile / LOCK_FILE).read_text("utf-8"))
    assert lock["version"] == 1
    assert lock["stories"]["wildfire-spreads"] == [
        "content/wildfire-spreads.md",
        "content/fire-crews-gain.md",
        "content/fire-inquiry.md",
    ]
    assert lock["redirects"] == {}


def test_new_articles_keep_every_address_even_an_earlier_one(pile: Path) -> None:
    before = stories_of(pile)
    write_article(
        pile / "content",
        "strike-ends",
        "2025-03-10",
        "Harbourton dockworkers end strike",
        "The Harbourton Dockers Union ended its strike at the port after the Harbourton "
        "Port Authority improved its pay offer, and dockworkers returned on Monday.",
    )
    # Published before the story's first article: a story named afresh would change.
    write_article(
        pile / "content",
        "aa-fire-warning",
        "2025-03-01",
        "Fire warning for Pine Ridge",
        "Dalton County warned Pine Ridge residents of a high wildfire risk as dry winds "
        "swept the hills; firefighters were put on alert.",
    )
    after = stories_of(pile)
    assert set(after) == set(before)
    assert "strike-ends" in after["port-strike-begins"]
    assert "aa-fire-warning" in after["wildfire-spreads"]


def test_when_stories_merge_the_old_address_redirects(pile: Path) -> None:
    lock = pile / LOCK_FILE
    lock.write_text(
        json.dumps(
            {
                "version": 1,
                "stories": {
                    "strike": ["content/port-strike-begins.md", "content/strike-talks-stall.md"],
                    "diversions": ["content/ships-diverted.md"],
                },
                "redirects": {},
            }
        ),
        "utf-8",
    )
    stories = stories_of(pile)
    assert "strike" in stories and "diversions" not in stories
    redirect = (pile / "site" / "briefings" / "diversions" / "index.html").read_text("utf-8")
    assert '<meta http-equiv="refresh" content="0; url=../strike/">' in redirect
    assert '<link rel="canonical" href="https://example.org/briefings/strike/">' in redirect
    assert json.loads(lock.read_text("utf-8"))["redirects"] == {"diversions": "strike"}


def test_slugs_follow_the_largest_overlap_and_never_clash() -> None:
    previous = Registry(
        stories={"old-a": ("a1", "a2", "b1"), "old-b": ("b2",)},
        redirects={"older": "old-b"},
    )
    slugs, registry = assign_slugs(
        [["a1", "a2"], ["b1", "b2", "b3"], ["c1"]],
        {"a1": "a-first", "b1": "b-first", "c1": "taken"},
        previous,
        taken={"taken"},
    )
    assert slugs == ["old-a", "old-b", "taken-2"]
    assert registry.redirects == {"older": "old-b"}


def test_check_does_not_write_the_lock_file(pile: Path) -> None:
    build(BuildOptions(source=pile, write=False))
    assert not (pile / LOCK_FILE).exists()


def test_a_broken_lock_file_is_a_warning_not_a_failure(pile: Path) -> None:
    (pile / LOCK_FILE).write_text("{not json", "utf-8")
    result = build(BuildOptions(source=pile))
    assert any("stories.lock" in str(d.position.path) for d in result.diagnostics.warnings)
    assert json.loads((pile / LOCK_FILE).read_text("utf-8"))["version"] == 1


def test_a_folder_marked_automatic_is_grouped_like_a_pile(tmp_path: Path) -> None:
    site = tmp_path / "site"
    inbox = site / "content" / "inbox"
    for article in (*STRIKE, *FIRE):
        write_article(inbox, *article)
    (inbox / "story.yaml").write_text("group: automatic\n", "utf-8")
    assert set(stories_of(site)) == {"port-strike-begins", "wildfire-spreads"}


def test_a_grouped_story_takes_settings_from_a_file_named_after_it(pile: Path) -> None:
    (pile / "content" / "wildfire-spreads.yaml").write_text(
        "title: The Pine Ridge fire\ntags: [fires]\n", "utf-8"
    )
    (pile / "content" / "no-such-story.yaml").write_text("title: Nothing\n", "utf-8")
    result = build(BuildOptions(source=pile))
    fire = next(b for b in result.briefings if b.slug == "wildfire-spreads")
    assert fire.title == "The Pine Ridge fire" and fire.tags == ("fires",)
    [warning] = [w for w in result.diagnostics.warnings if "no-such-story" in str(w.position)]
    assert "no automatically grouped story has the slug 'no-such-story'" in warning.message


def test_an_article_unlike_its_story_folder_is_warned_about(tmp_path: Path) -> None:
    site = tmp_path / "site"
    folder = site / "content" / "harbourton-strike"
    for article in STRIKE:
        write_article(folder, *article)
    misfiled = write_article(folder, *FIRE[0])
    result = build(BuildOptions(source=site))
    warned = [w for w in result.diagnostics.warnings if "shares almost nothing" in w.message]
    assert [w.position.path for w in warned] == [misfiled]


def test_inspect_stories_shows_the_terms_that_tie_a_story(
    pile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["inspect", "stories", "--source", str(pile), "--json"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    fire = next(s for s in data["stories"] if s["slug"] == "wildfire-spreads")
    assert fire["grouped"] == "automatic"
    assert "wildfire" in fire["ties"]
    assert fire["articles"][0]["path"] == "content/wildfire-spreads.md"
    assert not (pile / LOCK_FILE).exists()  # inspecting writes nothing
    assert main(["inspect", "stories", "--source", str(pile)]) == EXIT_OK
    assert "wildfire-spreads  (grouped, 3 articles)" in capsys.readouterr().out
