"""Swedish texts of meetings (sammanträden), the status order, agendas and sekretess."""

# --- The model: values and rules ------------------------------------------------------------
ITEM_INVALID = "ogiltigt punktnummer {value!r}: väntade ett heltal från 1 till 9999"
SCHEMA_ITEM_HINT = "väntade ett punktnummer, ett heltal från 1 till 9999"
MEETING = "{body} {date}"
MEETING_ITEM = "punkt {item}"
SECRET_MARK_CASE = "hela ärendet: {ground}"
SECRET_MARK_SECTION = "avsnittet {heading}: {ground}"
RULE_MEETING_TWICE = "sammanträdet {meeting} står mer än en gång"
RULE_DECIDED_BEFORE_TABLED = (
    "ärendet bordlades vid {later} men beslutades redan vid {decided}; ett ärende kan inte "
    "beslutas före sammanträdet där det bordlades (rätta datum eller beslut)"
)
RULE_MEETING_AFTER_DECISION = (
    "sammanträdet {later} kommer efter beslutet vid {decided}; ett beslutat ärende tas inte "
    "upp igen (ange 'beslut: behandlad' om det beslutet inte var det slutliga)"
)
RULE_DECIDED_BUT_STATUS = "ärendet beslutades vid {meeting} men status är {status}"
RULE_SECRET_SECTION_MISSING = (
    "sekretessmarkeringen gäller avsnittet {heading!r}, som inte finns; skriv avsnittets "
    "rubrik som den står i texten, så att markeringen inte tappas"
)
RULE_SECRET_SECTION_TWICE = "avsnittet {heading!r} är sekretessmarkerat mer än en gång"
RULE_SECRET_CASE_TWICE = (
    "hela ärendet är sekretessmarkerat mer än en gång; behåll en markering utan 'avsnitt'"
)

# --- The status order ------------------------------------------------------------------------
STATUS_JUMP_TRAILER = "Statushopp: {old} → {new} (bekräftat)"
STATUS_JUMP_REFUSED = (
    "statusen kan inte gå direkt från {old} till {new}; från {old} går ärendet till: "
    "{allowed}. Ange --hoppa för att ändå hoppa (det skrivs i versionens meddelande)."
)
STATUS_NOWHERE = "ingen annan status"
HELP_STATUS_JUMP = (
    "Tillåt ett hopp utanför den vanliga ordningen (t.ex. utkast → beslutad); "
    "versionens meddelande säger att hoppet är bekräftat."
)

# --- pmtui agenda ----------------------------------------------------------------------------
HELP_AGENDA = "Föredragningslistan för ett sammanträde (borgarrådsberedningen, KS eller KF)."
HELP_AGENDA_BODY = "Organ: brb, ks, kf eller hela namnet (t.ex. kommunstyrelsen)."
HELP_AGENDA_DATE = "Sammanträdets datum, ÅÅÅÅ-MM-DD."
HELP_AGENDA_JSON = "Skriv ut föredragningslistan som JSON."
HELP_AGENDA_TO = "Skriv föredragningslistan som md (Markdown), html eller docx."
HELP_AGENDA_SECRET = "Ta med sekretessmarkerade uppgifter (annars utelämnas de)."
AGENDA_UNKNOWN_BODY = "okänt organ {value!r}; välj brb, ks, kf eller hela namnet: {names}"
AGENDA_BAD_DATE = "ogiltigt datum {value!r}: väntade ett datum som finns, skrivet ÅÅÅÅ-MM-DD"
AGENDA_JSON_AND_TO = "välj antingen --json eller --to, inte båda"
HELP_AGENDA_OUTPUT = (
    "Skriv till FIL i stället för till terminalen ('-' är terminalen); docx skrivs annars "
    "till föredragningslista-ORGAN-DATUM.docx i mappen du står i."
)
AGENDA_DEFAULT_FILE = "foredragningslista-{body}-{date}.docx"
AGENDA_FILE_EXISTS = (
    "{path} finns redan och skrivs inte över; ange -o {path} för att ersätta filen "
    "eller -o med ett annat namn"
)
AGENDA_BINARY_TO_TERMINAL = (
    "docx skrivs inte till terminalen; ange -o FIL (t.ex. -o {name}) eller styr om utdata"
)
AGENDA_WRITTEN = "föredragningslistan skrevs till {path}"
AGENDA_EMPTY = "inga ärenden på föredragningslistan för {meeting}"
AGENDA_UNREADABLE = (
    "{path}: filen har fel och är inte med, så listan kan vara ofullständig; "
    "se 'pmtui check {path}'"
)
AGENDA_WARNING = "varning: {dnr}: {message}"

# Warnings about the agenda (also in --json under "varningar").
WARN_NOT_READY = "planerat för sammanträdet men inte klart: {reasons}"
WARN_READY_NOT_PLANNED = "klart för {body} ({status}) men inte planerat för något sammanträde"
WARN_ITEM_TAKEN = "punkt {item} används redan av {other}; ärendet fick punkt {given}"
REASON_STATUS = "status är {status}"
REASON_NO_PROPOSAL = "förslag till beslut saknas"
REASON_NO_DATE = "datum för undertecknande saknas"
REASON_NO_POSITION = "borgarrådsberedningens ställningstagande saknas"

# The agenda as text, Markdown and HTML.
AGENDA_TITLE = "Föredragningslista"
AGENDA_HEADING = "{title}: {body}, {date}"
AGENDA_ITEM_LINE = "{number}. {dnr}  Rotel {rotel}  {title}"
AGENDA_ITEM_FACTS = "{dnr}, rotel {rotel}"
AGENDA_ITEM_HEADING = "{number}. {title}"
AGENDA_CARRIED_OVER = "Bordlagt vid sammanträdet {date}"
AGENDA_PRESENTERS = "Föredragande: {names}"
AGENDA_OUTCOME = "Beslut vid sammanträdet: {decision}"
AGENDA_POSITION = "Borgarrådsberedningen: {position}"
AGENDA_SECRET_TITLE = "Sekretessbelagt ärende ({ground})"
AGENDA_SECRET_MARK = "Sekretess: {ground}"
BODY_NAMES = {
    "borgarrådsberedningen": "Borgarrådsberedningen",
    "kommunstyrelsen": "Kommunstyrelsen",
    "kommunfullmäktige": "Kommunfullmäktige",
}

# What each new front-matter key holds, shown by editors from the JSON Schema.
FIELD_DOCS = {
    "sammanträden": (
        "Sammanträden som ärendet är planerat för eller behandlades vid: organ, datum, "
        "punkt och beslut."
    ),
    "organ": "borgarrådsberedningen, kommunstyrelsen eller kommunfullmäktige.",
    "punkt": "Ärendets nummer på föredragningslistan (ett heltal från 1).",
    "beslut": "Vad sammanträdet gjorde: behandlad, beslutad, bordlagd eller återremitterad.",
    "sekretess": (
        "Sekretessmarkeringar med lagrum: en utan 'avsnitt' gäller hela ärendet, en med "
        "'avsnitt' gäller det avsnittet."
    ),
    "avsnitt": "Rubriken på det sekretessmarkerade avsnittet, som den står i texten.",
    "grund": "Lagrum för sekretessen, t.ex. 'OSL 19:3'.",
}
SCHEMA_DEFS = {
    "Meeting": (
        "Sammanträde",
        "Ett sammanträde: organ, datum, punkt på föredragningslistan och beslut.",
    ),
    "MeetingBody": (
        "Organ",
        "Organet som sammanträder: borgarrådsberedningen, kommunstyrelsen eller kommunfullmäktige.",
    ),
    "MeetingDecision": (
        "Beslut",
        "Vad sammanträdet gjorde med ärendet: behandlad (skickat vidare), beslutad, "
        "bordlagd eller återremitterad.",
    ),
    "SecrecyMark": (
        "Sekretessmarkering",
        "Lagrum (grund) för sekretessen och, för ett enskilt avsnitt, dess rubrik (avsnitt).",
    ),
}

# The check command's warning about a secret case on a branch that follows a remote.
CHECK_SECRET_ON_REMOTE = (
    "ärendet är sekretessmarkerat ({ground}) och grenen {branch} följer fjärrgrenen "
    "{upstream}; det som skickas dit lämnar datorn. Flytta ärendet till en lokal gren "
    "eller ta bort fjärrkopplingen (git branch --unset-upstream)"
)

# --- The status order in the app -------------------------------------------------------------
APP_JUMP_TITLE = "Statushopp"
APP_JUMP_QUESTION = (
    "Statusen går från {old} till {new}, utanför den vanliga ordningen (från {old} går "
    "ärendet till: {allowed}). Spara ändå? Hoppet skrivs i versionens meddelande."
)
APP_JUMP_BUTTON = "Hoppa ändå"

# --- The agenda in the app -------------------------------------------------------------------
KEY_AGENDA = "Föredragningslista"
KEY_AGENDA_HELP = "Visa föredragningslistan för ett sammanträde (organ och datum ur ärendena)"
KEY_AGENDA_OPEN = "Öppna"
KEY_AGENDA_OPEN_HELP = "Öppna det markerade ärendet"
KEY_AGENDA_BODY = "Organ"
KEY_AGENDA_BODY_HELP = "Välj organ: borgarrådsberedningen, kommunstyrelsen eller kommunfullmäktige"
KEY_AGENDA_DATE = "Datum"
KEY_AGENDA_DATE_HELP = "Välj bland sammanträdena som ärendena nämner för organet"
AGENDA_LOADING = "läser ärendena …"
AGENDA_NO_MEETINGS = "Inga ärenden nämner något sammanträde (nyckeln sammanträden i ärendet)."
AGENDA_APP_EMPTY = "Inga ärenden på föredragningslistan."
AGENDA_APP_STATUS = ("{n} punkt · F2 organ · F3 datum", "{n} punkter · F2 organ · F3 datum")
AGENDA_APP_SKIPPED = ("{n} ärendefil med fel är inte med", "{n} ärendefiler med fel är inte med")
AGENDA_PICK_BODY = "Organ"
AGENDA_PICK_DATE = "Sammanträde"
AGENDA_WARNINGS = "Varningar:"
