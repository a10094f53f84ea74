# METADATA
# title: Sensitive services
# description: >-
#   STI, pregnancy, contraception, sexual assault examination and gender-affirming care go to the providers
#   treating the youth (an agreement clause) and otherwise only with the minor's own authorization: the
#   minor consented to the care, so the minor controls the record.
package csec.categories.sensitive_services

import data.csec.consent
import data.csec.membership

# METADATA
# title: Sensitive services with the minor's own authorization naming the recipient
# description: >-
#   Allowed to an active member of the youth's MDT named in an unexpired, unrevoked authorization the youth
#   signed (at 12 or older) for sensitive services and the stated purpose. A parent's signature does not
#   count.
# related_resources:
#   - ref: https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-164.502
#     description: 45 CFR 164.502(g)(3), the minor controls records of care the minor consented to
#   - ref: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=FAM&sectionNum=6926
#     description: Family Code 6926, minors 12 and older consent to STD care
# custom:
#   legal_basis: 45 CFR 164.502(g)(3); Family Code 6925-6928; Civil Code 56.11
grants(youth) := {grant |
	membership.is_active_mdt_member(youth)
	some authorization in consent.authorizations(youth, "SENSITIVE_SERVICES")
	is_minors_own(authorization)
	grant := {
		"rule": "SENSITIVE_SERVICES_MINOR_AUTHORIZATION",
		"legal_basis": authorization.legal_basis,
		"obligations": authorization.obligations,
		"very_restricted": authorization.names_requester_personally,
	}
}

# METADATA
# title: The minor's own authorization
# description: The youth, not a parent or guardian, signed it.
# related_resources:
#   - ref: https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-164.502
#     description: 45 CFR 164.502(g)(3), the minor controls records of care the minor consented to
# custom:
#   legal_basis: 45 CFR 164.502(g)(3)
is_minors_own(authorization) if authorization.signed_by == "YOUTH"
