"""Swedish texts of reviewing a change set (``pmtui review``, the review screen) and of
opening a pull request (``pmtui pr``)."""

# What a range did to a case file.
KIND_NAMES = {
    "added": "ny",
    "changed": "ändrad",
    "renamed": "namnbytt",
    "deleted": "borttagen",
}
KIND_MARKS = {"added": "+", "changed": "~", "renamed": ">", "deleted": "-"}
POINT_OPS = {
    "added": "ny",
    "removed": "borttagen",
    "reworded": "omformulerad",
    "moved": "flyttad",
}

# One case's summary, in parts joined by SUMMARY_JOIN.
SUMMARY_FIELDS = ("{n} uppgift", "{n} uppgifter")
SUMMARY_POINTS = ("{n} att-sats", "{n} att-satser")
SUMMARY_SECTIONS = ("{n} avsnitt", "{n} avsnitt")
SUMMARY_WORDS = "+{added} −{removed} ord"
SUMMARY_NAMES = "{count} ({names})"
SUMMARY_POINT = "{number} {op}"
SUMMARY_JOIN = " · "
SUMMARY_NOTHING = "bara formen ändrad (inga uppgifter, att-satser eller ord)"
SUMMARY_RENAMED = "från {path}"
SUMMARY_PROBLEM = "kan inte läsas som ett ärende: {problem}"
SUMMARY_PENDING = "…"
NAMES_MORE = "{names} och {more} till"

# pmtui review.
HELP_REVIEW = (
    "Granska en gren som en pull request: vilka ärenden som lagts till, ändrats, bytt namn "
    "eller tagits bort, och i varje ärende vilka uppgifter, att-satser, avsnitt och ord."
)
HELP_REVIEW_RANGE = (
    "Vad som granskas: BAS..TOPP, BAS...TOPP (från den gemensamma basen) eller bara TOPP. "
    "Standard: HEAD från där den skildes från uppströmsgrenens standardgren (t.ex. origin/main)."
)
HELP_REVIEW_JSON = "Skriv ut granskningen som JSON."
HELP_REVIEW_MARKDOWN = (
    "Skriv ut granskningen som Markdown (för en pull request eller $GITHUB_STEP_SUMMARY)."
)
HEADER = "Granskning av {range}: {cases} ({base}..{head})"
HEADER_CASES = ("{n} ärende", "{n} ärenden")
BASE_UPSTREAM = "Bas: där {head} skildes från {branch} ({commit})."
BASE_LOCAL = (
    "Ingen uppströmsgren med en standardgren hittades; basen är där {head} skildes från den "
    "lokala grenen {branch} ({commit})."
)
NO_CHANGES = "Inga ärenden skiljer sig mellan {base} och {head}."
TOTALS = "Totalt: {cases} · {summary}"
MILESTONES_REACHED = "Milstolpar: {tags}"
ONLY_ONE_FORMAT = "välj antingen --json eller --markdown, inte båda"
DEFAULT_RANGE = "{branch}...{head}"

# Errors finding the base.
NO_COMMITS = "arkivet har inga incheckningar ännu, så det finns inget att granska"
NO_COMMITS_HINT = "Spara ett ärende först (pmtui new)."
NO_DEFAULT_BRANCH = (
    "hittar ingen gren att granska mot: ingen fjärrgren (origin/HEAD, origin/main) och ingen "
    "lokal main eller master"
)
NO_DEFAULT_BRANCH_HINT = (
    "Ange vad som ska granskas, t.ex. pmtui review main..HEAD, eller kör "
    "'git remote set-head origin --auto' efter 'git fetch'."
)
NO_COMMON_HISTORY = "HEAD och {branch} har ingen gemensam historik"
NO_COMMON_HISTORY_HINT = "Ange två versioner att jämföra, t.ex. pmtui review {branch}..HEAD."

# Markdown (a pull request's description, a CI job's summary).
MD_TITLE = "## Granskning av ärenden: {range}"
MD_INTRO = "{cases} från `{base}` till `{head}`."
MD_TABLE_HEAD = "| Ärende | Ändring | Uppgifter | Att-satser | Avsnitt | Ord |"
MD_TABLE_RULE = "|---|---|---|---|---|---|"
MD_ROW = "| {name} | {kind} | {fields} | {points} | {sections} | +{added} −{removed} |"
MD_DETAILS = "### {name}"
MD_FIELD = "- Uppgift {label}: {old} → {new}"
MD_POINT = "- Att-sats {number}: {op}"
MD_SECTION = "- Avsnitt {heading}: {op}"
MD_WORDS_ADDED = "- Tillagda ord: {words}"
MD_WORDS_REMOVED = "- Borttagna ord: {words}"
MD_PROBLEM = "- Kan inte läsas som ett ärende: {problem}"
MD_NONE = "–"
MD_ABSENT = "(saknas)"
MD_NO_CHANGES = "Inga ärenden ändrade."
MD_TOTALS = "**Totalt:** {summary}"
MD_MILESTONES = "**Milstolpar nådda:** {tags}"
SECTION_OPS = {"added": "nytt", "removed": "borttaget", "changed": "ändrat"}
SECTION_RENAMED = "hette {old}"

# pmtui pr.
HELP_PR = (
    "Öppna en pull request för grenen: skriv ut adressen hos GitHub, GitLab, Gitea eller "
    "Forgejo, eller skapa den med gh, glab eller tea när de är inloggade (först när du "
    "godkänt rubriken och beskrivningen)."
)
HELP_PR_PRINT = "Skriv bara ut adressen, rubriken och beskrivningen; skicka ingenting."
PR_SHOW_TITLE = "Rubrik: {title}"
PR_SHOW_BODY = "Beskrivning:"
PR_NOT_PUSHED = (
    "Grenen {branch} finns inte på {remote} ännu; skicka upp den först: "
    "git push -u {remote} {branch}"
)
PR_CONFIRM = "Skapa pull requesten med {tool} med rubriken och beskrivningen ovan? [j/N] "
PR_YES = ("j", "ja", "y", "yes")
PR_SENDING = "Skapar pull requesten med {tool} …"
PR_NOT_SENT = "Inget skickades. Öppna adressen ovan för att skapa pull requesten i webbläsaren."
PR_TOOL_FAILED = "{tool} avslutade med kod {code}; öppna adressen ovan i stället."
PR_TOOL_HINT = (
    "Öppna adressen ovan för att skapa pull requesten (med {tool} installerat och inloggat "
    "kan pmtui pr skapa den åt dig)."
)
PR_DETACHED = "HEAD pekar inte på någon gren; byt till grenen som ska bli en pull request"
PR_DETACHED_HINT = "Byt gren med git switch GREN."
PR_NO_REMOTE = "grenen {branch} har ingen fjärr att skickas till"
PR_NO_REMOTE_HINT = "Lägg till en: git remote add origin ADRESS"
PR_BAD_URL = "kan inte läsa fjärren {remote}s adress {url!r} som en adress hos en forge"
PR_UNKNOWN_FORGE = (
    "vet inte vilken sorts forge {host} är; säg det med git config pmtui.forge VÄRDE "
    "(ett av: {names})"
)
PR_BAD_FORGE = (
    "git config pmtui.forge är {value!r}, som inte är någon känd forge; välj ett av: {names}"
)
PR_ON_BASE = (
    "du står på {branch}, som pull requesten skulle gå in i; byt till grenen med dina ändringar"
)
PR_TITLE_ONE = "{dnr}: {title}"
PR_TITLE_MANY = "{cases}: {names}"
PR_TITLE_MILESTONES = "{title} (milstolpe: {names})"
PR_TITLE_EMPTY = "Inga ärenden ändrade på {branch}"
FORGE_NAMES = {"github": "GitHub", "gitlab": "GitLab", "gitea": "Gitea", "forgejo": "Forgejo"}

# The review screen (reached from the case list and the command palette).
KEY_REVIEW = "Granska gren"
KEY_REVIEW_HELP = (
    "Granska grenen som en pull request: de ärenden som ändrats sedan grenen skildes från "
    "uppströmsgrenens standardgren, med vad som ändrats i vart och ett"
)
REVIEW_TITLE = "Granskning av {range} ({base}..{head})"
REVIEW_LOADING = "Läser vilka ärenden som ändrats …"
REVIEW_STATUS = ("{n} ändrat ärende", "{n} ändrade ärenden")
REVIEW_STATUS_VIEWED = "{viewed} av {total} granskade"
REVIEW_STATUS_PENDING = "sammanfattar {done} av {total} …"
REVIEW_EMPTY = "Inga ärenden skiljer sig mellan {base} och {head}."
REVIEW_VIEWED_MARK = "✓"
REVIEW_NO_MORE_UNVIEWED = "Inga fler ogranskade ärenden åt det hållet."
KEY_REVIEW_OPEN = "Jämför"
KEY_REVIEW_OPEN_HELP = "Jämför ärendet under markören mellan granskningens bas och topp"
KEY_REVIEW_VIEWED = "Granskad"
KEY_REVIEW_VIEWED_HELP = "Markera ärendet som granskat, eller ta bort markeringen"
KEY_NEXT_UNVIEWED = "Nästa ogranskade"
KEY_NEXT_UNVIEWED_HELP = "Gå till nästa ärende som inte är granskat"
KEY_PREVIOUS_UNVIEWED = "Föregående ogranskade"
KEY_PREVIOUS_UNVIEWED_HELP = "Gå till föregående ärende som inte är granskat"
KEY_NEXT_ACROSS = "Nästa"
KEY_NEXT_ACROSS_HELP = (
    "Gå till nästa ändring; efter ärendets sista ändring till första ändringen i nästa ärende"
)
KEY_PREVIOUS_ACROSS = "Föregående"
KEY_PREVIOUS_ACROSS_HELP = (
    "Gå till föregående ändring; före ärendets första till sista ändringen i ärendet före"
)
REVIEW_DIFF_STATUS = "{status} · ärende {current} av {total}"
REVIEW_FIRST_CHANGE = "Det här är den första ändringen i granskningen."
REVIEW_LAST_CHANGE = "Det här är den sista ändringen i granskningen."
REVIEW_SIDE = "{name} ({commit})"
