# Conditions of agreement clauses.
# The conditions a clause (or a break-the-glass entry) can require, each a named rule. A condition that
# is not defined here never holds, so a misspelt condition closes its clause.
package csec.agreements

import data.csec.law_enforcement
import data.csec.membership

# METADATA
# title: ACTIVE_MDT_MEMBER
# description: The requester is a current member of the youth's open MDT.
# related_resources:
#   - ref: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=WIC&sectionNum=830
#     description: W&IC 830, MDT information sharing
# custom:
#   legal_basis: W&IC 830
condition_holds("ACTIVE_MDT_MEMBER", youth) if membership.is_active_mdt_member(youth)

# METADATA
# title: ASSIGNED_WORKER
# description: The requester is the youth's assigned worker in the requester's own agency.
# related_resources:
#   - ref: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=WIC&sectionNum=827
#     description: W&IC 827, juvenile case files
# custom:
#   legal_basis: W&IC 827
condition_holds("ASSIGNED_WORKER", youth) if membership.is_assigned_worker(youth)

# METADATA
# title: LAW_ENFORCEMENT_ACTIVE_MATTER (proceedings)
# description: >-
#   The juvenile court's records show the requester as a party to or investigating a proceeding about the
#   youth, in force today. An MDT seat is not part of proceedings.
# related_resources:
#   - ref: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=WIC&sectionNum=827
#     description: W&IC 827(a)(1)(E), officers actively participating in proceedings involving the minor
# custom:
#   legal_basis: W&IC 827(a)(1)(E)
condition_holds("LAW_ENFORCEMENT_ACTIVE_MATTER", youth) if law_enforcement.is_in_proceedings_about(youth)

# METADATA
# title: LAW_ENFORCEMENT_ACTIVE_MATTER (investigation window)
# description: A W&IC 18961.7 investigation window is open for the youth.
# related_resources:
#   - ref: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=WIC&sectionNum=18961.7
#     description: W&IC 18961.7, 30 days from the report, longer with good cause
# custom:
#   legal_basis: W&IC 18961.7
condition_holds("LAW_ENFORCEMENT_ACTIVE_MATTER", youth) if law_enforcement.within_investigation_window(youth)

# METADATA
# title: YOUTH_MISSING
# description: The youth is missing (AWOL, runaway or abducted), so the location may be shared to recover the youth.
# related_resources:
#   - ref: https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title42-section671&num=0&edition=prelim
#     description: 42 U.S.C. 671(a)(35)(B), reporting missing youth to law enforcement
# custom:
#   legal_basis: 42 U.S.C. 671(a)(35)(B)
condition_holds("YOUTH_MISSING", youth) if youth.missing == true

# METADATA
# title: BEFORE_ADJUDICATION
# description: The youth's delinquency matter has not been adjudicated.
# related_resources:
#   - ref: https://www.ecfr.gov/current/title-34/subtitle-A/part-99/subpart-D/section-99.38
#     description: 34 CFR 99.38, juvenile justice system before adjudication
# custom:
#   legal_basis: 34 CFR 99.38
condition_holds("BEFORE_ADJUDICATION", youth) if youth.adjudicated == false
