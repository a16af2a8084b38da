package io.shixiao.servicelevel;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A standard of the catalog as other modules see it: enough to name the limit on a notice or a
 * page and cite its source.
 *
 * @param version the first day this version binds
 * @param step the step it binds, e.g. {@code CLAIM_PAYMENT}
 * @param tier LAW, REGULATION, ASSOCIATION_NORM, COMPANY_PLEDGE or CONTRACT
 * @param period the limit in words, e.g. 10个工作日, or the count rule, e.g. 至多1次
 * @param reading which reading of the text the catalog takes and why, where the text allows more than one
 */
public record StandardSummary(
        String code,
        LocalDate version,
        String title,
        String step,
        CaseType caseType,
        String tier,
        String document,
        String clause,
        String period,
        @Nullable String reading) {}
