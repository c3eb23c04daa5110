"""Swedish texts of version comparison, blame and the git set-up: labels, headings, help."""

# Parts of a case in a comparison.
BLOCK_INTRO = "beslutsblock {number}, inledning"
BLOCK_BOARD_INTRO = "beslutsblock {number}, beredningens inledning"
DECLINED = "avstått"
RESERVATION = "reservation"
SPECIAL_STATEMENT = "särskilt uttalande"
DEPUTY_STATEMENT = "ersättaryttrande"

HEADING_FIELDS = "Uppgifter"
HEADING_POINTS = "Att-satser"
HEADING_SECTIONS = "Avsnitt"
HEADING_RAW = "Filen rad för rad (kunde inte läsas som ett ärende)"

FIELD_CHANGED = "{label}: {old} → {new}"
FIELD_ADDED = "{label}: (ny) {new}"
FIELD_REMOVED = "{label}: (borttagen) {old}"

POINT_ADDED = "att-sats {number} (ny): {text}"
POINT_REMOVED = "att-sats {number} (borttagen): {text}"
POINT_REWORDED = "att-sats {number} (omformulerad): {text}"
POINT_REWORDED_RENUMBERED = "att-sats {old} → {new} (omformulerad): {text}"
POINT_REWORDED_MOVED = "att-sats {old} → {new} (flyttad och omformulerad): {text}"
POINT_MOVED = "att-sats {old} → {new} (flyttad): {text}"

SECTION_ADDED = "(nytt avsnitt)"
SECTION_REMOVED = "(borttaget avsnitt)"
SECTION_CHANGED = "(ändrat)"
SECTION_RENAMED = "(hette {old})"
SECTION_UNCHANGED = "(oförändrat)"
SKIPPED = "…"
PARAGRAPH_MARK = "¶"
MOVED_MARK = "(flyttad)"

NO_CHANGES = "Inga ändringar."
NO_SECTION_MATCH = "inget avsnitt matchar {query!r}; avsnitten heter: {headings}"
COMPARING = "Jämför {old} med {new}"
CONTEXT_NEGATIVE = "--context måste vara 0 eller mer"
WORKING_FILE = "filen på disk"
NO_VERSION = "(finns inte)"
NO_VERSION_AT_ALL = "ärendet {case!r} finns inte i någon av versionerna"
MERGE_BASE_LABEL = "gemensam bas för {old} och {new} ({commit})"
NO_MERGE_BASE = "{old} och {new} har ingen gemensam historik; jämför dem med {old}..{new}"
RANGE_AND_REVISION = (
    "ange antingen ett intervall ({range}) eller två versioner, inte båda (fick också {rev})"
)
RANGE_NOT_SECOND = "ett intervall ({rev}) skrivs som första version: pmtui diff DNR A..B"
RANGE_INVALID = "ogiltigt intervall {range!r}: skriv A..B eller A...B"
SIDE_OLD = "Före"
SIDE_NEW = "Efter"

# Blame.
BLAME_LINE = "{commit} {author} {date}  {text}"
BLAME_NO_HISTORY = "{dnr} har ingen historik i Git ännu (inga incheckningar av filen)"

# CLI help.
HELP_DIFF = "Jämför två versioner av ett ärende: uppgifter, att-satser och avsnitt, ord för ord."
HELP_DIFF_A = (
    "Version att jämföra från: incheckning, gren, tagg eller milstolpe (t.ex. remiss). "
    "Utan A och B: filen på disk mot senaste incheckningen. Som i git: A..B jämför A med B "
    "och A...B jämför B med där A och B gick isär (den gemensamma basen); en tom sida är HEAD."
)
HELP_DIFF_B = "Version att jämföra till (standard: filen på disk)."
HELP_SECTION = (
    "Visa bara avsnitt vars rubrik börjar med NAMN (skiftlägesokänsligt; "
    "'synpunkter' träffar 'Föredragande borgarrådets synpunkter')."
)
HELP_WORD = "Visa ändringar ord för ord inom meningar (standard)."
HELP_LINE = "Visa ändrade meningar hela, utan markering av ord."
HELP_SIDE_BY_SIDE = "Visa före och efter i två spalter."
HELP_COLOR = "Färg: auto (bara i terminal), always eller never ([-bort-]{+till+})."
HELP_JSON = "Skriv ut jämförelsen som JSON."
HELP_CONTEXT = "Antal oförändrade meningar att visa runt varje ändring (standard 1)."
HELP_BLAME = (
    "Visa för varje mening i ett avsnitt vilken incheckning och vem som senast ändrade den."
)
HELP_CASE = "Diarienummer ('KS 2023/886'), filnamn ('ks-2023-886') eller sökväg i arkivet."
HELP_GIT_SETUP = "Ställ in git så att 'git diff --word-diff', 'git log -p --word-diff' och alias som 'git wlog' visar ärendefiler ord för ord."
HELP_GIT_SETUP_PRINT = "Ändra inget; skriv bara ut git config-raderna."
GIT_SETUP_DONE = "git är inställt för ärendefiler i {path}:"
GIT_SETUP_NO_ATTRIBUTES = (
    "obs: .gitattributes saknar raden '{line}'; lägg till den så att git använder inställningen"
)
