# METADATA
# title: MDT membership and assignment
# description: >-
#   Who is on the youth's multidisciplinary team today, and who is the youth's assigned worker. Access
#   follows the team: a member who has left, or every member of a team that has closed, sees nothing.
package csec.membership

import data.csec.calendar

# METADATA
# title: Active MDT member
# description: >-
#   The requester is on the youth's MDT today: the MDT is open, the requester joined on or before today
#   and has not left (a leaving date that has come ends membership the same day).
# related_resources:
#   - ref: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=WIC&sectionNum=830
#     description: W&IC 830, MDT information sharing
#   - ref: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=WIC&sectionNum=16524.8
#     description: W&IC 16524.8, CSEC interagency protocol and MDT
# custom:
#   legal_basis: W&IC 830; W&IC 16524.8(b)
is_active_mdt_member(youth) if {
	youth.mdt.status == "OPEN"
	some member in youth.mdt.members
	member.userId == input.requester.userId
	has_joined(member)
	not has_left(member)
}

# METADATA
# title: Has joined the MDT
# description: The member's joining date is a date that has come.
has_joined(member) if calendar.is_date_that_has_come(member.joinedOn)

# METADATA
# title: Has left the MDT
# description: The member's leaving date is set and has come (a malformed leaving date counts as left).
has_left(member) if calendar.has_come(object.get(member, "leftOn", null))

# METADATA
# title: Assigned worker
# description: >-
#   The requester is the worker the youth is assigned to in the requester's own agency (e.g. the
#   case-carrying social worker of child welfare). Reassignment ends it immediately.
# related_resources:
#   - ref: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=WIC&sectionNum=827
#     description: W&IC 827, juvenile case files
# custom:
#   legal_basis: W&IC 827
is_assigned_worker(youth) if youth.assignedWorkers[input.requester.agency] == input.requester.userId
