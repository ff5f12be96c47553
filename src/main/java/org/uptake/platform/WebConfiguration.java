package org.uptake.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language: the one chosen with the switch (kept in a cookie), else the browser's first supported
 * one.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("uptake-lang");
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieSameSite("Lax");
    resolver.setDefaultLocaleFunction(WebConfiguration::fromBrowser);
    return resolver;
  }

  static Locale fromBrowser(HttpServletRequest request) {
    if (request.getHeader("Accept-Language") != null) {
      for (Locale requested : Collections.list(request.getLocales())) {
        Locale supported = Languages.supported(requested);
        if (supported != null) {
          return supported;
        }
      }
    }
    return Languages.ENGLISH;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor interceptor =
        new LocaleChangeInterceptor() {
          @Override
          protected @org.jspecify.annotations.Nullable Locale parseLocaleValue(String value) {
            return Languages.supported(Locale.forLanguageTag(value));
          }
        };
    interceptor.setParamName("lang");
    interceptor.setIgnoreInvalidLocale(true);
    registry.addInterceptor(interceptor);
  }
}
