"""Swedish texts of a case in a merge conflict: the app's dialog (tui/screens/case_conflict.py),
the editor's refused save, and the store's resolution (store/resolution.py)."""

# --- the dialog ---------------------------------------------------------------------------
TITLE = "Ärendet är i konflikt"
IN_PROGRESS = (
    "Git är mitt i en {operation}, och {path} är i konflikt: båda versionerna har ändrat "
    "samma ställe, och Git kunde inte välja."
)
IN_CONFLICT = "Git har {path} i konflikt: två versioner har ändrat samma ställe."
OTHERS = "Fler filer är i konflikt: {paths}"
HUNK = "Konflikt {number}, rad {line}:"
SIDE = "{marker} {label} – {role}:"
SIDE_LINE = "    {line}"
SIDE_EMPTY = "    (inget)"
SIDE_MORE = ("    … ({n} rad till)", "    … ({n} rader till)")
HUNKS_MORE = ("… och {n} konflikt till i filen.", "… och {n} konflikter till i filen.")
NO_MARKERS = (
    "Filen har inga konfliktmarkörer kvar, men Git ser den som olöst tills du markerar den "
    "med git add."
)
HOW = (
    "Så gör du: Enter (eller d) öppnar konfliktvyn, där du ser varje del i konflikt sida "
    "vid sida och väljer vår, deras, båda eller skriver själv; där slutförs också "
    "sammanslagningen. Eller tryck e (eller F4) för att lösa hela filen i $EDITOR: behåll "
    "det som ska gälla, ta bort markörerna <<<<<<<, ======= och >>>>>>> och spara. pmtui "
    "kontrollerar filen och skriver den till arbetskatalogen, utan commit; sedan avslutar "
    "du i Git. Esc avbryter, och inget ändras."
)
ATTEMPT_KEPT = "Ditt förra försök (som hade fel) finns kvar och öppnas i redigeraren."
# Who wrote each side, by the operation Git is in (None: no operation, e.g. git stash pop).
OURS = {
    "merge": "din gren",
    "rebase": "grenen du flyttar till",
    "cherrypick": "din gren",
    "revert": "din gren",
}
OURS_OTHER = "din version"
OURS_BRANCH = "{role} ({branch})"
THEIRS = {
    "merge": "grenen som slås ihop",
    "rebase": "din ändring som flyttas",
    "cherrypick": "ändringen som plockas",
    "revert": "det som återställs",
}
THEIRS_OTHER = "den andra versionen"
BASE = "den gemensamma ursprungsversionen"
BUTTON_RESOLVE = "Lös i $EDITOR"
BUTTON_CANCEL = "Avbryt"
KEY_RESOLVE = "Lös i $EDITOR"
KEY_RESOLVE_HELP = (
    "Öppna filen med konflikten i $EDITOR; en giltig lösning skrivs till arbetskatalogen"
)
KEY_CANCEL = "Avbryt"
KEY_CANCEL_HELP = "Tillbaka till listan; inget ändras"

# --- after $EDITOR ------------------------------------------------------------------------
UNCHANGED = "Inga ändringar från redigeraren; konflikten är kvar."
ATTEMPT_NOT_WRITTEN = (
    "Filen för redigeraren kunde inte skrivas ({path}: {error}); inget har ändrats. "
    "Kontrollera att disken har plats och att mappen går att skriva i."
)
NOT_RESOLVED_TITLE = "Konflikten är inte löst än"
NOT_RESOLVED_KEPT = (
    "Inget är förlorat: din text finns kvar i {attempt} och öppnas igen i redigeraren. "
    "Filen i arkivet är orörd. Välj 'Rätta i redigeraren' för att rätta nu, eller Esc för "
    "att vänta med det."
)
NOT_WRITTEN_TITLE = "Lösningen kunde inte skrivas"
NOT_WRITTEN_KEPT = "Din text finns kvar i {attempt}; inget i arkivet har skrivits över."
RESOLVED_TITLE = "Konflikten är löst i filen"
RESOLVED = (
    "{path} är skriven till arbetskatalogen, utan konfliktmarkörer. Ingen commit är gjord, "
    "och Git ser filen som olöst tills du markerar den."
)
RESOLVED_STEPS = "Gör klart i terminalen:"
STEP_ADD = "  1. git add {path}"
STEP_FINISH = {
    "merge": "  2. git commit (eller git merge --continue)",
    "rebase": "  2. git rebase --continue",
    "cherrypick": "  2. git cherry-pick --continue",
    "revert": "  2. git revert --continue",
}
STEP_FINISH_OTHER = "  2. git status visar vad som återstår"
STILL_CONFLICTED = "Lös också de andra filerna i konflikt innan du avslutar: {paths}"
BUTTON_CLOSE = "Stäng"

# --- the editor's save, refused while the case is in conflict -----------------------------
SAVE_REFUSED_TITLE = "Kan inte spara under en sammanslagning"
SAVE_REFUSED = (
    "Git är mitt i en {operation}, och {path} är i konflikt. En sparning nu skulle checka "
    "in en halvfärdig sammanslagning."
)
SAVE_REFUSED_NO_OPERATION = (
    "Git har {path} i konflikt. En sparning nu skulle checka in en halvlöst konflikt."
)
SAVE_REFUSED_HINT = (
    "Lös konflikten först: välj 'Lös konflikten' (eller gå tillbaka till listan och öppna "
    "ärendet igen). Avsluta sedan i Git med git add och git commit. Din text finns kvar i "
    "redigeraren och i utkastfilen."
)
BUTTON_OPEN_RESOLVE = "Lös konflikten"

# --- the store's checks (store/resolution.py) ---------------------------------------------
MARKER_LEFT = "Git-konfliktmarkör '{marker}' finns kvar; ta bort den"
NOT_A_CONFLICT = "{path} är inte i konflikt; det finns inget att lösa"
NOT_A_CONFLICT_HINT = "Öppna ärendet som vanligt och spara det med ctrl+s."
NOT_RESOLVED = "{path} är inte löst: {count} fel"
NOT_RESOLVED_HINT = (
    "Rätta felen (raden står först) och ta bort alla konfliktmarkörer; filen i arkivet är orörd."
)
DISK_CHANGED = "{path} har ändrats på disken sedan konflikten lästes; inget har skrivits"
DISK_CHANGED_HINT = (
    "Någon annan (eller du, i en annan redigerare) har ändrat filen. Öppna ärendet igen för "
    "att se den som den är nu."
)

# --- the dialog's way into the conflict screen --------------------------------------------
BUTTON_PARTS = "Lös del för del"
NO_LONGER_CONFLICTED = "Ärendet är inte i konflikt längre; öppna det igen för att se det."
KEY_PARTS = "Lös del för del"
KEY_PARTS_HELP = (
    "Öppna konfliktvyn: varje del i konflikt sida vid sida, välj vår, deras, båda eller "
    "skriv själv; där slutförs sammanslagningen"
)

# --- the conflict screen (tui/screens/conflict_resolver.py) -------------------------------
RESOLVER_TITLE = "Konflikt i {path} – {situation}"
RESOLVER_NO_OPERATION = "Git har filen i konflikt"
UNIT_ROW = "{cursor} {number:>2}. {mark} {pick:<10} {place}, rad {line}"
UNIT_CURSOR = "▶"
UNIT_CHOSEN = "✓"
UNIT_OPEN = "·"
UNIT_NOT_CHOSEN = "ej vald"
UNIT_LINES = "radkonflikt från Git"
# What was chosen for a unit, by ``Pick`` (editing/conflict_choices.py).
PICKS = {"vår": "vår", "deras": "deras", "båda": "båda", "egen": "egen text"}
COLUMN_OURS = "Vår – {role}"
COLUMN_BASE = "Bas – den gemensamma ursprungsversionen"
COLUMN_THEIRS = "Deras – {role}"
COLUMN_CHOSEN = " ✓"
SIDE_REMOVED = "(inget: borttaget på den här sidan)"
RESULT_TITLE = "Ditt val för konflikt {number}: {pick}"
RESULT_OPEN = (
    "Konflikt {number} har inget val än: o vår, t deras, b båda (vår text, sedan deras), "
    "e skriv själv."
)
RESULT_EMPTY = "(inget: delen tas bort)"
EDIT_TITLE = "Skriv texten för konflikt {number} själv. Esc lämnar fältet; texten blir ditt val."
STATUS = "Konflikt {number} av {total} · {chosen} av {total} valda · {hint}"
STATUS_HINT = "o vår  t deras  b båda  e skriv själv  n/p nästa/föregående  ? alla tangenter"
STATUS_HINT_DONE = "Alla delar har ett val: s eller F10 slutför sammanslagningen"
STATUS_HINT_EDITING = "Esc lämnar fältet; texten blir ditt val"
STATUS_NO_UNITS = (
    "Filen har inga konfliktmarkörer kvar · s eller F10 kontrollerar den, markerar den som löst "
    "och slutför"
)
BOTH_REFUSED_FIELD = (
    "Båda går inte för {place}: ett fält har ett enda värde. Välj vår (o), deras (t) eller "
    "skriv själv (e)."
)
BOTH_REFUSED_HEADING = (
    "Båda går inte för {place}: ett avsnitt har en enda rubrik. Välj vår (o), deras (t) "
    "eller skriv själv (e)."
)
THIS_UNIT = "konflikt {number}"
NOT_ALL_CHOSEN = (
    "{n} konflikt har inget val än ({numbers}); välj för den först.",
    "{n} konflikter har inget val än ({numbers}); välj för dem först.",
)
CHOICES_RESTORED = (
    "Dina tidigare val är återställda: {chosen} av {total}. Inget är skrivet till filen än."
)
CHOICES_NOT_SAVED = (
    "Dina val kunde inte sparas ({path}: {error}); de finns kvar så länge appen är öppen. "
    "Kontrollera att disken har plats."
)
CHOICES_KEPT = (
    "Dina val för {path} ({chosen} av {total}) är sparade; de kommer tillbaka när du öppnar "
    "ärendet igen."
)
INVALID_TITLE = "Lösningen är inget giltigt ärende än"
INVALID_HINT = (
    "Inget är skrivet och dina val finns kvar. Raden står först och gäller den lösta texten; "
    "inom parentes står vilken konflikt den kommer från. Välj om eller skriv själv (e), och "
    "slutför igen."
)
INVALID_HINT_NO_UNITS = (
    "Inget är skrivet. Filen har inga konfliktmarkörer att välja mellan; rätta den i "
    "$EDITOR (tillbaka med Esc, sedan e i dialogen) och slutför sedan här igen."
)
IN_UNIT = "{problem} ({unit})"
FINISHING = "Skriver lösningen och avslutar i Git …"
FINISH_TITLE = "Konflikten är löst"
FINISHED = (
    "{path} är skriven utan konfliktmarkörer och markerad som löst (git add). Git har "
    "avslutat {operation}: commit {commit}."
)
FINISHED_REMAINING = (
    "{path} är skriven utan konfliktmarkörer och markerad som löst (git add). Fler filer är "
    "fortfarande i konflikt, så {operation} är inte avslutad: {paths}. Lös dem också (ett "
    "ärende öppnar du här i listan); när den sista är löst avslutas den, eller kör {command} "
    "i terminalen."
)
FINISHED_STOPPED = (
    "{path} är löst och Git har gått vidare med {operation}, men stannade vid en ny konflikt "
    "i: {paths}. Öppna ärendet igen i listan för att lösa den."
)
FINISHED_NO_OPERATION = (
    "{path} är skriven utan konfliktmarkörer och markerad som löst (git add). Ingen "
    "sammanslagning pågår som ska avslutas."
)
NOT_FINISHED_TITLE = "Sammanslagningen kunde inte slutföras"
NOT_FINISHED_KEPT = "Dina val finns kvar; filen är inte skriven."
# --- the store's finish and abort (store/merge_finish.py) ---------------------------------
STAGE_FAILED = "{command} misslyckades: {error}"
STAGE_FAILED_HINT = (
    "Lösningen är skriven till {path} (utan markörer) men inte markerad som löst. Kör "
    "git add {path} i terminalen när felet är åtgärdat."
)
FINISH_FAILED = "Git kunde inte avsluta ({command}): {error}"
FINISH_FAILED_HINT = (
    "Inget är förlorat: {path} är löst och markerad med git add. Åtgärda felet (t.ex. en "
    "hook som vägrar) och avsluta med {command} i terminalen."
)
ABORT_FAILED = "Git kunde inte avbryta ({command}): {error}"
ABORT_FAILED_HINT = "Inget är ändrat av pmtui. Se git status, och prova {command} i terminalen."
ABORT_NOTHING = "Ingen sammanslagning pågår som kan avbrytas"
ABORT_NOTHING_HINT = (
    "Git har filen i konflikt utan en pågående sammanslagning (t.ex. efter git stash pop). "
    "Lös konflikten här, eller återställ filen i terminalen."
)
# --- abort and back -------------------------------------------------------------------------
ABORT_TITLE = "Avbryta sammanslagningen?"
ABORT_BODY = (
    "{command} avbryter {operation} och återställer grenen, indexet och arbetskatalogen "
    "som de var innan den började. Båda sidorna finns kvar oförändrade i Git: {ours} och "
    "{theirs}. Ändringar i andra filer som inte var incheckade före sammanslagningen kan "
    "gå förlorade, som i terminalen.\n\nDina val här ({chosen} av {total}) sparas och kommer "
    "tillbaka om samma konflikt uppstår igen."
)
BUTTON_ABORT = "Avbryt sammanslagningen"
ABORT_FAILED_TITLE = "Sammanslagningen kunde inte avbrytas"
BUTTON_BACK = "Tillbaka"
ABORTED = "{operation} är avbruten ({command}); allt är som innan den började."
ABORT_REFUSED = "Ingen sammanslagning pågår som kan avbrytas; lös konflikten här i stället."
# Keys of the conflict screen.
KEY_OURS = "Vår"
KEY_OURS_HELP = "Välj vår version av konflikten som syns"
KEY_THEIRS = "Deras"
KEY_THEIRS_HELP = "Välj deras version av konflikten som syns"
KEY_BOTH = "Båda"
KEY_BOTH_HELP = "Välj båda: vår text, sedan deras (inte för ett fält eller en rubrik)"
KEY_EDIT = "Skriv själv"
KEY_EDIT_HELP = (
    "Skriv texten själv i ett fält, ifyllt med ditt val eller vår version; Esc lämnar "
    "fältet och texten blir ditt val"
)
KEY_NEXT = "Nästa"
KEY_NEXT_HELP = "Nästa konflikt i filen"
KEY_PREVIOUS = "Föregående"
KEY_PREVIOUS_HELP = "Föregående konflikt i filen"
KEY_FINISH = "Slutför"
KEY_FINISH_HELP = (
    "Skriv lösningen till filen, markera den som löst (git add) och avsluta "
    "sammanslagningen med en commit (eller --continue)"
)
KEY_ABORT = "Avbryt sammanslagning"
KEY_ABORT_HELP = (
    "Avbryt hela sammanslagningen efter en fråga (git merge --abort): allt blir som innan "
    "den började"
)
KEY_BACK = "Tillbaka"
KEY_BACK_HELP = "Tillbaka till listan utan att ändra något; dina val sparas"
KEY_HELP = "Hjälp"
KEY_HELP_HELP = "Visa alla tangenter i den här vyn"
