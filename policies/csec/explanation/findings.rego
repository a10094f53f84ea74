# Clause and consent findings of explanations: every agreement clause about the coordinate's category and
# every consent on file, with whether each opens the coordinate and, when not, each reason, checked with the
# very rules the decisions use (csec.agreements, csec.consent).
package csec.explanation

import data.csec.agreements
import data.csec.calendar
import data.csec.categories.sensitive_services
import data.csec.consent
import data.csec.labels

# --- Agreement clauses ---------------------------------------------------------------------------

# METADATA
# title: Agreement clauses about the category
# description: Every clause that names the coordinate's category, whether it opens the coordinate, and why not.
clause_findings(coordinate, youth) := [{
	"clause": clause.id,
	"text": object.get(clause, "text", ""),
	"legal_basis": clause.legal_basis,
	"opens": count(problems) == 0,
	"problems": problems,
} |
	some clause in agreements.clauses
	coordinate.category in clause.categories
	problems := [problem | some problem in clause_checks(clause, coordinate, youth); problem != null]
]

# METADATA
# title: Why a clause does not open a coordinate
# description: One finding per check (null when the check passes), in the order a reader asks them.
clause_checks(clause, coordinate, youth) := [
	emergency_problem,
	part2_problem(coordinate),
	role_problem(clause),
	agency_problem(clause),
	purpose_problem(clause),
	conditions_problem(clause, youth),
	very_restricted_problem(clause, coordinate, youth),
	obligations_problem(clause),
]

# METADATA
# scope: document
# title: Clauses are not consulted under emergency access
# description: Only the emergency set opens fields under break the glass.
# custom:
#   legal_basis: county CSEC interagency protocol, emergency access
default emergency_problem := null

emergency_problem := {"code": "EMERGENCY_ACCESS"} if is_emergency

# METADATA
# title: No clause opens 42 CFR Part 2 records
# description: Only the youth's 42 CFR 2.31 consent opens substance use disorder records.
# custom:
#   legal_basis: 42 CFR 2.20; 42 CFR 2.31
part2_problem(coordinate) := {"code": "PART2_CONSENT_ONLY"} if coordinate.category == "SUBSTANCE_USE"

else := null

# METADATA
# title: The clause does not name the requester's role
# description: None of the requester's roles is a role of the clause.
role_problem(clause) := {"code": "ROLE_NOT_NAMED", "roles": clause.roles} if {
	not agreements.names_requester_role(clause)
} else := null

# METADATA
# title: The clause names other agencies
# description: The clause names agencies, and the requester's is not one of them.
agency_problem(clause) := {"code": "AGENCY_NOT_NAMED", "agencies": clause.agencies} if {
	not agreements.names_requester_agency(clause)
} else := null

# METADATA
# title: The clause is for other purposes
# description: The requester's purpose of use is not one of the clause's.
purpose_problem(clause) := {"code": "PURPOSE_NOT_NAMED", "purposes": clause.purposes} if {
	not input.requester.purposeOfUse in clause.purposes
} else := null

# METADATA
# title: Conditions of the clause that do not hold
# description: The clause's conditions that do not hold for this requester and youth today.
conditions_problem(clause, youth) := {"code": "CONDITIONS_UNMET", "conditions": unmet} if {
	unmet := [condition | some condition in clause.conditions; not agreements.condition_holds(condition, youth)]
	count(unmet) > 0
} else := null

# METADATA
# title: The clause does not open very restricted records
# description: >-
#   The coordinate is very restricted for this youth (e.g. an exploiter is a threat) and the clause is not
#   marked for that.
very_restricted_problem(clause, coordinate, youth) := {"code": "NOT_FOR_VERY_RESTRICTED"} if {
	labels.is_escalated_to_very_restricted(coordinate, youth)
	not object.get(clause, "very_restricted", false)
} else := null

# METADATA
# title: An obligation of the clause is unknown
# description: A clause whose obligation cannot be carried out opens nothing.
obligations_problem(clause) := {"code": "UNKNOWN_OBLIGATION"} if {
	not agreements.obligations(clause)
} else := null

# --- Consents ------------------------------------------------------------------------------------

# METADATA
# title: Consents on file
# description: >-
#   Every consent or authorization of the youth, whether it authorizes the requester for the coordinate's
#   category today (as `csec.consent.authorizations` decides), and why not.
consent_findings(coordinate, youth) := [{
	"id": record.id,
	"form": record.form,
	"signed_by": record.signedBy,
	"signed_on": record.signedOn,
	"expires_on": object.get(record, "expiresOn", null),
	"revoked_on": object.get(record, "revokedOn", null),
	"applies": count(problems) == 0,
	"problems": problems,
} |
	some record in object.get(youth, "consents", [])
	problems := [problem | some problem in consent_checks(record, coordinate.category, youth); problem != null]
]

# METADATA
# title: Why a consent does not authorize the requester
# description: One finding per check of `csec.consent.authorizations` (null when it passes), in reading order.
consent_checks(record, category, youth) := [
	emergency_problem,
	unknown_form_problem(record),
	signing_problem(record),
	expiry_problem(record),
	revocation_problem(record),
	category_problem(record, category),
	purpose_listed_problem(record),
	form_purpose_problem(record),
	recipient_problem(record),
	recipient_role_problem(record),
	signer_form_problem(record),
	signer_authority_problem(record, category, youth),
	minor_own_problem(record, category),
]

# METADATA
# title: The consent's form is unknown
# description: The policy knows no such form, so the consent authorizes nothing.
unknown_form_problem(record) := {"code": "UNKNOWN_FORM"} if not consent.settings.forms[record.form]

else := null

# METADATA
# title: The consent is not signed yet
# description: Its signing date has not come (or cannot be read).
signing_problem(record) := {"code": "NOT_YET_SIGNED", "on": record.signedOn} if not consent.is_signed(record)

else := null

# METADATA
# title: The consent has expired
# description: Its expiry date has come.
expiry_problem(record) := {"code": "EXPIRED", "on": record.expiresOn} if consent.has_expired(record)

else := null

# METADATA
# title: The consent is revoked
# description: Its revocation date has come.
revocation_problem(record) := {"code": "REVOKED", "on": record.revokedOn} if consent.is_revoked(record)

else := null

# METADATA
# title: The consent does not cover the category
# description: It does not list the category, or lists it on a form that cannot authorize it.
category_problem(record, category) := {
	"code": "CATEGORY_NOT_LISTED",
	"category": category,
	"listed": record.categories,
} if {
	not consent.lists_category(record, category)
} else := {"code": "FORM_CANNOT_AUTHORIZE", "category": category} if {
	not consent.form_can_authorize(consent.settings.forms[record.form], category)
} else := null

# METADATA
# title: The consent is for other purposes
# description: The requester's purpose of use is not one the consent lists.
purpose_listed_problem(record) := {"code": "PURPOSE_NOT_LISTED", "purposes": record.purposes} if {
	not consent.lists_purpose(record)
} else := null

# METADATA
# title: The form does not serve the purpose
# description: >-
#   The consent's form serves only its own purposes (e.g. treatment, payment and health care operations),
#   and the requester's is not one of them.
# custom:
#   legal_basis: 42 CFR 2.31(a)(4)(i)
form_purpose_problem(record) := {"code": "FORM_NOT_FOR_PURPOSE", "purposes": form.purposes} if {
	form := consent.settings.forms[record.form]
	not consent.form_serves_purpose(form)
} else := null

# METADATA
# title: The form does not open records to the requester's role
# description: >-
#   The consent's form opens records only to some roles (e.g. treating providers), and the requester holds
#   none.
# custom:
#   legal_basis: 42 CFR 2.33(b)
recipient_role_problem(record) := {"code": "RECIPIENT_ROLE_NOT_ALLOWED", "roles": form.recipient_roles} if {
	form := consent.settings.forms[record.form]
	not consent.form_allows_recipient_role(form)
} else := null

# METADATA
# title: The consent does not name the requester
# description: None of its recipients is the requester in a way its form allows (person, role, agency).
recipient_problem(record) := {
	"code": "RECIPIENT_NOT_NAMED",
	"recipients": record.recipients,
	"recipients_by": form.recipients_by,
} if {
	form := consent.settings.forms[record.form]
	not consent.names_recipient(record, form)
} else := null

# METADATA
# title: The form does not allow the signer
# description: Whoever signed may not sign this form.
signer_form_problem(record) := {"code": "SIGNER_NOT_ALLOWED_BY_FORM", "signed_by": record.signedBy} if {
	not consent.form_allows_signer(record, consent.settings.forms[record.form])
} else := null

# METADATA
# title: The signer lacks authority at the youth's age
# description: >-
#   For a consent listing the category: the youth signed before the age the youth consents alone for the
#   category, or a parent's or education rights holder's signature no longer counts at the youth's age today.
signer_authority_problem(record, category, youth) := {
	"code": "SIGNER_LACKS_AUTHORITY",
	"signed_by": record.signedBy,
	"age_at_signing": age_at_signing(record, youth),
	"age_today": age_today(youth),
	"youth_consents_from": consent.youth_signing_age(category),
} if {
	consent.lists_category(record, category)
	not consent.may_sign(record.signedBy, record, youth, category)
} else := null

# METADATA
# title: The youth's age when signing
# description: Whole years on the signing date, or null when a date cannot be read.
age_at_signing(record, youth) := calendar.age_on(youth.birthDate, record.signedOn) if {
	is_number(calendar.age_on(youth.birthDate, record.signedOn))
} else := null

# METADATA
# title: Sensitive services need the minor's own authorization
# description: For sensitive services only an authorization the youth signed counts.
# custom:
#   legal_basis: 45 CFR 164.502(g)(3)
minor_own_problem(record, category) := {"code": "NOT_SIGNED_BY_YOUTH"} if {
	category == "SENSITIVE_SERVICES"
	consent.lists_category(record, category)
	not sensitive_services.is_minors_own({"signed_by": record.signedBy})
} else := null
