package io.shixiao.claims.domain;

import io.shixiao.shared.money.Money;

/**
 * One line of an adjustment (理算): what one cover pays of one kind of loss.
 *
 * @param cover the cover paying
 * @param category the loss paid
 * @param loss the loss this cover was asked to pay (after earlier covers)
 * @param payable what it pays
 * @param basis how the amount was found, e.g. {@code min(3,000.00, 2,000.00)}
 */
public record AdjustmentLine(CoverKind cover, LossCategory category, Money loss, Money payable, String basis) {}
