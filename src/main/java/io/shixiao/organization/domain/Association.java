package io.shixiao.organization.domain;

import io.shixiao.shared.division.DivisionCode;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** 保险行业协会: an insurance association of a province or city and its member insurers over time. */
public final class Association {

    private final @Nullable Long id;
    private final String code;
    private String name;
    private DivisionCode divisionCode;
    private final List<Membership> members;
    private boolean active;
    private final long version;

    private Association(
            @Nullable Long id,
            String code,
            String name,
            DivisionCode divisionCode,
            List<Membership> members,
            boolean active,
            long version) {
        this.id = id;
        this.code = Require.text("code", code);
        this.name = Require.text("name", name);
        this.divisionCode = Require.present("divisionCode", divisionCode);
        this.members = new ArrayList<>(members);
        this.active = active;
        this.version = version;
    }

    public static Association found(String code, String name, DivisionCode divisionCode) {
        return new Association(null, code, name, divisionCode, List.of(), true, 0);
    }

    public static Association restore(
            long id,
            String code,
            String name,
            DivisionCode divisionCode,
            List<Membership> members,
            boolean active,
            long version) {
        return new Association(id, code, name, divisionCode, members, active, version);
    }

    public void revise(String name, DivisionCode divisionCode) {
        this.name = Require.text("name", name);
        this.divisionCode = Require.present("divisionCode", divisionCode);
    }

    /** An insurer joins; it cannot join twice while it is a member. */
    public void admit(long insurerId, LocalDate joinedOn) {
        Require.plausibleDate("joinedOn", Require.present("joinedOn", joinedOn));
        if (currentMembership(insurerId) != null) {
            throw new ConflictException("insurerId", "Insurer " + insurerId + " is already a member of " + name);
        }
        members.add(new Membership(insurerId, joinedOn, null));
    }

    /** A member leaves on {@code leftOn}, not before it joined. */
    public void release(long insurerId, LocalDate leftOn) {
        Require.plausibleDate("leftOn", Require.present("leftOn", leftOn));
        Membership current = currentMembership(insurerId);
        if (current == null) {
            throw new ConflictException("insurerId", "Insurer " + insurerId + " is not a member of " + name);
        }
        if (leftOn.isBefore(current.joinedOn())) {
            throw new InvalidInputException(
                    "leftOn", "A member leaves on or after " + current.joinedOn() + ", the day it joined");
        }
        members.set(members.indexOf(current), new Membership(insurerId, current.joinedOn(), leftOn));
    }

    public boolean isMember(long insurerId) {
        return currentMembership(insurerId) != null;
    }

    private @Nullable Membership currentMembership(long insurerId) {
        return members.stream()
                .filter(m -> m.insurerId() == insurerId && m.isCurrent())
                .findFirst()
                .orElse(null);
    }

    public void deactivate() {
        if (!active) {
            throw new ConflictException("active", "Association " + code + " is already inactive");
        }
        active = false;
    }

    public @Nullable Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public DivisionCode divisionCode() {
        return divisionCode;
    }

    public List<Membership> members() {
        return List.copyOf(members);
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
