"""Fixed Swedish wording of the rendered document (headings and formulas of a PM)."""

PROPOSAL_HEADING = "Förslag till beslut"
PRESENTER_ONE = "Föredragande borgarrådet {name}"
PRESENTERS_MANY = "Föredragande borgarråden {names}"
AND = " och "
SIGNED = "{place} den {date}"
MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)
REFERRAL_DECLINED = "{body} har avstått från yttrande."
STATEMENT_KINDS = {
    "reservations": "Reservation anförs av {who} ({party}) enligt följande.",
    "special_statements": "Särskilt uttalande görs av {who} ({party}) enligt följande.",
    "deputy_statements": "Ersättaryttrande görs av {who} ({party}) enligt följande.",
}
