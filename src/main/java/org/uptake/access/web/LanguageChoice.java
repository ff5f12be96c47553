package org.uptake.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.uptake.access.Accounts;
import org.uptake.access.CurrentUser;

/** When a signed-in person picks a language with the switch, their account remembers it. */
@Configuration(proxyBeanMethods = false)
class LanguageChoice implements WebMvcConfigurer {

  private final Accounts accounts;

  LanguageChoice(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(
        new HandlerInterceptor() {
          @Override
          public boolean preHandle(
              HttpServletRequest request, HttpServletResponse response, Object handler) {
            String chosen = request.getParameter("lang");
            if (chosen != null && CurrentUser.find().isPresent()) {
              accounts.rememberLanguage(Locale.forLanguageTag(chosen));
            }
            return true;
          }
        });
  }
}
