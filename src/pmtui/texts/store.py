"""Swedish texts of the Git store and of the store commands (init, new, set, log, …)."""

# --- errors: message (what happened) and hint (what to do) -------------------------------
NOT_A_REPOSITORY = "{path} är inget ärendearkiv (ingen Git-mapp hittades)"
NOT_A_REPOSITORY_HINT = (
    "Gå till ärendearkivets mapp, ange --repo MAPP eller PMTUI_REPO, eller skapa ett nytt "
    "arkiv med 'pmtui init MAPP'."
)
NOT_OWNED = "Git vägrar öppna {path}: mappen ägs av en annan användare"
NOT_OWNED_HINT = "Om du litar på mappen, kör: git config --global --add safe.directory {path}"
OPEN_FAILED = "kan inte öppna Git-arkivet {path}: {error}"
OPEN_FAILED_HINT = "Kontrollera att mappen är ett Git-arkiv och att du får läsa den."
ALREADY_A_REPOSITORY = "{path} innehåller redan ett ärendearkiv"
ALREADY_A_REPOSITORY_HINT = "Välj en annan mapp, eller arbeta vidare i det befintliga arkivet."
IDENTITY_MISSING = "Git vet inte vem du är: user.name eller user.email saknas"
IDENTITY_MISSING_HINT = (
    'Kör: git config --global user.name "Förnamn Efternamn" och '
    'git config --global user.email "namn@exempel.se"'
)
CONFLICT_DISK = "{path} har ändrats på disken sedan ärendet öppnades"
CONFLICT_DISK_HINT = (
    "Inget har skrivits över. Läs in filen igen och för över dina ändringar, eller jämför "
    "versionerna först."
)
CONFLICT_INDEX = "en annan version av {path} är förberedd för incheckning (git add)"
CONFLICT_INDEX_HINT = (
    "Inget har skrivits över. Checka in eller ta bort den förberedda versionen "
    "(git restore --staged {path}) och spara igen."
)
CONFLICT_BRANCH = "{path} har ändrats på grenen {branch} sedan ärendet öppnades"
CONFLICT_BRANCH_HINT = (
    "Inget har skrivits över; den andra ändringen finns kvar i historiken. Läs in den nya "
    "versionen och jämför med din."
)
CONFLICT_CREATED = "ärendet {path} har skapats av någon annan under tiden"
CONFLICT_LATE_HINT = (
    "Din text finns kvar på disken som en osparad ändring; den andra versionen finns i "
    "grenen. Jämför dem och spara igen."
)
BUSY = "arkivet är upptaget: {lock} har funnits i {age}"
BUSY_NO_LOCK = "arkivet är upptaget (ett annat program skriver)"
BUSY_HINT = (
    "Ingen process håller låsfilen och den är gammal, så den är troligen kvar efter en "
    "krasch. Om inget annat Git-program körs, ta bort den: rm {lock}, och försök igen. Din "
    "text finns kvar."
)
BUSY_HELD_HINT = (
    "Låsfilen hålls av ett program som körs ({holders}). Vänta tills det är klart och försök "
    "igen; ta inte bort låsfilen. Din text finns kvar."
)
BUSY_YOUNG_HINT = (
    "Ett annat Git-program arbetar troligen i arkivet just nu. Vänta en stund och försök "
    "igen; ta inte bort en låsfil som är ny. Din text finns kvar."
)
LOCK_HOLDER = "pid {pid}: {command}"
STATE_OPERATION = "arkivet är mitt i en {operation}; ingen sparning görs nu"
STATE_OPERATION_HINT = (
    "Avsluta eller avbryt den först (t.ex. git {command} --continue eller --abort)."
)
STATE_CONFLICTS = "arkivet har olösta konflikter ({paths})"
STATE_CONFLICTS_HINT = "Lös konflikterna och checka in (git add …; git commit), och spara igen."
STATE_DETACHED = "HEAD pekar inte på någon gren (detached HEAD); ärenden kan bara läsas"
STATE_DETACHED_HINT = "Byt till en gren först, t.ex. git switch main."
UNSAFE_SYMLINK = "{path} är en symbolisk länk; pmtui skriver inte genom länkar"
UNSAFE_DIRECTORY = "{path} är en mapp, inte en ärendefil"
UNSAFE_NOT_FILE = "{path} är ingen vanlig fil"
UNSAFE_OUTSIDE = "{path} ligger utanför ärendearkivets cases/-mapp"
UNSAFE_NAME = "{path} är inget portabelt filnamn för ett ärende"
UNSAFE_HINT = (
    "Kontrollera sökvägen; ärendefiler ligger under cases/ÅR/ och heter t.ex. ks-2023-886.md."
)
COLLISION = "{path} krockar med det befintliga ärendet {other} (samma namn utan skiftläge/accenter)"
COLLISION_HINT = "Kontrollera diarienumret; öppna det befintliga ärendet i stället."
CASE_EXISTS = "ärendet {dnr} finns redan ({path})"
CASE_EXISTS_HINT = "Öppna ärendet med 'pmtui edit' eller ändra det med 'pmtui set'."
CASE_MISSING = "hittar inget ärende {what} i {rev}"
CASE_MISSING_HINT = "Lista ärendena med 'pmtui list'."
CASE_INVALID = "ärendefilen har fel:\n{problems}"
CASE_INVALID_HINT = "Rätta felen och försök igen; 'pmtui check' visar dem."
DNR_MISMATCH = "filen har dnr {found} men sparas som {expected}"
DNR_MISMATCH_HINT = "Ändra inte dnr i filen; skapa ett nytt ärende i stället."
BARE_NO_DISK = "arkivet saknar arbetskatalog (bare); bara incheckningar är möjliga"
BARE_NO_DISK_HINT = "Använd ett klonat arkiv med arbetskatalog för att redigera filer."
UNKNOWN_REVISION = "okänd version {rev!r}"
UNKNOWN_REVISION_HINT = (
    "Ange en commit, en gren, en tagg eller en milstolpe (t.ex. remiss, tillstyrkt)."
)
EMPTY_REPOSITORY = "arkivet har inga incheckningar ännu"
NO_MILESTONE = "{status!r} är ingen milstolpe"
WRITE_FAILED = "kan inte skriva {path}: {error}"
WRITE_FAILED_HINT = "Kontrollera behörigheter och ledigt utrymme. Din text finns kvar i minnet."
GIT_FAILED = "Git-fel: {error}"
COMMIT_MISSING = "Versionen {commit} finns inte i förrådet: Git-objekt saknas."
GIT_FAILED_HINT = "Inget har skrivits över. Kör 'git status' och 'git fsck' för att se läget."
GIT_CONFIG_FAILED = "kunde inte köra git config: {error}"

HOOK_REFUSED = "kroken {hook} stoppade sparningen (slutkod {code}); inget checkades in"
HOOK_FAILED_TO_RUN = "kroken {hook} kunde inte köras ({error}); inget checkades in"
HOOK_CHANGED_INDEX = (
    "kroken {hook} ändrade det som skulle checkas in (git add i kroken); pmtui checkar bara in "
    "ärendefilen, så inget checkades in"
)
HOOK_EMPTY_MESSAGE = "incheckningsmeddelandet blev tomt efter kroken {hook}; inget checkades in"
HOOK_OUTPUT = "Krokens utskrift:\n{output}"
HOOK_OUTPUT_CUT = (
    "(… {n} rad till, se hela utskriften i appen eller kör kroken själv)",
    "(… {n} rader till, se hela utskriften i appen eller kör kroken själv)",
)
HOOK_REFUSED_HINT = (
    "Din text finns kvar i filen som en osparad ändring. Rätta det kroken klagar på och spara "
    "igen, eller hoppa över pre-commit och commit-msg med --no-verify."
)
HOOK_NOT_EXECUTABLE = (
    "kroken {hook} hoppades över eftersom den inte är körbar ({path}); gör den körbar med "
    "chmod +x, eller stäng av varningen med git config advice.ignoredHook false"
)
HOOK_POST_COMMIT_FAILED = "kroken post-commit avslutades med kod {code}; incheckningen är gjord"
HOOK_POST_COMMIT_NOT_RUN = "kroken post-commit kunde inte köras ({error}); incheckningen är gjord"
SIGNING_FAILED = "signeringen med {program} misslyckades; inget checkades in:\n{output}"
SIGNING_NO_OUTPUT = "(signeringsprogrammet skrev inget)"
SIGNING_PROGRAM_MISSING = (
    "signeringsprogrammet {program!r} finns inte eller kan inte köras ({error}); inget checkades in"
)
SIGNING_NO_SSH_KEY = (
    "ssh-signering kräver en nyckel: user.signingkey eller gpg.ssh.defaultKeyCommand saknas; "
    "inget checkades in"
)
SIGNING_BAD_FORMAT = (
    "okänt värde på gpg.format: {value!r} (openpgp, x509 eller ssh); inget checkades in"
)
SIGNING_HINT = (
    "Din text finns kvar i filen som en osparad ändring. Kontrollera user.signingkey, "
    "gpg.format och att nyckeln är tillgänglig (gpg-agent eller ssh-agent) och spara igen, eller "
    "stäng av signering: git config commit.gpgsign false (taggar: tag.gpgSign)."
)
MILESTONE_FAILED = "milstolpen {tag} skapades inte: {error}"

OPERATIONS = {
    "merge": ("sammanslagning (merge)", "merge"),
    "rebase": ("rebase", "rebase"),
    "cherrypick": ("cherry-pick", "cherry-pick"),
    "revert": ("revert", "revert"),
    "bisect": ("bisect", "bisect"),
    "other": ("Git-operation", "status"),
}

# --- warnings about names in a tree (docs/reliability.md, F29) -------------------------
NAME_RESERVED = "{path}: namnet är reserverat i Windows"
NAME_CASE_TWIN = "{path} och {other} skiljer sig bara i skiftläge; de krockar på macOS och Windows"
NAME_UNICODE_TWIN = "{path} och {other} skiljer sig bara i Unicode-normalisering (NFC/NFD)"
NAME_NOT_PORTABLE = "{path}: namnet innehåller tecken som inte fungerar överallt"

# --- reconcile ---------------------------------------------------------------------------
RECONCILE_TEMP_REMOVED = (
    "tog bort {n} tillfällig fil från en avbruten sparning",
    "tog bort {n} tillfälliga filer från en avbruten sparning",
)
RECONCILE_STALE_LOCK = "låsfilen {lock} har funnits i {age} och ingen process håller den; ta bort den (rm {lock}) om inget Git-program körs"
RECONCILE_HELD_LOCK = (
    "låsfilen {lock} hålls av ett program som körs ({holders}); vänta tills det är klart"
)
RECONCILE_YOUNG_LOCK = "låsfilen {lock} är ny ({age}); ett Git-program arbetar troligen i arkivet"

# --- recovery of an interrupted save (store/recovery.py) ---------------------------------
RECOVERED_LANDED = "en avbruten sparning av {path} hann checkas in ({commit})"
RECOVERED_TAG = "milstolpen {tag} från en avbruten sparning är nu skapad"
RECOVERED_TAG_TAKEN = "milstolpen {tag} från en avbruten sparning skapades inte: namnet är upptaget"
RECOVERED_UNDONE = "en avbruten sparning av {path} checkades aldrig in; texten finns kvar på disken som en osparad ändring"
RECOVERED_UNDONE_GONE = "en avbruten sparning av {path} checkades aldrig in; filen har ändrats efteråt och lämnades som den är"
RECOVERED_USER_STAGED = "{path} har en annan version förberedd för incheckning (git add) än den avbrutna sparningens; den lämnades orörd"
RECOVERY_OTHER_BRANCH = "en avbruten sparning på grenen {branch} checkades aldrig in; indexet lämnades orört eftersom en annan gren nu är utcheckad"
RECOVERY_UNREADABLE = (
    "journalen från en avbruten sparning kunde inte läsas ({error}); den flyttades till {aside}"
)
RECOVERY_WAITING = (
    "en avbruten sparning väntar på att låsfilerna försvinner; den slutförs vid nästa sparning"
)
RECONCILE_INDEX_REFRESHED = "indexet låg efter HEAD och har uppdaterats"
RECONCILE_UNSAVED = "{path} har ändringar på disken som inte är incheckade"

# --- commit messages ---------------------------------------------------------------------
COMMIT_SUBJECT = "{dnr}: {summary}"
TRAILER_KEY = "Ärende"
TRAILER = "Ärende: {dnr}"
INIT_MESSAGE = "Skapa ärendearkiv"
GITATTRIBUTES_COMMENT = (
    "# pmtui: ärendefiler jämförs per avsnitt, slås samman del för del och lagras med LF"
)
MILESTONE_MESSAGE = "{dnr}: {status}"
STATUS_SUMMARY = "status {status}"

# --- ages ----------------------------------------------------------------------------------
AGE_SECONDS = "{n} s"
AGE_MINUTES = "{n} min"
AGE_HOURS = "{n} h"
AGE_DAYS = "{n} dygn"

# --- history ---------------------------------------------------------------------------------
HISTORY_CREATED = "nytt ärende"
HISTORY_DELETED = "ärendet togs bort"
HISTORY_FILE_CHANGED = "ärendefilen (en version har fel)"
HISTORY_FORMAT_ONLY = "bara formatering"
HISTORY_RENAMED = "flyttad från {path}"
CHANGE_FILE_FIXED = "rättade ärendefilen"

# --- CLI: help ---------------------------------------------------------------------------
HELP_INIT = (
    "Skapa ett nytt ärendearkiv (Git) med cases/, .gitattributes och, i .github/, en mall "
    "för pull requests och ett arbetsflöde som kontrollerar och granskar ärendena."
)
HELP_INIT_PATH = "Mappen att skapa arkivet i (standard: mappen du står i)."
HELP_NEW = "Skapa ett nytt ärende (en incheckning)."
HELP_NEW_DNR = "Diarienummer, t.ex. 'KS 2023/886'."
HELP_NEW_RUBRIK = "Ärendets rubrik."
HELP_NEW_ROTEL = "Rotel med romerska siffror, t.ex. I eller I+VII."
HELP_NEW_FOREDRAGANDE = "Föredragande borgarråd (kan anges flera gånger)."
HELP_SET = "Ändra fält i front matter (en incheckning), t.ex. rubrik='Ny rubrik'."
HELP_SET_FIELDS = (
    "FÄLT=VÄRDE; listor kommaseparerade eller med samma fält flera gånger "
    "(underrubriker: en rad per FÄLT=VÄRDE, eftersom rader ofta har kommatecken)."
)
HELP_MESSAGE = "Egen sammanfattning i incheckningen (Ärende-raden läggs alltid till)."
HELP_STATUS = "Flytta ärendets status och sätt en milstolpe (annoterad tagg)."
HELP_STATUS_VALUE = "Ny status: {values}."
HELP_EDIT = "Redigera ärendet i $EDITOR; valideras innan det checkas in."
HELP_EDIT_SECTION = "Redigera bara ett avsnitt, t.ex. 'Föredragande borgarrådets synpunkter'."
HELP_LOG = "Visa ärendets historik, nyast först (även incheckningar gjorda med git)."
HELP_JSON = "Skriv ut som JSON."
HELP_LIST = "Lista ärendena i arkivet."
HELP_LIST_STATUS = "Visa bara ärenden med denna status."
HELP_LIST_ROTEL = "Visa bara ärenden på denna rotel."
HELP_DEMO = "Skapa ett demoarkiv med exempelärenden och en realistisk historik."
HELP_DEMO_PATH = "Mapp för demoarkivet (standard: en ny tillfällig mapp)."
HELP_DEMO_NO_TUI = "Öppna inte appen efteråt."
HELP_NO_VERIFY = (
    "Kör inte Git-krokarna pre-commit och commit-msg (som git commit --no-verify); "
    "prepare-commit-msg och post-commit körs ändå."
)
HELP_CASE_ARG = "Diarienummer ('KS 2023/886') eller filnamn ('ks-2023-886')."

# --- CLI: results and errors ---------------------------------------------------------------
INIT_DONE = "Skapade ärendearkivet {path}. Nästa steg: {pmtui} new --dnr 'KS 2023/886' --rubrik '…' --rotel I --foredragande 'Namn'"
SAVED = "Sparat som {commit}: {subject}"
SAVED_MILESTONE = "Milstolpe: {tag}"
SAVE_WARNING = "pmtui: varning: {warning}"
HOOK_SAID = "{hook}: {line}"
NOTHING_CHANGED = "Inga ändringar; ingen incheckning gjordes."
NEW_NEEDS = "ange {option}: ett ärende måste ha {what}"
NEW_NEEDS_ROTEL = "en rotel"
NEW_NEEDS_PRESENTER = "minst ett föredragande borgarråd"
SET_NO_FIELDS = "ange minst ett FÄLT=VÄRDE"
SET_NOT_ASSIGNMENT = "{arg!r} är inte FÄLT=VÄRDE"
SET_UNKNOWN_FIELD = "okänt fält {field!r}; fält som kan ändras: {fields}"
SET_COMPLEX_FIELD = "fältet {field!r} har struktur; ändra det med 'pmtui edit {dnr}'"
SET_DNR_FIELD = "dnr kan inte ändras: det är ärendets identitet och filnamn"
SET_INVALID = "{field}: {message}"
STATUS_UNKNOWN = "okänd status {value!r}; välj en av: {values}"
CASE_FILE_INVALID = "ärendefilen har fel och kan inte ändras med detta kommando:\n{problems}"
STORE_ERROR = "{message}\n{hint}"
EDIT_UNCHANGED = "Filen lämnades oförändrad; inget sparades."
EDIT_EMPTY = "Filen tömdes; redigeringen avbröts och inget sparades."
EDIT_EDITOR_FAILED = "editorn {editor!r} kunde inte startas eller avslutades med fel ({code})"
EDIT_ERRORS_HEADER = "pmtui: filen har fel; rätta och spara, eller töm filen för att avbryta."
EDIT_ERROR_PREFIX = "# pmtui: "
EDIT_NO_SECTION = "ärendet har inget avsnitt {name!r}; avsnitt: {names}"
EDIT_REOPENING = "Filen har fel; öppnar den igen med felen överst."
LOG_CHANGED = "ändrat: {parts}"
LOG_TAGS = "milstolpe: {tags}"
LOG_EMPTY = "Ärendet har ingen historik i {branch}."
LIST_EMPTY = "Inga ärenden."
LIST_ERROR = "FEL: {error}"
DEMO_DONE = (
    "Demoarkivet är skapat: {path}\n"
    "Pröva: cd {path} && {pmtui} list && {pmtui} log 'KS 2023/886' && git log --oneline"
)
DEMO_NOT_EMPTY = "{path} finns redan och är inte tom"
DEMO_NO_CASES = "hittar inga exempelärenden att bygga demon av ({path})"
RECONCILE_HEADER = "pmtui: {message}"

# Headings of a new case's skeleton (the body of `pmtui new`).
NEW_CASE_HEADINGS = (
    "Sammanfattning av ärendet",
    "Beredning",
    "Föredragande borgarrådets synpunkter",
    "Ärendet",
)
NEW_CASE_HEADINGS_SEVERAL = (
    "Sammanfattning av ärendet",
    "Beredning",
    "Föredragande borgarrådens synpunkter",
    "Ärendet",
)

# --- a full disk during a save --------------------------------------------------------
DISK_FULL_UNCHANGED = (
    "disken är full (inget utrymme kvar) när {path} skulle sparas: filen på disken är "
    "oförändrad och inget checkades in"
)
DISK_FULL_WRITTEN = (
    "disken blev full när incheckningen av {path} skulle skrivas: filen på disken har redan "
    "den nya texten (som en osparad ändring), men inget checkades in"
)
DISK_FULL_HINT = (
    "Frigör utrymme på disken (eller i din kvot) och spara igen; din text finns kvar i "
    "editorn och i utkastet."
)
