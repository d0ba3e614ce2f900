package se.malstyrning.runtime.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.problem.ProblemType;

import java.security.Principal;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is calling: user name, roles, and the org units (by code) a board editor acts for, taken
 * from the token's {@code org_units} claim.
 */
@RequestScoped
public class Caller {

    public static final String ORG_UNITS_CLAIM = "org_units";
    public static final String SYSTEM = "system";

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String name() {
        return nameOf(identity);
    }

    /** The user name for audit fields: the token's preferred_username, or "system" when anonymous. */
    public static String nameOf(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return SYSTEM;
        }
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken token && token.getClaim("preferred_username") != null) {
            return token.getClaim("preferred_username").toString();
        }
        return principal.getName();
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Office roles act for every org unit. */
    public boolean actsForEveryOrgUnit() {
        return identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.STRATEGIST);
    }

    /** Unpublished material (drafts, unsent consultations) is for callers holding one of the realm's roles. */
    public boolean mayRead() {
        return Roles.ALL.stream().anyMatch(identity::hasRole);
    }

    public Set<String> orgUnitCodes() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object claim = token.getClaim(ORG_UNITS_CLAIM);
            if (claim instanceof Collection<?> values) {
                return values.stream().map(Caller::unquote).collect(Collectors.toUnmodifiableSet());
            }
            if (claim != null) {
                return Set.of(unquote(claim));
            }
        }
        return Set.of();
    }

    public boolean actsFor(String orgUnitCode) {
        return actsForEveryOrgUnit() || orgUnitCodes().contains(orgUnitCode);
    }

    /**
     * The one object-level rule of the suite, for every service: the office (admin, strategist) acts
     * for every org unit, a board editor only for those in its {@code org_units} claim. Anything else
     * is a 403 problem naming the org unit.
     *
     * @param what what the caller tried, in words ("assess the goal", "write the goal")
     */
    public void requireActsFor(String orgUnitCode, String what) {
        if (!actsFor(orgUnitCode)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "You may not " + what + ": it belongs to org unit "
                    + orgUnitCode + ", and you act only for " + (orgUnitCodes().isEmpty() ? "none" : String.join(", ",
                    new java.util.TreeSet<>(orgUnitCodes()))));
        }
    }

    /** The office's own work (adopting, archiving, the municipality-wide plans): a 403 problem for anyone else. */
    public void requireOffice(String what) {
        if (!actsForEveryOrgUnit()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the office (strategist, admin) may " + what);
        }
    }

    private static String unquote(Object value) {
        String text = value.toString();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1) : text;
    }
}
