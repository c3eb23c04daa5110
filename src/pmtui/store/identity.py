"""Who and when: the commit signature from git config and an injectable clock."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable

import pygit2

from pmtui.store.errors import IdentityMissing
from pmtui.texts import store as texts

Clock = Callable[[], dt.datetime]
NOW_VARIABLE = "PMTUI_NOW"


def system_clock() -> dt.datetime:
    """Now, as an aware local time; ``PMTUI_NOW`` (ISO 8601) fixes it for tests and demos."""
    fixed = os.environ.get(NOW_VARIABLE)
    if fixed:
        moment = dt.datetime.fromisoformat(fixed)
        return moment if moment.tzinfo else moment.astimezone()
    return dt.datetime.now().astimezone()


def signature_at(name: str, email: str, moment: dt.datetime) -> pygit2.Signature:
    aware = moment if moment.tzinfo else moment.astimezone()
    offset = aware.utcoffset() or dt.timedelta(0)
    return pygit2.Signature(name, email, int(aware.timestamp()), int(offset.total_seconds() // 60))


Identity = tuple[str, str]  # (name, email)


def user_signature(
    repo: pygit2.Repository, clock: Clock, identity: Identity | None = None
) -> pygit2.Signature:
    """The configured user (or ``identity``) at the clock's time; ``IdentityMissing`` if
    git has none."""
    if identity is not None:
        return signature_at(identity[0], identity[1], clock())
    config = repo.config
    try:
        name = config["user.name"]
        email = config["user.email"]
    except (KeyError, pygit2.GitError):
        raise IdentityMissing(texts.IDENTITY_MISSING, texts.IDENTITY_MISSING_HINT) from None
    if not str(name).strip() or not str(email).strip():
        raise IdentityMissing(texts.IDENTITY_MISSING, texts.IDENTITY_MISSING_HINT)
    return signature_at(str(name), str(email), clock())


def when_of(signature: pygit2.Signature) -> dt.datetime:
    """A signature's time as an aware datetime in its own offset."""
    zone = dt.timezone(dt.timedelta(minutes=signature.offset))
    return dt.datetime.fromtimestamp(signature.time, zone)
