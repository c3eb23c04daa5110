"""Swedish texts of the command line: help, results and errors."""

PROG_DESCRIPTION = (
    "pmtui – arbetsbänk i terminalen för borgarrådens ärenden (PM), versionerade i Git."
)
USAGE_ERROR = "pmtui: {message}\nSkriv 'pmtui --help' eller 'pmtui {command} --help' för hjälp."
INTERNAL_ERROR = (
    "pmtui: ett oväntat fel inträffade: {error}\n"
    "Inget har skrivits över. Kör igen med PMTUI_DEBUG=1 för detaljer och rapportera felet."
)
INTERRUPTED = "pmtui: avbrutet"

HELP_CHECK = "Kontrollera ärendefiler (alla under cases/ om inga anges)."
HELP_FMT = "Skriv ärendefiler i kanonisk form (en mening per rad, fast ordning)."
HELP_FMT_CHECK = "Ändra inget; lista filer som skulle ändras (slutkod 1 om några)."
HELP_SCHEMA = "Skriv ut JSON Schema för front matter (för editorers YAML-stöd)."
HELP_SHOW = "Visa ett ärende som text eller strukturerade data."
HELP_SHOW_JSON = "Skriv ut ärendet som JSON."
HELP_PATHS = "Filer eller mappar (standard: cases/ i ärendearkivet)."
HELP_CASE = "Diarienummer ('KS 2023/886'), filnamn ('ks-2023-886') eller sökväg."
HELP_REPO = "Ärendearkivets mapp (standard: PMTUI_REPO eller mappen du står i)."

NO_SUCH_PATH = "finns inte: {path}"
NO_CASE_FILES = "inga ärendefiler hittades i {path}"
CASE_NOT_FOUND = "hittar inget ärende {arg!r} (letade efter {path})"
NOT_A_CASE_ARGUMENT = (
    "{arg!r} är varken ett diarienummer (t.ex. 'KS 2023/886'), ett filnamn "
    "(t.ex. 'ks-2023-886') eller en befintlig fil"
)
# Counts: (one, several); ``counted`` in pmtui.cli.common picks the form.
FILES = ("{n} fil", "{n} filer")
FILES_CHECKED = ("{n} fil kontrollerad", "{n} filer kontrollerade")
IN_FILES = ("i {n} fil", "i {n} filer")
ERRORS = ("{n} fel", "{n} fel")
WARNINGS = ("{n} varning", "{n} varningar")
UNREADABLE = ("{n} kunde inte läsas", "{n} kunde inte läsas")
CASES_IN_CONFLICT = ("{n} ärende har", "{n} ärenden har")
CHECK_SUMMARY_OK = "{checked}: inga fel ({warnings})"
CHECK_SUMMARY_FAIL = "{checked}: {errors} {bad}, {warnings}"
CHECK_SUMMARY_UNREADABLE = "; {unreadable}"
CHECK_MISPLACED = (
    "filen ligger inte där diarienumret anger ({expected}); pmtui hittar den inte via dnr"
)
FMT_WOULD_CHANGE = "skulle formateras om: {path}"
FMT_CHANGED = "formaterade om: {path}"
FMT_NOT_REGULAR = "formaterades inte (symbolisk länk eller inte en vanlig fil): {path}"
FMT_SKIPPED_INVALID = "formaterades inte (filen har fel): {path}"
FMT_SUMMARY = "{changed} av {files} {verb}"
FMT_VERB_CHECK = "skulle formateras om"
FMT_VERB_WRITE = "formaterades om"
READ_FAILED = "kan inte läsa {path}: {error}"
FOLDER_UNREADABLE = "kan inte läsa mappen {path}: {error}"
# Why a file could not be read, by errno name (the system's own words are English).
OS_ERRORS = {
    "ENOENT": "filen finns inte (eller är en symbolisk länk till något som inte finns)",
    "EACCES": "behörighet saknas",
    "EPERM": "behörighet saknas",
    "EISDIR": "det är en mapp, inte en fil",
    "ENOTDIR": "en del av sökvägen är ingen mapp",
    "ELOOP": "symboliska länkar i en slinga",
    "ENAMETOOLONG": "sökvägen är för lång",
    "EIO": "läsfel på disken",
    "EMFILE": "för många öppna filer",
}
OS_ERROR_OTHER = "systemfel {code}"

# The app (``pmtui``, ``pmtui tui``) needs a terminal.
NO_TERMINAL = (
    "pmtui: appen kan bara köras i en terminal, och här är {streams} ingen terminal.\n"
    "Starta pmtui direkt i ett terminalfönster, eller använd kommandona, t.ex. "
    "'pmtui list' eller 'pmtui show DNR' ('pmtui --help' listar dem)."
)
STREAM_STDIN = "standard in (stdin)"
STREAM_STDOUT = "standard ut (stdout)"
STREAMS_AND = " och "

# pmtui edit --section
EDIT_SECTION_AMBIGUOUS = "{name!r} matchar flera avsnitt: {names}; skriv mer av rubriken"

# A case in conflict (a merge that could not join two versions of it).
LIST_CONFLICT_MARK = "[konflikt]"
LIST_CONFLICT_ONLY_THEIRS = "(finns bara i den andra grenen)"

# argparse in Swedish (pmtui.cli.parser): the help's words and argparse's own errors.
USAGE_PREFIX = "användning: "
HELP_SECTIONS = {
    "options": "flaggor",
    "optional arguments": "flaggor",
    "positional arguments": "argument",
}
HELP_HELP = "Visa den här hjälpen och avsluta."
HELP_VERSION = "Visa pmtui:s version och avsluta."
COMMANDS_TITLE = "kommandon"
ARGPARSE_ARGUMENT = "{argument_name}: {message}"
ARGPARSE_INVALID_CHOICE = "ogiltigt val {value} (välj bland {choices})"
ARGPARSE_UNKNOWN_COMMAND = "okänt kommando {parser_name} (välj bland {choices})"
ARGPARSE_MAYBE = "ogiltigt val {value}; menade du {closest}?"
ARGPARSE_REQUIRED = "följande argument saknas: {0}"
ARGPARSE_UNRECOGNIZED = "okända argument: {0}"
ARGPARSE_UNEXPECTED_OPTION = "oväntad flagga: {0}"
ARGPARSE_EXPECTED_ONE = "väntade ett värde"
ARGPARSE_EXPECTED_AT_MOST_ONE = "väntade högst ett värde"
ARGPARSE_EXPECTED_AT_LEAST_ONE = "väntade minst ett värde"
ARGPARSE_EXPECTED_N = "väntade {0} värden"
ARGPARSE_NOT_ALLOWED_WITH = "kan inte anges tillsammans med {0}"
ARGPARSE_IGNORED_EXPLICIT = "tar inget värde (fick {0})"
ARGPARSE_ONE_REQUIRED = "ett av argumenten {0} måste anges"
ARGPARSE_AMBIGUOUS = "flaggan {option} är tvetydig: den kan vara {matches}"
ARGPARSE_INVALID_VALUE = "ogiltigt värde {value}: väntade {type}"
ARGPARSE_TYPES = {"int": "ett heltal", "float": "ett tal"}
