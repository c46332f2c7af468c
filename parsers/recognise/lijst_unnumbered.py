"""Answer lists whose questions carry no number and no label.

A committee asked a few questions and the answer letter prints them without
numbers (the Algemene Rekenkamer's short letters):

* the list's title, a paragraph that calls it the answers to questions
  (``Antwoorden Algemene Rekenkamer bij vragen van de Tweede Kamer over …``,
  ``Beantwoording vragen …``, ``Reactie … bij mondelinge vragen …``);
* after it, each question a paragraph that ends in ``?`` (paragraphs that ask
  one after another are one question), and the paragraphs up to the next
  question its answer.

The questions are numbered by position; the grammar reports the check
``numbers-inferred`` (the confidence stays below 0.8). A letter that answers
in prose under topic headings (``Reactie … bij mondelinge vragen van de
Tweede Kamer over <topic>``), without printing the question, has one question
per such heading: the heading names what was asked, the text under it is the
answer.
"""

from __future__ import annotations

import re

from ..model import Answer, Check, Location, Question
from .items import Item

#: The heading of a list of answers: the answer or reaction to questions.
LIST_HEAD = re.compile(
    r"^(?:Antwoord(?:en)?|Beantwoording|Reactie)\b[^?\n]{0,120}?\b(?:op|bij|van|over)\s+(?:de\s+|het\s+)?"
    r"(?:\S+\s+){0,2}?(?:mondelinge\s+|schriftelijke\s+)?vra(?:ag|gen)\b[^?]*$", re.I)
#: A topic heading of such a letter: ``Reactie … bij mondelinge vragen … over <topic>``.
_TOPIC = re.compile(r"\bvra(?:ag|gen)\b.{0,80}?\bover\s+(?P<topic>\S.{3,})$", re.I | re.S)


def _asks(text: str) -> bool:
    return bool(re.search(r"\?\W{0,3}$", text.rstrip()))


def unnumbered_list(blocks: list[tuple[str, str | None]]) -> bool:
    """Do the paragraphs (text, reader role) hold a list title with questions
    after it that carry no number (a paragraph that asks, an answer the
    reader found), or a topic heading with text under it?"""
    for i, (text, _role) in enumerate(blocks):
        flat = " ".join(text.split())
        if not LIST_HEAD.match(flat):
            continue
        rest = blocks[i + 1:]
        if any(_asks(t) or r == "answer" for t, r in rest) or (_TOPIC.search(flat) and rest):
            return True
    return False


def read_unnumbered(body: list[Item]) -> tuple[list[Item], list[Question], list[Check]] | None:
    """(intro, questions, checks) of an answer list without question numbers,
    or None when ``body`` has no list title followed by questions."""
    heads = [i for i, it in enumerate(body) if LIST_HEAD.match(" ".join(it.text.split()))]
    if not heads:
        return None
    asking = [i for i, it in enumerate(body) if _asks(it.text) and it.role != "answer"]
    first = next((i for i in asking if i > heads[0]), None)
    if first is not None:
        title = max(i for i in heads if i < first)
        return _by_question_marks(body, title)
    topics = [i for i in heads if _TOPIC.search(" ".join(body[i].text.split())) and i + 1 < len(body)]
    if len(topics) >= 2 or (topics and topics[-1] > 0):
        return _by_topics(body, topics)
    return None


def _by_question_marks(body: list[Item], title: int) -> tuple[list[Item], list[Question], list[Check]]:
    groups: list[tuple[list[Item], list[Item]]] = []
    for it in body[title + 1:]:
        asks = _asks(it.text) and it.role != "answer"
        if asks and (not groups or groups[-1][1]):
            groups.append(([it], []))
        elif not groups:
            groups.append(([it], []))  # text between the title and the first question: part of it
        elif asks or not groups[-1][1] and not _asks(groups[-1][0][-1].text):
            groups[-1][0].append(it)
        else:
            groups[-1][1].append(it)
    return body[:title + 1], _questions(groups), _inferred(groups)


def _by_topics(body: list[Item], topics: list[int]) -> tuple[list[Item], list[Question], list[Check]]:
    groups: list[tuple[list[Item], list[Item]]] = []
    for k, i in enumerate(topics):
        end = topics[k + 1] if k + 1 < len(topics) else len(body)
        groups.append(([body[i]], body[i + 1:end]))
    return body[:topics[0]], _questions(groups), _inferred(groups)


def _questions(groups: list[tuple[list[Item], list[Item]]]) -> list[Question]:
    out: list[Question] = []
    for n, (q, a) in enumerate(groups, 1):
        answer = None
        if a:
            answer = Answer(text="\n\n".join(it.text for it in a), location=Location(line=a[0].line, page=a[0].page))
        out.append(Question(id=str(n), number=n, text="\n\n".join(it.text for it in q), answer=answer,
                            location=Location(line=q[0].line, page=q[0].page)))
    return out


def _inferred(groups: list[tuple[list[Item], list[Item]]]) -> list[Check]:
    nums = list(range(1, len(groups) + 1))
    first = groups[0][0][0]
    return [Check(code="numbers-inferred", severity="warning", question="1", line=first.line, page=first.page,
                  message=f"question numbers are not in the text; {len(nums)} questions numbered by position",
                  params={"count": str(len(nums)), "numbers": ", ".join(map(str, nums))})]
