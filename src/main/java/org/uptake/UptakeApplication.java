package org.uptake;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.uptake.usage.CommandLineImport;

/**
 * Uptake: plan, prepare, go live, embed and evaluate a digital service in health and social care.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class UptakeApplication {

  public static void main(String[] args) {
    if (CommandLineImport.matches(args)) {
      System.exit(CommandLineImport.run(UptakeApplication.class, args));
    }
    SpringApplication.run(UptakeApplication.class, args);
  }
}
