package io.shixiao.shared.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An amount of renminbi in yuan, kept to the fen (two decimals, half-up). Sums insured, premiums,
 * assessed losses and payments are all {@code Money}; comparisons are by value, so 2000 and 2000.00
 * are the same amount (a {@link BigDecimal#equals} would say otherwise): every amount is held at scale 2.
 */
public final class Money implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    /** A bound that no real claim reaches (one hundred billion yuan), so a typo cannot overflow a total. */
    public static final BigDecimal LIMIT = new BigDecimal("100000000000");

    private final BigDecimal yuan;

    private Money(BigDecimal yuan) {
        this.yuan = yuan.setScale(2, RoundingMode.HALF_UP);
    }

    public static Money yuan(BigDecimal amount) {
        if (amount == null) {
            throw new IllegalArgumentException("An amount is required");
        }
        if (amount.abs().compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("An amount must be below " + LIMIT.toPlainString() + " yuan");
        }
        return new Money(amount);
    }

    public static Money yuan(long amount) {
        return yuan(BigDecimal.valueOf(amount));
    }

    public static Money yuan(String amount) {
        try {
            return yuan(new BigDecimal(amount.trim()));
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("Not an amount in yuan: " + amount);
        }
    }

    public BigDecimal amount() {
        return yuan;
    }

    public Money plus(Money other) {
        return yuan(yuan.add(other.yuan));
    }

    public Money minus(Money other) {
        return yuan(yuan.subtract(other.yuan));
    }

    /** This amount times a share, e.g. a liability share of 0.7. */
    public Money times(BigDecimal factor) {
        return yuan(yuan.multiply(factor));
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isNegative() {
        return yuan.signum() < 0;
    }

    public boolean isZero() {
        return yuan.signum() == 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /** ¥12,345.67: the form printed on notices. */
    public String display() {
        DecimalFormat format = new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(yuan);
    }

    @Override
    public int compareTo(Money other) {
        return yuan.compareTo(other.yuan);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money money && yuan.compareTo(money.yuan) == 0;
    }

    @Override
    public int hashCode() {
        return yuan.hashCode();
    }

    /** The plain amount, e.g. 12345.67. */
    @Override
    public String toString() {
        return yuan.toPlainString();
    }
}
