package org.uptake.survey.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links on the answering pages are written as they are. Spring's resource URL encoding (on because
 * of the webjars resolver) looks every link of a page up among the static resources of the class
 * path, and caches only those it finds: a form page's own links hold the person's secret, so each
 * visit looked up five new paths in the jars, the largest cost of the page under load (profiled
 * with JFR, docs/benchmarks.md). The answering pages link no webjar, so nothing is lost; every
 * other page keeps the encoding. This bean takes the place of Spring Boot's.
 */
@Configuration(proxyBeanMethods = false)
class AnswerLinkConfiguration {

  @Bean
  FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
    FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
        new FilterRegistrationBean<>(new OutsideAnswering());
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
    return registration;
  }

  /** The resource URL encoding everywhere but under {@code /answer/}. */
  static final class OutsideAnswering extends ResourceUrlEncodingFilter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (request instanceof HttpServletRequest http
          && http.getRequestURI().startsWith(http.getContextPath() + "/answer/")) {
        chain.doFilter(request, response);
        return;
      }
      super.doFilter(request, response, chain);
    }
  }
}
