package jp.igetanet.registration;

import jakarta.inject.Singleton;
import jp.igetanet.core.account.Role;
import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditLog;
import jp.igetanet.core.audit.AuditTarget;
import jp.igetanet.core.caller.Acting;
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

    public List<Agreement> list(Acting acting, String networkId) {
        operatorOf(acting, networkId);
        List<Agreement> all = agreements.of(networkId);
        audit.record(acting.audited(AuditAction.AGREEMENTS_READ, AuditTarget.network(networkId), clock.instant()));
        return all;
    }

    /** The operator proposes an agreement with another network; it is in force once that network's operator accepts. */
    public Agreement propose(Acting acting, String networkId, AgreementRequest request) {
        operatorOf(acting, networkId);
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
                acting.userId(), now, null, null, null, null);
        try {
            agreements.propose(proposed);
        } catch (ApiException e) {
            throw e.code() == ErrorCode.CONFLICT ? new ApiException(ErrorCode.AGREEMENT_EXISTS) : e;
        }
        audit.record(acting.audited(AuditAction.AGREEMENT_PROPOSED, AuditTarget.network(networkId), now));
        return proposed;
    }

    /** The partner network's operator accepts a proposal: the agreement is in force from now. */
    public Agreement accept(Acting acting, String networkId, String agreementId) {
        operatorOf(acting, networkId);
        Agreement agreement = open(networkId, agreementId);
        if (agreement.status() != AgreementStatus.PROPOSED || !agreement.partnerNetworkId().equals(networkId)) {
            throw new ApiException(ErrorCode.AGREEMENT_STATUS_CONFLICT);
        }
        Instant now = clock.instant();
        Agreement accepted = agreement.accepted(acting.userId(), now);
        if (!agreements.accept(accepted)) {
            throw new ApiException(ErrorCode.AGREEMENT_STATUS_CONFLICT);
        }
        audit.record(acting.audited(AuditAction.AGREEMENT_ACCEPTED, AuditTarget.network(networkId), now));
        return accepted;
    }

    /**
     * The operator of either network ends the agreement (or withdraws a proposal): from then on, members of the other
     * network's care teams from this one see none of its patients, and no new ones join.
     */
    public Agreement end(Acting acting, String networkId, String agreementId) {
        operatorOf(acting, networkId);
        Agreement agreement = open(networkId, agreementId);
        Instant now = clock.instant();
        Agreement ended = agreement.ended(acting.userId(), now);
        agreements.end(ended);
        audit.record(acting.audited(AuditAction.AGREEMENT_ENDED, AuditTarget.network(networkId), now));
        return ended;
    }

    /** The network's agreement of this id that is proposed or in force; 404 otherwise. */
    private Agreement open(String networkId, String agreementId) {
        return Optional.ofNullable(agreementId).filter(SortableIds::isWellFormed)
                .flatMap(id -> agreements.of(networkId).stream().filter(agreement -> agreement.id().equals(id)).findFirst())
                .filter(agreement -> agreement.status() != AgreementStatus.ENDED)
                .orElseThrow(() -> new ApiException(ErrorCode.AGREEMENT_UNKNOWN));
    }

    private static void operatorOf(Acting acting, String networkId) {
        if (!acting.is(Role.OPERATOR) || !acting.networkId().equals(networkId)) {
            throw new ApiException(ErrorCode.FORBIDDEN);
        }
    }
}
