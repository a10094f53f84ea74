# METADATA
# title: Calendar
# description: >-
#   Dates for every other rule. The county's calendar date of the request comes from the input
#   (`input.countyDate`, the date of `input.now` in the county's time zone, which the services compute
#   with the IANA time zone database), never from the host clock and never from time-zone arithmetic in
#   the policy, so a decision can be reproduced from the audit record, which keeps `now`. Dates in the
#   input are calendar dates (YYYY-MM-DD) in the county's time zone. Pure arithmetic: no time built-ins,
#   which the WebAssembly build of the policy does not have.
package csec.calendar

# METADATA
# title: Today's date in the county
# description: >-
#   The county's calendar date of the request (`input.countyDate`). Undefined when it is not a date,
#   which withholds everything.
today := input.countyDate if is_date(input.countyDate)

# METADATA
# title: Today's day number in the county
# description: Days since 1970-01-01 of today's county date, found once per request for the rules that count days.
today_number := day_number(today)

# METADATA
# title: A calendar date
# description: >-
#   The value is a date written YYYY-MM-DD: four digits, a month from 01 to 12 and a day from 01 to 31,
#   separated by hyphens. Checked without a regular expression, which the WebAssembly build of the
#   policy compiles again on every evaluation.
is_date(value) if {
	is_string(value)
	parts := split(value, "-")
	count(parts) == 3
	count(parts[0]) == 4
	trim_left(parts[0], "0123456789") == ""
	months[parts[1]]
	days[parts[2]]
}

# METADATA
# title: Months of a date
# description: The months a date can be written with, 01 to 12.
months := {"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"}

# METADATA
# title: Days of a date
# description: The days of the month a date can be written with, 01 to 31.
days := {
	"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16",
	"17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31",
}

# METADATA
# scope: document
# title: A date that has come
# description: >-
#   The value is set and today is on or after it. A value that is set but is not a date counts as come,
#   so a malformed end date (expiry, revocation, leaving the team) ends access instead of extending it.
has_come(value) if {
	value != null
	not is_date_to_come(value)
}

# METADATA
# title: A date still to come
# description: The value is a date after today.
is_date_to_come(value) if {
	is_date(value)
	value > today
}

# METADATA
# title: A start date that has come
# description: >-
#   The value is a date and today is on or after it. A malformed start date (signing, joining the team)
#   does not count as come, so it opens nothing.
is_date_that_has_come(value) if {
	is_date(value)
	value <= today
}

# METADATA
# title: Age on a date
# description: Whole years from the birth date to the date; a birthday on 29 February comes on 1 March.
age_on(birth_date, on_date) := years - birthday_still_to_come(birth_date, on_date) if {
	is_date(birth_date)
	is_date(on_date)
	years := year_of(on_date) - year_of(birth_date)
}

# METADATA
# title: Year of a date
# description: The year of a YYYY-MM-DD date, as a number.
year_of(date) := to_number(substring(date, 0, 4))

# METADATA
# title: Birthday still to come
# description: 1 when the birthday has not yet come in the year of the date, else 0.
birthday_still_to_come(birth_date, on_date) := 1 if {
	substring(on_date, 5, 5) < substring(birth_date, 5, 5)
} else := 0

# METADATA
# title: Days since a date
# description: The number of days from the date to today (negative when the date is still to come).
days_since(date) := today_number - day_number(date) if is_date(date)

# METADATA
# title: Day number of a date
# description: Days since 1970-01-01 of a YYYY-MM-DD date.
day_number(date) := day_of(year_of(date), to_number(substring(date, 5, 2)), to_number(substring(date, 8, 2)))

# METADATA
# title: Day number of a year, month and day
# description: Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
day_of(year, month, day) := ((era * 146097) + day_of_era) - 719468 if {
	march_year := year - to_number(month <= 2)
	era := floor(march_year / 400)
	year_of_era := march_year - (era * 400)
	day_of_year := (floor(((153 * ((month + 9) % 12)) + 2) / 5) + day) - 1
	day_of_era := (((year_of_era * 365) + floor(year_of_era / 4)) - floor(year_of_era / 100)) + day_of_year
}

# METADATA
# title: Date of a day number
# description: The YYYY-MM-DD date of a number of days since 1970-01-01 (H. Hinnant's civil_from_days).
date_of_day(number) := sprintf("%04d-%02d-%02d", [year, month, day]) if {
	shifted := number + 719468
	era := floor(shifted / 146097)
	day_of_era := shifted - (era * 146097)
	leap_days := (floor(day_of_era / 1460) - floor(day_of_era / 36524)) + floor(day_of_era / 146096)
	year_of_era := floor((day_of_era - leap_days) / 365)
	day_of_year := day_of_era - (((365 * year_of_era) + floor(year_of_era / 4)) - floor(year_of_era / 100))
	march_month := floor(((5 * day_of_year) + 2) / 153)
	day := (day_of_year - floor(((153 * march_month) + 2) / 5)) + 1
	month := (march_month + 3) - (12 * to_number(march_month >= 10))
	year := (year_of_era + (era * 400)) + to_number(month <= 2)
}
