package org.uptake.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads folder settings such as {@code uptake.data-dir} as plain file-system paths. Spring's own
 * conversion treats them as resources, which refuses a relative path that climbs ({@code ../data}).
 */
@Component
@ConfigurationPropertiesBinding
class PathSetting implements Converter<String, Path> {

  @Override
  public Path convert(String source) {
    return Path.of(source.strip());
  }
}
