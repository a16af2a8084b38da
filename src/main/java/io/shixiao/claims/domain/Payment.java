package io.shixiao.claims.domain;

import io.shixiao.shared.money.Money;
import java.time.Instant;

/**
 * An indemnity paid (支付赔款).
 *
 * @param amount what was paid
 * @param accountEncrypted the payee's bank account, encrypted
 * @param accountMasked the account as screens show it
 * @param bankReference the bank's reference for the transfer
 * @param paidAt when the bank confirmed it
 */
public record Payment(
        Money amount, String accountEncrypted, String accountMasked, String bankReference, Instant paidAt) {}
