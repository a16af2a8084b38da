package io.shixiao.organization.domain;

import io.shixiao.organization.OutletKind;
import io.shixiao.organization.WeeklyHours;
import io.shixiao.shared.division.DivisionCode;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** 服务网点: a place where customers are served (咨询、投保、理赔、投诉), with hours and a hotline. */
public final class Outlet {

    private final @Nullable Long id;
    private long orgUnitId;
    private String name;
    private String address;
    private DivisionCode divisionCode;
    private OutletKind kind;
    private String hotline;
    private WeeklyHours hours;
    private boolean active;
    private final long version;

    private Outlet(
            @Nullable Long id,
            long orgUnitId,
            String name,
            String address,
            DivisionCode divisionCode,
            OutletKind kind,
            String hotline,
            WeeklyHours hours,
            boolean active,
            long version) {
        this.id = id;
        this.orgUnitId = orgUnitId;
        this.name = name;
        this.address = address;
        this.divisionCode = divisionCode;
        this.kind = kind;
        this.hotline = hotline;
        this.hours = hours;
        this.version = version;
        this.active = active;
    }

    public static Outlet open(
            long orgUnitId,
            String name,
            String address,
            DivisionCode divisionCode,
            OutletKind kind,
            String hotline,
            WeeklyHours hours) {
        Outlet outlet = new Outlet(null, orgUnitId, name, address, divisionCode, kind, hotline, hours, true, 0);
        outlet.apply(orgUnitId, name, address, divisionCode, kind, hotline, hours);
        return outlet;
    }

    /** An outlet as stored; a stored outlet is taken as it is, even one whose hours were removed. */
    public static Outlet restore(
            long id,
            long orgUnitId,
            String name,
            String address,
            DivisionCode divisionCode,
            OutletKind kind,
            String hotline,
            WeeklyHours hours,
            boolean active,
            long version) {
        return new Outlet(id, orgUnitId, name, address, divisionCode, kind, hotline, hours, active, version);
    }

    public void revise(
            long orgUnitId,
            String name,
            String address,
            DivisionCode divisionCode,
            OutletKind kind,
            String hotline,
            WeeklyHours hours) {
        apply(orgUnitId, name, address, divisionCode, kind, hotline, hours);
    }

    private void apply(
            long orgUnitId,
            String name,
            String address,
            DivisionCode divisionCode,
            OutletKind kind,
            String hotline,
            WeeklyHours hours) {
        this.orgUnitId = orgUnitId;
        this.name = Require.text("name", name);
        this.address = Require.text("address", address);
        this.divisionCode = Require.present("divisionCode", divisionCode);
        this.kind = Require.present("kind", kind);
        this.hotline = Require.text("hotline", hotline);
        this.hours = anOutletOpensAtLeastOneDayAWeek(hours);
    }

    /** An outlet that never opens is not an outlet; close it by deactivating it. */
    static WeeklyHours anOutletOpensAtLeastOneDayAWeek(WeeklyHours hours) {
        if (hours == null || hours.days().isEmpty()) {
            throw new InvalidInputException("hours", "An outlet opens at least one day a week");
        }
        return hours;
    }

    public void deactivate() {
        if (!active) {
            throw new ConflictException("active", "Outlet " + name + " is already inactive");
        }
        active = false;
    }

    public @Nullable Long id() {
        return id;
    }

    public long orgUnitId() {
        return orgUnitId;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public DivisionCode divisionCode() {
        return divisionCode;
    }

    public OutletKind kind() {
        return kind;
    }

    public String hotline() {
        return hotline;
    }

    public WeeklyHours hours() {
        return hours;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
