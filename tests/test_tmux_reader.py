"""The reader in a real terminal (tmux): what a user sees on the seed document.

Starts ``vragenronde`` on the seed inside a private tmux server, sends keys,
and reads the screen with ``capture-pane``: SP-4's question and answer side
by side, a search hit highlighted (reverse video in the escape codes), the
answer copied into tmux's paste buffer through OSC 52, and ``q`` leaving the
terminal as it was.
"""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

import pytest

from tests.corpus import SHARED, need_shared
from tests.tmux_util import TMUX, Tmux

pytestmark = [pytest.mark.skipif(TMUX is None, reason="tmux is not installed"), need_shared]

SEED = SHARED / "corpus" / "eerstekamer-36800-K-F.txt"


def _start(t: Tmux, tmp_path) -> None:
    cmd = f"{shlex.quote(sys.executable)} -m tui.cli --no-cache {shlex.quote(str(SEED))}; echo EXITED $?"
    t.start(cmd, env={"TERM": "xterm-256color", "VRAGENRONDE_CACHE_DIR": str(tmp_path / "cache"),
                      },
            cwd=Path(__file__).resolve().parent.parent)
    t.wait_for(lambda s: "Vraag 1 · SP · SP-1" in s, what="the first question")


def test_seed_sp4_side_by_side_search_copy_and_quit(tmp_path):
    with Tmux(tmp_path / "sock", width=160, height=45) as t:
        _start(t, tmp_path)
        t.send_text(":")
        t.wait_for(lambda s: "Jump to" in s or "SP-4" in s or "question" in s.lower(), what="the jump prompt")
        t.send_text("SP-4")
        t.press("Enter")
        screen = t.wait_for(lambda s: "Vraag 4 · SP · SP-4" in s, what="SP-4")
        # question (middle pane) and answer (right pane) on the same rows
        rows = screen.splitlines()
        side = [r for r in rows if "De regering stelt voorts" in r and "Antwoord 4a." in r]
        side += [r for r in rows if "Amerikaanse producenten" in r and "In de beantwoording" in r]
        assert side, screen
        # search: every hit is shown in reverse video
        t.send_text("/")
        t.send_text("miljard")
        t.press("Enter")
        t.wait_for(lambda s: "treffer 1/" in s, what="the search status")
        coded = t.tmux("capture-pane", "-p", "-e", "-t", t.session)
        hit_line = next(ln for ln in coded.splitlines() if "miljard" in ln)
        # reverse video (SGR 7) is switched on right before the hit
        assert re.search(r"\x1b\[(?:[0-9]*;)*7(?:;[0-9]*)*m(?:\x1b\[[0-9;]*m)*miljard", hit_line), hit_line
        t.press("Escape")
        # (wait: an ESC followed at once by a key reads as Alt+key)
        t.wait_for(lambda s: "treffer 1/" not in s, what="the search closed")
        # copy the answer: OSC 52 reaches tmux's paste buffer
        t.send_text("y")
        t.wait_for(lambda s: "gekopieerd" in s, what="the copy notification")
        buffer = t.tmux("show-buffer")
        assert buffer.startswith("Antwoord 4a.") or "In de beantwoording van de feitelijke vragen" in buffer
        # quit restores the shell
        t.send_text("q")
        final = t.wait_for(lambda s: "EXITED 0" in s, what="a clean exit")
        assert "Vraag 4" not in final
