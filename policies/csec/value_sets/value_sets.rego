# METADATA
# title: Health value sets
# description: >-
#   Which area of the health profile a record belongs to, from its own sensitivity labels, its codes
#   and its context, read from policies/csec/value_sets/data.yaml. The health subgraph files records by
#   the same data (subgraphs/health/src/health-classification.ts); these rules state the reading so that
#   it can be tested beside the decisions each area's category leads to.
package csec.value_sets

# METADATA
# title: Value set settings
# description: policies/csec/value_sets/data.yaml
settings := data.csec.value_sets.value_sets

# METADATA
# title: Areas a coding points to
# description: >-
#   Every area whose value set holds the coding: exactly for `match: CODE`, by leading characters for
#   `match: PREFIX` (ICD-10-CM compared without the dot, in capitals).
areas_of_coding(system, code) := {set.area |
	some set in settings.sets
	settings.systems[set.system] == system
	some entry in set.codes
	matches(set.match, entry.code, code)
}

matches("CODE", listed, code) if listed == code

matches("PREFIX", listed, code) if startswith(upper(replace(code, ".", "")), listed)

# METADATA
# title: Areas a sensitivity label points to
# description: >-
#   The area of each sensitivity label the record carries, through the category policies/csec/labels
#   gives the label; psychotherapy notes (NEVER) are counseling notes, SOC (NONE) points nowhere.
areas_of_labels(sensitivity) := {area |
	some code in sensitivity
	category := data.csec.labels.labels.sensitivity[code]
	some area in label_areas(category)
}

# The areas decided as the label's category (NEVER: counseling notes); the nursing case is filed by
# its program alone.
label_areas(category) := {area |
	some area, entry in settings.areas
	entry.category == category
	area != "PUBLIC_HEALTH_NURSING"
}

# METADATA
# scope: document
# title: Whether a record can be classified
# description: >-
#   A record can be classified when it carries a sensitivity label or a code in one of the code
#   systems the value sets name.
determined(record) if count(record.sensitivity) > 0

determined(record) if {
	some coding in record.codings
	some known in settings.systems
	coding.system == known
}

# METADATA
# scope: document
# title: The area of a record
# description: >-
#   The most protected area among those its labels, its codes and its context (the areas of the
#   episode of care or encounter it belongs to, when more than general medical) point to;
#   general medical when none does; the `undetermined` area when nothing about the record can be read.
area_of(record) := settings.undetermined.area if not determined(record)

area_of(record) := first_by_precedence(signals(record)) if determined(record)

signals(record) := (areas_of_labels(record.sensitivity) | {area |
	some coding in record.codings
	some area in areas_of_coding(coding.system, coding.code)
}) | {area |
	some area in object.get(record, "context", [])
	settings.areas[area].category != "GENERAL_MEDICAL"
}

first_by_precedence(found) := [area | some area in settings.precedence; area in found][0]

first_by_precedence(found) := "GENERAL_MEDICAL" if count(found) == 0

# METADATA
# title: Category of an area
# description: The information category the records of an area are decided as, or NEVER.
category_of(area) := settings.areas[area].category

# METADATA
# title: The area a clinician's service reveals
# description: >-
#   The most protected area a value set puts one of a PractitionerRole's codes in (its role and
#   specialty); none when no set holds one. Unlike a record, a role with no known code reveals
#   nothing: most roles carry none. The area found is the context of every record the role wrote,
#   performed or reported (`context: PRACTITIONER_ROLE`).
area_of_service(codings) := first_by_precedence(found) if {
	found := {area |
		some coding in codings
		some area in areas_of_coding(coding.system, coding.code)
	}
	count(found) > 0
}
