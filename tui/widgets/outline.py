"""The outline: the document head, faction blocks and their questions in one
OptionList.

The first entry, ``Document``, shows the document head (tui/widgets/doc_head.py).

Faction headings are disabled options ("SP (19)"); every question is an
option with its number, a mark (its answer audit's result, see
:mod:`.audit_marks`, else its answer status) and its first words. Prompts are
:class:`~textual.content.Content`, never markup.
"""

from __future__ import annotations

from textual import events
from textual.content import Content, Span
from textual.geometry import Spacing
from textual.strip import Strip
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..highlight import safe_text
from ..i18n import _
from .audit_marks import audit_mark, group_audited

#: Status marks: (unicode, ascii).
MARKS = {
    "by-reference": ("→", "->"),
    "deferred": ("…", ".."),
    "missing": ("∅", "--"),
}


def status_of(question) -> str:
    """The answer status of ``question`` ("missing" when it has no answer)."""
    if question.answer is None:
        return "missing"
    return question.answer.status


def mark_for(question, ascii_only: bool = False) -> str:
    """The outline mark for ``question``'s answer status ("" when answered)."""
    pair = MARKS.get(status_of(question))
    if pair is None:
        return ""
    return pair[1] if ascii_only else pair[0]


def first_words(text: str, limit: int = 60) -> str:
    """The start of ``text`` on one line, at most ``limit`` characters."""
    flat = " ".join(safe_text(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + ("…")


def faction_title(faction) -> str:
    """A faction block's display name."""
    return faction.name or _("Vragen")


class Outline(OptionList):
    """Faction blocks and questions; maps option indexes to question indexes."""

    can_focus = False

    def __init__(self, *, ascii_only: bool = False, **kwargs) -> None:
        super().__init__(**kwargs)
        self.ascii_only = ascii_only
        self._option_of: dict[int, int] = {}
        self._question_of: dict[int, int] = {}
        self._rendered_width: int | None = None

    def _on_resize(self, event: events.Resize) -> None:
        """Keep the rendered options when only the height changed.

        OptionList drops every rendered option on each resize; Textual sends
        several resizes of the same size while starting, and re-rendering
        the outline after each was a visible part of the start-up time.
        Options are single lines (``text-wrap: nowrap``), so only a new width
        needs them rendered again.
        """
        if self._option_render_cache and self.scrollable_content_region.width == self._rendered_width:
            event.prevent_default()  # skip OptionList's cache clearing

    def _get_option_render(self, option: Option, style) -> list[Strip]:
        """One option as one line of cells.

        OptionList's general path lays each option out as a block of text
        (wrapping, measuring, selection and link styles): most of the
        outline's first-frame time. The outline's options are one line of
        Content without padding, so the line is cut to the width (with an
        ellipsis) and drawn directly; ``tests/tui/test_tui_regressions.py``
        checks that both paths give the same cells.
        """
        if not self._option_render_cache:  # filling it anew: note the width
            self._rendered_width = self.scrollable_content_region.width
        prompt = option.prompt
        if (not isinstance(prompt, Content) or option._divider or "\n" in prompt.plain
                or self.get_component_styles("option-list--option").padding):
            return super()._get_option_render(option, style)
        cache_key = (option, style, Spacing())
        strips = self._option_render_cache.get(cache_key)
        if strips is None:
            width = self.scrollable_content_region.width - self._get_left_gutter_width()
            line = prompt.truncate(width, ellipsis=True)
            strip = Strip(line.render_segments(style), line.cell_length)
            strips = [strip.extend_cell_length(width, style.rich_style)
                      .apply_meta({"option": self._option_to_index[option]})]
            self._option_render_cache[cache_key] = strips
        return strips

    def load(self, doc) -> None:
        """Fill the outline from ``doc``."""
        options: list[Option] = []
        qi = 0
        self._option_of.clear()
        self._question_of.clear()
        from .joint import group_label, joint_stops

        head = _("Document")
        options.append(Option(Content(head, [Span(0, len(head), "bold italic")]), id="head"))
        questions = [q for f in doc.factions for q in f.questions]
        stop_of = joint_stops(questions)
        for faction in doc.factions:
            if not faction.questions:
                continue
            head = f"{safe_text(faction_title(faction))} ({len(faction.questions)})"
            options.append(Option(Content(head, [Span(0, len(head), "bold")]), disabled=True))
            for q in faction.questions:
                if stop_of[qi] != qi:  # read with its joint answer's group
                    qi += 1
                    continue
                group = [questions[i] for i, s in enumerate(stop_of) if s == qi]
                # a group is marked with its most open audit result, as every question counts
                mark = audit_mark(group_audited(group) or q, self.ascii_only) or mark_for(q, self.ascii_only)
                prefix = f"{q.number:>3} {mark:<2} "
                if len(group) > 1:
                    label = group_label(group)
                    prefix += label + ": "
                # the outline is at most 40 cells wide: more text is never seen
                text = prefix + first_words(q.text, 60)
                spans = [Span(0, 3, "bold")] + ([Span(7, len(prefix) - 2, "italic")] if len(group) > 1 else [])
                self._option_of[qi] = len(options)
                self._question_of[len(options)] = qi
                options.append(Option(Content(text, spans), id=f"q{qi}"))
                qi += 1
        for i, s in enumerate(stop_of):
            if s != i and s in self._option_of:
                self._option_of[i] = self._option_of[s]
        self.clear_options()
        self.add_options(options)

    def question_at(self, option_index: int | None) -> int | None:
        """Question index of option ``option_index`` (None for headings)."""
        if option_index is None:
            return None
        return self._question_of.get(option_index)

    #: The option of the document head (the first).
    HEAD_OPTION = 0

    def show_head(self) -> None:
        """Highlight the ``Document`` entry (without posting a message)."""
        if self.option_count and self.highlighted != self.HEAD_OPTION:
            with self.prevent(OptionList.OptionHighlighted):
                self.highlighted = self.HEAD_OPTION

    def show_question(self, index: int) -> None:
        """Highlight the option of question ``index`` and scroll to it."""
        option = self._option_of.get(index)
        if option is not None and self.highlighted != option:
            # A programmatic move must not post OptionHighlighted: the reader
            # would take that (possibly stale, after fast key presses) message
            # as the user picking a question, and the two would chase each
            # other for ever.
            with self.prevent(OptionList.OptionHighlighted):
                self.highlighted = option
