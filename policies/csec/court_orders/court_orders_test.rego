package csec.court_orders_test

import data.csec.court_orders
import data.csec.disclosure
import data.csec.fixtures_test as f

# A granted W&IC 827 petition naming a recipient, opening the categories, from `granted` to `expires`.
order(recipient, categories, granted, expires) := {
	"id": "JV570-1",
	"recipient": recipient,
	"categories": categories,
	"grantedOn": granted,
	"expiresOn": expires,
}

with_orders(orders) := object.union(f.youth, {"courtOrders": orders})

# The nurse asking for a court record of the youth with these orders.
nurse_asking(orders) := f.request(f.nurse, with_orders(orders), f.coordinate("COURT_AND_CASE_PLAN"))

# The nurse is on the MDT, but no agreement clause opens court records to a public health nurse.
nurse_order := order({"userId": "phn.lee"}, ["COURT_AND_CASE_PLAN"], "2026-11-01", "2026-12-31")

test_without_an_order_the_nurse_is_refused_court_records if {
	not f.allowed with input as f.request(f.nurse, f.youth, f.coordinate("COURT_AND_CASE_PLAN"))
}

test_an_order_naming_the_nurse_opens_court_records_to_the_nurse if {
	f.decision.allow with input as nurse_asking([nurse_order])
	f.decision.rule == "WIC_827_ORDER" with input as nurse_asking([nurse_order])
	legal_basis := f.decision.legal_basis with input as nurse_asking([nurse_order])
	contains(legal_basis, "W&IC 827(a)(1)(Q) (order JV570-1)")
}

test_what_an_order_opens_may_not_be_disseminated_further if {
	obligations := f.decision.obligations with input as nurse_asking([nurse_order])
	[{"code": "WIC827(a)(4)"}] == [{"code": obligation.code} | some obligation in obligations]
}

test_an_order_naming_the_requesters_agency_opens_to_its_staff if {
	agency_order := order({"agency": "PUBLIC_HEALTH"}, ["COURT_AND_CASE_PLAN"], "2026-11-01", "2026-12-31")
	f.allowed with input as f.request(f.nurse, with_orders([agency_order]), f.coordinate("COURT_AND_CASE_PLAN"))
}

test_an_order_naming_someone_else_opens_nothing_to_the_requester if {
	other := order({"userId": "mh.patel"}, ["COURT_AND_CASE_PLAN"], "2026-11-01", "2026-12-31")
	not f.allowed with input as f.request(f.nurse, with_orders([other]), f.coordinate("COURT_AND_CASE_PLAN"))
	other_agency := order({"agency": "BEHAVIORAL_HEALTH"}, ["COURT_AND_CASE_PLAN"], "2026-11-01", "2026-12-31")
	not f.allowed with input as f.request(f.nurse, with_orders([other_agency]), f.coordinate("COURT_AND_CASE_PLAN"))
}

test_an_order_opens_only_the_categories_it_lists if {
	delinquency_only := order({"userId": "phn.lee"}, ["DELINQUENCY"], "2026-11-01", "2026-12-31")
	not f.allowed with input as f.request(f.nurse, with_orders([delinquency_only]), f.coordinate("COURT_AND_CASE_PLAN"))
	f.allowed with input as f.request(f.nurse, with_orders([delinquency_only]), f.coordinate("DELINQUENCY"))
}

test_an_order_never_opens_what_is_outside_the_juvenile_case_file if {
	beyond := order({"userId": "phn.lee"}, ["MENTAL_HEALTH", "SUBSTANCE_USE", "EDUCATION"], "2026-11-01", "2026-12-31")
	not f.allowed with input as f.request(f.nurse, with_orders([beyond]), f.coordinate("SUBSTANCE_USE"))
	not f.allowed with input as f.request(f.nurse, with_orders([beyond]), f.coordinate("EDUCATION"))
	mental_health := f.request(f.nurse, f.youth, f.coordinate("MENTAL_HEALTH"))
	count(court_orders.grants("MENTAL_HEALTH", with_orders([beyond]))) == 0 with input as mental_health
}

test_an_order_opens_from_the_day_it_is_granted if {
	from_today := order({"userId": "phn.lee"}, ["COURT_AND_CASE_PLAN"], f.today, "2026-12-31")
	f.allowed with input as f.request(f.nurse, with_orders([from_today]), f.coordinate("COURT_AND_CASE_PLAN"))
	from_tomorrow := order({"userId": "phn.lee"}, ["COURT_AND_CASE_PLAN"], "2026-11-23", "2026-12-31")
	not f.allowed with input as f.request(f.nurse, with_orders([from_tomorrow]), f.coordinate("COURT_AND_CASE_PLAN"))
}

test_an_order_closes_the_day_after_it_expires if {
	until_today := order({"userId": "phn.lee"}, ["COURT_AND_CASE_PLAN"], "2026-11-01", f.today)
	f.allowed with input as f.request(f.nurse, with_orders([until_today]), f.coordinate("COURT_AND_CASE_PLAN"))
	expired := order({"userId": "phn.lee"}, ["COURT_AND_CASE_PLAN"], "2026-11-01", "2026-11-21")
	not f.allowed with input as f.request(f.nurse, with_orders([expired]), f.coordinate("COURT_AND_CASE_PLAN"))
}

test_an_order_with_an_unreadable_date_opens_nothing if {
	unreadable := order({"userId": "phn.lee"}, ["COURT_AND_CASE_PLAN"], "2026-11-01", "soon")
	not f.allowed with input as f.request(f.nurse, with_orders([unreadable]), f.coordinate("COURT_AND_CASE_PLAN"))
}

test_an_order_opens_the_case_file_to_someone_off_the_mdt if {
	off_team := object.union(with_orders([nurse_order]), {"mdt": {"status": "OPEN", "members": [f.member("sw.garcia")]}})
	f.allowed with input as f.request(f.nurse, off_team, f.coordinate("COURT_AND_CASE_PLAN"))
}

test_court_orders_are_in_play_only_when_a_case_file_category_is_asked_for if {
	disclosure.conditions_in_play.COURT_ORDER with input as {"requester": f.nurse, "categories": ["COURT_AND_CASE_PLAN"]}
	not disclosure.conditions_in_play.COURT_ORDER with input as {"requester": f.nurse, "categories": ["MENTAL_HEALTH"]}
}

test_court_orders_are_not_in_play_under_emergency_access if {
	emergency := f.breaking_the_glass(f.nurse, "Locating a missing youth.")
	asking := {"requester": emergency, "categories": ["COURT_AND_CASE_PLAN"]}
	not disclosure.conditions_in_play.COURT_ORDER with input as asking
}
