"""Swedish texts of the case merge driver (pmtui.merge, store/merge_driver.py,
cli/merge_driver.py): conflict markers, where a conflict is, the summary on stderr, the
merge log and ``pmtui git-setup``'s part."""

# --- the command ---------------------------------------------------------------------------
HELP_MERGE_DRIVER = (
    "Slå samman tre versioner av en ärendefil fält för fält, punkt för punkt och mening för "
    "mening. Git anropar kommandot som sammanslagningsdrivrutin (ställs in med pmtui git-setup)."
)
HELP_BASE = "Den gemensamma basversionen (git: %%O)."
HELP_OURS = "Vår version; resultatet skrivs över den (git: %%A)."
HELP_THEIRS = "Deras version (git: %%B)."
HELP_MARKER_SIZE = "Konfliktmarkörernas längd (git: %%L)."
HELP_PATH = "Filens sökväg i arkivet (git: %%P)."
MARKER_SIZE_INVALID = "markörlängden måste vara ett heltal mellan 7 och 100, fick {value!r}"

# --- conflict markers: the labels, and where a conflict is ---------------------------------
OURS_LABEL = "vår"
BASE_LABEL = "bas"
THEIRS_LABEL = "deras"
SIDE_NAMES = {"base": "basversionen", "ours": "vår version", "theirs": "deras version"}
FIELD_PLACE = "fältet {key}"
ITEM_PLACE = "fältet {key}, post {number}"
SUBFIELD_PLACE = "fältet {key}, {sub}"
BLOCK_FIELD_PLACE = "{key} {block}, {field}"
BLOCK_POINTS_PLACE = "{key} {block}, punkterna"
POINT_PLACE = "{key} {block}, punkt {number}"
SECTION_PLACE = "avsnitt '{heading}'"
SUBSECTION_PLACE = "avsnitt '{heading}', underavsnitt '{sub}'"
SECTIONS_PLACE = "avsnitten (ordningen ändrad)"
SUBSECTIONS_PLACE = "{part}, underavsnitten (ordningen ändrad)"
HEADING_PLACE = "{part}, rubriken"
SENTENCE_PLACE = "{part}, mening {number}"
LINE_PLACE = "{part}, rad {number} i Markdown-blocket"
BREAK_PLACE = "{part}, styckesgräns"
# Why a unit is in conflict.
BOTH_CHANGED = "ändrad på båda sidor, olika"
DELETED_AND_CHANGED = "borttagen på ena sidan och ändrad på den andra"
BOTH_ADDED = "tillagd på båda sidor på samma ställe, olika"

# --- the summary on stderr -------------------------------------------------------------------
SUMMARY_CLEAN = (
    "pmtui: {path}: sammanslagen fält för fält, punkt för punkt och mening för mening, "
    "utan konflikt ({changes})."
)
CHANGES = ("1 ändring", "{n} ändringar")
CHANGES_BY_SIDE = "{ours} från vår sida, {theirs} från deras"
SUMMARY_CONFLICTS = (
    "pmtui: {path}: {conflicts}, markerade med <<<<<<< i filen (sammanslaget utan konflikt: "
    "{changes}):"
)
CONFLICTS = ("1 konflikt", "{n} konflikter")
CONFLICT_LINE = "  {path}:{line}: {place}: {why}"
CONFLICT_HOW = (
    "  Behåll det som ska gälla, ta bort markörerna, kontrollera med 'pmtui check {path}' "
    "och markera som löst med 'git add {path}'."
)
SUMMARY_INVALID = (
    "pmtui: {path}: sammanslagen, men resultatet är inget giltigt ärende, så filen lämnas "
    "som konflikt (utan markörer):"
)
PROBLEM_LINE = "  {problem}"
INVALID_HOW = (
    "  Rätta felen, kontrollera med 'pmtui check {path}' och markera som löst med 'git add {path}'."
)
REREAD_DIFFERS = (
    "den sammanslagna texten skulle läsas tillbaka som något annat i avsnitt '{heading}' "
    "(t.ex. en mening som blir del av en lista)"
)
SUMMARY_FALLBACK = "pmtui: {path}: Gits radvisa sammanslagning används: {reason}."
REASON_UNREADABLE = "{side} kan inte läsas som ett ärende ({problem})"
REASON_MARKERS = "{side} innehåller redan konfliktmarkörer (rad {line})"
REASON_TIMEOUT = "sammanslagningen tog längre än {seconds} s"
REASON_RENDER = "konflikterna kunde inte märkas ut var för sig"
REASON_INTERNAL = "ett oväntat fel i pmtui:s sammanslagning ({error})"
LINE_MERGE_FAILED = (
    "pmtui: {path}: varken pmtui eller git merge-file kunde slå samman filen ({error}); vår "
    "version lämnas kvar och filen markeras som konflikt"
)
READ_FAILED = "pmtui: kan inte läsa {path}: {error}"
WRITE_FAILED = "pmtui: kan inte skriva resultatet till {path}: {error}"
LOG_FAILED = (
    "pmtui: varning: sammanslagningen kunde inte antecknas i .git/pmtui/merge-log.jsonl; "
    "granska ändringarna med git diff"
)

# --- the merge log (.git/pmtui/merge-log.jsonl): its values --------------------------------
LOG_CLEAN = "ren"
LOG_CONFLICTS = "konflikt"
LOG_INVALID = "ogiltig"
LOG_LINES = "radvis"
LOG_SIDES = {"ours": "vår", "theirs": "deras", "both": "båda"}

# --- pmtui git-setup and pmtui check --------------------------------------------------------
DRIVER_NAME = "pmtui: ärendefiler slås samman fält för fält, punkt för punkt och mening för mening"
SETUP_DONE = "Sammanslagningsdrivrutinen pmtui är inställd: {command}"
SETUP_ATTRIBUTE_ADDED = (
    "Lade till raden '{line}' i .gitattributes; checka in filen, så att varje klon "
    "använder drivrutinen (kör pmtui git-setup i varje klon)."
)
SETUP_VERIFIED = "Kontrollerat med git check-attr: {path} slås samman med merge=pmtui."
SETUP_NOT_VERIFIED = (
    "varning: git check-attr säger merge={value} för {path}, inte pmtui; en annan rad i "
    ".gitattributes (eller .git/info/attributes) tar över. Git använder då inte drivrutinen."
)
UNSPECIFIED = "ospecificerat"
UNDEFINED_DRIVER = (
    "varning: .gitattributes anger sammanslagningsdrivrutinen pmtui (merge=pmtui), men den är "
    "inte definierad i den här klonen, så git slår samman ärendefiler rad för rad utan att "
    "säga till. Kör pmtui git-setup."
)
