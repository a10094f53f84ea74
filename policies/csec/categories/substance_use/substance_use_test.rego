package csec.categories.substance_use_test

import data.csec.fixtures_test as f

notice := data.csec.obligations.obligations.PART2_NOTICE

test_a_recipient_named_in_the_youth_part_2_consent_sees_sud_records_with_the_notice if {
	d := f.decision with input as f.request(f.social_worker, f.youth, f.coordinate("SUBSTANCE_USE"))
	d.allow
	d.rule == "SUD_PART2_CONSENT"
	d.legal_basis == "42 CFR 2.31; Family Code 6929 (consent C-1)"
	d.obligations == [notice]
}

test_every_allowed_sud_decision_carries_the_42_cfr_2_32_notice if {
	every person in [f.social_worker, f.probation_officer, f.counselor] {
		d := f.decision with input as f.request(person, f.youth, f.coordinate("SUBSTANCE_USE"))
		d.allow
		object.remove(d.obligations[0], ["long_form_text"]) == {
			"kind": "NOTICE",
			"code": "42CFR2.32",
			"text": "42 CFR part 2 prohibits unauthorized use or disclosure of these records.",
		}
	}
}

test_the_notice_also_gives_the_long_form_of_42_cfr_2_32_a_1 if {
	startswith(notice.long_form_text, "This record which has been disclosed to you is protected by Federal")
	endswith(notice.long_form_text, "(see 42 CFR 2.31).")
}

test_a_consent_for_another_purpose_does_not_open_sud_records if {
	coordinating := f.with_purpose(f.social_worker, "COC")
	not f.allowed with input as f.request(coordinating, f.youth, f.coordinate("SUBSTANCE_USE"))
}

test_a_named_recipient_who_left_the_team_no_longer_sees_sud_records if {
	left_member := object.union(f.member("sw.garcia"), {"leftOn": "2026-11-01"})
	left := object.union(f.youth, {"mdt": {"status": "OPEN", "members": [left_member]}})
	d := f.decision with input as f.request(f.social_worker, left, f.coordinate("SUBSTANCE_USE"))
	not d.allow
	d.reason == "Not available to you."
}

test_a_youth_who_turns_12_can_consent_to_sud_disclosure if {
	# Born 2014-11-22: 12 on 2026-11-22.
	signed_today := f.with_consents(f.youth, [object.union(f.sud_consent, {"signedOn": "2026-11-22"})])
	turned_12 := object.union(signed_today, {"birthDate": "2014-11-22"})
	f.allowed with input as f.request(f.social_worker, turned_12, f.coordinate("SUBSTANCE_USE"))
	still_11 := object.union(turned_12, {"birthDate": "2014-11-23"})
	not f.allowed with input as f.request(f.social_worker, still_11, f.coordinate("SUBSTANCE_USE"))
}

test_a_treating_clinician_sees_sud_records_under_the_youths_tpo_consent_with_both_obligations if {
	tpo := f.consent("C-TPO", "CFR42_PART2_TPO", "SUBSTANCE_USE", [{"role": "MENTAL_HEALTH_CLINICIAN"}], ["TREAT"])
	record := f.with_consents(f.youth, [tpo])
	d := f.decision with input as f.request(f.with_purpose(f.clinician, "TREAT"), record, f.coordinate("SUBSTANCE_USE"))
	d.allow
	d.rule == "SUD_PART2_CONSENT"
	d.obligations == [notice, data.csec.obligations.obligations.PART2_TPO_REDISCLOSURE]
	not f.allowed with input as f.request(f.clinician, record, f.coordinate("SUBSTANCE_USE"))
}
