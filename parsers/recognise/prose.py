"""Prose faction grammar: memorie van antwoord, TK nota, VSO, voorlopig verslag.

The question is a paraphrase that names the faction (``De leden van de
VVD-fractie vragen ...``, ``Deze leden vragen ...``); the answer is the
paragraphs that follow in the government's voice, up to the next faction
paragraph. Topic headings (``2. Papieren weg``, ``Algemeen``) are not
questions: they become the ``section`` of the questions under them.
Questions are numbered per faction (``VVD-1``, ``VVD-2``) in document order; a
new block starts whenever the faction changes. Reply labels of a VSO
(``Reactie van de bewindspersoon``, ``Antwoord``) switch to the answer.
"""

from __future__ import annotations

import re

from ..model import Answer, Faction, Heading, Location, Meta, Question, Unplaced
from .factions import FactionNames, faction_heading, find_faction, slug
from .headings import is_masthead, is_toc
from .items import NUMBER, PART, Item
from .signature import is_name, signatories, split_closing
from .structure import Structure

_OPENS = re.compile(
    r"^\s*(?:(?:Ook|Voorts|Tevens|Daarnaast|Verder|Tot\s+slot|Vervolgens)\s+(?:vragen\s+|willen\s+)?)?"
    r"(?:de\s+|het\s+)?(?:leden|lid|fractieleden)\s+van\s+de\s+",
    re.I,
)
_SAME = re.compile(
    r"^\s*(?:Deze\s+leden|De\s+leden\s+van\s+deze\s+fractie|Zij\s+(?:vragen|willen)"
    r"|(?:Ook|Voorts|Tevens|Daarnaast|Verder|Vervolgens|Bovendien|Tot\s+slot|Ten\s*slotte|Tenslotte)\s+"
    r"(?:vragen|willen|verzoeken|wijzen|merken|constateren)\s+(?:de\s+)?(?:deze\s+leden|zij)"
    r"|(?:De|Dezelfde)\s+leden\s+van\s+(?:de\s+)?(?:laatstgenoemde|genoemde|deze)\s+fractie)\b",
    re.I,
)
_ASKS_LATE = re.compile(r"\b(?:vragen|vraagt|verzoeken)\s+(?:de\s+|het\s+)?(?:leden|lid)\s+van\s+(?:de\s+)?", re.I)
_REPLY = re.compile(
    r"^\s*(?:Reactie\s+van\s+(?:de\s+)?(?:bewindspersoon|minister|staatssecretaris|regering)|Antwoord(?:\s+van\s+de\s+\w+)?)\s*:?\s*$",
    re.I,
)
#: ``Antwoord: <text>`` / ``Reactie van de bewindspersoon: <text>`` in one paragraph.
_REPLY_INLINE = re.compile(
    r"^\s*(?P<label>(?:Reactie\s+van\s+(?:de\s+)?(?:bewindspersoon|minister|staatssecretaris|regering)|Antwoord)\s*:)"
    r"\s*(?P<rest>\S.*)$",
    re.I | re.S,
)
_TERMINAL = ".?!:;,)»\"'”"
#: ``II. ARTIKELSGEWIJS``, ``IV Financiële gevolgen``: Roman-numbered headings.
_ROMAN = re.compile(r"^[IVXL]{1,5}[.)]?\s+\S")


def _is_heading(it: Item) -> bool:
    if it.heading:
        return True
    if is_toc(it):
        return False  # a table of contents is text, not a heading of the body
    if len(it.lines) != 1:
        return False
    text = it.lines[0].strip()
    if len(text) <= 90 and (text.isupper() or _ROMAN.match(text)):
        return True
    if len(text) > 90 or text[-1] in _TERMINAL or is_name(text) and len(text.split()) <= 3:
        return bool(NUMBER.match(text)) and len(text) <= 90 and text[-1] not in ".?!;,"
    return True


#: Members of joint blocks seen so far (``CDA+ChristenUnie`` -> both names).
_MEMBERS: dict[str, list[str]] = {}


def _faction_of(it: Item) -> str | None:
    flat = " ".join(it.text.split())
    head = flat[:200]
    if _OPENS.match(head) or _ASKS_LATE.search(flat[:600]):
        ref = find_faction(flat[:600])
        if ref is None:
            return None
        _MEMBERS[ref.name] = ref.members
        return ref.name
    return None


_SENTENCE = re.compile(r"(?<=[.?!])\s+(?=[A-ZÀ-Þ«“\"(])")
#: A sentence that asks, or speaks for the askers.
_ASKING = re.compile(r"\?|\b(?:vragen|vraagt|vroegen|verzoeken|verzoekt|willen\s+weten|wensen\s+te\s+vernemen)\b", re.I)
_ASKERS_WORDS = re.compile(r"\b(?:leden|lid|fracties?|zij|hun|hen|deze\s+leden)\b|-fractie\b", re.I)


def inline_answer(text: str) -> tuple[str, str] | None:
    """(question, answer) of a faction paragraph that holds its own answer and
    has none after it (``De leden van de VVD-fractie vragen hoeveel klachten
    … ontvangen. Het Kifid heeft in 2025 ongeveer 8.400 klachten ontvangen.``):
    the answer is what follows the last sentence that asks, when none of it
    asks or speaks of the askers."""
    if "\n" in text.strip():
        return None
    spans = [0] + [m.end() for m in _SENTENCE.finditer(text)]
    sentences = [text[a:b] for a, b in zip(spans, spans[1:] + [len(text)])]
    last = max((i for i, t in enumerate(sentences) if _ASKING.search(t)), default=None)
    if last is None or last + 1 >= len(sentences):
        return None
    tail = sentences[last + 1:]
    if any(_ASKING.search(t) or _ASKERS_WORDS.search(t) for t in tail):
        return None
    cut = spans[last + 1]
    return text[:cut].rstrip(), text[cut:].strip()


def _title_before_faction(it: Item, nxt: Item | None) -> bool:
    """A short title (``Oekraïne``, ``Algemeen``: it looks like a name) right
    before a faction's paragraph is a topic heading; a name stands under a
    role or beside other names, never above ``De leden van de …``."""
    text = it.text.strip()
    if nxt is None or it.role or len(it.lines) != 1 or len(text) > 60 or text[-1:] in _TERMINAL:
        return False
    return is_name(text) and bool(_OPENS.match(nxt.text))


def _joins_in(text: str, names: FactionNames) -> list:
    """Factions that join the question in a sentence of its own after the
    first (``De leden van de BBB-fractie sluiten zich bij deze vraag aan.``)."""
    sentences = re.split(r"(?<=[.?!])\s+(?=De\s+leden\b)", " ".join(text.split()))
    out = []
    for sentence in sentences[1:]:
        ref = faction_heading(sentence)
        if ref is not None and ref.joining and len(sentence) < 300:
            out.append(names.ref(ref))
    return out


def recognise_prose(its: list[Item], meta: Meta) -> Structure:
    tail, end = split_closing(its, 0)
    body = its[:end]
    intro: list[Item] = []
    blocks: list[Faction] = []
    counters: dict[str, int] = {}
    unplaced: list[Unplaced] = []
    section: str | None = None
    cur: dict | None = None  # {"name", "q": [...], "a": [...], "item", "a_item", "section"}
    replying = False
    vso_faction: str | None = None
    pending: list[tuple[str, Item]] = []  # headings not yet given to a question
    headings: list[Heading] = []
    intro_heads: list[Item] = []
    names = FactionNames()

    def finish() -> None:
        nonlocal cur
        if cur is None:
            return
        name = cur["name"]
        counters[name] = counters.get(name, 0) + 1
        n = counters[name]
        if not cur["a"] and not cur.get("a_label") and meta.kind != "voorlopig-verslag":
            split = inline_answer(cur["q"][-1])
            if split is not None:  # the answer follows in the question's own paragraph
                cur["q"][-1], rest = split
                cur["a"], cur["a_item"] = [rest], cur["item"]
        ans = None
        if cur["a"] or cur.get("a_label"):
            ai = cur["a_item"]
            ans = Answer(text="\n\n".join(cur["a"]), label=cur.get("a_label"),
                         location=Location(line=ai.line, page=ai.page))
        q = Question(id=f"{slug(name)}-{n}", number=n, text="\n\n".join(cur["q"]), answer=ans,
                     section=cur["section"], location=Location(line=cur["item"].line, page=cur["item"].page))
        headings.extend(Heading(text=" ".join(h.text.split()), question=q.id,
                                location=Location(line=h.line, page=h.page)) for h in cur["heads"])
        if not blocks or blocks[-1].name != name:
            blocks.append(Faction(name=name, members=list(_MEMBERS.get(name, [])),
                                  location=q.location.model_copy()))
        blocks[-1].questions.append(q)
        for ref in _joins_in(q.text, names):
            # ``De leden van de BBB-fractie sluiten zich bij deze vraag aan.`` inside the question
            blocks.append(Faction(name=ref.name, joins=ref.joins or [name], location=q.location.model_copy()))
        for ref, text, j_it in cur.get("joined", []):  # the same in a paragraph of its own, before the answer
            blocks.append(Faction(name=ref.name, heading=" ".join(text.split()), joins=ref.joins or [name],
                                  location=Location(line=j_it.line, page=j_it.page)))
        cur = None

    def start(name: str, it: Item) -> None:
        nonlocal cur, replying
        finish()
        cur = {"name": name, "q": [it.text], "a": [], "item": it, "a_item": None, "section": section,
               "heads": [h_it for _, h_it in pending]}
        pending.clear()
        replying = False

    for k, it in enumerate(body):
        text = it.text
        head = names.ref(faction_heading(text))
        if head and text.rstrip().endswith(":") and k + 1 < len(body) and PART.match(body[k + 1].lines[0]):
            head = None  # ``De leden van de X-fractie vragen de regering:`` + ``a. …``: a question
        if cur is not None and not cur["a"] and not replying and PART.match(it.lines[0]) \
                and cur["q"][-1].rstrip()[-1:] in ":;,":
            cur["q"].append(text)  # the next part of a question in parts (``a. …;`` ``b. …``)
            continue
        if head and (len(text) < 160 or head.joining) and not text.rstrip().endswith("?"):
            if head.joining and not re.search(r"\?", text):
                if cur is not None and not cur["a"] and not replying:
                    cur.setdefault("joined", []).append((head, text, it))  # joins the open question
                    continue
                finish()
                asked = next((b.name for b in reversed(blocks) if b.questions and b.name), None)
                joins = head.joins or ([asked] if asked else [])  # ``bij deze vragen``: the faction before
                blocks.append(Faction(name=head.name, heading=" ".join(text.split()), joins=joins,
                                      location=Location(line=it.line, page=it.page)))
                continue
            finish()
            vso_faction = head.name
            if blocks and blocks[-1].name == head.name and not blocks[-1].questions:
                continue
            blocks.append(Faction(name=head.name, heading=" ".join(text.split()), members=head.members,
                                  location=Location(line=it.line, page=it.page)))
            continue
        inline = _REPLY_INLINE.match(text) if not _REPLY.match(it.lines[0]) else None
        if (_REPLY.match(it.lines[0]) or inline) and cur is not None and not cur["a"]:
            # the label alone, the label on the first line, or ``Antwoord: <text>``
            replying = True
            cur["a_item"] = cur["a_item"] or it
            if inline:
                cur["a_label"] = " ".join(inline["label"].split())
                cur["a"].append(inline["rest"].strip())
            else:
                cur["a_label"] = " ".join(it.lines[0].split())
                if len(it.lines) > 1:
                    cur["a"].append("\n".join(it.lines[1:]))
            continue
        if _REPLY.match(text):
            if cur is None:
                intro.append(it)
                continue
            replying = True
            cur["a_item"] = cur["a_item"] or it
            cur["a_label"] = " ".join(text.split())
            continue
        titled = _is_heading(it) or _title_before_faction(it, body[k + 1] if k + 1 < len(body) else None)
        if titled and not (cur and not replying and not cur["a"] and it.italic):
            finish()
            pending.append((" ".join(text.split()), it))
            section = " / ".join(h for h, _ in pending)
            continue
        name = names.canon(_faction_of(it))
        if name and not replying:
            if cur and cur["name"] == name and not cur["a"]:
                cur["q"].append(text)
            else:
                start(name, it)
            continue
        if name and replying and (cur is None or cur["a"]):
            start(name, it)
            continue
        if _SAME.match(text) and cur is not None and (not replying or cur["a"]):
            if cur["a"]:
                start(cur["name"], it)
            else:
                cur["q"].append(text)
            continue
        if cur is None:
            if not blocks and pending:
                intro.extend(h_it for _, h_it in pending)
                intro_heads.extend(h_it for _, h_it in pending if not is_masthead(h_it.text))
                pending.clear()
                section = None
            if vso_faction and _SAME.match(text) is None and blocks and not blocks[-1].questions:
                start(vso_faction, it)
                continue
            intro.append(it)
            continue
        if it.italic and not cur["a"] and not replying and cur["item"].italic:
            cur["q"].append(text)
            continue
        if cur["a_item"] is None:
            cur["a_item"] = it
        cur["a"].append(text)
    finish()
    for h, it in pending:
        unplaced.append(Unplaced(text=h, line=it.line, page=it.page, reason="heading after the last question"))
    meta.signatories = list(dict.fromkeys([*meta.signatories, *signatories(tail)]))
    qs = [q for f in blocks for q in f.questions]
    answered = sum(1 for q in qs if q.answer)
    offsets, pos = {}, 0
    for it in intro:
        offsets[id(it)] = pos
        pos += len(it.text) + 2
    headings[:0] = [Heading(text=h.text, start=offsets[id(h)],
                            location=Location(line=h.line, page=h.page)) for h in intro_heads]
    return Structure(
        headings=headings,
        meta=meta,
        intro="\n\n".join(it.text for it in intro),
        factions=blocks,
        closing="\n\n".join(it.text for it in tail),
        unplaced=unplaced,
        confidence=(0.3 + 0.5 * answered / len(qs)) if qs else 0.0,
    )
