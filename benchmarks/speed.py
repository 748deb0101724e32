"""Build speed side by side with Pelican, on the same generated corpus.

For each size, `corpus.py` writes N articles in N/10 stories twice: as a briefing site
and, with the same texts, titles and dates, as a Pelican site. Each tool then does a
full build (no previous output), a rebuild with no change, and a rebuild after one
article changed, each timed as a separate process with GNU time: wall time, CPU time
(user + system, all processes) and peak memory (the largest process). The median of
`--runs` runs is shown.

Pelican is installed into its own virtual environment (in the cache folder given, so
it is installed once), never into briefing's.

    python benchmarks/speed.py [--sizes 100 1000 10000] [--runs 3] [--cache DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
PELICAN_VERSION = "4.12.0"
BRIEFING_OUTPUTS = ("site", ".briefing-cache")
PELICAN_OUTPUTS = ("output", "cache", "__pycache__")


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    peak_mb: float


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--cache",
        type=Path,
        default=Path.home() / ".cache" / "briefing-bench",
        help="where Pelican's virtual environment is kept",
    )
    arguments = parser.parse_args()
    pelican = pelican_command(arguments.cache)
    briefing = [str(Path(sys.executable).with_name("briefing"))]
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        for size in arguments.sizes:
            ours = Path(scratch) / f"briefing-{size}"
            theirs = Path(scratch) / f"pelican-{size}"
            generate(ours, size, "briefing")
            generate(theirs, size, "pelican")
            rows += measure("briefing", size, ours, briefing_steps(briefing, ours), arguments.runs)
            rows += measure("pelican", size, theirs, pelican_steps(pelican, theirs), arguments.runs)
    print_table(rows)
    return 0


def pelican_command(cache: Path) -> list[str]:
    venv = cache / f"pelican-{PELICAN_VERSION}"
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", f"pelican[markdown]=={PELICAN_VERSION}"],
            check=True,
        )
    return [str(venv / "bin" / "pelican")]


def generate(target: Path, size: int, kind: str) -> None:
    subprocess.run(
        [
            sys.executable,
            str(HERE / "corpus.py"),
            str(target),
            "--articles",
            str(size),
            "--format",
            kind,
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )


Steps = list[tuple[str, list[str], "Prepare"]]


class Prepare:
    """What to do to the site before a timed step."""

    def __init__(self, site: Path, outputs: tuple[str, ...], clean: bool, touch: bool) -> None:
        self.site, self.outputs, self.clean, self.touch = site, outputs, clean, touch

    def __call__(self, run: int) -> None:
        if self.clean:
            for output in self.outputs:  # the site, and any cache: a build from scratch
                shutil.rmtree(self.site / output, ignore_errors=True)
        if self.touch:
            article = sorted((self.site / "content").rglob("*.md"))[0]
            with article.open("a", encoding="utf-8") as file:
                file.write(f"\nAn editor added this sentence, revision {run}.\n")


def briefing_steps(command: list[str], site: Path) -> Steps:
    build = [*command, "build", "-q", "--source", str(site)]
    return [
        ("full build", build, Prepare(site, BRIEFING_OUTPUTS, clean=True, touch=False)),
        ("no change", build, Prepare(site, BRIEFING_OUTPUTS, clean=False, touch=False)),
        ("one article changed", build, Prepare(site, BRIEFING_OUTPUTS, clean=False, touch=True)),
    ]


def pelican_steps(command: list[str], site: Path) -> Steps:
    build = [
        *command,
        str(site / "content"),
        "-o",
        str(site / "output"),
        "-s",
        str(site / "pelicanconf.py"),
        "-q",
    ]
    return [
        ("full build", build, Prepare(site, PELICAN_OUTPUTS, clean=True, touch=False)),
        ("no change", build, Prepare(site, PELICAN_OUTPUTS, clean=False, touch=False)),
        ("one article changed", build, Prepare(site, PELICAN_OUTPUTS, clean=False, touch=True)),
    ]


def measure(tool: str, size: int, site: Path, steps: Steps, runs: int) -> list[tuple]:
    rows = []
    for name, command, prepare in steps:
        results = []
        for run in range(runs):
            prepare(run)
            results.append(timed(command, site))
        rows.append(
            (
                size,
                name,
                tool,
                statistics.median(r.wall for r in results),
                statistics.median(r.cpu for r in results),
                max(r.peak_mb for r in results),
            )
        )
        print(f"{size:>6} {name:<20} {tool:<9} {rows[-1][3]:7.2f} s", file=sys.stderr)
    return rows


def timed(command: list[str], site: Path) -> Run:
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        subprocess.run(
            ["/usr/bin/time", "-o", report.name, "-f", "%e %U %S %M", *command],
            check=True,
            cwd=site,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )
        wall, user, system, peak_kb = report.read().split()[-4:]
    return Run(float(wall), float(user) + float(system), int(peak_kb) / 1024)


def print_table(rows: list[tuple]) -> None:
    print(f"{'articles':>8}  {'step':<20} {'tool':<9} {'wall s':>8} {'cpu s':>8} {'peak MB':>8}")
    for size, name, tool, wall, cpu, peak in rows:
        print(f"{size:>8}  {name:<20} {tool:<9} {wall:8.2f} {cpu:8.2f} {peak:8.0f}")


if __name__ == "__main__":
    raise SystemExit(main())
