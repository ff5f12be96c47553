package org.uptake.access;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two doors: {@code /api/**} takes bearer tokens and keeps no session; every page takes a session
 * from a password or OIDC sign-in, with CSRF protection. What a role may do is declared on each
 * controller and service method.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

  static final String[] PUBLIC_PATHS = {
    "/login",
    "/css/**",
    "/js/**",
    "/img/**",
    "/webjars/**",
    "/favicon.ico",
    "/actuator/health",
    "/actuator/health/**",
    "/v3/api-docs",
    "/v3/api-docs/**",
    "/error",
    // personal survey links: the link's secret is the person's credential (survey.wave.Responses)
    "/answer/**"
  };

  /**
   * No Micrometer observation of each security filter and authorisation check: about a tenth of a
   * request's CPU under load (profile of the survey form, docs/benchmarks.md). Requests are still
   * timed as a whole ({@code http.server.requests}).
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return new DelegatingPasswordEncoder(
        "argon2",
        java.util.Map.of(
            "argon2",
            Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
            "bcrypt",
            new BCryptPasswordEncoder()));
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, AccountRows accounts) throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .addFilterBefore(new ApiTokenFilter(accounts), UsernamePasswordAuthenticationFilter.class)
        .exceptionHandling(
            errors ->
                errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
    return http.build();
  }

  /**
   * Personal survey links. The secret in the path is the person's credential, so a forged request
   * would need the secret itself: a CSRF token adds nothing, and without one an anonymous visitor
   * needs no session, which keeps the form fast for a region answering at once. A signed-in
   * person's session is still read (never made), so a link of another organisation is refused.
   */
  @Bean
  @Order(2)
  SecurityFilterChain answers(HttpSecurity http) throws Exception {
    http.securityMatcher("/answer/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .headers(SecurityConfiguration::pageHeaders);
    return http.build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain web(
      HttpSecurity http,
      SignIn signIn,
      AccountRows accounts,
      ObjectProvider<ClientRegistrationRepository> clients)
      throws Exception {
    http.authorizeHttpRequests(
            requests ->
                requests.requestMatchers(PUBLIC_PATHS).permitAll().anyRequest().authenticated())
        .formLogin(
            form ->
                form.loginPage("/login").successHandler(signIn).failureHandler(signIn).permitAll())
        .userDetailsService(signIn)
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
        .sessionManagement(
            session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
        .headers(SecurityConfiguration::pageHeaders);
    ClientRegistrationRepository registrations = clients.getIfAvailable();
    if (registrations != null) {
      DefaultOAuth2AuthorizationRequestResolver resolver =
          new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
      resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
      http.oauth2Login(
          oauth ->
              oauth
                  .loginPage("/login")
                  .authorizationEndpoint(
                      endpoint -> endpoint.authorizationRequestResolver(resolver))
                  .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new OidcSignIn(accounts)))
                  .successHandler(signIn)
                  .failureUrl("/login?oidc-error"));
    }
    return http.build();
  }

  private static void pageHeaders(
      org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity>
          headers) {
    headers
        .contentSecurityPolicy(
            csp ->
                csp.policyDirectives(
                    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                        + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'"))
        .referrerPolicy(
            referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
  }
}
