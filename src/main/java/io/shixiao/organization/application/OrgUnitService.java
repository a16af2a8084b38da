package io.shixiao.organization.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.organization.OrgUnitLevel;
import io.shixiao.organization.domain.OrgUnit;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.ScopeSql;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The branch tree: creating, revising and deactivating units, and the tree as a user may see it. */
@Service
public class OrgUnitService {

    private final OrgUnitRepository units;
    private final InsurerRepository insurers;
    private final OrganizationAccess access;
    private final AuditTrail audit;

    OrgUnitService(OrgUnitRepository units, InsurerRepository insurers, OrganizationAccess access, AuditTrail audit) {
        this.units = units;
        this.insurers = insurers;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Paged<OrgUnit> list(Long insurerId, OrgUnitLevel level, Boolean active, String q, PageRequest page) {
        ScopeSql scope = ScopeSql.over("u", access.scope());
        return new Paged<>(
                units.list(scope, insurerId, level, active, q, page.size(), page.offset()),
                page.page(),
                page.size(),
                units.count(scope, insurerId, level, active, q));
    }

    /** A unit in the user's subtree, or one of its ancestors (shown read-only); otherwise not found. */
    @Transactional(readOnly = true)
    public OrgUnit get(long id) {
        OrgUnit unit = units.find(id).orElseThrow(() -> new NotFoundException("Org unit", id));
        access.requireVisible(visible(access.scope(), unit), "Org unit", id);
        return unit;
    }

    private static boolean visible(DataScope scope, OrgUnit unit) {
        if (scope.canSee(unit.insurerId(), unit.path())) {
            return true;
        }
        return scope.reach() == DataScope.Reach.ORGANISATION_SUBTREE
                && scope.insurerId().equals(unit.insurerId())
                && scope.orgPath().startsWith(unit.path());
    }

    /** The insurer's tree as the user may see it: the subtree and, read-only, the ancestors above it. */
    @Transactional(readOnly = true)
    public List<OrgUnitNode> tree(long insurerId) {
        DataScope scope = access.scope();
        access.requireVisible(scope.canSeeInsurer(insurerId), "Insurer", insurerId);
        List<OrgUnit> all = units.ofInsurer(insurerId).stream()
                .filter(u -> visible(scope, u))
                .toList();
        Map<Long, OrgUnitNode> nodes = new HashMap<>();
        List<OrgUnitNode> roots = new ArrayList<>();
        for (OrgUnit unit : all) {
            OrgUnitNode node = new OrgUnitNode(unit, !scope.canSee(unit.insurerId(), unit.path()), new ArrayList<>());
            nodes.put(unit.id(), node);
            OrgUnitNode parent = unit.parentId() == null ? null : nodes.get(unit.parentId());
            if (parent == null) {
                roots.add(node);
            } else {
                parent.children().add(node);
            }
        }
        return roots;
    }

    @Transactional
    public OrgUnit create(
            long insurerId, Long parentId, OrgUnitLevel level, String code, String name, String divisionCode) {
        access.requireAdmin();
        insurers.find(insurerId)
                .orElseThrow(() -> new InvalidInputException("insurerId", "unknown insurer " + insurerId));
        if (units.codeTaken(insurerId, code, null)) {
            throw new ConflictException("code", "Unit code " + code + " is already taken at this insurer");
        }
        OrgUnit unit;
        if (parentId == null) {
            if (level != OrgUnitLevel.HEAD_OFFICE) {
                throw new InvalidInputException(
                        "parentId", "Only the head office (HEAD_OFFICE) stands without a parent");
            }
            if (units.findRoot(insurerId).isPresent()) {
                throw new ConflictException(
                        "parentId", "Insurer " + insurerId + " already has a head office; an insurer has one root");
            }
            unit = OrgUnit.headOffice(insurerId, code, name, access.division("divisionCode", divisionCode));
        } else {
            OrgUnit parent = units.find(parentId)
                    .orElseThrow(() -> new InvalidInputException("parentId", "unknown unit " + parentId));
            if (parent.insurerId() != insurerId) {
                throw new InvalidInputException("parentId", "Unit " + parentId + " belongs to another insurer");
            }
            unit = OrgUnit.under(parent, level, code, name, access.division("divisionCode", divisionCode));
        }
        long id;
        try {
            id = units.insert(unit);
        } catch (DuplicateKeyException e) {
            throw duplicate(e, code);
        }
        audit.recordWrite("CREATE", "OrgUnit", id, "Created " + unit.level().chineseName() + " " + code + " " + name);
        return units.find(id).orElseThrow();
    }

    @Transactional
    public OrgUnit update(long id, long version, String code, String name, String divisionCode) {
        access.requireAdmin();
        OrgUnit unit = get(id);
        OptimisticLock.check("Org unit", id, version, unit.version());
        if (units.codeTaken(unit.insurerId(), code, id)) {
            throw new ConflictException("code", "Unit code " + code + " is already taken at this insurer");
        }
        unit.revise(code, name, access.division("divisionCode", divisionCode));
        try {
            units.update(unit);
        } catch (DuplicateKeyException e) {
            throw duplicate(e, code);
        }
        audit.recordWrite("UPDATE", "OrgUnit", id, "Revised unit " + code);
        return units.find(id).orElseThrow();
    }

    @Transactional
    public OrgUnit deactivate(long id, long version) {
        access.requireAdmin();
        OrgUnit unit = get(id);
        OptimisticLock.check("Org unit", id, version, unit.version());
        unit.deactivate(units.countActiveChildren(id), units.countActiveStaff(id), units.countActiveOutlets(id));
        units.update(unit);
        audit.recordWrite("DEACTIVATE", "OrgUnit", id, "Deactivated unit " + unit.code());
        return units.find(id).orElseThrow();
    }

    /** A unique key hit by a concurrent change: the one-root rule or the unit code. */
    private static ConflictException duplicate(DuplicateKeyException e, String code) {
        if (String.valueOf(e.getMessage()).contains("org_unit_one_root_per_insurer")) {
            return new ConflictException("parentId", "The insurer already has a head office; an insurer has one root");
        }
        return new ConflictException("code", "Unit code " + code + " is already taken at this insurer");
    }

    /** A visible, active unit where something new is placed; 400 naming {@code field} otherwise. */
    OrgUnit placement(String field, long unitId) {
        OrgUnit unit = units.find(unitId).orElse(null);
        if (unit == null || !access.scope().canSee(unit.insurerId(), unit.path())) {
            throw new InvalidInputException(field, "unknown unit " + unitId);
        }
        if (!unit.active()) {
            throw new InvalidInputException(field, "unit " + unit.code() + " is inactive");
        }
        return unit;
    }
}
