"""The one exception the parsers raise for bad input."""

from __future__ import annotations



from .messages import Message


class ParseError(Exception):
    """Input that cannot be read as a question round.

    ``str(error)`` is a single line meant for the user, in Dutch: it names the
    file and says what is wrong and, where possible, what to do about it.
    Given ``params``, ``message`` is a template (marked with
    :func:`parsers.messages.N_`) and ``error.message`` a
    :class:`~parsers.messages.Message` the interface can show in English.
    """

    def __init__(self, message: str, **params) -> None:
        if params or not isinstance(message, Message):
            message = Message(message, **params) if params else message
        self.message = message
        super().__init__(" ".join(str(message).split()))
