package csec.value_sets_test

import data.csec.fixtures_test as f
import data.csec.value_sets

icd10 := "http://hl7.org/fhir/sid/icd-10-cm"

snomed := "http://snomed.info/sct"

loinc := "http://loinc.org"

rxnorm := "http://www.nlm.nih.gov/research/umls/rxnorm"

program := "urn:csec:county-health:program"

record(sensitivity, codings) := {"sensitivity": sensitivity, "codings": codings}

coding(system, code) := {"system": system, "code": code}

# --- The data ------------------------------------------------------------------------------------------

test_the_value_sets_match_their_schema if {
	document := {"value_sets": value_sets.settings}
	[valid, _] := json.match_schema(document, object.union(data.schema, {"$ref": "#/$defs/valueSetsFile"}))
	valid
}

test_the_schema_rejects_a_set_in_an_unknown_area if {
	bad := object.union(value_sets.settings, {"sets": [{
		"id": "X", "area": "SOMEWHERE", "system": "LOINC", "match": "CODE",
		"source": "s", "codes": [{"code": "1-1", "display": "d"}],
	}]})
	[valid, _] := json.match_schema({"value_sets": bad}, object.union(data.schema, {"$ref": "#/$defs/valueSetsFile"}))
	not valid
}

test_every_area_is_decided_as_a_known_category_or_never if {
	every _, area in value_sets.settings.areas {
		area.category in ({"NEVER"} | object.keys(data.csec.categories.categories))
	}
}

test_every_set_names_a_known_code_system if {
	every set in value_sets.settings.sets {
		value_sets.settings.systems[set.system]
	}
}

test_set_ids_are_unique if {
	ids := [set.id | some set in value_sets.settings.sets]
	count(ids) == count({id | some id in ids})
}

test_every_sensitivity_label_but_none_leads_to_an_area if {
	every code, category in data.csec.labels.labels.sensitivity {
		(count(value_sets.areas_of_labels([code])) > 0) == category != "NONE"
	}
}

test_undetermined_records_go_to_an_area_closed_to_all_but_treating_providers if {
	closed := {"SENSITIVE_SERVICES", "HIV", "SUBSTANCE_USE", "NEVER"}
	value_sets.category_of(value_sets.settings.undetermined.area) in closed
}

# --- Reading a record ----------------------------------------------------------------------------------

test_a_snomed_only_opioid_dependence_is_substance_use if {
	value_sets.area_of(record([], [coding(snomed, "75544000")])) == "SUBSTANCE_USE"
	value_sets.area_of(record([], [coding(snomed, "85005007")])) == "SUBSTANCE_USE"
}

test_a_substance_use_code_outranks_a_mental_health_label if {
	value_sets.area_of(record(["PSY"], [coding(snomed, "85005007")])) == "SUBSTANCE_USE"
}

test_a_label_is_never_weakened_by_a_code if {
	value_sets.area_of(record(["HIV"], [coding(icd10, "J45.20")])) == "HIV"
	value_sets.area_of(record(["ETH"], [coding(snomed, "410620009")])) == "SUBSTANCE_USE"
}

test_an_icd10_category_matches_every_code_below_it if {
	value_sets.area_of(record([], [coding(icd10, "F12.20")])) == "SUBSTANCE_USE"
	value_sets.area_of(record([], [coding(icd10, "f43.10")])) == "MENTAL_HEALTH"
	value_sets.area_of(record([], [coding(icd10, "Z11.3")])) == "SENSITIVE_SERVICES"
}

test_an_hiv_viral_load_is_an_hiv_result if {
	value_sets.area_of(record([], [coding(loinc, "25836-8")])) == "HIV"
}

test_a_medication_reveals_its_area if {
	value_sets.area_of(record([], [coding(rxnorm, "1819")])) == "SUBSTANCE_USE"
	value_sets.area_of(record([], [coding(rxnorm, "276237")])) == "HIV"
}

test_a_buprenorphine_naloxone_film_is_substance_use if {
	value_sets.area_of(record([], [coding(rxnorm, "1010604")])) == "SUBSTANCE_USE"
}

test_a_prep_tablet_is_hiv if {
	value_sets.area_of(record([], [coding(rxnorm, "476556")])) == "HIV"
}

test_a_psychotropic_is_mental_health if {
	value_sets.area_of(record([], [coding(rxnorm, "36437")])) == "MENTAL_HEALTH"
}

test_a_contraceptive_is_a_sensitive_service if {
	value_sets.area_of(record([], [coding(rxnorm, "198042")])) == "SENSITIVE_SERVICES"
}

test_an_ordinary_medication_is_general_medical if {
	# albuterol: RxNorm is a known system, and no set holds it
	value_sets.area_of(record([], [coding(rxnorm, "435")])) == "GENERAL_MEDICAL"
}

test_a_medication_prescribed_at_a_substance_use_visit_is_substance_use if {
	# a psychotropic ordered inside substance use treatment takes on the visit's area
	prescription := object.union(record([], [coding(rxnorm, "36437")]), {"context": ["SUBSTANCE_USE"]})
	value_sets.area_of(prescription) == "SUBSTANCE_USE"
}

test_a_medication_label_is_never_weakened_by_its_code if {
	value_sets.area_of(record(["HIV"], [coding(rxnorm, "435")])) == "HIV"
}

test_a_visit_in_a_substance_use_episode_is_substance_use if {
	visit := object.union(record([], [coding(snomed, "410620009")]), {"context": ["SUBSTANCE_USE"]})
	value_sets.area_of(visit) == "SUBSTANCE_USE"
}

test_a_general_medical_context_does_not_move_a_record if {
	finding := object.union(record([], [coding(icd10, "J45.20")]), {"context": ["PUBLIC_HEALTH_NURSING"]})
	value_sets.area_of(finding) == "GENERAL_MEDICAL"
}

nucc := "http://nucc.org/provider-taxonomy"

test_an_addiction_counselors_service_is_substance_use if {
	value_sets.area_of_service([coding(nucc, "101YA0400X")]) == "SUBSTANCE_USE"
}

test_a_family_planning_clinic_is_a_sensitive_service if {
	value_sets.area_of_service([coding(nucc, "261QF0050X")]) == "SENSITIVE_SERVICES"
}

test_a_service_with_no_known_code_reveals_nothing if {
	not value_sets.area_of_service([coding(nucc, "208000000X")])
	not value_sets.area_of_service([])
}

test_an_ordinary_prescription_by_an_addiction_counselor_is_substance_use if {
	# albuterol, prescribed by a clinician whose role is addiction medicine
	service := value_sets.area_of_service([coding(nucc, "2084A0401X")])
	prescription := object.union(record([], [coding(rxnorm, "435")]), {"context": [service]})
	value_sets.area_of(prescription) == "SUBSTANCE_USE"
}

test_a_record_with_unknown_codes_only_is_undetermined if {
	value_sets.area_of(record([], [coding("urn:local:lab", "X1")])) == value_sets.settings.undetermined.area
	value_sets.area_of(record([], [])) == value_sets.settings.undetermined.area
}

test_a_coded_record_outside_every_set_is_general_medical if {
	value_sets.area_of(record([], [coding(icd10, "J45.20")])) == "GENERAL_MEDICAL"
}

test_psychotherapy_notes_and_counseling_notes_are_never_disclosed if {
	value_sets.category_of(value_sets.area_of(record(["PSYTHPN"], []))) == "NEVER"
	note := record([], [coding("urn:csec:county-health:note-type", "SUD-COUNSELING-NOTE")])
	value_sets.category_of(value_sets.area_of(note)) == "NEVER"
}

test_the_county_program_files_an_episode if {
	value_sets.area_of(record([], [coding(program, "SUD-OP")])) == "SUBSTANCE_USE"
	value_sets.area_of(record([], [coding(program, "PHN")])) == "PUBLIC_HEALTH_NURSING"
}

# --- What the area leads to ----------------------------------------------------------------------------

# The coordinate of an unlabelled record filed by its codes, as the health subgraph decides it.
filed(codings, context) := f.coordinate(value_sets.category_of(value_sets.area_of(object.union(
	record([], codings),
	{"context": context},
))))

snomed_opioid_dependence := filed([coding(snomed, "75544000")], [])

test_a_snomed_opioid_dependence_is_withheld_from_the_care_team_for_care_coordination if {
	not f.allowed with input as f.request(f.with_purpose(f.nurse, "COC"), f.youth, snomed_opioid_dependence)
	without_consent := f.with_consents(f.youth, [])
	officer := f.with_purpose(f.probation_officer, "COC")
	not f.allowed with input as f.request(officer, without_consent, snomed_opioid_dependence)
}

test_a_snomed_opioid_dependence_reaches_the_consented_recipient_with_the_part_2_notice if {
	decision := f.decision with input as f.request(f.social_worker, f.youth, snomed_opioid_dependence)
	decision.allow
	"42CFR2.32" in {obligation.code | some obligation in decision.obligations}
}

test_a_visit_in_a_substance_use_episode_needs_the_part_2_consent if {
	visit := filed([coding(snomed, "410620009")], ["SUBSTANCE_USE"])
	not f.allowed with input as f.request(f.with_purpose(f.social_worker, "COC"), f.with_consents(f.youth, []), visit)
}

test_a_minors_sti_visit_is_not_opened_by_a_parents_authorization if {
	parent := object.union(
		f.consent("C-P", "HIPAA_AUTHORIZATION", "GENERAL_MEDICAL", [{"userId": "cg.smith"}], ["CSEC-MDT"]),
		{"signedBy": "PARENT_OR_GUARDIAN", "categories": ["GENERAL_MEDICAL", "SENSITIVE_SERVICES"]},
	)
	with_parent := f.with_consents(f.youth, [parent])
	well_child_visit := filed([coding(snomed, "410620009")], [])
	f.allowed with input as f.request(f.caregiver, with_parent, well_child_visit)
	sti_visit := filed([coding(snomed, "410620009"), coding(icd10, "Z11.3")], [])
	not f.allowed with input as f.request(f.caregiver, with_parent, sti_visit)
	f.allowed with input as f.request(f.with_purpose(f.nurse, "TREAT"), f.youth, sti_visit)
}

test_an_hiv_viral_load_reaches_the_treating_nurse if {
	viral_load := filed([coding(loinc, "25836-8")], [])
	f.allowed with input as f.request(f.with_purpose(f.nurse, "TREAT"), f.youth, viral_load)
	not f.allowed with input as f.request(f.with_purpose(f.social_worker, "COC"), f.youth, viral_load)
}

test_an_unlabelled_buprenorphine_prescription_reaches_only_the_consented_recipient if {
	buprenorphine := filed([coding(rxnorm, "1010604")], [])
	not f.allowed with input as f.request(f.social_worker, f.with_consents(f.youth, []), buprenorphine)
	not f.allowed with input as f.request(f.with_purpose(f.nurse, "COC"), f.youth, buprenorphine)
	decision := f.decision with input as f.request(f.social_worker, f.youth, buprenorphine)
	decision.allow
	"42CFR2.32" in {obligation.code | some obligation in decision.obligations}
}

test_an_unlabelled_prep_prescription_reaches_the_treating_nurse_only if {
	prep := filed([coding(rxnorm, "476556")], [])
	f.allowed with input as f.request(f.with_purpose(f.nurse, "TREAT"), f.youth, prep)
	not f.allowed with input as f.request(f.with_purpose(f.social_worker, "COC"), f.youth, prep)
}

test_an_ordinary_prescription_is_shared_for_care_coordination if {
	albuterol := filed([coding(rxnorm, "435")], [])
	f.allowed with input as f.request(f.with_purpose(f.social_worker, "COC"), f.youth, albuterol)
}
