package csec.categories.general_medical_test

import data.csec.fixtures_test as f

test_the_care_team_sees_general_medical_to_coordinate_care if {
	managing := f.with_purpose(f.probation_officer, "CAREMGT")
	d := f.decision with input as f.request(managing, f.youth, f.coordinate("GENERAL_MEDICAL"))
	d.allow
	d.obligations == [data.csec.obligations.obligations.MEDICAL_NO_REDISCLOSURE]
}

test_treating_providers_see_general_medical if {
	f.allowed with input as f.request(f.with_purpose(f.nurse, "TREAT"), f.youth, f.coordinate("GENERAL_MEDICAL"))
}

test_others_see_general_medical_only_with_an_authorization if {
	not f.allowed with input as f.request(f.casa, f.youth, f.coordinate("GENERAL_MEDICAL"))
	by_parent := f.with_consents(f.youth, [object.union(
		f.consent("G-1", "HIPAA_AUTHORIZATION", "GENERAL_MEDICAL", [{"agency": "CASA_PROGRAM"}], ["CSEC-MDT"]),
		{"signedBy": "PARENT_OR_GUARDIAN"},
	)])
	d := f.decision with input as f.request(f.casa, by_parent, f.coordinate("GENERAL_MEDICAL"))
	d.allow
	d.rule == "GENERAL_MEDICAL_AUTHORIZATION"
}

test_a_youth_who_turns_18_alone_authorizes_general_medical_disclosure if {
	by_parent := f.with_consents(f.youth, [object.union(
		f.consent("G-1", "HIPAA_AUTHORIZATION", "GENERAL_MEDICAL", [{"agency": "CASA_PROGRAM"}], ["CSEC-MDT"]),
		{"signedBy": "PARENT_OR_GUARDIAN"},
	)])
	still_17 := object.union(by_parent, {"birthDate": "2008-11-23"})
	f.allowed with input as f.request(f.casa, still_17, f.coordinate("GENERAL_MEDICAL"))
	turned_18 := object.union(by_parent, {"birthDate": "2008-11-22"})
	not f.allowed with input as f.request(f.casa, turned_18, f.coordinate("GENERAL_MEDICAL"))
}
