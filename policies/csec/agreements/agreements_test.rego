package csec.agreements_test

import data.csec.agreements
import data.csec.fixtures_test as f

at(person) := {"now": f.now, "countyDate": f.today, "requester": person}

rules_of(category, youth) := {grant.rule | some grant in agreements.grants(category, youth)}

clause := {
	"id": "TEST-1",
	"text": "A test clause.",
	"source_agency": "CSEC_PROGRAM",
	"categories": ["PLACEMENT"],
	"roles": ["CAREGIVER"],
	"purposes": ["CSEC-MDT"],
	"conditions": ["ACTIVE_MDT_MEMBER"],
	"legal_basis": "test",
}

with_clause(changes) := [{"id": "TEST", "clauses": [object.union(clause, changes)]}]

# --- How a clause opens a category ------------------------------------------------------------------

test_a_clause_opens_its_category_to_its_roles_for_its_purposes if {
	clauses := with_clause({})
	rules_of("PLACEMENT", f.youth) == {"TEST-1"} with input as at(f.caregiver) with agreements.agreements as clauses
	coordinating := f.with_purpose(f.caregiver, "COC")
	rules_of("PLACEMENT", f.youth) == set() with input as at(coordinating) with agreements.agreements as clauses
	rules_of("ROSTER", f.youth) == set() with input as at(f.caregiver) with agreements.agreements as clauses
}

test_a_grant_carries_the_clause_legal_basis_and_obligations if {
	changes := {"obligations": ["MDT_CONFIDENTIAL"], "very_restricted": true}
	clauses := with_clause(changes)
	grants := agreements.grants("PLACEMENT", f.youth) with input as at(f.caregiver) with agreements.agreements as clauses
	grants == {{
		"rule": "TEST-1",
		"legal_basis": "test (agreement clause TEST-1)",
		"obligations": [data.csec.obligations.obligations.MDT_CONFIDENTIAL],
		"very_restricted": true,
	}}
}

test_a_clause_that_names_agencies_opens_only_to_those_agencies if {
	child_welfare := with_clause({"agencies": ["CHILD_WELFARE"]})
	rules_of("PLACEMENT", f.youth) == set() with input as at(f.caregiver) with agreements.agreements as child_welfare
	households := with_clause({"agencies": ["CAREGIVER_HOUSEHOLD"]})
	rules_of("PLACEMENT", f.youth) == {"TEST-1"} with input as at(f.caregiver) with agreements.agreements as households
}

test_a_clause_with_an_unmet_condition_stays_closed if {
	not_member := object.union(f.youth, {"mdt": {"status": "CLOSED", "members": f.members}})
	clauses := with_clause({})
	rules_of("PLACEMENT", not_member) == set() with input as at(f.caregiver) with agreements.agreements as clauses
}

test_a_misspelt_condition_closes_its_clause if {
	clauses := with_clause({"conditions": ["ACTIVE_MDT_MEMBR"]})
	rules_of("PLACEMENT", f.youth) == set() with input as at(f.caregiver) with agreements.agreements as clauses
}

test_a_clause_with_an_unknown_obligation_opens_nothing if {
	clauses := with_clause({"obligations": ["PINKY_SWEAR"]})
	rules_of("PLACEMENT", f.youth) == set() with input as at(f.caregiver) with agreements.agreements as clauses
}

test_no_agreement_opens_part_2_records if {
	sud_clause := with_clause({"categories": ["SUBSTANCE_USE"], "roles": ["CAREGIVER"]})
	request := f.request(f.caregiver, f.youth, f.coordinate("SUBSTANCE_USE"))
	not f.allowed with input as request with agreements.agreements as sud_clause
}

supervising_officer := f.with_purpose(f.probation_officer, "JUV-SUPERVISION")

test_the_only_unmet_condition_of_a_clause_is_reported if {
	adjudicated := object.union(f.youth, {"adjudicated": true})
	blocking := agreements.blocking_conditions("EDUCATION", adjudicated) with input as at(supervising_officer)
	blocking == {"BEFORE_ADJUDICATION"}
}

test_no_condition_is_reported_when_several_are_unmet if {
	reassigned := object.union(object.remove(f.youth, ["assignedWorkers"]), {"adjudicated": true, "assignedWorkers": {}})
	blocking := agreements.blocking_conditions("EDUCATION", reassigned) with input as at(supervising_officer)
	blocking == set()
}

# --- Conditions --------------------------------------------------------------------------------------

everything_holds := object.union(f.youth, {
	"proceedingParticipations": [f.participation("sw.garcia", "INVESTIGATING", "2026-01-01", null)],
	"missing": true,
})

test_every_condition_a_clause_or_break_the_glass_names_is_implemented if {
	named := {condition |
		some agreement in agreements.agreements
		some listed in agreement.clauses
		some condition in listed.conditions
	} | {condition |
		some entry in data.csec.break_glass.break_glass.opens
		some condition in object.get(entry, "conditions", [])
	}
	every condition in named {
		agreements.condition_holds(condition, everything_holds) with input as at(f.social_worker)
	}
}

test_the_investigation_window_is_an_active_matter_for_law_enforcement if {
	investigated := object.union(f.youth, {"investigations": [{"id": "I-1", "reportedOn": "2026-11-20"}]})
	agreements.condition_holds("LAW_ENFORCEMENT_ACTIVE_MATTER", investigated) with input as at(f.officer)
	not agreements.condition_holds("LAW_ENFORCEMENT_ACTIVE_MATTER", f.youth) with input as at(f.officer)
}

test_youth_missing_and_before_adjudication_read_the_youth_record if {
	not agreements.condition_holds("YOUTH_MISSING", f.youth)
	agreements.condition_holds("BEFORE_ADJUDICATION", f.youth)
	not agreements.condition_holds("BEFORE_ADJUDICATION", object.remove(f.youth, ["adjudicated"]))
}

# --- The county's agreements as data ------------------------------------------------------------------

all_clauses := [listed | some agreement in agreements.agreements; some listed in agreement.clauses]

test_clause_ids_are_unique if {
	count({listed.id | some listed in all_clauses}) == count(all_clauses)
}

test_clauses_name_only_known_categories_roles_purposes_and_obligations if {
	every listed in all_clauses {
		every category in listed.categories {
			data.csec.categories.categories[category]
		}
		every role in listed.roles {
			data.csec.roles.roles[role]
		}
		every purpose in listed.purposes {
			data.csec.purposes.purposes[purpose]
		}
		every key in object.get(listed, "obligations", []) {
			data.csec.obligations.obligations[key]
		}
	}
}

privacy_office_categories := {
	"ROSTER", "CONSENT_RECORDS", "DISCLOSURE_ACCOUNTING", "DISCLOSURE_EXPLANATION",
	"ACCESS_MATRIX", "STEERING_REPORT",
}

test_the_privacy_officer_and_steering_committee_appear_only_in_their_oversight_clauses if {
	every listed in all_clauses {
		oversight_only(listed, "PRIVACY_OFFICER", privacy_office_categories)
		oversight_only(listed, "STEERING_COMMITTEE_MEMBER", {"AGGREGATE", "STEERING_REPORT"})
	}
}

oversight_only(listed, role, _) if not role in listed.roles

oversight_only(listed, role, allowed) if {
	role in listed.roles
	count({category | some category in listed.categories} - allowed) == 0
}

test_no_clause_names_part_2_records if {
	every listed in all_clauses {
		not "SUBSTANCE_USE" in listed.categories
	}
}

# --- Every data file matches its JSON Schema ----------------------------------------------------------

matches(document, definition) if {
	[valid, _] := json.match_schema(document, object.union(data.schema, {"$ref": sprintf("#/$defs/%s", [definition])}))
	valid
}

test_every_data_file_matches_its_schema if {
	matches({"agreements": agreements.agreements}, "agreementsFile")
	matches({"break_glass": data.csec.break_glass.break_glass}, "breakGlassFile")
	matches({"categories": data.csec.categories.categories}, "categoriesFile")
	matches({"consent": data.csec.consent.consent}, "consentFile")
	matches({"court_orders": data.csec.court_orders.court_orders}, "courtOrdersFile")
	matches({"disclosure": data.csec.disclosure.disclosure}, "disclosureFile")
	matches({"labels": data.csec.labels.labels}, "labelsFile")
	matches({"law_enforcement": data.csec.law_enforcement.law_enforcement}, "lawEnforcementFile")
	matches({"obligations": data.csec.obligations.obligations}, "obligationsFile")
	matches({"purposes": data.csec.purposes.purposes}, "purposesFile")
	matches({"roles": data.csec.roles.roles}, "rolesFile")
}

test_the_schema_rejects_a_clause_with_an_unknown_condition if {
	bad := with_clause({"conditions": ["WHENEVER"]})
	agreement := object.union(bad[0], {"title": "t", "parties": [], "effective_on": "2025-01-01"})
	not matches({"agreements": [agreement]}, "agreementsFile")
}

test_the_example_request_matches_the_input_schema if {
	matches(f.request_at(f.now, f.social_worker, f.youth, [f.coordinate("SUBSTANCE_USE")]), "input")
}

test_the_example_request_without_adjudication_matches_the_input_schema if {
	not_gathered := object.remove(f.youth, ["adjudicated"])
	matches(f.request_at(f.now, f.social_worker, not_gathered, [f.coordinate("ROSTER")]), "input")
}

test_the_conditions_in_play_match_their_schema if {
	supervising := f.with_purpose(f.probation_officer, "JUV-SUPERVISION")
	conditions := data.csec.disclosure.conditions_in_play with input as {"requester": supervising}
	count(conditions) == 4
	matches(json.marshal(sort(conditions)), "conditionsInPlay")
}

test_decisions_match_the_output_schema if {
	coordinates := [f.coordinate("SUBSTANCE_USE"), f.coordinate("HIV")]
	decisions := f.decisions with input as f.request_at(f.now, f.social_worker, f.youth, coordinates)
	count(decisions) == 2
	every decision in decisions {
		matches(decision, "decision")
	}
}

# --- The youth's attorney and the placement address -----------------------------------------------------

threatened := object.union(f.youth, {"exploiterIsThreat": true})

test_the_youths_attorney_on_the_mdt_sees_the_placement_address_while_an_exploiter_is_a_threat if {
	every purpose in ["CSEC-MDT", "HLEGAL"] {
		counsel := f.with_purpose(f.attorney, purpose)
		d := f.decision with input as f.request(counsel, threatened, f.coordinate("PLACEMENT_ADDRESS"))
		d.allow
		d.rule == "IAP-2025-5.4"
		contains(d.legal_basis, "W&IC 317(f)")
	}
}

test_the_youths_attorney_off_the_mdt_does_not_see_the_placement_address if {
	off_team := object.union(threatened, {"mdt": {"status": "OPEN", "members": [f.member("sw.garcia")]}})
	not f.allowed with input as f.request(f.attorney, off_team, f.coordinate("PLACEMENT_ADDRESS"))
}

test_a_probation_officer_not_assigned_does_not_see_the_placement_address_while_an_exploiter_is_a_threat if {
	other_officer := object.union(threatened, {"assignedWorkers": {"CHILD_WELFARE": "sw.garcia", "PROBATION": "po.other"}})
	d := f.decision with input as f.request(f.probation_officer, other_officer, f.coordinate("PLACEMENT_ADDRESS"))
	not d.allow
	d.reason == "Not available to you."
	not f.allowed with input as f.request(f.casa, threatened, f.coordinate("PLACEMENT_ADDRESS"))
}

test_the_attorneys_clause_opens_only_the_placement_address if {
	not f.allowed with input as f.request(f.attorney, threatened, f.coordinate("MENTAL_HEALTH"))
	not f.allowed with input as f.request(f.attorney, threatened, f.coordinate("CSEC_STATUS"))
}
