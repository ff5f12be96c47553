package org.uptake.access;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.uptake.platform.OrganisationId;
import org.uptake.platform.TenantContext;
import org.uptake.platform.TenantPrincipal;

/**
 * Work Uptake does on its own behalf, with no one signed in: loading demo data, imports from the
 * command line, scheduled jobs. It runs as a system principal of one organisation, which method
 * security admits through {@code @systemWork.active()}; no request can carry that principal.
 */
@Component("systemWork")
public class SystemWork {

  private static final Logger log = LoggerFactory.getLogger(SystemWork.class);

  /** The principal of work Uptake does itself for one organisation. */
  public record SystemPrincipal(OrganisationId organisationId) implements TenantPrincipal {}

  private static final class SystemAuthentication extends AbstractAuthenticationToken {
    private final SystemPrincipal principal;

    SystemAuthentication(SystemPrincipal principal) {
      super(List.of());
      this.principal = principal;
      setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
      return "";
    }

    @Override
    public Object getPrincipal() {
      return principal;
    }
  }

  private final JdbcClient jdbc;

  SystemWork(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Runs work for every organisation in turn, each as its own tenant and system principal, for
   * scheduled jobs. A failure in one organisation is logged and does not stop the others.
   */
  public void forEachOrganisation(Consumer<OrganisationId> work) {
    List<UUID> organisations =
        jdbc.sql("select uptake_organisation_ids()").query(UUID.class).list();
    for (UUID id : organisations) {
      OrganisationId organisation = new OrganisationId(id);
      try {
        TenantContext.runAs(organisation, () -> run(organisation, () -> work.accept(organisation)));
      } catch (RuntimeException e) {
        log.warn("scheduled work failed for organisation {}", organisation, e);
      }
    }
  }

  public boolean active() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication instanceof SystemAuthentication;
  }

  public <T> T run(OrganisationId organisation, Supplier<T> work) {
    SecurityContext previous = SecurityContextHolder.getContext();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(new SystemAuthentication(new SystemPrincipal(organisation)));
    SecurityContextHolder.setContext(context);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  public void run(OrganisationId organisation, Runnable work) {
    run(
        organisation,
        () -> {
          work.run();
          return null;
        });
  }
}
