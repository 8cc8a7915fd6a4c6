package jp.igetanet.core.patient;

import jp.igetanet.core.caller.Caller;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/** Named patients for unit tests of desks, stored with their care teams. */
public final class PatientFixtures {

    public static final Instant REGISTERED = Instant.parse("2026-06-01T00:00:00Z");
    /** Ids of the shape the service issues, which the gate insists on. */
    public static final String AOKI = "01KDPAT1AA0000000000000001";
    public static final String BABA = "01KDPAT1AA0000000000000002";
    public static final String CHIBA = "01KDPAT1AA0000000000000003";

    private PatientFixtures() {
    }

    /** 青木 トメ, of the first member's network and registered by them, with the given care team. */
    public static Patient aPatientCaredBy(InMemoryPatients patients, Caller... team) {
        return aPatientCaredBy(patients, AOKI, "青木 トメ", "アオキ トメ", team);
    }

    /** A patient of the first member's network, registered by them, with the given care team. */
    public static Patient aPatientCaredBy(InMemoryPatients patients, String patientId, String name, String kana,
                                          Caller... team) {
        Caller registrant = team[0];
        Patient patient = new Patient(patientId, registrant.networkId(), name, kana, LocalDate.of(1938, 5, 12),
                Sex.FEMALE, "愛知県西尾市寄住町2-3", null, null, registrant.userId(), 1, REGISTERED, REGISTERED);
        patients.put(patient);
        Arrays.stream(team).forEach(member -> patients.putMember(aMemberOf(patient, member, registrant)));
        return patient;
    }

    /** The caller as a member of the patient's care team, added by {@code addedBy}. */
    public static CareTeamMember aMemberOf(Patient patient, Caller member, Caller addedBy) {
        return new CareTeamMember(patient.id(), member.userId(), member.facilityId(), member.networkId(),
                patient.networkId(), addedBy.userId(), REGISTERED);
    }
}
