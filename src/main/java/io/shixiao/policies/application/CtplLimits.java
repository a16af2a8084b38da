package io.shixiao.policies.application;

import io.shixiao.policies.ItemLimit;
import io.shixiao.policies.LimitItem;
import io.shixiao.shared.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The 交强险 limit schedules held as data (table {@code policy_ctpl_limit}): the schedule in force on a
 * policy's first day gives its item limits. Read once; the schedules change by regulation, years apart.
 */
@Component
public class CtplLimits {

    private final JdbcClient jdbc;
    private volatile TreeMap<LocalDate, List<ItemLimit>> schedules;

    CtplLimits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The item limits of a 交强险 cover starting on {@code firstDay}; empty before the first schedule. */
    public List<ItemLimit> on(LocalDate firstDay) {
        Map.Entry<LocalDate, List<ItemLimit>> schedule = schedules().floorEntry(firstDay);
        return schedule == null ? List.of() : schedule.getValue();
    }

    /** The 交强险 sum insured: the total of the item limits when the vehicle is liable. */
    public Money totalOn(LocalDate firstDay) {
        return on(firstDay).stream().map(ItemLimit::whenLiable).reduce(Money.ZERO, Money::plus);
    }

    private TreeMap<LocalDate, List<ItemLimit>> schedules() {
        TreeMap<LocalDate, List<ItemLimit>> loaded = schedules;
        if (loaded == null) {
            loaded = new TreeMap<>();
            for (Map<String, Object> row : jdbc.sql(
                            "select effective_from, item, when_liable, when_not_liable from policy_ctpl_limit order by effective_from, item")
                    .query()
                    .listOfRows()) {
                LocalDate from = ((java.sql.Date) row.get("effective_from")).toLocalDate();
                loaded.computeIfAbsent(from, d -> new ArrayList<>())
                        .add(new ItemLimit(
                                LimitItem.valueOf((String) row.get("item")),
                                Money.yuan((java.math.BigDecimal) row.get("when_liable")),
                                Money.yuan((java.math.BigDecimal) row.get("when_not_liable"))));
            }
            loaded.replaceAll((day, limits) -> limits.stream()
                    .sorted(java.util.Comparator.comparing(ItemLimit::item))
                    .toList());
            schedules = loaded;
        }
        return loaded;
    }
}
