# METADATA
# title: Tests of the conditions in play
# description: Which conditions a requester's decisions can depend on, and so which agency facts the gateway gathers.
package csec.disclosure_test

import data.csec.agreements
import data.csec.disclosure
import data.csec.fixtures_test as f

# --- Conditions in play: which facts the gateway gathers --------------------------------------------

requester_only(person) := {"requester": person}

test_the_conditions_in_play_are_those_of_the_clauses_naming_the_requester_and_purpose if {
	# Every category is in play when none are listed: the juvenile court's orders too (COURT_ORDER).
	social_worker := {"ACTIVE_MDT_MEMBER", "ASSIGNED_WORKER", "COURT_ORDER"}
	disclosure.conditions_in_play == social_worker with input as requester_only(f.social_worker)
	disclosure.conditions_in_play == {"ACTIVE_MDT_MEMBER", "COURT_ORDER"} with input as requester_only(f.caregiver)
	officer := {"ACTIVE_MDT_MEMBER", "LAW_ENFORCEMENT_ACTIVE_MATTER", "YOUTH_MISSING", "COURT_ORDER"}
	disclosure.conditions_in_play == officer with input as requester_only(f.officer)
	supervising := f.with_purpose(f.probation_officer, "JUV-SUPERVISION")
	supervision := {"ACTIVE_MDT_MEMBER", "ASSIGNED_WORKER", "BEFORE_ADJUDICATION", "COURT_ORDER"}
	disclosure.conditions_in_play == supervision with input as requester_only(supervising)
}

asking_for(person, categories) := {"requester": person, "categories": categories}

test_only_the_clauses_of_the_categories_asked_for_are_in_play if {
	placement := asking_for(f.social_worker, ["PLACEMENT", "ROSTER"])
	disclosure.conditions_in_play == {"ACTIVE_MDT_MEMBER"} with input as placement
	address := asking_for(f.social_worker, ["PLACEMENT_ADDRESS"])
	disclosure.conditions_in_play == {"ACTIVE_MDT_MEMBER", "ASSIGNED_WORKER"} with input as address
	disclosure.conditions_in_play == set() with input as asking_for(f.social_worker, [])
}

test_the_categories_a_record_label_can_bring_in_are_always_in_play if {
	hiv_clause := {
		"id": "TEST-HIV",
		"text": "A test clause.",
		"source_agency": "HEALTH",
		"categories": ["HIV"],
		"roles": ["SOCIAL_WORKER"],
		"purposes": ["CSEC-MDT"],
		"conditions": ["ASSIGNED_WORKER"],
		"legal_basis": "test",
	}
	clauses := [{"id": "TEST", "clauses": [hiv_clause]}]
	request := asking_for(f.social_worker, ["PLACEMENT"])
	disclosure.conditions_in_play == {"ASSIGNED_WORKER"} with input as request with agreements.agreements as clauses
}

test_emergency_access_brings_the_conditions_of_the_emergency_set if {
	emergency := f.breaking_the_glass(f.social_worker, "Locating a missing youth.")
	disclosure.conditions_in_play == {"YOUTH_MISSING"} with input as requester_only(emergency)
	disclosure.conditions_in_play == {"YOUTH_MISSING"} with input as asking_for(emergency, ["PLACEMENT_ADDRESS"])

	# The set lists fields, not categories: the path to the last known placement starts at a roster field.
	disclosure.conditions_in_play == {"YOUTH_MISSING"} with input as asking_for(emergency, ["ROSTER"])
}

test_a_fact_of_no_condition_in_play_changes_no_decision if {
	not "BEFORE_ADJUDICATION" in disclosure.conditions_in_play with input as requester_only(f.social_worker)
	unknown := object.remove(f.youth, ["adjudicated"])
	every category, _ in data.csec.categories.categories {
		known := f.decision with input as f.request(f.social_worker, f.youth, f.coordinate(category))
		f.decision == known with input as f.request(f.social_worker, unknown, f.coordinate(category))
	}
}

test_a_condition_on_a_fact_not_gathered_does_not_hold if {
	supervising := f.with_purpose(f.probation_officer, "JUV-SUPERVISION")
	f.allowed with input as f.request(supervising, f.youth, f.coordinate("EDUCATION"))
	not f.allowed with input as f.request(supervising, object.remove(f.youth, ["adjudicated"]), f.coordinate("EDUCATION"))
	unassigned := object.union(object.remove(f.youth, ["assignedWorkers"]), {"assignedWorkers": {}})
	not f.allowed with input as f.request(supervising, unassigned, f.coordinate("EDUCATION"))
}
