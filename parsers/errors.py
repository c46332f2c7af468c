"""The one exception the parsers raise for bad input."""


class ParseError(Exception):
    """Input that cannot be read as a question round.

    ``str(error)`` is a single line meant for the user: it names the file
    and says what is wrong and, where possible, what to do about it.
    """

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))
