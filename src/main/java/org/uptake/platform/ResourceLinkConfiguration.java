package org.uptake.platform;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links are written as they are. Spring Boot turns on resource URL encoding because the webjars
 * locator is on the class path: every link of every page is then looked up among the class path's
 * static resources, and only those found are cached. No page links a webjar and no resource has a
 * versioned path, so the encoding changed no link. It was the largest cost of the answer form under
 * load (its five new paths hold the person's secret; profiled with JFR, docs/benchmarks.md), and a
 * profile of the adoption page showed it again; turning it off for every page did not measurably
 * change that page's rate (docs/benchmarks.md). Registered disabled, in place of Spring Boot's; a
 * webjar asked for without its version is still found when it is served.
 */
@Configuration(proxyBeanMethods = false)
class ResourceLinkConfiguration {

  @Bean
  FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
    FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
        new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
    registration.setEnabled(false);
    return registration;
  }
}
