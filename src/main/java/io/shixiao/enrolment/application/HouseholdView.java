package io.shixiao.enrolment.application;

import java.math.BigDecimal;

/**
 * A household as lists show it: personal data masked, its policy for the scheme's year.
 *
 * @param status ENROLLED or DECLINED
 * @param idConflict the head's ID number appears in another household of the scheme (flagged for review)
 */
public record HouseholdView(
        long id,
        long schemeId,
        String villageCode,
        String registerNo,
        String headNameMasked,
        String headIdMasked,
        int members,
        String structure,
        int yearBuilt,
        BigDecimal floorArea,
        String category,
        boolean topUp,
        String bankMasked,
        String phoneMasked,
        boolean idConflict,
        long enrolmentId,
        String policyNo,
        String status,
        String declineReason,
        long premium,
        long farmer,
        long sumInsured,
        boolean farmerPaid,
        int enrolmentVersion) {}
