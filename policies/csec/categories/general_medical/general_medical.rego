# METADATA
# title: General medical
# description: >-
#   General medical information goes to the social worker, probation officer and public health nurse to
#   coordinate care and to treating providers (agreement clauses), and otherwise with an authorization.
package csec.categories.general_medical

import data.csec.consent
import data.csec.membership

# METADATA
# title: General medical with an authorization
# description: >-
#   Allowed to an active member of the youth's MDT named in an unexpired, unrevoked HIPAA/CMIA authorization
#   for general medical records and the stated purpose, signed by the youth as an adult or by a parent or
#   guardian while the youth is a minor.
# related_resources:
#   - ref: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=56.11
#     description: Civil Code 56.11, authorization
#   - ref: https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-164.508
#     description: 45 CFR 164.508, uses and disclosures requiring an authorization
# custom:
#   legal_basis: Civil Code 56.11; 45 CFR 164.508
grants(youth) := {grant |
	membership.is_active_mdt_member(youth)
	some authorization in consent.authorizations(youth, "GENERAL_MEDICAL")
	grant := {
		"rule": "GENERAL_MEDICAL_AUTHORIZATION",
		"legal_basis": authorization.legal_basis,
		"obligations": authorization.obligations,
		"very_restricted": authorization.names_requester_personally,
	}
}
