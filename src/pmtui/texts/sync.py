"""Swedish texts of working together: branches (``pmtui branch``), the repository's state
(``pmtui status`` without a case, the app's status bar), ``pmtui sync`` and the early
warning of changes on other branches."""

# Branches (store/branches.py, cli/branches.py).
HELP_BRANCH = (
    "Utan argument: lista grenarna (ärendegrenar först). Med DNR: skapa grenen "
    "arende/<ärende>-<ämne> från den aktuella incheckningen och byt till den."
)
HELP_BRANCH_CASE = "Ärendet grenen gäller (dnr, t.ex. 'KS 2023/886', eller ks-2023-886)."
HELP_BRANCH_TOPIC = "Ämnet i grenens namn (blir t.ex. resa-till-new-york). Standard: dagens datum."
BRANCH_CREATED = (
    "Skapade grenen {name} från {start} ({commit}) och bytte till den. Spara som vanligt; "
    "pmtui sync skickar grenen till fjärrarkivet."
)
BRANCH_TRACKS = "  (följer {upstream})"
BRANCH_NONE_YET = "Inga ärendegrenar ännu; skapa en med pmtui branch DNR [ÄMNE]."
BRANCH_NO_DNR = "{path} har inget diarienummer som ett grennamn kan byggas av"
BRANCH_DRAFTS = "byter inte gren: det finns utkast som inte sparats ({paths})"
BRANCH_DRAFTS_HINT = (
    "Utkasten hör till grenen de började på. Öppna ärendena i pmtui och spara eller "
    "kasta utkasten först."
)
BRANCH_UNCOMMITTED = "byter inte gren: ärendefiler har text som inte är incheckad ({paths})"
BRANCH_UNCOMMITTED_HINT = (
    "Spara ändringarna (pmtui edit, appen) eller checka in dem med git commit först, så "
    "följer de inte med till en annan gren utan att du märker det."
)
BRANCH_INVALID_NAME = "{name!r} går inte att använda som namn på en gren"
BRANCH_EXISTS = "grenen {name} finns redan"
BRANCH_EXISTS_HINT = "Byt till den med git switch {name}, eller ge ett annat ämne."
BRANCH_NO_COMMITS = "arkivet har inga incheckningar ännu; en gren behöver en att utgå från"
BRANCH_UNKNOWN = "det finns ingen lokal gren som heter {name}"
BRANCH_NO_WORKTREE = "arkivet har ingen arbetskatalog att byta gren i"
BRANCH_SWITCH_FAILED = "kunde inte byta till grenen {name}; ingenting har ändrats"
OPERATION_UNDER_WAY = (
    "arkivet är mitt i en {operation}; pmtui byter inte gren och synkar inte förrän den är klar"
)
GIT_NOT_RUN = "kunde inte köra git ({error}); är git installerat?"
GIT_SAID = "git svarade:\n{text}"
GIT_SAID_LINES = "git svarade:"

# pmtui status without a case (cli/repo_status.py).
HELP_STATUS_BOTH = (
    "Utan argument: arkivets läge (gren, uppströmsgren, före/efter, ej incheckade ärenden, "
    "konflikter, utkast, andra grenars ändringar). Med DNR STATUS: flytta ärendets status "
    "och sätt en milstolpe (annoterad tagg)."
)
HELP_STATUS_JSON = "Arkivets läge som JSON (bara utan DNR och STATUS)."
STATUS_USAGE = (
    "ange både DNR och STATUS för att flytta en status, eller inget av dem för arkivets "
    "läge (--json gäller bara arkivets läge)"
)
STATUS_BRANCH = "Gren: {branch}"
STATUS_DEFAULT_BRANCH = "{branch} (standardgrenen)"
STATUS_DETACHED = "ingen (HEAD pekar på en incheckning, inte en gren)"
STATUS_NO_UPSTREAM = "Uppströmsgren: ingen ännu (pmtui sync skapar den)"
STATUS_UPSTREAM_UNFETCHED = "Uppströmsgren: {upstream} (inte hämtad ännu; kör pmtui sync)"
STATUS_UPSTREAM = "Uppströmsgren: {upstream} · {counts}"
STATUS_AHEAD_BEHIND = "↑{ahead} att skicka ↓{behind} att hämta"
STATUS_UNCOMMITTED = "Ärenden som inte är incheckade: {count}"
STATUS_CONFLICTS = "Ärenden i konflikt: {count}"
STATUS_DRAFTS = "Utkast som inte sparats: {count}"
NONE = "inga"
UNCOMMITTED_KINDS = {"changed": "ändrad", "new": "ny", "deleted": "borttagen"}
NEVER_FETCHED = "aldrig"
STATUS_NO_INCOMING = (
    "Andra grenars ändringar i ärenden som inte slagits ihop hit: inga (senast hämtat: {when})"
)
STATUS_INCOMING = (
    "Andra grenars ändringar i ärenden som inte slagits ihop hit (senast hämtat: {when}):"
)
INCOMING_LINE = "{branch} · {name} · {authors}, {when} · {summary}"

# pmtui sync (store/sync.py, store/push.py, cli/sync.py, cli/sync_report.py).
HELP_SYNC = (
    "Synka grenen med fjärrarkivet: hämta, slå ihop (snabbspolning eller sammanslagning med "
    "ärendedrivrutinen, aldrig rebase) och skicka (aldrig med tvång)."
)
HELP_SYNC_NO_BASE = (
    "Slå inte ihop fjärrens standardgren (t.ex. origin/main) i en ärendegren före "
    "skickandet. Standard: den slås ihop här, så att en pull request inte har något kvar "
    "att slå ihop på forgen."
)
HELP_SYNC_JSON = "Resultatet som JSON på stdout (för skript)."
STEP_FETCH = "Hämtar från {remote} …"
STEP_PUSH = "Skickar {branch} till {remote} …"
INTEGRATED = {
    "absent": "{source} finns inte på fjärren ännu; den skapas när grenen skickas.",
    "up-to-date": "{branch} har redan allt från {source}.",
    "fast-forward": "Spolade fram {branch} till {source}.",
    "merged": "Slog ihop {source} i {branch} med ärendedrivrutinen.",
    "conflict": "Sammanslagningen av {source} i {branch} stannade vid en konflikt.",
}
MERGE_MESSAGE = "Slog ihop {source} i {branch}\n\nSammanslagning gjord av pmtui sync."
CASES = ("{n} ärende", "{n} ärenden")
RESOLUTIONS = "Så slog ärendedrivrutinen ihop {cases}; granska vad som togs från vilken sida:"
OUTCOMES = {
    "ren": "sammanslaget del för del",
    "konflikt": "konflikt",
    "ogiltig": "sammanslaget men ogiltigt",
    "radvis": "Gits radvisa sammanslagning",
}
SIDES = {"vår": "från din gren", "deras": "från den andra grenen", "båda": "lika på båda sidor"}
RESOLUTION_CONFLICT = "{part}: konflikt"
CONFLICT_STOPPED = (
    "pmtui: synken stannade: {source} krockar med din gren. Ingenting är förlorat och "
    "ingenting har skickats."
)
CONFLICT_HOW = (
    "I appen (pmtui): Enter på ärendet och sedan d (Lös del för del) öppnar konfliktvyn, med "
    "båda versionerna sida vid sida.",
    "Ångra hela sammanslagningen: git merge --abort",
    "När konflikten är löst och incheckad (git add {paths}; git commit): kör pmtui sync igen.",
)
DONE_PUSHED = "Klart: grenen är skickad och lika med {upstream}."
DONE_UP_TO_DATE = "Klart: grenen är redan lika med {upstream}; inget att skicka."
SYNC_DRAFTS = (
    "Obs: utkast som inte sparats finns för {paths}. De ligger kvar; öppna ärendena i "
    "appen efter synken och spara eller kasta dem."
)
SYNC_NO_WORKTREE = "ett arkiv utan arbetskatalog kan inte synkas med pmtui sync"
SYNC_CONFLICTS = "synkar inte: ärenden har olösta konflikter ({paths})"
SYNC_CONFLICTS_HINT = "Lös dem först (i appen eller $EDITOR; git add, git commit), synka sedan."
SYNC_UNCOMMITTED = "synkar inte: ärendefiler har text som inte är incheckad ({paths})"
SYNC_UNCOMMITTED_HINT = (
    "Spara dem först (i appen, pmtui edit eller git commit); pmtui lägger aldrig undan "
    "ändringar med git stash."
)
SYNC_NO_REMOTE = "grenen {branch} har inget fjärrarkiv att synka med"
SYNC_NO_REMOTE_HINT = "Lägg till ett: git remote add origin URL, och kör pmtui sync igen."
SYNC_WHICH_REMOTE_HINT = (
    "Arkivet har flera fjärrarkiv men inget heter origin; välj ett för grenen: "
    "git branch --set-upstream-to FJÄRR/GREN."
)
SYNC_NO_DRIVER = (
    "slår inte ihop: ärendedrivrutinen (merge=pmtui) är inte inställd i den här klonen, "
    "så git skulle slå ihop ärendefiler rad för rad"
)
SYNC_NO_DRIVER_HINT = (
    "Kör pmtui git-setup (och checka in .gitattributes om den ändras), kör sedan pmtui "
    "sync igen. Det som hämtats ligger kvar; ingenting lokalt har ändrats."
)
MERGE_FAILED = "git kunde inte slå ihop {source}; ingenting har ändrats"
FETCH_WHAT = "hämta från"
PUSH_WHAT = "skicka till"
TRANSPORT_FAILURES = {
    "unreachable": "kunde inte {what} {remote}: servern går inte att nå (inget nätverk?)",
    "login": "kunde inte {what} {remote}: servern släppte inte in dig (inloggning)",
    "missing": "kunde inte {what} {remote}: arkivet finns inte där",
    "other": "kunde inte {what} {remote}",
}
TRANSPORT_HINTS = {
    "unreachable": "Kontrollera nätverket och adressen (git remote -v), och kör pmtui sync igen.",
    "login": (
        "Kontrollera din nyckel eller ditt lösenord (ssh-agent, git credential) och att "
        "värdnyckeln är känd (ssh-keyscan, known_hosts). I en terminal frågar git efter "
        "lösenordet."
    ),
    "missing": "Kontrollera adressen med git remote -v.",
    "other": "Se vad git svarade ovan, och kör pmtui sync igen.",
}
PUSH_REFUSED = "push vägrades: servern tog inte emot {branch} ({remote})"
PUSH_REFUSED_HINTS = {
    "behind": (
        "Någon skickade till grenen efter att pmtui hämtade. Kör pmtui sync igen: den "
        "hämtar och slår ihop deras ändringar först. pmtui skickar aldrig med tvång."
    ),
    "hook": (
        "Servern (en krok eller grenens skydd) sa nej. Läs dess svar ovan; en skyddad gren "
        "ändras via en pull request (pmtui branch, pmtui pr)."
    ),
    "other": "Läs serverns svar ovan, och kör pmtui sync igen när orsaken är åtgärdad.",
}
SERVER_SAID = "Servern svarade:"
GIT_REASON = "git: {summary}"
LOCAL_UNTOUCHED = "Dina incheckningar finns kvar här; ingenting lokalt är förlorat."
BACKGROUND_TIMED_OUT = "hämtningen i bakgrunden avbröts efter {seconds} sekunder"
ALL_REMOTES = "fjärrarkiven"

# The app (tui/screens/case_branching.py, case_upstream.py, tui/background_fetch.py).
KEY_BRANCH = "Byt gren"
KEY_BRANCH_HELP = (
    "Byt till en annan lokal gren (git switch); nekas medan ett ärende har ett utkast som "
    "inte sparats"
)
BAR_BRANCH = "gren {branch} ({upstream} ↑{ahead} ↓{behind})"
BAR_NO_UPSTREAM = "gren {branch} (ingen uppströmsgren)"
BAR_UNFETCHED = "gren {branch} ({upstream}, inte hämtad)"
BAR_DETACHED = "ingen gren (HEAD pekar på en incheckning)"
OFFER_TITLE = "Arbeta på en egen gren?"
OFFER_BODY = (
    "Du är på {branch}, standardgrenen som alla delar. Gör du ändringarna i {dnr} på en "
    "egen gren kan de granskas och slås ihop som en pull request:\n\n    {name}\n\n"
    "Grenen skapas från den här incheckningen; ingenting annat ändras. pmtui sync skickar "
    "den. Frågan ställs en gång per session (inställningen offer_branch)."
)
OFFER_STAY = "Fortsätt på {branch}"
OFFER_CREATE = "Skapa grenen"
OFFER_CREATED = "Bytte till den nya grenen {name}."
OFFER_REFUSED = "Ingen ny gren"
PICK_BRANCH_TITLE = "Byt gren"
PICK_CURRENT = "{name} (nuvarande)"
SWITCHED = "Bytte till grenen {name}."
SWITCH_REFUSED_TITLE = "Byter inte gren"
EARLY_WARNING_TITLE = "Ändringar i ärendet på andra grenar, inte ihopslagna hit:"
EARLY_WARNING_LINE = "  {branch}: {authors}, {when} – {summary}"
EARLY_WARNING_HINT = "Synka (pmtui sync) innan du ändrar samma delar, så undviks en konflikt."
BACKGROUND_FAILED = "Hämtningen i bakgrunden misslyckades: {reason}"
