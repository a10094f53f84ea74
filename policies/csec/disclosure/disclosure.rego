# METADATA
# title: Disclosure decisions
# description: >-
#   The decision entrypoint. For every coordinate of a request (a youth and a field or record, with the
#   coordinate's category and labels) it decides allow or withhold, which rule and legal basis decided,
#   what to tell the requester, which obligations come with the value, whether the value must leave no
#   trace (conceal) and whether the access must be reviewed. Deny by default: anything unknown,
#   malformed or not opened by a rule is withheld.
package csec.disclosure

import data.csec.agreements
import data.csec.break_glass
import data.csec.calendar
import data.csec.categories.education
import data.csec.categories.general_medical
import data.csec.categories.hiv
import data.csec.categories.mental_health
import data.csec.categories.sensitive_services
import data.csec.categories.substance_use
import data.csec.court_orders
import data.csec.labels
import data.csec.membership
import data.csec.writes

# METADATA
# title: Information categories
# description: policies/csec/categories/data.yaml
categories := data.csec.categories.categories

# METADATA
# title: Texts for requesters
# description: policies/csec/disclosure/data.yaml
messages := data.csec.disclosure.disclosure.messages

# METADATA
# title: Decisions
# description: >-
#   One decision for each coordinate of `input.coordinates`, in the same order. Undefined when
#   `input.coordinates` is not an array, which the gateway treats as withholding everything.
# entrypoint: true
decisions := [decision(coordinate) | some coordinate in input.coordinates] if is_array(input.coordinates)

# METADATA
# title: Conditions in play
# description: >-
#   The conditions any decision for this requester, purpose of use and categories can depend on: those of
#   the clauses that name them, under emergency access those of the emergency set, and COURT_ORDER when a
#   category of the juvenile case file is asked for (the juvenile court's W&IC 827 orders). Only
#   `input.requester` and `input.categories` are read. The gateway gathers a fact an agency holds
#   (assigned worker, adjudication, court orders) only when a condition on it is in play, so it learns no more about the
#   youth than the decisions need; a fact not gathered is absent, and a condition on an absent fact does
#   not hold.
# related_resources:
#   - ref: https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-164.502
#     description: 45 CFR 164.502(b), minimum necessary
# entrypoint: true
conditions_in_play := (agreements.conditions_for(categories_in_play) | break_glass.conditions) | court_order_conditions

# METADATA
# title: Court orders in play
# description: >-
#   COURT_ORDER when a category of the juvenile case file is in play; never under emergency access, whose
#   decisions only the emergency set makes.
court_order_conditions := set() if {
	break_glass.is_requested
} else := court_orders.conditions_for(categories_in_play)

# METADATA
# title: Categories in play
# description: >-
#   The categories of the request's fields (`input.categories`) and every category a record's own label can
#   bring in, since the agencies decide labelled records with the same facts; every category when the
#   request does not list its categories.
categories_in_play := {category | some category in input.categories} | labels.label_categories if {
	is_array(input.categories)
} else := object.keys(categories)

# METADATA
# title: Decision for one coordinate
# description: Under emergency access every decision, allowed or not, is flagged for review.
decision(coordinate) := flagged_for_review(base_decision(coordinate)) if {
	break_glass.is_requested
} else := base_decision(coordinate)

# METADATA
# title: Decision before review flags
# description: >-
#   In order: sealed or vacated records are concealed; a malformed or unknown coordinate is withheld;
#   a never-disclosed label withholds; an emergency request follows the break-the-glass rules; otherwise
#   every category whose rules decide the coordinate must allow it. Anything else is withheld.
base_decision(coordinate) := concealed if {
	is_sealed_or_vacated(coordinate)
} else := withheld("DEFAULT_DENY", "deny by default", messages.GENERIC) if {
	not is_valid(coordinate)
} else := withheld("NEVER_DISCLOSED", labels.settings.never_legal_basis, messages.GENERIC) if {
	labels.is_never_disclosed(coordinate)
} else := emergency if {
	break_glass.is_requested
	emergency := break_glass.decision(coordinate, youth_of(coordinate))
} else := gated if {
	gated := gated_decision(coordinate, youth_of(coordinate))
} else := withheld("DEFAULT_DENY", "deny by default", messages.GENERIC)

# METADATA
# scope: document
# title: Sealed and vacated records leave no trace
# description: >-
#   A sealed (W&IC 781, 786, 786.5) or vacated (PC 236.14) record is withheld and concealed: the gateway
#   removes it with no marker, no count, no label and no error. The narrow W&IC 786(f) purposes are not
#   served by this system.
# related_resources:
#   - ref: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=WIC&sectionNum=781
#     description: W&IC 781, sealing of juvenile records
#   - ref: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=WIC&sectionNum=786
#     description: W&IC 786, sealing on dismissal or completion of probation
#   - ref: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=WIC&sectionNum=786.5
#     description: W&IC 786.5, sealing after diversion or supervision
#   - ref: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=236.14
#     description: PC 236.14, vacatur for victims of human trafficking
# custom:
#   legal_basis: W&IC 781; W&IC 786; W&IC 786.5; PC 236.14
is_sealed_or_vacated(coordinate) if coordinate.record.sealed == true

is_sealed_or_vacated(coordinate) if coordinate.record.vacated == true

concealed := {
	"allow": false,
	"rule": "SEALED_OR_VACATED",
	"legal_basis": "W&IC 781; W&IC 786; W&IC 786.5; PC 236.14",
	"reason": "",
	"obligations": [],
	"conceal": true,
	"review": false,
}

# METADATA
# title: A well-formed coordinate of a well-formed request
# description: >-
#   The request has a valid time, a requester with an id, agency and roles, and a known purpose of use;
#   the coordinate has a field, a known category, known labels, and names a youth of the request (unless
#   its category is de-identified).
is_valid(coordinate) if {
	is_valid_request
	is_string(coordinate.field)
	categories[coordinate.category]
	labels.has_known_labels(coordinate)
	names_youth_or_is_deidentified(coordinate)
}

# METADATA
# title: A well-formed request
# description: A readable request time, a requester with an id, an agency and roles, and a known purpose of use.
is_valid_request if {
	is_string(calendar.today)
	is_string(input.requester.userId)
	is_string(input.requester.agency)
	is_array(input.requester.roles)
	data.csec.purposes.purposes[input.requester.purposeOfUse]
}

# METADATA
# scope: document
# title: About a youth of the request, or de-identified
# description: The coordinate names a youth the request describes, or its category is de-identified (aggregate counts).
names_youth_or_is_deidentified(coordinate) if is_object(input.youth[coordinate.youthId])

names_youth_or_is_deidentified(coordinate) if {
	categories[coordinate.category].confidentiality in labels.settings.deidentified
}

# METADATA
# title: The youth of a coordinate
# description: >-
#   The facts the request gives about the coordinate's youth, or an empty object for de-identified coordinates.
youth_of(coordinate) := youth if {
	youth := input.youth[coordinate.youthId]
	is_object(youth)
} else := {}

# METADATA
# title: Every deciding category allows
# description: >-
#   Allowed when each category whose rules decide the coordinate (its own and those of its extra labels)
#   grants it; the decision names every rule relied on, their legal bases and all their obligations.
gated_decision(coordinate, youth) := gated_by(usable, coordinate, youth) if {
	usable := {gate: usable_grants(gate, coordinate, youth) | some gate in labels.gates(coordinate)}
}

# METADATA
# title: Allowed when every deciding category has a usable grant
# description: >-
#   `usable` holds the usable grants of each deciding category, found once. The value is disclosed under every one
#   of them, so the decision names them all and carries all their obligations: which grant a recipient's copy
#   came under cannot be told apart later. Otherwise withheld, naming a category without one.
gated_by(usable, coordinate, youth) := allowed({grant | some grants in usable; some grant in grants}) if {
	every _, grants in usable {
		count(grants) > 0
	}
} else := denied(coordinate, youth, {gate | some gate, grants in usable; count(grants) == 0})

# METADATA
# title: Grants usable for a very restricted record
# description: >-
#   When the coordinate is very restricted beyond its category (e.g. the placement address while an
#   exploiter is a threat), only grants marked for very restricted records count for its category.
usable_grants(gate, coordinate, youth) := {grant |
	some grant in grants(gate, youth)
	grant.very_restricted == true
} if {
	gate == coordinate.category
	labels.is_escalated_to_very_restricted(coordinate, youth)
} else := grants(gate, youth)

# METADATA
# title: 42 CFR Part 2 records only by consent
# description: >-
#   Substance use disorder records are opened only by the youth's 42 CFR 2.31 consent: no state law, MDT
#   rule or data-sharing agreement may authorize a disclosure Part 2 prohibits.
# related_resources:
#   - ref: https://www.ecfr.gov/current/title-42/chapter-I/subchapter-A/part-2/subpart-B/section-2.20
#     description: 42 CFR 2.20, relationship to state laws
# custom:
#   legal_basis: 42 CFR 2.20; 42 CFR 2.31
grants("SUBSTANCE_USE", youth) := substance_use.grants(youth)

# METADATA
# title: Grants of a category
# description: >-
#   The grants of the agreement clauses for the category, of its statutory rules, and of the juvenile court's
#   W&IC 827 orders when the category is part of the juvenile case file.
grants(gate, youth) := (agreements.grants(gate, youth) | statutory_grants(gate, youth)) | order_grants if {
	gate != "SUBSTANCE_USE"
	order_grants := court_orders.grants(gate, youth)
}

# METADATA
# scope: document
# title: Grants of the statutory rules of a category
# description: Consent and authorization rules of the categories that have them; none for the others.
default statutory_grants(_, _) := set()

statutory_grants("HIV", youth) := hiv.grants(youth)

statutory_grants("SENSITIVE_SERVICES", youth) := sensitive_services.grants(youth)

statutory_grants("MENTAL_HEALTH", youth) := mental_health.grants(youth)

statutory_grants("GENERAL_MEDICAL", youth) := general_medical.grants(youth)

statutory_grants("EDUCATION", youth) := education.grants(youth)

statutory_grants(category, youth) := writes.grants(category, youth) if writes.is_write(category)

# METADATA
# title: Allowed decision
# description: Names every rule relied on (joined with +), their legal bases, and all their obligations.
allowed(chosen) := {
	"allow": true,
	"rule": concat("+", sort({grant.rule | some grant in chosen})),
	"legal_basis": concat("; ", sort({grant.legal_basis | some grant in chosen})),
	"reason": messages.ALLOWED,
	"obligations": sort({obligation | some grant in chosen; some obligation in grant.obligations}),
	"conceal": false,
	"review": false,
}

# METADATA
# title: Withheld, with a reason safe to show
# description: >-
#   Names the strictest category that did not allow. The reason is generic ("Not available to you.")
#   whenever that category's existence is protected, comes from an extra label, or the record is very
#   restricted; otherwise it says the requester is not on the team, which condition is unmet, or that
#   the value is not shared with the role for the purpose.
denied(coordinate, youth, failing) := withheld(denial.rule, categories[gate].legal_basis, messages[denial.message]) if {
	gate := strictest_failing_gate(failing, coordinate, youth)
	denial := denial_of(gate, coordinate, youth)
}

# METADATA
# title: The category a denial names
# description: >-
#   Of the deciding categories without a usable grant (`failing`), one whose existence is protected if there is
#   one, else the first.
strictest_failing_gate(failing, coordinate, youth) := gate if {
	gate := sort({protected |
		some protected in failing
		is_protected(protected, coordinate, youth)
	})[0]
} else := sort(failing)[0]

# METADATA
# scope: document
# title: A denial that must not reveal anything
# description: >-
#   The failing category comes from an extra label, its existence is protected, or the record is very restricted
#   beyond its category.
is_protected(gate, coordinate, _) if gate != coordinate.category

is_protected(gate, _, _) if labels.is_existence_protected(gate)

is_protected(gate, coordinate, youth) if {
	gate == coordinate.category
	labels.is_escalated_to_very_restricted(coordinate, youth)
}

# METADATA
# title: Rule and message of a denial
# description: >-
#   Generic when protected; otherwise not on the team, the one unmet condition of a clause, or not for this role and
#   purpose.
denial_of(gate, coordinate, youth) := {"rule": sprintf("%s_WITHHELD", [gate]), "message": "GENERIC"} if {
	is_protected(gate, coordinate, youth)
} else := {"rule": "NOT_ACTIVE_MDT_MEMBER", "message": "NOT_ACTIVE_MEMBER"} if {
	count(youth) > 0
	not membership.is_active_mdt_member(youth)
} else := {"rule": sprintf("%s_UNMET_%s", [gate, condition]), "message": condition} if {
	condition := sort(agreements.blocking_conditions(gate, youth))[0]
} else := {"rule": sprintf("%s_NOT_FOR_ROLE_OR_PURPOSE", [gate]), "message": "NOT_FOR_ROLE_OR_PURPOSE"}

# METADATA
# title: Withheld decision
# description: A decision that withholds the value, with the rule, legal basis and reason given.
withheld(rule, legal_basis, reason) := {
	"allow": false,
	"rule": rule,
	"legal_basis": legal_basis,
	"reason": reason,
	"obligations": [],
	"conceal": false,
	"review": false,
}

# METADATA
# title: Emergency access is reviewed
# description: Every decision made under break the glass is flagged for review and carries the review obligation.
flagged_for_review(decision) := object.union(decision, {
	"review": true,
	"obligations": array.concat(decision.obligations, [data.csec.obligations.obligations.BREAK_THE_GLASS_REVIEW]),
})
