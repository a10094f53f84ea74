package csec.law_enforcement_test

import data.csec.fixtures_test as f
import data.csec.law_enforcement

reported(reported_on, extended_until) := object.union(f.youth, {"investigations": [{
	"id": "I-1",
	"reportedOn": reported_on,
	"goodCauseExtendedUntil": extended_until,
}]})

# The officer asking on the afternoon of the day.
officer_on(day) := {"now": sprintf("%sT22:00:00Z", [day]), "countyDate": day, "requester": f.officer}

open_window(youth) if law_enforcement.within_investigation_window(youth)

test_an_officer_investigating_a_proceeding_in_force_is_part_of_it if {
	investigating := f.with_participations(f.youth, [f.participation("le.officer1", "INVESTIGATING", "2026-10-01", null)])
	law_enforcement.is_in_proceedings_about(investigating) with input as officer_on("2026-11-22")
	party := f.with_participations(f.youth, [f.participation("le.officer1", "PARTY", "2026-10-01", "2026-11-22")])
	law_enforcement.is_in_proceedings_about(party) with input as officer_on("2026-11-22")
}

test_a_participation_counts_from_its_first_day if {
	from_today := f.with_participations(f.youth, [f.participation("le.officer1", "INVESTIGATING", "2026-11-22", null)])
	law_enforcement.is_in_proceedings_about(from_today) with input as officer_on("2026-11-22")
	not law_enforcement.is_in_proceedings_about(from_today) with input as officer_on("2026-11-21")
}

test_a_participation_ends_after_its_last_day if {
	until_yesterday := f.with_participations(
		f.youth,
		[f.participation("le.officer1", "INVESTIGATING", "2026-10-01", "2026-11-21")],
	)
	not law_enforcement.is_in_proceedings_about(until_yesterday) with input as officer_on("2026-11-22")
	law_enforcement.is_in_proceedings_about(until_yesterday) with input as officer_on("2026-11-21")
}

test_an_mdt_seat_is_not_a_participation_in_proceedings if {
	# f.youth seats le.officer1 on the open MDT and records no participation.
	not law_enforcement.is_in_proceedings_about(f.youth) with input as officer_on("2026-11-22")
}

test_another_persons_participation_does_not_count if {
	someone_else := f.with_participations(f.youth, [f.participation("le.officer2", "INVESTIGATING", "2026-10-01", null)])
	not law_enforcement.is_in_proceedings_about(someone_else) with input as officer_on("2026-11-22")
}

test_a_witness_is_not_actively_participating if {
	witness := f.with_participations(f.youth, [f.participation("le.officer1", "WITNESS", "2026-10-01", null)])
	not law_enforcement.is_in_proceedings_about(witness) with input as officer_on("2026-11-22")
}

test_a_malformed_participation_date_counts_as_not_in_force if {
	bad_start := f.with_participations(f.youth, [f.participation("le.officer1", "INVESTIGATING", "soon", null)])
	not law_enforcement.is_in_proceedings_about(bad_start) with input as officer_on("2026-11-22")
	bad_end := f.with_participations(f.youth, [f.participation("le.officer1", "INVESTIGATING", "2026-10-01", "later")])
	not law_enforcement.is_in_proceedings_about(bad_end) with input as officer_on("2026-11-22")
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

# --- Decisions ---------------------------------------------------------------------------------------

test_an_officer_on_the_mdt_whose_window_closed_and_who_is_in_no_proceeding_is_refused_csec_status if {
	# Reported 31 days ago, no good cause recorded; the officer sits on the open MDT.
	window_closed := reported("2026-10-22", null)
	d := f.decision with input as f.request(f.officer, window_closed, f.coordinate("CSEC_STATUS"))
	not d.allow
	d.rule == "CSEC_STATUS_UNMET_LAW_ENFORCEMENT_ACTIVE_MATTER"
}

test_law_enforcement_sees_csec_status_only_while_the_participation_is_in_force if {
	ended := f.with_participations(f.youth, [f.participation("le.officer1", "INVESTIGATING", "2026-09-01", "2026-11-21")])
	not f.allowed with input as f.request(f.officer, ended, f.coordinate("CSEC_STATUS"))
	not_yet := f.with_participations(f.youth, [f.participation("le.officer1", "PARTY", "2026-11-23", null)])
	not f.allowed with input as f.request(f.officer, not_yet, f.coordinate("CSEC_STATUS"))
}

test_a_participation_without_an_mdt_seat_opens_nothing if {
	# W&IC 827 participation alone does not put the officer on the team the agreement clause requires.
	off_team := object.union(f.youth, {
		"mdt": {"status": "OPEN", "members": [f.member("sw.garcia")]},
		"proceedingParticipations": [f.participation("le.officer1", "INVESTIGATING", "2026-11-01", null)],
	})
	d := f.decision with input as f.request(f.officer, off_team, f.coordinate("CSEC_STATUS"))
	not d.allow
	d.rule == "NOT_ACTIVE_MDT_MEMBER"
}
