package org.uptake.usage.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.implementation.ImplementationFixtures;
import org.uptake.usage.CsvMapping;
import org.uptake.usage.UsageFormat;
import org.uptake.usage.UsageSources;

/** Systems push usage events to the API with a bearer token, as a streamed NDJSON body. */
@UptakeTest
class UsageApiTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ImplementationFixtures plans;
  @Autowired UsageSources sources;

  Fixtures.Tenant tenant;

  @BeforeEach
  void source() {
    tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    fixtures.as(
        tenant,
        Role.ADMIN,
        () ->
            sources.create(
                plan.id(), "push", UsageFormat.NDJSON, CsvMapping.standard(), ZoneId.of("UTC")));
  }

  private String body() {
    String nurse = tenant.key() + "-1";
    return """
        {"time":"2026-03-02T08:00:00+02:00","user":"%s","action":"open","id":"a1"}
        {"time":"2026-03-02T08:05:00+02:00","user":"%s","action":"message","id":"a2"}
        {"time":"sometime","user":"%s","action":"open"}
        {"time":1772431200000,"user":"outsider","action":"open"}
        """
        .formatted(nurse, nurse, nurse);
  }

  @Test
  void anAdminTokenPushesAStreamAndGetsABatchReportAndResendingChangesNothing() throws Exception {
    mvc.perform(
            post("/api/usage-events")
                .param("source", "push")
                .header("Authorization", "Bearer " + tenant.token(Role.ADMIN))
                .header("Accept-Language", "fi")
                .contentType("application/x-ndjson")
                .content(body()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.lines").value(4))
        .andExpect(jsonPath("$.inserted").value(3))
        .andExpect(jsonPath("$.malformed").value(1))
        .andExpect(jsonPath("$.unknownUserEvents").value(1))
        .andExpect(jsonPath("$.batches.length()").value(1))
        .andExpect(jsonPath("$.batches[0].batch").value(1))
        .andExpect(jsonPath("$.batches[0].firstLine").value(1))
        .andExpect(jsonPath("$.batches[0].lastLine").value(4))
        .andExpect(jsonPath("$.batches[0].problems[0].line").value(3))
        .andExpect(jsonPath("$.batches[0].problems[0].reason").value("usage.error.bad-time"))
        .andExpect(
            jsonPath("$.batches[0].problems[0].message")
                .value("\"sometime\" ei ole aika tämän lähteen muodossa."));

    mvc.perform(
            post("/api/usage-events")
                .param("source", "push")
                .header("Authorization", "Bearer " + tenant.token(Role.ADMIN))
                .contentType("application/x-ndjson")
                .content(body()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.inserted").value(0))
        .andExpect(jsonPath("$.duplicates").value(3));
  }

  @Test
  void otherRolesAreRefusedAndAnUnknownSourceIsNotFound() throws Exception {
    for (Role role : new Role[] {Role.LEAD, Role.MANAGER, Role.PROFESSIONAL}) {
      mvc.perform(
              post("/api/usage-events")
                  .param("source", "push")
                  .header("Authorization", "Bearer " + tenant.token(role))
                  .contentType("application/x-ndjson")
                  .content(body()))
          .andExpect(status().isForbidden());
    }
    mvc.perform(
            post("/api/usage-events")
                .param("source", "nowhere")
                .header("Authorization", "Bearer " + tenant.token(Role.ADMIN))
                .contentType("application/x-ndjson")
                .content(body()))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/usage-events")
                .param("source", "push")
                .contentType("application/x-ndjson")
                .content(body()))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void fhirAuditEventsArePushedAsFhirNdjsonOrWithTheFormatParameter() throws Exception {
    String nurse = tenant.key() + "-1";
    String events =
        """
        {"resourceType":"AuditEvent","id":"f1","recorded":"2026-03-02T08:00:00+02:00","action":"R",        "subtype":[{"code":"open-record"}],"agent":[{"who":{"identifier":{"value":"%s"}},"requestor":true}]}
        {"resourceType":"Patient","id":"p1"}
        """
            .formatted(nurse);

    mvc.perform(
            post("/api/usage-events")
                .param("source", "push")
                .header("Authorization", "Bearer " + tenant.token(Role.ADMIN))
                .contentType("application/fhir+ndjson")
                .content(events))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.inserted").value(1))
        .andExpect(jsonPath("$.unknownUserEvents").value(0))
        .andExpect(jsonPath("$.batches[0].problems[0].line").value(2))
        .andExpect(
            jsonPath("$.batches[0].problems[0].reason").value("usage.error.not-audit-event"));
    mvc.perform(
            post("/api/usage-events")
                .param("source", "push")
                .param("format", "FHIR_AUDIT_EVENT")
                .header("Authorization", "Bearer " + tenant.token(Role.ADMIN))
                .contentType("application/x-ndjson")
                .content(events))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.inserted").value(0))
        .andExpect(jsonPath("$.duplicates").value(1));
    mvc.perform(
            post("/api/usage-events")
                .param("source", "push")
                .param("format", "CSV")
                .header("Authorization", "Bearer " + tenant.token(Role.ADMIN))
                .contentType("application/x-ndjson")
                .content(events))
        .andExpect(status().isBadRequest());
  }
}
