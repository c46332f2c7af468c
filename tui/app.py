"""The vragenronde reader app.

``create_app(path, ...)`` builds the app (tests use it); ``run_app(...)`` runs
it (the CLI calls it). A file opens in the reader at the first question of
the first faction; a folder opens a document list first.
"""

from __future__ import annotations

import gc
import threading
import time
from concurrent.futures import Future
from pathlib import Path
from typing import Callable, Iterable

from textual.app import App, SystemCommand

from .bindings import APP_BINDINGS
from .commands import ReaderCommands
from .i18n import _

Parser = Callable[[Path], object]


def _default_cache(no_cache: bool):
    """The shared parse cache, or None (disabled, missing, or unusable)."""
    if no_cache:
        return None
    try:
        from parsers.cache import default_cache
    except Exception:
        return None
    try:
        return default_cache() if callable(default_cache) and not hasattr(default_cache, "load") else default_cache
    except Exception:
        return None


_frozen = False


def _freeze_imported_objects() -> None:
    """Exempt everything alive now from garbage collection, once per process.

    After the imports, Python's heap holds a few hundred thousand long-lived
    objects (Textual's and Rich's modules, classes, functions). Each full
    collection walks all of them: about 40 ms here, which used to land in
    the first frame and later in the middle of key presses. They live as
    long as the process, so ``gc.freeze()`` moves them to the permanent
    generation; objects made later are collected as usual.
    """
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()


def _start_lookup(path: Path, no_cache: bool, prefetch=None,
                  on_warning: Callable[[], None] | None = None) -> tuple[Future, Future | None]:
    """Look ``path`` up in the cache on a thread, at once.

    Returns two futures. The first's result is ``(cache, light document or
    None)``. Started when the app is built, so the lookup (hashing the file,
    reading the entry) overlaps Textual's start-up instead of following it.
    The second, only with ``prefetch`` (:mod:`tui.prefetch`: a child
    process parsing ``path`` since before Textual was imported), is the
    child's parse read as a cached document is read (or None: a cache hit,
    a failed parse); a cache miss does not wait for it, so the reader's
    first frame does not either. Then the child is reaped, and a cache
    warning it sends (the entry could not be written) goes to the cache and
    ``on_warning()``.
    """
    future: Future = Future()
    prefetched: Future | None = Future() if prefetch is not None else None

    def lookup() -> None:
        cache = doc = None
        try:
            cache = _default_cache(no_cache)
            doc = cache.load_light(path) if cache is not None else None
        except BaseException as exc:  # reported to whoever asks for the result
            future.set_exception(exc)
        else:
            future.set_result((cache, doc))
        if prefetch is None:
            return
        found = None
        try:
            if doc is None:
                from parsers.cache import light_from_payload

                payload = prefetch.payload()
                found = light_from_payload(payload) if payload is not None else None
        finally:
            prefetched.set_result(found)
            warning = prefetch.close()
        if warning and cache is not None and cache.warning is None:
            cache.warning = warning
            if on_warning is not None:
                on_warning()

    threading.Thread(target=lookup, name="vragenronde-cache-lookup", daemon=True).start()
    return future, prefetched


def _parse_uncached(path: Path):
    from parsers.pipeline import parse_source
    from parsers.readers import read_path

    return parse_source(read_path(path))


class ReaderApp(App[None]):
    """Reads question rounds: outline, question and answer side by side."""

    CSS_PATH = ["app.tcss"]
    TITLE = "vragenronde"
    BINDINGS = APP_BINDINGS
    #: One provider: the reader's commands and the app's own, in the
    #: interface's language (it replaces Textual's English system commands).
    COMMANDS = {ReaderCommands}
    #: Below 110 columns the question and answer panes stack.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (20, "-tall")]

    def __init__(self, path: str | Path, *, no_cache: bool = False, plain: bool = False,
                 ascii: bool = False, parser: Parser | None = None) -> None:
        _freeze_imported_objects()
        # plain: the terminal's own 16 ANSI colours, no truecolor theme
        super().__init__(ansi_color=True if plain else None)
        self.path = Path(path)
        if self.path.is_dir():  # the document list's styles, for a folder only
            self.css_path.append(Path(__file__).resolve().parent / "library.tcss")
        self.no_cache = no_cache
        self.plain = plain
        self.ascii_only = ascii
        self._parser = parser
        self._cache = None
        self._cache_ready = False
        self._cache_lock = threading.Lock()
        #: The cache lookup of the start document (a file, default parser).
        self._lookup: Future | None = None
        #: The start document parsed by a child process (tui/prefetch.py), if one was started.
        self._prefetched: Future | None = None
        if parser is None and not self.path.is_dir():
            from . import prefetch

            self._lookup, self._prefetched = _start_lookup(
                self.path, no_cache, prefetch.take(self.path), self._late_cache_warning)
        if plain:
            self.theme = "ansi-dark"

    def get_default_screen(self):
        """The first screen: the reader for a file, the document list for a
        folder. It is the bottom of the screen stack itself (not pushed over
        Textual's empty default screen, which would be composed, styled and
        resized for nothing)."""
        if self.path.is_dir():
            from .screens.library import LibraryScreen

            return LibraryScreen(self.path)
        from .screens.reader import ReaderScreen

        return ReaderScreen(self.path)

    def on_ready(self) -> None:
        """The first frame is on screen: garbage collection back on, if the
        command line paused it for the start (tui/startup.py)."""
        from . import startup

        startup.resume()

    def on_mount(self) -> None:
        if self.ascii_only:
            from .ascii_filter import AsciiFilter

            self.add_class("-ascii")
            self._filters.append(AsciiFilter())
        self._apply_keymap()

    def _apply_keymap(self) -> None:
        """Remap keys from the user's keymap file (tui/keymap.py)."""
        from .bindings import all_binding_ids
        from .keymap import load_keymap

        keymap, problem = load_keymap(all_binding_ids)
        if keymap:
            try:
                self.set_keymap(keymap)
            except Exception as exc:  # noqa: BLE001 - a keymap Textual refuses is ignored, never fatal
                self.set_keymap({})
                problem = _("toetsenindeling genegeerd: {error}").format(
                    error=" ".join(str(exc).split()) or type(exc).__name__)
        if problem:
            self.notify(problem, severity="warning", markup=False, timeout=8)

    # -- command palette ------------------------------------------------
    def push_screen(self, screen, callback=None, wait_for_dismiss: bool = False, *, mode=None):
        """Push ``screen``; a view over the reader (a modal screen: a list,
        help, a prompt, the palette) first clears the notifications, which
        said something about the screen below and would lie over the view."""
        from textual.screen import ModalScreen

        if isinstance(screen, ModalScreen):
            self.clear_notifications()
        return super().push_screen(screen, callback, wait_for_dismiss, mode=mode)

    def get_system_commands(self, screen) -> Iterable[SystemCommand]:
        """The app's own palette commands: theme, keys, screenshot, quit."""
        yield SystemCommand(_("Thema"), _("Kies een ander kleurthema"), self.action_change_theme)
        if hasattr(screen, "action_help"):
            yield SystemCommand(_("Toetsen"), _("Alle toetsen en wat ze doen (?)"), screen.action_help)
        yield SystemCommand(_("Schermafdruk"), _("Bewaar het scherm als SVG-bestand in de huidige map"),
                            lambda: self.set_timer(0.1, self.action_save_screenshot))
        yield SystemCommand(_("Stoppen"), _("Sluit vragenronde (q)"), self.exit)

    def action_command_palette(self) -> None:
        from textual.command import CommandPalette

        from .commands import Palette

        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(Palette(placeholder=_("Zoek een opdracht, vraag of fractie…"),
                                     id="--command-palette"))

    def search_themes(self) -> None:
        from textual.theme import ThemeProvider

        from .commands import Palette

        self.push_screen(Palette(providers=[ThemeProvider], placeholder=_("Zoek een thema…")))

    def action_save_screenshot(self) -> Path | None:
        """Save the screen as an SVG file in the current folder (a new file,
        never over an existing one) and say where; returns the path."""
        from .screenshot import save_svg

        stamp = time.strftime("%Y%m%d-%H%M%S")
        try:
            path = save_svg(self.export_screenshot(), Path.cwd(), f"vragenronde-{stamp}")
        except OSError as exc:
            self.notify(_("Schermafdruk niet bewaard: {reason}").format(reason=exc.strerror or exc),
                        severity="error", markup=False)
            return None
        self.notify(_("Schermafdruk bewaard in {path}").format(path=path), markup=False, timeout=8)
        return path

    def cache_warning_once(self) -> None:
        """Say once, in the app, why parses are not cached (if they are not)."""
        warning = getattr(self._cache, "warning", None) if self._cache is not None else None
        if warning and not getattr(self, "_cache_warned", False):
            self._cache_warned = True
            self.notify(warning, severity="warning", markup=False, timeout=8)

    def _late_cache_warning(self) -> None:
        """The start document's parse could not be cached (the child of
        :mod:`tui.prefetch` said so after the document was shown): say it now."""
        try:
            self.call_from_thread(self.cache_warning_once)
        except RuntimeError:  # not running (yet, or any more): the start shows it, or nobody
            pass

    def _take_lookup(self, timeout: float | None):
        """The start document found by the cache lookup (or None if the
        cache had none), once: later calls, and calls while the lookup is
        still running after ``timeout`` seconds, get None. Adopts the
        lookup's cache as the app's."""
        with self._cache_lock:
            lookup = self._lookup
        if lookup is None:
            return None
        try:
            cache, doc = lookup.result(timeout)
        except TimeoutError:  # still hashing or reading: a worker will ask again
            return None
        except Exception:  # the lookup failed: parse as without it
            cache, doc = _default_cache(self.no_cache), None
        with self._cache_lock:
            if self._lookup is not lookup:  # another thread took it meanwhile
                return None
            self._lookup = None
            if not self._cache_ready:
                self._cache, self._cache_ready = cache, True
        return doc

    def _take_prefetched(self, timeout: float | None):
        """The start document parsed by the child process, once (None if
        there is none, it failed, or it is not ready within ``timeout`` s)."""
        with self._cache_lock:
            prefetched = self._prefetched
        if prefetched is None:
            return None
        try:
            doc = prefetched.result(timeout)
        except TimeoutError:
            return None
        with self._cache_lock:
            if self._prefetched is not prefetched:
                return None
            self._prefetched = None
        return doc

    def cached_start_document(self, path: Path, timeout: float):
        """The start document from the cache, or parsed by the child process
        (tui/prefetch.py), if it is there within ``timeout`` seconds; else
        None (then a worker waits for it or parses). Called by the reader
        before its first paint, so a cached document is shown at once,
        without a loading frame, and a parse that ends soon after does not
        cost a loading frame and a second styling of the whole screen."""
        if Path(path) != self.path:
            return None
        deadline = time.monotonic() + timeout
        return (self._take_lookup(timeout)
                or self._take_prefetched(max(0.0, deadline - time.monotonic())))

    def _shared_cache(self):
        """The parse cache for this app."""
        with self._cache_lock:
            if not self._cache_ready:
                self._cache = _default_cache(self.no_cache)
                self._cache_ready = True
            return self._cache

    def parse_document(self, path: Path):
        """Parse ``path`` (called from worker threads). Raises ParseError."""
        if self._parser is not None:
            return self._parser(Path(path))
        if Path(path) == self.path:
            # the start lookup may have finished after the first paint gave up
            # on it; the child process may be parsing it (tui/prefetch.py)
            doc = self._take_lookup(None) or self._take_prefetched(None)
            if doc is not None:
                return doc
        cache = self._shared_cache()
        if cache is not None:
            # a cache hit needs neither the readers nor the grammars
            return cache.load(Path(path), lambda: _parse_uncached(Path(path)))
        return _parse_uncached(Path(path))

    def open_library(self, folder: Path):
        """A :class:`parsers.library.Library` for ``folder`` (called from a
        worker thread; it parses with the app's parser). Raises ParseError."""
        from parsers.library import Library

        parse = None
        if self._parser is not None:
            parser = self._parser

            def parse(path, cache=None):
                return parser(Path(path))
        return Library(folder, no_cache=self.no_cache, parse=parse)


def create_app(path: str | Path, *, no_cache: bool = False, plain: bool = False,
               ascii: bool = False, parser: Parser | None = None) -> ReaderApp:
    """Build the reader for ``path`` (a document or a folder).

    ``parser`` replaces ``parsers.parse_path`` (tests pass hand-built
    documents this way).
    """
    return ReaderApp(path, no_cache=no_cache, plain=plain, ascii=ascii, parser=parser)


def _forget_stale_size() -> None:
    """Drop exported ``COLUMNS``/``LINES`` when the terminal can tell its size.

    Rich prefers those variables to the terminal's own size, so a value
    exported by a script or another program (80x24, say) would squeeze the
    reader into a corner of a larger window until the first resize.
    """
    import os
    import sys

    try:
        os.get_terminal_size(sys.__stdout__.fileno())
    except (OSError, ValueError, AttributeError):
        return
    os.environ.pop("COLUMNS", None)
    os.environ.pop("LINES", None)


def run_app(path: str | Path, *, no_cache: bool = False, plain: bool = False,
            ascii: bool = False) -> int:
    """Run the reader on ``path`` until the user quits; returns an exit code."""
    _forget_stale_size()
    app = create_app(path, no_cache=no_cache, plain=plain, ascii=ascii)
    app.run()
    return app.return_code or 0
