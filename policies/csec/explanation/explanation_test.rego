package csec.explanation_test

import data.csec.consent
import data.csec.disclosure
import data.csec.explanation
import data.csec.fixtures_test as f

# People whose rules differ most: a clause for every category, consent only, conditions, none at all.
people := [f.social_worker, f.counselor, f.officer, f.caregiver, f.privacy_officer]

test_every_explanation_carries_the_decision_the_policy_makes if {
	every person in people {
		every category, _ in data.csec.categories.categories {
			request := f.request(person, f.youth, f.coordinate(category))
			[explained] := explanation.decisions_explained with input as request
			explained.decision == f.decision with input as request
		}
	}
}

test_an_emergency_explanation_carries_the_emergency_decision if {
	every field in ["Youth.name", "Placement.address", "HealthPatient.substanceUse"] {
		request := f.request(f.breaking_the_glass(f.officer, "Missing youth."), f.youth, f.field_coordinate("ROSTER", field))
		[explained] := explanation.decisions_explained with input as request
		explained.decision == f.decision with input as request
		explained.emergency == true
	}
}

test_the_clause_that_allows_is_the_one_explained_as_opening if {
	request := f.request(f.social_worker, f.youth, f.coordinate("CSEC_STATUS"))
	[explained] := explanation.decisions_explained with input as request
	explained.decision.allow
	opening := [finding.clause | some finding in explained.clauses; finding.opens]
	opening == [explained.decision.rule]
	explained.gates == [{
		"category": "CSEC_STATUS",
		"title": "CSEC status",
		"legal_basis": disclosure.categories.CSEC_STATUS.legal_basis,
		"opened_by": ["IAP-2025-4.1"],
	}]
}

test_a_clause_for_other_roles_says_so if {
	request := f.request(f.caregiver, f.youth, f.coordinate("CSEC_STATUS"))
	[explained] := explanation.decisions_explained with input as request
	not explained.decision.allow
	some finding in explained.clauses
	finding.clause == "IAP-2025-4.1"
	finding.problems[0].code == "ROLE_NOT_NAMED"
}

test_an_officer_outside_proceedings_and_windows_is_told_the_unmet_condition if {
	request := f.request(f.officer, f.youth, f.coordinate("CSEC_STATUS"))
	[explained] := explanation.decisions_explained with input as request
	explained.decision.rule == "CSEC_STATUS_UNMET_LAW_ENFORCEMENT_ACTIVE_MATTER"
	explained.facts.in_proceedings == false
	{"condition": "LAW_ENFORCEMENT_ACTIVE_MATTER", "holds": false} in explained.conditions
	unmet := {"code": "CONDITIONS_UNMET", "conditions": ["LAW_ENFORCEMENT_ACTIVE_MATTER"]}
	{"clause": "IAP-2025-4.3", "problems": [unmet]} in {object.filter(finding, ["clause", "problems"]) |
		some finding in explained.clauses
	}
}

test_an_investigation_window_is_explained_with_its_last_day if {
	reported := object.union(f.youth, {"investigations": [
		{"id": "I-1", "reportedOn": "2026-11-10", "goodCauseExtendedUntil": null},
		{"id": "I-2", "reportedOn": "2026-09-01", "goodCauseExtendedUntil": "2026-12-31"},
		{"id": "I-3", "reportedOn": "2026-01-01", "goodCauseExtendedUntil": "2026-01-15"},
	]})
	request := f.request(f.officer, reported, f.coordinate("CSEC_STATUS"))
	[explained] := explanation.decisions_explained with input as request
	explained.decision.allow
	[first, second, third] := explained.facts.investigations
	first.window_until == "2026-12-10"
	first.open
	second.window_until == "2026-12-31"
	second.open
	third.window_until == "2026-01-31"
	not third.open
	explained.facts.investigation_window_open
}

test_a_participation_in_proceedings_is_explained if {
	taking_part := f.with_participations(f.youth, [
		f.participation("le.officer1", "INVESTIGATING", "2026-01-01", null),
		f.participation("le.officer1", "WITNESS", "2026-01-01", null),
		f.participation("someone.else", "PARTY", "2026-01-01", null),
	])
	request := f.request(f.officer, taking_part, f.coordinate("CSEC_STATUS"))
	[explained] := explanation.decisions_explained with input as request
	explained.decision.allow
	[investigating, witness] := explained.facts.proceedings
	investigating.counts
	investigating.in_force
	not witness.counts
	explained.facts.in_proceedings
}

test_the_consent_that_opens_sud_records_is_explained_as_applying if {
	request := f.request(f.social_worker, f.youth, f.coordinate("SUBSTANCE_USE"))
	[explained] := explanation.decisions_explained with input as request
	explained.decision.rule == "SUD_PART2_CONSENT"
	[finding] := explained.consents
	finding.id == "C-1"
	finding.applies
	finding.problems == []
	every clause in explained.clauses {
		{"code": "PART2_CONSENT_ONLY"} in clause.problems
	}
}

test_an_expired_and_a_revoked_consent_say_since_when if {
	expired := object.union(f.sud_consent, {"id": "C-EXPIRED", "expiresOn": "2026-11-22"})
	revoked := object.union(f.sud_consent, {"id": "C-REVOKED", "revokedOn": "2026-11-01"})
	record := f.with_consents(f.youth, [expired, revoked])
	request := f.request(f.social_worker, record, f.coordinate("SUBSTANCE_USE"))
	[explained] := explanation.decisions_explained with input as request
	not explained.decision.allow
	[first, second] := explained.consents
	first.problems == [{"code": "EXPIRED", "on": "2026-11-22"}]
	second.problems == [{"code": "REVOKED", "on": "2026-11-01"}]
}

test_a_consent_applies_exactly_when_the_policy_counts_it_as_an_authorization if {
	consents := [
		f.sud_consent,
		object.union(f.sud_consent, {"id": "C-FUTURE", "signedOn": "2027-01-01"}),
		object.union(f.sud_consent, {"id": "C-OTHER-PURPOSE", "purposes": ["TREAT"]}),
		object.union(f.sud_consent, {"id": "C-GENERAL", "form": "GENERAL_RELEASE"}),
		object.union(f.sud_consent, {"id": "C-UNKNOWN", "form": "NO_SUCH_FORM"}),
		object.union(f.sud_consent, {"id": "C-PARENT", "signedBy": "PARENT_OR_GUARDIAN"}),
		object.union(f.sud_consent, {"id": "C-OTHERS", "recipients": [{"userId": "someone.else"}]}),
	]
	record := f.with_consents(f.youth, consents)
	request := f.request(f.social_worker, record, f.coordinate("SUBSTANCE_USE"))
	[explained] := explanation.decisions_explained with input as request
	authorizations := consent.authorizations(record, "SUBSTANCE_USE") with input as request
	authorized := {authorization.id | some authorization in authorizations}
	authorized == {"C-1"}
	{finding.id | some finding in explained.consents; finding.applies} == authorized
	codes := {finding.id: [problem.code | some problem in finding.problems] | some finding in explained.consents}
	codes == {
		"C-1": [],
		"C-FUTURE": ["NOT_YET_SIGNED"],
		"C-OTHER-PURPOSE": ["PURPOSE_NOT_LISTED"],
		"C-GENERAL": ["FORM_CANNOT_AUTHORIZE"],
		"C-UNKNOWN": ["UNKNOWN_FORM"],
		"C-PARENT": ["SIGNER_NOT_ALLOWED_BY_FORM", "SIGNER_LACKS_AUTHORITY"],
		"C-OTHERS": ["RECIPIENT_NOT_NAMED"],
	}
}

test_a_parents_authorization_does_not_open_sensitive_services if {
	parents := f.consent("C-SS", "HIPAA_AUTHORIZATION", "SENSITIVE_SERVICES", [{"userId": "sw.garcia"}], ["CSEC-MDT"])
	signed_by_parent := object.union(parents, {"signedBy": "PARENT_OR_GUARDIAN"})
	record := object.union(f.with_consents(f.youth, [signed_by_parent]), {"birthDate": "2015-01-01"})
	request := f.request(f.social_worker, record, f.coordinate("SENSITIVE_SERVICES"))
	[explained] := explanation.decisions_explained with input as request
	not explained.decision.allow
	[finding] := explained.consents
	{"code": "NOT_SIGNED_BY_YOUTH"} in finding.problems
}

test_a_clause_not_marked_for_very_restricted_records_says_so if {
	threatened := object.union(f.youth, {"exploiterIsThreat": true})
	request := f.request(f.casa, threatened, f.coordinate("PLACEMENT_ADDRESS"))
	[explained] := explanation.decisions_explained with input as request
	not explained.decision.allow
	some finding in explained.clauses
	{"code": "NOT_FOR_VERY_RESTRICTED"} in finding.problems
}

test_a_clause_for_another_agency_says_so if {
	some agreement in data.csec.agreements.agreements
	some clause in agreement.clauses
	clause.agencies
	some role in clause.roles
	person := f.with_purpose(f.requester("someone", "NOT_AN_AGENCY", role), clause.purposes[0])
	category := clause.categories[0]
	[explained] := explanation.decisions_explained with input as f.request(person, f.youth, f.coordinate(category))
	some finding in explained.clauses
	finding.clause == clause.id
	finding.problems[0] == {"code": "AGENCY_NOT_NAMED", "agencies": clause.agencies}
}

test_break_the_glass_lists_the_entries_and_their_unmet_conditions if {
	officer := f.breaking_the_glass(f.officer, "Missing youth.")
	request := f.request(officer, f.youth, f.field_coordinate("PLACEMENT_ADDRESS", "Placement.address"))
	[explained] := explanation.decisions_explained with input as request
	not explained.decision.allow
	explained.break_glass == {
		"reason_stated": true,
		"role_may_break_the_glass": true,
		"stricter_label": false,
		"entries": [{
			"id": "BTG-MISSING-YOUTH-LAST-PLACEMENT",
			"legal_basis": "42 U.S.C. 671(a)(35)(B); county CSEC interagency protocol, emergency access",
			"unmet_conditions": ["YOUTH_MISSING"],
		}],
	}
	every clause in explained.clauses {
		clause.problems[0] == {"code": "EMERGENCY_ACCESS"}
	}
}

test_break_the_glass_without_a_reason_or_with_a_stricter_label_is_explained if {
	labelled := object.union(f.field_coordinate("ROSTER", "Youth.name"), {"sensitivity": ["42CFRPart2"]})
	request := f.request(f.breaking_the_glass(f.caregiver, " "), f.youth, labelled)
	[explained] := explanation.decisions_explained with input as request
	explained.decision.rule == "BREAK_THE_GLASS_REASON_REQUIRED"
	explained.break_glass.reason_stated == false
	explained.break_glass.role_may_break_the_glass == false
	explained.break_glass.stricter_label == true
	count(explained.gates) == 2
}

test_a_malformed_coordinate_is_still_explained_as_withheld if {
	request := f.request(f.social_worker, f.youth, {"youthId": f.youth_id})
	[explained] := explanation.decisions_explained with input as request
	explained.decision.rule == "DEFAULT_DENY"
	explained.clauses == []
	explained.gates == []
	explained.facts.youth_consents_from == null
}

test_a_youth_without_readable_dates_is_explained_with_nulls if {
	unreadable := object.union(f.youth, {
		"birthDate": "unknown",
		"investigations": [{"id": "I-1", "reportedOn": "soon", "goodCauseExtendedUntil": null}],
	})
	request := f.request(f.officer, unreadable, f.coordinate("CSEC_STATUS"))
	[explained] := explanation.decisions_explained with input as request
	explained.facts.age == null
	explained.facts.investigations[0].window_until == null
	explained.facts.investigations[0].open == false
}

test_a_request_without_a_county_date_is_explained_without_one if {
	request := object.remove(f.request(f.social_worker, f.youth, f.coordinate("ROSTER")), ["countyDate"])
	[explained] := explanation.decisions_explained with input as request
	explained.county_date == null
	explained.decision.rule == "DEFAULT_DENY"
}

test_no_explanation_without_coordinates if {
	not explanation.decisions_explained with input as {"requester": f.social_worker}
	disclosure.decisions == [] with input as f.request_at(f.now, f.social_worker, f.youth, [])
}

test_a_tpo_consent_is_explained_by_its_purpose_and_recipient_limits if {
	tpo := f.consent("C-TPO", "CFR42_PART2_TPO", "SUBSTANCE_USE", [{"role": "SOCIAL_WORKER"}], ["CSEC-MDT"])
	request := f.request(f.social_worker, f.with_consents(f.youth, [tpo]), f.coordinate("SUBSTANCE_USE"))
	[explained] := explanation.decisions_explained with input as request
	not explained.decision.allow
	[finding] := explained.consents
	form := consent.settings.forms.CFR42_PART2_TPO
	finding.problems == [
		{"code": "FORM_NOT_FOR_PURPOSE", "purposes": form.purposes},
		{"code": "RECIPIENT_ROLE_NOT_ALLOWED", "roles": form.recipient_roles},
	]
}

test_the_court_orders_naming_the_requester_are_explained_with_whether_in_force if {
	order := {
		"id": "JV570-1",
		"recipient": {"userId": "phn.lee"},
		"categories": ["COURT_AND_CASE_PLAN"],
		"grantedOn": "2026-11-01",
		"expiresOn": "2026-12-31",
	}
	expired := object.union(order, {"id": "JV570-2", "expiresOn": "2026-11-21"})
	for_another := object.union(order, {"id": "JV570-3", "recipient": {"userId": "mh.patel"}})
	ordered := object.union(f.youth, {"courtOrders": [order, expired, for_another]})
	request := f.request(f.nurse, ordered, f.coordinate("COURT_AND_CASE_PLAN"))
	[explained] := explanation.decisions_explained with input as request
	explained.decision.rule == "WIC_827_ORDER"
	[{"id": "JV570-1", "in_force": true}, {"id": "JV570-2", "in_force": false}] == [
	{"id": finding.id, "in_force": finding.in_force} |
		some finding in explained.facts.court_orders
	]
}

test_explanations_match_their_schema if {
	emergency := f.breaking_the_glass(f.officer, "Missing youth.")
	report := {"id": "I-1", "reportedOn": "2026-11-10", "goodCauseExtendedUntil": null}
	investigated := object.union(f.youth, {"investigations": [report]})
	order := {
		"id": "JV570-1",
		"recipient": {"agency": "PUBLIC_HEALTH"},
		"categories": ["DELINQUENCY"],
		"grantedOn": "2026-11-01",
		"expiresOn": "2026-11-30",
	}
	ordered := object.union(f.youth, {"courtOrders": [order]})
	every request in [
		f.request(f.nurse, ordered, f.coordinate("DELINQUENCY")),
		f.request(f.social_worker, f.youth, f.coordinate("SUBSTANCE_USE")),
		f.request(f.officer, investigated, f.coordinate("CSEC_STATUS")),
		f.request(emergency, f.youth, f.field_coordinate("PLACEMENT_ADDRESS", "Placement.address")),
		f.request(f.social_worker, f.youth, {"youthId": f.youth_id}),
	] {
		explanations := explanation.decisions_explained with input as request
		[valid, _] := json.match_schema(explanations, object.union(data.schema, {"$ref": "#/$defs/explanations"}))
		valid
	}
}
