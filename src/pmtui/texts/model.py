"""Swedish messages of the case model: validation of fields and cross-field rules."""

DNR_INVALID = "ogiltigt diarienummer {value!r}: väntade formen 'KS 2023/886' eller '155-1302/2015'"
DNR_SLUG_INVALID = "ogiltigt filnamn för ett ärende {value!r}: väntade t.ex. 'ks-2023-886'"
DNR_RESERVED = (
    "ogiltigt diarienummer {value!r}: registret OKANT är reserverat; "
    "skriv 'okänt (lokalt ÅÅÅÅ-N)' för ett ärende vars diarienummer inte är känt"
)
DNR_UNKNOWN = "okänt (lokalt {year}-{number})"
DNR_UNKNOWN_NEEDS_ID = (
    "diarienumret {value!r} behöver ett lokalt id som ingen annan har: "
    "skriv t.ex. 'okänt (lokalt 2008-1)' (året och ett löpnummer från 1)"
)
DNR_UNKNOWN_PRINTED = "okänt"
ROTEL_INVALID = "ogiltig rotel {value!r}: väntade romerska siffror, t.ex. 'I' eller 'I+VII'"
NUMMER_INVALID = "ogiltigt nummer {value!r}: väntade formen '2016:122' eller '2005'"
POINT_NUMBER_INVALID = "ogiltigt punktnummer {value!r}: väntade t.ex. '3' eller '3.1'"
DOCUMENT_KIND_UNKNOWN = (
    "handlingen {value!r} är inte en handling som pmtui modellerar: "
    "skriv PM, Utlåtande eller Tjänsteutlåtande"
)
DATE_INVALID = "ogiltigt datum {value!r}: väntade ett datum som finns, skrivet ÅÅÅÅ-MM-DD"
FLAG_INVALID = "ogiltigt värde {value!r}: väntade true, false, ja eller nej"
UNWRITABLE_CHARACTER = "texten innehåller ett tecken som inte kan sparas (U+{code:04X})"
EMPTY_TEXT = "får inte vara tom"
ONE_LINE = "måste stå på en rad"
HEADING_HASH = "en rubrik får inte sluta med '#'"
PARAGRAPH_MARKUP = (
    "stycket börjar med Markdown-syntax ({start!r}); skriv om början eller lägg det i ett "
    "markdown-block"
)
MARKDOWN_HEADING = (
    "ett markdown-block får inte innehålla rubriker '#', '##' eller '###'; de blir avsnitt"
)
MARKDOWN_PROSE = "markdown-blocket är ett vanligt stycke; skriv det som stycke (typ: stycke)"
MARKDOWN_UNCLOSED = (
    "markdown-blocket är inte avslutat (t.ex. ett kodblock ``` utan avslutande ``` eller en "
    "HTML-kommentar utan -->) och skulle svälja texten efter sig"
)
DUPLICATE = "{what} {value!r} förekommer mer än en gång"
NO_POINTS = "beslutsblocket saknar att-satser"

# Cross-field rules: (code, message). Codes are stable identifiers for tests and filters.
RULE_SYNPUNKTER_MINA = "rubriken 'Mina synpunkter' men ärendet har {n} föredragande borgarråd"
RULE_SYNPUNKTER_VARA = "rubriken 'Våra synpunkter' men ärendet har ett föredragande borgarråd"
RULE_REMISS_AVSTATT_WITH_STATEMENT = (
    "{instans} har avstått från yttrande men Remissammanställningen har ett yttrande från instansen"
)
RULE_REMISS_NO_STATEMENT = (
    "{instans} saknar yttrande under '### {instans}' i Remissammanställningen "
    "(ange 'avstått: true' om instansen avstått)"
)
RULE_STATEMENT_NOT_LISTED = (
    "Remissammanställningen har ett yttrande från {instans} som inte finns under 'remisser'"
)
RULE_OWN_DNR_REFERENCED = "hänvisningen {dnr} är ärendets eget diarienummer"
RULE_DNR_REPEATED = "{dnr} står både som huvuddiarienummer och under 'övriga_dnr'"
RULE_UTLATANDE_NUMMER = "ett utlåtande brukar ha ett nummer, t.ex. '2017:19'"
RULE_ENDORSED_WITHOUT_OUTCOME = (
    "status är {status} men 'utfall' saknar borgarrådsberedningens ställningstagande"
)
RULE_OUTCOME_BEFORE_PREPARED = "ärendet har ett utfall men status är fortfarande {status}"
RULE_NO_SUMMARY = "ärendet saknar avsnittet 'Sammanfattning av ärendet'"
RULE_NO_DECISION = "ärendet saknar förslag till beslut (beslutsförslag)"
RULE_BOARD_SAME_AS_COMMISSIONER = (
    "beredningens_beslutsförslag är identiskt med föredragandes förslag och lagras bara en gång"
)
RULE_SECTION_TWICE = "avsnittet {heading!r} förekommer mer än en gång"
RULE_FUTURE_NOT_SIGNED = "status är {status} men datum för undertecknande saknas"

# What each front-matter key holds, shown by editors from the JSON Schema.
FIELD_DOCS = {
    "dnr": (
        "Diarienummer som det är tryckt, t.ex. 'KS 2023/886' eller '023-1083/2008'. "
        "Ärendets identitet. Okänt: 'okänt (lokalt 2008-1)'."
    ),
    "protokollsbilaga": (
        "Raden över huvudet när handlingen är bilaga till ett protokoll, "
        "t.ex. 'Bilaga 6:7 till kommunstyrelsens protokoll den 19 mars 2003, 8'."
    ),
    "uppställning": "modern, eller äldre (före ca 2010: beredningens förslag först).",
    "föredragande_text": "Raden om föredragande som den är tryckt, när den skiljer sig.",
    "bilagor": "Handlingens bilagor, en rad var.",
    "antecknade_yttranden": "Ledamöter som antecknade som yttrande: parti, ledamöter och text.",
    "yrkanden": "Ett partis yrkande med egna att-satser: parti, ledamöter och beslutsförslag.",
    "övriga_dnr": "Fler diarienummer som ärendet behandlar (huvudnumret står under dnr).",
    "handling": "Slag av handling: PM, Utlåtande eller Tjänsteutlåtande.",
    "nummer": (
        "Handlingens nummer, t.ex. '2016:122' (PM 2016:122, Utlåtande 2017:19); "
        "i en att-sats det tryckta punktnumret, t.ex. '3.1'."
    ),
    "rotel": "Rotel med romerska siffror; gemensam rotel skrivs 'I+VII'.",
    "rubrik": "Ärendets rubrik.",
    "underrubriker": "Rader under rubriken, t.ex. 'Motion (2016:5) av NN (M)'.",
    "föredragande": "Föredragande borgarråd, ett eller flera namn.",
    "status": "Var ärendet står: utkast, remiss, beredd, tillstyrkt, beslutad …",
    "arkiverad": "true när ärendet är arkiverat: det döljs i listorna men finns kvar med sin historik.",
    "datum": "Datum (ÅÅÅÅ-MM-DD).",
    "ort": "Ort för undertecknandet; Stockholm om inget anges.",
    "beslutsförslag": "Föredragande borgarrådets förslag till beslut: block med inledning och att-satser.",
    "beredningens_beslutsförslag": "Borgarrådsberedningens förslag, bara när att-satserna skiljer sig.",
    "inledning": "Blockets inledande mening, t.ex. 'Kommunstyrelsen beslutar för egen del följande.'",
    "beredningens_inledning": "Borgarrådsberedningens inledning till samma att-satser.",
    "punkter": "Att-satser; en text, eller text med underpunkter (3.1, 3.2).",
    "underpunkter": "Underpunkter till en att-sats.",
    "utfall": "Borgarrådsberedningens ställningstagande och ledamöternas yttranden.",
    "ställningstagande": "tillstyrker, avstyrker, återremitterar eller bordlägger.",
    "reservationer": "Reservationer: parti, ledamöter och text.",
    "särskilda_uttalanden": "Särskilda uttalanden: parti, ledamöter och text.",
    "ersättaryttranden": "Ersättaryttranden: parti, ledamöter och text.",
    "parti": "Partiets förkortning, t.ex. M, S, L.",
    "ledamöter": "Ledamöternas namn.",
    "text": "Text; en mening per rad, tom rad mellan stycken.",
    "remisser": "Remissinstanser; yttrandet står under '### Instans' i Remissammanställningen.",
    "instans": "Remissinstansens namn, t.ex. Stadsledningskontoret.",
    "avstått": "true om instansen har avstått från yttrande.",
    "hänvisningar": "Tidigare beslut som ärendet hänvisar till.",
    "beskrivning": "Vad hänvisningen gäller.",
}

# The JSON Schema's own title and description, and those of the parts it defines once
# (``$defs``), by definition name: (title, description). Model docstrings are English
# notes for programmers and never reach the schema.
SCHEMA_TITLE = "pmtui: ärende (front matter)"
SCHEMA_DESCRIPTION = (
    "Uppgifterna överst i en ärendefil (mellan raderna '---'), i den ordning de skrivs. "
    "Brödtexten med avsnitten (## Rubrik) står efter front matter och ingår inte här."
)
SCHEMA_DEFS = {
    "DecisionBlock": (
        "Beslutsblock",
        "En inledning (t.ex. 'Kommunstyrelsen beslutar för egen del följande.') och dess att-satser.",
    ),
    "DecisionPoint": (
        "Att-sats",
        "En att-sats: en text, eller text med underpunkter (numreras 3.1, 3.2 … under punkt 3).",
    ),
    "DocumentKind": ("Handling", "Slag av handling: PM, Utlåtande eller Tjänsteutlåtande."),
    "Layout": ("Uppställning", "modern, eller äldre (före ca 2010: beredningens förslag först)."),
    "Motion": ("Yrkande", "Ett partis yrkande: parti, ledamöter och egna att-satser."),
    "MemberStatement": (
        "Yttrande",
        "En reservation, ett särskilt uttalande eller ett ersättaryttrande: parti, ledamöter och text.",
    ),
    "Outcome": ("Utfall", "Hur borgarrådsberedningen behandlade ärendet."),
    "Position": (
        "Ställningstagande",
        "Vad borgarrådsberedningen säger om föredragande borgarrådets förslag.",
    ),
    "Reference": (
        "Hänvisning",
        "Ett tidigare beslut som ärendet hänvisar till, t.ex. (155-1302/2015).",
    ),
    "Referral": (
        "Remissinstans",
        "En remissinstans: instansens namn och datum för yttrandet, eller att den avstått.",
    ),
    "Status": (
        "Status",
        "Var ärendet står, i den ordning ett ärende brukar gå: utkast, remiss, beredd …",
    ),
    "Text": ("Text", "Text som inte är tom (bara blanksteg) och inte innehåller NUL."),
    "Datum": ("Datum", "Ett datum som finns, skrivet ÅÅÅÅ-MM-DD."),
    "Dnr": ("Diarienummer", "Diarienummer, t.ex. 'KS 2023/886' eller '155-1302/2015'."),
}

# What a value must look like, shown by editors (patternErrorMessage) instead of the pattern.
SCHEMA_TEXT_HINT = "får inte vara tom (bara blanksteg) eller innehålla NUL"
SCHEMA_FLAG_HINT = "väntade true, false, ja eller nej"
SCHEMA_DATE_HINT = "väntade ett datum som finns, skrivet ÅÅÅÅ-MM-DD, t.ex. 2023-09-06"
SCHEMA_DNR_HINT = (
    "väntade ett diarienummer, t.ex. 'KS 2023/886' eller '155-1302/2015', "
    "eller 'okänt (lokalt 2008-1)'"
)
SCHEMA_ROTEL_HINT = (
    "väntade en rotel med romerska siffror I–XIX, t.ex. 'I' eller 'I+VII', utan upprepning"
)
SCHEMA_POINT_NUMBER_HINT = "väntade ett punktnummer, t.ex. '3' eller '3.1'"
SCHEMA_NUMMER_HINT = "väntade formen '2016:122' eller '2005'"

# Names of the parts of a case, as change summaries and commit messages write them.
PART_FIELD = "{label}"
PART_POINT = "att-sats {number}"
PART_BLOCK = "beslutsblock {number}"
PART_SECTION = "avsnittet {heading}"
PART_NEW_CASE = "nytt ärende"
CHANGE_SUMMARY = "ändrade {parts}"
CHANGE_NOTHING = "inga ändringar"
FIELD_LABELS = {
    "dnr": "dnr",
    "övriga_dnr": "övriga dnr",
    "handling": "handling",
    "nummer": "nummer",
    "rotel": "rotel",
    "rubrik": "rubrik",
    "underrubriker": "underrubriker",
    "föredragande": "föredragande",
    "status": "status",
    "arkiverad": "arkiverad",
    "datum": "datum",
    "ort": "ort",
    "beredningens_beslutsförslag": "beredningens förslag",
    "utfall": "utfall",
    "remisser": "remisser",
    "hänvisningar": "hänvisningar",
}
