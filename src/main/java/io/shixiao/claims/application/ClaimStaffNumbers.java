package io.shixiao.claims.application;

import io.shixiao.claims.domain.Claim;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.organization.StaffView;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The 工号 (employee number) of the staff member the customer deals with on a claim: the surveyor the claim is
 * dispatched to, who surveys and assesses the loss (查勘定损人员). 浙江规范第三章 2.2 (seed C19):
 * 「查勘定损人员和服务网点内的公司服务人员上班时间必须佩戴胸牌,并不得拒绝客户提出的查询工号的要求。」 The messages and
 * notices that tell the customer about a handled claim carry it, so the customer never has to ask.
 */
@Component
class ClaimStaffNumbers {

    private final OrganizationDirectory organization;

    ClaimStaffNumbers(OrganizationDirectory organization) {
        this.organization = organization;
    }

    /** The surveyor's employee number; empty before the claim is dispatched. */
    Optional<String> surveyorOf(Claim claim) {
        Long surveyor = claim.surveyorId();
        return surveyor == null
                ? Optional.empty()
                : organization.staff(surveyor).map(StaffView::employeeNo);
    }
}
