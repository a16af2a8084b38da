package io.shixiao.claims.domain;

import io.shixiao.shared.money.Money;
import java.time.Instant;

/**
 * A payment handed to the bank and not yet confirmed (支付指令): the claim stays agreed until the bank
 * confirms the transfer under this reference.
 *
 * @param reference the insurer's reference the bank answers with
 * @param amount what the agreement leaves to pay
 * @param accountEncrypted the payee's bank account, encrypted
 * @param accountMasked the account as screens show it
 * @param instructedAt when the instruction went to the bank
 */
public record PaymentInstruction(
        String reference, Money amount, String accountEncrypted, String accountMasked, Instant instructedAt) {}
