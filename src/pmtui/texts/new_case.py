"""Swedish texts of the new-case form in the app (Ctrl+N in the case list)."""

# --- the form ---------------------------------------------------------------------------
TITLE = "Nytt ärende"
FIELD_LABELS = {
    "dnr": "Diarienummer",
    "handling": "Handling",
    "rubrik": "Rubrik",
    "rotel": "Rotel",
    "föredragande": "Föredragande",
}
FIELD_HINTS = {
    "dnr": "t.ex. KS 2024/123 eller 155-1302/2015",
    "handling": "PM eller Utlåtande",
    "rubrik": "ärendets rubrik",
    "rotel": "romerska siffror, t.ex. I eller I+VII",
    "föredragande": "ett eller flera namn, skilda med komma eller semikolon",
}
FORM_HELP = "Enter: nästa fält (i sista fältet: skapa) · Ctrl+S: skapa · Esc: avbryt"
BUTTON_CREATE = "Skapa"
BUTTON_CANCEL = "Avbryt"

# --- what is wrong with a field -----------------------------------------------------------
FIELD_EMPTY = {
    "dnr": "Fyll i diarienumret, t.ex. KS 2024/123.",
    "rubrik": "Fyll i ärendets rubrik.",
    "rotel": "Fyll i rotel, t.ex. I eller I+VII.",
    "föredragande": "Fyll i minst ett namn.",
}
CASE_EXISTS = (
    "Ärendet {dnr} finns redan ({path}). Välj ett annat diarienummer, eller öppna ärendet "
    "från listan."
)
FIX_FIRST = "Ärendet skapades inte: rätta fälten som är markerade."

# --- keys (footer, help and the command palette) -------------------------------------------
KEY_NEW = "Nytt"
KEY_NEW_HELP = "Skapa ett nytt ärende i ett formulär (en commit)"
KEY_CREATE = "Skapa"
KEY_CREATE_HELP = "Skapa ärendet som en commit och öppna det"
KEY_CANCEL = "Avbryt"
KEY_CANCEL_HELP = "Stäng formuläret utan att skapa något (frågar först om du har skrivit)"
KEY_HELP = "Hjälp"
KEY_HELP_HELP = "Visa alla tangenter i formuläret"

# --- creating -------------------------------------------------------------------------------
CREATING = "Skapar redan ärendet … (vänta tills det är klart)"
CREATED = "Ärendet {dnr} är skapat: {commit} {summary}"
CREATED_WARNING = "Skapat, men: {warning}"
DISCARD_TITLE = "Kasta det nya ärendet?"
DISCARD_QUESTION = "Det du har skrivit i formuläret sparas inte."
BUTTON_DISCARD = "Kasta"
BUTTON_KEEP_WRITING = "Fortsätt skriva"
ERROR_TITLE = "Kunde inte skapa ärendet"
ERROR_KEPT = "Det du skrev finns kvar i formuläret."
ERROR_UNEXPECTED = "Ett oväntat fel inträffade: {error}"
ERROR_UNEXPECTED_HINT = "Kör igen med PMTUI_DEBUG=1 för detaljer och rapportera felet."
HOOK_REFUSED_TITLE = "En Git-krok stoppade det nya ärendet"
HOOK_SKIP_QUESTION = (
    "Det du skrev finns kvar i formuläret och som en ny fil som inte är incheckad. Rätta det "
    "kroken klagar på och skapa igen, eller skapa utan kontrollkrokarna (pre-commit och "
    "commit-msg), som 'git commit --no-verify'."
)
BUTTON_CLOSE = "Stäng"
BUTTON_CREATE_WITHOUT_HOOKS = "Skapa utan krokarna"
