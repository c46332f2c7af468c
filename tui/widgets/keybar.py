"""The key bar: one line of key hints at the bottom of a screen.

It shows what Textual's ``Footer`` shows (the active bindings marked
``show``, one per action, the command palette key on the right, keys that
are switched off dimmed) but as a single widget that renders in the first
frame. ``Footer`` mounts a widget per key and fills itself only after the
first frame, which made it the largest single cost of the reader's
start-up (each of its keys restyles itself when mounted).

Key names and descriptions come from the bindings (our own text, in the
interface's language: :mod:`tui.i18n`), so the bar is built as
:class:`~textual.content.Content`, never from markup.
"""

from __future__ import annotations

from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget

from ..i18n import _


class KeyBar(Widget, can_focus=False):
    """Key hints for the screen's active bindings, kept up to date (styled in
    ``tui/app.tcss``)."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"keybar--key", "keybar--description", "keybar--disabled"}

    def __init__(self, order: list[str] | None = None, **kwargs) -> None:
        """``order``: binding ids in the order their hints go (a remapped key
        keeps its place); bindings not listed follow, as Textual lists them."""
        super().__init__(**kwargs)
        self._rank = {binding_id: i for i, binding_id in enumerate(order or [])}
        #: (width, content) of the last render; dropped when the bindings change
        self._rendered: tuple[int, Content] | None = None

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        if self.is_attached and screen is self.screen:
            self._rendered = None
            self.refresh()

    def notify_style_update(self) -> None:
        self._rendered = None  # a new theme or NO_COLOR: new key styles
        super().notify_style_update()

    #: Actions whose hint stays when the bar is too narrow for every hint.
    PINNED = frozenset({"help", "quit", "command_palette"})

    def hints(self) -> list[tuple[str, str, bool, bool]]:
        """``(key as shown, description, enabled, pinned)`` for each hint, in order."""
        active = self.screen.active_bindings
        seen: set[str] = set()
        ranked: list[tuple[int, tuple[str, str, bool, bool]]] = []
        palette_key = self.app.COMMAND_PALETTE_BINDING
        last = len(self._rank)
        for key, (_node, binding, enabled, _tooltip) in active.items():
            if not binding.show or binding.action in seen or key == palette_key:
                continue
            seen.add(binding.action)
            hint = (self.app.get_key_display(binding), _(binding.description) if binding.description else "", enabled,
                    binding.action.rpartition(".")[2] in self.PINNED)
            ranked.append((self._rank.get(binding.id or "", last), hint))
        ranked.sort(key=lambda item: item[0])  # stable: unlisted keep their order
        out = [hint for _rank, hint in ranked]
        if self.app.ENABLE_COMMAND_PALETTE and palette_key in active:
            _node, binding, enabled, _tooltip = active[palette_key]
            # Textual's own binding says "palette"
            out.append((self.app.get_key_display(binding), _("palet"), enabled, True))
        return out

    def fitted(self, width: int) -> list[tuple[str, str, bool, bool]]:
        """The hints that fit in ``width`` cells, in order: the pinned ones
        (Help, Quit, the palette key) always, the others up to the first
        that does not fit."""
        hints = self.hints()

        def cells(hint: tuple[str, str, bool, bool]) -> int:
            key, description, _enabled, _pinned = hint
            return len(key) + 2 + (len(description) + 1 if description else 0)

        budget = width - sum(cells(h) for h in hints if h[3])
        out = []
        full = False
        for hint in hints:
            if not hint[3]:
                # the first that does not fit ends the others: hints are
                # dropped from the end, never from the middle
                full = full or cells(hint) > budget
                if full:
                    continue
                budget -= cells(hint)
            out.append(hint)
        return out

    def render(self) -> Content:
        # Working out the active bindings is the costly part, and Textual
        # renders the bar again for every frame that touches the screen.
        width = self.size.width
        if self._rendered is None or self._rendered[0] != width:
            self._rendered = (width, self._render_hints(width))
        return self._rendered[1]

    def _render_hints(self, width: int) -> Content:
        key_style = self.get_visual_style("keybar--key", partial=True)
        description_style = self.get_visual_style("keybar--description", partial=True)
        disabled_style = self.get_visual_style("keybar--disabled", partial=True)
        parts: list[tuple[str, object]] = []
        for key, description, enabled, _pinned in self.fitted(width):
            key_part, text_part = key_style, description_style
            if not enabled:
                key_part, text_part = key_part + disabled_style, text_part + disabled_style
            parts.append((f" {key} ", key_part))
            if description:
                parts.append((f"{description} ", text_part))
        return Content.assemble(*parts)
