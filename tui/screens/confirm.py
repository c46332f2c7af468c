"""A yes/no question (replace an existing export file?).

The answer keys are ``y`` and ``n`` in both languages (``j`` is a movement
key everywhere else in the app, so it is not used for yes).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from ..i18n import N_, _
from ..safe_text import safe_text
from . import DIALOGS_TCSS


class ConfirmScreen(ModalScreen[bool]):
    """Ask a question; ``y`` dismisses with True, ``n`` or Escape with False."""

    CSS_PATH = DIALOGS_TCSS

    BINDINGS = [
        Binding("y", "answer(True)", N_("Ja"), id="confirm-yes"),
        Binding("n,escape", "answer(False)", N_("Nee"), id="confirm-no"),
    ]

    def __init__(self, question: str, hint: str | None = None) -> None:
        super().__init__()
        self._question = question
        self._hint = _("y: ja · n of Escape: nee") if hint is None else hint

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box", classes="dialog"):
            yield Static(Content(safe_text(self._question)), id="confirm-question", markup=False)
            yield Static(Content(self._hint), id="confirm-hint", markup=False)

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
