package io.shixiao.enrolment.domain;

import io.shixiao.shared.identity.MobileNumber;
import io.shixiao.shared.identity.ResidentIdNumber;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One household as the registry takes it, from a page or a workbook row, every field checked: the
 * head's name, ID number (checksum), 户口簿 number, members, a village of the scheme's county, address,
 * structure, year built, floor area, category, voluntary top-up, bank account and mobile.
 */
public record HouseholdRow(
        String headName,
        String headId,
        String registerNo,
        int members,
        String villageCode,
        String address,
        HouseStructure structure,
        int yearBuilt,
        BigDecimal floorArea,
        HouseholdCategory category,
        boolean topUp,
        String bankAccount,
        String phone) {

    private static final Pattern REGISTER_NO = Pattern.compile("[0-9A-Za-z-]{4,40}");
    private static final Pattern BANK_ACCOUNT = Pattern.compile("\\d{12,30}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final BigDecimal LARGEST_AREA = new BigDecimal("2000");

    /** The first problem of a row: the column at fault and why, in Chinese for the clerk who fixes it. */
    public record Problem(ImportColumn column, String reason) {}

    /** A row that passed, or the problem that stopped it. */
    public record Checked(HouseholdRow row, Problem problem) {

        public boolean valid() {
            return problem == null;
        }
    }

    /**
     * Checks the cells of one row (trimmed text by column; absent or blank where empty) against the
     * villages of the scheme's county and the scheme's year.
     */
    public static Checked check(Map<ImportColumn, String> cells, Set<String> villages, int schemeYear) {
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required() && blank(cells.get(column))) {
                return fail(column, "缺少" + column.header());
            }
        }
        String name = cells.get(ImportColumn.HEAD_NAME).strip();
        if (name.length() > 40 || name.chars().anyMatch(c -> Character.isDigit(c) || Character.isISOControl(c))) {
            return fail(ImportColumn.HEAD_NAME, "户主姓名应为不含数字的文字，最多40字");
        }
        String id = cells.get(ImportColumn.HEAD_ID).replace(" ", "").strip().toUpperCase(java.util.Locale.ROOT);
        String idProblem = ResidentIdNumber.problemWith(id);
        if (idProblem != null) {
            return fail(ImportColumn.HEAD_ID, idProblem);
        }
        String register = cells.get(ImportColumn.REGISTER_NO).strip();
        if (!REGISTER_NO.matcher(register).matches()) {
            return fail(ImportColumn.REGISTER_NO, "户口簿编号应为4–40位字母、数字或连字符");
        }
        Integer members = integer(cells.get(ImportColumn.MEMBERS));
        if (members == null || members < 1 || members > 99) {
            return fail(ImportColumn.MEMBERS, "家庭人口应为1–99的整数");
        }
        String village = cells.get(ImportColumn.VILLAGE_CODE).strip();
        if (!villages.contains(village)) {
            return fail(ImportColumn.VILLAGE_CODE, "村代码 " + shorten(village) + " 不是本县的村（12位区划代码）");
        }
        String address = cells.get(ImportColumn.ADDRESS).strip();
        if (address.length() > 200) {
            return fail(ImportColumn.ADDRESS, "详细地址最多200字");
        }
        HouseStructure structure =
                HouseStructure.parse(cells.get(ImportColumn.STRUCTURE)).orElse(null);
        if (structure == null) {
            return fail(ImportColumn.STRUCTURE, "房屋结构应为：框架、砖混、砖木、土木、其他");
        }
        String yearText = cells.get(ImportColumn.YEAR_BUILT).strip();
        if (!YEAR.matcher(yearText).matches()) {
            return fail(ImportColumn.YEAR_BUILT, "建造年份应为四位年份（如1998），不是日期或文字");
        }
        int year = Integer.parseInt(yearText);
        if (year < 1900 || year > schemeYear) {
            return fail(ImportColumn.YEAR_BUILT, "建造年份应在1900–" + schemeYear + "之间（在建房屋不属保险标的）");
        }
        BigDecimal area = decimal(cells.get(ImportColumn.FLOOR_AREA));
        if (area == null || area.signum() <= 0 || area.compareTo(LARGEST_AREA) > 0 || area.scale() > 2) {
            return fail(ImportColumn.FLOOR_AREA, "建筑面积应为0–2000之间的数字，最多两位小数");
        }
        HouseholdCategory category =
                HouseholdCategory.parse(cells.get(ImportColumn.CATEGORY)).orElse(null);
        if (category == null) {
            return fail(ImportColumn.CATEGORY, "户类别应为：一般农户、低保户、特困供养、优抚家庭、贫困重度残疾人家庭、脱贫户");
        }
        String topUpText = cells.get(ImportColumn.TOP_UP);
        Boolean topUp = blank(topUpText) ? Boolean.FALSE : yesNo(topUpText.strip());
        if (topUp == null) {
            return fail(ImportColumn.TOP_UP, "自愿补缴应填“是”或“否”");
        }
        if (topUp && !category.isSpecial()) {
            return fail(ImportColumn.TOP_UP, "只有低保、特困等特殊农户可自愿补缴");
        }
        String bank = cells.get(ImportColumn.BANK_ACCOUNT).replace(" ", "").strip();
        if (!BANK_ACCOUNT.matcher(bank).matches()) {
            return fail(ImportColumn.BANK_ACCOUNT, "银行账号应为12–30位数字");
        }
        String phone = cells.get(ImportColumn.PHONE).replace(" ", "").strip();
        if (!MobileNumber.isValid(phone)) {
            return fail(ImportColumn.PHONE, "联系电话应为11位手机号码");
        }
        return new Checked(
                new HouseholdRow(
                        name, id, register, members, village, address, structure, year, area, category, topUp, bank,
                        phone),
                null);
    }

    private static Checked fail(ImportColumn column, String reason) {
        return new Checked(null, new Problem(column, reason));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Integer integer(String text) {
        try {
            BigDecimal value = new BigDecimal(text.strip());
            return value.stripTrailingZeros().scale() <= 0 ? value.intValueExact() : null;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.strip()).stripTrailingZeros();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Boolean yesNo(String text) {
        return switch (text) {
            case "是", "Y", "y", "1" -> Boolean.TRUE;
            case "否", "N", "n", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String shorten(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
