# METADATA
# title: Law enforcement on the MDT
# description: >-
#   When an officer on the youth's MDT may see more than the youth's identity: while the juvenile court's
#   records show the officer actively participating in proceedings about the youth, or while a W&IC 18961.7
#   investigation window is open. Sitting on the MDT alone is neither.
package csec.law_enforcement

import data.csec.calendar

settings := data.csec.law_enforcement.law_enforcement

# METADATA
# title: Part of proceedings about the youth
# description: >-
#   The juvenile court's records list the requester as a party to or investigating a proceeding about the
#   youth (a role of `participating_roles`), and the participation is in force on the county's date. A seat
#   on the youth's MDT is not a participation.
# related_resources:
#   - ref: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=WIC&sectionNum=827
#     description: >-
#       W&IC 827(a)(1)(E), officers actively participating in criminal or juvenile proceedings involving
#       the minor
# custom:
#   legal_basis: W&IC 827(a)(1)(E)
is_in_proceedings_about(youth) if {
	some participation in youth.proceedingParticipations
	participation.userId == input.requester.userId
	participation.role in settings.participating_roles
	is_in_force(participation)
}

# METADATA
# title: Participation in force
# description: >-
#   Today is on or after the participation's first day and, if it has an end, on or before its last day.
#   A malformed date counts as not in force.
is_in_force(participation) if {
	calendar.days_since(participation.from) >= 0
	not has_ended(participation)
}

# METADATA
# title: Participation ended
# description: The participation's last day has passed, or its end date cannot be read.
has_ended(participation) if {
	participation.until != null
	not is_today_or_later(participation.until)
}

# METADATA
# title: Today or a later day
# description: The value is a date, and today is that day or before it.
is_today_or_later(date) if calendar.days_since(date) <= 0

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
