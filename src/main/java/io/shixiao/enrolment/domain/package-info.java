/**
 * The rules of the scheme as pure Java: the premium split and sum insured per household category, the
 * coverage ratio, one import row's checks, the indemnity of an assessed house, and the life of a house
 * claim with its public notice.
 */
package io.shixiao.enrolment.domain;
