"""Every text a user reads, in Swedish, kept in one place so that it can be translated.

Each layer has its own module (``texts.model``, ``texts.format`` …); code refers to the
names, never to literal Swedish strings.
"""
