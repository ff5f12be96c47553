package org.uptake.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands the current tenant to PostgreSQL on every connection it lends out, so the row-level
 * security policies ({@code uptake_current_org()}) filter every statement. With no tenant the
 * setting is empty and tenant tables show nothing.
 */
final class TenantAwareDataSource extends DelegatingDataSource {

  TenantAwareDataSource(DataSource target) {
    super(target);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return withTenant(super.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return withTenant(super.getConnection(username, password));
  }

  private static Connection withTenant(Connection connection) throws SQLException {
    String tenant = TenantContext.current().map(OrganisationId::toString).orElse("");
    try (PreparedStatement statement =
        connection.prepareStatement("select set_config('uptake.organisation_id', ?, false)")) {
      statement.setString(1, tenant);
      statement.execute();
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return connection;
  }
}
