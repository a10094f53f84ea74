# METADATA
# title: Explanations of disclosure decisions
# description: >-
#   Why the policy decides a coordinate as it does, for the privacy officer and the access matrix: the
#   decision itself (the very rule of `csec/disclosure/decisions`), the facts it read, the categories that
#   decide the coordinate, and every agreement clause and consent on file with whether it opens the
#   coordinate and, when not, why. Built from the same named rules the decisions use, so an explanation
#   cannot disagree with the decision. Evaluated only when someone asks why, never for an ordinary request.
# related_resources:
#   - ref: https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-164.530
#     description: 45 CFR 164.530(a) and (d), privacy official and complaints
# custom:
#   legal_basis: 45 CFR 164.530(a); 45 CFR 164.530(d); county CSEC interagency protocol
package csec.explanation

import data.csec.agreements
import data.csec.break_glass
import data.csec.calendar
import data.csec.consent
import data.csec.court_orders
import data.csec.disclosure
import data.csec.labels
import data.csec.law_enforcement
import data.csec.membership

# METADATA
# title: Explanations
# description: >-
#   One explanation for each coordinate of `input.coordinates` (the same input as the decisions), in the
#   same order. Undefined when `input.coordinates` is not an array.
# entrypoint: true
decisions_explained := [explained(coordinate) | some coordinate in input.coordinates] if is_array(input.coordinates)

# METADATA
# title: Explanation of one coordinate
# description: The decision and everything it was decided on.
explained(coordinate) := {
	"decision": disclosure.decision(coordinate),
	"county_date": county_date,
	"emergency": is_emergency,
	"gates": gate_findings(coordinate, youth),
	"facts": facts(coordinate, youth),
	"conditions": condition_findings(youth),
	"clauses": clause_findings(coordinate, youth),
	"consents": consent_findings(coordinate, youth),
	"break_glass": emergency_findings(coordinate, youth),
} if {
	youth := disclosure.youth_of(coordinate)
}

# METADATA
# scope: document
# title: The county date decided on
# description: The county's date of the request, or null when the request gives none.
default county_date := null

county_date := calendar.today if is_string(calendar.today)

# METADATA
# scope: document
# title: Emergency access asked for
# description: Whether the request states an emergency purpose of use.
default is_emergency := false

is_emergency if break_glass.is_requested

# --- Facts ---------------------------------------------------------------------------------------

# METADATA
# title: Facts the decision read
# description: >-
#   The youth's age and the ages that matter for the category, the requester's MDT seat and assignment,
#   the requester's participations in proceedings, the investigation windows, and the youth's situation.
facts(coordinate, youth) := object.union_n([
	age_facts(coordinate, youth),
	team_facts(youth),
	court_facts(youth),
	situation_facts(youth),
])

# METADATA
# title: Facts about the youth's age
# description: >-
#   The birth date, the age on the county date, the age from which the youth consents alone for the category
#   and the adult age.
age_facts(coordinate, youth) := {
	"birth_date": object.get(youth, "birthDate", null),
	"age": age_today(youth),
	"youth_consents_from": youth_consent_age(coordinate),
	"adult_age": consent.settings.adult_age,
}

# METADATA
# title: Facts about the requester's seat and assignment
# description: >-
#   The team's status, the requester's seats on it, and the youth's assigned worker in the requester's
#   agency.
team_facts(youth) := {
	"mdt_status": object.get(youth, ["mdt", "status"], null),
	"mdt_seats": requesters_own(object.get(youth, ["mdt", "members"], [])),
	"active_member": is_active_member(youth),
	"assigned_worker": object.get(youth, ["assignedWorkers", input.requester.agency], null),
	"assigned_worker_is_requester": is_assigned_worker(youth),
}

# METADATA
# title: Facts about proceedings, court orders and investigations
# description: >-
#   The requester's participations in proceedings about the youth (whether each counts and is in force), the
#   juvenile court's W&IC 827 orders naming the requester or the requester's agency (whether each is in
#   force), and every investigation with the last day of its window and whether it is open.
court_facts(youth) := {
	"proceedings": [participation_finding(participation) |
		some participation in requesters_own(object.get(youth, "proceedingParticipations", []))
	],
	"in_proceedings": is_in_proceedings(youth),
	"court_orders": [court_order_finding(order) |
		some order in object.get(youth, "courtOrders", [])
		court_orders.order_names_requester(order)
	],
	"investigations": [investigation_finding(investigation) |
		some investigation in object.get(youth, "investigations", [])
	],
	"investigation_window_open": is_within_investigation_window(youth),
}

# METADATA
# title: Facts about the youth's situation
# description: >-
#   Missing, threatened by an exploiter, and whether a delinquency matter is adjudicated (null when not
#   gathered).
situation_facts(youth) := {
	"missing": object.get(youth, "missing", false) == true,
	"exploiter_is_threat": object.get(youth, "exploiterIsThreat", false) == true,
	"adjudicated": object.get(youth, "adjudicated", null),
}

# METADATA
# title: The requester's own entries
# description: The entries (MDT seats, participations) whose userId is the requester's.
requesters_own(entries) := [entry | some entry in entries; entry.userId == input.requester.userId]

# METADATA
# title: A participation and how the policy reads it
# description: Whether its role counts as actively participating, and whether it is in force on the county date.
participation_finding(participation) := object.union(participation, {
	"counts": counts_as_participating(participation),
	"in_force": is_participation_in_force(participation),
})

# METADATA
# title: A W&IC 827 order and whether it is in force
# description: The order as the court recorded it, and whether it is in force on the county date.
court_order_finding(order) := object.union(order, {"in_force": is_order_in_force(order)})

# METADATA
# title: W&IC 827 order in force, as true or false
# description: csec.court_orders.is_in_force.
is_order_in_force(order) if court_orders.is_in_force(order)

else := false

# METADATA
# title: An investigation and its window
# description: The last day of its W&IC 18961.7 window and whether the window is open on the county date.
investigation_finding(investigation) := object.union(investigation, {
	"window_until": window_until(investigation),
	"open": is_window_open(investigation),
})

# METADATA
# title: Active MDT member, as true or false
# description: csec.membership.is_active_mdt_member.
is_active_member(youth) if membership.is_active_mdt_member(youth)

else := false

# METADATA
# title: Assigned worker, as true or false
# description: csec.membership.is_assigned_worker.
is_assigned_worker(youth) if membership.is_assigned_worker(youth)

else := false

# METADATA
# title: A participation of a counting role, as true or false
# description: The participation's role is one W&IC 827(a)(1)(E) counts (policies/csec/law_enforcement/data.yaml).
counts_as_participating(participation) if participation.role in law_enforcement.settings.participating_roles

else := false

# METADATA
# title: Participation in force, as true or false
# description: csec.law_enforcement.is_in_force.
is_participation_in_force(participation) if law_enforcement.is_in_force(participation)

else := false

# METADATA
# title: Part of proceedings about the youth, as true or false
# description: csec.law_enforcement.is_in_proceedings_about.
is_in_proceedings(youth) if law_enforcement.is_in_proceedings_about(youth)

else := false

# METADATA
# title: Investigation window open, as true or false
# description: csec.law_enforcement.is_open.
is_window_open(investigation) if law_enforcement.is_open(investigation)

else := false

# METADATA
# title: Within an investigation window, as true or false
# description: csec.law_enforcement.within_investigation_window.
is_within_investigation_window(youth) if law_enforcement.within_investigation_window(youth)

else := false

# METADATA
# title: A condition holds, as true or false
# description: csec.agreements.condition_holds.
holds(condition, youth) if agreements.condition_holds(condition, youth)

else := false

# METADATA
# title: The youth's age today
# description: Whole years on the county date, or null when either date cannot be read.
age_today(youth) := calendar.age_on(youth.birthDate, calendar.today) if {
	is_number(calendar.age_on(youth.birthDate, calendar.today))
} else := null

# METADATA
# title: Age from which the youth consents alone
# description: >-
#   For the coordinate's category (e.g. 12 for substance use), adulthood otherwise; null for an unknown
#   category.
youth_consent_age(coordinate) := consent.youth_signing_age(coordinate.category) if {
	is_number(consent.youth_signing_age(coordinate.category))
} else := null

# METADATA
# title: Last day of an investigation window
# description: 30 days after the report, or the good-cause extension date when later (W&IC 18961.7).
# custom:
#   legal_basis: W&IC 18961.7
window_until(investigation) := extended if {
	extended := investigation.goodCauseExtendedUntil
	calendar.is_date(extended)
	extended > standard_window_until(investigation)
} else := standard_window_until(investigation)

# METADATA
# title: Last day of the standard investigation window
# description: The day `investigation_window_days` after the report; null when the report date cannot be read.
standard_window_until(investigation) := calendar.date_of_day(reported + days) if {
	calendar.is_date(investigation.reportedOn)
	reported := calendar.day_number(investigation.reportedOn)
	days := law_enforcement.settings.investigation_window_days
} else := null

# METADATA
# title: Conditions and whether they hold
# description: >-
#   Every condition a clause or the emergency set can require, and whether it holds for this requester and
#   youth.
condition_findings(youth) := [{"condition": condition, "holds": holds(condition, youth)} |
	some condition in known_conditions
]

# METADATA
# title: Conditions named anywhere
# description: The conditions of every agreement clause and emergency set entry, sorted.
known_conditions := sort({condition |
	some clause in agreements.clauses
	some condition in clause.conditions
} | {condition |
	some entry in break_glass.settings.opens
	some condition in object.get(entry, "conditions", [])
})

# --- Categories deciding the coordinate ----------------------------------------------------------

# METADATA
# title: Categories that decide the coordinate
# description: >-
#   The coordinate's category and those its extra labels bring in, each with the rules that would open it
#   for this requester and youth (all must open it), as the gated decision counts them.
gate_findings(coordinate, youth) := [{
	"category": gate,
	"title": object.get(disclosure.categories, [gate, "title"], gate),
	"legal_basis": object.get(disclosure.categories, [gate, "legal_basis"], ""),
	"opened_by": sort({grant.rule | some grant in disclosure.usable_grants(gate, coordinate, youth)}),
} |
	some gate in sort(labels.gates(coordinate))
]

# --- Emergency access ----------------------------------------------------------------------------

# METADATA
# title: Emergency access findings
# description: >-
#   Under break the glass: whether a reason is stated, whether the requester's role may break the glass,
#   whether a label of a stricter category keeps the coordinate closed, and each entry of the emergency set
#   that lists the field with its conditions that do not hold. Null otherwise.
emergency_findings(coordinate, youth) := findings if {
	is_emergency
	findings := object.union(emergency_authority(coordinate), {"entries": emergency_entries(coordinate, youth)})
} else := null

# METADATA
# title: Authority to break the glass
# description: >-
#   Whether a reason is stated, the role may break the glass, and a label of a stricter category keeps the
#   coordinate closed.
emergency_authority(coordinate) := {
	"reason_stated": is_reason_stated,
	"role_may_break_the_glass": may_break_the_glass,
	"stricter_label": has_stricter_label(coordinate),
}

# METADATA
# title: Entries of the emergency set listing the field
# description: Each entry that lists the coordinate's field, with its conditions that do not hold.
emergency_entries(coordinate, youth) := [{
	"id": entry.id,
	"legal_basis": entry.legal_basis,
	"unmet_conditions": [condition |
		some condition in object.get(entry, "conditions", [])
		not agreements.condition_holds(condition, youth)
	],
} |
	some entry in break_glass.settings.opens
	coordinate.field in entry.fields
]

# METADATA
# scope: document
# title: A reason is stated, as true or false
# description: csec.break_glass.has_stated_reason.
default is_reason_stated := false

is_reason_stated if break_glass.has_stated_reason

# METADATA
# scope: document
# title: The role may break the glass, as true or false
# description: csec.break_glass.may_break_the_glass.
default may_break_the_glass := false

may_break_the_glass if break_glass.may_break_the_glass

# METADATA
# title: A label of a stricter category
# description: A label of the coordinate brings in another category, which emergency access never opens.
has_stricter_label(coordinate) if count(labels.gates(coordinate)) > 1

else := false
