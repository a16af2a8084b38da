package io.shixiao.servicelevel.web;

import io.shixiao.servicelevel.Milestone;
import io.shixiao.servicelevel.calendar.PeriodUnit;
import io.shixiao.servicelevel.standard.Applicability;
import io.shixiao.servicelevel.standard.ExtensionPolicy;
import io.shixiao.servicelevel.standard.PeriodWording;
import io.shixiao.servicelevel.standard.Remedy;
import io.shixiao.servicelevel.standard.ServiceStandard;
import io.shixiao.shared.security.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A standard as the catalog pages show it: every part in words. */
public record StandardView(
        String code,
        String title,
        String kind,
        String bindsStep,
        String tier,
        String document,
        String clause,
        List<String> passages,
        String appliesTo,
        String period,
        String count,
        List<String> start,
        List<String> stop,
        List<String> pause,
        List<String> resume,
        List<String> restart,
        List<String> cancel,
        List<String> warnings,
        String escalation,
        List<String> extension,
        List<String> remedies,
        String remedy,
        String note,
        String effective) {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("MOTOR", "机动车辆保险"),
            Map.entry("RURAL_HOUSING", "农村住房保险"),
            Map.entry("PROPERTY", "财产保险"),
            Map.entry("OTHER", "其他险种"),
            Map.entry("URBAN", "城区"),
            Map.entry("OUTSIDE_URBAN", "城区以外"),
            Map.entry("OUT_OF_PROVINCE", "省外出险"),
            Map.entry("COUNTY_TOWN", "县城区以内"),
            Map.entry("ELSEWHERE_IN_COUNTY", "城区以外且在县境内"),
            Map.entry("HOTLINE", "热线"),
            Map.entry("OUTLET", "网点"),
            Map.entry("PORTAL", "客户门户"),
            Map.entry("REGULATOR_RELAYED", "监管机构转来"),
            Map.entry("ASSOCIATION_RELAYED", "行业协会转来"),
            Map.entry("LIABILITY_CLEAR", "事故责任和保险责任明确"),
            Map.entry("DOCUMENTS_COMPLETE", "单证齐全、真实"),
            Map.entry("LOSS_AGREED", "已达成损失确认协议"),
            Map.entry("COMPLEX_CASE", "复杂案件"),
            Map.entry("DELIVERY_REQUIRED", "需要送达"),
            Map.entry("CLAIM", "赔案"),
            Map.entry("COMPLAINT", "投诉"),
            Map.entry("CONSULTATION", "咨询"),
            Map.entry("POLICY", "保单"),
            Map.entry("HOTLINE_CALL", "热线来电"));

    private static final Map<String, String> TIERS = Map.of(
            "LAW",
            "法律",
            "REGULATION",
            "部门规章",
            "ASSOCIATION_NORM",
            "行业协会规范",
            "COMPANY_PLEDGE",
            "公司服务承诺",
            "CONTRACT",
            "合同约定");

    private static final Map<String, String> ROLES = roleNames();

    static StandardView of(ServiceStandard s, Locale locale) {
        return new StandardView(
                s.code(),
                s.title(),
                s.kind() == ServiceStandard.Kind.CLOCK ? "时限" : "次数限制",
                s.bindsStep(),
                TIERS.get(s.source().tier().name()),
                s.source().document(),
                s.source().clause(),
                s.source().passages(),
                applicability(s.appliesTo()),
                s.period() == null ? null : PeriodWording.describe(s.period(), s.direction(), locale),
                s.countLimit() == null
                        ? null
                        : milestone(s.countLimit().counted()) + "：每案至多"
                                + s.countLimit().maximum() + "次",
                milestones(s.milestones().start()),
                milestones(s.milestones().stop()),
                milestones(s.milestones().pause()),
                milestones(s.milestones().resume()),
                milestones(s.milestones().restart()),
                milestones(s.milestones().cancel()),
                s.warnings().stream()
                        .map(w -> "已用" + w.elapsedPercent() + "%时提醒" + roles(w.notifyRoles()))
                        .toList(),
                roles(s.escalationRoles()),
                extension(s.extension()),
                s.remedies().stream().map(Remedy::chineseName).toList(),
                s.remedy(),
                s.note(),
                s.effectiveFrom() + (s.effectiveTo() == null ? " 起施行" : " 至 " + s.effectiveTo()));
    }

    /** The standards grouped by source document, the strongest tier first, in catalog order within. */
    static Map<String, List<StandardView>> bySource(List<ServiceStandard> standards, Locale locale) {
        Map<String, List<StandardView>> groups = new LinkedHashMap<>();
        List<ServiceStandard> byTier = standards.stream()
                .sorted(Comparator.comparing((ServiceStandard s) -> s.source().tier()))
                .toList();
        for (ServiceStandard standard : byTier) {
            groups.computeIfAbsent(standard.source().document(), k -> new ArrayList<>())
                    .add(of(standard, locale));
        }
        return groups;
    }

    private static String applicability(Applicability a) {
        List<String> parts = new ArrayList<>();
        parts.add(WORDS.getOrDefault(a.caseType(), a.caseType()));
        if (!a.productLines().isEmpty()) {
            parts.add(words(a.productLines()));
        }
        if (!a.regions().isEmpty()) {
            parts.add("地区 " + String.join("、", a.regions())
                    + (a.excludedRegions().isEmpty() ? "" : "（不含 " + String.join("、", a.excludedRegions()) + "）"));
        }
        if (a.minAmount() != null) {
            parts.add(a.minAmount().toPlainString() + "元以上");
        }
        if (a.maxAmount() != null) {
            parts.add(a.maxAmount().toPlainString() + "元以下" + (a.maxAmountInclusive() ? "（含）" : "（不含）"));
        }
        if (a.injuries() != null) {
            parts.add(a.injuries() ? "涉及人员伤亡" : "不涉及人员伤亡");
        }
        if (!a.zoneKinds().isEmpty()) {
            parts.add(words(a.zoneKinds()));
        }
        if (!a.channels().isEmpty()) {
            parts.add(words(a.channels()));
        }
        if (a.catastrophe() != null) {
            parts.add(a.catastrophe() ? "巨灾案件" : "非巨灾案件");
        }
        if (!a.facts().isEmpty()) {
            parts.add(words(a.facts()));
        }
        return String.join("；", parts);
    }

    private static List<String> extension(ExtensionPolicy policy) {
        List<String> steps = new ArrayList<>();
        for (ExtensionPolicy.Step step : policy.steps()) {
            StringBuilder words = new StringBuilder();
            if (step.condition() != null) {
                words.append(step.condition()).append("：");
            }
            words.append(step.amount() > 0 ? "可延长" + step.amount() + unit(step.unit()) : "可适当延长（期限由审批人确定）");
            if (step.approverRole() != null) {
                words.append("，须经")
                        .append(step.approverLevel() != null ? step.approverLevel() : ROLES.get(step.approverRole()))
                        .append("审批");
            }
            if (step.customerNoticeRequired()) {
                words.append(step.noticeBeforeDeadline() ? "，并在原期限内告知客户" : "，并告知客户");
            }
            steps.add(words.toString());
        }
        return steps;
    }

    private static String unit(PeriodUnit unit) {
        return switch (unit) {
            case MINUTES -> "分钟";
            case HOURS -> "小时";
            case CALENDAR_DAYS -> "日";
            case WORKING_DAYS -> "个工作日";
            case MONTHS -> "个月";
            case SERVICE_HOURS -> "个服务小时";
        };
    }

    private static List<String> milestones(Set<String> names) {
        return names.stream().map(StandardView::milestone).toList();
    }

    private static String milestone(String name) {
        return Milestone.valueOf(name).chineseName();
    }

    private static String words(Set<String> names) {
        return String.join(
                "、", names.stream().map(n -> WORDS.getOrDefault(n, n)).toList());
    }

    private static String roles(Set<String> names) {
        return String.join(
                "、", names.stream().map(n -> ROLES.getOrDefault(n, n)).toList());
    }

    private static Map<String, String> roleNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            names.put(role.name(), role.chineseName());
        }
        return Map.copyOf(names);
    }
}
