package org.uptake.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class PathSettingTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(UptakeProperties.class)
  static class Settings {}

  private final ApplicationContextRunner context =
      new ApplicationContextRunner().withUserConfiguration(Settings.class, PathSetting.class);

  @Test
  void aDataFolderBesideTheWorkingFolderIsAccepted() {
    context
        .withPropertyValues("uptake.data-dir=../data")
        .run(
            app -> {
              assertThat(app).hasNotFailed();
              assertThat(app.getBean(UptakeProperties.class).dataDir())
                  .isEqualTo(Path.of("../data"));
            });
  }

  @Test
  void theDefaultAndAnAbsoluteFolderStayAsGiven() {
    context.run(
        app ->
            assertThat(app.getBean(UptakeProperties.class).dataDir()).isEqualTo(Path.of("./data")));
    context
        .withPropertyValues("uptake.data-dir=/var/lib/uptake")
        .run(
            app ->
                assertThat(app.getBean(UptakeProperties.class).dataDir())
                    .isEqualTo(Path.of("/var/lib/uptake")));
  }
}
