package csec.break_glass_test

import data.csec.fixtures_test as f

review := data.csec.obligations.obligations.BREAK_THE_GLASS_REVIEW

emergency(person) := f.breaking_the_glass(person, "Youth missing since last night; locating her.")

not_on_team := f.requester("sw.oncall", "CHILD_WELFARE", "SOCIAL_WORKER")

test_breaking_the_glass_opens_identity_and_flags_it_for_review if {
	d := f.decision with input as f.request(emergency(not_on_team), f.youth, f.coordinate("ROSTER"))
	d == {
		"allow": true,
		"rule": "BTG-IDENTITY",
		"legal_basis": "county CSEC interagency protocol, emergency access",
		"reason": "Opened by emergency access; this access will be reviewed.",
		"obligations": [review],
		"conceal": false,
		"review": true,
	}
}

test_breaking_the_glass_needs_a_stated_reason if {
	every reason in [null, "", "   "] {
		d := f.decision with input as f.request(f.breaking_the_glass(not_on_team, reason), f.youth, f.coordinate("ROSTER"))
		not d.allow
		d.rule == "BREAK_THE_GLASS_REASON_REQUIRED"
		d.reason == "Emergency access needs a stated reason."
		d.review
		d.obligations == [review]
	}
}

test_emergency_treatment_is_emergency_access_too if {
	emergency_treatment := object.union(emergency(f.nurse), {"purposeOfUse": "ETREAT"})
	d := f.decision with input as f.request(emergency_treatment, f.youth, f.coordinate("ROSTER"))
	d.allow
	d.review
}

test_breaking_the_glass_opens_only_the_listed_csec_risk_fields if {
	risk := f.field_coordinate("CSEC_STATUS", "Youth.exploitationStatus")
	d := f.decision with input as f.request(emergency(not_on_team), f.youth, risk)
	d.allow
	d.rule == "BTG-CSEC-RISK"
	stage := f.field_coordinate("CSEC_STATUS", "Youth.stagesOfChange")
	other := f.decision with input as f.request(emergency(not_on_team), f.youth, stage)
	not other.allow
	other.rule == "BREAK_THE_GLASS_NOT_IN_SET"
	other.review
}

test_breaking_the_glass_opens_the_placement_address_only_for_a_missing_youth if {
	not f.decision.allow with input as f.request(emergency(f.officer), f.youth, f.coordinate("PLACEMENT_ADDRESS"))
	missing := object.union(f.youth, {"missing": true, "exploiterIsThreat": true})
	d := f.decision with input as f.request(emergency(f.officer), missing, f.coordinate("PLACEMENT_ADDRESS"))
	d.allow
	d.rule == "BTG-MISSING-YOUTH-ADDRESS"
}

test_breaking_the_glass_opens_nothing_outside_the_emergency_set if {
	every category in ["MENTAL_HEALTH", "SUBSTANCE_USE", "HIV", "EDUCATION", "MDT_NOTES", "PLACEMENT"] {
		d := f.decision with input as f.request(emergency(f.social_worker), f.youth, f.coordinate(category))
		not d.allow
		d.review
	}
}

test_breaking_the_glass_does_not_open_a_roster_entry_labelled_42_cfr_part_2 if {
	d := f.decision with input as f.request(emergency(not_on_team), f.youth, f.labelled("ROSTER", "N", ["42CFRPart2"]))
	not d.allow
	d.reason == "Not part of emergency access."
}

test_only_the_listed_roles_may_break_the_glass if {
	d := f.decision with input as f.request(emergency(f.caregiver), f.youth, f.coordinate("ROSTER"))
	not d.allow
	d.rule == "BREAK_THE_GLASS_NOT_IN_SET"
}

test_a_sealed_record_stays_concealed_under_emergency_access if {
	sealed := object.union(f.coordinate("DELINQUENCY"), {"record": {"id": "P-9", "sealed": true, "vacated": false}})
	d := f.decision with input as f.request(emergency(f.probation_officer), f.youth, sealed)
	not d.allow
	d.conceal
	d.review
}
