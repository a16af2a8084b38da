package io.shixiao.servicelevel;

import io.shixiao.shared.division.DivisionCode;
import io.shixiao.shared.money.Money;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the engine needs to know about a case to tell which standards bind it. The owning module fills
 * in what it knows; an unknown value (null) does not meet a standard that asks for it, so a claim
 * without a zone starts no zone-bound arrival clock.
 *
 * @param productLine the line of business
 * @param site where the case arose (the accident site, the insured house), e.g. 330106
 * @param amount the amount at stake (claimed, assessed or agreed, whichever the case knows best)
 * @param injuries whether people were hurt
 * @param zone where the site lies for arrival limits
 * @param channel how the case arrived
 * @param catastrophe whether it belongs to a declared catastrophe event
 * @param facts facts established so far
 * @param policyTerms time limits agreed in the policy (保险法第二十三条第一款), in natural days
 */
public record CaseFacts(
        @Nullable ProductLine productLine,
        @Nullable DivisionCode site,
        @Nullable Money amount,
        @Nullable Boolean injuries,
        @Nullable Zone zone,
        @Nullable Channel channel,
        boolean catastrophe,
        Set<Fact> facts,
        Map<PolicyTerm, Integer> policyTerms) {

    public CaseFacts {
        facts = facts == null || facts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(facts));
        policyTerms = policyTerms == null ? Map.of() : Map.copyOf(policyTerms);
        for (Map.Entry<PolicyTerm, Integer> term : policyTerms.entrySet()) {
            if (term.getValue() == null || term.getValue() < 1 || term.getValue() > 365) {
                throw new IllegalArgumentException("A policy's " + term.getKey() + " lies between 1 and 365 days");
            }
        }
    }

    /** Nothing known beyond the case type. */
    public static CaseFacts none() {
        return new CaseFacts(null, null, null, null, null, null, false, Set.of(), Map.of());
    }

    /** A case of {@code line}, nothing else known yet. */
    public static CaseFacts of(ProductLine line) {
        return none().withProductLine(line);
    }

    public CaseFacts withProductLine(@Nullable ProductLine line) {
        return new CaseFacts(line, site, amount, injuries, zone, channel, catastrophe, facts, policyTerms);
    }

    public CaseFacts withSite(@Nullable DivisionCode division) {
        return new CaseFacts(productLine, division, amount, injuries, zone, channel, catastrophe, facts, policyTerms);
    }

    public CaseFacts withAmount(@Nullable Money value) {
        return new CaseFacts(productLine, site, value, injuries, zone, channel, catastrophe, facts, policyTerms);
    }

    public CaseFacts withInjuries(@Nullable Boolean hurt) {
        return new CaseFacts(productLine, site, amount, hurt, zone, channel, catastrophe, facts, policyTerms);
    }

    public CaseFacts withZone(@Nullable Zone where) {
        return new CaseFacts(productLine, site, amount, injuries, where, channel, catastrophe, facts, policyTerms);
    }

    public CaseFacts withChannel(@Nullable Channel how) {
        return new CaseFacts(productLine, site, amount, injuries, zone, how, catastrophe, facts, policyTerms);
    }

    public CaseFacts inCatastrophe(boolean event) {
        return new CaseFacts(productLine, site, amount, injuries, zone, channel, event, facts, policyTerms);
    }

    public CaseFacts with(Fact... established) {
        Set<Fact> all = facts.isEmpty() ? EnumSet.noneOf(Fact.class) : EnumSet.copyOf(facts);
        all.addAll(Set.of(established));
        return new CaseFacts(productLine, site, amount, injuries, zone, channel, catastrophe, all, policyTerms);
    }

    public CaseFacts withPolicyTerm(PolicyTerm term, int days) {
        Map<PolicyTerm, Integer> terms = new EnumMap<>(PolicyTerm.class);
        terms.putAll(policyTerms);
        terms.put(term, days);
        return new CaseFacts(productLine, site, amount, injuries, zone, channel, catastrophe, facts, terms);
    }
}
