"""The reader screen: outline, question and answer of one document.

The document is parsed in a thread worker; until then the body shows a
loading indicator. A parse error or a document without questions is shown
as a message in the screen, never as a traceback. State lives in reactives
whose watchers flip CSS classes (layout is in ``app.tcss``).
"""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.css.query import NoMatches
from textual.containers import Container, Horizontal, VerticalScroll
from textual.content import Content, Span
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.worker import Worker, WorkerState

from ..bindings import APP_BINDINGS, READER_BINDINGS
from ..i18n import _, localise
from ..widgets import docview
from ..widgets.keybar import KeyBar
from ..widgets.outline import Outline
from ..widgets.qa_pane import TextPane
from .library_links import LibraryLinks
from .navigation import Navigator
from .reader_actions import CopyAndViews
from .reader_audit import AuditKeys
from .reader_doc import DocumentExtras
from .reader_view import CurrentView
from .reader_search import DocumentSearch


def error_message(path: Path, error: BaseException) -> str:
    """The user-facing text for a failed parse (one line from ParseError)."""
    if type(error).__name__ == "ParseError":
        return _("Kan {name} niet openen:").format(name=path.name) + f"\n{localise(error)}"
    return _("Kan {name} niet openen: onverwachte {error_type}: {error}").format(
        name=path.name, error_type=type(error).__name__, error=error)


class ReaderScreen(CurrentView, DocumentSearch, CopyAndViews, AuditKeys, DocumentExtras, LibraryLinks, Screen[None]):
    """Reads one document; Escape returns to the document list if any."""

    BINDINGS = READER_BINDINGS

    #: "loading", "ready", "error" or "plain" (no questions recognised).
    #: No widget takes focus on its own: the screen's keys work everywhere,
    #: and the footer is not rebuilt for every focus change while loading.
    AUTO_FOCUS = ""
    state: reactive[str] = reactive("loading", init=False)
    outline_visible: reactive[bool] = reactive(True, init=False)
    searching: reactive[bool] = reactive(False, init=False)
    #: Which pane Page Up / Page Down / Space scroll: "answer" or "question".
    scroll_target: reactive[str] = reactive("answer", init=False)
    position: reactive[int] = reactive(0, init=False)

    def __init__(self, path: str | Path, document=None) -> None:
        super().__init__()
        self.path = Path(path)
        self.doc = document
        self.nav: Navigator | None = None
        self.message_text = ""

    # -- layout ---------------------------------------------------------
    def compose(self) -> ComposeResult:
        if self.doc is None:
            # a cached document is shown in the first frame (no loading state)
            self.doc = self.app.cached_start_document(self.path, self.CACHE_WAIT)
        self._set_initial_classes()
        yield Static(Content(_("{name} wordt geladen …").format(name=self.path.name)), id="doc-header", markup=False)
        with Horizontal(id="body"):
            yield Outline(id="outline", ascii_only=getattr(self.app, "ascii_only", False))
            with Container(id="qa"):
                yield TextPane(id="question-pane", title=_("Vraag"))
                yield TextPane(id="answer-pane", title=_("Antwoord"))
        yield Static(Content(""), id="status", markup=False)
        yield KeyBar(order=[b.id for b in READER_BINDINGS + APP_BINDINGS])

    #: How long the first paint waits for the start-up cache lookup (and the
    #: parse of a child process, tui/prefetch.py).
    CACHE_WAIT = 0.2

    def _set_initial_classes(self) -> None:
        """State and size classes, set before the widgets mount and get styled.

        Each later class change restyles the whole screen at once, so the
        first state (``ready`` for a document known now) and Textual's
        breakpoint classes for the current size are set here, for free.
        """
        state = "loading"
        if self.doc is not None:
            state = "ready" if any(f.questions for f in self.doc.factions) else "plain"
        self.set_reactive(ReaderScreen.state, state)
        width, height = self.app.size
        classes = {f"-{state}"}
        classes |= self._get_breakpoint_classes(width, self.app.HORIZONTAL_BREAKPOINTS or [])
        classes |= self._get_breakpoint_classes(height, self.app.VERTICAL_BREAKPOINTS or [])
        self.add_class(*classes, update=False)

    def on_mount(self) -> None:
        if self.doc is not None:
            self.app.cache_warning_once()
            self.load_document(self.doc)
            return
        # The spinner appears only when the parse takes a while: a cached
        # document shows at once, without a spinner flashing by (mounting and
        # removing it costs a restyle of the whole screen).
        self.set_timer(0.15, self._show_spinner)
        self.run_worker(
            lambda: self.app.parse_document(self.path),
            thread=True, exit_on_error=False, group="parse", name=f"parse {self.path.name}",
        )

    @on(Worker.StateChanged)
    def _parse_done(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "parse":
            return
        if event.state in (WorkerState.SUCCESS, WorkerState.ERROR):
            self.app.cache_warning_once()
        if event.state == WorkerState.SUCCESS:
            self.load_document(event.worker.result)
        elif event.state == WorkerState.ERROR:
            self.show_message(error_message(self.path, event.worker.error), "error")

    # -- watchers -------------------------------------------------------
    def watch_state(self, state: str) -> None:
        # one restyle for the whole change
        self.update_classes({f"-{name}": state == name for name in ("loading", "ready", "error", "plain")})
        body = self.query_one("#body")
        if body.loading and state != "loading":
            body.loading = False

    def _show_spinner(self) -> None:
        if self.state == "loading":
            self.query_one("#body").loading = True

    def watch_outline_visible(self, visible: bool) -> None:
        self.set_class(not visible, "-no-outline")

    def watch_searching(self, searching: bool) -> None:
        self.set_class(searching, "-searching")

    def watch_position(self, position: int) -> None:
        self.show_current()

    # -- loading --------------------------------------------------------
    def load_document(self, doc) -> None:
        """Show ``doc``: at its first question, or as plain text."""
        self.doc = doc
        self.fit_header()
        self.nav = Navigator.for_document(doc)
        if not self.nav.questions:
            note = _("In {name} zijn geen vragen herkend (soort: {kind}); de tekst staat hier zoals hij is.").format(
                name=self.path.name, kind=doc.meta.kind)
            self.show_message(note + "\n\n" + (docview.plain_body(doc) or _("(het document heeft geen tekst)")), "plain")
            return self.run_after_load()
        self.query_one(Outline).load(doc)
        self.state = "ready"
        self.show_current()
        self.document_loaded()
        self.run_after_load()

    def _message_widget(self) -> Static:
        """The message pane's text, mounted on first use (most documents
        never need it, so the first frame does without)."""
        try:
            return self.query_one("#message", Static)
        except NoMatches:
            message = Static(Content(""), id="message", markup=False)
            self.query_one("#body").mount(VerticalScroll(message, id="message-pane"))
            return message

    def show_message(self, text: str, state: str) -> None:
        """Show ``text`` (plain, never markup) instead of the panes."""
        from ..highlight import safe_text

        self.message_text = text
        first = text.split("\n", 1)[0]
        self._message_widget().update(Content(safe_text(text), [Span(0, len(first), "bold")]))
        if state == "error":
            self.query_one("#doc-header", Static).update(Content(_("{name}: niet geopend").format(name=self.path.name)))
        self.state = state

    # -- rendering ------------------------------------------------------
    def status_text(self, width: int) -> str:
        """The status line within ``width`` cells: position, search, back
        stack, scroll target. What does not fit is said shorter (a long
        query is cut), never cut off at the end."""
        from ..fit import cut_end

        nav = self.nav
        q = nav.current
        stops = nav.stops
        here = q.id
        group = nav.group
        if len(group) > 1:  # a joint answer's group: every question it shows (``4, 6 en 7``)
            from ..plain_parts import number_list

            numbers = number_list([m.number for m in group])
            here = numbers if q.id == str(q.number) else f"{q.id} ({numbers})"
        position = f"{here} · {stops.index(nav.index) + 1}/{len(stops)}"
        if self.at_head:
            position = _("Document")
        back = " · " + _("terug: {n}").format(n=len(nav.back_stack)) if nav.back_stack else ""
        scroll = ""
        if self.scroll_target == "question":
            scroll = " · " + _("paginatoetsen scrollen de vraag (t: antwoord)")

        def search(query: str) -> str:
            if not nav.query:
                return ""
            if nav.hits:
                return " · " + _("treffer {n}/{count} voor “{query}”").format(
                    n=nav.hit_index + 1, count=len(nav.hits), query=query)
            return " · " + _("geen treffers voor “{query}”").format(query=query)

        text = position + search(nav.query) + back + scroll
        if len(text) > width and scroll:
            scroll = " · " + _("t: vraag")
            text = position + search(nav.query) + back + scroll
        if len(text) > width and nav.query:
            room = width - len(position + search("") + back + scroll)
            text = position + search(cut_end(nav.query, max(3, room))) + back + scroll
        return text

    def update_status(self) -> None:
        status = self.query_one("#status", Static)
        width = (status.content_region.width or self.app.size.width - 2)
        status.update(Content(self.status_text(width)))

    def on_resize(self) -> None:
        if self.doc is not None and self.state in ("ready", "plain"):
            self.call_after_refresh(self.fit_header)
        if self.nav is not None and self.nav.current is not None:
            self.call_after_refresh(self.update_status)

    def goto(self, index: int, *, remember: bool = False) -> None:
        """Move to question ``index`` (re-render even if it is the same)."""
        if self.nav is None or not self.nav.questions:
            return
        self.at_head = False
        if self.nav.go(index, remember=remember):
            self.position = self.nav.index
        else:
            self.show_current()

    @on(OptionList.OptionSelected, "#outline")
    @on(OptionList.OptionHighlighted, "#outline")
    def _outline_pick(self, event) -> None:
        if event.option_index == Outline.HEAD_OPTION:
            if not self.at_head:
                self.show_head()
            return
        index = self.query_one(Outline).question_at(event.option_index)
        if index is not None and self.nav is not None and index != self.nav.index:
            self.goto(index)

    # -- navigation actions ---------------------------------------------
    def _ready(self) -> bool:
        return self.state == "ready" and self.nav is not None

    def action_next_question(self) -> None:
        if self._ready():
            # from the document head (before the first question): the first
            self.goto(self.nav.stops[0] if self.at_head else self.nav.step(1))

    def action_previous_question(self) -> None:
        if self._ready():
            if self.nav.index == self.nav.stops[0] and not self.at_head:
                self.show_head()  # before the first question: the document head
                return
            self.goto(self.nav.step(-1))

    def action_next_faction(self) -> None:
        if self._ready():
            self.goto(self.nav.faction_step(1))

    def action_previous_faction(self) -> None:
        if self._ready():
            self.goto(self.nav.faction_step(-1))

    def action_first_question(self) -> None:
        if self._ready():
            self.goto(0)

    def action_last_question(self) -> None:
        if self._ready():
            self.goto(len(self.nav.questions) - 1)

    def _scroll_pane(self):
        if self.state != "ready":
            self._message_widget()
            return self.query_one("#message-pane")
        return self.query_one(f"#{self.scroll_target}-pane")

    def action_page_down(self) -> None:
        self._scroll_pane().scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self._scroll_pane().scroll_page_up(animate=False)

    def action_switch_scroll(self) -> None:
        """Page keys scroll the other pane (a long question on a small screen)."""
        self.scroll_target = "question" if self.scroll_target == "answer" else "answer"

    def watch_scroll_target(self, target: str) -> None:
        self.set_class(target == "question", "-scroll-question")
        if self.nav is not None and self.nav.current is not None:
            self.update_status()

    def action_toggle_outline(self) -> None:
        self.outline_visible = not self.outline_visible

    def action_jump(self) -> None:
        if not self._ready():
            return
        from .prompt import PromptScreen

        def done(spec: str | None) -> None:
            if not spec:
                return
            index = self.nav.resolve(spec)
            if index is None:
                self.notify(_("Vraag {id} staat niet in dit document").format(id=repr(spec.strip())),
                            severity="warning", markup=False)
                return
            self.goto(index, remember=True)

        if any(f.name for f in self.doc.factions):
            faction = docview.faction_title(self.nav.faction)
            prompt = PromptScreen(_("Ga naar vraag: een id (SP-4) of een nummer in {faction}").format(faction=faction),
                                  _("SP-4 of 4"))
        else:  # no faction blocks (Kamervragen, a lijst): the number is the id
            prompt = PromptScreen(_("Ga naar vraag: een nummer"), _("bijvoorbeeld 4"))
        self.app.push_screen(prompt, done)

    def jump_to_id(self, qid: str) -> None:
        """Go to question ``qid`` remembering the current place."""
        index = self.nav.index_of(qid) if self._ready() else None
        if index is None:
            self.notify(_("Vraag {id} staat niet in dit document").format(id=qid), severity="warning", markup=False)
            return
        self.goto(index, remember=True)

    def action_follow(self) -> None:
        if not self._ready():
            return
        refs = self.nav.xrefs_here()
        here = self.nav.current.id
        if not refs:
            self.notify(_("Geen verwijzing in {id}").format(id=here), markup=False)
            return
        firsts: dict[str, object] = {}
        for ref in refs:  # the first reference to each target, in reading order
            firsts.setdefault(ref.to, ref)
        targets = list(firsts.values())
        if len(targets) == 1:
            self._follow_to(here, targets[0].to)
            return
        from .views import ReferencesView

        def chosen(target: str | None) -> None:
            if target is not None:
                self._follow_to(here, target)

        self.app.push_screen(ReferencesView(self.doc, targets), chosen)

    def _follow_to(self, here: str, target: str) -> None:
        self.goto(self.nav.index_of(target), remember=True)
        self.notify(_("Verwijzing gevolgd: {here} → {target}; b gaat terug").format(here=here, target=target), markup=False)

    def _from_library(self) -> bool:
        stack = self.app.screen_stack
        return len(stack) > 1 and stack[-1] is self and (
            getattr(stack[-2], "is_library", False) or self.library is not None)

    def action_back(self) -> None:
        """Back in the jump history; with none left, back to the document list."""
        index = self.nav.back() if self._ready() else None
        if index is None:
            if self._from_library():
                self.app.pop_screen()
            elif self._ready():
                self.notify(_("Er is niets om naar terug te gaan"), markup=False)
            return
        self.nav.go(index)
        self.at_head = False
        self.position = self.nav.index
        self.show_current()

    def action_escape(self) -> None:
        if self.searching or (self.nav is not None and self.nav.query):
            self.close_search()
        elif self._from_library():
            self.app.pop_screen()
