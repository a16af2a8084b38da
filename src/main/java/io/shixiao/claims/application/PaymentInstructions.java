package io.shixiao.claims.application;

import io.shixiao.shared.money.Money;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The payment instructions with the bank and their state ({@code claim_payment_instruction}). */
@Repository
class PaymentInstructions {

    /** One instruction as stored. */
    record Row(
            String reference,
            String claimNo,
            long insurerId,
            String state,
            @Nullable String bankReference) {
        boolean paid() {
            return "PAID".equals(state);
        }
    }

    private final JdbcClient jdbc;

    PaymentInstructions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String reference, String claimNo, long insurerId, Money amount, String bankFile, Instant at) {
        jdbc.sql("""
                insert into claim_payment_instruction
                    (reference, claim_no, insurer_id, amount, bank_file, state, instructed_at)
                values (:reference, :claimNo, :insurerId, :amount, :bankFile, 'PENDING', :at)
                """)
                .param("reference", reference)
                .param("claimNo", claimNo)
                .param("insurerId", insurerId)
                .param("amount", amount.amount())
                .param("bankFile", bankFile)
                .param("at", java.sql.Timestamp.from(at))
                .update();
    }

    Optional<Row> find(String reference) {
        return jdbc.sql("""
                select reference, claim_no, insurer_id, state, bank_reference
                  from claim_payment_instruction where reference = :reference
                """)
                .param("reference", reference)
                .query((rs, n) -> new Row(
                        rs.getString("reference"),
                        rs.getString("claim_no"),
                        rs.getLong("insurer_id"),
                        rs.getString("state"),
                        rs.getString("bank_reference")))
                .optional();
    }

    void confirmed(String reference, String bankReference, Instant at) {
        jdbc.sql("""
                update claim_payment_instruction
                   set state = 'PAID', bank_reference = :bankReference, confirmed_at = :at
                 where reference = :reference and state = 'PENDING'
                """)
                .param("reference", reference)
                .param("bankReference", bankReference)
                .param("at", java.sql.Timestamp.from(at))
                .update();
    }
}
