package org.uptake.organisation;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.platform.Languages;
import org.uptake.platform.OrganisationId;
import org.uptake.platform.TenantContext;

/** Organisations: the tenants. Each sees only itself. */
@Service
public class Organisations {

  /** An organisation as its own users see it. */
  public record Organisation(
      OrganisationId id, String name, String country, String defaultLocale) {}

  private final JdbcClient jdbc;

  Organisations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Creates an organisation with a given id. The caller must already run as that tenant ({@code
   * SystemWork}), since row-level security admits a row only for the current tenant.
   */
  @PreAuthorize("@systemWork.active()")
  @Transactional
  public OrganisationId create(
      OrganisationId id, String name, String country, String defaultLocale) {
    jdbc.sql("insert into organisation (id, name, country, default_locale) values (?, ?, ?, ?)")
        .params(id.value(), name, country, defaultLocale)
        .update();
    return id;
  }

  @PreAuthorize("isAuthenticated() or @systemWork.active()")
  @Transactional(readOnly = true)
  public Optional<Organisation> current() {
    return jdbc.sql("select id, name, country, default_locale from organisation where id = ?")
        .param(TenantContext.require().value())
        .query(
            (rs, row) ->
                new Organisation(
                    new OrganisationId(rs.getObject("id", UUID.class)),
                    rs.getString("name"),
                    rs.getString("country"),
                    rs.getString("default_locale")))
        .optional();
  }

  /**
   * The language the organisation works in, for people who have not chosen one; English when the
   * organisation's default is not one Uptake speaks.
   */
  @PreAuthorize("isAuthenticated() or @systemWork.active()")
  @Transactional(readOnly = true)
  public Locale language() {
    return current()
        .map(
            organisation ->
                Languages.supported(Locale.forLanguageTag(organisation.defaultLocale())))
        .orElse(Languages.ENGLISH);
  }
}
