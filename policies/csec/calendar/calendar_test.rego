package csec.calendar_test

import data.csec.calendar

test_today_is_the_county_date_the_request_gives if {
	calendar.today == "2026-11-22" with input as {"now": "2026-11-23T00:30:00Z", "countyDate": "2026-11-22"}
	calendar.today_number == calendar.day_number("2026-11-22") with input as {"countyDate": "2026-11-22"}
}

test_a_request_without_a_county_date_has_no_today if {
	not calendar.today with input as {"now": "2026-11-22T14:00:00Z"}
	not calendar.today with input as {"countyDate": "2026-11-31x"}
	not calendar.today with input as {"countyDate": 20261122}
}

test_a_date_must_be_a_real_calendar_date_shape if {
	calendar.is_date("2026-02-28")
	not calendar.is_date("2026-13-01")
	not calendar.is_date("2026-1-01")
	not calendar.is_date(20261122)
}

test_a_date_has_four_digits_a_month_and_a_day_and_nothing_else if {
	calendar.is_date("0000-01-01")
	calendar.is_date("9999-12-31")
	calendar.is_date("2024-02-30")
	not calendar.is_date("2026-00-10")
	not calendar.is_date("2026-12-00")
	not calendar.is_date("2026-02-32")
	not calendar.is_date("20-26-02-01")
	not calendar.is_date("02026-02-01")
	not calendar.is_date("+026-02-01")
	not calendar.is_date("2O26-02-01")
	not calendar.is_date("\uff12026-02-01")
	not calendar.is_date("2026-02-01-01")
	not calendar.is_date("2026-02-01\n")
	not calendar.is_date(" 2026-02-01")
	not calendar.is_date("2026/02/01")
	not calendar.is_date("")
	not calendar.is_date(null)
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
	calendar.days_since("2026-11-01") == 30 with input as {"countyDate": "2026-12-01"}
	calendar.days_since("2024-02-28") == 2 with input as {"countyDate": "2024-03-01"}
	calendar.days_since("2026-12-31") == 1 with input as {"countyDate": "2027-01-01"}
	calendar.days_since("2026-11-22") == -21 with input as {"countyDate": "2026-11-01"}
	not calendar.days_since(null) with input as {"countyDate": "2026-11-01"}
}

test_day_numbers_and_dates_round_trip if {
	calendar.day_number("1970-01-01") == 0
	calendar.date_of_day(0) == "1970-01-01"
	every date in ["2000-02-29", "1999-12-31", "2026-11-22", "2100-03-01", "1960-07-04"] {
		calendar.date_of_day(calendar.day_number(date)) == date
	}
}

test_an_end_date_has_come_from_that_day_on if {
	at_now := {"countyDate": "2026-11-22"}
	calendar.has_come("2026-11-22") with input as at_now
	calendar.has_come("2026-01-01") with input as at_now
	not calendar.has_come("2026-11-23") with input as at_now
	not calendar.has_come(null) with input as at_now
}

test_a_malformed_end_date_counts_as_come if {
	calendar.has_come("soon") with input as {"countyDate": "2026-11-22"}
}

test_a_start_date_has_come_from_that_day_on_and_a_malformed_one_never if {
	at_now := {"countyDate": "2026-11-22"}
	calendar.is_date_that_has_come("2026-11-22") with input as at_now
	not calendar.is_date_that_has_come("2026-11-23") with input as at_now
	not calendar.is_date_that_has_come("soon") with input as at_now
	not calendar.is_date_that_has_come(null) with input as at_now
}
