# METADATA
# title: HIV test results
# description: >-
#   HIV test results go to providers for the youth's care (an agreement clause, H&S 120985) and otherwise
#   only to a person named in the youth's written authorization (H&S 120980).
package csec.categories.hiv

import data.csec.consent
import data.csec.membership

# METADATA
# title: HIV test results to the person named in a written authorization
# description: >-
#   Allowed to an active member of the youth's MDT named personally in an unexpired, unrevoked H&S 120980
#   written authorization for the stated purpose, signed by the youth at 12 or older. No redisclosure.
# related_resources:
#   - ref: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=HSC&sectionNum=120980
#     description: H&S 120980, written authorization for each disclosure
#   - ref: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=FAM&sectionNum=6926
#     description: Family Code 6926, minors 12 and older consent to care for communicable diseases
# custom:
#   legal_basis: H&S 120980; Family Code 6926
grants(youth) := {grant |
	membership.is_active_mdt_member(youth)
	some authorization in consent.authorizations(youth, "HIV")
	grant := {
		"rule": "HIV_WRITTEN_AUTHORIZATION",
		"legal_basis": authorization.legal_basis,
		"obligations": [data.csec.obligations.obligations.HIV_NO_REDISCLOSURE],
		"very_restricted": authorization.names_requester_personally,
	}
}
