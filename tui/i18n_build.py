"""Keep the interface's catalog in step with the code (see :mod:`tui.i18n`).

::

    python -m tui.i18n_build            # update the .po from the code, compile the .mo
    python -m tui.i18n_build --check    # exit 1 if the .po or .mo is out of date

Updating rewrites ``tui/vragenronde.en.po``: every string
the code passes to ``_``, ``N_`` or ``ngettext`` (found by reading the
source of ``tui/`` and ``parsers/``, in file and line order), with its English kept from the current
file; a new string gets an empty ``msgstr`` (and falls back to Dutch until
it is filled), a string no longer in the code is dropped. The ``.mo`` is
then written from the ``.po``. Standard library only; never imported by the
app.
"""

from __future__ import annotations

import ast
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .i18n import catalog_path

TUI = Path(__file__).resolve().parent
PO = catalog_path("en", ".po")
MO = catalog_path("en", ".mo")
HEADER = (
    "Project-Id-Version: vragenronde\n"
    "Language: en\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=UTF-8\n"
    "Content-Transfer-Encoding: 8bit\n"
    "Plural-Forms: nplurals=2; plural=(n != 1);\n"
)


@dataclass
class Entry:
    """One message: ``msgid`` (and ``plural``), its translation(s), where it is used."""

    msgid: str
    plural: str | None = None
    msgstr: list[str] = field(default_factory=lambda: [""])
    places: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str | None]:
        return (self.msgid, self.plural)


# -- extracting ----------------------------------------------------------------

def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


#: The parsers' user messages (``parsers.messages.N_``) are in the catalog too.
PARSERS = TUI.parent / "parsers"


def extract(root: Path = TUI) -> list[Entry]:
    """Every marked string under ``root`` (and, for the app's own folder, the
    parsers beside it) in file and line order (first use wins)."""
    found: dict[tuple[str, str | None], Entry] = {}
    paths = sorted(root.rglob("*.py"))
    if root == TUI and PARSERS.is_dir():
        paths += sorted(PARSERS.rglob("*.py"))
    for path in paths:
        rel = path.relative_to(root.parent).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            name, args = node.func.id, node.args
            if name in ("_", "N_") and len(args) == 1 and _literal(args[0]) is not None:
                entry = Entry(_literal(args[0]))  # type: ignore[arg-type]
            elif name == "ngettext" and len(args) == 3 and None not in (_literal(args[0]), _literal(args[1])):
                entry = Entry(_literal(args[0]), _literal(args[1]), ["", ""])  # type: ignore[arg-type]
            else:
                continue
            entry = found.setdefault(entry.key, entry)
            entry.places.append(f"{rel}:{node.lineno}")
    return sorted(found.values(), key=lambda e: _place_order(e.places[0]))


def _place_order(place: str) -> tuple[str, int]:
    file, line = place.rsplit(":", 1)
    return file, int(line)


# -- reading and writing .po -------------------------------------------------------

def _unquote(text: str) -> str:
    return ast.literal_eval(text) if text else ""


def read_po(path: Path = PO) -> list[Entry]:
    """The entries of a .po file (the header entry left out)."""
    entries: list[Entry] = []
    current: Entry | None = None
    target: tuple[str, int] | None = None

    def finish() -> None:
        if current is not None and current.msgid:
            entries.append(current)

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("msgid "):
            finish()
            current, target = Entry(_unquote(line[6:])), ("msgid", 0)
        elif line.startswith("msgid_plural ") and current is not None:
            current.plural, target = _unquote(line[13:]), ("plural", 0)
            current.msgstr = ["", ""]
        elif line.startswith("msgstr[") and current is not None:
            index = int(line[7:line.index("]")])
            current.msgstr[index] = _unquote(line[line.index("]") + 1:].strip())
            target = ("msgstr", index)
        elif line.startswith("msgstr ") and current is not None:
            current.msgstr, target = [_unquote(line[7:])], ("msgstr", 0)
        elif line.startswith('"') and current is not None and target is not None:
            part, index = _unquote(line), target[1]
            if target[0] == "msgid":
                current.msgid += part
            elif target[0] == "plural":
                current.plural = (current.plural or "") + part
            else:
                current.msgstr[index] += part
        else:
            raise ValueError(f"{path}: cannot read line {raw!r}")
    finish()
    return entries


def _quote(text: str) -> str:
    """A .po string: one quoted line, or an empty line and one per ``\\n``."""

    def q(s: str) -> str:
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'

    pieces = text.splitlines(keepends=True)
    if len(pieces) <= 1:
        return q(text)
    return '""\n' + "\n".join(q(p) for p in pieces)


def write_po(entries: list[Entry], path: Path = PO) -> None:
    out = [
        "# English for the vragenronde interface. The msgids are the Dutch strings",
        "# of the code; update with `python -m tui.i18n_build` (see tui/i18n.py).",
        'msgid ""',
        "msgstr " + _quote(HEADER),
        "",
    ]
    for e in entries:
        out += [f"#: {place}" for place in e.places[:3]]
        out.append("msgid " + _quote(e.msgid))
        if e.plural is not None:
            out.append("msgid_plural " + _quote(e.plural))
            out += [f"msgstr[{i}] " + _quote(s) for i, s in enumerate(e.msgstr)]
        else:
            out.append("msgstr " + _quote(e.msgstr[0]))
        out.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out), encoding="utf-8")


def merge(code: list[Entry], po: list[Entry]) -> tuple[list[Entry], list[Entry]]:
    """(the code's entries with the .po's translations, .po entries no longer used)."""
    known = {e.key: e for e in po}
    for e in code:
        if e.key in known and len(known[e.key].msgstr) == len(e.msgstr):
            e.msgstr = list(known[e.key].msgstr)
    keys = {e.key for e in code}
    return code, [e for e in po if e.key not in keys]


# -- compiling .mo -------------------------------------------------------------------

def mo_bytes(entries: list[Entry]) -> bytes:
    """The GNU .mo file for ``entries`` (untranslated ones left out, as msgfmt does)."""
    pairs = {"": HEADER}
    for e in entries:
        if not all(e.msgstr):
            continue
        key = e.msgid if e.plural is None else f"{e.msgid}\0{e.plural}"
        pairs[key] = "\0".join(e.msgstr)
    keys = sorted(pairs, key=lambda k: k.encode("utf-8"))
    ids = [k.encode("utf-8") for k in keys]
    strs = [pairs[k].encode("utf-8") for k in keys]
    n = len(keys)
    start = 7 * 4 + 16 * n  # header, then both tables of (length, offset)
    offsets_ids, offsets_strs, data = [], [], b""
    for b in ids:
        offsets_ids.append((len(b), start + len(data)))
        data += b + b"\0"
    for b in strs:
        offsets_strs.append((len(b), start + len(data)))
        data += b + b"\0"
    head = struct.pack("<7I", 0x950412DE, 0, n, 28, 28 + 8 * n, 0, 0)
    table = b"".join(struct.pack("<2I", *p) for p in offsets_ids + offsets_strs)
    return head + table + data


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    code, unused = merge(extract(), read_po() if PO.exists() else [])
    missing = [e.msgid for e in code if not all(e.msgstr)]
    if "--check" in argv:
        stale = not MO.exists() or MO.read_bytes() != mo_bytes(read_po())
        # the same messages and translations (their order and places may differ)
        current = PO.exists() and {e.key: e.msgstr for e in read_po()} == {e.key: e.msgstr for e in code}
        for msgid in missing:
            print(f"untranslated: {msgid!r}")
        for e in unused:
            print(f"no longer used: {e.msgid!r}")
        if stale:
            print(f"{MO} is out of date")
        return 0 if current and not stale and not missing else 1
    write_po(code)
    MO.write_bytes(mo_bytes(code))
    for e in unused:
        print(f"dropped (no longer used): {e.msgid!r}")
    for msgid in missing:
        print(f"untranslated, fill in {PO.name}: {msgid!r}")
    print(f"{len(code)} strings, {len(missing)} untranslated; wrote {PO.name} and {MO.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
