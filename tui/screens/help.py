"""The help screen (``?``): every reader key and what the highlights mean."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content, Span
from textual.screen import ModalScreen
from textual.widgets import Static

from ..bindings import HELP_EXTRA, READER_BINDINGS
from ..highlight import STYLES
from . import DIALOGS_TCSS


def _keys(binding: Binding) -> str:
    names = {
        "right_square_bracket": "]", "left_square_bracket": "[", "colon": ":",
        "number_sign": "#", "slash": "/", "question_mark": "?", "space": "space",
    }
    return ", ".join(names.get(k.strip(), k.strip()) for k in binding.key.split(","))


def help_content() -> Content:
    """The help text as Content (no markup)."""
    rows = [(_keys(b), b.description) for b in READER_BINDINGS]
    rows += HELP_EXTRA
    width = max(len(k) for k, _ in rows) + 2
    lines = [Content("Keys", [Span(0, 4, "bold")])]
    for keys, desc in rows:
        lines.append(Content(f"{keys:<{width}}{desc}", [Span(0, len(keys), "bold")]))
    lines.append(Content(""))
    lines.append(Content("Highlights", [Span(0, 10, "bold")]))
    for kind, label in [
        ("figure", "figure (amount, percentage, date)"),
        ("citation", "citation (Kamerstuk, Aanhangsel, ...)"),
        ("xref", "cross-reference to another answer (f follows)"),
        ("hit", "search hit"),
        ("hit-current", "current search hit"),
    ]:
        lines.append(Content(label, [Span(0, len(label), STYLES[kind])]))
    lines.append(Content(""))
    lines.append(Content("Outline marks: → / -> answered by reference, … / .. deferred, ∅ / -- missing"))
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    """Lists the key bindings; any of escape, q, ? closes it."""

    CSS_PATH = DIALOGS_TCSS

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help-close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box", classes="dialog"):
            yield Static(help_content(), id="help-text", markup=False)

    def action_dismiss(self, result=None) -> None:
        self.dismiss(None)
