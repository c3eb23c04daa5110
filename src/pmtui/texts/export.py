"""Swedish texts of exporting a case (``pmtui export`` and the app's export dialog)."""

# --- pmtui export ----------------------------------------------------------------------------
HELP_EXPORT = "Exportera ett ärende i den officiella layouten (txt, md, html, docx eller pdf)."
HELP_EXPORT_TO = "Format: txt, md, html, docx eller pdf."
HELP_EXPORT_OUTPUT = (
    "Filen att skriva ('-' för standard ut). Utan -o skrivs txt, md och html till standard ut "
    "och docx och pdf till en fil med ärendets namn i mappen du står i (t.ex. ks-2023-886.docx)."
)
HELP_EXPORT_SECRET = "Ta med sekretessmarkerade avsnitt och ärenden (annars utelämnas de)."
WRITTEN = "Exporterade {dnr} som {format} till {path}."
DEFAULT_FILE_EXISTS = (
    "{path} finns redan och skrivs inte över; ange -o {path} för att ersätta den, "
    "eller -o med ett annat filnamn"
)
FOLDER_MISSING = "mappen {folder} finns inte; skapa den eller ange en annan fil med -o"
WRITE_FAILED = "kan inte skriva {path}: {error}"
BINARY_TO_TERMINAL = (
    "{format} är en binär fil och skrivs inte till terminalen; ange en fil med -o "
    "(t.ex. -o {name}) eller styr om standard ut till en fil"
)
PDF_MISSING = (
    "pdf-export kräver weasyprint och systemets pango-bibliotek ({detail}). Installera dem: "
    "pip install 'pmtui[pdf]' i pmtuis miljö, och på Debian eller Ubuntu "
    "apt-get install libpango-1.0-0 libpangoft2-1.0-0. txt, md, html och docx fungerar utan."
)
PDF_NO_WEASYPRINT = "weasyprint är inte installerat"
PDF_NO_LIBRARY = "systembiblioteket {library} saknas"
PDF_FAILED = "pdf-filen kunde inte skapas ({detail})"

# --- sekretess -------------------------------------------------------------------------------
SECRET_CASE = (
    "ärendet {dnr} är sekretessmarkerat ({ground}) och exporteras bara om du väljer att ta med "
    "sekretessmarkerade delar (--med-sekretess, i appen kryssrutan i exportdialogen), och "
    "bara till den som får ta del av det"
)
SECRET_SECTION = "Avsnittet är sekretessmarkerat ({ground}) och ingår inte i exporten."
SECRET_SECTIONS_LEFT_OUT = (
    "utelämnade sekretessmarkerade avsnitt: {headings} (ange --med-sekretess för att ta med dem)"
)

# --- the layout ------------------------------------------------------------------------------
PAGE = "Sida"  # the footer: "Sida 2 (5)"

# --- the app's export dialog -----------------------------------------------------------------
KEY_EXPORT = "Exportera"
KEY_EXPORT_HELP = (
    "Exportera ärendet i den officiella layouten till en fil: txt, md, html, docx eller pdf."
)
DIALOG_TITLE = "Exportera {dnr}"
DIALOG_FORMAT = "Format"
DIALOG_PATH = "Fil (sökvägen från mappen pmtui startades i, eller hel sökväg)"
DIALOG_WITH_SECRET = "Ta med sekretessmarkerade delar"
DIALOG_EXPORT = "Exportera"
DIALOG_CANCEL = "Avbryt"
DIALOG_PATH_EMPTY = "Skriv filens namn."
DIALOG_PATH_IS_FOLDER = "{path} är en mapp; skriv ett filnamn."
DIALOG_REPLACE = "{path} finns redan. Tryck Exportera igen för att skriva över den."
EXPORTED_UNSAVED = (
    "Exporterade {dnr} som {format} till {path}, med ändringar som inte är sparade ännu."
)
DIALOG_LEFT_OUT = "Sekretessmarkerade avsnitt utelämnades: {headings}."
CASE_HAS_ERRORS = (
    "Ärendet har fel och kan inte exporteras; rätta felen som visas längst ned och försök igen."
)
CASE_UNOPENED = "Ärendet kunde inte läsas och kan inte exporteras."

# --- writing the file ------------------------------------------------------------------------
IN_CASES_FOLDER = (
    "{path} ligger i ärendemappen {folder}, där bara ärendefiler hör hemma; skriv exporten "
    "utanför den"
)
# Why a file could not be written, by errno name (the others: texts.cli.OS_ERRORS).
WRITE_ERRORS = {
    "ENOSPC": "disken är full",
    "EDQUOT": "diskkvoten är slut",
    "EROFS": "filsystemet är skrivskyddat",
    "EEXIST": "filen finns redan",
}

# --- choosing the format ---------------------------------------------------------------------
NO_FORMAT = "ange formatet med --to (txt, md, html, docx eller pdf), eller en fil med -o vars ändelse är ett av dem"
