# METADATA
# title: Juvenile case file by order of the juvenile court
# description: >-
#   W&IC 827 keeps a youth's juvenile case file confidential: besides those the statute names, only a person
#   or agency the juvenile court designates by order, on a petition (form JV-570), may inspect it. The court's
#   records hold each granted order: whom it names, which parts of the case file it opens, and until when.
#   Such an order opens those parts to the person or agency it names, whether or not they sit on the
#   youth's MDT, from the day it is granted to the last day it allows; never anything outside the case file.
package csec.court_orders

import data.csec.calendar

settings := data.csec.court_orders.court_orders

# METADATA
# title: Juvenile case file opened by a W&IC 827 order
# description: >-
#   Allowed when an order of the juvenile court in force today names the requester (or the requester's
#   agency) and lists the category, and the category is part of the juvenile case file. What is received
#   under the order may not be disseminated further (W&IC 827(a)(4)).
# related_resources:
#   - ref: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=WIC&sectionNum=827
#     description: W&IC 827(a)(1)(Q), any other person designated by order of the juvenile court on a petition
#   - ref: https://courts.ca.gov/cms/rules/index.cfm?title=five&linkid=rule5_552
#     description: Cal. Rules of Court, rule 5.552, confidentiality of juvenile case files
# custom:
#   legal_basis: W&IC 827(a)(1)(Q); Cal. Rules of Court 5.552
grants(category, youth) := {grant |
	category in settings.case_file_categories
	some order in object.get(youth, "courtOrders", [])
	order_names_requester(order)
	category in order.categories
	is_in_force(order)
	grant := {
		"rule": "WIC_827_ORDER",
		"legal_basis": sprintf("W&IC 827(a)(1)(Q) (order %s)", [order.id]),
		"obligations": [data.csec.obligations.obligations.JUVENILE_CASE_FILE_NO_REDISCLOSURE],
		"very_restricted": false,
	}
}

# METADATA
# scope: document
# title: The order names the requester
# description: The order authorizes the requester by user id, or the requester's agency.
order_names_requester(order) if order.recipient.userId == input.requester.userId

order_names_requester(order) if order.recipient.agency == input.requester.agency

# METADATA
# title: Order in force
# description: >-
#   Today is on or after the day the order was granted and on or before the last day it allows. A date that
#   cannot be read counts as not in force.
is_in_force(order) if {
	calendar.days_since(order.grantedOn) >= 0
	calendar.days_since(order.expiresOn) <= 0
}

# METADATA
# title: Court orders in play
# description: >-
#   COURT_ORDER when one of the categories can be part of the juvenile case file: the gateway then asks the
#   juvenile court for the orders naming the requester, and only then.
conditions_for(categories) := {"COURT_ORDER" |
	some category in categories
	category in settings.case_file_categories
}
