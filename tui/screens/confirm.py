"""A yes/no question (replace an existing export file?)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from ..safe_text import safe_text
from . import DIALOGS_TCSS


class ConfirmScreen(ModalScreen[bool]):
    """Ask a question; ``y`` dismisses with True, ``n`` or Escape with False."""

    CSS_PATH = DIALOGS_TCSS

    DEFAULT_CSS = """
    ConfirmScreen { align: center middle; }
    ConfirmScreen #confirm-box { height: auto; }
    ConfirmScreen #confirm-question, ConfirmScreen #confirm-hint { width: 1fr; min-width: 8; height: auto; }
    """
    BINDINGS = [
        Binding("y", "answer(True)", "Yes", id="confirm-yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm-no"),
    ]

    def __init__(self, question: str, hint: str = "y: yes · n or Escape: no") -> None:
        super().__init__()
        self._question = question
        self._hint = hint

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box", classes="dialog"):
            yield Static(Content(safe_text(self._question)), id="confirm-question", markup=False)
            yield Static(Content(self._hint), id="confirm-hint", markup=False)

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
