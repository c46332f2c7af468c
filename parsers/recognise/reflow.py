"""Paragraphs back from converter text that has none (pdftotext raw/-layout).

``pdftotext`` prints a page as hard-wrapped lines without blank lines
between paragraphs, with running headers, footers and page numbers in
between. The faction and list grammars read paragraphs, so such a source is
reflowed first:

* page furniture lines (running header/footer, first-page block, a page
  number next to them) are taken out and reported;
* a new paragraph starts at a question number, part label, list marker or
  ``Vraag``/``Antwoord`` label; when a hanging indent ends (``-layout``
  prints a numbered question's continuation lines indented); and after a
  short line that ends a sentence;
* other lines are joined, undoing end-of-line hyphenation with the
  document's own vocabulary (``financi-`` + ``ële``, but ``defensie-uitgaven``).

Sources that already have paragraphs (blank lines, or a reader that built
blocks, such as PDF or XML) are returned unchanged.
"""

from __future__ import annotations

import re
from collections import Counter

from ..source import Block, Source
from .kamervragen_clean import furniture_kind
from .signature import is_name, is_role
from .unwrap import join_hyphenated, vocabulary

_MARKER = re.compile(
    r"^(?:[-–•*▪·]\s+|\(?[a-h][.)]\s|\d{1,4}[.)]\s|\d{1,4}(?:\s*(?:,|en)\s*\d{1,4})*$|(?:Vraag|Antwoord)\b"
    r"|De\s+leden\s+van\s+de\b)",
)
#: A paragraph in the askers' voice, and a line that opens the government's answer.
_ASKERS = re.compile(r"^(?:De\s+)?(?:leden|fractieleden)\s+van\s+de\s+|^Deze\s+leden\b", re.I)
_GOVERNMENT = re.compile(
    r"^(?:De\s+regering|Het\s+kabinet|Ik\s|Wij\s|Ja[.,]|Nee[.,]|De\s+(?:minister|staatssecretaris)\s+(?!van\b)"
    r"|Zie\s+(?:het\s+)?antwoord)"
)
#: A label alone on its line: ``Vraag 12``, ``Vragen 3 en 4``, ``Antwoord 12 en 13``, ``Antwoord:``.
_LABEL_ALONE = re.compile(
    r"^\d{1,4}(?:\s*(?:,|en)\s*\d{1,4})*[.:]?$|^(?:Vra(?:ag|gen)|Antwoord(?:en)?(?:\s+op\s+(?:de\s+)?vra(?:ag|gen))?)"
    r"(?:\s+(?:nr\.\s*)?\d{1,4}[a-z]?(?:\s*(?:,|en|t/m|tot\s+en\s+met|-|–)\s*\d{1,4}[a-z]?)*)?\s*[:.]?$"
)
_LIST = re.compile(r"^(?:[-–•*▪·]\s+|\(?[a-h][.)]\s)")
#: The first-page block on one line, as pdftotext raw prints it.
_FIRST_PAGE = re.compile(
    r"^(?:(?:kst|ah-tk|ah-ek|kv-tk|h-tk|h-ek)-\S+\s+)?ISSN\s+\d{4}\s*-\s*\d{3}[\dX](?:\s+[’']s-Gravenhage\s+\d{4})?$"
)


#: A Kamerstuk's running footer, with or without its page number:
#: ``Tweede Kamer, vergaderjaar 2023–2024, 36 450, nr. 3 2``.
_KST_RUNNING = re.compile(
    r"^(?:Tweede|Eerste)\s+Kamer\s*,\s*vergaderjaar\s+\d{4}\s*[–—-]\s*\d{4}\s*,\s*\d{2}\s?\d{3}"
    r"(?:[\s-][A-Z0-9]{1,5})?\s*,\s*(?:nr\.\s*\d{1,4}|[A-Z]{1,3})(?:\s+\d{1,4})?$"
)


def _furniture(line: str) -> str | None:
    kind = furniture_kind(line)
    if kind:
        return kind
    if _KST_RUNNING.match(line.strip()):
        return "running footer"
    return "first-page publication block" if _FIRST_PAGE.match(line.strip()) else None


def needs_reflow(source: Source) -> bool:
    """Text whose blocks are whole pages of hard-wrapped lines."""
    if source.format != "text" or not source.blocks:
        return False
    counts = [b.text.count("\n") + 1 for b in source.blocks]
    # most lines sit in long runs without a blank line: pages, not paragraphs
    if sum(n for n in counts if n >= 8) > 0.6 * sum(counts):
        return True
    # converted PDF text (a Kamerstuk's running footer or first-page block
    # shows it) of a short document: its pages are shorter runs
    if sum(n for n in counts if n >= 4) <= 0.5 * sum(counts):
        return False
    return any(_furniture(ln) for b in source.blocks for ln in b.text.split("\n") if ln.strip())


def strip_furniture(source: Source) -> Source:
    """``source`` without page-furniture lines (running headers and footers,
    the first-page block) inside its blocks; they are listed in ``dropped``.
    For text that already has paragraphs; :func:`reflow` does this too."""
    if source.format != "text":
        return source
    blocks: list[Block] = []
    dropped = list(source.dropped)
    changed = False
    #: per source block: None (kept, at blocks[k]) or "furniture" (all of it page furniture)
    fate: list[int | str] = []
    for b in source.blocks:
        lines = b.text.split("\n")
        keep = []
        for i, ln in enumerate(lines):
            kind = _furniture(ln) if ln.strip() else None
            if kind:
                dropped.append((ln.strip(), (b.line or 1) + i, f"page furniture ({kind})"))
                changed = True
            else:
                keep.append(ln)
        if any(x.strip() for x in keep):
            first = next(i for i, x in enumerate(lines) if x in keep)
            fate.append(len(blocks))
            blocks.append(Block(text="\n".join(keep), line=(b.line or 1) + first, page=b.page, bold=b.bold,
                                italic=b.italic, heading=b.heading, list_item=b.list_item, role=b.role,
                                label=b.label))
        else:
            fate.append("furniture")
    footnotes = dict(source.footnotes)
    gone = _page_numbers_and_notes(source.blocks, fate, blocks, dropped, footnotes)
    if not changed and not gone:
        return source
    blocks = [b for k, b in enumerate(blocks) if k not in gone]
    return Source(blocks=blocks, format=source.format, name=source.name, footnotes=footnotes,
                  meta=dict(source.meta), dropped=dropped, warnings=list(source.warnings))


_LONE_NUMBER = re.compile(r"\d{1,4}")
_NOTE_NUMBER = re.compile(r"\d{1,2}")


def _page_numbers_and_notes(raw: list[Block], fate: list, blocks: list[Block], dropped: list,
                            footnotes: dict[str, str]) -> set[int]:
    """Indexes (in ``blocks``) of what the page break left between paragraphs
    of converted PDF text: a page number alone in its paragraph next to the
    running footer or header (or at the very end), and the footnotes printed
    above the footer, each a number alone and its text (``1`` / ``Zie de
    Staat van …``). Page numbers go to ``dropped``, footnotes to ``footnotes``."""
    gone: set[int] = set()
    for j, f in enumerate(fate):
        if f == "furniture" or not _LONE_NUMBER.fullmatch(blocks[f].text.strip()):
            continue
        before = fate[j - 1] if j else None
        after = fate[j + 1] if j + 1 < len(fate) else "end"
        # after a footer; or before one that has no number of its own after it
        k = j + 1
        while k < len(fate) and fate[k] == "furniture":
            k += 1
        numbered_after = k < len(fate) and k > j + 1 and _LONE_NUMBER.fullmatch(blocks[fate[k]].text.strip())
        if before == "furniture" or after == "end" or (after == "furniture" and not numbered_after):
            dropped.append((blocks[f].text.strip(), blocks[f].line, "page furniture (page number)"))
            gone.add(f)
    # footnotes: (number, text) pairs right before a block of furniture
    for j, f in enumerate(fate):
        if f != "furniture":
            continue
        k = j - 1
        pairs: list[tuple[int, int]] = []
        while k >= 1 and fate[k] != "furniture" and fate[k - 1] != "furniture" \
                and fate[k] not in gone and fate[k - 1] not in gone \
                and _NOTE_NUMBER.fullmatch(blocks[fate[k - 1]].text.strip()) \
                and not _LONE_NUMBER.fullmatch(blocks[fate[k]].text.strip()) \
                and blocks[fate[k]].text.count("\n") < 4:
            pairs.append((fate[k - 1], fate[k]))
            k -= 2
        for num, body in pairs:
            key = blocks[num].text.strip()
            if key in footnotes:
                continue
            footnotes[key] = " ".join(blocks[body].text.split())
            gone.update((num, body))
    return gone


def _number_after(rows: list[tuple[int, str, int]], furniture: set[int], i: int) -> bool:
    """Whether the run of furniture rows from ``i`` is followed by a number alone (its page number)."""
    while i in furniture:
        i += 1
    return i < len(rows) and bool(re.fullmatch(r"\d{1,4}", rows[i][1].strip()))


def _page_foot_notes(rows: list[tuple[int, str, int]], furniture: set[int], footnotes: dict[str, str]) -> set[int]:
    """Rows of the footnotes printed at a page's foot, right above its footer
    or first-page block: a number alone on its line, then the note's text (at
    most three lines), when the page's text carries that number as a mark
    glued to a word (``Rijkswaterstaat.1``). Their text goes to ``footnotes``;
    returns the rows taken."""
    taken: set[int] = set()
    starts = sorted(i for i in furniture if i - 1 not in furniture)
    for f in starts:
        end = f  # the notes end where the footer starts
        while True:
            k = next((k for k in range(end - 1, max(end - 5, -1), -1)
                      if re.fullmatch(r"\d{1,2}", rows[k][1].strip())), None)
            if k is None or k + 1 >= end or k in taken or (end - k - 1) > 3:
                break
            key = rows[k][1].strip()
            page = " ".join(t for _, t, _ in rows[max(0, k - 60):k])
            if key in footnotes or not re.search(rf"[^\W\d_][.,;:?!»”)]?{key}(?!\d)", page):
                break
            footnotes[key] = " ".join(rows[j][1].strip() for j in range(k + 1, end))
            taken.update(range(k, end))
            end = k
    return taken


def reflow(source: Source) -> Source:
    """``source`` with paragraph blocks rebuilt and page furniture removed."""
    rows: list[tuple[int, str, int]] = []  # (line number, text, indent)
    for b in source.blocks:
        for i, raw in enumerate(b.text.split("\n")):
            if raw.strip():
                rows.append(((b.line or 1) + i, raw.rstrip(), len(raw) - len(raw.lstrip())))
    dropped = list(source.dropped)
    kept: list[tuple[int, str, int]] = []
    furniture = {i for i, (_, text, _) in enumerate(rows) if _furniture(text)}
    footnotes = dict(source.footnotes)
    notes = _page_foot_notes(rows, furniture, footnotes)
    for i, (line, text, indent) in enumerate(rows):
        if i in notes:
            continue
        if i == 1 and text.strip() in ("1", "2") and re.fullmatch(r"(?:Eerste|Tweede)\s+Kamer\s+der\s+Staten-Generaal",
                                                                  rows[0][1].strip()):
            dropped.append((text.strip(), line, "page furniture (chamber numeral)"))  # the big 1 or 2 of page 1
            continue
        if i in furniture:
            dropped.append((text.strip(), line, f"page furniture ({_furniture(text)})"))
        elif re.fullmatch(r"\d{1,4}", text.strip()) and (i - 1 in furniture or i + 1 in furniture
                                                          and not _number_after(rows, furniture, i + 1)):
            # a number right after the footer, or right before it when none follows it
            # (then the one before is a question's number at the page's foot)
            dropped.append((text.strip(), line, "page furniture (page number)"))
        else:
            kept.append((line, text, indent))
    if not kept:
        return source
    base = Counter(ind for _, _, ind in kept).most_common(1)[0][0]
    lengths = sorted(len(t.strip()) for _, t, _ in kept)
    full = lengths[int(0.9 * (len(lengths) - 1))]
    vocab = vocabulary("\n".join(t for _, t, _ in kept))
    blocks: list[Block] = []
    cur: list[list[str]] = []  # logical lines, each as the pieces it was joined from
    start = 0
    prev_text, prev_indent = "", base

    def flush() -> None:
        if cur:
            blocks.append(Block(text="\n".join("".join(p) for p in cur), line=start))
            cur.clear()

    def join(text: str) -> None:
        # only the last piece (one physical line) is looked at and copied, so
        # joining stays linear however long the paragraph grows
        pieces = cur[-1]
        last = pieces[-1]
        merged = join_hyphenated(last, text, vocab)
        if merged == last + " " + text:
            pieces.append(" " + text)
        elif merged == last[:-1] + text:
            pieces[-1] = last[:-1]
            pieces.append(text)
        else:
            pieces[-1] = merged

    for line, raw, indent in kept:
        text = raw.strip()
        hanging_ended = prev_indent > base + 1 and indent <= base + 1
        sentence_end = (prev_text[-1:] in ".?!:;" and len(prev_text) < 0.8 * full
                        and (text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"'“‘«•"))
        # a question mark at a line end, then a capital at the margin
        question_end = prev_text.endswith("?") and text[:1].isupper() and indent <= base + 1
        marker = bool(_MARKER.match(text))
        # signature blocks: a role line, or a short name, ends its line
        signature = is_role(prev_text) or (is_name(prev_text) and len(prev_text) < 0.6 * full
                                           and text[:1].isupper()) or (is_role(text) and prev_text[-1:] in ".?!")
        # the askers' paraphrase ends, the government's answer begins
        voice = (prev_text[-1:] in ".?" and bool(cur) and bool(_ASKERS.match(cur[0][0]))
                 and bool(_GOVERNMENT.match(text)))
        if not cur:
            cur.append([text])
            start = line
        elif marker and indent > base + 1 and _LIST.match(text):
            cur.append([text])  # a part or list item inside an indented item
        elif _LABEL_ALONE.match(prev_text):
            cur.append([text])  # ``Vraag 12`` / ``Antwoord 12 en 13`` stays a line of its own
        elif (marker and indent <= base + 1) or hanging_ended or sentence_end or signature or question_end or voice:
            flush()
            cur.append([text])
            start = line
        else:
            join(text)
        prev_text, prev_indent = text, indent
    flush()
    return Source(blocks=blocks, format=source.format, name=source.name, footnotes=footnotes,
                  meta=dict(source.meta), dropped=dropped, warnings=list(source.warnings))
