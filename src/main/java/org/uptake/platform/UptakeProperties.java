package org.uptake.platform;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Uptake keeps its files and how it reaches its database.
 *
 * @param dataDir folder for the embedded database and files written in demo mode
 * @param appRole the PostgreSQL role the application connects as: it owns nothing and cannot bypass
 *     row-level security
 * @param demo load demo data on start (also set by the {@code --demo} command-line flag)
 */
@ConfigurationProperties("uptake")
public record UptakeProperties(
    @DefaultValue("./data") Path dataDir,
    @DefaultValue("uptake_app") String appRole,
    @Nullable Boolean demo) {

  public boolean demoEnabled() {
    return Boolean.TRUE.equals(demo);
  }
}
