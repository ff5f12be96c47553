package org.uptake.survey.wave;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Survey waves.
 *
 * @param publicUrl the address people reach Uptake at, which starts the personal links in mails
 */
@ConfigurationProperties("uptake.survey")
public record WaveProperties(@DefaultValue("http://localhost:8080") String publicUrl) {

  /** The address without a trailing slash. */
  public String base() {
    return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }
}
