package io.shixiao.organization.web;

import io.shixiao.organization.OpeningHours;
import io.shixiao.organization.OutletKind;
import io.shixiao.organization.WeeklyHours;
import io.shixiao.organization.domain.Outlet;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/** The outlet form of the 网点 page: the outlet's fields and one row of hours per weekday (empty = closed). */
public class OutletForm extends UnitRecordForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Size(max = 300)
    private String address;

    @NotBlank
    @Pattern(regexp = ApiPatterns.DIVISION)
    private String divisionCode;

    @NotNull
    private OutletKind kind = OutletKind.SELF_BUILT;

    @NotBlank
    @Pattern(regexp = ApiPatterns.HOTLINE)
    private String hotline;

    private List<Day> days = new ArrayList<>();

    /** One weekday's opening and closing time. */
    public static class Day {
        private DayOfWeek day;

        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime opens;

        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime closes;

        public DayOfWeek getDay() {
            return day;
        }

        public void setDay(DayOfWeek day) {
            this.day = day;
        }

        public LocalTime getOpens() {
            return opens;
        }

        public void setOpens(LocalTime opens) {
            this.opens = opens;
        }

        public LocalTime getCloses() {
            return closes;
        }

        public void setCloses(LocalTime closes) {
            this.closes = closes;
        }
    }

    /** A new outlet's form: Monday to Friday 08:30–17:30, weekend closed. */
    static OutletForm blank() {
        OutletForm form = new OutletForm();
        for (DayOfWeek day : DayOfWeek.values()) {
            Day row = new Day();
            row.setDay(day);
            if (day.getValue() <= 5) {
                row.setOpens(LocalTime.of(8, 30));
                row.setCloses(LocalTime.of(17, 30));
            }
            form.days.add(row);
        }
        return form;
    }

    static OutletForm of(Outlet outlet) {
        OutletForm form = new OutletForm();
        form.setVersion(outlet.version());
        form.setOrgUnitId(outlet.orgUnitId());
        form.name = outlet.name();
        form.address = outlet.address();
        form.divisionCode = outlet.divisionCode().value();
        form.kind = outlet.kind();
        form.hotline = outlet.hotline();
        for (DayOfWeek day : DayOfWeek.values()) {
            Day row = new Day();
            row.setDay(day);
            outlet.hours().on(day).ifPresent(h -> {
                row.setOpens(h.opens());
                row.setCloses(h.closes());
            });
            form.days.add(row);
        }
        return form;
    }

    /** The weekly hours, or {@code null} after recording each inconsistent day next to its row. */
    WeeklyHours hours(BindingResult binding) {
        EnumMap<DayOfWeek, OpeningHours> result = new EnumMap<>(DayOfWeek.class);
        for (int i = 0; i < days.size(); i++) {
            Day row = days.get(i);
            if (row.getDay() == null || (row.getOpens() == null && row.getCloses() == null)) {
                continue;
            }
            if (row.getOpens() == null
                    || row.getCloses() == null
                    || !row.getCloses().isAfter(row.getOpens())) {
                binding.rejectValue("days[" + i + "].closes", "invalid", "关门时间须晚于开门时间 (closes after opens)");
                continue;
            }
            result.put(row.getDay(), new OpeningHours(row.getOpens(), row.getCloses()));
        }
        if (result.isEmpty() && !binding.hasFieldErrors("days*")) {
            binding.rejectValue("days", "invalid", "每周至少营业一天 (open at least one day a week)");
        }
        return binding.hasFieldErrors("days*") ? null : new WeeklyHours(result);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getDivisionCode() {
        return divisionCode;
    }

    public void setDivisionCode(String divisionCode) {
        this.divisionCode = divisionCode;
    }

    public OutletKind getKind() {
        return kind;
    }

    public void setKind(OutletKind kind) {
        this.kind = kind;
    }

    public String getHotline() {
        return hotline;
    }

    public void setHotline(String hotline) {
        this.hotline = hotline;
    }

    public List<Day> getDays() {
        return days;
    }

    public void setDays(List<Day> days) {
        this.days = days;
    }
}
