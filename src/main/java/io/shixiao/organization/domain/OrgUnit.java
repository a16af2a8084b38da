package io.shixiao.organization.domain;

import io.shixiao.organization.OrgUnitLevel;
import io.shixiao.shared.division.DivisionCode;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One unit of an insurer's branch tree. Its materialised {@code path} ({@code /1/4/9/}) lists the ids
 * from the head office down to itself and is what a data scope matches on.
 */
public final class OrgUnit {

    private @Nullable Long id;
    private final long insurerId;
    private final @Nullable Long parentId;
    private final OrgUnitLevel level;
    private String code;
    private String name;
    private DivisionCode divisionCode;
    private @Nullable String path;
    private final String parentPath;
    private boolean active;
    private final long version;

    private OrgUnit(
            @Nullable Long id,
            long insurerId,
            @Nullable Long parentId,
            OrgUnitLevel level,
            String code,
            String name,
            DivisionCode divisionCode,
            @Nullable String path,
            String parentPath,
            boolean active,
            long version) {
        this.id = id;
        this.insurerId = insurerId;
        this.parentId = parentId;
        this.level = Require.present("level", level);
        this.code = Require.text("code", code);
        this.name = Require.text("name", name);
        this.divisionCode = Require.present("divisionCode", divisionCode);
        this.path = path;
        this.parentPath = parentPath;
        this.active = active;
        this.version = version;
    }

    /** The head office: the only unit without a parent, and the only place the head office level may stand. */
    public static OrgUnit headOffice(long insurerId, String code, String name, DivisionCode divisionCode) {
        return new OrgUnit(
                null, insurerId, null, OrgUnitLevel.HEAD_OFFICE, code, name, divisionCode, null, "/", true, 0);
    }

    /** A new unit below {@code parent}: the parent must be active and of a higher level. */
    public static OrgUnit under(
            OrgUnit parent, OrgUnitLevel level, String code, String name, DivisionCode divisionCode) {
        Require.present("level", level);
        if (!parent.active) {
            throw new ConflictException(
                    "parentId", "Parent unit " + parent.code + " is inactive; a new unit needs an active parent");
        }
        if (!parent.level.mayContain(level)) {
            throw new InvalidInputException(
                    "level",
                    "A " + level.chineseName() + " (" + level + ") cannot be placed under a "
                            + parent.level.chineseName() + " (" + parent.level
                            + "); a child's level must be below its parent's");
        }
        return new OrgUnit(
                null, parent.insurerId, parent.id, level, code, name, divisionCode, null, parent.path(), true, 0);
    }

    public static OrgUnit restore(
            long id,
            long insurerId,
            @Nullable Long parentId,
            OrgUnitLevel level,
            String code,
            String name,
            DivisionCode divisionCode,
            String path,
            boolean active,
            long version) {
        String parentPath = path.substring(0, path.length() - 1);
        parentPath = parentPath.substring(0, parentPath.lastIndexOf('/') + 1);
        return new OrgUnit(id, insurerId, parentId, level, code, name, divisionCode, path, parentPath, active, version);
    }

    /** Gives a new unit its id and with it its path: the parent's path followed by the id. */
    public void assignId(long newId) {
        if (id != null) {
            throw new IllegalStateException("Unit " + code + " already has id " + id);
        }
        id = newId;
        path = parentPath + newId + "/";
    }

    public void revise(String code, String name, DivisionCode divisionCode) {
        this.code = Require.text("code", code);
        this.name = Require.text("name", name);
        this.divisionCode = Require.present("divisionCode", divisionCode);
    }

    /**
     * A unit with active children, active staff or active outlets cannot be deactivated: the children
     * would hang under an inactive unit, the staff would belong nowhere and the outlets would keep
     * serving customers for a unit that no longer exists.
     */
    public void deactivate(long activeChildren, long activeStaff, long activeOutlets) {
        if (!active) {
            throw new ConflictException("active", "Unit " + code + " is already inactive");
        }
        if (activeChildren > 0) {
            throw new ConflictException(
                    "children", "Unit " + code + " still has " + activeChildren + " active child units");
        }
        if (activeStaff > 0) {
            throw new ConflictException("staff", "Unit " + code + " still has " + activeStaff + " active staff");
        }
        if (activeOutlets > 0) {
            throw new ConflictException("outlets", "Unit " + code + " still has " + activeOutlets + " active outlets");
        }
        active = false;
    }

    /** Whether {@code otherPath} lies in this unit's subtree (this unit included). */
    public boolean contains(String otherPath) {
        return otherPath != null && otherPath.startsWith(path);
    }

    public @Nullable Long id() {
        return id;
    }

    public long insurerId() {
        return insurerId;
    }

    public @Nullable Long parentId() {
        return parentId;
    }

    public OrgUnitLevel level() {
        return level;
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

    /** The unit's path; known once the unit has its id. */
    public String path() {
        return Objects.requireNonNull(path, "a new unit has its path once it has its id");
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
