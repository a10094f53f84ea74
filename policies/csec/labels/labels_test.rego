package csec.labels_test

import data.csec.fixtures_test as f
import data.csec.labels

test_category_default_labels_are_known if {
	every category in object.keys(data.csec.categories.categories) {
		labels.has_known_labels(f.coordinate(category))
	}
}

test_a_missing_sensitivity_list_is_not_known if {
	not labels.has_known_labels(object.remove(f.coordinate("ROSTER"), ["sensitivity"]))
}

test_psychotherapy_notes_are_never_disclosed if {
	labels.is_never_disclosed(f.labelled("MENTAL_HEALTH", "R", ["PSYTHPN"]))
	not labels.is_never_disclosed(f.coordinate("MENTAL_HEALTH"))
}

test_a_field_is_decided_by_its_own_category_alone if {
	labels.gates(f.coordinate("SUBSTANCE_USE")) == {"SUBSTANCE_USE"}
	labels.gates(f.coordinate("SENSITIVE_SERVICES")) == {"SENSITIVE_SERVICES"}
}

test_each_extra_sensitivity_label_brings_in_its_category if {
	gates := labels.gates(f.labelled("GENERAL_MEDICAL", "R", ["HIV", "ETHUD", "STD"]))
	gates == {"GENERAL_MEDICAL", "HIV", "SUBSTANCE_USE", "SENSITIVE_SERVICES"}
	labels.gates(f.labelled("MDT_NOTES", "R", ["SDV"])) == {"MDT_NOTES", "SENSITIVE_SERVICES"}
}

test_a_social_services_label_adds_no_rule if {
	labels.gates(f.labelled("PLACEMENT", "R", ["SOC"])) == {"PLACEMENT"}
}

test_the_strictest_confidentiality_wins if {
	labels.effective_rank(f.labelled("ROSTER", "V", []), f.youth) == 5
	labels.effective_rank(f.labelled("MENTAL_HEALTH", "L", []), f.youth) == 4
}

test_an_exploiter_threat_makes_the_placement_address_very_restricted if {
	threatened := object.union(f.youth, {"exploiterIsThreat": true})
	labels.is_escalated_to_very_restricted(f.coordinate("PLACEMENT_ADDRESS"), threatened)
	not labels.is_escalated_to_very_restricted(f.coordinate("PLACEMENT_ADDRESS"), f.youth)
	not labels.is_escalated_to_very_restricted(f.coordinate("PLACEMENT"), threatened)
}

test_a_very_restricted_category_is_not_escalated_by_its_own_default if {
	not labels.is_escalated_to_very_restricted(f.coordinate("HIV"), f.youth)
}

test_a_restricted_label_on_a_normal_category_adds_no_gate if {
	not labels.is_escalated_to_very_restricted(f.labelled("ROSTER", "R", []), f.youth)
}

test_the_existence_of_sud_hiv_and_sensitive_services_is_protected if {
	not labels.is_existence_protected("ROSTER")
	every category in ["SUBSTANCE_USE", "HIV", "SENSITIVE_SERVICES"] {
		labels.is_existence_protected(category)
	}
}
