"""Precision and recall of the answer audit and of commitment detection.

    .venv/bin/python benchmarks/eval_audit.py [--errors]

Scores the annotators against the hand labels in
``tests/data/audit_labels.json`` (documents of ``../shared/corpus``; the
file's ``policy`` says how they were labelled):

* per audit class: precision and recall over the parts the audit is sure of,
  and how many parts it marked unsure (``certain`` false);
* what a part asks (amount, list, date, position, explanation): accuracy;
* commitments: precision and recall of the sentences, and how many labelled
  deadlines were normalised to the labelled date.

``--errors`` lists every disagreement. Figures, not a test: nothing fails.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.audit_eval import CLASSES, KINDS, confusion, score_commitments, score_parts  # noqa: E402


def _pct(x: float | None) -> str:
    return "  -  " if x is None else f"{x:5.2f}"


def main(argv: list[str]) -> int:
    show = "--errors" in argv
    s = score_parts()
    total = len(s.pairs) + len(s.uncertain)
    print(f"answer audit: {total} labelled parts found ({len(s.missing)} not found in the parse), "
          f"{len(s.uncertain)} marked unsure")
    print(f"{'class':14} precision  recall  predicted  labelled")
    for cls in CLASSES:
        p, r, n_pred, n_act = s.precision_recall(cls)
        print(f"{cls:14} {_pct(p):>9}  {_pct(r):>6}  {n_pred:9}  {n_act:8}")
    agree = sum(1 for e, p in s.pairs if e == p)
    print(f"{'all (sure)':14} accuracy {agree / len(s.pairs):.2f} over {len(s.pairs)} parts")
    if s.uncertain:
        right = sum(1 for e, p in s.uncertain if e == p)
        print(f"unsure parts: {len(s.uncertain)}, of which the guess was right {right}")
    print()
    print(confusion(s.pairs, CLASSES))
    kinds_right = sum(1 for e, p in s.kinds if e == p)
    print(f"\nwhat a part asks: accuracy {kinds_right / len(s.kinds):.2f} over {len(s.kinds)} parts")
    print(confusion(s.kinds, KINDS))
    c = score_commitments()
    prec = c.correct / c.predicted if c.predicted else None
    rec = c.found / c.labelled if c.labelled else None
    print(f"\ncommitments: {c.labelled} labelled sentences; {c.predicted} found; "
          f"precision {_pct(prec)}, recall {_pct(rec)}")
    print(f"deadlines: {c.due_right} of {c.found} found commitments have the labelled due date "
          f"({c.due_labelled} labelled with a date)")
    if show:
        print("\n-- audit disagreements")
        for line in s.errors:
            print(" ", line)
        for line in s.missing:
            print("  not found:", line)
        print("\n-- commitments missed")
        for line in c.missed:
            print(" ", line)
        print("-- commitments found but not labelled")
        for line in c.spurious:
            print(" ", line)
        print("-- wrong deadlines")
        for line in c.wrong_due:
            print(" ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
