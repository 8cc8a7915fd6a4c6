package jp.igetanet.core.aws.dynamodb;

import jp.igetanet.core.patient.Patient;
import jp.igetanet.core.patient.Sex;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static jp.igetanet.core.aws.dynamodb.Attributes.instant;
import static jp.igetanet.core.aws.dynamodb.Attributes.n;
import static jp.igetanet.core.aws.dynamodb.Attributes.number;
import static jp.igetanet.core.aws.dynamodb.Attributes.putIfPresent;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;

/** Maps a {@link Patient} to its item and back. */
final class PatientItems {

    private PatientItems() {
    }

    static Map<String, AttributeValue> toItem(Patient patient) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.patient(patient.id()));
        item.put("type", s("patient"));
        item.put("id", s(patient.id()));
        item.put("networkId", s(patient.networkId()));
        item.put("name", s(patient.name()));
        item.put("kana", s(patient.kana()));
        item.put("birthDate", s(patient.birthDate().toString()));
        item.put("sex", s(patient.sex().code()));
        item.put("address", s(patient.address()));
        putIfPresent(item, "medicalInsurerNumber", patient.medicalInsurerNumber());
        putIfPresent(item, "careInsurerNumber", patient.careInsurerNumber());
        item.put("registeredBy", s(patient.registeredBy()));
        item.put("version", n(patient.version()));
        item.put("createdAt", instant(patient.createdAt()));
        item.put("updatedAt", instant(patient.updatedAt()));
        return item;
    }

    static Patient fromItem(Map<String, AttributeValue> item) {
        return new Patient(string(item, "id"), string(item, "networkId"), string(item, "name"), string(item, "kana"),
                LocalDate.parse(string(item, "birthDate")), Sex.fromCode(string(item, "sex")).orElse(Sex.UNKNOWN),
                string(item, "address"), string(item, "medicalInsurerNumber"), string(item, "careInsurerNumber"),
                string(item, "registeredBy"), number(item, "version"), instant(item, "createdAt"),
                instant(item, "updatedAt"));
    }

    /** The patient's network, read without mapping the whole item. */
    static String networkOf(Map<String, AttributeValue> item) {
        return string(item, "networkId");
    }

    /** Who registered the patient, read without mapping the whole item. */
    static String registrantOf(Map<String, AttributeValue> item) {
        return string(item, "registeredBy");
    }
}
