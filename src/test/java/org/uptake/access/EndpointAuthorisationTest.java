package org.uptake.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.champion.Champions;
import org.uptake.champion.NewChampionAssignment;
import org.uptake.notification.Mail;
import org.uptake.notification.Outbox;
import org.uptake.task.NewTask;
import org.uptake.task.Tasks;

/**
 * Every endpoint of Uptake, every role: the expected roles are written here, apart from the code,
 * so that an endpoint added without a decision about who may use it fails this test, and so does a
 * rule that is not enforced. Each endpoint with an id is also called with the id of another
 * organisation's record, which must be 404.
 */
@UptakeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointAuthorisationTest {

  private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
  private static final Set<Role> STAFF_READERS = EnumSet.of(Role.ADMIN, Role.LEAD, Role.MANAGER);
  private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
  private static final Set<Role> PLANNERS = EnumSet.of(Role.ADMIN, Role.LEAD);

  /**
   * Who may call what: "METHOD pattern" → roles. Public endpoints are listed in {@link #PUBLIC}.
   */
  static final Map<String, Set<Role>> EXPECTED = new LinkedHashMap<>();

  static final Set<String> PUBLIC = Set.of("GET /login");

  /**
   * Parameters that make a request well-formed: a malformed request is refused (400) before anyone
   * asks who sent it, which would hide whether the role check works.
   */
  static final Map<String, Map<String, String>> PARAMS = new LinkedHashMap<>();

  static {
    EXPECTED.put("GET /", EVERYONE);
    EXPECTED.put("GET /tasks", EVERYONE);
    EXPECTED.put("POST /tasks/{id}/done", EVERYONE);
    EXPECTED.put("GET /account", EVERYONE);
    EXPECTED.put("POST /account/tokens", EVERYONE);
    EXPECTED.put("POST /account/tokens/{id}/revoke", EVERYONE);
    EXPECTED.put("GET /admin/accounts", ADMIN);
    EXPECTED.put("POST /admin/accounts/{id}/unlock", ADMIN);
    EXPECTED.put("GET /admin/accounts/new", ADMIN);
    EXPECTED.put("POST /admin/accounts", ADMIN);
    EXPECTED.put("GET /admin/accounts/{id}/edit", ADMIN);
    EXPECTED.put("POST /admin/accounts/{id}", ADMIN);
    EXPECTED.put("GET /admin/audit", ADMIN);
    EXPECTED.put("GET /admin/outbox", ADMIN);
    EXPECTED.put("GET /units/{id}/managers", ADMIN);
    EXPECTED.put("POST /units/{id}/managers", ADMIN);
    EXPECTED.put(
        "GET /champions",
        EnumSet.of(Role.ADMIN, Role.LEAD, Role.MANAGER, Role.CHAMPION, Role.RESEARCHER));
    EXPECTED.put("GET /champions/new", PLANNERS);
    EXPECTED.put("POST /champions", PLANNERS);
    EXPECTED.put("POST /champions/{id}/end", PLANNERS);
    EXPECTED.put("POST /admin/outbox/{id}/retry", ADMIN);
    EXPECTED.put("GET /frameworks", EVERYONE);
    EXPECTED.put("GET /frameworks/{code}", EVERYONE);
    EXPECTED.put("GET /units", STAFF_READERS);
    EXPECTED.put("GET /units/{id}", STAFF_READERS);
    EXPECTED.put("GET /units/new", ADMIN);
    EXPECTED.put("POST /units", ADMIN);
    EXPECTED.put("GET /units/{id}/edit", ADMIN);
    EXPECTED.put("POST /units/{id}", ADMIN);
    EXPECTED.put("POST /units/{id}/active", ADMIN);
    EXPECTED.put("GET /staff", STAFF_READERS);
    EXPECTED.put("GET /staff/{id}", STAFF_READERS);
    EXPECTED.put("GET /staff/new", ADMIN);
    EXPECTED.put("POST /staff", ADMIN);
    EXPECTED.put("GET /staff/{id}/edit", ADMIN);
    EXPECTED.put("POST /staff/{id}", ADMIN);
    EXPECTED.put("POST /staff/{id}/active", ADMIN);
    EXPECTED.put("GET /staff/import", ADMIN);
    EXPECTED.put("POST /staff/import", ADMIN);
    EXPECTED.put("POST /staff/import/apply", ADMIN);
    EXPECTED.put("GET /api/units", EVERYONE);
    EXPECTED.put("GET /api/units/{id}", EVERYONE);
    EXPECTED.put("GET /api/staff", STAFF_READERS);
    EXPECTED.put("GET /api/staff/{id}", STAFF_READERS);
    EXPECTED.put("POST /api/staff/import", ADMIN);
    ImplementationEndpoints.expect(EXPECTED, EVERYONE, PLANNERS);
    DeterminantEndpoints.expect(EXPECTED);
    ActionEndpoints.expect(EXPECTED, EVERYONE);
    SurveyEndpoints.expect(EXPECTED);
    WaveEndpoints.expect(EXPECTED, EVERYONE);
    UsageEndpoints.expect(EXPECTED);
    SurveyResultEndpoints.expect(EXPECTED);
    FollowUpEndpoints.expect(EXPECTED);
    AdoptionEndpoints.expect(EXPECTED);
    PARAMS.put("POST /units/{id}/active", Map.of("active", "false"));
    PARAMS.put("POST /staff/{id}/active", Map.of("active", "false"));
    PARAMS.put("POST /staff/import/apply", Map.of("uploadId", "none"));
    ImplementationEndpoints.params(PARAMS);
    DeterminantEndpoints.params(PARAMS);
    ActionEndpoints.params(PARAMS);
    SurveyEndpoints.params(PARAMS);
    WaveEndpoints.params(PARAMS);
    UsageEndpoints.params(PARAMS);
    SurveyResultEndpoints.params(PARAMS);
    FollowUpEndpoints.params(PARAMS);
    AdoptionEndpoints.params(PARAMS);
  }

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired UserDetailsService users;
  @Autowired Tasks tasks;
  @Autowired Outbox outbox;
  @Autowired Champions champions;
  @Autowired org.uptake.implementation.ImplementationFixtures plans;
  @Autowired org.uptake.determinant.ActionFixtures actionFixtures;
  @Autowired org.uptake.determinant.Determinants determinants;
  @Autowired org.uptake.determinant.NeedsAssessments needsAssessments;
  @Autowired org.uptake.survey.Instruments instruments;
  @Autowired org.uptake.survey.wave.Waves waves;
  @Autowired org.uptake.usage.UsageSources usageSources;
  @Autowired org.uptake.usage.UsageImporter usageImporter;
  @Autowired org.uptake.survey.SurveyResultFixtures surveyResults;
  @Autowired org.uptake.implementation.UnitPlans unitPlans;
  @Autowired org.uptake.usage.FollowUps followUps;
  @Autowired org.uptake.organisation.UnitManagers unitManagers;
  @Autowired org.uptake.usage.TrainingRecords trainingRecords;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  Fixtures.Tenant own;
  Fixtures.Tenant foreign;
  Map<String, String> ownIds;
  Map<String, String> foreignIds;

  @BeforeAll
  void tenants() {
    own = fixtures.tenant();
    foreign = fixtures.tenant();
    ownIds = ids(own);
    foreignIds = ids(foreign);
  }

  private Map<String, String> ids(Fixtures.Tenant tenant) {
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("/units/", tenant.units().getFirst().toString());
    ids.put("/staff/", tenant.staff().getFirst().toString());
    ids.put("/admin/accounts/", tenant.accounts().get(Role.PROFESSIONAL).toString());
    ids.put("/frameworks/", "npt");
    UUID task =
        fixtures.as(
            tenant,
            Role.ADMIN,
            () ->
                tasks.assign(
                    new NewTask(
                        tenant.accounts().get(Role.ADMIN), "Check", null, null, "task", "/tasks")));
    ids.put("/tasks/", task.toString());
    ids.put("/account/tokens/", UUID.randomUUID().toString());
    UUID mail =
        fixtures.as(
            tenant,
            Role.ADMIN,
            () -> outbox.queue(new Mail("someone@example.org", "Hello", "Text", "test")));
    ids.put("/admin/outbox/", mail.toString());
    UUID champion =
        fixtures.as(
            tenant,
            Role.LEAD,
            () ->
                champions.assign(
                    new NewChampionAssignment(
                        tenant.units().getFirst(),
                        tenant.accounts().get(Role.CHAMPION),
                        Set.of("champion.motivator"),
                        null,
                        java.time.LocalDate.now())));
    ids.put("/champions/", champion.toString());
    ImplementationEndpoints.ids(plans, tenant, ids);
    DeterminantEndpoints.ids(fixtures, determinants, needsAssessments, tenant, ids);
    ActionEndpoints.ids(
        actionFixtures,
        tenant,
        new org.uptake.implementation.ImplementationId(
            UUID.fromString(ids.get("/implementations/"))),
        ids);
    SurveyEndpoints.ids(instruments, fixtures, tenant, ids);
    WaveEndpoints.ids(instruments, waves, fixtures, tenant, ids);
    UsageEndpoints.ids(fixtures, plans, usageSources, usageImporter, tenant, ids);
    SurveyResultEndpoints.ids(surveyResults, tenant, ids);
    FollowUpEndpoints.ids(fixtures, unitPlans, champions, followUps, tenant, ids);
    AdoptionEndpoints.ids(fixtures, unitManagers, trainingRecords, tenant, ids);
    return ids;
  }

  private List<String> endpoints() {
    List<String> endpoints = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
        mappings.getHandlerMethods().entrySet()) {
      if (!mapping.getValue().getBeanType().getPackageName().startsWith("org.uptake")) {
        continue;
      }
      for (String pattern : mapping.getKey().getPatternValues()) {
        for (var method : mapping.getKey().getMethodsCondition().getMethods()) {
          endpoints.add(method.name() + " " + pattern);
        }
      }
    }
    return endpoints;
  }

  @Test
  void everyEndpointHasADecisionAboutWhoMayUseIt() {
    Set<String> actual = new TreeSet<>(endpoints());
    Set<String> decided = new TreeSet<>(EXPECTED.keySet());
    decided.addAll(PUBLIC);
    decided.addAll(WaveEndpoints.PUBLIC);
    assertThat(actual).as("endpoints in the code").isEqualTo(decided);
  }

  @Test
  void eachRoleCanUseExactlyTheEndpointsItShould() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Set<Role>> endpoint : EXPECTED.entrySet()) {
      for (Role role : Role.values()) {
        int status = call(endpoint.getKey(), own, ownIds, role);
        boolean allowed = endpoint.getValue().contains(role);
        boolean refused = status == 403;
        if (status == 401 || status >= 500 || allowed == refused) {
          wrong.add(endpoint.getKey() + " as " + role + " → " + status);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void anotherOrganisationsRecordsAreNotFound() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Set<Role>> endpoint : EXPECTED.entrySet()) {
      String key = endpoint.getKey();
      if (!key.contains("{id}")) {
        continue;
      }
      Role role =
          endpoint.getValue().contains(Role.ADMIN)
              ? Role.ADMIN
              : endpoint.getValue().iterator().next();
      int status = call(key, own, foreignIds, role);
      if (status != 404) {
        wrong.add(key + " with a foreign id as " + role + " → " + status);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void withoutSigningInPagesRedirectToLoginAndTheApiAnswers401() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (String key : EXPECTED.keySet()) {
      String[] parts = key.split(" ", 2);
      String path = fill(parts[1], ownIds);
      MockHttpServletRequestBuilder request =
          request(HttpMethod.valueOf(parts[0]), path).with(csrf());
      int status = mvc.perform(request).andReturn().getResponse().getStatus();
      int expected = path.startsWith("/api/") ? 401 : 302;
      if (status != expected) {
        wrong.add(key + " → " + status);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void aPostWithoutCsrfTokenIsRefused() throws Exception {
    UptakeUser admin = (UptakeUser) users.loadUserByUsername(own.username(Role.ADMIN));
    int status =
        mvc.perform(
                request(HttpMethod.POST, "/units")
                    .param("code", "NOCSRF")
                    .param("name", "No CSRF")
                    .with(
                        authentication(
                            UsernamePasswordAuthenticationToken.authenticated(
                                admin, null, admin.getAuthorities()))))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(status).isEqualTo(403);
  }

  private int call(String key, Fixtures.Tenant tenant, Map<String, String> ids, Role role)
      throws Exception {
    String[] parts = key.split(" ", 2);
    String path = fill(parts[1], ids);
    MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(parts[0]), path);
    PARAMS.getOrDefault(key, Map.of()).forEach(request::param);
    if (key.equals("POST /api/staff/import")) {
      request.contentType("text/csv").content("employee_number\n");
    }
    DeterminantEndpoints.body(key, request);
    SurveyEndpoints.body(key, request);
    UsageEndpoints.body(key, request);
    FollowUpEndpoints.body(key, request);
    if (path.startsWith("/api/")) {
      request.header("Authorization", "Bearer " + tenant.token(role));
    } else {
      UptakeUser user = (UptakeUser) users.loadUserByUsername(tenant.username(role));
      request
          .with(
              authentication(
                  UsernamePasswordAuthenticationToken.authenticated(
                      user, null, user.getAuthorities())))
          .with(csrf());
    }
    return mvc.perform(request).andReturn().getResponse().getStatus();
  }

  private static String fill(String pattern, Map<String, String> ids) {
    String path = pattern;
    while (path.contains("{")) {
      int start = path.indexOf('{');
      String before = path.substring(0, start);
      String id = null;
      for (Map.Entry<String, String> entry : ids.entrySet()) {
        if (before.endsWith(entry.getKey())
            || before.equals("/api" + entry.getKey())
            || before.endsWith("/api" + entry.getKey())) {
          id = entry.getValue();
        }
      }
      if (id == null) {
        Function<String, String> lastSegment = p -> p.substring(p.lastIndexOf('/', p.length() - 2));
        throw new IllegalStateException(
            "no test id for " + pattern + " (" + lastSegment.apply(before) + ")");
      }
      path = before + id + path.substring(path.indexOf('}', start) + 1);
    }
    return path;
  }
}
