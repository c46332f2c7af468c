"""Build everything needed to install vragenronde on a machine without internet.

``python3 tools/build_dist.py`` (``make dist``) writes into ``dist/``:

* ``vragenronde-<version>-py3-none-any.whl`` and ``vragenronde-<version>.tar.gz``;
* ``wheelhouse/``: that wheel and every runtime dependency as wheels for
  CPython 3.11-3.13 on Linux (manylinux x86_64 and aarch64) and macOS
  (arm64 and x86_64), so that
  ``pip install --no-index --find-links wheelhouse vragenronde`` works offline;
* ``vragenronde-<platform>.pyz``: one file per platform that runs with the
  system ``python3`` (3.11-3.13) alone. It is a shiv zipapp holding the
  compiled parts for all three Python versions (their file names carry the
  version, so one folder serves all); it unpacks once into the user's cache
  folder (see ``tools/onefile_main.py``).

The build tools (shiv, build) go into a separate virtualenv,
``dist/.build-venv``, never into the project's runtime dependencies. Building
needs the package index; installing and running the results does not.

Options: ``--platforms host`` / ``--pythons host`` build only what this
machine runs (the test suite uses that), ``--out DIR`` another output folder.
"""

from __future__ import annotations

import argparse
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / "tools"

#: Platform name -> pip ``--platform`` tag (pip accepts older compatible tags too).
PLATFORMS: dict[str, str] = {
    "linux-x86_64": "manylinux2014_x86_64",
    "linux-aarch64": "manylinux2014_aarch64",
    "macos-arm64": "macosx_11_0_arm64",
    "macos-x86_64": "macosx_10_15_x86_64",
}
PYTHONS = ["3.11", "3.12", "3.13"]
ENTRY_POINT = "tui.cli:run"
SHEBANG = "/usr/bin/env python3"

_EXT = re.compile(r"^(?P<base>.+)\.cpython-(?P<ver>3\d+)-[^/]*\.so$")


class BuildError(Exception):
    """A build step failed; ``str()`` says which."""


def host_platform() -> str:
    """This machine's entry of :data:`PLATFORMS`."""
    machine = platform.machine().lower()
    arch = {"amd64": "x86_64", "arm64": "aarch64" if sys.platform != "darwin" else "arm64"}.get(
        machine, machine)
    name = f"{'macos' if sys.platform == 'darwin' else 'linux'}-{arch}"
    if name not in PLATFORMS:
        raise BuildError(f"no wheels are built for this machine ({name})")
    return name


def run(cmd: list[str], **kw) -> None:
    """Run ``cmd``; on failure raise :class:`BuildError` with its last output."""
    print("+", " ".join(str(c) for c in cmd), flush=True)
    done = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, **kw)
    if done.returncode != 0:
        tail = (done.stdout + done.stderr).strip().splitlines()[-15:]
        raise BuildError(f"{cmd[0]} failed ({done.returncode}):\n" + "\n".join(tail))


def build_venv(out: Path) -> Path:
    """The virtualenv with the build tools (made once); returns its ``bin``."""
    venv = out / ".build-venv"
    bin_dir = venv / "bin"
    stamp = venv / ".installed"
    reqs = TOOLS / "requirements-build.txt"
    if stamp.exists() and stamp.read_text() == reqs.read_text():
        return bin_dir
    run([sys.executable, "-m", "venv", "--clear", venv])
    run([bin_dir / "python", "-m", "pip", "install", "-q", "-r", reqs])
    stamp.write_text(reqs.read_text())
    return bin_dir


def build_packages(bin_dir: Path, out: Path) -> Path:
    """Build the sdist and the wheel into ``out``; returns the wheel."""
    for old in [*out.glob("vragenronde-*.whl"), *out.glob("vragenronde-*.tar.gz")]:
        old.unlink()
    run([bin_dir / "python", "-m", "build", "--sdist", "--wheel", "--outdir", out, ROOT])
    wheels = sorted(out.glob("vragenronde-*-py3-none-any.whl"))
    if len(wheels) != 1:
        raise BuildError(f"expected one wheel in {out}, found {len(wheels)}")
    return wheels[0]


def _target_args(plat: str, py: str) -> list[str]:
    abi = "cp" + py.replace(".", "")
    return ["--only-binary=:all:", "--platform", PLATFORMS[plat], "--python-version", py,
            "--implementation", "cp", "--abi", abi]


def _constraints(wheelhouse: Path) -> list[str]:
    """``name==version`` of every wheel in ``wheelhouse`` (one version each)."""
    pins: dict[str, str] = {}
    for whl in wheelhouse.glob("*.whl"):
        name, version = whl.name.split("-")[:2]
        pins[name.lower().replace("_", "-")] = version
    return [f"{n}=={v}" for n, v in sorted(pins.items()) if n != "vragenronde"]


def build_wheelhouse(bin_dir: Path, wheel: Path, wheelhouse: Path,
                     targets: list[tuple[str, str]]) -> None:
    """Download the wheels of ``wheel``'s dependencies for every (platform, python).

    The first target decides the versions; the others are pinned to them, so
    every platform gets the same versions (the one-file build relies on it).
    """
    if wheelhouse.exists():
        shutil.rmtree(wheelhouse)
    wheelhouse.mkdir(parents=True)
    shutil.copy2(wheel, wheelhouse / wheel.name)
    pip = [bin_dir / "python", "-m", "pip", "download", "-q", "--dest", wheelhouse]
    first, *rest = targets
    run([*pip, *_target_args(*first), wheel])
    pins = wheelhouse / "constraints.txt"
    pins.write_text("\n".join(_constraints(wheelhouse)) + "\n")
    for target in rest:
        run([*pip, *_target_args(*target), "-c", pins, wheel])


def _check_extensions(site: Path, pythons: list[str]) -> None:
    """Every compiled module must be there for every Python version."""
    found: dict[str, set[str]] = {}
    for so in site.rglob("*.so"):
        m = _EXT.match(so.relative_to(site).as_posix())
        if m:
            found.setdefault(m["base"], set()).add(m["ver"])
    want = {py.replace(".", "") for py in pythons}
    missing = {base: sorted(want - vers) for base, vers in found.items() if want - vers}
    if missing:
        raise BuildError(f"compiled modules missing for some Python versions: {missing}")


def _replace_main(pyz: Path, main_py: bytes) -> None:
    """Swap shiv's ``__main__.py`` for ours, keeping the shebang and every other entry."""
    data = pyz.read_bytes()
    shebang = data[:data.index(b"\n") + 1] if data.startswith(b"#!") else b""
    tmp = pyz.with_suffix(".tmp")
    with zipfile.ZipFile(pyz) as zin, open(tmp, "wb") as fh:
        fh.write(shebang)
        with zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                body = main_py if info.filename == "__main__.py" else zin.read(info)
                zout.writestr(info, body)
    tmp.chmod(0o755)
    tmp.replace(pyz)


def build_onefile(bin_dir: Path, wheelhouse: Path, plat: str, pythons: list[str],
                  out: Path) -> Path:
    """The one-file build for ``plat``, from the wheelhouse only; returns its path."""
    target = out / f"vragenronde-{plat}.pyz"
    with tempfile.TemporaryDirectory(prefix="vr-onefile-") as tmp:
        site = Path(tmp) / "site-packages"
        for py in pythons:
            one = Path(tmp) / f"sp-{py}"
            run([bin_dir / "python", "-m", "pip", "install", "-q", "--no-index", "--find-links",
                 wheelhouse, "--target", one, "--no-compile", *_target_args(plat, py),
                 "vragenronde"])
            shutil.rmtree(one / "bin", ignore_errors=True)  # console scripts: not used
            shutil.copytree(one, site, dirs_exist_ok=True)
        _check_extensions(site, pythons)
        run([bin_dir / "shiv", "--site-packages", site, "-e", ENTRY_POINT, "-o", target,
             "-p", SHEBANG, "--reproducible"])
    _replace_main(target, (TOOLS / "onefile_main.py").read_bytes())
    return target


def main(argv: list[str] | None = None) -> int:
    """Build the wheel, sdist, wheelhouse and one-file builds; returns the exit status."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "dist", help="output folder (dist/)")
    ap.add_argument("--platforms", default="all",
                    help=f"'all', 'host' or a comma list of {', '.join(PLATFORMS)}")
    ap.add_argument("--pythons", default="all",
                    help="'all' (3.11,3.12,3.13), 'host' or a comma list such as 3.12")
    args = ap.parse_args(argv)
    try:
        plats = (list(PLATFORMS) if args.platforms == "all" else
                 [host_platform()] if args.platforms == "host" else args.platforms.split(","))
        pythons = (PYTHONS if args.pythons == "all" else
                   [f"{sys.version_info[0]}.{sys.version_info[1]}"] if args.pythons == "host"
                   else args.pythons.split(","))
        unknown = [p for p in plats if p not in PLATFORMS]
        if unknown:
            raise BuildError(f"unknown platform {unknown[0]} (known: {', '.join(PLATFORMS)})")
        out = args.out.absolute()
        out.mkdir(parents=True, exist_ok=True)
        bin_dir = build_venv(out)
        wheel = build_packages(bin_dir, out)
        targets = [(p, py) for p in plats for py in pythons]
        build_wheelhouse(bin_dir, wheel, out / "wheelhouse", targets)
        for plat in plats:
            print("built", build_onefile(bin_dir, out / "wheelhouse", plat, pythons, out))
    except BuildError as exc:
        print(f"build_dist: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
