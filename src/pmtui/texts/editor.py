"""Swedish texts of the case editor: form labels, keys, dialogs, messages and errors."""

# --- form ---------------------------------------------------------------------------------
FIELD_LABELS = {
    "dnr": "Dnr",
    "handling": "Handling",
    "nummer": "Nummer",
    "rotel": "Rotel",
    "rubrik": "Rubrik",
    "underrubriker": "Underrubriker",
    "föredragande": "Föredragande",
    "status": "Status",
    "datum": "Datum",
    "ort": "Ort",
    "remisser": "Remisser",
}
FIELD_HINTS = {
    "dnr": "ärendets identitet; kan inte ändras här",
    "handling": "PM eller Utlåtande",
    "nummer": "t.ex. 2016:122; tomt om handlingen saknar nummer",
    "rotel": "romerska siffror, t.ex. I eller I+VII",
    "rubrik": "ärendets rubrik",
    "underrubriker": "flera skiljs med semikolon (;)",
    "föredragande": "ett eller flera namn, skilda med semikolon (;)",
    "status": "ändrad status sparas som en milstolpe",
    "datum": "ÅÅÅÅ-MM-DD; tomt om ärendet inte är undertecknat",
    "ort": "ort för undertecknandet",
    "remisser": "en instans per rad: Instans, ÅÅÅÅ-MM-DD eller Instans, avstått",
}
REFERRAL_DECLINED = "avstått"
SECTION_HAS_HEADING = (
    "ett avsnitt får inte innehålla en ny '## '-rubrik; lägg till avsnittet i hela filen (e)"
)

# --- screen -------------------------------------------------------------------------------
TAB_METADATA = "Uppgifter"
TAB_DECISIONS = "Beslutsförslag"
TAB_SECTIONS = "Text"
TITLE = "{dnr} – {title}"
CHANGED_MARK = " ● ändrad"
PREVIEW_TITLE = "Förhandsvisning"
NO_SECTIONS = "Ärendet har inga avsnitt. Tryck F4 för att redigera hela filen."
PROBLEMS_NONE = "Inga fel."
PROBLEMS_COUNT = "{count} fel: {first}"

# --- keys (descriptions shown in the footer, in ? and in the command palette) -------------
KEY_SAVE = "Spara"
KEY_SAVE_HELP = "Spara ärendet som en commit"
KEY_LEAVE = "Tillbaka"
KEY_LEAVE_HELP = "Tillbaka till ärendelistan (frågar först om något är ändrat)"
KEY_EDITOR = "Extern redigerare"
KEY_EDITOR_HELP = "Öppna avsnittet (eller hela filen) i $EDITOR (e bara utanför textfälten)"
KEY_EDITOR_FILE = "Hela filen i $EDITOR"
KEY_EDITOR_FILE_HELP = "Öppna hela ärendefilen i $EDITOR (E bara utanför textfälten)"
KEY_HELP = "Hjälp"
KEY_HELP_HELP = (
    "Visa alla tangenter i ärendet (i ett textfält skriver ? ett frågetecken: använd F1)"
)
KEY_PREVIEW = "Förhandsvisning"
KEY_PREVIEW_HELP = (
    "Visa eller dölj den formaterade förhandsvisningen (dold när fönstret är smalare än 120 tecken)"
)
KEY_TAB_METADATA_HELP = "Visa ärendets uppgifter"
KEY_TAB_DECISIONS_HELP = "Visa beslutsförslaget"
KEY_TAB_SECTIONS_HELP = "Visa avsnitten"
KEY_POINT_ADD = "Ny att-sats"
KEY_POINT_ADD_HELP = "Lägg till en att-sats efter den markerade"
KEY_POINT_REMOVE = "Ta bort att-sats"
KEY_POINT_REMOVE_HELP = "Ta bort den markerade att-satsen"
KEY_POINT_UP = "Flytta upp"
KEY_POINT_UP_HELP = "Flytta att-satsen (med underpunkter) uppåt"
KEY_POINT_DOWN = "Flytta ned"
KEY_POINT_DOWN_HELP = "Flytta att-satsen (med underpunkter) nedåt"
KEY_POINT_INDENT = "Gör till underpunkt"
KEY_POINT_INDENT_HELP = "Gör att-satsen till underpunkt (3 → 2.1)"
KEY_POINT_OUTDENT = "Lyft en nivå"
KEY_POINT_OUTDENT_HELP = "Lyft underpunkten en nivå (2.1 → 3)"
KEY_BLOCK_ADD = "Nytt block"
KEY_BLOCK_ADD_HELP = "Lägg till ett beslutsblock"
KEY_BLOCK_REMOVE = "Ta bort block"
KEY_BLOCK_REMOVE_HELP = "Ta bort beslutsblocket med markören (med dess att-satser)"
KEY_UNDO = "Ångra"
KEY_UNDO_HELP = "Ångra den senaste ändringen i fältet"
KEY_REDO = "Gör om"
KEY_REDO_HELP = "Gör om det som ångrades i fältet"

# --- decision list ------------------------------------------------------------------------
BLOCK_TITLE = "Block {number}"
BLOCK_INTRO = "Inledning"
BLOCK_BOARD_INTRO = "Beredningens inledning"
BLOCK_BOARD_INTRO_PLACEHOLDER = "tomt om beredningen inte upprepar förslaget"
NEW_BLOCK_INTRO = "Kommunstyrelsen beslutar för egen del följande."
POINT_PLACEHOLDER = "att-satsens text"
NO_BLOCKS = "Inga beslutsblock. Tryck F8 för att lägga till ett."

# --- saving -------------------------------------------------------------------------------
SAVED = "Sparat: {commit} {summary}"
SAVED_STATUS = "Status {status} sparad som milstolpe ({commit})"
NOTHING_TO_SAVE = "Inget att spara: ärendet är oförändrat."
CANNOT_SAVE_INVALID = "Kan inte spara: {count} fel. Rätta fälten som är markerade."
COMMIT_DIALOG_TITLE = "Spara som commit"
COMMIT_DIALOG_HELP = "Första raden är sammanfattningen. Ändra fritt; ctrl+s sparar, esc avbryter."
COMMIT_EMPTY = "Meddelandet får inte vara tomt."
BUTTON_SAVE = "Spara"
BUTTON_CANCEL = "Avbryt"

# --- leaving ------------------------------------------------------------------------------
LEAVE_TITLE = "Ärendet har osparade ändringar"
LEAVE_QUESTION = "Vill du spara innan du går tillbaka? Ändringarna finns kvar i en utkastfil."
BUTTON_LEAVE_SAVE = "Spara"
BUTTON_LEAVE_KEEP = "Behåll utkast och gå"
BUTTON_LEAVE_DISCARD = "Kasta ändringarna"
QUIT_QUESTION = "Vill du spara innan du avslutar pmtui? Ändringarna finns kvar i en utkastfil."
BUTTON_QUIT_KEEP = "Behåll utkast och avsluta"

# --- recovery -----------------------------------------------------------------------------
RECOVER_TITLE = "Osparat utkast hittat"
RECOVER_QUESTION = "Det finns ett osparat utkast för {dnr} från {when}. Vill du återställa det?"
RECOVER_BASE_MOVED = (
    "Obs: ärendet har ändrats sedan utkastet skrevs. Återställ, granska och spara; "
    "pmtui skriver inte över den andra ändringen utan att fråga."
)
BUTTON_RECOVER = "Återställ"
BUTTON_DISCARD = "Kasta utkastet"
BUTTON_SHOW_DIFF = "Visa skillnad"
DIFF_NOT_BUILDABLE = (
    "(utkastet innehåller fel och kan inte visas som fil; återställ för att se dem)"
)
DRAFT_RECOVERED = "Utkastet är återställt. Spara med ctrl+s."
DRAFT_DISCARDED = "Utkastet är kastat."

# --- links in the preview -----------------------------------------------------------------
LINK_TITLE = "Öppna länk?"
LINK_QUESTION = "Länken leder till:\n{href}\n\nVill du öppna den i webbläsaren?"
BUTTON_OPEN = "Öppna"
LINK_REFUSED = "Länken öppnas inte: bara http, https och mailto är tillåtna ({scheme})."
LINK_OPENED = "Öppnar {href}"

# --- $EDITOR ------------------------------------------------------------------------------
EDITOR_FAILED = (
    "Redigeraren kunde inte startas ({command}): {error}. Sätt $EDITOR, t.ex. EDITOR=nano."
)
EDITOR_EXIT = "Redigeraren avslutades med kod {code}; inget ändrades."
EDITOR_NOT_SUPPORTED = "Den här terminalen kan inte lämnas över till en annan redigerare."
EDITOR_UNCHANGED = "Inga ändringar från redigeraren."
EDITOR_SECTION_LOADED = "Avsnittet är uppdaterat från redigeraren."
EDITOR_FILE_LOADED = "Filen är inläst från redigeraren."
EDITOR_INVALID_TITLE = "Filen från redigeraren har fel"
EDITOR_INVALID_HELP = (
    "Inget är förlorat: texten finns kvar i utkastet. Tryck e för att rätta den i "
    "redigeraren igen, eller esc för att fortsätta med det du hade."
)
SECRET_CASE = "  · sekretess: {ground} (hela ärendet)"
SECRET_SECTIONS = "  · sekretess i avsnitt: {parts}"
SECRET_SECTION = "{heading} ({ground})"
FILE_INVALID_TITLE = "Ärendefilen på disken har fel"
FILE_INVALID_HELP = (
    "Filen är orörd. Tryck e (eller F4) för att rätta filen i $EDITOR; pmtui "
    "sparar den först när den är giltig. Esc går tillbaka till listan."
)
BUTTON_EDIT_AGAIN = "Rätta i redigeraren (e)"
BUTTON_CLOSE = "Stäng"

# --- errors -------------------------------------------------------------------------------
ERROR_TITLE = "Kunde inte spara"
ERROR_KEPT = "Din text finns kvar i redigeraren och i utkastfilen; inget har skrivits över."
ERROR_UNEXPECTED = "Ett oväntat fel inträffade: {error}"
ERROR_UNEXPECTED_HINT = "Kör igen med PMTUI_DEBUG=1 för detaljer och rapportera felet."
LOAD_FAILED = "Kunde inte öppna {dnr}: {message}"
CANNOT_EDIT_INVALID = (
    "Hela filen kan inte öppnas medan formuläret har fel; rätta de markerade fälten först "
    "eller redigera ett avsnitt."
)
DNR_CHANGED = (
    "filen har bytt diarienummer till {dnr}; ett ärende byter inte dnr här (skapa ett nytt "
    "ärende i stället)"
)
DRAFTS_AT_START = (
    "Osparade utkast finns för: {dnrs}. Öppna ärendet för att återställa eller kasta utkastet."
)

# --- a save stopped by a Git hook or by signing ----------------------------------------
HOOK_REFUSED_TITLE = "En Git-krok stoppade sparningen"
HOOK_SKIP_QUESTION = (
    "Texten finns kvar i editorn, i utkastet och som en osparad ändring i filen. "
    "Du kan rätta det kroken klagar på och spara igen, eller spara utan kontrollkrokarna "
    "pre-commit och commit-msg (som git commit --no-verify). Gör det bara om du vet varför "
    "kroken stoppade."
)
BUTTON_SAVE_WITHOUT_HOOKS = "Spara utan krokarna"
SAVE_WARNING = "Sparat, men: {warning}"
SAVE_IN_PROGRESS = "Sparar redan… (vänta tills sparningen är klar)"
DRAFT_NOT_WRITTEN = (
    "Utkastet kunde inte skrivas (är disken full?); texten finns kvar i editorn så länge "
    "pmtui är öppet."
)
