"""Swedish texts of archiving and deleting a case: commit messages, the store's refusals and
recovery notes, the ``archive`` and ``delete`` commands, and the case list's keys and dialogs."""

# --- commit messages (the summary after "KS 2023/886: ") -----------------------------------
ARCHIVED_SUMMARY = "arkiverade ärendet"
RESTORED_SUMMARY = "återställde ärendet från arkivet"
DELETED_SUMMARY = "tog bort ärendet"

# How a flag that is set (``arkiverad: true``) reads in a comparison: "arkiverad: ja".
FLAG_SET = "ja"

# --- the store ---------------------------------------------------------------------------
DELETE_NOT_COMMITTED = "{path} är inte incheckat i grenen; det finns inget ärende att ta bort"
DELETE_NOT_COMMITTED_HINT = (
    "En fil som aldrig har checkats in tar du bort själv (rm {path}); pmtui tar bara bort "
    "ärenden som finns i Git, så att texten finns kvar i historiken."
)
DELETE_UNSAVED = "{path} har ändringar på disken som inte är incheckade; ärendet togs inte bort"
UNSAVED_ON_DISK = (
    "{path} har ändringar på disken som inte är incheckade; pmtui arkiverar och tar bort "
    "bara ärenden som är sparade"
)
UNSAVED_HINT = (
    "Spara ändringarna först (eller kasta dem med git restore {path}) och försök sedan igen. "
    "Ingenting har ändrats."
)
REMOVE_KEPT = (
    "{path} ändrades på disken medan ärendet togs bort; filen lämnades kvar med sin text "
    "(den är inte längre incheckad)"
)
REMOVE_FAILED = (
    "borttagningen är incheckad men filen {path} kunde inte tas bort ({error}); ta bort den själv"
)
RECOVERED_REMOVED = (
    "en avbruten borttagning av {path} hann checkas in ({commit}); filen är nu borttagen"
)
RECOVERED_REMOVAL_KEPT = (
    "en avbruten borttagning av {path} hann checkas in ({commit}); filen har ändrats efteråt "
    "och lämnades kvar"
)
RECOVERED_REMOVAL_UNDONE = (
    "en avbruten borttagning av {path} checkades aldrig in; ärendet finns kvar som förut"
)

# --- CLI -----------------------------------------------------------------------------------
HELP_ARCHIVE = (
    "Arkivera ett ärende (en incheckning): det döljs i listan men finns kvar med sin historik."
)
HELP_RESTORE = "Återställ ett arkiverat ärende i stället."
HELP_DELETE = "Ta bort ett ärende (en incheckning); tidigare versioner finns kvar i Git."
HELP_YES = "Fråga inte, ta bort direkt (för skript)."
HELP_LIST_ARCHIVED = "Visa också arkiverade ärenden (märkta [arkiverad])."
LIST_ARCHIVED_MARK = "[arkiverad]"
ALREADY_ARCHIVED = "{dnr} är redan arkiverat; inget att checka in."
NOT_ARCHIVED = "{dnr} är inte arkiverat; inget att checka in."
DELETE_QUESTION = "Ta bort {dnr} ({title})? Skriv {dnr} eller ja för att ta bort: "
DELETE_CANCELLED = "ingenting togs bort: svaret var inte {dnr} eller ja"
DELETE_NEEDS_ANSWER = (
    "delete frågar först, men här finns ingen terminal att fråga i; lägg till --ja om "
    "ärendet ska tas bort"
)

# --- the app: keys -------------------------------------------------------------------------
KEY_ARCHIVE = "Arkivera"
KEY_ARCHIVE_HELP = (
    "Arkivera ärendet under markören, eller återställ det om det är arkiverat "
    "(en incheckning, efter en fråga)"
)
KEY_DELETE = "Ta bort"
KEY_DELETE_HELP = (
    "Ta bort ärendet under markören (en incheckning, efter en fråga); tidigare versioner "
    "finns kvar i Git"
)
KEY_SHOW_ARCHIVED = "Arkiverade"
KEY_SHOW_ARCHIVED_HELP = "Visa eller dölj arkiverade ärenden i listan"

# --- the app: dialogs and notices ----------------------------------------------------------
ARCHIVE_TITLE = "Arkivera {dnr}?"
ARCHIVE_QUESTION = (
    "{dnr} – {title}\n\nÄrendet döljs i listan men finns kvar med hela sin historik; F7 "
    "visar arkiverade ärenden. Arkiveringen blir en incheckning."
)
RESTORE_TITLE = "Återställ {dnr} från arkivet?"
RESTORE_QUESTION = (
    "{dnr} – {title}\n\nÄrendet visas i listan igen. Återställningen blir en incheckning."
)
DELETE_TITLE = "Ta bort {dnr}?"
DELETE_DIALOG = (
    "{dnr} – {title}\n\nFilen tas bort i en incheckning. Tidigare versioner finns kvar i "
    "Gits historik (pmtui log, git log)."
)
BUTTON_CANCEL = "Avbryt"
BUTTON_ARCHIVE = "Arkivera"
BUTTON_RESTORE = "Återställ"
BUTTON_DELETE = "Ta bort"
DONE_ARCHIVED = "{dnr} är arkiverat ({commit})."
DONE_RESTORED = "{dnr} är återställt från arkivet ({commit})."
DONE_DELETED = "{dnr} är borttaget ({commit})."
NOTHING_DONE = "{dnr}: inget att checka in."
FAILED_TITLE = "{dnr} ändrades inte"
HAS_DRAFT = "{dnr} har ett osparat utkast."
HAS_DRAFT_HINT = "Öppna ärendet och spara eller kasta utkastet först; sedan kan det tas bort."
SHOWING_ARCHIVED = "Arkiverade ärenden visas; F7 döljer dem."
HIDING_ARCHIVED = "Arkiverade ärenden döljs; F7 visar dem."
STATUS_ARCHIVED_SHOWN = "arkiverade visas"
