package csec.disclosure_test

import data.csec.fixtures_test as f

# --- The contract with the gateway ----------------------------------------------------------------

test_one_decision_per_coordinate_in_the_same_order if {
	coordinates := [
		f.coordinate("SUBSTANCE_USE"),
		f.coordinate("UNKNOWN_CATEGORY"),
		f.coordinate("ROSTER"),
		f.coordinate("ROSTER"),
		f.coordinate("EDUCATION"),
	]
	decisions := f.decisions with input as f.request_at(f.now, f.social_worker, f.youth, coordinates)
	[d.rule | some d in decisions] == [
		"SUD_PART2_CONSENT",
		"DEFAULT_DENY",
		"IAP-2025-3.1",
		"IAP-2025-3.1",
		"EDUCATION_NOT_FOR_ROLE_OR_PURPOSE",
	]
}

test_every_decision_has_exactly_the_contract_fields if {
	coordinates := [f.coordinate("ROSTER"), f.coordinate("HIV"), f.coordinate("NOPE")]
	decisions := f.decisions with input as f.request_at(f.now, f.social_worker, f.youth, coordinates)
	every d in decisions {
		object.keys(d) == {"allow", "rule", "legal_basis", "reason", "obligations", "conceal", "review"}
		is_boolean(d.allow)
		is_string(d.rule)
		is_string(d.legal_basis)
		is_string(d.reason)
		is_array(d.obligations)
		is_boolean(d.conceal)
		is_boolean(d.review)
	}
}

test_a_request_without_a_list_of_coordinates_has_no_decisions if {
	not f.decisions with input as f.request_at(f.now, f.social_worker, f.youth, {"a": f.coordinate("ROSTER")})
}

test_an_empty_request_has_no_decisions_to_make if {
	f.decisions == [] with input as f.request_at(f.now, f.social_worker, f.youth, [])
}

test_an_allowed_value_names_its_rule_and_legal_basis if {
	d := f.decision with input as f.request(f.social_worker, f.youth, f.coordinate("CSEC_STATUS"))
	d == {
		"allow": true,
		"rule": "IAP-2025-4.1",
		"legal_basis": "W&IC 827; W&IC 830 (agreement clause IAP-2025-4.1)",
		"reason": "Shared with you for this purpose.",
		"obligations": [],
		"conceal": false,
		"review": false,
	}
}

# --- Deny by default ------------------------------------------------------------------------------

test_an_unknown_category_is_withheld if {
	d := f.decision with input as f.request(f.social_worker, f.youth, f.coordinate("FAVOURITE_COLOUR"))
	not d.allow
	d.rule == "DEFAULT_DENY"
	d.reason == "Not available to you."
}

test_a_coordinate_without_a_field_is_withheld if {
	d := f.decision with input as f.request(f.social_worker, f.youth, object.remove(f.coordinate("ROSTER"), ["field"]))
	d.rule == "DEFAULT_DENY"
}

test_an_unknown_confidentiality_label_is_withheld if {
	d := f.decision with input as f.request(f.social_worker, f.youth, f.labelled("ROSTER", "X", []))
	d.rule == "DEFAULT_DENY"
}

test_an_unknown_sensitivity_label_is_withheld if {
	d := f.decision with input as f.request(f.social_worker, f.youth, f.labelled("ROSTER", "N", ["MADE_UP"]))
	d.rule == "DEFAULT_DENY"
}

test_a_coordinate_about_a_youth_not_in_the_request_is_withheld if {
	elsewhere := object.union(f.coordinate("ROSTER"), {"youthId": "Y-999999"})
	d := f.decision with input as f.request(f.social_worker, f.youth, elsewhere)
	d.rule == "DEFAULT_DENY"
}

test_an_unknown_purpose_of_use_withholds_everything if {
	d := f.decision with input as f.request(f.with_purpose(f.social_worker, "CURIOSITY"), f.youth, f.coordinate("ROSTER"))
	d.rule == "DEFAULT_DENY"
}

test_a_request_without_a_county_date_withholds_everything if {
	d := f.decision with input as f.request_at("yesterday", f.social_worker, f.youth, [f.coordinate("ROSTER")])
	d.rule == "DEFAULT_DENY"
}

test_a_requester_without_roles_is_withheld if {
	d := f.decision with input as f.request(object.remove(f.social_worker, ["roles"]), f.youth, f.coordinate("ROSTER"))
	d.rule == "DEFAULT_DENY"
}

test_a_role_no_clause_names_opens_nothing if {
	janitor := f.requester("sw.garcia", "CHILD_WELFARE", "JANITOR")
	d := f.decision with input as f.request(janitor, f.youth, f.coordinate("ROSTER"))
	not d.allow
	d.rule == "ROSTER_NOT_FOR_ROLE_OR_PURPOSE"
	d.reason == "Not shared with your role for this purpose."
}

test_a_purpose_a_clause_does_not_list_opens_nothing if {
	public_health := f.with_purpose(f.social_worker, "PUBHLTH")
	d := f.decision with input as f.request(public_health, f.youth, f.coordinate("CSEC_STATUS"))
	not d.allow
}

# --- Sealed, vacated and never-disclosed records ----------------------------------------------------

test_a_sealed_delinquency_record_is_concealed_without_a_trace if {
	sealed := object.union(f.coordinate("DELINQUENCY"), {"record": {"id": "P-9", "sealed": true, "vacated": false}})
	d := f.decision with input as f.request(f.probation_officer, f.youth, sealed)
	d == {
		"allow": false,
		"rule": "SEALED_OR_VACATED",
		"legal_basis": "W&IC 781; W&IC 786; W&IC 786.5; PC 236.14",
		"reason": "",
		"obligations": [],
		"conceal": true,
		"review": false,
	}
}

test_a_vacated_record_is_concealed_even_from_its_own_agency if {
	vacated := object.union(f.coordinate("DELINQUENCY"), {"record": {"id": "P-7", "sealed": false, "vacated": true}})
	d := f.decision with input as f.request(f.probation_officer, f.youth, vacated)
	not d.allow
	d.conceal
}

test_an_unsealed_delinquency_record_is_shown_to_the_probation_officer if {
	open_record := object.union(f.coordinate("DELINQUENCY"), {"record": {"id": "P-8", "sealed": false, "vacated": false}})
	d := f.decision with input as f.request(f.probation_officer, f.youth, open_record)
	d.allow
	not d.conceal
}

test_psychotherapy_notes_are_never_disclosed_even_to_the_treating_clinician if {
	notes := f.labelled("MENTAL_HEALTH", "R", ["PSY", "PSYTHPN"])
	d := f.decision with input as f.request(f.with_purpose(f.clinician, "TREAT"), f.youth, notes)
	not d.allow
	d.rule == "NEVER_DISCLOSED"
	d.reason == "Not available to you."
}

# --- Example situations of DOMAIN.md -----------------------------------------------------------------

test_law_enforcement_outside_proceedings_sees_identity_at_most if {
	f.allowed with input as f.request(f.officer, f.youth, f.coordinate("ROSTER"))
	every category in object.keys(data.csec.categories.categories) - {"ROSTER"} {
		not f.allowed with input as f.request(f.officer, f.youth, f.coordinate(category))
	}
}

test_law_enforcement_in_proceedings_sees_csec_status if {
	in_proceedings := f.with_participations(f.youth, [f.participation("le.officer1", "INVESTIGATING", "2026-11-01", null)])
	f.allowed with input as f.request(f.officer, in_proceedings, f.coordinate("CSEC_STATUS"))
	f.allowed with input as f.request(f.officer, in_proceedings, f.coordinate("CHILD_WELFARE_REFERRALS"))
	not f.allowed with input as f.request(f.officer, in_proceedings, f.coordinate("PLACEMENT_ADDRESS"))
	not f.allowed with input as f.request(f.officer, in_proceedings, f.coordinate("MENTAL_HEALTH"))
}

test_law_enforcement_outside_proceedings_is_told_which_condition_is_unmet if {
	d := f.decision with input as f.request(f.officer, f.youth, f.coordinate("CSEC_STATUS"))
	d.rule == "CSEC_STATUS_UNMET_LAW_ENFORCEMENT_ACTIVE_MATTER"
	d.reason == "Shared with law enforcement only during proceedings about the youth or an open investigation."
}

test_law_enforcement_sees_csec_status_within_an_investigation_window if {
	investigated := object.union(f.youth, {"investigations": [{"id": "I-1", "reportedOn": "2026-11-01"}]})
	f.allowed with input as f.request(f.officer, investigated, f.coordinate("CSEC_STATUS"))
}

test_law_enforcement_loses_csec_status_when_the_investigation_window_closes if {
	investigated := object.union(f.youth, {"investigations": [{"id": "I-1", "reportedOn": "2026-10-01"}]})
	not f.allowed with input as f.request(f.officer, investigated, f.coordinate("CSEC_STATUS"))
}

test_caregiver_does_not_learn_that_sud_treatment_exists if {
	d := f.decision with input as f.request(f.caregiver, f.youth, f.coordinate("SUBSTANCE_USE"))
	not d.allow
	d.reason == "Not available to you."
	not contains(d.reason, "42")
	not contains(lower(d.reason), "substance")
}

test_social_worker_not_named_in_a_consent_does_not_learn_that_sud_treatment_exists if {
	others_only := f.with_consents(f.youth, [object.union(f.sud_consent, {"recipients": [{"userId": "someone.else"}]})])
	d := f.decision with input as f.request(f.social_worker, others_only, f.coordinate("SUBSTANCE_USE"))
	not d.allow
	d.reason == "Not available to you."
}

test_a_consent_revoked_between_two_requests_denies_the_second if {
	f.allowed with input as f.request(f.social_worker, f.youth, f.coordinate("SUBSTANCE_USE"))
	revoked := f.with_consents(f.youth, [object.union(f.sud_consent, {"revokedOn": "2026-11-22"})])
	not f.allowed with input as f.request(f.social_worker, revoked, f.coordinate("SUBSTANCE_USE"))
}

test_a_consent_that_expires_between_two_requests_denies_the_second if {
	treatment := [f.coordinate("SUBSTANCE_USE")]
	f.allowed with input as f.request_at("2027-01-01T20:00:00Z", f.social_worker, f.youth, treatment)
	not f.allowed with input as f.request_at("2027-01-02T20:00:00Z", f.social_worker, f.youth, treatment)
}

test_probation_officer_does_not_see_education_records_after_adjudication if {
	supervising := f.with_purpose(f.probation_officer, "JUV-SUPERVISION")
	f.allowed with input as f.request(supervising, f.youth, f.coordinate("EDUCATION"))
	adjudicated := object.union(f.youth, {"adjudicated": true})
	d := f.decision with input as f.request(supervising, adjudicated, f.coordinate("EDUCATION"))
	not d.allow
	d.reason == "Not shared with probation after adjudication."
}

test_a_reassigned_worker_loses_access_at_once if {
	reassigned := object.union(f.youth, {
		"assignedWorkers": {"CHILD_WELFARE": "sw.new", "PROBATION": "po.nguyen"},
		"mdt": {"status": "OPEN", "members": [object.union(f.member("sw.garcia"), {"leftOn": "2026-11-22"})]},
	})
	d := f.decision with input as f.request(f.social_worker, reassigned, f.coordinate("ROSTER"))
	not d.allow
	d.reason == "You are not an active member of this youth's team."
}

test_nobody_sees_anything_once_the_youth_mdt_closes if {
	closed := object.union(f.youth, {"mdt": {"status": "CLOSED", "members": f.members}})
	every person in [f.social_worker, f.probation_officer, f.nurse, f.attorney] {
		every category in object.keys(data.csec.categories.categories) {
			not f.allowed with input as f.request(person, closed, f.coordinate(category))
		}
	}
}

test_a_privacy_officer_sees_only_the_roster_consent_records_the_accounting_explanations_and_the_matrix if {
	opened := {category |
		some category in object.keys(data.csec.categories.categories)
		f.allowed with input as f.request(f.privacy_officer, f.youth, f.coordinate(category))
	}
	opened == {
		"ROSTER", "CONSENT_RECORDS", "DISCLOSURE_ACCOUNTING", "DISCLOSURE_EXPLANATION", "ACCESS_MATRIX",
		"STEERING_REPORT",
	}
}

# --- Accounting of disclosures (45 CFR 164.528; 42 CFR 2.25) -------------------------------------------

accounting := f.coordinate("DISCLOSURE_ACCOUNTING")

test_the_privacy_officer_sees_the_accounting_of_disclosures_for_health_care_operations if {
	d := f.decision with input as f.request(f.privacy_officer, f.youth, accounting)
	d.allow
	d.rule == "IAP-2025-3.3"
	contains(d.legal_basis, "45 CFR 164.528")
}

test_the_privacy_officer_does_not_see_the_accounting_for_another_purpose if {
	every purpose in object.keys(data.csec.purposes.purposes) - {"HOPERAT"} {
		not f.allowed with input as f.request(f.with_purpose(f.privacy_officer, purpose), f.youth, accounting)
	}
}

test_the_youth_attorney_on_the_team_sees_the_accounting_of_disclosures if {
	not f.allowed with input as f.request(f.with_purpose(f.attorney, "COC"), f.youth, accounting)
	every purpose in ["CSEC-MDT", "HLEGAL"] {
		d := f.decision with input as f.request(f.with_purpose(f.attorney, purpose), f.youth, accounting)
		d.allow
		d.rule == "IAP-2025-9.4"
	}
}

test_an_attorney_who_has_left_the_team_does_not_see_the_accounting if {
	seat := object.union(f.member("atty.ramos"), {"leftOn": "2026-11-01"})
	left := object.union(f.youth, {"mdt": {"status": "OPEN", "members": [seat]}})
	d := f.decision with input as f.request(f.attorney, left, accounting)
	not d.allow
	d.reason == "You are not an active member of this youth's team."
}

test_nobody_else_on_the_team_sees_the_accounting_of_disclosures if {
	others := [
		f.social_worker, f.probation_officer, f.clinician, f.nurse, f.counselor, f.liaison,
		f.prosecutor, f.casa, f.advocate, f.caregiver, f.officer, f.steering_member,
	]
	every person in others {
		every purpose in object.keys(data.csec.purposes.purposes) {
			not f.allowed with input as f.request(f.with_purpose(person, purpose), f.youth, accounting)
		}
	}
}

test_emergency_access_does_not_open_the_accounting_of_disclosures if {
	emergency := f.breaking_the_glass(f.social_worker, "Youth missing since last night.")
	d := f.decision with input as f.request(emergency, f.youth, accounting)
	not d.allow
	d.review
}

# --- Explanations of access decisions (45 CFR 164.530(a), (d)) ---------------------------------------

explanation := f.coordinate("DISCLOSURE_EXPLANATION")

test_the_privacy_officer_may_ask_why_a_decision_was_made_for_health_care_operations if {
	d := f.decision with input as f.request(f.privacy_officer, f.youth, explanation)
	d.allow
	d.rule == "IAP-2025-3.4"
	contains(d.legal_basis, "45 CFR 164.530(a)")
	every purpose in object.keys(data.csec.purposes.purposes) - {"HOPERAT"} {
		not f.allowed with input as f.request(f.with_purpose(f.privacy_officer, purpose), f.youth, explanation)
	}
}

test_nobody_on_the_team_may_ask_for_explanations_not_even_the_youth_attorney if {
	others := [
		f.social_worker, f.probation_officer, f.clinician, f.nurse, f.counselor, f.liaison, f.attorney,
		f.prosecutor, f.casa, f.advocate, f.caregiver, f.officer, f.steering_member,
	]
	every person in others {
		every purpose in object.keys(data.csec.purposes.purposes) {
			not f.allowed with input as f.request(f.with_purpose(person, purpose), f.youth, explanation)
		}
	}
	emergency := f.breaking_the_glass(f.social_worker, "Youth missing since last night.")
	not f.allowed with input as f.request(emergency, f.youth, explanation)
}

test_a_steering_committee_member_sees_only_aggregates_with_small_cells_suppressed if {
	opened := {category |
		some category in object.keys(data.csec.categories.categories)
		f.allowed with input as f.request(f.steering_member, f.youth, f.coordinate(category))
	}
	opened == {"AGGREGATE", "STEERING_REPORT"}
	counts := object.union(f.coordinate("AGGREGATE"), {"youthId": null})
	d := f.decision with input as f.request(f.steering_member, f.youth, counts)
	d.allow
	d.obligations == [data.csec.obligations.obligations.SUPPRESS_SMALL_CELLS]
}

test_a_requester_who_is_not_on_the_team_is_told_so if {
	stranger := f.requester("sw.other", "CHILD_WELFARE", "SOCIAL_WORKER")
	d := f.decision with input as f.request(stranger, f.youth, f.coordinate("PLACEMENT"))
	d.rule == "NOT_ACTIVE_MDT_MEMBER"
	d.reason == "You are not an active member of this youth's team."
}

# --- The strictest label decides --------------------------------------------------------------------

test_a_general_medical_record_labelled_hiv_needs_the_hiv_rules_too if {
	record := f.labelled("GENERAL_MEDICAL", "R", ["HIV"])
	coordinating := f.with_purpose(f.social_worker, "COC")
	f.allowed with input as f.request(coordinating, f.youth, f.coordinate("GENERAL_MEDICAL"))
	d := f.decision with input as f.request(coordinating, f.youth, record)
	not d.allow
	d.rule == "HIV_WITHHELD"
	d.reason == "Not available to you."
}

test_a_record_labelled_with_two_categories_names_every_rule_and_all_obligations if {
	record := f.labelled("GENERAL_MEDICAL", "R", ["HIV"])
	authorized := f.with_consents(f.youth, [f.consent("H-1", "HIV_HSC_120980", "HIV", [{"userId": "phn.lee"}], ["TREAT"])])
	d := f.decision with input as f.request(f.with_purpose(f.nurse, "TREAT"), authorized, record)
	d.allow
	d.rule == "HIV_WRITTEN_AUTHORIZATION+IAP-2025-7.4+IAP-2025-7.5"
	d.legal_basis == concat("; ", [
		"Civil Code 56.10(c)(1)",
		"45 CFR 164.506(c) (agreement clause IAP-2025-7.4)",
		"H&S 120980",
		"Family Code 6926 (consent H-1)",
		"H&S 120985 (agreement clause IAP-2025-7.5)",
	])
	d.obligations == [data.csec.obligations.obligations.HIV_NO_REDISCLOSURE]
}

test_a_roster_entry_labelled_42_cfr_part_2_needs_a_part_2_consent if {
	record := f.labelled("ROSTER", "N", ["42CFRPart2"])
	f.decision.allow with input as f.request(f.social_worker, f.youth, record)
	not f.decision.allow with input as f.request(f.attorney, f.youth, record)
}

test_a_label_that_is_one_of_the_category_defaults_adds_no_rule if {
	f.decision.allow with input as f.request(f.social_worker, f.youth, f.labelled("CSEC_STATUS", "R", ["SDV"]))
	f.decision.allow with input as f.request(f.social_worker, f.youth, f.labelled("CHILD_WELFARE_REFERRALS", "R", ["SOC"]))
}

test_a_lower_label_on_a_record_does_not_loosen_its_category if {
	d := f.decision with input as f.request(f.caregiver, f.youth, f.labelled("MENTAL_HEALTH", "N", []))
	not d.allow
}

test_a_record_labelled_very_restricted_goes_only_to_clauses_marked_for_it if {
	record := f.labelled("PLACEMENT", "V", [])
	f.decision.allow with input as f.request(f.attorney, f.youth, f.coordinate("PLACEMENT"))
	d := f.decision with input as f.request(f.attorney, f.youth, record)
	not d.allow
	d.reason == "Not available to you."
}

test_the_placement_address_narrows_to_assigned_workers_while_an_exploiter_is_a_threat if {
	f.allowed with input as f.request(f.casa, f.youth, f.coordinate("PLACEMENT_ADDRESS"))
	threatened := object.union(f.youth, {"exploiterIsThreat": true})
	not f.allowed with input as f.request(f.casa, threatened, f.coordinate("PLACEMENT_ADDRESS"))
	d := f.decision with input as f.request(f.social_worker, threatened, f.coordinate("PLACEMENT_ADDRESS"))
	d.allow
	d.rule == "IAP-2025-5.2"
	f.allowed with input as f.request(f.probation_officer, threatened, f.coordinate("PLACEMENT_ADDRESS"))
}

authorization(id, recipient) := f.consent(id, "HIPAA_AUTHORIZATION", "MENTAL_HEALTH", [recipient], ["CSEC-MDT"])

test_a_consent_naming_the_requester_personally_opens_a_very_restricted_record if {
	record := f.labelled("MENTAL_HEALTH", "V", ["PSY"])
	named := f.with_consents(f.youth, [authorization("M-1", {"userId": "cg.smith"})])
	f.decision.allow with input as f.request(f.caregiver, named, record)
	by_role := f.with_consents(f.youth, [authorization("M-2", {"role": "CAREGIVER"})])
	f.decision.allow with input as f.request(f.caregiver, by_role, f.coordinate("MENTAL_HEALTH"))
	not f.decision.allow with input as f.request(f.caregiver, by_role, record)
}

test_law_enforcement_sees_the_address_to_recover_a_missing_youth_even_under_threat if {
	missing := object.union(f.youth, {"missing": true, "exploiterIsThreat": true})
	d := f.decision with input as f.request(f.officer, missing, f.coordinate("PLACEMENT_ADDRESS"))
	d.allow
	d.rule == "IAP-2025-5.3"
	not f.allowed with input as f.request(f.officer, missing, f.coordinate("PLACEMENT"))
}

# --- Roles and categories ------------------------------------------------------------------------------

test_mdt_notes_go_to_every_active_member_except_law_enforcement_outside_proceedings if {
	not f.allowed with input as f.request(f.officer, f.youth, f.coordinate("MDT_NOTES"))
	members := [
		f.social_worker, f.probation_officer, f.clinician, f.nurse, f.counselor, f.liaison,
		f.attorney, f.prosecutor, f.casa, f.advocate, f.caregiver,
	]
	every person in members {
		d := f.decision with input as f.request(person, f.youth, f.coordinate("MDT_NOTES"))
		d.allow
		d.obligations == [data.csec.obligations.obligations.MDT_CONFIDENTIAL]
	}
}

test_consent_records_go_to_the_youth_attorney_and_not_to_the_social_worker if {
	f.allowed with input as f.request(f.attorney, f.youth, f.coordinate("CONSENT_RECORDS"))
	not f.allowed with input as f.request(f.social_worker, f.youth, f.coordinate("CONSENT_RECORDS"))
}

test_court_records_go_to_the_parties_attorneys_and_the_workers_only if {
	every person in [f.social_worker, f.probation_officer, f.attorney] {
		f.allowed with input as f.request(person, f.youth, f.coordinate("COURT_AND_CASE_PLAN"))
	}
	every person in [f.casa, f.caregiver, f.nurse, f.advocate] {
		not f.allowed with input as f.request(person, f.youth, f.coordinate("COURT_AND_CASE_PLAN"))
	}
}

test_delinquency_records_go_to_probation_the_prosecutor_and_the_youth_attorney if {
	not f.allowed with input as f.request(f.social_worker, f.youth, f.coordinate("DELINQUENCY"))
	every person in [f.probation_officer, f.prosecutor, f.attorney] {
		f.allowed with input as f.request(person, f.youth, f.coordinate("DELINQUENCY"))
	}
}

test_placement_history_goes_to_workers_attorney_and_casa_but_not_the_caregiver if {
	not f.allowed with input as f.request(f.caregiver, f.youth, f.coordinate("PLACEMENT"))
	every person in [f.social_worker, f.probation_officer, f.attorney, f.casa] {
		f.allowed with input as f.request(person, f.youth, f.coordinate("PLACEMENT"))
	}
}

test_aggregates_are_not_shown_to_mdt_members if {
	not f.allowed with input as f.request(f.social_worker, f.youth, f.coordinate("AGGREGATE"))
}

test_a_member_who_joins_in_the_future_has_no_access_yet if {
	joining := object.union(f.member("sw.garcia"), {"joinedOn": "2026-12-01"})
	future := object.union(f.youth, {"mdt": {"status": "OPEN", "members": [joining]}})
	not f.allowed with input as f.request(f.social_worker, future, f.coordinate("ROSTER"))
}

test_every_coordinate_gets_a_decision_even_when_the_policy_data_is_incomplete if {
	request := f.request(f.caregiver, f.youth, f.coordinate("PLACEMENT"))
	d := f.decision with input as request with data.csec.disclosure.disclosure.messages as {"GENERIC": "-"}
	not d.allow
	d.rule == "DEFAULT_DENY"
}
