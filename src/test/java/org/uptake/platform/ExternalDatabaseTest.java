package org.uptake.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.uptake.UptakeApplication;

/**
 * With spring.datasource.url Uptake uses that PostgreSQL (here a separately started server standing
 * in for a hospital's), migrates it as the owner, runs as the role that owns nothing, and starts no
 * database of its own.
 */
class ExternalDatabaseTest {

  @TempDir Path serverDir;
  @TempDir Path dataDir;

  @Test
  void runsOnAnExternalPostgresqlGivenByUrl() throws Exception {
    try (EmbeddedPostgres external =
        EmbeddedPostgres.builder()
            .setDataDirectory(serverDir)
            .setCleanDataDirectory(true)
            .setPort(0)
            .start()) {
      try (Connection connection = external.getPostgresDatabase().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("create database hospital");
        statement.execute("create role uptake_app login password 'app-secret'");
      }
      String url = "jdbc:postgresql://localhost:" + external.getPort() + "/hospital";
      try (ConfigurableApplicationContext app =
          new SpringApplicationBuilder(UptakeApplication.class)
              .run(
                  "--spring.datasource.url=" + url,
                  "--spring.datasource.username=uptake_app",
                  "--spring.datasource.password=app-secret",
                  "--spring.flyway.user=postgres",
                  "--spring.flyway.password=",
                  "--uptake.data-dir=" + dataDir,
                  "--server.port=0")) {
        assertThat(app.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
        assertThat(dataDir.resolve("pgdata")).doesNotExist();
        JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
        assertThat(
                jdbc.sql("select current_database() || ':' || current_user")
                    .query(String.class)
                    .single())
            .isEqualTo("hospital:uptake_app");
        assertThat(jdbc.sql("select count(*) from unit").query(Integer.class).single()).isZero();
      }
    }
  }
}
