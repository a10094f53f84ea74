package csec.calendar_test

import data.csec.calendar

test_today_is_the_county_date_of_the_request_time if {
	calendar.today == "2026-11-22" with input as {"now": "2026-11-22T14:00:00Z"}
}

test_early_morning_utc_is_still_yesterday_in_california if {
	calendar.today == "2026-11-21" with input as {"now": "2026-11-22T07:59:00Z"}
	calendar.today == "2026-11-22" with input as {"now": "2026-11-22T08:00:00Z"}
}

test_summer_days_change_at_midnight_pacific_daylight_time if {
	calendar.today == "2026-06-30" with input as {"now": "2026-07-01T06:59:59Z"}
	calendar.today == "2026-07-01" with input as {"now": "2026-07-01T07:00:00Z"}
}

test_daylight_saving_time_starts_on_the_second_sunday_of_march if {
	not calendar.is_daylight_saving_time with input as {"now": "2026-03-08T09:59:00Z"}
	calendar.is_daylight_saving_time with input as {"now": "2026-03-08T10:00:00Z"}
}

test_daylight_saving_time_ends_on_the_first_sunday_of_november if {
	calendar.is_daylight_saving_time with input as {"now": "2026-11-01T08:59:00Z"}
	not calendar.is_daylight_saving_time with input as {"now": "2026-11-01T09:00:00Z"}
}

test_a_time_with_an_offset_is_read_in_that_offset if {
	calendar.today == "2026-11-22" with input as {"now": "2026-11-22T00:30:00-08:00"}
	calendar.today == "2026-11-21" with input as {"now": "2026-11-22T01:30:00+02:00"}
	calendar.today == "2026-11-22" with input as {"now": "2026-11-22t16:00:00.123456z"}
}

test_the_year_turns_at_midnight_in_the_county if {
	calendar.today == "2026-12-31" with input as {"now": "2027-01-01T07:59:00Z"}
	calendar.today == "2027-01-01" with input as {"now": "2027-01-01T08:00:00Z"}
}

test_a_time_that_is_not_rfc_3339_gives_no_date if {
	not calendar.today with input as {"now": "2026-11-22"}
	not calendar.today with input as {"now": "22/11/2026 14:00"}
	not calendar.today with input as {"now": 1764000000}
}

test_a_date_must_be_a_real_calendar_date_shape if {
	calendar.is_date("2026-02-28")
	not calendar.is_date("2026-13-01")
	not calendar.is_date("2026-1-01")
	not calendar.is_date(20261122)
}

test_age_counts_whole_years_from_the_birth_date if {
	calendar.age_on("2010-03-04", "2022-03-03") == 11
	calendar.age_on("2010-03-04", "2022-03-04") == 12
	calendar.age_on("2008-11-22", "2026-11-22") == 18
	not calendar.age_on("unknown", "2026-11-22")
}

test_a_leap_day_birthday_comes_on_the_first_of_march if {
	calendar.age_on("2012-02-29", "2024-02-28") == 11
	calendar.age_on("2012-02-29", "2024-02-29") == 12
	calendar.age_on("2014-02-29", "2026-03-01") == 12
}

test_days_since_counts_calendar_days_to_today if {
	calendar.days_since("2026-11-01") == 30 with input as {"now": "2026-12-01T20:00:00Z"}
	calendar.days_since("2024-02-28") == 2 with input as {"now": "2024-03-01T20:00:00Z"}
	calendar.days_since("2026-12-31") == 1 with input as {"now": "2027-01-01T20:00:00Z"}
	calendar.days_since("2026-11-22") == -21 with input as {"now": "2026-11-01T20:00:00Z"}
	not calendar.days_since(null) with input as {"now": "2026-11-01T20:00:00Z"}
}

test_days_since_counts_to_the_county_date_not_the_utc_date if {
	calendar.days_since("2026-11-21") == 0 with input as {"now": "2026-11-22T07:59:00Z"}
	calendar.days_since("2026-11-21") == 1 with input as {"now": "2026-11-22T08:00:00Z"}
}

test_day_numbers_and_dates_round_trip if {
	calendar.day_number("1970-01-01") == 0
	calendar.date_of_day(0) == "1970-01-01"
	every date in ["2000-02-29", "1999-12-31", "2026-11-22", "2100-03-01", "1960-07-04"] {
		calendar.date_of_day(calendar.day_number(date)) == date
	}
}

test_weekday_starts_the_week_on_sunday if {
	calendar.weekday(calendar.day_number("2026-11-22")) == 0
	calendar.weekday(calendar.day_number("1970-01-01")) == 4
	calendar.first_sunday_from(calendar.day_number("2026-03-01")) == calendar.day_number("2026-03-01")
	calendar.first_sunday_from(calendar.day_number("2026-11-02")) == calendar.day_number("2026-11-08")
}

test_an_end_date_has_come_from_that_day_on if {
	at_now := {"now": "2026-11-22T14:00:00Z"}
	calendar.has_come("2026-11-22") with input as at_now
	calendar.has_come("2026-01-01") with input as at_now
	not calendar.has_come("2026-11-23") with input as at_now
	not calendar.has_come(null) with input as at_now
}

test_a_malformed_end_date_counts_as_come if {
	calendar.has_come("soon") with input as {"now": "2026-11-22T14:00:00Z"}
}

test_a_start_date_has_come_from_that_day_on_and_a_malformed_one_never if {
	at_now := {"now": "2026-11-22T14:00:00Z"}
	calendar.is_date_that_has_come("2026-11-22") with input as at_now
	not calendar.is_date_that_has_come("2026-11-23") with input as at_now
	not calendar.is_date_that_has_come("soon") with input as at_now
	not calendar.is_date_that_has_come(null) with input as at_now
}
