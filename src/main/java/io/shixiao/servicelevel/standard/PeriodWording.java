package io.shixiao.servicelevel.standard;

import io.shixiao.servicelevel.calendar.PeriodUnit;
import java.util.Locale;

/**
 * A standard's period in words, as pages and notices show it: {@code 10个工作日}, {@code 30日（自然日），
 * 最后一日为法定休假日的顺延至其后第一个工作日}, {@code 5分钟（全天候连续计算）}.
 */
public final class PeriodWording {

    private PeriodWording() {}

    /** The period in Chinese, or in English when {@code locale} is English. */
    public static String describe(PeriodSpec period, ServiceStandard.Direction direction, Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english ? english(period, direction) : chinese(period, direction);
    }

    private static String chinese(PeriodSpec period, ServiceStandard.Direction direction) {
        StringBuilder words = new StringBuilder();
        // A blank is never shown with the template's example as if it were the limit.
        String amount = period.parameter() == null ? Long.toString(period.amount()) : "N";
        if (direction == ServiceStandard.Direction.BEFORE_START) {
            words.append("提前");
        }
        words.append(amount)
                .append(
                        switch (period.unit()) {
                            case MINUTES -> "分钟";
                            case HOURS -> "小时";
                            case CALENDAR_DAYS -> "日（自然日）";
                            case WORKING_DAYS -> "个工作日（法定节假日不计入）";
                            case MONTHS -> "个月";
                            case SERVICE_HOURS -> "个服务小时（仅计服务时段）";
                        });
        if (period.unit() == PeriodUnit.MINUTES || period.unit() == PeriodUnit.HOURS) {
            words.append("，全天候连续计算");
        }
        if (period.rollRestDay() && period.unit().isDayBased()) {
            words.append("，最后一日为法定休假日的顺延至其后第一个工作日");
        }
        if (period.unit().isDayBased()) {
            words.append(period.endAtCloseOfBusiness() ? "，截至最后一日停止营业时" : "，截至最后一日二十四时");
        }
        if (period.parameter() != null) {
            words.append("（N 由当事方约定：参数 ")
                    .append(period.parameter())
                    .append(period.unitOpen() ? "，文本未定单位，由当事方一并确定" : "")
                    .append(period.amount() > 0 ? "；文本示例值" + period.amount() + "，不作为约定值" : "")
                    .append("）");
        }
        if (period.policyTerm() != null) {
            words.append("（保单对期限另有约定的，按约定）");
        }
        return words.toString();
    }

    private static String english(PeriodSpec period, ServiceStandard.Direction direction) {
        StringBuilder words = new StringBuilder();
        words.append(period.parameter() == null ? Long.toString(period.amount()) : "N")
                .append(
                        switch (period.unit()) {
                            case MINUTES -> " minutes";
                            case HOURS -> " hours";
                            case CALENDAR_DAYS -> " calendar days";
                            case WORKING_DAYS -> " working days (statutory holidays not counted)";
                            case MONTHS -> " months";
                            case SERVICE_HOURS -> " service hours";
                        });
        if (direction == ServiceStandard.Direction.BEFORE_START) {
            words.append(" before the event");
        }
        if (period.unit() == PeriodUnit.MINUTES || period.unit() == PeriodUnit.HOURS) {
            words.append(", round the clock");
        }
        if (period.rollRestDay() && period.unit().isDayBased()) {
            words.append(", a rest-day last day rolls to the next working day");
        }
        if (period.unit().isDayBased()) {
            words.append(period.endAtCloseOfBusiness() ? ", ending at close of business" : ", ending at 24:00");
        }
        if (period.parameter() != null) {
            words.append(" (N set by the party: parameter ")
                    .append(period.parameter())
                    .append(period.unitOpen() ? ", unit chosen by the party as the text names none" : "")
                    .append(
                            period.amount() > 0
                                    ? "; the template's example " + period.amount() + " is not a value"
                                    : "")
                    .append(")");
        }
        if (period.policyTerm() != null) {
            words.append(" (a period agreed in the policy replaces it)");
        }
        return words.toString();
    }
}
