package jp.igetanet.consent;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PurgeFunctionTest {

    @Test
    void aMessageNamesOneWithdrawalByItsIdAndNothingElse() {
        assertEquals(Optional.of("01KDEM0WDR0000000000000001"),
                PurgeFunction.withdrawalId("{\"withdrawalId\":\"01KDEM0WDR0000000000000001\"}"));
        assertEquals(Optional.of("01KDEM0WDR0000000000000001"),
                PurgeFunction.withdrawalId(" { \"withdrawalId\" : \"01KDEM0WDR0000000000000001\" } "));
        assertEquals(Optional.empty(), PurgeFunction.withdrawalId("{\"withdrawalId\":\"01KDEM0WDR000000000000000I\"}"),
                "not Crockford base32");
        assertEquals(Optional.empty(), PurgeFunction.withdrawalId("{\"patientId\":\"01KDEM0PAT0000000000000001\"}"));
        assertEquals(Optional.empty(), PurgeFunction.withdrawalId("01KDEM0WDR0000000000000001"));
        assertEquals(Optional.empty(), PurgeFunction.withdrawalId(null));
    }
}
