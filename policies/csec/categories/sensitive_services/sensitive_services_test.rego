package csec.categories.sensitive_services_test

import data.csec.fixtures_test as f

authorization(signer) := object.union(
	f.consent("S-1", "HIPAA_AUTHORIZATION", "SENSITIVE_SERVICES", [{"userId": "cg.smith"}], ["CSEC-MDT"]),
	{"signedBy": signer},
)

test_sensitive_services_go_to_treating_providers if {
	f.allowed with input as f.request(f.with_purpose(f.nurse, "TREAT"), f.youth, f.coordinate("SENSITIVE_SERVICES"))
	f.allowed with input as f.request(f.with_purpose(f.clinician, "TREAT"), f.youth, f.coordinate("SENSITIVE_SERVICES"))
}

test_sensitive_services_go_to_a_recipient_the_minor_authorized if {
	by_youth := f.with_consents(f.youth, [authorization("YOUTH")])
	d := f.decision with input as f.request(f.caregiver, by_youth, f.coordinate("SENSITIVE_SERVICES"))
	d.allow
	d.rule == "SENSITIVE_SERVICES_MINOR_AUTHORIZATION"
}

test_a_parent_cannot_authorize_disclosure_of_the_minor_sensitive_services if {
	by_parent := f.with_consents(f.youth, [authorization("PARENT_OR_GUARDIAN")])
	d := f.decision with input as f.request(f.caregiver, by_parent, f.coordinate("SENSITIVE_SERVICES"))
	not d.allow
	d.reason == "Not available to you."
}

test_the_probation_officer_does_not_learn_that_sensitive_services_exist if {
	coordinating := f.with_purpose(f.probation_officer, "COC")
	d := f.decision with input as f.request(coordinating, f.youth, f.coordinate("SENSITIVE_SERVICES"))
	not d.allow
	d.reason == "Not available to you."
	d.rule == "SENSITIVE_SERVICES_WITHHELD"
}
