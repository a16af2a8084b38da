package io.shixiao.policies.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One policy to issue, as the API's JSON body and as one row of the import spreadsheet: flat, every field
 * optional here so that every missing or wrong field of a row is reported at once.
 *
 * @param policyNo 保单号
 * @param productLine MOTOR, PROPERTY or RURAL_HOUSING
 * @param issuingUnitCode the code of the issuing organisation unit (出单机构), inside the caller's scope
 * @param firstDay 保险起期 (cover from 零时)
 * @param lastDay 保险止期 (cover to 二十四时)
 * @param premium 保费, yuan
 * @param holderName 投保人 (blank: the insured holds the policy)
 * @param insuredMobile 被保险人手机号
 * @param ctpl whether the motor policy carries 交强险 (its limits come from the schedule)
 * @param deliveryRequired whether policy and invoice must be delivered (浙江规范第五章 2.4.1)
 */
public record PolicyRow(
        @Nullable String policyNo,
        @Nullable String productLine,
        @Nullable String issuingUnitCode,
        @Nullable LocalDate firstDay,
        @Nullable LocalDate lastDay,
        @Nullable BigDecimal premium,
        @Nullable String holderName,
        @Nullable String holderIdNumber,
        @Nullable String insuredName,
        @Nullable String insuredIdNumber,
        @Nullable String insuredMobile,
        @Nullable String plate,
        @Nullable String vin,
        @Nullable String vehicleModel,
        @Nullable String address,
        @Nullable String divisionCode,
        @Nullable Boolean ctpl,
        @Nullable BigDecimal thirdPartySumInsured,
        @Nullable BigDecimal thirdPartyDeductible,
        @Nullable BigDecimal vehicleDamageSumInsured,
        @Nullable BigDecimal vehicleDamageDeductible,
        @Nullable BigDecimal propertySumInsured,
        @Nullable BigDecimal propertyDeductible,
        @Nullable Boolean deliveryRequired) {}
