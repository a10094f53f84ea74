# METADATA
# title: Consents and authorizations
# description: >-
#   Whether a consent the youth's records hold authorizes this requester, for this category and purpose,
#   today: on the right form, in force, naming the requester, and signed by someone with authority to sign
#   for that category at the youth's age.
package csec.consent

import data.csec.calendar

# METADATA
# title: Consent settings
# description: Forms, signers, minor consent ages and the adult age (policies/csec/consent/data.yaml).
settings := data.csec.consent.consent

# METADATA
# title: Authorizations for a category
# description: >-
#   The consents of the youth that authorize the requester to see this category for the stated purpose
#   today, each with the legal basis to record and whether it names the requester personally.
authorizations(youth, category) := {authorization |
	some record in youth.consents
	form := settings.forms[record.form]
	is_in_force(record)
	covers(record, form, category)
	names_recipient(record, form)
	form_allows_recipient_role(form)
	signer_has_authority(record, form, youth, category)
	obligations := form_obligations(form)
	authorization := {
		"id": record.id,
		"signed_by": record.signedBy,
		"legal_basis": concat("", [concat("; ", legal_bases(record, form, youth, category)), " (consent ", record.id, ")"]),
		"names_requester_personally": names_requester_personally(record),
		"obligations": obligations,
	}
}

# METADATA
# title: Consent in force
# description: >-
#   Signed on or before today, not expired and not revoked. A consent expires at the start of its
#   expiry date and ends on the day of its revocation; a malformed date ends it.
# related_resources:
#   - ref: https://www.ecfr.gov/current/title-42/chapter-I/subchapter-A/part-2/subpart-C/section-2.31
#     description: 42 CFR 2.31(a), expiration and revocation
# custom:
#   legal_basis: 42 CFR 2.31; 45 CFR 164.508(b)(5)
is_in_force(record) if {
	is_signed(record)
	not has_expired(record)
	not is_revoked(record)
}

# METADATA
# title: Consent signed
# description: The signing date is a date that has come (a malformed signing date opens nothing).
# custom:
#   legal_basis: 42 CFR 2.31(a)
is_signed(record) if calendar.is_date_that_has_come(record.signedOn)

# METADATA
# title: Consent expired
# description: The expiry date has come (the consent is no longer in force on its expiry date).
# custom:
#   legal_basis: 42 CFR 2.31(a)(6); 45 CFR 164.508(b)(5)
has_expired(record) if calendar.has_come(object.get(record, "expiresOn", null))

# METADATA
# title: Consent revoked
# description: The revocation date has come (the consent ends on the day it is revoked).
# custom:
#   legal_basis: 42 CFR 2.31(a)(6); 45 CFR 164.508(b)(5)
is_revoked(record) if calendar.has_come(object.get(record, "revokedOn", null))

# METADATA
# title: Consent covers the category and the purpose
# description: >-
#   The consent lists the category, its form can authorize that category (a general release is not a
#   42 CFR Part 2 consent), and it lists the requester's stated purpose of use.
# related_resources:
#   - ref: https://www.ecfr.gov/current/title-42/chapter-I/subchapter-A/part-2/subpart-C/section-2.31
#     description: 42 CFR 2.31(a)(4), purpose of the disclosure
# custom:
#   legal_basis: 42 CFR 2.31(a)
covers(record, form, category) if {
	lists_category(record, category)
	form_can_authorize(form, category)
	lists_purpose(record)
	form_serves_purpose(form)
}

# METADATA
# title: The form serves the purpose
# description: >-
#   A form that names its purposes (e.g. the 42 CFR Part 2 consent for treatment, payment and health care
#   operations) serves only those, whatever the consent lists; a form that names none serves any.
# related_resources:
#   - ref: https://www.ecfr.gov/current/title-42/chapter-I/subchapter-A/part-2/subpart-C/section-2.31
#     description: 42 CFR 2.31(a)(4)(i), a single consent for treatment, payment and health care operations
# custom:
#   legal_basis: 42 CFR 2.31(a)(4)(i)
form_serves_purpose(form) if {
	purpose := input.requester.purposeOfUse
	purpose in object.get(form, "purposes", [purpose])
}

# METADATA
# scope: document
# title: The form allows the requester's role as a recipient
# description: >-
#   A form that names recipient roles (e.g. the treating providers a TPO consent opens records to) opens
#   records only to a requester holding one of them; a form that names none allows any.
# related_resources:
#   - ref: https://www.ecfr.gov/current/title-42/chapter-I/subchapter-A/part-2/subpart-C/section-2.33
#     description: 42 CFR 2.33(b), disclosures to covered entities for treatment, payment and health care operations
# custom:
#   legal_basis: 42 CFR 2.33(b)
form_allows_recipient_role(form) if {
	not form.recipient_roles
}

form_allows_recipient_role(form) if {
	some role in form.recipient_roles
	role in input.requester.roles
}

# METADATA
# title: Obligations of a form
# description: >-
#   The obligations every disclosure under the form carries, looked up by key. Undefined when a key is
#   unknown, so a consent whose obligation cannot be carried out opens nothing.
form_obligations(form) := [data.csec.obligations.obligations[key] | some key in keys] if {
	keys := object.get(form, "obligations", [])
	every key in keys {
		data.csec.obligations.obligations[key]
	}
}

# METADATA
# title: Consent lists the category
# description: The category is one of those the consent lists.
lists_category(record, category) if category in record.categories

# METADATA
# title: The form can authorize the category
# description: The consent's form is one that can open the category (e.g. only a 42 CFR 2.31 consent opens SUD records).
# custom:
#   legal_basis: 42 CFR 2.31(a); H&S 120980; 34 CFR 99.30
form_can_authorize(form, category) if category in form.categories

# METADATA
# title: Consent lists the purpose
# description: The requester's stated purpose of use is one of those the consent lists.
# custom:
#   legal_basis: 42 CFR 2.31(a)(4)
lists_purpose(record) if input.requester.purposeOfUse in record.purposes

# METADATA
# title: Consent names the recipient
# description: >-
#   One of the consent's recipients is the requester, named in a way the form allows: by person, by role
#   or by agency (an HIV authorization must name the person).
# related_resources:
#   - ref: https://www.ecfr.gov/current/title-42/chapter-I/subchapter-A/part-2/subpart-C/section-2.31
#     description: 42 CFR 2.31(a)(2), recipients by name or general designation
#   - ref: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=HSC&sectionNum=120980
#     description: H&S 120980, written authorization naming the recipient
# custom:
#   legal_basis: 42 CFR 2.31(a)(2); H&S 120980
names_recipient(record, form) if {
	some recipient in record.recipients
	some designation in form.recipients_by
	designates_requester(designation, recipient)
}

# METADATA
# scope: document
# title: Recipient designation names the requester
# description: >-
#   A recipient named by person is the requester, by role one of the requester's roles, by agency the requester's
#   agency.
designates_requester("userId", recipient) if recipient.userId == input.requester.userId

designates_requester("role", recipient) if recipient.role in input.requester.roles

designates_requester("agency", recipient) if recipient.agency == input.requester.agency

# METADATA
# title: Consent names the requester personally
# description: >-
#   One of the recipients is the requester by person (not by role or agency); such a consent may open very
#   restricted records.
names_requester_personally(record) if {
	some recipient in record.recipients
	recipient.userId == input.requester.userId
} else := false

# METADATA
# title: Signer has authority
# description: The form allows this signer, and the signer may authorize this category at the youth's age.
signer_has_authority(record, form, youth, category) if {
	form_allows_signer(record, form)
	may_sign(record.signedBy, record, youth, category)
}

# METADATA
# title: The form allows the signer
# description: Whoever signed (youth, parent or guardian, education rights holder, court) may sign this form.
form_allows_signer(record, form) if record.signedBy in form.signers

# METADATA
# title: The youth signs for care a minor consents to alone, or as an adult
# description: >-
#   The youth's own signature counts when, on the day of signing, the youth was old enough to consent
#   alone to that kind of care (12 for substance use, mental health, sensitive services and HIV in
#   California) or was an adult. The age is computed from the birth date, not taken from the form.
# related_resources:
#   - ref: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=FAM&sectionNum=6929
#     description: Family Code 6929, minors 12 and older consent to substance use treatment
#   - ref: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=FAM&sectionNum=6924
#     description: Family Code 6924, minors 12 and older consent to mental health treatment
# custom:
#   legal_basis: Family Code 6924; Family Code 6926; Family Code 6929
may_sign("YOUTH", record, youth, category) if {
	calendar.age_on(youth.birthDate, record.signedOn) >= youth_signing_age(category)
}

# METADATA
# title: A parent or guardian signs for a minor
# description: >-
#   While the youth is a minor, except for care the youth is now old enough to consent to alone: from
#   that age the youth, not the parent, controls those records.
# related_resources:
#   - ref: https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-164.502
#     description: 45 CFR 164.502(g)(3), the minor controls records of care the minor consented to
# custom:
#   legal_basis: 45 CFR 164.502(g)(3)
may_sign("PARENT_OR_GUARDIAN", _, youth, category) if {
	age := calendar.age_on(youth.birthDate, calendar.today)
	age < settings.adult_age
	not age >= youth_signing_age(category)
}

# METADATA
# title: The education rights holder signs while the youth is a minor
# description: At 18 the rights under FERPA pass from the education rights holder to the student.
# related_resources:
#   - ref: https://www.ecfr.gov/current/title-34/subtitle-A/part-99/subpart-A/section-99.5
#     description: 34 CFR 99.5, rights of eligible students
# custom:
#   legal_basis: 34 CFR 99.5
may_sign("EDUCATION_RIGHTS_HOLDER", _, youth, _) if {
	calendar.age_on(youth.birthDate, calendar.today) < settings.adult_age
}

# METADATA
# title: A court orders the release
# description: A court order authorizes whatever its form allows (e.g. education records, 34 CFR 99.31(a)(9)).
# related_resources:
#   - ref: https://www.ecfr.gov/current/title-34/subtitle-A/part-99/subpart-D/section-99.31
#     description: 34 CFR 99.31(a)(9), court orders
# custom:
#   legal_basis: 34 CFR 99.31(a)(9)
may_sign("COURT", _, _, _) := true

# METADATA
# scope: document
# title: Age from which the youth's signature counts
# description: >-
#   The minor consent age for care a minor consents to alone (e.g. 12 for substance use), otherwise adulthood.
youth_signing_age(category) := settings.minor_consent[category].min_age

youth_signing_age(category) := settings.adult_age if not settings.minor_consent[category]

# METADATA
# title: Legal bases of a consent
# description: The form's legal basis, plus the minor consent statute when the youth signed as a minor.
legal_bases(record, form, youth, category) := array.concat([form.legal_basis], [basis |
	record.signedBy == "YOUTH"
	calendar.age_on(youth.birthDate, record.signedOn) < settings.adult_age
	basis := settings.minor_consent[category].legal_basis
])
