package jp.igetanet.core.facility;

/** Where a facility stands in its lifecycle (§6, §9, §27-2); only an active facility's users may work. */
public enum FacilityStatus {
    ACTIVE,
    SUSPENDED,
    DEREGISTERED
}
