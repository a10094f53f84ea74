package csec.categories.hiv_test

import data.csec.fixtures_test as f

authorization(recipients) := f.consent("H-1", "HIV_HSC_120980", "HIV", recipients, ["CSEC-MDT"])

test_hiv_results_go_to_a_person_named_in_the_youth_written_authorization if {
	named := f.with_consents(f.youth, [authorization([{"userId": "adv.brown"}])])
	d := f.decision with input as f.request(f.advocate, named, f.coordinate("HIV"))
	d.allow
	d.rule == "HIV_WRITTEN_AUTHORIZATION"
	d.obligations == [data.csec.obligations.obligations.HIV_NO_REDISCLOSURE]
}

test_an_authorization_naming_a_role_does_not_open_hiv_results if {
	by_role := f.with_consents(f.youth, [authorization([{"role": "SURVIVOR_ADVOCATE"}])])
	d := f.decision with input as f.request(f.advocate, by_role, f.coordinate("HIV"))
	not d.allow
	d.reason == "Not available to you."
}

test_hiv_results_go_to_the_public_health_nurse_providing_care if {
	d := f.decision with input as f.request(f.with_purpose(f.nurse, "TREAT"), f.youth, f.coordinate("HIV"))
	d.allow
	d.rule == "IAP-2025-7.5"
}

test_the_social_worker_does_not_learn_that_hiv_results_exist if {
	d := f.decision with input as f.request(f.with_purpose(f.social_worker, "COC"), f.youth, f.coordinate("HIV"))
	not d.allow
	d.reason == "Not available to you."
}
