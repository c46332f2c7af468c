"""Every parse stage does work linear in the size of the document (issue 14).

A lijst van vragen en antwoorden of 1,000 and one of 8,000 questions (the
same layout: numbered questions, answers that cite Kamerstukken, give
amounts and percentages, and refer to earlier answers) are parsed in the
same run, and the work of each stage is counted: the reader, the
recogniser, the annotators, the text accounting, the checks, and the whole
parse. The work per KB of a stage at 8,000 questions may be at most 10 %
above its work at 1,000.

Work is counted, not timed: the number of lines of ``parsers`` code the
interpreter executes (``sys.settrace`` line events, one per line and one per
loop iteration, comprehensions included), so the figure is exact and the
same on a busy machine as on an idle one. A per-reference rebuild of a
number -> question map (the quadratic cross-reference resolution this test
was written for) made the annotators' count 2.9x per KB at 8,000 questions.
Work inside C (a regular expression, ``x in list``) is not counted;
``benchmarks/bench_linear.py`` times the same two parses per stage.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import parsers
from benchmarks.synth import numbered_lijst as lijst
from parsers import pipeline

STAGES = ("read_text_string", "recognise", "annotate", "account", "check")
SMALL, LARGE = 1000, 8000
LIMIT = 1.10


PARSERS = str(Path(parsers.__file__).parent)


def counted_parse(text: str, monkeypatch) -> tuple[dict[str, int], object]:
    """Lines of parsers code executed in each stage, and in the whole parse of ``text``."""
    executed = 0

    def count_lines(frame, event, arg):
        nonlocal executed
        if event == "line":
            executed += 1
        return count_lines

    def enter(frame, event, arg):  # only frames of parsers code are counted
        return count_lines if frame.f_code.co_filename.startswith(PARSERS) else None

    work: dict[str, int] = {}
    for name in STAGES:
        inner = getattr(pipeline, name)

        def stage(*args, _inner=inner, _name=name, **kwargs):
            before = executed
            try:
                return _inner(*args, **kwargs)
            finally:
                work[_name] = executed - before

        monkeypatch.setattr(pipeline, name, stage)
    previous = sys.gettrace()
    sys.settrace(enter)
    try:
        doc = pipeline.parse_text(text)
    finally:
        sys.settrace(previous)
        monkeypatch.undo()
    work["whole parse"] = executed
    return work, doc


def test_every_stage_does_the_same_work_per_kb_at_8000_questions_as_at_1000(monkeypatch):
    per_kb: dict[int, dict[str, float]] = {}
    for n in (SMALL, LARGE):
        text = lijst(n)
        work, doc = counted_parse(text, monkeypatch)
        assert len(doc.questions()) == n
        assert [q.number for q in doc.questions()[-2:]] == [n - 1, n]
        assert len(doc.xrefs) == n // 10  # every "zie het antwoord op vraag N"
        assert len(doc.citations) == n // 7 - n // 70
        kb = len(text.encode("utf-8")) / 1024
        per_kb[n] = {stage: count / kb for stage, count in work.items()}
    ratios = {stage: per_kb[LARGE][stage] / per_kb[SMALL][stage] for stage in per_kb[SMALL]}
    assert set(ratios) == {*STAGES, "whole parse"}
    report = ", ".join(f"{stage} {per_kb[SMALL][stage]:.0f} -> {per_kb[LARGE][stage]:.0f} "
                       f"lines/KB ({r:.2f}x)" for stage, r in ratios.items())
    over = [stage for stage, r in ratios.items() if r > LIMIT]
    assert over == [], f"not linear: {over}; {report}"


def test_question_numbers_of_five_digits_are_questions():
    doc = pipeline.parse_text(lijst(10_003))
    questions = doc.questions()
    assert [q.number for q in questions[-4:]] == [10_000, 10_001, 10_002, 10_003]
    assert "10000" not in questions[9_998].answer.text
