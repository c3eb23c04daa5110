"""Swedish messages of the file format: reading, decoding and validating case files."""

NOT_UTF8 = (
    "filen är inte UTF-8 (ogiltig byte 0x{byte:02x}); spara den som UTF-8, "
    "t.ex. med: iconv -f latin1 -t utf-8"
)
BOM_REMOVED = "filen börjar med en BOM (byte order mark); den tas bort när filen formateras"
CRLF_NORMALISED = "filen har CRLF-radslut (Windows); de blir LF när filen formateras"
CR_NORMALISED = "filen har radslut med bara CR (gamla Mac OS); de blir LF när filen formateras"
NUL_BYTE = "filen innehåller en NUL-byte; det är inte en textfil"
TOO_LARGE = "filen är för stor ({size} byte; högst {limit})"
CONFLICT_MARKERS = (
    "olöst sammanslagning: Git-konfliktmarkör '{marker}'; lös konflikten och ta bort "
    "markörerna (<<<<<<<, =======, >>>>>>>) innan filen används"
)
# A case file left in conflict by an unfinished merge (pmtui.store.merge_state).
MERGE_OPERATIONS = {
    "merge": "sammanslagning (git merge)",
    "rebase": "ombasering (git rebase)",
    "cherrypick": "cherry-pick (git cherry-pick)",
    "revert": "återställning (git revert)",
    "bisect": "felsökning med git bisect",
    "other": "Git-operation",
}
MERGE_IN_PROGRESS = "Git är mitt i en {operation}."
MERGE_CONFLICTED = (
    "{count} olösta konflikter (Git-konfliktmarkörer <<<<<<<, =======, >>>>>>>): {paths}"
)
MERGE_CONFLICTED_COUNT = ("1 ärende har", "{n} ärenden har")
MERGE_HOW = ("Så löser du konflikten:", "Så löser du konflikterna:")
MERGE_STEPS = (
    "  1. Öppna i din editor ($EDITOR {paths}), behåll det som ska gälla mellan "
    "<<<<<<< och >>>>>>> och ta bort markörerna.",
    "  2. Kontrollera: pmtui check {paths}",
    "  3. Markera som löst: git add {paths}",
)
MERGE_FINISH = {
    "merge": "  4. Avsluta sammanslagningen: git commit (eller avbryt den: git merge --abort)",
    "rebase": "  4. Fortsätt: git rebase --continue (eller avbryt: git rebase --abort)",
    "cherrypick": "  4. Fortsätt: git cherry-pick --continue (eller avbryt: git cherry-pick --abort)",
    "revert": "  4. Fortsätt: git revert --continue (eller avbryt: git revert --abort)",
}
MERGE_FINISH_OTHER = "  4. Avsluta det Git höll på med; 'git status' säger hur."
NO_FRONT_MATTER = "filen ska börja med en rad '---' följd av ärendets uppgifter (front matter)"
FRONT_MATTER_UNCLOSED = "front matter avslutas aldrig med en rad '---'"
FRONT_MATTER_NOT_MAPPING = "front matter måste vara nycklar med värden (en mappning), inte {got}"
FRONT_MATTER_TOO_LARGE = "front matter är för stor ({size} byte; högst {limit})"
YAML_SYNTAX = "ogiltig YAML: {problem}"
YAML_SYNTAX_UNKNOWN = (
    "YAML-syntaxen går inte att läsa här (kontrollera indrag, kolon och citattecken)"
)
# libyaml's problem texts (they are fixed strings in its scanner, parser and reader),
# said in Swedish; anything not listed gets YAML_SYNTAX_UNKNOWN, never the English text.
YAML_PROBLEMS = {
    "did not find expected key": "en rad i mappningen är ingen nyckel; kontrollera indraget",
    "did not find expected '-' indicator": "en rad i listan börjar inte med '-'; kontrollera indraget",
    "did not find expected ',' or ']'": "listan som börjar med [ stängs aldrig med ]",
    "did not find expected ',' or '}'": "mappningen som börjar med { stängs aldrig med }",
    "did not find expected node content": "ett värde saknas",
    "did not find expected <document start>": "oväntad text efter front matter-dokumentet",
    "mapping values are not allowed in this context": (
        "ett kolon följt av mellanslag står där ett värde väntades; sätt värdet inom citattecken"
    ),
    "block sequence entries are not allowed in this context": (
        "en listrad ('- ') står där den inte får stå; kontrollera indraget"
    ),
    "could not find expected ':'": "en nyckel saknar kolon",
    "found character that cannot start any token": (
        "ett tecken som inte får inleda ett värde (t.ex. @, ` eller tabb); sätt värdet inom "
        "citattecken"
    ),
    "found unexpected end of stream": "texten tar slut mitt i ett värde (ett citattecken stängs aldrig)",
    "found unknown escape character": "okänd escape-sekvens med \\ inom dubbla citattecken",
    "found undefined tag handle": "okänd YAML-tagg",
    "found duplicate %YAML directive": "%YAML-direktivet står två gånger",
    "found incompatible YAML document": "YAML-versionen stöds inte",
    "did not find expected alphabetic or numeric character": "ett & eller * utan namn efter sig",
    "did not find expected comment or line break": "oväntad text efter värdet på samma rad",
    "found a tab character that violates indentation": "tabb i indraget; använd mellanslag",
    "found a tab character that violate indentation": "tabb i indraget; använd mellanslag",
    "found a tab character where an indentation space is expected": (
        "tabb i indraget; använd mellanslag"
    ),
    "control characters are not allowed": "styrtecken är inte tillåtna",
    "exceeded maximum nesting depth": "för djup nästling i YAML",
}
YAML_ALIAS = "YAML-ankare och alias (&namn, *namn) är inte tillåtna"
YAML_TAG = "YAML-taggar ({tag}) är inte tillåtna"
YAML_TOO_DEEP = "för djup nästling i YAML (mer än {limit} nivåer)"
YAML_TOO_MANY = "för många YAML-element (mer än {limit})"
YAML_DUPLICATE_KEY = "nyckeln {key} förekommer två gånger (den första är på rad {first})"
YAML_KEY_NOT_TEXT = "en nyckel måste vara text"
YAML_SEVERAL_DOCUMENTS = "front matter får bara innehålla ett YAML-dokument"
YAML_COMMENT_DROPPED = (
    "kommentaren i front matter tas bort när filen formateras eller sparas; "
    "skriv den i brödtexten om den ska finnas kvar"
)
BODY_KEY_IN_FRONT_MATTER = "'avsnitt' skrivs som ##-rubriker i brödtexten, inte i front matter"

BODY_TEXT_BEFORE_SECTION = "text före första avsnittet; börja brödtexten med en rubrik '## …'"
BODY_LEVEL_ONE_HEADING = (
    "rubrik på nivå 1 ('# …') i brödtexten; avsnitt skrivs '## …' och ärendets rubrik står "
    "i front matter (rubrik:)"
)
BODY_SUBSECTION_WITHOUT_SECTION = "underrubrik '### …' före första avsnittet '## …'"

# Pydantic error types → what was expected. {got} is the value found.
MISSING = "saknas (obligatoriskt)"
UNKNOWN_KEY = "okänd nyckel"
UNKNOWN_KEY_SUGGEST = "okänd nyckel; menade du '{suggestion}'?"
EXPECTED = "väntade {expected}, fick {got}"
EXPECTED_ONE_OF = "väntade ett av {choices}, fick {got}"
TOO_SHORT = "får inte vara tom"
INVALID = "ogiltigt värde: {got}"
GOT_NOTHING = "ingenting"
OR = " eller "
GOT_MAPPING = "en mappning"
GOT_LIST = "en lista"
# A long value repeated in a message: its start, then its length.
SHORTENED = "{start}… ({length} tecken)"
SHORTENED_QUOTED = "{start} ({length} tecken)"

EXPECTED_BY_TYPE = {
    "list_type": "en lista",
    "string_type": "text",
    "dict_type": "nycklar med värden (en mappning)",
    "model_type": "nycklar med värden (en mappning)",
    "model_attributes_type": "nycklar med värden (en mappning)",
    "bool_parsing": "ja, nej, true eller false",
    "bool_type": "ja, nej, true eller false",
    "date_from_datetime_parsing": "ett datum (ÅÅÅÅ-MM-DD)",
    "date_parsing": "ett datum (ÅÅÅÅ-MM-DD)",
    "date_type": "ett datum (ÅÅÅÅ-MM-DD)",
    "date_from_datetime_inexact": "ett datum (ÅÅÅÅ-MM-DD)",
    "string_unicode": "text som kan sparas som UTF-8",
    "union_tag_invalid": "ett block med typ: stycke eller markdown",
    "union_tag_not_found": "ett block med typ: stycke eller markdown",
    "int_type": "ett heltal",
    "int_parsing": "ett heltal",
    "float_type": "ett tal",
    "float_parsing": "ett tal",
    "none_required": "ingenting",
    "frozen_instance": "ett värde som inte ändras",
}
# What a field holds, when a list or text was expected there (by YAML key).
EXPECTED_BY_FIELD = {
    "föredragande": "en lista med namn",
    "ledamöter": "en lista med namn",
    "underrubriker": "en lista med rader",
    "övriga_dnr": "en lista med diarienummer",
    "beslutsförslag": "en lista med beslutsblock (inledning, punkter)",
    "beredningens_beslutsförslag": "en lista med beslutsblock (inledning, punkter)",
    "punkter": "en lista med att-satser",
    "underpunkter": "en lista med att-satser",
    "remisser": "en lista med remissinstanser (instans, datum)",
    "hänvisningar": "en lista med hänvisningar (dnr, beskrivning)",
    "reservationer": "en lista med reservationer (parti, ledamöter, text)",
    "särskilda_uttalanden": "en lista med särskilda uttalanden (parti, ledamöter, text)",
    "ersättaryttranden": "en lista med ersättaryttranden (parti, ledamöter, text)",
    "datum": "ett datum (ÅÅÅÅ-MM-DD)",
    "utfall": "nycklar med värden (ställningstagande, reservationer …)",
}
# What one item of a list holds, when an item has the wrong type (by the list's YAML key).
EXPECTED_ITEM_BY_FIELD = {
    "föredragande": "ett namn",
    "ledamöter": "ett namn",
    "underrubriker": "en rad text",
    "övriga_dnr": "ett diarienummer",
    "punkter": "en att-sats (text, eller text: med underpunkter:)",
    "underpunkter": "en att-sats (text, eller text: med underpunkter:)",
    "beslutsförslag": "ett beslutsblock (inledning, punkter)",
    "beredningens_beslutsförslag": "ett beslutsblock (inledning, punkter)",
    "remisser": "en remissinstans (instans, datum)",
    "hänvisningar": "en hänvisning (dnr, beskrivning)",
    "reservationer": "en reservation (parti, ledamöter, text)",
    "särskilda_uttalanden": "ett särskilt uttalande (parti, ledamöter, text)",
    "ersättaryttranden": "ett ersättaryttrande (parti, ledamöter, text)",
}
FIELD_SECTION = "avsnitt {heading!r}"
FIELD_ITEM = "{name}[{number}]"
