"""Pages per second of our PDF reader on the corpus PDFs, next to pdftotext.

    python benchmarks/bench_pdf.py [PDF ...]

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


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or default_files()
    if not files:
        print("no PDF files to read")
        return 1
    blobs = [(p, p.read_bytes()) for p in files]
    pages = sum(page_count(data) for _, data in blobs)
    start = time.perf_counter()
    for path, data in blobs:
        read_pdf(data, path.name)
    ours = time.perf_counter() - start
    print(f"{len(files)} files, {pages} pages")
    print(f"vragenronde (pypdf): {pages / ours:8.1f} pages/s  ({1000 * ours / pages:.1f} ms/page)")
    tool = shutil.which("pdftotext")
    if not tool:
        print("pdftotext not found")
        return 0
    start = time.perf_counter()
    for path, _ in blobs:
        subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], check=False, capture_output=True)
    theirs = time.perf_counter() - start
    print(f"pdftotext:           {pages / theirs:8.1f} pages/s  ({1000 * theirs / pages:.1f} ms/page)")
    figure(f"PDF with structure, {pages} pages", pages / ours, "pages/s",
           baseline=("pdftotext", pages / theirs), ratio=theirs / ours, goal=">= 0.6x",
           met=theirs / ours >= 0.6)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
