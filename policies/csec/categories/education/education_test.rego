package csec.categories.education_test

import data.csec.fixtures_test as f

for_education(person) := f.with_purpose(person, "CSEC-EDUCATION")

test_the_assigned_social_worker_sees_education_records_for_education_needs if {
	d := f.decision with input as f.request(for_education(f.social_worker), f.youth, f.coordinate("EDUCATION"))
	d.allow
	d.rule == "IAP-2025-8.1"
	d.obligations == [data.csec.obligations.obligations.EDUCATION_NEEDS_ONLY]
}

test_a_social_worker_who_is_not_assigned_does_not_see_education_records if {
	reassigned := object.union(f.youth, {"assignedWorkers": {"CHILD_WELFARE": "sw.new"}})
	d := f.decision with input as f.request(for_education(f.social_worker), reassigned, f.coordinate("EDUCATION"))
	not d.allow
	d.reason == "Shared only with the youth's assigned worker."
}

test_the_social_worker_does_not_see_education_records_for_other_purposes if {
	not f.allowed with input as f.request(f.social_worker, f.youth, f.coordinate("EDUCATION"))
}

test_probation_sees_education_records_before_adjudication_without_redisclosure if {
	supervising := f.with_purpose(f.probation_officer, "JUV-SUPERVISION")
	d := f.decision with input as f.request(supervising, f.youth, f.coordinate("EDUCATION"))
	d.allow
	d.rule == "IAP-2025-8.2"
	d.obligations == [data.csec.obligations.obligations.FERPA_NO_REDISCLOSURE]
}

test_the_education_liaison_sees_the_education_records if {
	f.allowed with input as f.request(f.liaison, f.youth, f.coordinate("EDUCATION"))
}

test_others_need_the_education_rights_holder_consent if {
	not f.allowed with input as f.request(f.casa, f.youth, f.coordinate("EDUCATION"))
	released := f.with_consents(f.youth, [object.union(
		f.consent("E-1", "FERPA_RELEASE", "EDUCATION", [{"role": "CASA"}], ["CSEC-MDT"]),
		{"signedBy": "EDUCATION_RIGHTS_HOLDER"},
	)])
	d := f.decision with input as f.request(f.casa, released, f.coordinate("EDUCATION"))
	d.allow
	d.rule == "EDUCATION_RELEASE"
	d.obligations == [data.csec.obligations.obligations.FERPA_CONSENT_NO_REDISCLOSURE]
}
