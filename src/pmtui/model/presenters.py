"""The line that names the presenting commissioners, as a document prints it.

A modern PM prints ``Föredragande borgarrådet Karin Wanngård``; utlåtanden and older PMs
print the formula ``Föredragande borgarrådet NN anför följande.`` (two or more:
``Föredragande borgarråden A och B anför följande.``).
"""

from __future__ import annotations

from pmtui.texts import document as texts


def presenters_formula(names: list[str], *, formula: bool) -> str:
    """``Föredragande borgarrådet A`` / ``… borgarråden A, B och C``, with ``anför
    följande.`` after the names when ``formula``."""
    if len(names) == 1:
        line = texts.PRESENTER_ONE.format(name=names[0])
    else:
        joined = ", ".join(names[:-1]) + texts.AND + names[-1]
        line = texts.PRESENTERS_MANY.format(names=joined)
    return line + texts.FORMULA_END if formula else line
