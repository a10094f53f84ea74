# METADATA
# title: Tests of the conditions in play
# description: Which conditions a requester's decisions can depend on, and so which agency facts the gateway gathers.
package csec.disclosure_test

import data.csec.disclosure
import data.csec.fixtures_test as f

# --- Conditions in play: which facts the gateway gathers --------------------------------------------

requester_only(person) := {"requester": person}

test_the_conditions_in_play_are_those_of_the_clauses_naming_the_requester_and_purpose if {
	disclosure.conditions_in_play == {"ACTIVE_MDT_MEMBER", "ASSIGNED_WORKER"} with input as requester_only(f.social_worker)
	disclosure.conditions_in_play == {"ACTIVE_MDT_MEMBER"} with input as requester_only(f.caregiver)
	officer := {"ACTIVE_MDT_MEMBER", "LAW_ENFORCEMENT_ACTIVE_MATTER", "YOUTH_MISSING"}
	disclosure.conditions_in_play == officer with input as requester_only(f.officer)
	supervising := f.with_purpose(f.probation_officer, "JUV-SUPERVISION")
	supervision := {"ACTIVE_MDT_MEMBER", "ASSIGNED_WORKER", "BEFORE_ADJUDICATION"}
	disclosure.conditions_in_play == supervision with input as requester_only(supervising)
}

test_emergency_access_brings_the_conditions_of_the_emergency_set if {
	emergency := f.breaking_the_glass(f.social_worker, "Locating a missing youth.")
	disclosure.conditions_in_play == {"YOUTH_MISSING"} with input as requester_only(emergency)
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
