package jp.igetanet.core.patient;

/** A consent as a form sends it, before it is checked: who gave it, the family's details, the date, the scan. */
public record ConsentInput(String givenBy, boolean familyGiven, String familyName, String relation, String reason,
                           String consentedOn, String formId) {
}
