# Recording a consent: whether a consent the MDT is recording would count, by the rules that decide
# consents on file. Its own entry point: it reads the consent being recorded and the youth's birth
# date, never a disclosure decision's input.
package csec.consent

# METADATA
# title: Why a consent being recorded would not count
# description: >-
#   When the MDT records a consent, the signer is checked by the same rules that decide whether a
#   consent on file opens records (signer_has_authority): a consent recorded here is never refused by
#   one rule and counted by another. Each refusal names the category, or the form's signers; none
#   means the signer may authorize every category of the consent on the day it was signed.
# entrypoint: true
capture_refusals contains refusal if {
	form := settings.forms[input.consent.form]
	not form_allows_signer(input.consent, form)
	refusal := {"reason": "SIGNER_NOT_ON_FORM", "signers": form.signers}
}

capture_refusals contains refusal if {
	form := settings.forms[input.consent.form]
	form_allows_signer(input.consent, form)
	some category in input.consent.categories
	not may_sign(input.consent.signedBy, input.consent, input.youth, category)
	refusal := {"reason": "SIGNER_MAY_NOT_AUTHORIZE", "category": category, "youthSigningAge": youth_signing_age(category)}
}

capture_refusals contains {"reason": "FORM_UNKNOWN"} if not settings.forms[input.consent.form]
