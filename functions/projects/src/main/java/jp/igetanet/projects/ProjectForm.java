package jp.igetanet.projects;

import jp.igetanet.core.error.Validation;
import jp.igetanet.core.form.FieldRules;
import jp.igetanet.core.project.Admission;
import jp.igetanet.core.project.ProjectKind;
import jp.igetanet.core.project.ProjectText;

/** Checks a project's details: a name, an optional description, a known kind and way of admission; no patient. */
final class ProjectForm {

    static final int MAX_DESCRIPTION = 2000;

    private final FieldRules rules;

    ProjectForm(FieldRules rules) {
        this.rules = rules;
    }

    String name(String raw) {
        String name = rules.text(raw, "name", "名前", FieldRules.MAX_NAME);
        refusePatientReference(rules.validation(), name, "name");
        return name;
    }

    String description(String raw) {
        String description = rules.optional(raw, "description", "説明", MAX_DESCRIPTION);
        refusePatientReference(rules.validation(), description, "description");
        return description;
    }

    ProjectKind kind(String raw) {
        return rules.code(raw, "kind", ProjectKind::fromCode,
                "種類は training, information_exchange, administrative_contact, community_care_meeting, other のいずれかです。");
    }

    Admission admission(String raw) {
        return rules.code(raw, "admission", Admission::fromCode, "参加の方法は open, invitation, network のいずれかです。");
    }

    /** Projects hold no patient data (§13): text naming a patient by id or link is refused, field by field. */
    static void refusePatientReference(Validation validation, String text, String field) {
        validation.check(!ProjectText.referencesPatient(text), field, "療養者IDや療養者の連絡帳へのリンクは書き込めません。"
                + "療養者の情報は、その療養者の連絡帳に投稿してください。");
    }
}
