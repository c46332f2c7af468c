"""Hostile and broken PDF, XML and DOCX files: one exact ``ParseError`` line each.

Damaged, encrypted and scanned PDFs; XML with external entities (nothing
outside the file is read, checked with an audit hook) and entity-expansion
bombs; DOCX zip bombs (refused in bounded time and memory). Helpers and the
text/file-system cases are in ``tests/test_hostile_inputs.py``.
"""

from __future__ import annotations

import io
import subprocess
import sys
import time
import tracemalloc
import zipfile

import pytest

from parsers import ParseError, parse_path
from tests.corpus import ROOT, SHARED, need_shared
from tests.test_hostile_inputs import message, write

SEED_PDF = SHARED / "corpus" / "eerstekamer-36800-K-F.pdf"


# -- PDF -------------------------------------------------------------------------

@need_shared
def test_truncated_pdf(tmp_path):
    data = SEED_PDF.read_bytes()
    p = write(tmp_path, "half.pdf", data[: len(data) // 3])
    assert message(p) == "half.pdf: beschadigde PDF (Stream has ended unexpectedly)"


def test_pdf_header_only(tmp_path):
    p = write(tmp_path, "kop.pdf", b"%PDF-1.7\n")
    assert message(p).startswith("kop.pdf: beschadigde PDF (")


def _encrypted(password: str) -> bytes:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=io.BytesIO(SEED_PDF.read_bytes()))
    writer.encrypt(password, owner_password="eigenaar", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@need_shared
def test_encrypted_pdf_with_a_password(tmp_path):
    p = write(tmp_path, "geheim.pdf", _encrypted("geheim"))
    assert message(p) == "geheim.pdf: versleutelde PDF; vragenronde kan die niet lezen zonder het wachtwoord"


@need_shared
def test_encrypted_pdf_without_a_user_password_is_read(tmp_path):
    doc = parse_path(write(tmp_path, "open.pdf", _encrypted("")))
    assert len(doc.questions()) == 26


def test_pdf_without_a_text_layer_says_it_needs_ocr(tmp_path):
    import pypdf

    writer = pypdf.PdfWriter()
    writer.add_blank_page(595, 842)
    writer.add_blank_page(595, 842)
    out = io.BytesIO()
    writer.write(out)
    p = write(tmp_path, "scan.pdf", out.getvalue())
    assert message(p) == "scan.pdf: de PDF heeft geen tekstlaag (gescande pagina's?); laat er eerst OCR op los"


# -- XML -------------------------------------------------------------------------

SECRET = "GEHEIM-BUITEN-HET-BESTAND"

XXE_CASES = {
    "general": '<!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]>\n<r><vraag>&x;</vraag></r>',
    "parameter": '<!DOCTYPE r [<!ENTITY % p SYSTEM "file://{secret}"> %p;]>\n<r>x</r>',
    "external-dtd": '<!DOCTYPE r SYSTEM "file://{dtd}">\n<r>Vraag 1 &x; tekst</r>',
}

# Run in a child: an audit hook cannot be removed again, and it must see
# every file the parse opens.
_AUDIT_CHILD = r"""
import json, sys
opened = []
sys.addaudithook(lambda ev, args: opened.append(str(args[0])) if ev == "open" and args else None)
from parsers import parse_path, ParseError
try:
    doc = parse_path(sys.argv[1])
    result = "ok:" + doc.model_dump_json()
except ParseError as exc:
    result = "error:" + str(exc)
print(json.dumps({"result": result, "opened": opened}))
"""


@pytest.mark.parametrize("case", sorted(XXE_CASES))
def test_xml_external_entities_read_nothing_outside_the_file(tmp_path, case):
    import json

    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    dtd = tmp_path / "ext.dtd"
    dtd.write_text(f'<!ENTITY x "{SECRET}">', encoding="utf-8")
    body = XXE_CASES[case].format(secret=secret, dtd=dtd)
    p = write(tmp_path, "xxe.xml", f'<?xml version="1.0"?>\n{body}'.encode())
    run = subprocess.run([sys.executable, "-c", _AUDIT_CHILD, str(p)], capture_output=True,
                         text=True, cwd=ROOT, timeout=60)
    assert run.returncode == 0, run.stderr[-2000:]
    out = json.loads(run.stdout)
    assert str(secret) not in out["opened"] and str(dtd) not in out["opened"]
    assert SECRET not in out["result"]
    if case != "external-dtd":
        assert out["result"] == (
            "error:xxe.xml: XML met entiteitsdeclaraties wordt geweigerd (mogelijke entity-expansion-aanval)")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_xml_entity_expansion_bomb(tmp_path, encoding):
    decls = '<!ENTITY a "ha">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
    xml = f'<?xml version="1.0" encoding="{encoding.upper()}"?>\n<!DOCTYPE r [{decls}]>\n<r>&j;</r>'
    p = write(tmp_path, "bom.xml", xml.encode(encoding))
    start = time.perf_counter()
    if encoding == "utf-8":
        assert message(p) == "bom.xml: XML met entiteitsdeclaraties wordt geweigerd (mogelijke entity-expansion-aanval)"
    else:  # read as XML (refused) or as text (nothing expanded): never a billion laughs
        try:
            doc = parse_path(p)
        except ParseError as exc:
            assert str(exc) == "bom.xml: XML met entiteitsdeclaraties wordt geweigerd (mogelijke entity-expansion-aanval)"
        else:
            assert "hahaha" not in doc.model_dump_json()
    assert time.perf_counter() - start < 2.0


# -- DOCX ------------------------------------------------------------------------

def _bomb(megabytes: int, lie: bool = False) -> bytes:
    """A DOCX whose word/document.xml unpacks to ``megabytes`` MB of spaces;
    with ``lie`` its headers claim 1000 bytes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w") as fh:
            block = b" " * (1 << 20)
            for _ in range(megabytes):
                fh.write(block)
    data = bytearray(buf.getvalue())
    if lie:
        for sig, at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
            pos = -1
            while (pos := data.find(sig, pos + 1)) >= 0:
                data[pos + at: pos + at + 4] = (1000).to_bytes(4, "little")
    return bytes(data)


@pytest.mark.parametrize("megabytes,lie", [(60, False), (20, False), (20, True)],
                         ids=["over-the-part-limit", "absurd-ratio", "lying-header"])
def test_docx_zip_bomb_is_refused_fast_and_small(tmp_path, megabytes, lie):
    p = write(tmp_path, "bom.docx", _bomb(megabytes, lie))
    assert p.stat().st_size < 1024 * 1024
    tracemalloc.start()
    start = time.perf_counter()
    try:
        got = message(p)
        elapsed = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    if lie:  # zipfile stops at the claimed size and the CRC check fails
        assert got == ("bom.docx: beschadigd DOCX-document (word/document.xml: "
                       "Bad CRC-32 for file 'word/document.xml')")
    else:
        assert got == "bom.docx: DOCX te groot na uitpakken (mogelijk een zipbom)"
    from parsers.readers.docx import MAX_PART

    # memory stays below the reader's per-part limit (50 MB) plus slack
    assert elapsed < 5.0 and peak < MAX_PART + 16 * 1024 * 1024, (elapsed, peak)


def test_docx_that_is_not_a_word_document(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "hallo")
    p = write(tmp_path, "leeg.docx", buf.getvalue())
    assert message(p) == "leeg.docx: geen DOCX-document (word/document.xml ontbreekt)"
    q = write(tmp_path, "half.docx", buf.getvalue()[:30])
    assert message(q) == "half.docx: geen DOCX-document (beschadigd of geen zip-bestand)"
