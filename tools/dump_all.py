"""Dump the whole parse of every sample, corpus document and Limburg CSV row.

    python tools/dump_all.py OUTDIR [--corpus DIR] [--no-csv]

One JSON file per document (``parse_path(p).to_jsonable()``, or the
``ParseError`` message), named after its path. Run it before and after a
change that must not change any result (a speed-up) and compare the two
folders with ``diff -r``: byte-identical dumps mean the same parse.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from parsers import ParseError  # noqa: E402
from survey import documents  # noqa: E402


def dump_name(name: str) -> str:
    """A flat file name for a document's display name."""
    return name.replace("/", "__").replace("#", "_row") + ".json"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--no-csv", action="store_true", help="skip the Limburg CSV rows")
    args = ap.parse_args(argv)
    args.outdir.mkdir(parents=True, exist_ok=True)
    n = 0
    for name, make in documents(args.corpus):
        if args.no_csv and name.startswith("limburg#"):
            continue
        try:
            data: object = make().to_jsonable()
        except ParseError as e:
            data = {"ParseError": str(e)}
        text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
        (args.outdir / dump_name(name)).write_text(text + "\n", encoding="utf-8")
        n += 1
    print(f"{n} documents dumped to {args.outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
