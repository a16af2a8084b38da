package io.shixiao.claims.application;

import io.shixiao.shared.money.Money;
import java.time.Instant;

/**
 * The bank that pays indemnities (DESIGN §4: integrations behind interfaces with working defaults). A
 * payment is handed over as an instruction and stays pending until the bank confirms it under the
 * instruction's reference ({@code POST /api/v1/claims/payments/{reference}/confirmation}). The default,
 * {@link BankFilePayments}, writes each instruction to a bank file; a real bank connection replaces it by
 * declaring another bean of this type as {@code @Primary}.
 */
public interface BankPayments {

    /**
     * Hands one payment to the bank.
     *
     * @return where the bank will find it (the file, or the bank's own handle)
     */
    String instruct(Instruction instruction);

    /**
     * One payment for the bank, account in the clear: the bank needs it.
     *
     * @param reference the insurer's reference the bank confirms with
     * @param claimNo the claim paid
     * @param payeeName the account holder
     * @param account the payee's account number
     * @param amount the amount
     * @param instructedAt when it was instructed
     */
    record Instruction(
            String reference, String claimNo, String payeeName, String account, Money amount, Instant instructedAt) {}
}
