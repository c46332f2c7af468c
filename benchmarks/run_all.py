"""Run every benchmark script in turn and print its figures (``make bench``).

Each script is a separate process so that one's imports and caches do not
colour another's numbers. Figures, not tests: nothing here fails a build.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ["bench_parse.py", "bench_parse_versions.py", "bench_pdf.py", "bench_startup.py", "bench_keys.py",
           "bench_library.py", "bench_report.py", "eval_audit.py", "bench_bounded.py"]


def main() -> int:
    failed = 0
    for name in SCRIPTS:
        print(f"\n== {name}", flush=True)
        code = subprocess.call([sys.executable, str(HERE / name)])
        if code:
            print(f"{name} exited with status {code}")
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
