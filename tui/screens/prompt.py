"""A one-line input dialog (jump to question)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from ..i18n import N_
from . import DIALOGS_TCSS


class PromptScreen(ModalScreen[str | None]):
    """Ask for one line; dismisses with the text, or None on Escape."""

    CSS_PATH = DIALOGS_TCSS

    BINDINGS = [Binding("escape", "cancel", N_("Annuleren"), id="prompt-cancel")]

    def __init__(self, label: str, placeholder: str = "") -> None:
        super().__init__()
        self._label = label
        self._placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-box", classes="dialog"):
            yield Static(Content(self._label), id="prompt-label", markup=False)
            yield Input(placeholder=self._placeholder, id="prompt-input")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
