# METADATA
# title: Break the glass
# description: >-
#   Emergency access (purpose BTG or ETREAT) opens only a predefined, minimal list of fields
#   (policies/csec/break_glass/data.yaml): in a missing-youth emergency, who the youth is, the risk flags and
#   the last known placement, nothing else. Only with a stated reason, only to the listed roles, and every
#   decision made under it is flagged for review. It never opens a record carrying a label of a stricter
#   category (e.g. a 42 CFR Part 2 label on a roster entry).
package csec.break_glass

import data.csec.agreements
import data.csec.labels

# METADATA
# title: Emergency access settings
# description: policies/csec/break_glass/data.yaml
settings := data.csec.break_glass.break_glass

# METADATA
# title: Texts for requesters
# description: policies/csec/disclosure/data.yaml
messages := data.csec.disclosure.disclosure.messages

# METADATA
# title: Emergency access request
# description: The requester states an emergency purpose of use (BTG or ETREAT).
# related_resources:
#   - ref: https://terminology.hl7.org/CodeSystem-v3-ActReason.html
#     description: HL7 v3 ActReason, BTG and ETREAT
# custom:
#   legal_basis: county CSEC interagency protocol, emergency access
is_requested if input.requester.purposeOfUse in settings.purposes

# METADATA
# title: Conditions emergency access can require
# description: >-
#   Under emergency access, every condition of an entry of the emergency set (the set lists fields, not
#   categories, so any of them can be in play); none otherwise.
conditions contains condition if {
	is_requested
	some entry in settings.opens
	some condition in object.get(entry, "conditions", [])
}

# METADATA
# title: A reason is stated
# description: The requester gave a non-blank reason for breaking the glass.
has_stated_reason if {
	is_string(input.requester.breakGlassReason)
	trim_space(input.requester.breakGlassReason) != ""
}

# METADATA
# title: Role may break the glass
# description: The requester holds one of the roles allowed to break the glass.
may_break_the_glass if {
	some role in input.requester.roles
	role in settings.roles
}

# METADATA
# title: Entries of the emergency set that open the coordinate
# description: >-
#   The entries whose field list includes the coordinate's field and whose conditions (if any) hold, e.g.
#   the last known placement only while the youth is missing.
# related_resources:
#   - ref: https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title42-section671&num=0&edition=prelim
#     description: 42 U.S.C. 671(a)(35)(B), locating missing youth
# custom:
#   legal_basis: county CSEC interagency protocol, emergency access; 42 U.S.C. 671(a)(35)(B)
openings(coordinate, youth) := {entry |
	some entry in settings.opens
	coordinate.field in entry.fields
	every condition in object.get(entry, "conditions", []) {
		agreements.condition_holds(condition, youth)
	}
}

# METADATA
# title: Authorized to break the glass
# description: A reason is stated and the requester's role may break the glass.
is_authorized if {
	has_stated_reason
	may_break_the_glass
}

# METADATA
# title: Emergency access decision
# description: >-
#   Allowed when the requester is authorized to break the glass, an entry of the emergency set opens the
#   coordinate and the coordinate carries no label of a stricter category. Review flags are added by the
#   caller.
decision(coordinate, youth) := opened_by(entry) if {
	is_authorized
	count(labels.gates(coordinate)) == 1
	entry := sort(openings(coordinate, youth))[0]
} else := refused(refusal)

# METADATA
# scope: document
# title: Why emergency access did not open a coordinate
# description: A missing reason, or a coordinate outside the emergency set (or a role not allowed to break the glass).
default refusal := "BREAK_THE_GLASS_NOT_IN_SET"

refusal := "BREAK_THE_GLASS_REASON_REQUIRED" if not has_stated_reason

# METADATA
# title: Opened by emergency access
# description: The allowed decision of an entry of the emergency set, flagged for review.
opened_by(entry) := {
	"allow": true,
	"rule": entry.id,
	"legal_basis": entry.legal_basis,
	"reason": messages.BREAK_THE_GLASS_ALLOWED,
	"obligations": [],
	"conceal": false,
	"review": true,
}

# METADATA
# title: Refused by emergency access
# description: The withheld decision of emergency access, flagged for review.
refused(rule) := {
	"allow": false,
	"rule": rule,
	"legal_basis": settings.legal_basis,
	"reason": messages[rule],
	"obligations": [],
	"conceal": false,
	"review": true,
}
