"""Command palette providers that keep the palette Swedish.

Textual's palette shows an English "No matches found" row when no provider yields a hit.
Each provider here yields one Swedish row instead, only when the provider it stands beside
matches nothing, using the same fuzzy matcher, so the English row never appears.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual.command import CommandPalette, Hit, Hits, Provider
from textual.theme import ThemeProvider

from pmtui.texts import tui as texts


class _NoMatchesRow(Provider):
    """One disabled-looking row, ``Inga träffar för …``, when nothing else matches."""

    def candidate_names(self) -> Iterable[str]:
        raise NotImplementedError

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        if not query.strip() or any(matcher.match(n) > 0 for n in self.candidate_names()):
            return
        message = texts.PALETTE_NO_MATCHES.format(query=query)
        yield Hit(0.0, Text(message, style="italic"), self._nothing, text=message)

    def _nothing(self) -> None:
        """Choosing the row only closes the palette."""


class NoCommandMatches(_NoMatchesRow):
    """Beside Textual's system commands (every binding of the screen, and the theme)."""

    def candidate_names(self) -> Iterable[str]:
        return (command.title for command in self.app.get_system_commands(self.screen))


class NoThemeMatches(_NoMatchesRow):
    """Beside Textual's theme list."""

    def candidate_names(self) -> Iterable[str]:
        return self.app.available_themes


def theme_palette() -> CommandPalette:
    """The theme chooser, with a Swedish prompt and no English "No matches found"."""
    return CommandPalette(
        providers=[ThemeProvider, NoThemeMatches], placeholder=texts.THEME_PLACEHOLDER
    )
