package org.uptake.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Password sign-in: finds the account, counts failures, locks after too many, and clears the count
 * on success.
 */
@Component
class SignIn extends SavedRequestAwareAuthenticationSuccessHandler
    implements UserDetailsService, AuthenticationFailureHandler {

  private final AccountRows accounts;
  private final AccessProperties properties;
  private final org.springframework.beans.factory.ObjectProvider<Accounts> languages;

  SignIn(
      AccountRows accounts,
      AccessProperties properties,
      org.springframework.beans.factory.ObjectProvider<Accounts> languages) {
    this.accounts = accounts;
    this.properties = properties;
    this.languages = languages;
    setDefaultTargetUrl("/");
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return accounts
        .byUsername(username)
        .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws jakarta.servlet.ServletException, IOException {
    if (authentication.getPrincipal() instanceof UptakeUser user) {
      String subject = user.getIdToken() == null ? null : user.getIdToken().getSubject();
      accounts.succeeded(user.accountId(), subject);
      languages
          .getObject()
          .rememberLanguage(
              org.springframework.web.servlet.support.RequestContextUtils.getLocale(request));
    }
    super.onAuthenticationSuccess(request, response, authentication);
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    String outcome = "error";
    if (exception instanceof LockedException) {
      outcome = "locked";
    } else if (exception instanceof BadCredentialsException) {
      String username = request.getParameter("username");
      if (username != null && !username.isBlank()) {
        accounts.failed(username.trim(), properties.maxFailedAttempts(), properties.lockDuration());
      }
    }
    response.sendRedirect(request.getContextPath() + "/login?" + outcome);
  }
}
