# METADATA
# title: Calendar
# description: >-
#   Dates for every other rule. Time comes only from `input.now` (an RFC 3339 timestamp), never from
#   the host clock, so a decision can be reproduced from the audit record. Dates in the input are
#   calendar dates (YYYY-MM-DD) in the county's time zone. Pure arithmetic: no time built-ins, which the
#   WebAssembly build of the policy does not have.
package csec.calendar

# METADATA
# title: County calendar settings
# description: The time zone and its standard and daylight offsets (policies/csec/calendar/data.yaml).
settings := data.csec.calendar.calendar

# METADATA
# title: Today's date in the county
# description: >-
#   The calendar date (YYYY-MM-DD) of `input.now` in the county's time zone (Pacific time, with United
#   States daylight saving time). Undefined when `input.now` is not an RFC 3339 timestamp, which withholds
#   everything.
# related_resources:
#   - ref: https://www.rfc-editor.org/rfc/rfc3339
#     description: RFC 3339 timestamps
#   - ref: https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title15-section260a&num=0&edition=prelim
#     description: 15 U.S.C. 260a, daylight saving time
# custom:
#   legal_basis: 15 U.S.C. 260a
today := date_of_day(today_number)

# METADATA
# title: Today's day number in the county
# description: Days since 1970-01-01 of today's county date, found once per request for the rules that count days.
today_number := floor(local_minutes / 1440)

# METADATA
# title: Request time in UTC minutes
# description: Minutes since 1970-01-01T00:00 UTC of `input.now`; undefined unless it is an RFC 3339 timestamp.
utc_minutes := ((day_number(substring(input.now, 0, 10)) * 1440) + clock_minutes) - offset_minutes if {
	is_string(input.now)
	regex.match(`^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$`, input.now)
}

# METADATA
# title: Clock time of the request
# description: Hours and minutes of `input.now` as written, in minutes after midnight.
clock_minutes := (to_number(substring(input.now, 11, 2)) * 60) + to_number(substring(input.now, 14, 2))

# METADATA
# title: Offset of the request time
# description: The UTC offset `input.now` is written in, in minutes (0 for Z).
offset_minutes := 0 if {
	upper(substring(input.now, count(input.now) - 1, 1)) == "Z"
} else := sign * ((to_number(substring(suffix, 1, 2)) * 60) + to_number(substring(suffix, 4, 2))) if {
	suffix := substring(input.now, count(input.now) - 6, 6)
	sign := {"+": 1, "-": -1}[substring(suffix, 0, 1)]
}

# METADATA
# title: Request time in county minutes
# description: The request time shifted to the county offset in force at that moment.
local_minutes := utc_minutes + settings.daylight_offset_minutes if {
	is_daylight_saving_time
} else := utc_minutes + settings.standard_offset_minutes

# METADATA
# title: Daylight saving time
# description: >-
#   From 2:00 local standard time on the second Sunday of March to 2:00 local daylight time on the first
#   Sunday of November.
# related_resources:
#   - ref: https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title15-section260a&num=0&edition=prelim
#     description: 15 U.S.C. 260a
# custom:
#   legal_basis: 15 U.S.C. 260a
is_daylight_saving_time if {
	year := to_number(substring(input.now, 0, 4))
	utc_minutes >= ((first_sunday_from(day_of(year, 3, 1)) + 7) * 1440) + (120 - settings.standard_offset_minutes)
	utc_minutes < (first_sunday_from(day_of(year, 11, 1)) * 1440) + (120 - settings.daylight_offset_minutes)
}

# METADATA
# title: A calendar date
# description: The value is a date written YYYY-MM-DD with a month from 01 to 12 and a day from 01 to 31.
is_date(value) if {
	is_string(value)
	regex.match(`^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$`, value)
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

# METADATA
# title: Day of the week
# description: 0 for Sunday to 6 for Saturday; 1970-01-01 was a Thursday.
weekday(number) := ((number % 7) + 11) % 7

# METADATA
# title: First Sunday on or after a day
# description: The day number of the first Sunday on or after the given day number.
first_sunday_from(number) := number + ((7 - weekday(number)) % 7)
