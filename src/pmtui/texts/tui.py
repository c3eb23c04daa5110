"""Swedish texts of the terminal app: the shell, the case list, help, palette and config."""

APP_TITLE = "pmtui"
APP_SUBTITLE = "Ärenden i {root}"

# The case list
FILTER_PLACEHOLDER = "Skriv för att filtrera: dnr, rubrik, namn eller text i ärendet …"
COLUMN_DNR = "Dnr"
COLUMN_ROTEL = "Rotel"
COLUMN_TITLE = "Rubrik"
COLUMN_PRESENTERS = "Föredragande"
COLUMN_STATUS = "Status"
COLUMN_DATE = "Datum"
COLUMN_CHANGED = "Senast ändrad"
CHANGED_BY_AT = "{when} {author}"
LOADING_CASES = "Läser ärenden …"
LOADING_CASES_PROGRESS = "Läser ärenden … {done} av {total} (första gången; sedan går det fort)"
NO_CASES = "Inga ärenden ännu. Skapa ett med 'pmtui new' eller prova 'pmtui demo'."
NO_MATCHES = "Inga ärenden matchar filtret."
INVALID_CASE_MARK = "⚠"
DRAFT_CASE_MARK = "✎"
STATUS_DRAFTS = "✎ osparat utkast: {count}"
STATUS_LINE = ("{shown} av {n} ärende", "{shown} av {n} ärenden")
STATUS_SORT = "sorterat på {column} {direction}"
SORT_ASCENDING = "↑"
SORT_DESCENDING = "↓"
STATUS_FILTER_STATUS = "status: {value}"
STATUS_FILTER_ROTEL = "rotel: {value}"
STATUS_BODY_INDEX_READY = "söker även i ärendetexter"
STATUS_BODY_INDEX_BUILDING = "ärendetexterna indexeras …"
STATUS_CHANGES_LOADING = "läser senaste ändringar för sorteringen …"
EDITOR_MISSING = "Ärendevyn är inte klar ännu: {dnr} kan inte öppnas här."

# Pickers
PICK_STATUS_TITLE = "Visa ärenden med status"
PICK_ROTEL_TITLE = "Visa ärenden i rotel"
PICK_SORT_TITLE = "Sortera efter kolumn"
PICK_ALL = "Alla"
PICK_HINT = "Enter väljer, Esc avbryter"

# Binding descriptions (shown in the footer, the help screen and the palette)
KEY_OPEN = "Öppna"
KEY_OPEN_HELP = "Öppna det markerade ärendet"
KEY_SORT = "Sortera"
KEY_SORT_HELP = "Välj kolumn att sortera efter (samma kolumn igen vänder ordningen)"
KEY_REVERSE = "Vänd"
KEY_REVERSE_HELP = "Vänd sorteringsordningen"
KEY_STATUS = "Status"
KEY_STATUS_HELP = "Visa bara ärenden med en viss status"
KEY_ROTEL = "Rotel"
KEY_ROTEL_HELP = "Visa bara ärenden i en viss rotel"
KEY_CLEAR = "Rensa"
KEY_CLEAR_HELP = "Rensa filtertext, status- och rotelfilter"
KEY_RELOAD = "Läs om"
KEY_RELOAD_HELP = "Läs om ärendelistan från arkivet"
KEY_UP = "Upp"
KEY_UP_HELP = "Flytta markeringen uppåt"
KEY_DOWN = "Ned"
KEY_DOWN_HELP = "Flytta markeringen nedåt"
KEY_PAGE_UP = "Sida upp"
KEY_PAGE_UP_HELP = "Flytta markeringen en sida uppåt"
KEY_PAGE_DOWN = "Sida ned"
KEY_PAGE_DOWN_HELP = "Flytta markeringen en sida nedåt"
KEY_FIRST = "Första"
KEY_FIRST_HELP = "Gå till första ärendet"
KEY_LAST = "Sista"
KEY_LAST_HELP = "Gå till sista ärendet"
KEY_HELP = "Hjälp"
KEY_HELP_HELP = "Visa alla tangenter för den här vyn"
KEY_PALETTE = "Kommandon"
KEY_PALETTE_HELP = "Öppna kommandopaletten (alla kommandon)"
KEY_QUIT = "Avsluta"
KEY_QUIT_HELP = "Avsluta pmtui (frågar först om ett ärende har osparade ändringar)"
KEY_CLOSE = "Stäng"
KEY_CLOSE_HELP = "Stäng den här rutan"
KEY_THEME = "Färgtema"
KEY_THEME_HELP = "Byt färgtema"

# Bindings that come from Textual's own widgets, by action name.
PALETTE_NO_MATCHES = "Inga träffar för ”{query}”"
THEME_PLACEHOLDER = "Sök bland färgteman …"

WIDGET_ACTIONS = {
    "cursor_up(True)": "Markera en rad uppåt",
    "cursor_down(True)": "Markera en rad nedåt",
    "cursor_line_start(True)": "Markera till början av raden",
    "cursor_line_end(True)": "Markera till slutet av raden",
    "cursor_word_left(True)": "Markera ett ord vänster",
    "cursor_word_right(True)": "Markera ett ord höger",
    "delete_to_end_of_line_or_delete_line": "Radera till radens slut (på en tom rad: raden)",
    "select_line": "Markera raden",
    "show_overlay": "Visa alternativen",
    "scroll_top": "Till början",
    "scroll_bottom": "Till slutet",
    "press": "Tryck på knappen",
    "toggle_button": "Växla",
    "command_list('cursor_up')": "Föregående kommando",
    "command_list('first')": "Första kommandot",
    "command_list('last')": "Sista kommandot",
    "command_list('page_up')": "Sida upp bland kommandona",
    "command_list('page_down')": "Sida ned bland kommandona",
    "escape": "Stäng",
    "cursor_left": "Markören ett tecken vänster",
    "cursor_left(True)": "Markera ett tecken vänster",
    "cursor_left_word": "Markören ett ord vänster",
    "cursor_left_word(True)": "Markera ett ord vänster",
    "cursor_right": "Markören ett tecken höger (eller godta förslaget)",
    "cursor_right(True)": "Markera ett tecken höger",
    "cursor_right_word": "Markören ett ord höger",
    "cursor_right_word(True)": "Markera ett ord höger",
    "delete_left": "Radera tecknet till vänster",
    "delete_right": "Radera tecknet till höger",
    "delete_left_word": "Radera ordet till vänster",
    "delete_right_word": "Radera ordet till höger",
    "delete_left_all": "Radera allt till vänster",
    "delete_right_all": "Radera allt till höger",
    "select_all": "Markera allt",
    "home": "Till början av raden",
    "home(True)": "Markera till början av raden",
    "end": "Till slutet av raden",
    "end(True)": "Markera till slutet av raden",
    "submit": "Öppna det markerade ärendet",
    "cut": "Klipp ut",
    "copy": "Kopiera",
    "paste": "Klistra in",
    "quit": KEY_QUIT_HELP,
    "command_palette": KEY_PALETTE_HELP,
    "help_quit": "Visar hur man avslutar",
    "focus_next": "Nästa fält",
    "previous_tab": "Föregående flik",
    "next_tab": "Nästa flik",
    "copy_text": "Kopiera markerad text",
    "maximize": "Maximera",
    "minimize": "Återställ storlek",
    "toggle_option": "Växla",
    "select": "Välj",
    "undo": "Ångra",
    "redo": "Gör om",
    "cursor_page_up": "Sida upp",
    "cursor_page_down": "Sida ned",
    "cursor_line_start": "Till början av raden",
    "cursor_line_end": "Till slutet av raden",
    "cursor_word_left": "Ett ord vänster",
    "cursor_word_right": "Ett ord höger",
    "delete_line": "Radera raden",
    "delete_to_start_of_line": "Radera till början av raden",
    "delete_to_end_of_line": "Radera till slutet av raden",
    "delete_word_left": "Radera ordet till vänster",
    "delete_word_right": "Radera ordet till höger",
    "toggle": "Växla",
    "scroll_page_up": "Rulla en sida upp",
    "scroll_page_down": "Rulla en sida ned",
    "focus_previous": "Föregående fält",
    "dismiss": KEY_CLOSE_HELP,
    "select_cursor": "Välj",
    "cursor_up": "Upp",
    "cursor_down": "Ned",
    "page_up": "Sida upp",
    "scroll_up": "Rulla upp",
    "scroll_down": "Rulla ned",
    "scroll_left": "Rulla vänster",
    "scroll_right": "Rulla höger",
    "scroll_home": "Rulla till början",
    "scroll_end": "Rulla till slutet",
    "page_left": "Rulla en sida vänster",
    "page_right": "Rulla en sida höger",
    "page_down": "Sida ned",
    "first": "Första",
    "last": "Sista",
}

# The help screen
HELP_TITLE = "Tangenter i {screen}"
HELP_COLUMN_KEY = "Tangent"
HELP_COLUMN_ACTION = "Gör"
HELP_COLUMN_ID = "Id (för omkoppling)"
HELP_FOOTER = (
    'Tangenter kan kopplas om i {path} under [keys], t.ex. "pmtui.list.sort" = "f9". '
    "Ctrl+P öppnar kommandopaletten. Esc stänger."
)
HELP_DISABLED = "(inte tillgänglig just nu)"
SCREEN_NAMES = {
    "CaseListScreen": "ärendelistan",
    "CaseEditorScreen": "ärendet",
    "HistoryScreen": "historiken",
    "DiffScreen": "jämförelsen",
    "BlameScreen": "vem ändrade vad (blame)",
    "ReviewScreen": "granskningen",
    "AgendaScreen": "föredragningslistan",
    "ReviewDiffScreen": "granskningens jämförelse",
    "ConflictResolverScreen": "konfliktvyn",
}
SCREEN_FALLBACK = "den här vyn"

# The command palette
PALETTE_PLACEHOLDER = "Sök kommando …"
PALETTE_ENTRY = "{name} ({key})"

# Errors and notifications
WORKER_FAILED = "Något gick fel: {error}. Inget har skrivits över."
WORKER_FAILED_TITLE = "Fel"
STORE_ERROR = "{message}"
STORE_ERROR_HINT = "{message}\n{hint}"
CONFIG_INVALID = "Inställningsfilen {path} kunde inte läsas: {error}. Standardvärden används."
CONFIG_AT_LEAST = "ett heltal, minst {minimum}"

# The command line
NOT_A_REPOSITORY = (
    "pmtui: här finns inget ärendearkiv ({path}).\n"
    "Skapa ett:     pmtui init MAPP\n"
    "eller prova:   pmtui demo MAPP\n"
    "och starta sedan pmtui i den mappen (eller med --repo MAPP)."
)
HELP_APP = "Öppna arbetsbänken (samma som att köra pmtui utan kommando)."
QUIT_HINT = "Avsluta med Ctrl+Q."
QUIT_HINT_HELP = "Visar hur man avslutar"
CRASHED = (
    "pmtui: ett oväntat fel inträffade och appen stängdes. Inget sparat har skrivits över.\n"
    "Detaljer finns i {log}."
)
