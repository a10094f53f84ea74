# METADATA
# title: Substance use disorder records (42 CFR Part 2)
# description: >-
#   Records of a 42 CFR Part 2 program are disclosed only to recipients the youth named in a written
#   42 CFR 2.31 consent. No agreement and no state MDT rule opens them, and each disclosure carries the
#   42 CFR 2.32 notice.
package csec.categories.substance_use

import data.csec.consent
import data.csec.membership

# METADATA
# title: SUD records to the recipients named in the youth's 42 CFR 2.31 consent
# description: >-
#   Allowed only to an active member of the youth's MDT who is named (by person, role or agency) in a
#   42 CFR 2.31 consent that covers substance use records and the stated purpose, is not expired or
#   revoked, and was signed by the youth at 12 or older (in California a minor of 12 consents to their own
#   treatment, so only the minor can consent to its disclosure). Carries the 42 CFR 2.32 notice.
# related_resources:
#   - ref: https://www.ecfr.gov/current/title-42/chapter-I/subchapter-A/part-2/subpart-C/section-2.31
#     description: 42 CFR 2.31, consent requirements
#   - ref: https://www.ecfr.gov/current/title-42/chapter-I/subchapter-A/part-2/subpart-C/section-2.32
#     description: 42 CFR 2.32, notice to accompany disclosure
#   - ref: https://www.ecfr.gov/current/title-42/chapter-I/subchapter-A/part-2/subpart-B/section-2.14
#     description: 42 CFR 2.14, minor patients
#   - ref: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=FAM&sectionNum=6929
#     description: Family Code 6929, minors 12 and older consent to substance use treatment
# custom:
#   legal_basis: 42 CFR 2.31; 42 CFR 2.32; 42 CFR 2.14; Family Code 6929
grants(youth) := {grant |
	membership.is_active_mdt_member(youth)
	some authorization in consent.authorizations(youth, "SUBSTANCE_USE")
	grant := {
		"rule": "SUD_PART2_CONSENT",
		"legal_basis": authorization.legal_basis,
		"obligations": array.concat([data.csec.obligations.obligations.PART2_NOTICE], authorization.obligations),
		"very_restricted": authorization.names_requester_personally,
	}
}
