"""Parse every sample and every corpus document and print one line each.

    python tools/survey.py [--corpus DIR] [--only SUBSTRING] [--json]

Columns: kind, grammar, questions, answered, confidence, words lost, words
unplaced, and the check codes with their counts. The totals at the end are
what a developer reads before calling the parser done: a round of a known
kind with 0 questions, a numbering gap or unplaced text that no test names
is a bug to fix. The rows of ``kamervragen-limburg/questions.csv`` are
parsed as the texts they are.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import parsers  # noqa: E402
from parsers import ParseError  # noqa: E402
from parsers.readers import SUPPORTED  # noqa: E402


def documents(corpus: Path):
    """(name, callable returning a Document) for every sample and corpus file."""
    roots = [ROOT / "samples"] + ([corpus] if corpus.is_dir() else [])
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix.lower() in SUPPORTED:
                yield str(path.relative_to(root.parent)), (lambda p=path: parsers.parse_path(p))
    table = corpus / "kamervragen-limburg" / "questions.csv"
    if table.is_file():
        csv.field_size_limit(10**8)
        with table.open(encoding="utf-8", newline="") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                text = row.get("text_content") or ""
                yield f"limburg#{i}", (lambda t=text, n=row.get("name", ""): parsers.parse_text(t, n or "row.txt"))


def facts(doc) -> dict:
    questions = doc.questions()
    checks = Counter(c.code for c in doc.report.checks)
    acc = doc.report.accounting
    return {
        "kind": doc.meta.kind,
        "grammar": doc.report.grammar,
        "questions": len(questions),
        "answered": sum(1 for q in questions if q.answer is not None and q.answer.text.strip()),
        "confidence": doc.report.confidence,
        "lost": acc.words_lost,
        "unplaced": sum(len(u.text.split()) for u in doc.report.unplaced),
        "checks": dict(sorted(checks.items())),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--only", default="")
    ap.add_argument("--json", action="store_true", help="one JSON object per line")
    args = ap.parse_args(argv)
    totals: Counter = Counter()
    for name, parse in documents(args.corpus):
        if args.only not in name:
            continue
        try:
            row = facts(parse())
        except ParseError as exc:
            row = {"error": str(exc)}
        row = {"name": name, **row}
        totals["files"] += 1
        if "error" in row:
            totals["refused"] += 1
        else:
            totals["questions"] += row["questions"]
            totals["lost words"] += row["lost"]
            totals["low confidence"] += row["confidence"] < 0.8
            totals["round kind, 0 questions"] += row["kind"] not in ("unknown", None) and row["questions"] == 0
        if args.json:
            print(json.dumps(row, ensure_ascii=False))
        elif "error" in row:
            print(f"{name:70.70}  REFUSED {row['error']}")
        else:
            codes = " ".join(f"{c}x{n}" for c, n in row["checks"].items())
            print(f"{name:70.70} {row['kind'] or '-':28.28} {row['grammar'] or '-':14.14} "
                  f"q={row['questions']:<4} a={row['answered']:<4} c={row['confidence']:.2f} "
                  f"lost={row['lost']:<4} unpl={row['unplaced']:<5} {codes}")
    print("TOTAL " + ", ".join(f"{k}: {v}" for k, v in totals.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
