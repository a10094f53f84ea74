# METADATA
# title: Security labels
# description: >-
#   How a coordinate's confidentiality and sensitivity labels decide which rules apply. A record may
#   carry labels of its own (FHIR meta.security) that are stricter than its category's defaults: the
#   strictest label decides.
package csec.labels

# METADATA
# title: Information categories
# description: policies/csec/categories/data.yaml
categories := data.csec.categories.categories

# METADATA
# title: Label settings
# description: policies/csec/labels/data.yaml
settings := data.csec.labels.labels

# METADATA
# title: Known labels
# description: >-
#   The coordinate's confidentiality is a known v3 Confidentiality code and every sensitivity code is a
#   known v3 ActInformationSensitivityPolicy code. Anything else is withheld.
has_known_labels(coordinate) if {
	settings.confidentiality[coordinate.confidentiality]
	is_array(coordinate.sensitivity)
	every code in coordinate.sensitivity {
		is_string(settings.sensitivity[code])
	}
}

# METADATA
# title: Never disclosed
# description: >-
#   The coordinate carries a label that is never disclosed, such as psychotherapy notes (PSYTHPN):
#   HIPAA requires a separate authorization for them and the county protocol never shares them.
# related_resources:
#   - ref: https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-164.508
#     description: 45 CFR 164.508(a)(2), psychotherapy notes
# custom:
#   legal_basis: 45 CFR 164.508(a)(2)
is_never_disclosed(coordinate) if {
	some code in coordinate.sensitivity
	settings.sensitivity[code] == "NEVER"
}

# METADATA
# title: Categories whose rules decide the coordinate
# description: >-
#   The coordinate's own category, plus the category each extra sensitivity label belongs to (a label
#   that is one of the category's own defaults adds nothing). Every one of them must allow.
gates(coordinate) := {coordinate.category} | {gate |
	some code in coordinate.sensitivity
	not code in categories[coordinate.category].sensitivity
	gate := settings.sensitivity[code]
	not gate in {"NONE", "NEVER"}
}

# METADATA
# title: Categories a label can bring in
# description: Every category an extra sensitivity label can add to the categories deciding a record.
label_categories contains gate if {
	some gate in settings.sensitivity
	not gate in {"NONE", "NEVER"}
}

# METADATA
# title: Effective confidentiality rank
# description: >-
#   The strictest of the category's default confidentiality, the coordinate's own label and, while an
#   exploiter is a threat to the youth, the escalation for the categories that protect the youth's location.
effective_rank(coordinate, youth) := max({default_rank(coordinate), rank(coordinate.confidentiality)} | {threat_rank |
	youth.exploiterIsThreat == true
	coordinate.category in settings.exploiter_threat.categories
	threat_rank := rank(settings.exploiter_threat.confidentiality)
})

# METADATA
# title: Rank of the category's default confidentiality
# description: The rank of the confidentiality code its category carries by default.
default_rank(coordinate) := rank(categories[coordinate.category].confidentiality)

# METADATA
# title: Rank of a confidentiality code
# description: From U (0) to V (5) - the higher, the stricter.
rank(code) := settings.confidentiality[code].rank

# METADATA
# title: Very restricted beyond its category
# description: >-
#   The coordinate is very restricted (V) although its category is not, e.g. the current placement address
#   while an exploiter is a threat: only rules that are marked for very restricted records may open it.
# related_resources:
#   - ref: https://terminology.hl7.org/CodeSystem-v3-Confidentiality.html
#     description: HL7 v3 Confidentiality, V (very restricted)
# custom:
#   legal_basis: W&IC 827
is_escalated_to_very_restricted(coordinate, youth) if {
	some level, gate in settings.confidentiality_gates
	gate == "VERY_RESTRICTED"
	effective_rank(coordinate, youth) == rank(level)
	default_rank(coordinate) < rank(level)
}

# METADATA
# title: Existence protected
# description: >-
#   A requester without a basis for this category may not learn that such a record exists, so a denial
#   never names the category, its statute or the record.
is_existence_protected(category) if category in settings.existence_protected
