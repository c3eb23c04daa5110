"""Swedish texts of the guard for personal data (personnummer and samordningsnummer)."""

# --- what was found ------------------------------------------------------------------------
KIND_PERSONNUMMER = "personnummer"
KIND_SAMORDNINGSNUMMER = "samordningsnummer"
KIND_OWN_PATTERN = "eget mönster {number}"
MASK = "•"
PART_FRONT_MATTER = "front matter"
PART_BODY = "brödtexten"
PART_SECTION = "avsnitt {heading!r}"
HIT = "{kind} {masked}"
HIT_LOCATED = "  {path}:{line}: {part}: {kind} {masked}"

# --- own patterns (git config pmtui.personalDataPattern) -----------------------------------
PATTERN_KEY = "pmtui.personalDataPattern"
PATTERN_INVALID = (
    "git config {key}, värde {number} ({pattern!r}) är inget giltigt reguljärt uttryck ({reason})"
)
PATTERN_REASON_AT = "fel vid tecken {position}"
PATTERN_REASON = "kan inte tolkas"
PATTERN_EMPTY = "mönstret är tomt"
PATTERN_INVALID_HINT = (
    "Rätta mönstret med 'git config --edit' eller ta bort det med "
    "'git config --unset-all {key}'. Din text finns kvar."
)

# --- a save refused ------------------------------------------------------------------------
FOUND = "{case} innehåller personuppgifter och sparades inte ({count}):\n{hits}"
FOUND_COUNT = ("1 träff", "{n} träffar")
FOUND_HINT = (
    "Inget har skrivits eller checkats in. Ta bort numret och spara igen. Har du granskat "
    'uppgiften och den ska stå kvar: spara med --personuppgifter-granskat "skäl"; skälet '
    "skrivs i incheckningen som 'Personuppgifter: granskat – skäl'."
)
# The trailer that records an override in the commit message.
TRAILER = "Personuppgifter: granskat – {reason}"
TRAILER_KEY = "Personuppgifter"
HELP_REVIEWED = (
    "Spara trots personnummer eller samordningsnummer i ärendet: du har granskat uppgiften, "
    "och SKÄL skrivs i incheckningen som 'Personuppgifter: granskat – SKÄL'."
)
REASON_EMPTY = '--personuppgifter-granskat behöver ett skäl (till exempel "samtycke finns")'

# --- pmtui check ---------------------------------------------------------------------------
CHECK_HIT = "{kind} {masked}: personuppgifter ska inte finnas i ett ärende"

# --- pmtui guard ---------------------------------------------------------------------------
HELP_GUARD = (
    "Sök efter personnummer och samordningsnummer i ärendefiler; med --staged i det som "
    "är förberett för incheckning (för en pre-commit-krok)."
)
HELP_GUARD_STAGED = (
    "Sök i de ärendefiler som är förberedda för incheckning (git add) och skiljer sig från HEAD."
)
HELP_GUARD_PATHS = "Filer eller mappar att söka i (standard: cases/)."
GUARD_HEADER = "pmtui: personuppgifter hittades ({count})"
GUARD_HINT = (
    "Ta bort numret innan ärendet checkas in, eller spara med --personuppgifter-granskat "
    '"skäl" om du har granskat uppgiften och den ska stå kvar.'
)
GUARD_HEADER_STAGED = "pmtui: personuppgifter hittades ({count}); inget checkades in"
GUARD_HINT_STAGED = (
    "Ta bort numret och kör 'git add' igen. Har du granskat uppgiften och den ska stå "
    'kvar: PMTUI_PERSONUPPGIFTER_GRANSKAT="skäl" git commit --trailer '
    '"Personuppgifter: granskat – skäl" …'
)
GUARD_CLEAN = "pmtui: inga personuppgifter hittades ({files})"
GUARD_FILES = ("1 fil", "{n} filer")
GUARD_REVIEWED = (
    "pmtui: personuppgifter granskade ({reason}); skriv raden "
    "'Personuppgifter: granskat – {reason}' i incheckningsmeddelandet"
)
GUARD_STAGED_AND_PATHS = "--staged söker i det som är förberett för incheckning; ange inga filer"
GUARD_INCOMPLETE = "alla filer kunde inte sökas igenom; rätta felen ovan och kör igen"
GUARD_NO_INDEX = "kan inte läsa det som är förberett för incheckning: {error}"

# --- pmtui git-setup --installera-krok -----------------------------------------------------
HELP_INSTALL_HOOK = (
    "Installera också en pre-commit-krok som stoppar personnummer när du checkar in med "
    "vanlig git commit."
)
HOOK_INSTALLED = "pre-commit-kroken är installerad: {path}"
HOOK_ALREADY = "pre-commit-kroken kör redan pmtui guard: {path}"
HOOK_EXISTS = (
    "{path} finns redan och skrivs inte över. Lägg till den här raden i den för att stoppa "
    "personnummer:\n{line}"
)
HOOK_OFFER = (
    "Tips: 'pmtui git-setup --installera-krok' installerar en pre-commit-krok som stoppar "
    "personnummer även när du checkar in med vanlig git commit."
)
HOOK_PMTUI_MISSING = (
    "pmtui: programmet pmtui finns inte (sökte {path} och i PATH); personnummerkontrollen "
    "kunde inte köras. Installera pmtui eller kör 'pmtui git-setup --installera-krok' igen."
)
HOOK_OPEN_FAILED = "kan inte öppna Git-arkivet {path}: {error}"
HOOK_WRITE_FAILED = "kan inte skriva pre-commit-kroken {path}: {error}"

# --- the app: a save refused, and the override with a reason --------------------------------
APP_TITLE = "Personuppgifter i ärendet"
APP_QUESTION = (
    "Inget har sparats, och texten finns kvar i redigeraren. Ta bort numret och spara igen, "
    "eller, om du har granskat uppgiften och den ska stå kvar, skriv skälet nedan och välj "
    "'Spara ändå'. Skälet skrivs i incheckningen som 'Personuppgifter: granskat – skäl'."
)
REASON_PLACEHOLDER = "Skäl, t.ex. 'offentlig uppgift i beslutet'"
REASON_NEEDED = "Skriv ett skäl för att spara ändå."
BUTTON_KEEP = "Spara ändå (granskat)"
