"""Realistic synthetic question rounds as plain text, for benchmarks.

``write_corpus(folder, n)`` writes ``n`` documents of mixed kinds (lijst van
vragen en antwoorden, nota naar aanleiding van het verslag, memorie van
antwoord, verslag van een schriftelijk overleg) in the layouts of the files
in ``samples/``, spread over sub-folders per year, with varying dossiers,
factions, answer statuses (answered, by reference, deferred), amounts, dates
and citations of each other. ``write_big_lijst(folder, 1000)`` writes one
lijst van vragen en antwoorden with 1,000 questions; ``numbered_lijst(n)``
returns a compact one with ``n``. Output is deterministic
for a given seed.

    python benchmarks/synth.py 100 /tmp/rounds
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]
FACTIONS = ["VVD", "PVV", "CDA", "D66", "SP", "GroenLinks-PvdA", "BBB", "Volt", "PvdD",
            "ChristenUnie", "SGP", "JA21", "FvD", "NSC", "DENK"]
TOPICS = [
    ("Defensie", "defensie", ["munitie", "drones", "fregatten", "personeel", "materieel",
                              "luchtverdediging", "reservisten", "kazernes"]),
    ("Economische Zaken", "economische zaken", ["subsidieregeling", "energiebesparing",
                                                "bedrijven", "innovatie", "netcongestie"]),
    ("Financiën", "financiën", ["huurtoeslag", "belastingdienst", "terugvordering",
                                 "uitvoeringskosten", "toeslagen"]),
    ("Landbouw, Visserij, Voedselzekerheid en Natuur", "landbouw",
     ["visquota", "sloopregeling", "stikstof", "garnalenvisserij", "boeren", "natuur"]),
    ("Infrastructuur en Waterstaat", "infrastructuur", ["spoor", "wegen", "dijken",
                                                         "waterkwaliteit", "onderhoud"]),
]
VERBS = ["aangeven", "toelichten", "bevestigen", "uiteenzetten", "verduidelijken", "onderbouwen"]
PHRASES = [
    "hoeveel middelen in {year} beschikbaar zijn voor {w}",
    "welke gevolgen het beleid voor {w} heeft voor de uitvoering",
    "hoe de regering de risico's rond {w} beoordeelt",
    "wanneer de evaluatie van {w} naar de Kamer wordt gestuurd",
    "op welke wijze {w} bijdraagt aan de doelen van het wetsvoorstel",
    "of de regering bereid is de motie over {w} volledig uit te voeren",
]
KINDS = ("lijst", "nota", "memorie", "vso")


def _date(rng: random.Random, year: int) -> str:
    return f"{rng.randint(1, 28)} {MONTHS[rng.randrange(12)]} {year}"


def _question(rng: random.Random, topic, year: int) -> str:
    words = topic[2]
    text = rng.choice(PHRASES).format(w=rng.choice(words), year=year)
    extra = rng.choice(["", f" Kan de regering daarbij ook ingaan op {rng.choice(words)}?",
                        f" Deze leden vragen tevens naar de kosten voor {rng.choice(words)}."])
    return f"Kan de regering {rng.choice(VERBS)} {text}?{extra}"


def _answer(rng: random.Random, topic, year: int, number: int, cites: list[str]) -> str:
    roll = rng.random()
    if roll < 0.08 and number > 1:
        return f"Zie antwoord vraag {rng.randint(1, number - 1)}."
    if roll < 0.14:
        return (f"Over {rng.choice(topic[2])} informeer ik uw Kamer in een separate brief "
                f"voor {_date(rng, year + 1)}.")
    amount = rng.choice([f"€ {rng.randint(2, 900)} miljoen", f"€ {rng.randint(1, 9)},{rng.randint(1, 9)} miljard"])
    text = (f"In {year} is voor {rng.choice(topic[2])} {amount} geraamd, ongeveer "
            f"{rng.randint(2, 60)}% van het budget. De uitvoering ligt op schema.")
    if cites and rng.random() < 0.3:
        dossier, nr = rng.choice(cites).split("|")
        text += f" Zie ook de brief van {_date(rng, year - 1)} (Kamerstuk {dossier}, nr. {nr})."
    return text


def _header(house: str, year: int, dossier: str, title: str) -> list[str]:
    return [f"{house} der Staten-Generaal", "", f"Vergaderjaar {year - 1}-{year}", "",
            f"{dossier} {title}", ""]


def _lijst(rng, topic, year, dossier, nr, n_questions, cites) -> str:
    out = _header("Tweede Kamer", year, dossier,
                  f"Vaststelling van de begrotingsstaten van het Ministerie van {topic[0]} voor het jaar {year}")
    out += [f"Nr. {nr} LIJST VAN VRAGEN EN ANTWOORDEN", "", f"Vastgesteld {_date(rng, year)}", "",
            f"De vaste commissie voor {topic[0]} heeft een aantal vragen voorgelegd aan de Minister "
            f"van {topic[0]} over de begroting voor het jaar {year}.", "",
            f"De Minister heeft deze vragen beantwoord bij brief van {_date(rng, year)}. Vragen en "
            "antwoorden zijn hierna afgedrukt.", ""]
    for i in range(1, n_questions + 1):
        q = _question(rng, topic, year).replace("Kan de regering", "Kunt u", 1)
        out += [f"Vraag {i}", q, "", f"Antwoord op vraag {i}:", _answer(rng, topic, year, i, cites), ""]
    out += ["De voorzitter van de commissie,", "Kamminga", "", "De griffier van de commissie,", "Meijer"]
    return "\n".join(out) + "\n"


def _nota(rng, topic, year, dossier, letter, cites) -> str:
    out = _header("Eerste Kamer", year, dossier, f"Wijziging van de wet op het gebied van {topic[1]}")
    out += [f"{letter} NOTA NAAR AANLEIDING VAN HET VERSLAG", "", f"Ontvangen {_date(rng, year)}", "",
            "Hierbij bieden wij u de antwoorden aan op de schriftelijke vragen.", "",
            f"De minister van {topic[0]},", "", "R. de Wit", ""]
    for faction in rng.sample(FACTIONS, rng.randint(2, 5)):
        out += [f"De leden van de {faction}-fractie hebben onderstaande vragen gesteld:", ""]
        for i in range(1, rng.randint(2, 12)):
            out += [f"{i}. {_question(rng, topic, year)}", "", _answer(rng, topic, year, i, cites), ""]
    out += [f"De minister van {topic[0]},", "", "R. de Wit"]
    return "\n".join(out) + "\n"


def _prose(rng, topic, year, dossier, label, cites, vso: bool) -> str:
    if vso:
        out = _header("Tweede Kamer", year, dossier, f"{topic[0]}raad")
        out += [f"{label} VERSLAG VAN EEN SCHRIFTELIJK OVERLEG", "", f"Vastgesteld {_date(rng, year)}", "",
                f"De vaste commissie voor {topic[0]} heeft vragen en opmerkingen voorgelegd aan de Minister.", ""]
    else:
        out = _header("Eerste Kamer", year, dossier, f"Wijziging van de wet in verband met {topic[1]}")
        out += [f"{label} MEMORIE VAN ANTWOORD", "", f"Ontvangen {_date(rng, year)}", "", "Inleiding", "",
                "De regering dankt de leden voor hun vragen over het wetsvoorstel.", ""]
    for faction in rng.sample(FACTIONS, rng.randint(2, 4)):
        if vso:
            out += [f"Vragen en opmerkingen van de leden van de {faction}-fractie", ""]
        for i in range(1, rng.randint(2, 6)):
            ask = _question(rng, topic, year).replace("Kan de regering", "", 1).strip()
            out += [f"De leden van de {faction}-fractie vragen of de regering kan {ask}", ""]
            if vso:
                out += ["Reactie van de bewindspersoon", ""]
            out += [_answer(rng, topic, year, i, cites), ""]
    out += [f"De Minister van {topic[0]},", "", "A.B. de Vries"]
    return "\n".join(out) + "\n"


def write_corpus(folder: Path, n: int, seed: int = 0) -> list[Path]:
    """Write ``n`` synthetic documents under ``folder``; return their paths."""
    rng = random.Random(seed)
    folder = Path(folder)
    paths: list[Path] = []
    cites: list[str] = []
    for k in range(n):
        kind = KINDS[k % len(KINDS)]
        year = 2020 + rng.randrange(7)
        topic = rng.choice(TOPICS)
        number = 30000 + rng.randrange(7000)
        dossier = f"{number // 1000} {number % 1000:03d}" + (f" {rng.choice('KXVI')}" if rng.random() < 0.4 else "")
        if kind == "lijst":
            nr = rng.randint(2, 200)
            text = _lijst(rng, topic, year, dossier, nr, rng.randint(3, 40), cites)
            cites.append(f"{dossier}|{nr}")
        elif kind == "nota":
            text = _nota(rng, topic, year, dossier, rng.choice("CEFGH"), cites)
        else:
            text = _prose(rng, topic, year, dossier, rng.choice("CD") if kind == "memorie" else f"Nr. {rng.randint(2, 2000)}",
                          cites, vso=kind == "vso")
        path = folder / str(year) / f"{kind}-{k:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def write_big_lijst(folder: Path, questions: int = 1000, seed: int = 1) -> Path:
    """Write one lijst van vragen en antwoorden with ``questions`` questions."""
    rng = random.Random(seed)
    path = Path(folder) / "groot" / "lijst-1000.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_lijst(rng, TOPICS[0], 2026, "36 800 X", 9, questions, []), encoding="utf-8")
    return path


def numbered_lijst(n: int) -> str:
    """A compact lijst van vragen en antwoorden with questions 1..n (a number
    alone on a line, the question, ``Antwoord:`` and the answer): every tenth
    answer refers to an earlier one, every seventh cites a Kamerstuk, the
    others give an amount and a percentage. For ``tests/test_linear.py`` and
    ``benchmarks/bench_linear.py``."""
    out = ["Tweede Kamer der Staten-Generaal", "", "Vergaderjaar 2025-2026", "",
           "36 800 X Vaststelling van de begrotingsstaten van het Ministerie van Defensie "
           "(X) voor het jaar 2026", "", "Nr. 9 LIJST VAN VRAGEN EN ANTWOORDEN", "",
           "Vastgesteld 12 november 2025", "",
           "De vaste commissie voor Defensie heeft een aantal vragen voorgelegd aan de "
           "Minister van Defensie over de begroting.", ""]
    for i in range(1, n + 1):
        out += [f"{i}", f"Hoeveel is in 2026 begroot voor project {i}?", ""]
        if i % 10 == 0:
            answer = f"Zie het antwoord op vraag {i - 3}."
        elif i % 7 == 0:
            answer = f"Dat staat in Kamerstuk 36 800 X, nr. {i % 90 + 2}, van 3 maart 2025."
        else:
            answer = f"Voor project {i} is € {i % 900 + 2} miljoen begroot, {i % 60 + 1}% van het budget."
        out += ["Antwoord:", answer, ""]
    out += ["De voorzitter van de commissie,", "Kamminga"]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("synth-rounds")
    write_corpus(target, count)
    write_big_lijst(target)
    print(f"wrote {count} documents and one lijst with 1,000 questions to {target}")
