package csec.break_glass_test

import data.csec.fixtures_test as f

review := data.csec.obligations.obligations.BREAK_THE_GLASS_REVIEW

emergency(person) := f.breaking_the_glass(person, "Youth missing since last night; locating her.")

not_on_team := f.requester("sw.oncall", "CHILD_WELFARE", "SOCIAL_WORKER")

field(category, name) := f.field_coordinate(category, name)

test_breaking_the_glass_opens_identity_and_flags_it_for_review if {
	d := f.decision with input as f.request(emergency(not_on_team), f.youth, field("ROSTER", "YouthName.givenName"))
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
		asking := f.breaking_the_glass(not_on_team, reason)
		d := f.decision with input as f.request(asking, f.youth, field("ROSTER", "Youth.name"))
		not d.allow
		d.rule == "BREAK_THE_GLASS_REASON_REQUIRED"
		d.reason == "Emergency access needs a stated reason."
		d.review
		d.obligations == [review]
	}
}

test_emergency_treatment_is_emergency_access_too if {
	emergency_treatment := object.union(emergency(f.nurse), {"purposeOfUse": "ETREAT"})
	d := f.decision with input as f.request(emergency_treatment, f.youth, field("ROSTER", "Youth.name"))
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

last_known_placement := [
	field("ROSTER", "Youth.childWelfare"),
	field("PLACEMENT", "ChildWelfareClient.lastKnownPlacement"),
	field("PLACEMENT", "Placement.placementType"),
	field("PLACEMENT_ADDRESS", "Placement.facilityName"),
	field("PLACEMENT_ADDRESS", "Placement.address"),
	field("PLACEMENT_ADDRESS", "Address.line1"),
	field("PLACEMENT_ADDRESS", "Address.city"),
]

test_breaking_the_glass_opens_the_last_known_placement_only_for_a_missing_youth if {
	missing := object.union(f.youth, {"missing": true, "exploiterIsThreat": true})
	every coordinate in last_known_placement {
		not f.decision.allow with input as f.request(emergency(f.officer), f.youth, coordinate)
		d := f.decision with input as f.request(emergency(f.officer), missing, coordinate)
		d.allow
		d.rule == "BTG-MISSING-YOUTH-LAST-PLACEMENT"
		d.review
	}
}

physical_description := [
	field("ROSTER", "Youth.physicalDescription"),
	field("ROSTER", "PhysicalDescription.heightInches"),
	field("ROSTER", "PhysicalDescription.weightPounds"),
	field("ROSTER", "PhysicalDescription.hairColor"),
	field("ROSTER", "PhysicalDescription.eyeColor"),
	field("CSEC_STATUS", "PhysicalDescription.distinguishingMarks"),
	field("ROSTER", "PhysicalDescription.recordedOn"),
]

test_breaking_the_glass_opens_the_physical_description_for_a_missing_person_report if {
	missing := object.union(f.youth, {"missing": true})
	every coordinate in physical_description {
		d := f.decision with input as f.request(emergency(f.officer), missing, coordinate)
		d.allow
		d.rule == "BTG-PHYSICAL-DESCRIPTION"
		contains(d.legal_basis, "42 U.S.C. 671(a)(35)(B)")
		contains(d.legal_basis, "Penal Code 14205-14211")
		d.review
	}
}

test_breaking_the_glass_does_not_name_who_recorded_the_physical_description if {
	recorded_by := field("ROSTER", "PhysicalDescription.recordedBy")
	d := f.decision with input as f.request(emergency(f.officer), f.youth, recorded_by)
	not d.allow
	d.rule == "BREAK_THE_GLASS_NOT_IN_SET"
}

test_breaking_the_glass_opens_the_exploiter_threat_flag_not_the_safety_plan if {
	threat := field("MDT_NOTES", "SafetyPlan.exploiterIsThreat")
	flag := f.decision with input as f.request(emergency(not_on_team), f.youth, threat)
	flag.allow
	flag.rule == "BTG-CSEC-RISK"
	plan := field("MDT_NOTES", "SafetyPlan.summary")
	summary := f.decision with input as f.request(emergency(not_on_team), f.youth, plan)
	not summary.allow
}

# The MDT roster, each agency's case numbers and the health record number are not part of the emergency.
test_breaking_the_glass_opens_no_roster_case_number_or_health_record_number if {
	missing := object.union(f.youth, {"missing": true})
	every name in [
		"Youth.mdt", "Mdt.members", "Youth.agencyLinks", "Youth.childWelfareClientId", "Youth.probationNumber",
		"Youth.medicalRecordNumber", "Youth.statewideStudentId", "ChildWelfareClient.clientId",
		"ChildWelfareClient.case", "ChildWelfareClient.assignedSocialWorker", "Youth.health", "Youth.probation",
	] {
		d := f.decision with input as f.request(emergency(f.social_worker), missing, field("ROSTER", name))
		not d.allow
		d.rule == "BREAK_THE_GLASS_NOT_IN_SET"
		d.review
	}
}

test_breaking_the_glass_opens_neither_the_current_placement_nor_the_placement_history if {
	missing := object.union(f.youth, {"missing": true})
	every name in ["ChildWelfareClient.currentPlacement", "ChildWelfareClient.placements", "Placement.startedOn"] {
		not f.decision.allow with input as f.request(emergency(f.social_worker), missing, field("PLACEMENT", name))
	}
}

test_breaking_the_glass_opens_nothing_outside_the_emergency_set if {
	every category in ["MENTAL_HEALTH", "SUBSTANCE_USE", "HIV", "EDUCATION", "MDT_NOTES", "PLACEMENT"] {
		d := f.decision with input as f.request(emergency(f.social_worker), f.youth, f.coordinate(category))
		not d.allow
		d.review
	}
}

test_breaking_the_glass_does_not_open_a_roster_entry_labelled_42_cfr_part_2 if {
	labelled := object.union(f.labelled("ROSTER", "N", ["42CFRPart2"]), {"field": "Youth.name"})
	d := f.decision with input as f.request(emergency(not_on_team), f.youth, labelled)
	not d.allow
	d.reason == "Not part of emergency access."
}

test_only_the_listed_roles_may_break_the_glass if {
	d := f.decision with input as f.request(emergency(f.caregiver), f.youth, field("ROSTER", "Youth.name"))
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
