package csec.membership_test

import data.csec.fixtures_test as f
import data.csec.membership

at(person) := {"now": f.now, "countyDate": f.today, "requester": person}

team(members) := object.union(f.youth, {"mdt": {"status": "OPEN", "members": members}})

test_a_listed_member_of_an_open_mdt_is_active if {
	membership.is_active_mdt_member(f.youth) with input as at(f.social_worker)
}

test_someone_not_listed_is_not_a_member if {
	stranger := f.requester("sw.other", "CHILD_WELFARE", "SOCIAL_WORKER")
	not membership.is_active_mdt_member(f.youth) with input as at(stranger)
}

test_membership_ends_on_the_day_the_member_leaves if {
	left_today := team([object.union(f.member("sw.garcia"), {"leftOn": "2026-11-22"})])
	not membership.is_active_mdt_member(left_today) with input as at(f.social_worker)
}

test_a_member_leaving_in_the_future_is_still_active_today if {
	leaving := team([object.union(f.member("sw.garcia"), {"leftOn": "2026-12-31"})])
	membership.is_active_mdt_member(leaving) with input as at(f.social_worker)
}

test_a_member_without_a_leaving_date_is_active if {
	no_left_field := team([{"userId": "sw.garcia", "joinedOn": "2025-01-10"}])
	membership.is_active_mdt_member(no_left_field) with input as at(f.social_worker)
}

test_a_malformed_leaving_date_ends_membership if {
	malformed := team([object.union(f.member("sw.garcia"), {"leftOn": "last week"})])
	not membership.is_active_mdt_member(malformed) with input as at(f.social_worker)
}

test_a_member_without_a_valid_joining_date_is_not_active if {
	malformed := team([object.union(f.member("sw.garcia"), {"joinedOn": "soon"})])
	not membership.is_active_mdt_member(malformed) with input as at(f.social_worker)
}

test_no_member_of_a_closed_mdt_is_active if {
	closed := object.union(f.youth, {"mdt": {"status": "CLOSED", "members": f.members}})
	not membership.is_active_mdt_member(closed) with input as at(f.social_worker)
}

test_the_assigned_worker_is_the_one_named_for_the_requester_agency if {
	membership.is_assigned_worker(f.youth) with input as at(f.social_worker)
	membership.is_assigned_worker(f.youth) with input as at(f.probation_officer)
	not membership.is_assigned_worker(f.youth) with input as at(f.nurse)
}

test_a_worker_of_another_agency_with_the_same_id_is_not_assigned if {
	elsewhere := object.union(f.social_worker, {"agency": "PROBATION"})
	not membership.is_assigned_worker(f.youth) with input as at(elsewhere)
}
