package io.shixiao.enrolment.application;

import io.shixiao.enrolment.domain.DeclineReason;
import io.shixiao.feedback.SatisfactionResults;
import io.shixiao.servicelevel.CaseDeadlines;
import io.shixiao.servicelevel.CaseRef;
import io.shixiao.servicelevel.ClockState;
import io.shixiao.servicelevel.ClockView;
import io.shixiao.servicelevel.ServiceClocks;
import io.shixiao.shared.document.NoticeRenderer;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.time.ShanghaiTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The county's acceptance report (服务验收准则): coverage by township (expected, enrolled, ratio, reasons
 * for not enrolling), the premium and subsidy ledger by funding source, claims of the period (count,
 * total, average, time from report to payment), timeliness per standard from the engine's clocks
 * (required, met, overdue, open, reasons given), and satisfaction as the callback module records it — as tables for the page, an Excel
 * workbook and a PDF. Money is shown in yuan.
 */
@Service
public class CountyReports {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /** The bid's satisfaction survey as the callback module packages it (seeds/004 客户评价收集). */
    static final String SURVEY = "SEED-004";

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final Schemes schemes;
    private final ServiceClocks clocks;
    private final NoticeRenderer renderer;
    private final SatisfactionResults satisfaction;
    private final Clock clock;

    CountyReports(
            JdbcClient jdbc,
            Ledger ledger,
            Schemes schemes,
            ServiceClocks clocks,
            NoticeRenderer renderer,
            SatisfactionResults satisfaction,
            Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.schemes = schemes;
        this.clocks = clocks;
        this.renderer = renderer;
        this.satisfaction = satisfaction;
        this.clock = clock;
    }

    /** A report period: a month ({@code 2026-05}) or a year ({@code 2026}). */
    public record Period(LocalDate from, LocalDate toExclusive, String label) {

        public static Period parse(String text, Clock clock) {
            LocalDate today = LocalDate.now(clock.withZone(ShanghaiTime.ZONE));
            if (text == null || text.isBlank()) {
                LocalDate first = today.withDayOfMonth(1);
                return new Period(first, first.plusMonths(1), first.getYear() + "年" + first.getMonthValue() + "月");
            }
            try {
                if (text.matches("\\d{4}")) {
                    LocalDate first = LocalDate.of(Integer.parseInt(text), 1, 1);
                    return new Period(first, first.plusYears(1), first.getYear() + "年度");
                }
                if (text.matches("\\d{4}-\\d{2}")) {
                    LocalDate first = LocalDate.parse(text + "-01");
                    return new Period(first, first.plusMonths(1), first.getYear() + "年" + first.getMonthValue() + "月");
                }
            } catch (RuntimeException e) {
                throw new InvalidInputException("period", "a month as 2026-05 or a year as 2026");
            }
            throw new InvalidInputException("period", "a month as 2026-05 or a year as 2026");
        }
    }

    /** The report's tables for the scheme and period, for a reader who sees the scheme. */
    public List<ReportTable> tables(long schemeId, Period period, DataScope scope) {
        Ledger.CountyLedger county = ledger.of(schemeId, scope);
        List<ReportTable> tables = new ArrayList<>();
        tables.add(coverage(county));
        tables.add(money(county));
        List<Map<String, Object>> claims = claimsOf(county.scheme(), period);
        tables.add(claimStatistics(claims));
        tables.add(timeliness(county.scheme(), claims));
        tables.add(satisfaction(county.scheme(), period));
        return tables;
    }

    /**
     * 客户满意度验收: the callback module's rates for the bid's own survey (SEED-004, 满意/基本满意/不满意), answered
     * in the period by the customers of the unit running the scheme — as that module counts them.
     */
    private ReportTable satisfaction(Scheme scheme, Period period) {
        List<SatisfactionResults.QuestionRate> rates = satisfaction.byQuestion(
                DataScope.subtree(scheme.insurerId(), scheme.orgUnitId(), scheme.orgPath()),
                SURVEY,
                period.from(),
                period.toExclusive().minusDays(1));
        List<List<Object>> rows = new ArrayList<>();
        for (SatisfactionResults.QuestionRate rate : rates) {
            rows.add(List.of(
                    rate.question(),
                    rate.answers(),
                    rate.satisfied(),
                    String.format(Locale.ROOT, "%.1f%%", rate.percent())));
        }
        return new ReportTable(
                "客户满意度",
                List.of("调查问题", "回答数", "满意", "满意率"),
                rows,
                rates.isEmpty()
                        ? "本期尚无回访结果（回访模块，问卷 " + SURVEY + "）。"
                        : "回访模块记录的本期回访结果（问卷 " + SURVEY + "：满意/基本满意/不满意），满意率为答“满意”的比例。");
    }

    public byte[] workbook(long schemeId, Period period, DataScope scope) {
        List<ReportTable> tables = tables(schemeId, period, scope);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (ReportTable table : tables) {
                SXSSFSheet sheet = workbook.createSheet(table.title());
                Row header = sheet.createRow(0);
                for (int i = 0; i < table.headers().size(); i++) {
                    Cell cell = header.createCell(i);
                    cell.setCellValue(table.headers().get(i));
                    cell.setCellStyle(bold);
                }
                int r = 1;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        Object value = values.get(i);
                        if (value instanceof Number number) {
                            row.createCell(i).setCellValue(number.doubleValue());
                        } else {
                            row.createCell(i).setCellValue(value == null ? "" : value.toString());
                        }
                    }
                }
                if (!table.note().isBlank()) {
                    sheet.createRow(r + 1).createCell(0).setCellValue(table.note());
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] pdf(long schemeId, Period period, DataScope scope, Locale locale) {
        Scheme scheme = schemes.visible(schemeId, scope);
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("scheme", scheme);
        variables.put("period", period);
        variables.put("tables", tables(schemeId, period, scope));
        variables.put("issued", DAY.format(LocalDate.now(clock.withZone(ShanghaiTime.ZONE))));
        return renderer.render("enrolment/county-report", variables, locale);
    }

    private ReportTable coverage(Ledger.CountyLedger county) {
        List<List<Object>> rows = new ArrayList<>();
        for (Ledger.TownLedger town : county.towns()) {
            LedgerLine t = town.total();
            rows.add(List.of(
                    t.name(),
                    t.registered(),
                    t.enrolled(),
                    percent(town.coverage().ratio()),
                    t.registered() - t.enrolled()));
        }
        LedgerLine total = county.total();
        rows.add(List.of(
                "合计",
                total.registered(),
                total.enrolled(),
                percent(county.coverage().ratio()),
                total.registered() - total.enrolled()));
        StringBuilder reasons = new StringBuilder("未参保原因：");
        if (county.declineReasons().isEmpty()) {
            reasons.append("无");
        }
        county.declineReasons()
                .forEach((reason, count) -> reasons.append(reasonName(reason))
                        .append(' ')
                        .append(count)
                        .append("户；"));
        return new ReportTable("参保情况", List.of("乡镇", "应保户数", "参保户数", "参保率", "未参保户数"), rows, reasons.toString());
    }

    private ReportTable money(Ledger.CountyLedger county) {
        List<List<Object>> rows = new ArrayList<>();
        for (Ledger.TownLedger town : county.towns()) {
            rows.add(moneyRow(town.total()));
        }
        List<Object> total = new ArrayList<>(moneyRow(county.total()));
        total.set(0, "合计");
        rows.add(total);
        return new ReportTable(
                "保费及补贴台账",
                List.of("乡镇", "参保户数", "农户自缴", "中央财政", "省级财政", "县级财政", "自愿补缴", "保费合计", "方案应收", "农户已缴", "是否平衡"),
                rows,
                county.reconciles() ? "各村、各乡镇及全县均平衡：农户+中央+省+县+补缴=保费=方案应收。" : "存在不平衡的村，请在台账页面查看。");
    }

    private static List<Object> moneyRow(LedgerLine l) {
        return List.of(
                l.name(),
                l.enrolled(),
                yuan(l.farmer()),
                yuan(l.central()),
                yuan(l.province()),
                yuan(l.county()),
                yuan(l.topUp()),
                yuan(l.premium()),
                yuan(l.expected()),
                yuan(l.farmerPaid()),
                l.reconciles() ? "是" : "否");
    }

    private List<Map<String, Object>> claimsOf(Scheme scheme, Period period) {
        return jdbc.sql("""
                select c.claim_no, c.state, c.reported_at, c.paid_at, c.indemnity_fen from rural_house_claim c
                where c.scheme_id = :s and c.reported_at >= :from and c.reported_at < :to order by c.id""")
                .param("s", scheme.id())
                .param(
                        "from",
                        Timestamp.from(
                                period.from().atStartOfDay(ShanghaiTime.ZONE).toInstant()))
                .param(
                        "to",
                        Timestamp.from(period.toExclusive()
                                .atStartOfDay(ShanghaiTime.ZONE)
                                .toInstant()))
                .query()
                .listOfRows();
    }

    private static ReportTable claimStatistics(List<Map<String, Object>> claims) {
        long paid = 0;
        long total = 0;
        Map<String, Long> byDays = new LinkedHashMap<>();
        for (String bucket : List.of("7日内", "8–15日", "16–30日", "30日以上")) {
            byDays.put(bucket, 0L);
        }
        for (Map<String, Object> claim : claims) {
            if (claim.get("paid_at") instanceof Timestamp paidAt) {
                paid++;
                total += ((Number) claim.get("indemnity_fen")).longValue();
                long days = java.time.Duration.between(
                                ((Timestamp) claim.get("reported_at")).toInstant(), paidAt.toInstant())
                        .toDays();
                String bucket = days <= 7 ? "7日内" : days <= 15 ? "8–15日" : days <= 30 ? "16–30日" : "30日以上";
                byDays.merge(bucket, 1L, Long::sum);
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("报案件数", claims.size()));
        rows.add(List.of("已赔付件数", paid));
        rows.add(List.of("赔款合计（元）", yuan(total)));
        rows.add(List.of("平均赔款（元）", paid == 0 ? 0 : yuan(total / paid)));
        byDays.forEach((bucket, count) -> rows.add(List.of("报案至支付 " + bucket, count)));
        return new ReportTable("理赔情况", List.of("项目", "数值"), rows, "按报案时间统计本期案件。");
    }

    private ReportTable timeliness(Scheme scheme, List<Map<String, Object>> claims) {
        List<CaseRef> refs = claims.stream()
                .map(c -> CaseRef.of(
                        io.shixiao.servicelevel.CaseType.CLAIM, scheme.insurerId(), (String) c.get("claim_no")))
                .toList();
        Map<String, long[]> byStandard = new TreeMap<>();
        Map<String, String> titles = new TreeMap<>();
        Map<String, Map<String, Long>> reasons = new TreeMap<>();
        for (int from = 0; from < refs.size(); from += 500) {
            Collection<CaseDeadlines> deadlines = clocks.deadlinesOf(
                            refs.subList(from, Math.min(refs.size(), from + 500)))
                    .values();
            for (CaseDeadlines caseDeadlines : deadlines) {
                for (ClockView c : caseDeadlines.clocks()) {
                    if (c.state() == ClockState.CANCELLED) {
                        continue;
                    }
                    long[] counts = byStandard.computeIfAbsent(c.standardCode(), k -> new long[4]);
                    titles.putIfAbsent(c.standardCode(), c.title());
                    counts[0]++;
                    if (c.state() == ClockState.MET) {
                        counts[1]++;
                    } else if (c.state() == ClockState.BREACHED) {
                        counts[2]++;
                        if (c.breachReason() != null) {
                            reasons.computeIfAbsent(c.standardCode(), k -> new TreeMap<>())
                                    .merge(c.breachReason(), 1L, Long::sum);
                        }
                    } else {
                        counts[3]++;
                    }
                }
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        byStandard.forEach((code, counts) -> rows.add(List.of(
                code,
                titles.get(code),
                counts[0],
                counts[1],
                counts[2],
                counts[3],
                counts[1] + counts[2] == 0 ? "—" : percent((double) counts[1] / (counts[1] + counts[2])),
                String.join("；", reasons.getOrDefault(code, Map.of()).keySet()))));
        return new ReportTable(
                "服务时效",
                List.of("时效标准", "环节", "应办件数", "按时", "超时", "进行中", "按时率", "超时原因"),
                rows,
                "时限由时效引擎按目录（huzhu-rural-housing.yml 等）和本方案合同参数计算；审核、支付时限为方案约定的工作日数。");
    }

    private static String reasonName(String reason) {
        try {
            return switch (DeclineReason.valueOf(reason)) {
                case REFUSED -> "农户不愿参保";
                case AWAY -> "常年外出联系不上";
                case UNINHABITED -> "房屋无人居住";
                case UNDER_CONSTRUCTION -> "房屋在建";
                case JOINED_ANOTHER_HOUSEHOLD -> "未分家随他户参保";
                case OTHER -> "其他";
            };
        } catch (IllegalArgumentException e) {
            return reason;
        }
    }

    static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    static java.math.BigDecimal yuan(long fen) {
        return java.math.BigDecimal.valueOf(fen, 2);
    }
}
