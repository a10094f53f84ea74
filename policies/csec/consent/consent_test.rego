package csec.consent_test

import data.csec.consent
import data.csec.fixtures_test as f

at(person) := {"now": f.now, "countyDate": f.today, "requester": person}

authorized(youth, category) if count(consent.authorizations(youth, category)) > 0

signed(record, changes) := f.with_consents(f.youth, [object.union(record, changes)])

test_the_youth_consent_authorizes_the_named_social_worker if {
	authorized(f.youth, "SUBSTANCE_USE") with input as at(f.social_worker)
	consent.authorizations(f.youth, "SUBSTANCE_USE") == {{
		"id": "C-1",
		"signed_by": "YOUTH",
		"legal_basis": "42 CFR 2.31; Family Code 6929 (consent C-1)",
		"names_requester_personally": true,
		"obligations": [],
	}} with input as at(f.social_worker)
}

test_a_recipient_named_by_role_or_agency_is_authorized_but_not_personally if {
	authorized(f.youth, "SUBSTANCE_USE") with input as at(f.probation_officer)
	authorized(f.youth, "SUBSTANCE_USE") with input as at(f.counselor)
	[a] := [a | some a in consent.authorizations(f.youth, "SUBSTANCE_USE")] with input as at(f.counselor)
	a.names_requester_personally == false
}

test_a_consent_does_not_authorize_someone_it_does_not_name if {
	not authorized(f.youth, "SUBSTANCE_USE") with input as at(f.nurse)
}

test_a_consent_covers_only_its_categories_and_purposes if {
	not authorized(f.youth, "MENTAL_HEALTH") with input as at(f.social_worker)
	not authorized(f.youth, "SUBSTANCE_USE") with input as at(f.with_purpose(f.social_worker, "COC"))
}

test_a_consent_is_in_force_from_signing_until_its_expiry_date if {
	consent.is_in_force(f.sud_consent) with input as at(f.social_worker)
	not consent.is_in_force(object.union(f.sud_consent, {"signedOn": "2026-11-23"})) with input as at(f.social_worker)
	not consent.is_in_force(object.union(f.sud_consent, {"expiresOn": "2026-11-22"})) with input as at(f.social_worker)
	consent.is_in_force(object.union(f.sud_consent, {"expiresOn": null})) with input as at(f.social_worker)
}

test_a_revoked_consent_is_not_in_force_from_the_day_of_revocation if {
	not consent.is_in_force(object.union(f.sud_consent, {"revokedOn": "2026-11-22"})) with input as at(f.social_worker)
	consent.is_in_force(object.union(f.sud_consent, {"revokedOn": "2026-11-23"})) with input as at(f.social_worker)
}

test_a_consent_with_a_malformed_date_is_not_in_force if {
	not consent.is_in_force(object.union(f.sud_consent, {"expiresOn": "never"})) with input as at(f.social_worker)
	not consent.is_in_force(object.union(f.sud_consent, {"signedOn": "today"})) with input as at(f.social_worker)
}

test_a_youth_who_signed_a_part_2_consent_at_11_did_not_authorize_anyone if {
	# Born 2010-03-04: 11 on 2022-03-03, 12 on 2022-03-04.
	not authorized(signed(f.sud_consent, {"signedOn": "2022-03-03"}), "SUBSTANCE_USE") with input as at(f.social_worker)
	authorized(signed(f.sud_consent, {"signedOn": "2022-03-04"}), "SUBSTANCE_USE") with input as at(f.social_worker)
}

test_the_age_at_signing_comes_from_the_birth_date_not_the_form if {
	claimed_15 := signed(f.sud_consent, {"signedOn": "2022-01-01", "youthAgeAtSigning": 15})
	not authorized(claimed_15, "SUBSTANCE_USE") with input as at(f.social_worker)
}

test_a_parent_cannot_consent_to_disclose_part_2_records if {
	by_parent := signed(f.sud_consent, {"signedBy": "PARENT_OR_GUARDIAN"})
	not authorized(by_parent, "SUBSTANCE_USE") with input as at(f.social_worker)
}

test_a_general_release_is_not_a_part_2_consent if {
	not authorized(signed(f.sud_consent, {"form": "GENERAL_RELEASE"}), "SUBSTANCE_USE") with input as at(f.social_worker)
}

test_an_hiv_authorization_must_name_the_recipient_personally if {
	nurses := [{"role": "PUBLIC_HEALTH_NURSE"}]
	by_role := f.with_consents(f.youth, [f.consent("H-1", "HIV_HSC_120980", "HIV", nurses, ["TREAT"])])
	not authorized(by_role, "HIV") with input as at(f.with_purpose(f.nurse, "TREAT"))
	by_name := f.with_consents(f.youth, [f.consent("H-2", "HIV_HSC_120980", "HIV", [{"userId": "phn.lee"}], ["TREAT"])])
	authorized(by_name, "HIV") with input as at(f.with_purpose(f.nurse, "TREAT"))
}

mental_health_by_parent(birth_date) := object.union(
	f.with_consents(f.youth, [object.union(
		f.consent("M-1", "HIPAA_AUTHORIZATION", "MENTAL_HEALTH", [{"userId": "cg.smith"}], ["CSEC-MDT"]),
		{"signedBy": "PARENT_OR_GUARDIAN", "signedOn": "2026-01-02"},
	)]),
	{"birthDate": birth_date},
)

test_a_parent_authorizes_mental_health_disclosure_only_until_the_youth_turns_12 if {
	authorized(mental_health_by_parent("2014-11-23"), "MENTAL_HEALTH") with input as at(f.caregiver)
	not authorized(mental_health_by_parent("2014-11-22"), "MENTAL_HEALTH") with input as at(f.caregiver)
}

general_medical_by(signer, birth_date) := object.union(
	f.with_consents(f.youth, [object.union(
		f.consent("G-1", "HIPAA_AUTHORIZATION", "GENERAL_MEDICAL", [{"userId": "cg.smith"}], ["CSEC-MDT"]),
		{"signedBy": signer, "signedOn": "2026-01-02"},
	)]),
	{"birthDate": birth_date},
)

test_a_parent_authorizes_general_medical_disclosure_until_the_youth_turns_18 if {
	authorized(general_medical_by("PARENT_OR_GUARDIAN", "2008-11-23"), "GENERAL_MEDICAL") with input as at(f.caregiver)
	not authorized(general_medical_by("PARENT_OR_GUARDIAN", "2008-11-22"), "GENERAL_MEDICAL") with input as at(f.caregiver)
}

test_a_minor_cannot_authorize_general_medical_disclosure_alone_but_an_adult_can if {
	not authorized(general_medical_by("YOUTH", "2010-03-04"), "GENERAL_MEDICAL") with input as at(f.caregiver)
	authorized(general_medical_by("YOUTH", "2007-01-01"), "GENERAL_MEDICAL") with input as at(f.caregiver)
}

ferpa_release_by(signer, birth_date) := object.union(
	f.with_consents(f.youth, [object.union(
		f.consent("E-1", "FERPA_RELEASE", "EDUCATION", [{"role": "CASA"}], ["CSEC-MDT"]),
		{"signedBy": signer, "signedOn": "2026-01-02"},
	)]),
	{"birthDate": birth_date},
)

test_the_education_rights_holder_signs_only_while_the_youth_is_a_minor if {
	authorized(ferpa_release_by("EDUCATION_RIGHTS_HOLDER", "2010-03-04"), "EDUCATION") with input as at(f.casa)
	not authorized(ferpa_release_by("EDUCATION_RIGHTS_HOLDER", "2008-01-01"), "EDUCATION") with input as at(f.casa)
	not authorized(ferpa_release_by("YOUTH", "2010-03-04"), "EDUCATION") with input as at(f.casa)
	authorized(ferpa_release_by("YOUTH", "2007-01-01"), "EDUCATION") with input as at(f.casa)
}

test_a_court_order_releases_education_records if {
	authorized(ferpa_release_by("COURT", "2010-03-04"), "EDUCATION") with input as at(f.casa)
}

test_an_unknown_form_authorizes_nothing if {
	not authorized(signed(f.sud_consent, {"form": "NAPKIN"}), "SUBSTANCE_USE") with input as at(f.social_worker)
}

# The 2024 final rule: one consent for all future treatment, payment and health care operations.
tpo_consent := f.consent(
	"C-TPO", "CFR42_PART2_TPO", "SUBSTANCE_USE",
	[{"role": "MENTAL_HEALTH_CLINICIAN"}, {"role": "SOCIAL_WORKER"}],
	["TREAT", "CSEC-MDT"],
)

test_a_tpo_consent_authorizes_a_treating_provider_for_treatment_with_the_redisclosure_limit if {
	treating := at(f.with_purpose(f.clinician, "TREAT"))
	record := f.with_consents(f.youth, [tpo_consent])
	authorizations := consent.authorizations(record, "SUBSTANCE_USE") with input as treating
	[authorization] := [a | some a in authorizations]
	authorization.legal_basis == "42 CFR 2.31(a)(4)(i); 42 CFR 2.33(b); Family Code 6929 (consent C-TPO)"
	authorization.obligations == [data.csec.obligations.obligations.PART2_TPO_REDISCLOSURE]
}

test_a_tpo_consent_serves_no_purpose_beyond_treatment_payment_and_operations if {
	# The consent lists CSEC-MDT, but its form serves only treatment, payment and health care operations.
	not authorized(f.with_consents(f.youth, [tpo_consent]), "SUBSTANCE_USE") with input as at(f.clinician)
}

test_a_tpo_consent_opens_records_only_to_treating_providers if {
	# The consent names social workers by role, but a TPO consent opens records only to treating providers.
	treating := at(f.with_purpose(f.social_worker, "TREAT"))
	not authorized(f.with_consents(f.youth, [tpo_consent]), "SUBSTANCE_USE") with input as treating
}

test_a_form_whose_obligation_is_unknown_authorizes_nothing if {
	forms := consent.settings.forms
	unknown_obligation := object.union(forms.CFR42_PART2_TPO, {"obligations": ["NO_SUCH_OBLIGATION"]})
	unknown := object.union(forms, {"CFR42_PART2_TPO": unknown_obligation})
	treating := at(f.with_purpose(f.clinician, "TREAT"))
	not authorized(f.with_consents(f.youth, [tpo_consent]), "SUBSTANCE_USE") with input as treating
		with consent.consent.forms as unknown
}

capture(signer, form, categories) := {
	"countyDate": f.today,
	"consent": {"form": form, "signedBy": signer, "signedOn": "2026-01-02", "categories": categories},
	"youth": {"birthDate": "2010-03-04"},
}

test_a_consent_recorded_by_a_signer_who_may_sign_is_not_refused if {
	count(consent.capture_refusals) == 0 with input as capture("YOUTH", "CFR42_PART2_2_31", ["SUBSTANCE_USE"])
	by_parent := capture("PARENT_OR_GUARDIAN", "HIPAA_AUTHORIZATION", ["GENERAL_MEDICAL"])
	count(consent.capture_refusals) == 0 with input as by_parent
}

test_a_consent_recorded_by_a_signer_the_form_does_not_list_is_refused if {
	by_rights_holder := capture("EDUCATION_RIGHTS_HOLDER", "CFR42_PART2_2_31", ["SUBSTANCE_USE"])
	refusals := consent.capture_refusals with input as by_rights_holder
	some refusal in refusals
	refusal.reason == "SIGNER_NOT_ON_FORM"
}

test_a_consent_recorded_for_care_the_signer_may_not_authorize_at_the_youths_age_is_refused if {
	by_youth := consent.capture_refusals with input as capture("YOUTH", "HIPAA_AUTHORIZATION", ["GENERAL_MEDICAL"])
	by_youth == {{"reason": "SIGNER_MAY_NOT_AUTHORIZE", "category": "GENERAL_MEDICAL", "youthSigningAge": 18}}
	mental_health_by_parent := capture("PARENT_OR_GUARDIAN", "HIPAA_AUTHORIZATION", ["MENTAL_HEALTH"])
	by_parent := consent.capture_refusals with input as mental_health_by_parent
	by_parent == {{"reason": "SIGNER_MAY_NOT_AUTHORIZE", "category": "MENTAL_HEALTH", "youthSigningAge": 12}}
}

test_a_consent_on_a_form_the_policy_does_not_know_is_refused if {
	consent.capture_refusals == {{"reason": "FORM_UNKNOWN"}} with input as capture("YOUTH", "NAPKIN", ["SUBSTANCE_USE"])
}
