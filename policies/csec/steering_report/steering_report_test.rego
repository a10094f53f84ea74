# METADATA
# title: Steering committee report
# description: >-
#   The steering committee's periodic report is its own category (STEERING_REPORT, confidentiality L),
#   opened by agreement clause IAP-2025-9.5 (W&IC 16524.8; CalHHS Data De-identification Guidelines 4.4)
#   to steering committee members and the privacy officer, for health care operations or public health,
#   always with small-cell suppression.
package csec.steering_report_test

import data.csec.fixtures_test as f
import data.csec.labels

# A report coordinate is about no youth.
report := object.union(f.coordinate("STEERING_REPORT"), {"youthId": null, "field": "Query.steeringReport"})

report_request(person) := f.request(person, f.youth, report)

test_a_steering_committee_member_receives_the_report_with_small_cells_suppressed if {
	every purpose in ["HOPERAT", "PUBHLTH"] {
		d := f.decision with input as report_request(f.with_purpose(f.steering_member, purpose))
		d.allow
		d.rule == "IAP-2025-9.5"
		contains(d.legal_basis, "W&IC 16524.8")
		contains(d.legal_basis, "CalHHS Data De-identification Guidelines 4.4")
		d.obligations == [data.csec.obligations.obligations.SUPPRESS_SMALL_CELLS]
	}
}

test_the_privacy_officer_may_review_the_report if {
	d := f.decision with input as report_request(f.privacy_officer)
	d.allow
	d.rule == "IAP-2025-9.5"
}

test_the_report_is_not_for_case_coordination_or_any_other_purpose if {
	every purpose in object.keys(data.csec.purposes.purposes) - {"HOPERAT", "PUBHLTH"} {
		not f.allowed with input as report_request(f.with_purpose(f.steering_member, purpose))
		not f.allowed with input as report_request(f.with_purpose(f.privacy_officer, purpose))
	}
}

test_nobody_on_a_youth_mdt_receives_the_report if {
	others := [
		f.social_worker, f.probation_officer, f.clinician, f.nurse, f.counselor, f.liaison, f.attorney,
		f.prosecutor, f.casa, f.advocate, f.caregiver, f.officer,
	]

	# The purposes the report is opened for, and the MDT's own: roles decide, not the purpose.
	every person in others {
		every purpose in ["HOPERAT", "PUBHLTH", "CSEC-MDT"] {
			not f.allowed with input as report_request(f.with_purpose(person, purpose))
		}
	}
}

test_breaking_the_glass_does_not_open_the_report if {
	emergency := f.breaking_the_glass(f.steering_member, "Youth missing since last night.")
	not f.allowed with input as report_request(emergency)
}

test_the_report_category_is_de_identified if {
	some category, entry in data.csec.categories.categories
	category == "STEERING_REPORT"
	entry.confidentiality in labels.settings.deidentified
}
