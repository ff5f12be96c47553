package org.uptake.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Two connections to one database: Flyway migrates as the owner, the application runs as {@code
 * uptake.app-role}, which owns nothing and is subject to row-level security. Without {@code
 * spring.datasource.url} Uptake starts its own PostgreSQL in {@code uptake.data-dir}; with it, it
 * uses that server and starts none.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);
  private static final String DATABASE = "uptake";

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(
      name = "spring.datasource.url",
      matchIfMissing = true,
      havingValue = "__never__")
  static class Embedded {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
        UptakeProperties properties,
        @Value("${uptake.embedded-database.durable:true}") boolean durable)
        throws IOException, SQLException {
      Path directory = properties.dataDir().resolve("pgdata").toAbsolutePath();
      Files.createDirectories(directory.getParent());
      log.info("Starting the embedded PostgreSQL in {}", directory);
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(directory)
              .setCleanDataDirectory(false)
              .setPort(0)
              .setPGStartupWait(Duration.ofSeconds(60))
              .setLocaleConfig("encoding", "UTF8")
              .setLocaleConfig("locale", "C")
              .setServerConfig("max_connections", "60")
              .setServerConfig("listen_addresses", "localhost")
              // bulk usage imports: fewer evictions by the importing backend and fewer
              // checkpoints in the middle of a file (see docs/benchmarks.md)
              .setServerConfig("shared_buffers", "256MB")
              .setServerConfig("max_wal_size", "4GB")
              // The embedded PostgreSQL library starts the server with fsync off (-F) and
              // synchronous_commit off, made for throw-away test databases: a crash of the machine
              // could lose committed work or corrupt the data directory. Uptake keeps its data
              // there, so both are on; only the tests, whose databases are thrown away, turn them
              // off (uptake.embedded-database.durable=false).
              .setServerConfig("fsync", durable ? "on" : "off")
              .setServerConfig("synchronous_commit", durable ? "on" : "off")
              .start();
      bootstrap(postgres, properties.appRole());
      return postgres;
    }

    private static void bootstrap(EmbeddedPostgres postgres, String appRole) throws SQLException {
      try (Connection connection = postgres.getPostgresDatabase().getConnection();
          Statement statement = connection.createStatement()) {
        var exists =
            statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
        if (!exists.next()) {
          statement.execute("create database " + DATABASE);
        }
        var role =
            statement.executeQuery("select 1 from pg_roles where rolname = '" + appRole + "'");
        if (!role.next()) {
          statement.execute(
              "create role " + appRole + " login nosuperuser nocreatedb nocreaterole nobypassrls");
        }
      }
    }

    @Bean
    @FlywayDataSource
    DataSource ownerDataSource(EmbeddedPostgres postgres) {
      return postgres.getDatabase("postgres", DATABASE);
    }

    @Bean
    @Primary
    DataSource dataSource(
        EmbeddedPostgres postgres, UptakeProperties properties, PoolProperties pool) {
      HikariDataSource hikari = new HikariDataSource();
      hikari.setJdbcUrl(postgres.getJdbcUrl(properties.appRole(), DATABASE));
      hikari.setUsername(properties.appRole());
      hikari.setMaximumPoolSize(pool.maximumPoolSize());
      hikari.setPoolName("uptake");
      return new TenantAwareDataSource(hikari);
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(name = "spring.datasource.url")
  static class External {

    @Bean
    @Primary
    DataSource dataSource(DataSourceProperties properties, PoolProperties pool) {
      HikariDataSource hikari =
          properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
      hikari.setMaximumPoolSize(pool.maximumPoolSize());
      hikari.setPoolName("uptake");
      return new TenantAwareDataSource(hikari);
    }
  }

  /** Size of the application's connection pool. */
  @ConfigurationProperties("uptake.pool")
  record PoolProperties(
      @org.springframework.boot.context.properties.bind.DefaultValue("20") int maximumPoolSize) {}
}
