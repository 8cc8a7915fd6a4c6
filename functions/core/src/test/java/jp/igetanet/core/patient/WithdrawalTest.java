package jp.igetanet.core.patient;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class WithdrawalTest {

    @Test
    void thePatientReferenceIsTheSha256OfThePrefixedIdAndLeadsToNoOne() {
        String id = "01KDEM0PAT0000000000000001";
        // echo -n patient:01KDEM0PAT0000000000000001 | sha256sum
        assertEquals("03ab78898686cc3f9e2c25a29a27940b9bb5f348f2cce88b5e35e9cb9c3d1cbd", Withdrawal.patientRef(id));
        assertNotEquals(Withdrawal.patientRef(id), Withdrawal.patientRef("01KDEM0PAT0000000000000002"));
        assertFalse(Withdrawal.patientRef(id).contains("01KDEM0PAT"));
    }
}
