package org.uptake.platform;

import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The organisation whose rows the current unit of work may see. For a request it is the signed-in
 * user's organisation; work without a user (demo loading, scheduled jobs) names its tenant with
 * {@link #runAs}. The tenant is handed to PostgreSQL when a connection is taken, so call {@code
 * runAs} outside, not inside, a transaction.
 */
public final class TenantContext {

  private static final ThreadLocal<@Nullable OrganisationId> OVERRIDE = new ThreadLocal<>();

  private TenantContext() {}

  public static Optional<OrganisationId> current() {
    OrganisationId override = OVERRIDE.get();
    if (override != null) {
      return Optional.of(override);
    }
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null
        && authentication.getPrincipal() instanceof TenantPrincipal principal) {
      return Optional.of(principal.organisationId());
    }
    return Optional.empty();
  }

  public static OrganisationId require() {
    return current()
        .orElseThrow(() -> new IllegalStateException("no tenant for this unit of work"));
  }

  public static <T> T runAs(OrganisationId organisation, Supplier<T> work) {
    OrganisationId previous = OVERRIDE.get();
    OVERRIDE.set(organisation);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        OVERRIDE.remove();
      } else {
        OVERRIDE.set(previous);
      }
    }
  }

  public static void runAs(OrganisationId organisation, Runnable work) {
    runAs(
        organisation,
        () -> {
          work.run();
          return null;
        });
  }
}
