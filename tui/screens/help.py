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
from ..i18n import N_, _
from . import DIALOGS_TCSS


def _keys(binding: Binding) -> str:
    names = {
        "right_square_bracket": "]", "left_square_bracket": "[", "colon": ":",
        "number_sign": "#", "slash": "/", "question_mark": "?", "space": "space",
    }
    return ", ".join(names.get(k.strip(), k.strip()) for k in binding.key.split(","))


def bold_title(text: str) -> Content:
    return Content(text, [Span(0, len(text), "bold")])


def key_rows(rows: list[tuple[str, str]], width: int | None = None) -> list[Content]:
    """``keys  description`` lines, the keys bold and aligned; descriptions
    translated and, within ``width`` cells, wrapped under each other."""
    import textwrap

    column = max(len(k) for k, _d in rows) + 2
    out = []
    for keys, desc in rows:
        text = _(desc)
        if width is not None and width - column >= 20:
            text = ("\n" + " " * column).join(textwrap.wrap(text, width - column)) or text
        out.append(Content(f"{keys:<{column}}{text}", [Span(0, len(keys), "bold")]))
    return out


def help_content(width: int | None = None, ascii_only: bool = False) -> Content:
    """The help text as Content (no markup), its key rows made for ``width``
    (the outline marks as the outline shows them: ASCII in ascii mode)."""
    from ..widgets.audit_marks import legend

    rows = [(_keys(b), b.tooltip or b.description) for b in READER_BINDINGS]
    rows += HELP_EXTRA
    lines = [bold_title(_("Toetsen")), *key_rows(rows, width), Content(""), bold_title(_("Markeringen"))]
    for kind, label in [
        ("figure", _("cijfer (bedrag, percentage, datum)")),
        ("citation", _("bron (Kamerstuk, Aanhangsel, ...)")),
        ("xref", _("verwijzing naar een ander antwoord (f volgt haar)")),
        ("hit", _("zoektreffer")),
        ("hit-current", _("huidige zoektreffer")),
        ("commitment", _("toezegging (T toont ze allemaal)")),
        ("footnote", _("[1]: voetnootteken (v toont de voetnoten)")),
    ]:
        lines.append(Content(label, [Span(0, len(label), STYLES[kind])]))
    lines.append(Content(""))
    lines.append(Content(_("Tekens in het overzicht: → / -> beantwoord met een verwijzing, "
                           "… / .. uitgesteld, ∅ / -- geen antwoord (zonder antwoordcontrole)")))
    lines.append(Content(legend(ascii_only)))
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    """Lists the key bindings; any of escape, q, ? closes it."""

    CSS_PATH = DIALOGS_TCSS

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", N_("Sluiten"), id="help-close"),
    ]

    def content(self, width: int | None) -> Content:
        return help_content(width, getattr(self.app, "ascii_only", False))

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box", classes="dialog"):
            yield Static(self.content(None), id="help-text", markup=False)

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit)

    def _fit(self) -> None:
        text = self.query_one("#help-text", Static)
        if text.content_region.width:
            text.update(self.content(text.content_region.width))

    def action_dismiss(self, result=None) -> None:
        self.dismiss(None)
