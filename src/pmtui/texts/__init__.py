"""Every text a user reads, in Swedish, kept in one place so that it can be translated.

Each layer has its own module (``texts.model``, ``texts.format`` …); code refers to the
names, never to literal Swedish strings.
"""


def counted(n: int, forms: tuple[str, str], **values: object) -> str:
    """``1 fil`` or ``3 filer``: a count with the form it takes in Swedish (0 is plural).
    ``forms`` is (singular, plural), each formatted with ``n`` and ``values``."""
    return forms[n != 1].format(n=n, **values)
