# METADATA
# title: Mental health
# description: >-
#   Mental health information goes to the social worker, probation officer and public health nurse to
#   coordinate care and between treating clinicians (agreement clauses), and otherwise with an
#   authorization. Psychotherapy notes (label PSYTHPN) are never disclosed.
package csec.categories.mental_health

import data.csec.consent
import data.csec.membership

# METADATA
# title: Mental health with an authorization
# description: >-
#   Allowed to an active member of the youth's MDT named in an unexpired, unrevoked authorization for
#   mental health and the stated purpose, signed by the youth at 12 or older (who then controls these
#   records), or by a parent or guardian while the youth is under 12.
# related_resources:
#   - ref: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=WIC&sectionNum=5328
#     description: W&IC 5328, confidentiality of mental health records
#   - ref: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=FAM&sectionNum=6924
#     description: Family Code 6924, minors 12 and older consent to mental health treatment
# custom:
#   legal_basis: W&IC 5328; Civil Code 56.11; Family Code 6924
grants(youth) := {grant |
	membership.is_active_mdt_member(youth)
	some authorization in consent.authorizations(youth, "MENTAL_HEALTH")
	grant := {
		"rule": "MENTAL_HEALTH_AUTHORIZATION",
		"legal_basis": authorization.legal_basis,
		"obligations": authorization.obligations,
		"very_restricted": authorization.names_requester_personally,
	}
}
