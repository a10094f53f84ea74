# METADATA
# title: Education records (FERPA)
# description: >-
#   Education records go to the assigned social worker of the agency legally responsible for the youth for
#   the youth's education needs, to the assigned probation officer before adjudication under a
#   no-redisclosure certification, and to the education liaison (agreement clauses); anyone else needs the
#   education rights holder's consent (the youth's own from 18) or a court order.
package csec.categories.education

import data.csec.consent
import data.csec.membership

# METADATA
# title: Education records with the education rights holder's consent or a court order
# description: >-
#   Allowed to an active member of the youth's MDT named in an unexpired, unrevoked FERPA release for the
#   stated purpose, signed by the education rights holder while the youth is a minor, by the youth as an
#   adult, or ordered by a court. No redisclosure without consent.
# related_resources:
#   - ref: https://www.ecfr.gov/current/title-34/subtitle-A/part-99/subpart-C/section-99.30
#     description: 34 CFR 99.30, prior written consent
#   - ref: https://www.ecfr.gov/current/title-34/subtitle-A/part-99/subpart-D/section-99.31
#     description: 34 CFR 99.31(a)(9), court orders
#   - ref: https://www.ecfr.gov/current/title-34/subtitle-A/part-99/subpart-D/section-99.33
#     description: 34 CFR 99.33, limits on redisclosure
# custom:
#   legal_basis: 34 CFR 99.30; 34 CFR 99.31(a)(9); 34 CFR 99.33
grants(youth) := {grant |
	membership.is_active_mdt_member(youth)
	some authorization in consent.authorizations(youth, "EDUCATION")
	grant := {
		"rule": "EDUCATION_RELEASE",
		"legal_basis": authorization.legal_basis,
		"obligations": [data.csec.obligations.obligations.FERPA_CONSENT_NO_REDISCLOSURE],
		"very_restricted": authorization.names_requester_personally,
	}
}
