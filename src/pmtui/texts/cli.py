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
CHECK_SUMMARY_OK = "{files} filer kontrollerade: inga fel ({warnings} varningar)"
CHECK_SUMMARY_FAIL = "{files} filer kontrollerade: {errors} fel i {bad} filer, {warnings} varningar"
CHECK_MISPLACED = (
    "filen ligger inte där diarienumret anger ({expected}); pmtui hittar den inte via dnr"
)
FMT_WOULD_CHANGE = "skulle formateras om: {path}"
FMT_CHANGED = "formaterade om: {path}"
FMT_NOT_REGULAR = "formaterades inte (symbolisk länk eller inte en vanlig fil): {path}"
FMT_SKIPPED_INVALID = "formaterades inte (filen har fel): {path}"
FMT_SUMMARY = "{changed} av {files} filer {verb}"
FMT_VERB_CHECK = "skulle formateras om"
FMT_VERB_WRITE = "formaterades om"
READ_FAILED = "kan inte läsa {path}: {error}"
