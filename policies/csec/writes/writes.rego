# METADATA
# title: Writes to the MDT's own records
# description: >-
#   Who may write which of the MDT's records (policies/csec/writes/data.yaml): a rule opens its write
#   category to its roles for its purposes while all of its conditions hold. Write categories are opened by
#   these rules alone, never by a data-sharing agreement.
package csec.writes

import data.csec.agreements

# METADATA
# title: Write rules
# description: Every rule of policies/csec/writes/data.yaml.
rules := data.csec.writes.writes.rules

# METADATA
# title: Write categories
# description: The categories of policies/csec/categories/data.yaml that are writes (named WRITE_...).
categories contains category if {
	some category, _ in data.csec.categories.categories
	startswith(category, "WRITE_")
}

# METADATA
# title: A write category
# description: The category is a write, decided by the write rules alone.
is_write(category) if category in categories

# METADATA
# title: Grants of the write rules
# description: >-
#   One grant for each rule that opens the write category to this requester and purpose for this youth,
#   carrying the rule's legal basis.
# related_resources:
#   - ref: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=WIC&sectionNum=16524.8
#     description: W&IC 16524.8, the county's interagency protocol and its MDTs
#   - ref: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=WIC&sectionNum=830
#     description: W&IC 830, MDT records
# custom:
#   legal_basis: W&IC 16524.8(b); W&IC 830
grants(category, youth) := {grant |
	some rule in rules
	rule.category == category
	names_requester(rule)
	every condition in rule.conditions {
		agreements.condition_holds(condition, youth)
	}
	grant := {
		"rule": rule.id,
		"legal_basis": concat("", [rule.legal_basis, " (write rule ", rule.id, ")"]),
		"obligations": [],
		"very_restricted": false,
	}
}

# METADATA
# title: Rule names the requester
# description: The requester holds one of the rule's roles and states one of its purposes.
names_requester(rule) if {
	input.requester.purposeOfUse in rule.purposes
	some role in rule.roles
	role in input.requester.roles
}
