package csec.law_enforcement_test

import data.csec.fixtures_test as f
import data.csec.law_enforcement

reported(reported_on, extended_until) := object.union(f.youth, {"investigations": [{
	"id": "I-1",
	"reportedOn": reported_on,
	"goodCauseExtendedUntil": extended_until,
}]})

within_window_at(now, youth) if {
	law_enforcement.within_investigation_window(youth) with input as {"now": now, "requester": f.officer}
}

test_an_officer_listed_in_proceedings_is_part_of_them if {
	in_proceedings := object.union(f.youth, {"lawEnforcementInProceedings": ["le.officer1"]})
	law_enforcement.is_in_proceedings_about(in_proceedings) with input as {"requester": f.officer}
	not law_enforcement.is_in_proceedings_about(f.youth) with input as {"requester": f.officer}
}

test_the_window_opens_on_the_day_of_the_report if {
	within_window_at("2026-11-22T14:00:00Z", reported("2026-11-22", null))
}

test_the_window_lasts_thirty_days_after_the_report if {
	within_window_at("2026-11-22T14:00:00Z", reported("2026-10-23", null))
	not within_window_at("2026-11-22T14:00:00Z", reported("2026-10-22", null))
}

test_a_report_dated_in_the_future_opens_no_window if {
	not within_window_at("2026-11-22T14:00:00Z", reported("2026-11-23", null))
}

test_good_cause_extends_the_window_to_the_documented_date if {
	within_window_at("2026-11-22T14:00:00Z", reported("2026-09-01", "2026-11-22"))
	not within_window_at("2026-11-23T14:00:00Z", reported("2026-09-01", "2026-11-22"))
}

test_a_youth_without_investigations_has_no_window if {
	not within_window_at("2026-11-22T14:00:00Z", f.youth)
}

test_a_malformed_report_date_opens_no_window if {
	not within_window_at("2026-11-22T14:00:00Z", reported("recently", "2026-12-31"))
}
