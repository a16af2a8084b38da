package io.shixiao.security.internal;

import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads an account and works out its data scope at sign-in, so that a moved organisation unit takes
 * effect at the next login.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final OrganizationDirectory organization;
    private final Clock clock;

    AccountUserDetailsService(AccountRepository accounts, OrganizationDirectory organization, Clock clock) {
        this.accounts = accounts;
        this.organization = organization;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AccountRow account =
                accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        Set<Role> roles = Arrays.stream(account.roles())
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        boolean locked = account.lockedUntil() != null && account.lockedUntil().isAfter(Instant.now(clock));
        return new SignedInUser(
                account.id(),
                account.username(),
                account.passwordHash(),
                account.displayName(),
                roles,
                scopeOf(account, roles),
                account.enabled(),
                locked);
    }

    private DataScope scopeOf(AccountRow account, Set<Role> roles) {
        if (roles.contains(Role.ADMIN)) {
            return DataScope.platform();
        }
        if (roles.contains(Role.ASSOCIATION) && account.associationId() != null) {
            return DataScope.association(account.associationId());
        }
        if (roles.contains(Role.COUNTY_AUTHORITY) && account.countyDivisionCode() != null) {
            return DataScope.county(account.countyDivisionCode());
        }
        if (roles.contains(Role.VILLAGE_LIAISON) && account.countyDivisionCode() != null) {
            return DataScope.villages(account.countyDivisionCode());
        }
        if (account.orgUnitId() != null) {
            return organization
                    .unit(account.orgUnitId())
                    .filter(unit -> unit.active())
                    .map(unit -> DataScope.subtree(unit.insurerId(), unit.id(), unit.path()))
                    .orElseThrow(() -> new UsernameNotFoundException("The account's organisation unit is gone"));
        }
        throw new UsernameNotFoundException("The account has no scope");
    }
}
