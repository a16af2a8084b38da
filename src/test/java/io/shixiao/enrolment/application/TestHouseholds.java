package io.shixiao.enrolment.application;

import io.shixiao.enrolment.domain.HouseStructure;
import io.shixiao.enrolment.domain.HouseholdCategory;
import io.shixiao.enrolment.domain.HouseholdRow;
import io.shixiao.shared.identity.ResidentIdNumber;
import java.math.BigDecimal;
import java.util.List;

/** Valid households for tests: ID numbers with their check character, one register each. */
final class TestHouseholds {

    private TestHouseholds() {}

    static HouseholdRow row(int serial, String villageCode, HouseholdCategory category) {
        String body = "630223" + (19500101 + (serial % 28) + 100 * ((serial / 28) % 12) + 10000 * (serial / 336))
                + String.format("%03d", serial % 1000);
        return new HouseholdRow(
                "测试户" + (char) ('甲' + serial % 10),
                body + ResidentIdNumber.checkCharacter(body),
                "T" + String.format("%09d", serial),
                3,
                villageCode,
                "测试地址" + serial + "号",
                HouseStructure.BRICK_CONCRETE,
                1999,
                new BigDecimal("88.5"),
                category,
                false,
                "62170" + String.format("%014d", serial),
                "139" + String.format("%08d", serial));
    }

    static List<String> cellsOf(HouseholdRow row) {
        return List.of(
                row.headName(),
                row.headId(),
                row.registerNo(),
                String.valueOf(row.members()),
                row.villageCode(),
                row.address(),
                row.structure().chineseName(),
                String.valueOf(row.yearBuilt()),
                row.floorArea().toPlainString(),
                row.category().chineseName(),
                row.topUp() ? "是" : "否",
                row.bankAccount(),
                row.phone());
    }
}
