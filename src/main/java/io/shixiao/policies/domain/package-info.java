/**
 * The policy model, plain Java: the {@link io.shixiao.policies.domain.Policy} aggregate with its
 * parties, period, vehicle or insured property and covers; the {@link io.shixiao.policies.domain.Endorsement}
 * aggregate with its one-time list of materials; the surrender refund rule. Every state change lives
 * on an aggregate and an invalid one is refused naming the current state.
 */
package io.shixiao.policies.domain;
