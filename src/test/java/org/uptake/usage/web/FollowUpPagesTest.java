package org.uptake.usage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.usage.FollowUp;
import org.uptake.usage.FollowUpFilter;
import org.uptake.usage.FollowUpFixtures;
import org.uptake.usage.FollowUps;

@UptakeTest
class FollowUpPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired FollowUpFixtures followUpFixtures;
  @Autowired FollowUps followUps;

  @Test
  void theChampionSeesTheirPeopleAndRecordsAnOutcomeTheLeadSeesOnlyCounts() throws Exception {
    FollowUpFixtures.Live live = followUpFixtures.live(30);
    followUpFixtures.champion(live);
    followUpFixtures.check(live, live.goLive().plusDays(30));
    String page = "/implementations/" + live.plan().id() + "/follow-ups";

    String champion =
        mvc.perform(get(page).with(fixtures.signedIn(live.tenant(), Role.CHAMPION)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(champion).contains("Eero Laine").contains("Never started");
    String lead =
        mvc.perform(get(page).with(fixtures.signedIn(live.tenant(), Role.LEAD)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(lead).doesNotContain("Eero Laine").contains("Clinic B").contains("neverStartedDays");
    mvc.perform(get(page).with(fixtures.signedIn(live.tenant(), Role.RESEARCHER)))
        .andExpect(status().isForbidden());

    FollowUp followUp = mine(live);
    mvc.perform(
            post("/follow-ups/" + followUp.id() + "/outcome")
                .param("note", "no outcome chosen")
                .with(csrf())
                .with(fixtures.signedIn(live.tenant(), Role.CHAMPION)))
        .andExpect(status().is3xxRedirection());
    assertThat(mine(live).outcome()).isNull();
    mvc.perform(
            post("/follow-ups/" + followUp.id() + "/outcome")
                .param("outcome", "NO_USE_IN_ROLE")
                .param("note", "Works nights in the lab")
                .with(csrf())
                .with(fixtures.signedIn(live.tenant(), Role.CHAMPION)))
        .andExpect(status().is3xxRedirection());
    assertThat(mine(live).note()).isEqualTo("Works nights in the lab");
    String closedOnly =
        mvc.perform(
                get(page)
                    .param("status", "closed")
                    .param("kind", "NEVER_STARTED")
                    .param("unit", live.unit().toString())
                    .with(fixtures.signedIn(live.tenant(), Role.CHAMPION)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(closedOnly)
        .contains("Works nights in the lab")
        .doesNotContain("Open follow-ups")
        .contains("Closed follow-ups (1)");

    mvc.perform(
            post(page + "/settings")
                .param("neverStartedDays", "0")
                .param("stoppedDays", "10")
                .with(csrf())
                .with(fixtures.signedIn(live.tenant(), Role.LEAD)))
        .andExpect(status().isOk());
    assertThat(fixtures.as(live.tenant(), Role.LEAD, () -> followUps.settings(live.plan().id())))
        .extracting(s -> s.neverStartedDays())
        .isEqualTo(14);
  }

  @Test
  void theApiListsAndUpdatesForTheSameRoles() throws Exception {
    FollowUpFixtures.Live live = followUpFixtures.live(30);
    followUpFixtures.champion(live);
    followUpFixtures.check(live, live.goLive().plusDays(30));
    String id = mine(live).id().toString();
    String list = "/api/implementations/" + live.plan().id() + "/follow-ups";

    mvc.perform(
            get(list)
                .param("kind", "NEVER_STARTED")
                .header("Authorization", "Bearer " + live.tenant().token(Role.CHAMPION)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.settings.stoppedDays").value(14))
        .andExpect(jsonPath("$.followUps[0].person").value("Eero Laine"))
        .andExpect(jsonPath("$.counts[0].open").value(1));
    mvc.perform(get(list).header("Authorization", "Bearer " + live.tenant().token(Role.LEAD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.followUps").isEmpty())
        .andExpect(jsonPath("$.counts[0].open").value(1));
    mvc.perform(
            post("/api/follow-ups/" + id + "/outcome")
                .contentType("application/json")
                .content("{\"note\":\"no outcome\"}")
                .header("Authorization", "Bearer " + live.tenant().token(Role.CHAMPION)))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post("/api/follow-ups/" + id + "/outcome")
                .contentType("application/json")
                .content("{\"outcome\":\"LEARNED\",\"note\":\"Shown at the ward meeting\"}")
                .header("Authorization", "Bearer " + live.tenant().token(Role.CHAMPION)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DONE"))
        .andExpect(jsonPath("$.outcome").value("LEARNED"));
  }

  private FollowUp mine(FollowUpFixtures.Live live) {
    return fixtures
        .as(
            live.tenant(),
            Role.CHAMPION,
            () -> followUps.list(live.plan().id(), FollowUpFilter.all()))
        .getFirst();
  }
}
