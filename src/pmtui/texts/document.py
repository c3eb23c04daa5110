"""Fixed Swedish wording of the rendered document (headings and formulas of a PM)."""

PROPOSAL_HEADING = "Förslag till beslut"
PRESENTER_ONE = "Föredragande borgarrådet {name}"
PRESENTERS_MANY = "Föredragande borgarråden {names}"
AND = " och "
# The formula older PMs and utlåtanden print: "Föredragande borgarrådet NN anför följande."
FORMULA_END = " anför följande."
SIGNED = "{place} den {date}"
REFERRAL_DECLINED = "{body} har avstått från yttrande."
STATEMENT_KINDS = {
    "reservations": "Reservation anförs av {who} ({party}) enligt följande.",
    "special_statements": "Särskilt uttalande görs av {who} ({party}) enligt följande.",
    "deputy_statements": "Ersättaryttrande görs av {who} ({party}) enligt följande.",
    "noted_statements": "{who} ({party}) antecknade som yttrande följande.",
}
MOTION = "Yrkande av {who} ({party})."
ATTACHMENTS_HEADING = "Bilagor"
