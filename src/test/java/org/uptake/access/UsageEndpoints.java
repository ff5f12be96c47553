package org.uptake.access;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.uptake.Fixtures;
import org.uptake.implementation.ImplementationFixtures;
import org.uptake.usage.CsvMapping;
import org.uptake.usage.ImportChannel;
import org.uptake.usage.UsageFormat;
import org.uptake.usage.UsageImporter;
import org.uptake.usage.UsageSources;

/** The usage module's endpoints: all for admins. */
final class UsageEndpoints {

  static final String SOURCE = "usage-endpoints";
  private static final String PUSH = "POST /api/usage-events";

  private UsageEndpoints() {}

  static void expect(Map<String, Set<Role>> expected) {
    Set<Role> admin = EnumSet.of(Role.ADMIN);
    expected.put("GET /usage/import", admin);
    expected.put("POST /usage/import", admin);
    expected.put("GET /usage/import/jobs/{id}", admin);
    expected.put("GET /usage/imports/{id}", admin);
    expected.put("POST /usage/sources", admin);
    expected.put("POST /usage/unknown-users/map", admin);
    expected.put(PUSH, admin);
  }

  static void params(Map<String, Map<String, String>> params) {
    params.put("POST /usage/unknown-users/map", Map.of("externalId", "x", "employeeNumber", "y"));
    params.put(PUSH, Map.of("source", SOURCE));
  }

  /** A source and one import in the tenant; an upload job id no one has. */
  static void ids(
      Fixtures fixtures,
      ImplementationFixtures plans,
      UsageSources sources,
      UsageImporter importer,
      Fixtures.Tenant tenant,
      Map<String, String> ids) {
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    String id =
        fixtures.as(
            tenant,
            Role.ADMIN,
            () -> {
              sources.create(
                  plan.id(), SOURCE, UsageFormat.NDJSON, CsvMapping.standard(), ZoneId.of("UTC"));
              return importer
                  .importFile(
                      SOURCE,
                      "one.ndjson",
                      new ByteArrayInputStream(
                          "{\"time\":\"2026-03-01T10:00:00Z\",\"user\":\"u\",\"action\":\"a\"}"
                              .getBytes(StandardCharsets.UTF_8)),
                      ImportChannel.UPLOAD,
                      n -> {})
                  .id()
                  .toString();
            });
    ids.put("/usage/imports/", id);
    ids.put("/usage/import/jobs/", UUID.randomUUID().toString());
  }

  /** A well-formed, empty NDJSON body. */
  static void body(String key, MockHttpServletRequestBuilder request) {
    if (key.equals(PUSH)) {
      request.contentType("application/x-ndjson").content("");
    }
  }
}
