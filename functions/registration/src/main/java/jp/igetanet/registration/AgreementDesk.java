package jp.igetanet.registration;

import jakarta.inject.Singleton;
import jp.igetanet.core.account.Role;
import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditLog;
import jp.igetanet.core.audit.AuditOutcome;
import jp.igetanet.core.caller.Caller;
import jp.igetanet.core.caller.RequestOrigin;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.form.FieldRules;
import jp.igetanet.core.id.SortableIds;
import jp.igetanet.core.network.Agreement;
import jp.igetanet.core.network.AgreementStatus;
import jp.igetanet.core.network.Agreements;
import jp.igetanet.core.network.Network;
import jp.igetanet.core.network.Networks;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Wide-area collaboration agreements (広域連携協定, §4-4/5), kept by the operators of the networks: one proposes, the
 * other's operator accepts, and either ends it. Only the operator of the network in the path acts for it.
 */
@Singleton
public class AgreementDesk {

    private final Agreements agreements;
    private final Networks networks;
    private final AuditLog audit;
    private final SortableIds ids;
    private final Clock clock;

    public AgreementDesk(Agreements agreements, Networks networks, AuditLog audit, SortableIds ids, Clock clock) {
        this.agreements = agreements;
        this.networks = networks;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    public List<Agreement> list(Caller caller, String networkId, RequestOrigin origin) {
        operatorOf(caller, networkId);
        List<Agreement> all = agreements.of(networkId);
        record(caller, AuditAction.AGREEMENTS_READ, networkId, origin, clock.instant());
        return all;
    }

    /** The operator proposes an agreement with another network; it is in force once that network's operator accepts. */
    public Agreement propose(Caller caller, String networkId, AgreementRequest request, RequestOrigin origin) {
        operatorOf(caller, networkId);
        FieldRules rules = new FieldRules();
        String partner = request.partnerNetworkId() == null ? "" : request.partnerNetworkId().strip();
        boolean known = Network.isWellFormedId(partner) && networks.find(partner).isPresent();
        rules.validation().check(known, "partnerNetworkId", "協定の相手の地域ネットワークIDが見つかりません。");
        rules.validation().check(!partner.equals(networkId), "partnerNetworkId", "自分の地域ネットワークとは協定を結べません。");
        String title = rules.text(request.title(), "title", "協定の名称", FieldRules.MAX_TEXT);
        rules.throwIfInvalid();
        if (agreements.open(networkId, partner).isPresent()) {
            throw new ApiException(ErrorCode.AGREEMENT_EXISTS);
        }
        Instant now = clock.instant();
        Agreement proposed = new Agreement(ids.next(), networkId, partner, AgreementStatus.PROPOSED, title,
                caller.userId(), now, null, null, null, null);
        try {
            agreements.propose(proposed);
        } catch (ApiException e) {
            throw e.code() == ErrorCode.CONFLICT ? new ApiException(ErrorCode.AGREEMENT_EXISTS) : e;
        }
        record(caller, AuditAction.AGREEMENT_PROPOSED, networkId, origin, now);
        return proposed;
    }

    /** The partner network's operator accepts a proposal: the agreement is in force from now. */
    public Agreement accept(Caller caller, String networkId, String agreementId, RequestOrigin origin) {
        operatorOf(caller, networkId);
        Agreement agreement = open(networkId, agreementId);
        if (agreement.status() != AgreementStatus.PROPOSED || !agreement.partnerNetworkId().equals(networkId)) {
            throw new ApiException(ErrorCode.AGREEMENT_STATUS_CONFLICT);
        }
        Instant now = clock.instant();
        Agreement accepted = agreement.accepted(caller.userId(), now);
        if (!agreements.accept(accepted)) {
            throw new ApiException(ErrorCode.AGREEMENT_STATUS_CONFLICT);
        }
        record(caller, AuditAction.AGREEMENT_ACCEPTED, networkId, origin, now);
        return accepted;
    }

    /**
     * The operator of either network ends the agreement (or withdraws a proposal): from then on, members of the other
     * network's care teams from this one see none of its patients, and no new ones join.
     */
    public Agreement end(Caller caller, String networkId, String agreementId, RequestOrigin origin) {
        operatorOf(caller, networkId);
        Agreement agreement = open(networkId, agreementId);
        Instant now = clock.instant();
        Agreement ended = agreement.ended(caller.userId(), now);
        agreements.end(ended);
        record(caller, AuditAction.AGREEMENT_ENDED, networkId, origin, now);
        return ended;
    }

    /** The network's agreement of this id that is proposed or in force; 404 otherwise. */
    private Agreement open(String networkId, String agreementId) {
        return Optional.ofNullable(agreementId).filter(SortableIds::isWellFormed)
                .flatMap(id -> agreements.of(networkId).stream().filter(agreement -> agreement.id().equals(id)).findFirst())
                .filter(agreement -> agreement.status() != AgreementStatus.ENDED)
                .orElseThrow(() -> new ApiException(ErrorCode.AGREEMENT_UNKNOWN));
    }

    private static void operatorOf(Caller caller, String networkId) {
        if (!caller.is(Role.OPERATOR) || !caller.networkId().equals(networkId)) {
            throw new ApiException(ErrorCode.FORBIDDEN);
        }
    }

    private void record(Caller caller, AuditAction action, String networkId, RequestOrigin origin, Instant at) {
        audit.record(caller.audited(action, "network", networkId, AuditOutcome.SUCCEEDED, origin, at));
    }
}
