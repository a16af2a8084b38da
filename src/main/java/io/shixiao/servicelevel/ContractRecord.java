package io.shixiao.servicelevel;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A contract in force between a party and its counterparty: the service-quality agreement an insurer
 * signed (服务质量协议 6.1: 自双方签字盖章之日起生效, 有效期…), or the contract a scheme's bid became. The
 * document's standards bind the party's cases only on days inside {@code validFrom}–{@code validTo}.
 *
 * @param documentCode the catalog document, e.g. {@code SERVICE-AGREEMENT}
 * @param counterparty the other side (乙方), e.g. a fleet customer or a county authority
 * @param version optimistic-lock version
 */
public record ContractRecord(
        long id,
        ContractParty party,
        String documentCode,
        String counterparty,
        LocalDate signedOn,
        LocalDate validFrom,
        LocalDate validTo,
        String recordedBy,
        Instant recordedAt,
        int version) {

    /** Whether the contract is in force on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }
}
