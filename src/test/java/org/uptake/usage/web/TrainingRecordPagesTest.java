package org.uptake.usage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.implementation.ImplementationFixtures;
import org.uptake.usage.TrainingRecord;
import org.uptake.usage.TrainingRecords;

/** The training page lists the unit's records; one is corrected, and one deleted after asking. */
@UptakeTest
class TrainingRecordPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ImplementationFixtures plans;
  @Autowired TrainingRecords training;

  @Test
  void aLeadCorrectsARecordAndDeletesAnotherAfterConfirming() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    LocalDate day = LocalDate.now().minusDays(5);
    fixtures.as(
        tenant,
        Role.LEAD,
        () -> {
          training.record(plan.id(), plan.unit(), List.of(tenant.staff().get(0)), day, null);
          training.record(
              plan.id(), plan.unit(), List.of(tenant.staff().get(0)), day.minusDays(3), "Twice");
        });
    List<TrainingRecord> records =
        fixtures.as(tenant, Role.LEAD, () -> training.records(plan.id(), plan.unit()));
    TrainingRecord record = records.get(0);
    TrainingRecord wrong = records.get(1);
    String list =
        mvc.perform(
                get("/implementations/" + plan.id().value() + "/training")
                    .param("unit", plan.unit().value().toString())
                    .with(fixtures.signedIn(tenant, Role.LEAD))
                    .header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(list)
        .contains("Training records in Ward A", "/training-records/" + record.id(), "Twice");

    String form =
        mvc.perform(
                get("/training-records/" + record.id())
                    .with(fixtures.signedIn(tenant, Role.LEAD))
                    .header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(form).contains("Correct the training of Aino Virtanen", "value=\"" + day + "\"");

    String back =
        "/implementations/"
            + plan.id().value()
            + "/training?unit="
            + plan.unit().value()
            + "#records";
    mvc.perform(
            post("/training-records/" + record.id())
                .param("trainedOn", day.minusDays(1).toString())
                .param("note", "Evening session")
                .with(fixtures.signedIn(tenant, Role.LEAD))
                .with(csrf()))
        .andExpect(redirectedUrl(back));
    TrainingRecord corrected = fixtures.as(tenant, Role.LEAD, () -> training.get(record.id()));
    assertThat(corrected.trainedOn()).isEqualTo(day.minusDays(1));
    assertThat(corrected.note()).isEqualTo("Evening session");

    String refused =
        mvc.perform(
                post("/training-records/" + record.id())
                    .param("trainedOn", day.minusDays(3).toString())
                    .with(fixtures.signedIn(tenant, Role.LEAD))
                    .with(csrf())
                    .header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("already has a training record on that day");
    String future =
        mvc.perform(
                post("/training-records/" + record.id())
                    .param("trainedOn", LocalDate.now().plusDays(2).toString())
                    .with(fixtures.signedIn(tenant, Role.LEAD))
                    .with(csrf())
                    .header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(future).contains("it cannot be in the future");
    assertThat(fixtures.as(tenant, Role.LEAD, () -> training.get(record.id())))
        .isEqualTo(corrected);

    String question =
        mvc.perform(
                get("/training-records/" + wrong.id() + "/delete")
                    .with(fixtures.signedIn(tenant, Role.LEAD))
                    .header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(question).contains("Delete the training of Aino Virtanen?", "Keep it");
    assertThat(fixtures.as(tenant, Role.LEAD, () -> training.records(plan.id(), plan.unit())))
        .hasSize(2);
    mvc.perform(
            post("/training-records/" + wrong.id() + "/delete")
                .with(fixtures.signedIn(tenant, Role.LEAD))
                .with(csrf()))
        .andExpect(redirectedUrl(back));
    assertThat(fixtures.as(tenant, Role.LEAD, () -> training.records(plan.id(), plan.unit())))
        .containsExactly(corrected);

    Fixtures.Tenant other = fixtures.tenant();
    mvc.perform(get("/training-records/" + record.id()).with(fixtures.signedIn(other, Role.ADMIN)))
        .andExpect(status().isNotFound());
  }
}
