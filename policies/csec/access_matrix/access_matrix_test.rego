# METADATA
# title: Access matrix of the policy in force
# description: >-
#   The access matrix (which role may see which category, for which purpose, under which rule) is its
#   own category (ACCESS_MATRIX, confidentiality L: about no youth), opened by agreement clause
#   IAP-2025-3.5 (45 CFR 164.530(a), (i)) to the privacy officer alone, for health care operations.
package csec.access_matrix_test

import data.csec.fixtures_test as f

access_matrix := object.union(f.coordinate("ACCESS_MATRIX"), {"youthId": null, "field": "Query.accessMatrix"})

test_the_privacy_officer_reads_the_access_matrix_for_health_care_operations_only if {
	d := f.decision with input as f.request(f.privacy_officer, {}, access_matrix)
	d.allow
	d.rule == "IAP-2025-3.5"
	contains(d.legal_basis, "45 CFR 164.530(i)")
	every purpose in object.keys(data.csec.purposes.purposes) - {"HOPERAT"} {
		not f.allowed with input as f.request(f.with_purpose(f.privacy_officer, purpose), {}, access_matrix)
	}
}

test_nobody_else_reads_the_access_matrix_not_even_the_steering_committee if {
	others := [
		f.social_worker, f.probation_officer, f.clinician, f.nurse, f.counselor, f.liaison, f.attorney,
		f.prosecutor, f.casa, f.advocate, f.caregiver, f.officer, f.steering_member,
	]
	every person in others {
		every purpose in object.keys(data.csec.purposes.purposes) {
			not f.allowed with input as f.request(f.with_purpose(person, purpose), {}, access_matrix)
		}
	}
	emergency := f.breaking_the_glass(f.social_worker, "Youth missing since last night.")
	d := f.decision with input as f.request(emergency, {}, access_matrix)
	not d.allow
	d.review
}
