package io.shixiao.organization.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.organization.domain.Insurer;
import io.shixiao.shared.identity.UnifiedSocialCreditCode;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.DataScope;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers, revises and deactivates insurers; the platform administrator's work. */
@Service
public class InsurerService {

    private final InsurerRepository insurers;
    private final OrganizationAccess access;
    private final AuditTrail audit;

    InsurerService(InsurerRepository insurers, OrganizationAccess access, AuditTrail audit) {
        this.insurers = insurers;
        this.access = access;
        this.audit = audit;
    }

    /** Insurers in scope: all for the platform, the own insurer for its staff, none for others. */
    @Transactional(readOnly = true)
    public Paged<Insurer> list(String q, Boolean active, PageRequest page) {
        DataScope scope = access.scope();
        Long onlyId;
        switch (scope.reach()) {
            case PLATFORM -> onlyId = null;
            case ORGANISATION_SUBTREE -> onlyId = scope.insurerId();
            default -> {
                return new Paged<>(List.of(), page.page(), page.size(), 0);
            }
        }
        return new Paged<>(
                insurers.list(q, active, onlyId, page.size(), page.offset()),
                page.page(),
                page.size(),
                insurers.count(q, active, onlyId));
    }

    @Transactional(readOnly = true)
    public Insurer get(long id) {
        access.requireVisible(access.scope().canSeeInsurer(id), "Insurer", id);
        return insurers.find(id).orElseThrow(() -> new NotFoundException("Insurer", id));
    }

    @Transactional
    public Insurer create(String code, String fullName, String shortName, String creditCode, String hotline) {
        access.requireAdmin();
        if (insurers.findByCode(code).isPresent()) {
            throw new ConflictException("code", "Insurer code " + code + " is already taken");
        }
        Insurer insurer = Insurer.register(code, fullName, shortName, creditCode(creditCode), hotline);
        long id;
        try {
            id = insurers.insert(insurer);
        } catch (DuplicateKeyException e) {
            throw String.valueOf(e.getMessage()).contains("insurer_code_key")
                    ? new ConflictException("code", "Insurer code " + code + " is already taken")
                    : new ConflictException("creditCode", "Another insurer has 统一社会信用代码 " + creditCode);
        }
        audit.recordWrite("CREATE", "Insurer", id, "Registered insurer " + code + " " + fullName);
        return insurers.find(id).orElseThrow();
    }

    @Transactional
    public Insurer update(long id, long version, String fullName, String shortName, String creditCode, String hotline) {
        access.requireAdmin();
        Insurer insurer = get(id);
        OptimisticLock.check("Insurer", id, version, insurer.version());
        insurer.revise(fullName, shortName, creditCode(creditCode), hotline);
        try {
            insurers.update(insurer);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("creditCode", "Another insurer has 统一社会信用代码 " + creditCode);
        }
        audit.recordWrite("UPDATE", "Insurer", id, "Revised insurer " + insurer.code());
        return insurers.find(id).orElseThrow();
    }

    @Transactional
    public Insurer deactivate(long id, long version) {
        access.requireAdmin();
        Insurer insurer = get(id);
        OptimisticLock.check("Insurer", id, version, insurer.version());
        insurer.deactivate(insurers.countActiveUnits(id));
        insurers.update(insurer);
        audit.recordWrite("DEACTIVATE", "Insurer", id, "Deactivated insurer " + insurer.code());
        return insurers.find(id).orElseThrow();
    }

    static UnifiedSocialCreditCode creditCode(String value) {
        String problem = UnifiedSocialCreditCode.problem(
                value == null ? null : value.strip().toUpperCase(java.util.Locale.ROOT));
        if (problem != null) {
            throw new InvalidInputException("creditCode", problem);
        }
        return UnifiedSocialCreditCode.of(value);
    }
}
