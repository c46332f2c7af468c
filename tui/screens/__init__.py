"""The app's screens. Dialog screens load ``tui/dialogs.tcss`` when the
first of them opens (``CSS_PATH = DIALOGS_TCSS``), not at start-up."""

from pathlib import Path

#: The dialogs' styles (help, prompt, views, export).
DIALOGS_TCSS = Path(__file__).resolve().parent.parent / "dialogs.tcss"
