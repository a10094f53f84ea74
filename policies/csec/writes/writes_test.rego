package csec.writes_test

import data.csec.fixtures_test as f

reporting := f.field_coordinate("WRITE_TRIGGERING_EVENT", "Mutation.recordTriggeringEvent")

# --- Who may report a triggering event (IAP-2025-10.1) ----------------------------------------------

test_members_who_work_with_the_youth_report_a_triggering_event if {
	reporters := [
		f.social_worker, f.probation_officer, f.clinician, f.nurse, f.counselor,
		f.liaison, f.attorney, f.casa, f.advocate, f.caregiver,
	]
	every person in reporters {
		decision := f.decision with input as f.request(person, f.youth, reporting)
		decision.allow
		decision.rule == "IAP-2025-10.1"
		contains(decision.legal_basis, "W&IC 830")
	}
}

test_law_enforcement_and_the_prosecutor_do_not_write_triggering_events if {
	every person in [f.officer, f.prosecutor] {
		decision := f.decision with input as f.request(person, f.youth, reporting)
		not decision.allow
		decision.rule == "WRITE_TRIGGERING_EVENT_NOT_FOR_ROLE_OR_PURPOSE"
	}
}

test_a_write_needs_the_mdt_purpose if {
	coordinating := f.with_purpose(f.social_worker, "COC")
	not f.allowed with input as f.request(coordinating, f.youth, reporting)
}

test_a_closed_mdt_takes_no_writes if {
	closed := object.union(f.youth, {"mdt": {"status": "CLOSED", "members": f.members}})
	decision := f.decision with input as f.request(f.social_worker, closed, reporting)
	not decision.allow
	decision.rule == "NOT_ACTIVE_MDT_MEMBER"
}

test_a_member_who_left_writes_nothing if {
	seat := object.union(f.member("sw.garcia"), {"leftOn": "2026-11-01"})
	left := object.union(f.youth, {"mdt": {"status": "OPEN", "members": [seat]}})
	decision := f.decision with input as f.request(f.social_worker, left, reporting)
	not decision.allow
	decision.reason == "You are not an active member of this youth's team."
}

test_people_off_the_team_write_nothing if {
	every person in [f.privacy_officer, f.steering_member] {
		not f.allowed with input as f.request(person, f.youth, reporting)
	}
}

test_emergency_access_writes_nothing if {
	breaking := f.breaking_the_glass(f.social_worker, "Youth missing since last night.")
	decision := f.decision with input as f.request(breaking, f.youth, reporting)
	not decision.allow
	decision.review
}

# --- Who may schedule, hold and cancel MDT meetings (IAP-2025-10.2) ----------------------------------

meeting := f.field_coordinate("WRITE_MDT_MEETING", "Mutation.holdMdtMeeting")

test_the_care_team_schedules_holds_and_cancels_meetings if {
	every person in [f.social_worker, f.probation_officer, f.clinician, f.nurse] {
		decision := f.decision with input as f.request(person, f.youth, meeting)
		decision.allow
		decision.rule == "IAP-2025-10.2"
	}
}

test_other_members_do_not_write_meetings if {
	others := [f.counselor, f.liaison, f.attorney, f.prosecutor, f.casa, f.advocate, f.caregiver, f.officer]
	every person in others {
		decision := f.decision with input as f.request(person, f.youth, meeting)
		not decision.allow
		decision.rule == "WRITE_MDT_MEETING_NOT_FOR_ROLE_OR_PURPOSE"
	}
}

test_a_closed_mdt_holds_no_meetings if {
	closed := object.union(f.youth, {"mdt": {"status": "CLOSED", "members": f.members}})
	not f.allowed with input as f.request(f.social_worker, closed, meeting)
}

# --- Safety plans (IAP-2025-10.3) and assessments (IAP-2025-10.4) ------------------------------------

plan := f.field_coordinate("WRITE_SAFETY_PLAN", "Mutation.reviseSafetyPlan")

assessment := f.field_coordinate("WRITE_ASSESSMENT", "Mutation.recordCsecScreening")

test_the_survivor_advocate_revises_the_safety_plan_but_does_not_screen if {
	revising := f.decision with input as f.request(f.advocate, f.youth, plan)
	revising.rule == "IAP-2025-10.3"
	not f.allowed with input as f.request(f.advocate, f.youth, assessment)
}

test_the_care_team_screens_and_assesses if {
	every person in [f.social_worker, f.probation_officer, f.clinician, f.nurse] {
		decision := f.decision with input as f.request(person, f.youth, assessment)
		decision.rule == "IAP-2025-10.4"
	}
}

test_the_attorney_and_caregiver_neither_revise_plans_nor_assess if {
	every person in [f.attorney, f.caregiver, f.officer] {
		not f.allowed with input as f.request(person, f.youth, plan)
		not f.allowed with input as f.request(person, f.youth, assessment)
	}
}

# --- Agency links (IAP-2025-10.5) ------------------------------------------------------------------------

linking := f.field_coordinate("WRITE_AGENCY_LINK", "Mutation.linkAgencyRecord")

test_the_social_worker_and_probation_officer_link_records if {
	every person in [f.social_worker, f.probation_officer] {
		decision := f.decision with input as f.request(person, f.youth, linking)
		decision.rule == "IAP-2025-10.5"
	}
}

test_other_members_do_not_link_records if {
	every person in [f.clinician, f.nurse, f.attorney, f.caregiver, f.officer] {
		not f.allowed with input as f.request(person, f.youth, linking)
	}
}

# --- Consents (IAP-2025-10.6) -----------------------------------------------------------------------------

consenting := f.field_coordinate("WRITE_CONSENT", "Mutation.recordConsent")

test_the_members_who_obtain_consents_record_them if {
	every person in [f.social_worker, f.probation_officer, f.clinician, f.counselor, f.nurse] {
		decision := f.decision with input as f.request(person, f.youth, consenting)
		decision.rule == "IAP-2025-10.6"
	}
}

test_the_attorney_and_law_enforcement_do_not_record_consents if {
	every person in [f.attorney, f.officer, f.caregiver] {
		not f.allowed with input as f.request(person, f.youth, consenting)
	}
}

# --- Physical description (IAP-2025-10.7) ----------------------------------------------------------------

describing := f.field_coordinate("WRITE_PHYSICAL_DESCRIPTION", "Mutation.recordPhysicalDescription")

test_the_members_who_read_csec_status_record_the_physical_description if {
	every person in [f.social_worker, f.probation_officer, f.clinician, f.nurse] {
		decision := f.decision with input as f.request(person, f.youth, describing)
		decision.allow
		decision.rule == "IAP-2025-10.7"
		contains(decision.legal_basis, "42 U.S.C. 671(a)(35)(B)")
	}
}

test_members_who_do_not_read_csec_status_do_not_record_the_physical_description if {
	others := [f.counselor, f.liaison, f.attorney, f.prosecutor, f.casa, f.advocate, f.caregiver, f.officer]
	every person in others {
		decision := f.decision with input as f.request(person, f.youth, describing)
		not decision.allow
		decision.rule == "WRITE_PHYSICAL_DESCRIPTION_NOT_FOR_ROLE_OR_PURPOSE"
	}
}

test_emergency_access_does_not_record_the_physical_description if {
	breaking := f.breaking_the_glass(f.officer, "Youth missing since last night.")
	decision := f.decision with input as f.request(breaking, f.youth, describing)
	not decision.allow
	decision.review
}

# --- Writes are opened by write rules alone ------------------------------------------------------------

test_no_agreement_clause_opens_a_write if {
	every agreement in data.csec.agreements.agreements {
		every clause in agreement.clauses {
			every category in clause.categories {
				not startswith(category, "WRITE_")
			}
		}
	}
}

test_every_write_rule_names_a_write_category if {
	every rule in data.csec.writes.rules {
		rule.category in data.csec.writes.categories
	}
}

test_the_write_rules_and_the_protocol_match_their_schemas if {
	matches({"writes": data.csec.writes.writes}, "writesFile")
	matches({"protocol": data.csec.protocol.protocol}, "protocolFile")
}

test_the_schema_rejects_a_protocol_missing_a_kind if {
	protocol := data.csec.protocol.protocol
	without_awol := object.remove(protocol.reconvening, ["AWOL"])
	partial := object.union(object.remove(protocol, ["reconvening"]), {"reconvening": without_awol})
	not matches({"protocol": partial}, "protocolFile")
}

test_the_schema_rejects_a_protocol_kind_without_a_reminder_time if {
	protocol := data.csec.protocol.protocol
	awol := object.remove(protocol.reconvening.AWOL, ["remind_before_hours"])
	reconvening := object.union(object.remove(protocol.reconvening, ["AWOL"]), {"AWOL": awol})
	partial := object.union(object.remove(protocol, ["reconvening"]), {"reconvening": reconvening})
	not matches({"protocol": partial}, "protocolFile")
}

matches(document, definition) if {
	[valid, _] := json.match_schema(document, object.union(data.schema, {"$ref": sprintf("#/$defs/%s", [definition])}))
	valid
}
