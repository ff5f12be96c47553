package org.uptake.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What every page's layout needs: the signed-in person, the current path and the language switch.
 */
@ControllerAdvice
class LayoutAdvice {

  record LanguageLink(String code, String name, boolean current) {}

  @ModelAttribute("me")
  @Nullable Object me() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null
        && authentication.getPrincipal() instanceof TenantPrincipal principal) {
      return principal;
    }
    return null;
  }

  @ModelAttribute("currentPath")
  String currentPath(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  @ModelAttribute("languages")
  List<LanguageLink> languages(HttpServletRequest request) {
    Locale current = RequestContextUtils.getLocale(request);
    return List.of(
        new LanguageLink("en", "English", current.getLanguage().equals("en")),
        new LanguageLink("fi", "Suomi", current.getLanguage().equals("fi")),
        new LanguageLink("sv", "Svenska", current.getLanguage().equals("sv")),
        new LanguageLink("nb", "Norsk bokmål", current.getLanguage().equals("nb")));
  }
}
