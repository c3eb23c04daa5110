"""Swedish texts of importing documents (``pmtui import`` and the app's import dialog)."""

# --- the kept section and the fixed words the importer recognises -----------------------------
KEPT_HEADING = "Ej placerad text (från importen)"

# --- pmtui import --------------------------------------------------------------------------------
HELP_IMPORT = (
    "Importera PM och utlåtanden från text-, pdf- eller docx-filer som ärendefiler i cases/."
)
HELP_IMPORT_FILES = "Filerna att importera (.txt, .pdf eller .docx)."
HELP_IMPORT_DRY_RUN = "Visa ärendet som det skulle bli, utan att skriva något."
HELP_IMPORT_COMMIT = "Spara varje importerat ärende som en egen commit."
HELP_IMPORT_DNR = (
    "Diarienumret att använda när dokumentets eget saknas eller är skadat (bara med en fil)."
)
DNR_WITH_MANY_FILES = "--dnr kan bara anges när en enda fil importeras"
FILE_HEADING = "== {path} =="
RECOGNISED_HEADING = "Känt igen:"
RECOGNISED_LINE = "  {what}: {value}"
NOT_PLACED_HEADING = "Inte placerat (finns i avsnittet ”{heading}”):"
NOT_PLACED_LINE = "  {text}"
NOTHING_UNPLACED = "All text placerades."
WORD_COUNT = "Ord: {words_in} i filen, {placed} placerade, {kept} i det kvarhållna avsnittet."
PAGE_NOISE = "Borttaget som sidhuvud/sidnummer: {count} rader."
WRITTEN = "Skrev {path}."
COMMITTED = "Sparade {dnr} som commit {commit}."
CASE_EXISTS = (
    "{path} finns redan ({dnr}); importen skriver aldrig över ett ärende. Ta bort eller byt "
    "namn på filen först, eller importera med --dry-run för att jämföra"
)
PERSONAL_DATA_FOUND = (
    "{path}: möjliga personuppgifter i det importerade ärendet: {hits}. Granska texten innan "
    "ärendet sparas; en sparning med --commit vägras tills det är åtgärdat eller granskat"
)
SUMMARY = "Importerade {done} av {total} filer."

# What the importer recognised, as the report names it.
WHAT_KIND = "handling"
WHAT_NUMBER = "nummer"
WHAT_ROTEL = "rotel"
WHAT_DNR = "dnr"
WHAT_TITLE = "rubrik"
WHAT_SUBTITLES = "underrubriker"
WHAT_PRESENTERS = "föredragande"
WHAT_BLOCKS = "beslutsförslag"
WHAT_BOARD_BLOCKS = "beredningens beslutsförslag"
WHAT_DATE = "datum"
WHAT_POSITION = "ställningstagande"
WHAT_STATEMENTS = "reservationer och uttalanden"
WHAT_SECTIONS = "avsnitt"
WHAT_REFERRALS = "remisser"
BLOCK_SUMMARY = "{blocks} block, {points} punkter"

# --- errors --------------------------------------------------------------------------------
NOT_A_CASE = (
    "{path} ser inte ut som ett PM eller utlåtande: {found}. Importen behöver en rubrikrad "
    "som ”PM Rotel I (Dnr KS 2023/886)” eller ”Utlåtande 2017:19 RI (Dnr 123-456/2016)”"
)
FOUND_NOTHING = "filen innehåller ingen text"
FOUND_START = "den börjar med ”{start}”"
NO_PRESENTER = (
    "{path}: ingen föredragande hittades (”Föredragande borgarrådet …”); lägg till raden i "
    "filen och importera igen"
)
NO_DNR = (
    "{path}: diarienumret i rubrikraden går inte att läsa (”{printed}”); ange det med "
    "--dnr, t.ex. --dnr 'KS 2016/123'"
)
BAD_DNR_OPTION = "--dnr: {error}"
NOT_VALID = "{path}: det importerade ärendet blev inte giltigt: {problems}"
UNKNOWN_SUFFIX = "{path}: okänd filtyp ”{suffix}”; importen läser .txt, .md, .pdf och .docx"
READ_FAILED = "{path} kan inte läsas: {error}"
PDF_UNREADABLE = "{path} är ingen läsbar pdf-fil ({detail})"
DOCX_UNREADABLE = "{path} är ingen läsbar docx-fil ({detail})"
NOT_TEXT = "{path} är inte text i UTF-8 (byte {offset}); spara den som UTF-8 och försök igen"

# --- the app's import dialog ---------------------------------------------------------------
BINDING_IMPORT = "Importera"
DIALOG_TITLE = "Importera dokument"
DIALOG_PROMPT = "Filer att importera (txt, pdf eller docx), åtskilda med mellanslag:"
DIALOG_START = "Importera"
DIALOG_CANCEL = "Avbryt"
DIALOG_EMPTY = "Ange minst en fil."
DIALOG_PROGRESS = "Importerar {done} av {total} …"
DIALOG_DONE = "Importerade {done} av {total} filer."
DIALOG_FILE_DONE = "{path}: {dnr} sparad ({kept} ord i ”Ej placerad text”)."
DIALOG_FILE_FAILED = "{path}: {error}"

# --- Import in the app ------------------------------------------------------------------------
KEY_IMPORT = "Importera"
KEY_IMPORT_HELP = "Importera PM och utlåtanden från .txt, .pdf eller .docx (en incheckning per fil)"
DIALOG_TITLE = "Importera dokument"
DIALOG_PATH = "Fil eller mapp (en mapp: alla .txt, .md, .pdf och .docx i den):"
DIALOG_IMPORT = "Importera"
DIALOG_CANCEL = "Avbryt"
DIALOG_NO_FILES = "Hittar inga filer att importera i {path}."
DIALOG_PROGRESS = "Importerar {done} av {total}: {name}"
RESULT_TITLE = "Importen är klar"
RESULT_DONE = "{dnr}: sparad som {commit} ({placed} av {words} ord placerade, {kept} kvarhållna)"
RESULT_FAILED = "{name}: {message}"
RESULT_SUMMARY = ("Importerade {done} av {n} fil.", "Importerade {done} av {n} filer.")
