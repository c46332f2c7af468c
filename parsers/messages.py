"""Messages for the user, in Dutch, that the interface can show in its language.

The parsers stay pure (no interface code): a message is written in Dutch in
the code, marked with :func:`N_` so that ``python -m tui.i18n_build`` puts
it in the catalog, with named placeholders. :class:`Message` is the
formatted Dutch text (a ``str``: printing it, comparing it, putting it in a
JSON dump all work as for any string) that remembers its template and
parameters, so ``tui.i18n.localise`` can format the catalog's English
instead. A parameter may itself be a :class:`Message` (a reason inside a
sentence); it is localised with it.
"""

from __future__ import annotations




def N_(message: str) -> str:
    """Mark a Dutch message template for the catalog; returns it unchanged."""
    return message


class Message(str):
    """Dutch text made from ``template`` and ``params``; see the module."""

    template: str
    params: dict

    def __new__(cls, template: str, **params) -> Message:
        obj = super().__new__(cls, template.format(**params))
        obj.template = template
        obj.params = params
        return obj

    def __reduce__(self):  # pickled (a worker process) with its template
        return (_rebuild, (self.template, self.params))


def _rebuild(template: str, params: dict) -> Message:
    return Message(template, **params)
