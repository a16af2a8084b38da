package io.shixiao.enrolment.application;

import io.shixiao.enrolment.domain.DeclineReason;
import io.shixiao.enrolment.domain.HouseholdRow;
import io.shixiao.enrolment.domain.PremiumSplit;
import io.shixiao.shared.pii.Masks;
import io.shixiao.shared.pii.PiiCipher;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes checked households and their policies in bulk: personal data encrypted with a masked copy and
 * a keyed hash of the ID number, ids drawn from the sequence in one round trip, rows sent in JDBC
 * batches. Both the page (one household) and the workbook import (thousands) come through here, so
 * there is one way a household is stored.
 */
@Component
class HouseholdWriter {

    private final JdbcTemplate jdbc;
    private final PiiCipher pii;

    HouseholdWriter(JdbcTemplate jdbc, PiiCipher pii) {
        this.jdbc = jdbc;
        this.pii = pii;
    }

    /** A household's ID number as the registry finds duplicates: a keyed hash, never the number. */
    String idHash(String idNumber) {
        return pii.hash(idNumber);
    }

    /**
     * Stores {@code rows} as households of {@code scheme} and enrols each (its policy with the premium
     * split of its category), or records why it is not enrolled where {@code declined} names a reason for
     * it (same order; empty: all enrolled); the caller's transaction holds them. Returns the new ids.
     */
    List<Long> register(
            Scheme scheme, List<HouseholdRow> rows, List<DeclineReason> declined, String actor, Instant now) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.queryForList(
                "select nextval(pg_get_serial_sequence('rural_household', 'id')) from generate_series(1, ?)",
                Long.class,
                rows.size());
        Timestamp at = Timestamp.from(now);
        List<Object[]> households = new ArrayList<>(rows.size());
        List<Object[]> policies = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            HouseholdRow row = rows.get(i);
            long id = ids.get(i);
            households.add(new Object[] {
                id,
                scheme.id(),
                row.villageCode().substring(0, 9),
                row.villageCode(),
                row.registerNo(),
                pii.encrypt(row.headName()),
                maskName(row.headName()),
                pii.encrypt(row.headId()),
                Masks.idNumber(row.headId()),
                pii.hash(row.headId()),
                row.members(),
                pii.encrypt(row.address()),
                row.structure().name(),
                row.yearBuilt(),
                row.floorArea(),
                row.category().name(),
                row.topUp(),
                pii.encrypt(row.bankAccount()),
                Masks.bankAccount(row.bankAccount()),
                pii.encrypt(row.phone()),
                Masks.mobile(row.phone()),
                actor,
                at
            });
            DeclineReason reason = declined.isEmpty() ? null : declined.get(i);
            PremiumSplit split = reason != null
                    ? new PremiumSplit(0, 0, 0, 0, 0, 0, 0)
                    : scheme.rules().splitFor(row.category(), row.topUp());
            policies.add(new Object[] {
                scheme.id(),
                id,
                row.villageCode(),
                policyNo(scheme, id),
                reason == null ? "ENROLLED" : "DECLINED",
                reason == null ? null : reason.name(),
                row.category().name(),
                row.topUp(),
                split.sumInsured(),
                split.premium(),
                split.farmer(),
                split.central(),
                split.province(),
                split.county(),
                split.topUp(),
                actor,
                at
            });
        }
        jdbc.batchUpdate("""
                insert into rural_household (id, scheme_id, town_code, village_code, register_no, head_name,
                  head_name_masked, head_id, head_id_masked, head_id_hash, members, address, structure, year_built,
                  floor_area, category, top_up, bank_account, bank_masked, phone, phone_masked, created_by, created_at)
                overriding system value
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", households);
        jdbc.batchUpdate("""
                insert into rural_enrolment (scheme_id, household_id, village_code, policy_no, status, decline_reason,
                  category, top_up, sum_insured_fen, premium_fen, farmer_fen, central_fen, province_fen, county_fen,
                  top_up_fen, enrolled_by, enrolled_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", policies);
        return ids;
    }

    /** 农房 policy number: RH, the year, the county and the household. */
    static String policyNo(Scheme scheme, long householdId) {
        return "RH" + scheme.year() + scheme.countyCode() + String.format("%09d", householdId);
    }

    /** 王丽华 → 王*华, 张伟 → 张*: the family name and, for longer names, the last character. */
    static String maskName(String name) {
        if (name.length() <= 1) {
            return "*";
        }
        if (name.length() == 2) {
            return name.charAt(0) + "*";
        }
        return name.charAt(0) + "*".repeat(name.length() - 2) + name.charAt(name.length() - 1);
    }
}
