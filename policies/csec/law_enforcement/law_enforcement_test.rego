package csec.law_enforcement_test

import data.csec.fixtures_test as f
import data.csec.law_enforcement

reported(reported_on, extended_until) := object.union(f.youth, {"investigations": [{
	"id": "I-1",
	"reportedOn": reported_on,
	"goodCauseExtendedUntil": extended_until,
}]})

# The officer asking on the afternoon of the day.
officer_on(day) := {"now": sprintf("%sT14:00:00Z", [day]), "requester": f.officer}

open_window(youth) if law_enforcement.within_investigation_window(youth)

test_an_officer_listed_in_proceedings_is_part_of_them if {
	in_proceedings := object.union(f.youth, {"lawEnforcementInProceedings": ["le.officer1"]})
	law_enforcement.is_in_proceedings_about(in_proceedings) with input as {"requester": f.officer}
	not law_enforcement.is_in_proceedings_about(f.youth) with input as {"requester": f.officer}
}

test_the_window_opens_on_the_day_of_the_report if {
	open_window(reported("2026-11-22", null)) with input as officer_on("2026-11-22")
}

test_the_window_lasts_thirty_days_after_the_report if {
	open_window(reported("2026-10-23", null)) with input as officer_on("2026-11-22")
	not open_window(reported("2026-10-22", null)) with input as officer_on("2026-11-22")
}

test_a_report_dated_in_the_future_opens_no_window if {
	not open_window(reported("2026-11-23", null)) with input as officer_on("2026-11-22")
}

test_good_cause_extends_the_window_to_the_documented_date if {
	open_window(reported("2026-09-01", "2026-11-22")) with input as officer_on("2026-11-22")
	not open_window(reported("2026-09-01", "2026-11-22")) with input as officer_on("2026-11-23")
}

test_a_youth_without_investigations_has_no_window if {
	not open_window(f.youth) with input as officer_on("2026-11-22")
}

test_a_malformed_report_date_opens_no_window if {
	not open_window(reported("recently", "2026-12-31")) with input as officer_on("2026-11-22")
}
