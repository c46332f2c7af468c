"""Pages per second of our PDF reader on the corpus PDFs, next to pdftotext.

    python benchmarks/bench_pdf.py [-r ROUNDS] [PDF ...]

Without arguments it reads the shared corpus PDFs and the committed sample.
``pdftotext`` (poppler) is timed too when it is on PATH; it is not a
dependency, so otherwise the script says "pdftotext not found".
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.figures import figure  # noqa: E402
from parsers.readers.pdf import read_pdf  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def default_files() -> list[Path]:
    files = sorted((CORPUS / "learninglion-aanhangsel-2023-2024" / "pdf").glob("*.pdf"))
    files += [p for p in (CORPUS / "eerstekamer-36800-K-F.pdf", ROOT / "samples" / "kamervragen-aanhangsel.pdf") if p.exists()]
    return files


def page_count(data: bytes) -> int:
    import io

    import pypdf

    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def _ours(blobs) -> tuple[float, float]:
    """(wall, CPU) seconds to read every PDF once in this process."""
    wall, cpu = time.perf_counter(), time.process_time()
    for path, data in blobs:
        read_pdf(data, path.name)
    return time.perf_counter() - wall, time.process_time() - cpu


def _theirs(tool: str, blobs) -> tuple[float, float]:
    """(wall, CPU of the children) seconds for pdftotext on every PDF."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    for path, _ in blobs:
        subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], check=False, capture_output=True)
    wall = time.perf_counter() - wall
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv: list[str]) -> int:
    import argparse
    import statistics

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pdf", nargs="*", type=Path)
    ap.add_argument("-r", "--rounds", type=int, default=5, help="interleaved rounds (median is printed)")
    args = ap.parse_args(argv)
    files = args.pdf or default_files()
    if not files:
        print("no PDF files to read")
        return 1
    blobs = [(p, p.read_bytes()) for p in files]
    pages = sum(page_count(data) for _, data in blobs)
    read_pdf(blobs[0][1], blobs[0][0].name)  # pypdf's lazy imports, once
    tool = shutil.which("pdftotext")
    ours: list[tuple[float, float]] = []
    theirs: list[tuple[float, float]] = []
    for i in range(args.rounds):
        # alternate the order, so that a slow spell of the machine hits both
        if tool and i % 2:
            theirs.append(_theirs(tool, blobs))
        ours.append(_ours(blobs))
        if tool and not i % 2:
            theirs.append(_theirs(tool, blobs))
    wall = statistics.median(w for w, _ in ours)
    cpu = statistics.median(c for _, c in ours)
    print(f"{len(files)} files, {pages} pages, median of {args.rounds} interleaved rounds")
    print(f"vragenronde (pypdf): {pages / wall:8.1f} pages/s  ({1000 * wall / pages:.1f} ms/page; CPU {1000 * cpu / pages:.1f} ms/page)")
    if not tool:
        print("pdftotext not found")
        return 0
    t_wall = statistics.median(w for w, _ in theirs)
    t_cpu = statistics.median(c for _, c in theirs)
    print(f"pdftotext:           {pages / t_wall:8.1f} pages/s  ({1000 * t_wall / pages:.1f} ms/page; CPU {1000 * t_cpu / pages:.1f} ms/page)")
    print(f"ratio (pages/s, ours/pdftotext): wall {t_wall / wall:.2f}x, CPU {t_cpu / cpu:.2f}x")
    figure(f"PDF with structure, {pages} pages (CPU {t_cpu / cpu:.2f}x)", pages / wall, "pages/s",
           baseline=("pdftotext", pages / t_wall), ratio=t_wall / wall, goal=">= 0.6x",
           met=t_wall / wall >= 0.6)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
