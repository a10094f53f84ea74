# METADATA
# title: Law enforcement on the MDT
# description: >-
#   When an officer on the youth's MDT may see more than the youth's identity: while part of proceedings
#   about the youth, or while a W&IC 18961.7 investigation window is open.
package csec.law_enforcement

import data.csec.calendar

settings := data.csec.law_enforcement.law_enforcement

# METADATA
# title: Part of proceedings about the youth
# description: The requester is listed among the officers actively participating in proceedings about the youth.
# related_resources:
#   - ref: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=WIC&sectionNum=827
#     description: W&IC 827(a)(1), officers actively participating in proceedings involving the minor
# custom:
#   legal_basis: W&IC 827(a)(1)
is_in_proceedings_about(youth) if input.requester.userId in youth.lawEnforcementInProceedings

# METADATA
# title: Within an investigation window
# description: >-
#   A report about the youth is under investigation and today is within the window W&IC 18961.7 allows:
#   from the day of the report to 30 days after it, or to the good-cause extension date if one is recorded.
# related_resources:
#   - ref: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=WIC&sectionNum=18961.7
#     description: W&IC 18961.7, child abuse multidisciplinary personnel teams
# custom:
#   legal_basis: W&IC 18961.7
within_investigation_window(youth) if {
	some investigation in youth.investigations
	is_open(investigation)
}

# METADATA
# title: Investigation window open
# description: Today is on or after the report and no more than the window's days after it.
is_open(investigation) if {
	elapsed := calendar.days_since(investigation.reportedOn)
	elapsed >= 0
	elapsed <= settings.investigation_window_days
}

# METADATA
# title: Investigation window extended for good cause
# description: Today is on or after the report and on or before the documented good-cause extension date.
is_open(investigation) if {
	calendar.days_since(investigation.reportedOn) >= 0
	calendar.days_since(investigation.goodCauseExtendedUntil) <= 0
}
