"""The app's screens. Dialog screens load ``tui/dialogs.tcss`` when the
first of them opens (``CSS_PATH = DIALOGS_TCSS``), not at start-up; the
library's search, register and overview screens ``tui/library_views.tcss``
likewise (``CSS_PATH = LIBRARY_VIEWS_TCSS``)."""

from pathlib import Path

#: The dialogs' styles (help, prompt, views, export).
DIALOGS_TCSS = Path(__file__).resolve().parent.parent / "dialogs.tcss"

#: The library's search, register of commitments and overview screens.
LIBRARY_VIEWS_TCSS = Path(__file__).resolve().parent.parent / "library_views.tcss"
