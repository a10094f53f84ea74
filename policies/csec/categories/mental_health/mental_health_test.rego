package csec.categories.mental_health_test

import data.csec.fixtures_test as f

test_the_care_team_sees_mental_health_to_coordinate_care_without_redisclosure if {
	every person in [f.social_worker, f.probation_officer, f.nurse] {
		d := f.decision with input as f.request(f.with_purpose(person, "COC"), f.youth, f.coordinate("MENTAL_HEALTH"))
		d.allow
		d.rule == "IAP-2025-7.1"
		d.obligations == [data.csec.obligations.obligations.MENTAL_HEALTH_NO_REDISCLOSURE]
	}
}

test_the_care_team_does_not_see_mental_health_for_other_purposes if {
	not f.allowed with input as f.request(f.social_worker, f.youth, f.coordinate("MENTAL_HEALTH"))
	supervising := f.with_purpose(f.probation_officer, "JUV-SUPERVISION")
	not f.allowed with input as f.request(supervising, f.youth, f.coordinate("MENTAL_HEALTH"))
}

test_treating_clinicians_share_mental_health_information if {
	f.allowed with input as f.request(f.with_purpose(f.clinician, "TREAT"), f.youth, f.coordinate("MENTAL_HEALTH"))
}

test_others_see_mental_health_only_with_the_youth_authorization if {
	not f.allowed with input as f.request(f.advocate, f.youth, f.coordinate("MENTAL_HEALTH"))
	authorization := f.consent("M-1", "HIPAA_AUTHORIZATION", "MENTAL_HEALTH", [{"userId": "adv.brown"}], ["CSEC-MDT"])
	authorized := f.with_consents(f.youth, [authorization])
	d := f.decision with input as f.request(f.advocate, authorized, f.coordinate("MENTAL_HEALTH"))
	d.allow
	d.rule == "MENTAL_HEALTH_AUTHORIZATION"
	d.legal_basis == "45 CFR 164.508; Civil Code 56.11; Family Code 6924 (consent M-1)"
	d.obligations == [data.csec.obligations.obligations.AUTHORIZATION_NO_REDISCLOSURE]
}

test_care_coordination_the_youth_also_authorized_keeps_the_no_redisclosure_of_the_agreement if {
	authorization := f.consent("M-1", "HIPAA_AUTHORIZATION", "MENTAL_HEALTH", [{"role": "SOCIAL_WORKER"}], ["COC"])
	authorized := f.with_consents(f.youth, [authorization])
	coordinating := f.with_purpose(f.social_worker, "COC")
	d := f.decision with input as f.request(coordinating, authorized, f.coordinate("MENTAL_HEALTH"))
	d.allow
	d.rule == "IAP-2025-7.1+MENTAL_HEALTH_AUTHORIZATION"
	d.obligations == [
		data.csec.obligations.obligations.AUTHORIZATION_NO_REDISCLOSURE,
		data.csec.obligations.obligations.MENTAL_HEALTH_NO_REDISCLOSURE,
	]
}
