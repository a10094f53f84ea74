# METADATA
# title: Data-sharing agreements
# description: >-
#   The county's data-sharing agreements, as data (policies/csec/agreements/data.yaml): a clause opens its
#   categories to its roles (of its agencies, when it names agencies) for its purposes while all of its
#   conditions hold. The law above the agreements is enforced elsewhere: no clause opens 42 CFR Part 2
#   records, psychotherapy notes, or sealed and vacated records.
package csec.agreements

# METADATA
# title: All agreement clauses
# description: Every clause of every agreement in policies/csec/agreements/data.yaml.
clauses := [clause |
	some agreement in data.csec.agreements.agreements
	some clause in agreement.clauses
]

# METADATA
# title: Grants from agreement clauses
# description: >-
#   One grant for each clause that opens the category to this requester for this coordinate, carrying the
#   clause's legal basis and obligations.
# related_resources:
#   - ref: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=WIC&sectionNum=16524.8
#     description: W&IC 16524.8, the county's interagency protocol
# custom:
#   legal_basis: W&IC 16524.8(b); county CSEC interagency protocol
grants(category, youth) := {conditional.grant |
	some conditional in conditional_grants[category]
	every condition in conditional.conditions {
		condition_holds(condition, youth)
	}
}

# METADATA
# title: Grants of the requester's clauses, with their conditions
# description: >-
#   By category, the grant each clause for this requester and purpose gives (its rule, legal basis,
#   obligations) and the conditions it gives it under. They are the same for every youth of a request,
#   so they are built once per request and deciding for a youth only checks the conditions.
conditional_grants[category] := [conditional |
	some clause in clauses_for_requester
	category in clause.categories
	conditional := {
		"conditions": clause.conditions,
		"grant": {
			"rule": clause.id,
			"legal_basis": concat("", [clause.legal_basis, " (agreement clause ", clause.id, ")"]),
			"obligations": obligations(clause),
			"very_restricted": object.get(clause, "very_restricted", false),
		},
	}
] if {
	some category in requester_categories
}

# METADATA
# title: Clauses for this requester and purpose
# description: >-
#   By category, the clauses that name the requester and the request's purpose of use. They are the same
#   for every youth and field of a request, so they are found once per request.
requester_clauses[category] contains clause if {
	some clause in clauses_for_requester
	some category in clause.categories
}

# METADATA
# title: Clauses naming the requester and purpose
# description: >-
#   The clauses that name the requester and the request's purpose of use, found once per request (as a
#   list, which is cheaper to build than a set of clauses).
clauses_for_requester := [clause |
	some clause in clauses
	input.requester.purposeOfUse in clause.purposes
	names_requester(clause)
]

# METADATA
# title: Categories of the requester's clauses
# description: Every category a clause naming the requester and the request's purpose of use opens.
requester_categories contains category if {
	some clause in clauses_for_requester
	some category in clause.categories
}

# METADATA
# title: Conditions the requester's clauses can require
# description: >-
#   Every condition of a clause that names the requester and the request's purpose of use for one of the
#   categories. No decision on those categories can depend on a condition outside this set.
conditions_for(categories) := {condition |
	some category in categories
	some clause in requester_clauses[category]
	some condition in clause.conditions
}

# METADATA
# title: Clause names the requester
# description: The requester holds one of the clause's roles and, if the clause names agencies, works for one of them.
names_requester(clause) if {
	names_requester_agency(clause)
	names_requester_role(clause)
}

# METADATA
# title: Clause names the requester's agency
# description: The clause names no agencies, or names the requester's.
names_requester_agency(clause) if input.requester.agency in object.get(clause, "agencies", [input.requester.agency])

# METADATA
# title: Clause names one of the requester's roles
# description: The requester holds one of the clause's roles.
names_requester_role(clause) if {
	some role in input.requester.roles
	role in clause.roles
}

# METADATA
# title: Obligations of a clause
# description: >-
#   The obligations the clause attaches, looked up by key. Undefined when a key is unknown, so a clause
#   whose obligation cannot be carried out opens nothing.
obligations(clause) := [data.csec.obligations.obligations[key] | some key in keys] if {
	keys := object.get(clause, "obligations", [])
	every key in keys {
		data.csec.obligations.obligations[key]
	}
}

# METADATA
# title: Conditions that alone keep a clause closed
# description: >-
#   For a clause that names the requester's role and purpose for the category, the one condition that
#   does not hold when all its other conditions do. Used only to tell the requester why a value is withheld.
blocking_conditions(category, youth) := {condition |
	some clause in requester_clauses[category]
	failing := {unmet | some unmet in clause.conditions; not condition_holds(unmet, youth)}
	count(failing) == 1
	some condition in failing
}
