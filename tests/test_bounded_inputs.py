"""Bounded work on any input: one test per row of the issues on bounded work
and on input safety (file types, sizes, encodings, encrypted PDFs).

Commands run in a subprocess with a timeout where the old failure was a
hang. Work is measured without clocks: events handled before a refusal,
sizes of what is copied, bytes read.
"""

from __future__ import annotations

import hashlib
import os
import socket
import struct
import subprocess
import sys
from pathlib import Path

import pytest

import parsers.readers.limits as limits
import parsers.readers.opening as opening
from parsers import ParseError, parse_path
from parsers.cache import Cache
from parsers.library.scan import scan_folder
from parsers.readers import read_path, sniff
from parsers.recognise import unwrap
from tests.corpus import SAMPLES

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.hostile_inputs import kamervragen_long_answer, ob_html, ob_xml  # noqa: E402

CLI = [sys.executable, "-m", "tui.cli"]


def run_cli(*args: str, cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess:
    env = {**os.environ, "VRAGENRONDE_CACHE_DIR": str(cwd / ".cache"), "PYTHONPATH": str(ROOT)}
    return subprocess.run([*CLI, *args], cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          env=env, stdin=subprocess.DEVNULL)


def message(path: Path) -> str:
    with pytest.raises(ParseError) as info:
        parse_path(path)
    text = str(info.value)
    assert "\n" not in text
    return text


# -- only regular files are read ----------------------------------------------------

@pytest.mark.parametrize("command", [["dump"], ["show"], ["export"]])
def test_fifo_named_like_a_document_is_refused_without_hanging(tmp_path, command):
    os.mkfifo(tmp_path / "x.txt")
    done = run_cli(*command, "x.txt", cwd=tmp_path, timeout=60)
    assert done.returncode == 2
    assert done.stderr == ("vragenronde: x.txt: is een named pipe (FIFO), geen document; "
                           "alleen gewone bestanden worden gelezen\n")
    assert done.stdout == ""


def test_fifo_socket_and_device_each_get_one_line(tmp_path):
    os.mkfifo(tmp_path / "pijp.txt")
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(tmp_path / "sok.txt"))
        assert message(tmp_path / "pijp.txt") == (
            f"{tmp_path / 'pijp.txt'}: is een named pipe (FIFO), geen document; alleen gewone bestanden worden gelezen")
        assert message(tmp_path / "sok.txt") == (
            f"{tmp_path / 'sok.txt'}: is een socket, geen document; alleen gewone bestanden worden gelezen")
    finally:
        sock.close()
    assert message(Path("/dev/null")) == (
        "/dev/null: is een tekenapparaat (character device), geen document; alleen gewone bestanden worden gelezen")


def test_fifo_swapped_in_after_the_check_does_not_block(tmp_path, monkeypatch):
    """The race: a regular file at stat time, a FIFO at open time. The open is
    non-blocking and the opened descriptor is checked again."""
    p = tmp_path / "wissel.txt"
    p.write_text("Vraag 1\n\nKan dat?\n", encoding="utf-8")
    real_check = opening.check

    def check_then_swap(path):
        st = real_check(path)
        os.unlink(path)
        os.mkfifo(path)
        return st

    monkeypatch.setattr(opening, "check", check_then_swap)
    assert message(p) == f"{p}: is een named pipe (FIFO), geen document; alleen gewone bestanden worden gelezen"


def test_fifo_in_a_library_folder_is_skipped_and_counted(tmp_path):
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "antwoord.txt").write_bytes((SAMPLES / "kamervragen-antwoordbrief.txt").read_bytes())
    os.mkfifo(lib / "x.txt")
    os.mkfifo(lib / "y.pdf")
    found = scan_folder(lib)
    assert [f.rel for f in found] == ["antwoord.txt"]
    assert found.skipped == ["x.txt", "y.pdf"]
    done = run_cli("search", "lib", "beurs", cwd=tmp_path, timeout=120)
    assert done.returncode == 0
    assert done.stdout.splitlines()[0].startswith("lib/antwoord.txt\t1\t")
    assert ("vragenronde: lib: 2 items overgeslagen die geen gewoon bestand zijn "
            "(FIFO, socket of apparaat): x.txt, y.pdf") in done.stderr.splitlines()
    listing = run_cli("--plain", "lib", cwd=tmp_path, timeout=60)
    assert listing.returncode == 0
    assert listing.stdout.splitlines()[:3] == [
        "1 documenten in lib:", "  antwoord.txt",
        "2 items overgeslagen die geen gewoon bestand zijn (FIFO, socket of apparaat): x.txt, y.pdf"]


# -- size before any read or hash -----------------------------------------------------

def test_sparse_30_gb_file_is_refused_before_a_byte_is_read_or_hashed(tmp_path, monkeypatch):
    p = tmp_path / "groot.txt"
    with open(p, "wb") as fh:
        fh.truncate(30 * 1024 ** 3)  # sparse: no disk used
    reads = []
    real_read = os.read
    monkeypatch.setattr(opening.os, "read", lambda fd, n: reads.append(n) or real_read(fd, n))
    cache = Cache(tmp_path / "cache")
    assert cache.key(p) is None
    with pytest.raises(ParseError) as info:
        parse_path(p, cache=cache)
    assert str(info.value) == f"{p}: het bestand is 30720 MB; vragenronde leest documenten tot 64 MB"
    assert reads == []


# -- encodings are sniffed before the format ------------------------------------------

def _facts(src):
    return [(b.role, b.text, b.label) for b in src.blocks], src.footnotes, src.meta


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_xml_is_read_as_xml(tmp_path, encoding):
    text = (SAMPLES / "kamervragen-ah.xml").read_text(encoding="utf-8")
    declared = "UTF-16" if encoding.startswith("utf-16") else "UTF-32"
    p = tmp_path / "vragen.xml"
    data = text.replace('encoding="UTF-8"', f'encoding="{declared}"').encode(encoding)
    if encoding == "utf-32":
        data = data if data.startswith(b"\xff\xfe\x00\x00") else b"\xff\xfe\x00\x00" + data
    p.write_bytes(data)
    assert sniff(data, ".xml") == "xml"
    src = read_path(p)
    assert src.format == "xml"
    assert _facts(src) == _facts(read_path(SAMPLES / "kamervragen-ah.xml"))


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_html_is_read_as_html(tmp_path, encoding):
    text = (SAMPLES / "kamervragen-ah.html").read_text(encoding="utf-8")
    p = tmp_path / "vragen.html"
    p.write_bytes(text.encode(encoding))
    src = read_path(p)
    assert src.format == "html"
    assert _facts(src) == _facts(read_path(SAMPLES / "kamervragen-ah.html"))
    assert src.warnings[-1] == f"decoded as {encoding}"


def test_utf16_xml_without_xml_name_is_still_markup():
    data = '<?xml version="1.0" encoding="UTF-16"?><vragen/>'.encode("utf-16")
    assert sniff(data, ".txt") == "xml"
    assert sniff("<html><body>x</body></html>".encode("utf-16-le"), "") == "html"


# -- encrypted PDFs say so -------------------------------------------------------------

_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    i = j = 0
    out = bytearray()
    for b in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(b ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def aes_pdf() -> bytes:
    """A one-page PDF encrypted with AES-128 (``/V 4``, ``/CFM /AESV2``) whose
    user password is empty, as "protected" PDFs are: it opens without a
    password, but every string and stream needs AES."""
    owner, perms, file_id = bytes(range(32)), -1028, b"0123456789abcdef"
    key = hashlib.md5(_PAD + owner + struct.pack("<i", perms) + file_id).digest()
    for _ in range(50):
        key = hashlib.md5(key).digest()
    user = _rc4(key, hashlib.md5(_PAD + file_id).digest())
    for i in range(1, 20):
        user = _rc4(bytes(k ^ i for k in key), user)
    encrypt = (f"<< /Filter /Standard /V 4 /R 4 /Length 128 /CF << /StdCF << /AuthEvent /DocOpen "
               f"/CFM /AESV2 /Length 16 >> >> /StmF /StdCF /StrF /StdCF /O <{owner.hex()}> "
               f"/U <{(user + bytes(16)).hex()}> /P {perms} >>")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
               b"<< /Length 48 >>\nstream\n" + bytes(range(48)) + b"\nendstream", encrypt.encode()]
    out = bytearray(b"%PDF-1.6\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Encrypt 5 0 R "
            f"/ID [<{file_id.hex()}> <{file_id.hex()}>] >>\nstartxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def test_aes_encrypted_pdf_says_it_is_encrypted_and_what_it_needs(tmp_path, monkeypatch):
    import parsers.readers.pdf as pdf

    monkeypatch.setattr(pdf, "_aes_available", lambda: False)
    p = tmp_path / "beveiligd.pdf"
    p.write_bytes(aes_pdf())
    assert message(p) == ("beveiligd.pdf: versleutelde PDF (AES); om die te lezen is het pakket "
                          "'cryptography' nodig, dat niet is geïnstalleerd")


# -- too many paragraphs: refused while reading, not after --------------------------------

class _Counting:
    """Counts the tokens the HTML tokenizer hands out."""

    def __init__(self, monkeypatch):
        import parsers.readers.markup_dom as dom

        self.count = 0
        real = dom.tokens

        def counted(text):
            for tok in real(text):
                self.count += 1
                yield tok

        monkeypatch.setattr(dom, "tokens", counted)


def test_html_with_more_paragraphs_than_any_round_is_refused_early(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_BLOCKS", 2000)
    p = ob_html(tmp_path / "veel.html", 1_500_000, para_bytes=14)  # ~100,000 short <p>
    counter = _Counting(monkeypatch)
    assert message(p) == ("veel.html: meer dan 2.000 alinea's; geen echte vragenronde heeft er "
                          "zoveel, dus het document wordt niet gelezen")
    # the survey stops at the first answer; the reading stops at the limit
    assert counter.count < 3 * 2 * 2000 + 500


def test_xml_with_more_paragraphs_than_any_round_is_refused_early(tmp_path, monkeypatch):
    import parsers.readers.xml_stream as xs

    monkeypatch.setattr(limits, "MAX_BLOCKS", 2000)
    p = ob_xml(tmp_path / "veel.xml", 1_500_000, para_bytes=14)
    starts = []
    real_start = xs._Stream.start
    monkeypatch.setattr(xs._Stream, "start", lambda self, *a: starts.append(1) or real_start(self, *a))
    assert message(p) == ("veel.xml: meer dan 2.000 alinea's; geen echte vragenronde heeft er "
                          "zoveel, dus het document wordt niet gelezen")
    assert len(starts) < 2000 + 100


def test_one_huge_table_row_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_UNIT_NODES", 500)
    cells = "".join(f"<td>{i}</td>" for i in range(1000))
    p = tmp_path / "rij.html"
    p.write_text(f'<html><body><div class="stuk"><table><tr>{cells}</tr></table></div></body></html>',
                 encoding="utf-8")
    assert message(p) == ("rij.html: één <tr>-element op regel 1 bevat meer dan 500 elementen; "
                          "geen echte vragenronde heeft dat, dus het document wordt niet gelezen")


def test_one_huge_xml_answer_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_UNIT_NODES", 500)
    als = "\n".join(f"<al>Zin {i}.</al>" for i in range(1000))
    p = tmp_path / "antwoord.xml"
    p.write_text(f'<?xml version="1.0"?>\n<kamervragen>\n<vraag><nr>Vraag 1</nr><al>Wat?</al></vraag>\n'
                 f'<antwoord><nr>Antwoord 1</nr>{als}</antwoord></kamervragen>', encoding="utf-8")
    assert message(p) == ("antwoord.xml: één <antwoord>-element op regel 4 bevat meer dan 500 elementen; "
                          "geen echte vragenronde heeft dat, dus het document wordt niet gelezen")


# -- the long Kamervragen answer: linear joining -------------------------------------------

def test_long_kamervragen_answer_is_joined_looking_only_at_the_tail(tmp_path, monkeypatch):
    """The answer of 8,000 lines is one paragraph; every join looks at (and
    copies) a bounded tail, not the paragraph so far."""
    p = kamervragen_long_answer(tmp_path / "lang.txt", 400_000)
    lefts: list[int] = []
    real = unwrap.join_hyphenated
    monkeypatch.setattr(unwrap, "join_hyphenated", lambda left, right, vocab=None: (
        lefts.append(len(left)) or real(left, right, vocab)))
    doc = parse_path(p)
    answer = doc.question("2").answer.text
    lines = p.read_text(encoding="utf-8").splitlines()
    assert answer.split() == " ".join(lines[lines.index("Antwoord 2") + 2:]).split()
    assert len(lefts) > 7000
    assert max(lefts) <= 5 * 1024


def test_joiner_gives_what_join_hyphenated_gives():
    lines = ["De financi-", "ële kaders van de defensie-", "uitgaven en de Staten-", "Generaal;",
             "land- en", "tuinbouw, zie https://www.tweede-", "kamer.nl/x", "", "   eind."] * 400
    joined = ""
    j = unwrap.Joiner()
    for line in lines:
        joined = unwrap.join_hyphenated(joined, line) if joined else line.strip()
        if line.strip():
            j.join(line)
    assert str(j) == joined
    assert "financiële kaders van de defensie-uitgaven en de Staten-Generaal; land- en tuinbouw" in joined
