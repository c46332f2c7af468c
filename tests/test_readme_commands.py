"""Every command line of the README works.

The commands are read from the README itself: every line of its ``sh`` code
blocks, and every inline command that starts with ``vragenronde`` and names a
file or folder (a code span broken over two lines is one command, as
Markdown shows it). Each must be covered below, so a new line in the README
fails here until it is. They run against ``samples/`` with a temporary
cache, home and output folder (the current folder of the command); the
placeholders become samples (``FILE``, ``FOLDER``, ``ID``, ``QUERY``,
``stuk.txt``). The interface is Dutch, as by default. The reader commands run the
way they run without a terminal: standard output is a pipe, so the reader
prints the document as plain text (``--plain``), which is checked.

Commands that build the offline distribution need the package index and a
minute; ``tests/test_dist.py`` runs them (the same commands), so here it is
checked that it does.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.corpus import ROOT, SAMPLES

README = ROOT / "README.md"
SAMPLE = SAMPLES / "nota-ek-defensie.md"
PLACEHOLDERS = {"FILE": str(SAMPLE), "FOLDER": str(SAMPLES), "ID": "CDA-2", "QUERY": "munitie",
                "stuk.txt": str(SAMPLE), "samples/": str(SAMPLES)}


def readme_commands() -> list[str]:
    """The command lines of the README, in order, comments left off."""
    text = README.read_text(encoding="utf-8")
    found: list[str] = []
    for block in re.findall(r"^```sh\n(.*?)^```", text, flags=re.M | re.S):
        for line in block.splitlines():
            line = re.sub(r"\s+#\s.*$", "", line).strip()
            if line and not line.startswith("#"):
                found.append(line)
    for span in re.findall(r"`(vragenronde [^`]+)`", text):
        span = " ".join(span.split())
        if any(name in span.split() for name in ("FILE", "FOLDER", "stuk.txt")):
            found.append(span)
    return list(dict.fromkeys(found))


def _json_questions(out: str) -> int:
    return sum(len(f["questions"]) for f in json.loads(out)["factions"])


def _folder_listing(out: str) -> bool:
    """The plain form of the library: every document directly in samples/, by name."""
    documents = sorted(p.name for p in SAMPLES.iterdir() if p.is_file())
    lines = out.splitlines()
    return (len(documents) > 20 and lines[0] == f"{len(documents)} documenten in {SAMPLES}:"
            and [line.strip() for line in lines[1:-1]] == documents
            and lines[-1] == f"lees er een met: vragenronde --plain {SAMPLES / 'BESTAND'}")


def _csv_rows(out: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(out)))


def _audit(out: str) -> bool:
    return [(r["question"], r["part"], r["asks"], r["result"]) for r in _csv_rows(out)] == [
        ("CDA-1", "1", "amount", "answered"), ("CDA-2", "1", "list", "answered"),
        ("CDA-3", "1", "date", "by_reference"), ("Van-der-Berg-1", "1", "position", "answered")]


def _dash_query(out: str) -> bool:
    lines = out.splitlines()
    return (all(len(line.split("\t")) == 3 and "[regering]" in line.split("\t")[2] for line in lines)
            and f"{SAMPLES / 'memorie-van-antwoord-ek.txt'}\tVVD-2\t" in out)


def _report(out: str, first: str) -> bool:
    """A report table: the heading, one row per group (a bar each), the total, the legend."""
    lines = out.splitlines()
    header, rule = lines[0].split(), lines[1]
    end = lines.index("")
    rows, total = [line.split() for line in lines[2:end - 1]], lines[end - 1].split()
    asked = [int(re.match(r"(.+?) {2,}(\d+) ", line)[2]) for line in lines[2:end - 1]]
    return (header[:3] == [first, "gest", "beantw"] and header[-1] == "vragen" and set(rule) <= {"-", " "}
            and total[0] == "totaal" and len(rows) >= 3 and all(r[-1][0] in "█▓▒░×?·" for r in rows)
            and (first != "ministerie" or int(total[1]) == sum(asked))  # one ministry per document
            and lines[end + 1].startswith("█ beantwoord") and lines[-1].startswith("lopend = toezeggingen"))


def _register(out: str, only_overdue: bool) -> bool:
    """The register: a head line per commitment, the count at the end adds up."""
    lines = out.splitlines()
    heads = [line for line in lines if re.match(r"\d{4}-\d\d-\d\d|geen datum", line)]
    count = re.fullmatch(r"(\d+) toezeggingen?: (\d+) te laat, (\d+) lopend, (\d+) zonder datum", lines[-1])
    if not count or not heads:
        return False
    n, late, due, undated = map(int, count.groups())
    return (n == len(heads) == late + due + undated
            and late == sum("  TE LAAT  " in h for h in heads)
            and (not only_overdue or n == late)
            # due in 2024, a joint answer to questions 4, 6 and 7
            and "    kamervragen-gezamenlijke-antwoorden.txt  vragen 4, 6 en 7" in lines)


#: What each README command must give: (exit status, check of stdout).
CHECKS = {
    "vragenronde FILE": (0, lambda out: "CDA-1 ─ vraag 1" in out and "Antwoord:" in out),
    "vragenronde FOLDER": (0, _folder_listing),
    "vragenronde dump FILE": (0, lambda out: _json_questions(out) == 4),
    "vragenronde show FILE ID": (0, lambda out: out.startswith("CDA-2 · Kamerstuk 36800-K E · 2 juni 2026")),
    "vragenronde show FILE": (0, lambda out: out.splitlines()[0].startswith("CDA-1\tKan de regering")),
    "vragenronde search FOLDER QUERY": (0, lambda out: all(len(line.split("\t")) == 3 for line in out.splitlines())
                                        and f"{SAMPLE}\tCDA-1\t" in out),
    "vragenronde export FILE --format csv > vragen.csv": (0, None),  # checked through the file
    "vragenronde export FILE --table citations": (  # a table is CSV by default
        0, lambda out: out.splitlines()[0].startswith("question,") and "kst-27830-489" in out),
    "vragenronde export FILE --table audit --format csv": (0, _audit),
    "vragenronde export FILE --format csv -o out/": (0, lambda out: out == ""),  # checked through the file
    "vragenronde search FOLDER -- -regering": (0, _dash_query),
    "vragenronde report FOLDER": (0, lambda out: _report(out, "fractie")),
    "vragenronde report FOLDER --by ministry": (0, lambda out: _report(out, "ministerie")),
    "vragenronde commitments FOLDER": (0, lambda out: _register(out, only_overdue=False)),
    "vragenronde commitments FOLDER --overdue": (0, lambda out: _register(out, only_overdue=True)),
    "vragenronde export FOLDER --query 'faction:CDA munitie' --format md": (
        0, lambda out: out.startswith("# ") and "CDA-1" in out),
    "vragenronde --plain stuk.txt": (0, lambda out: "CDA-1 ─ vraag 1" in out),
    "vragenronde stuk.txt > stuk-plain.txt": (0, None),
}
def _questions_csv(text: str) -> bool:
    return (text.startswith("document,publication_id,kind,dossier,faction,question_id,")
            and [r["question_id"] for r in _csv_rows(text)] == ["CDA-1", "CDA-2", "CDA-3", "Van-der-Berg-1"])


#: The files a command must leave in its output folder (its current folder): path -> check.
WRITTEN = {
    "vragenronde export FILE --format csv > vragen.csv": {"vragen.csv": _questions_csv},
    "vragenronde stuk.txt > stuk-plain.txt": {"stuk-plain.txt": lambda text: "CDA-1 ─ vraag 1" in text},
    "vragenronde export FILE --format csv -o out/": {"out/nota-ek-defensie.csv": _questions_csv},
}
#: What a command says on stderr (``{out}``: its output folder); nothing for the others.
STDERR = {
    "vragenronde export FILE --format csv -o out/": "vragenronde: geëxporteerd naar {out}/out/nota-ek-defensie.csv\n",
}
#: Set-up commands: their Makefile recipe (make -n), run here without the
#: interactive part or the recursion.
MAKE = {
    "make run": "vragenronde samples/",
    "make test": "-m pytest",
    "make dist": "tools/build_dist.py --out dist",
}
#: Commands that need the package index: what tests/test_dist.py must contain.
IN_TEST_DIST = {
    "python3 -m venv ~/vragenronde-env": '"venv"',
    "~/vragenronde-env/bin/pip install --no-index --find-links wheelhouse vragenronde": "--no-index",
    "~/vragenronde-env/bin/vragenronde dump stuk.txt": '"dump"',
    # the installed entry point runs `dump` there; the reader itself is
    # opened in tmux from the one-file build of the same wheels
    "~/vragenronde-env/bin/vragenronde stuk.txt": "Kan de regering reflecteren",
    "python3 vragenronde-linux-x86_64.pyz stuk.txt": ".pyz",
    "python3 vragenronde-linux-x86_64.pyz dump stuk.txt": ".pyz",
}


@pytest.fixture
def sandbox(tmp_path):
    """(environment, output folder): cache and home in ``tmp_path``, Dutch."""
    out = tmp_path / "out"
    out.mkdir()
    (tmp_path / "home").mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    env.update(VRAGENRONDE_CACHE_DIR=str(tmp_path / "cache"), HOME=str(tmp_path / "home"),
               LANG="C.UTF-8", TERM="xterm-256color", PYTHONPATH=str(ROOT))
    env.pop("PAGER", None)
    return env, out


def run_readme_command(command: str, env: dict, out: Path) -> subprocess.CompletedProcess:
    """``command`` with the placeholders filled in; ``> file`` goes to ``out``."""
    words = shlex.split(command)
    target = None
    if ">" in words:
        at = words.index(">")
        words, target = words[:at], words[at + 1]
    words = [PLACEHOLDERS.get(w, w) for w in words]
    assert words[0] == "vragenronde"
    done = subprocess.run([sys.executable, "-m", "tui.cli", *words[1:]], cwd=out, env=env,
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    if target is not None:
        (out / target).write_text(done.stdout, encoding="utf-8")
    return done


def test_every_readme_command_is_covered():
    commands = readme_commands()
    assert len(commands) >= 20
    known = set(CHECKS) | set(MAKE) | set(IN_TEST_DIST)
    assert [c for c in commands if c not in known] == []
    assert sorted(known - set(commands)) == []  # no check for a line the README dropped


@pytest.mark.parametrize("command", list(CHECKS))
def test_readme_command_runs(command, sandbox):
    env, out = sandbox
    status, check = CHECKS[command]
    done = run_readme_command(command, env, out)
    assert done.returncode == status, done.stderr
    assert done.stderr == STDERR.get(command, "").format(out=out)
    if check is not None:
        assert check(done.stdout), done.stdout[:2000]
    written = WRITTEN.get(command, {})
    for name, good in written.items():
        assert good((out / name).read_text(encoding="utf-8")), name
    # nothing else is written where the commands run
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*") if not p.is_dir()) == sorted(written)


@pytest.mark.parametrize("command", list(MAKE))
def test_readme_make_targets(command, sandbox):
    """``make -n`` shows the recipe; ``make run`` then runs, without a terminal."""
    env, out = sandbox
    recipe = subprocess.run(["make", "-n", *command.split()[1:]], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert recipe.returncode == 0, recipe.stderr
    assert MAKE[command] in recipe.stdout
    if command == "make run":
        done = run_readme_command("vragenronde FOLDER", env, out)
        assert done.returncode == 0 and _folder_listing(done.stdout)


def test_the_distribution_commands_are_run_by_test_dist():
    text = (ROOT / "tests" / "test_dist.py").read_text(encoding="utf-8")
    missing = {c: needle for c, needle in IN_TEST_DIST.items() if needle not in text}
    assert missing == {}
