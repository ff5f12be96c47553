package org.uptake.survey.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.survey.Instruments;

/** The import page: a bad file is told in the user's language; a good one lands as a draft. */
@UptakeTest
class InstrumentPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired Instruments instruments;

  Fixtures.Tenant tenant;

  @BeforeEach
  void tenant() {
    tenant = fixtures.tenant();
  }

  private RequestPostProcessor as(Role role) {
    return fixtures.signedIn(tenant, role);
  }

  private MockMultipartFile file(String content) {
    return new MockMultipartFile(
        "file", "q.json", "application/json", content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aBadFileIsRefusedInTheUsersLanguageAndNothingIsStored() throws Exception {
    String sus = Files.readString(Path.of("docs/examples/sus-placeholders.questionnaire.json"));
    String page =
        mvc.perform(
                multipart("/instruments/import")
                    .file(
                        file(
                            """
                            {"resourceType": "Questionnaire", "status": "draft", "title": "Photo",
                             "url": "https://example.org/Questionnaire/photo",
                             "item": [{"linkId": "sus1", "text": "A photo", "type": "attachment"}]}
                            """))
                    .with(as(Role.RESEARCHER))
                    .with(csrf())
                    .header("Accept-Language", "fi"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Kysymyksen ”sus1” tyyppi on ”attachment”, jota Uptake ei osaa kysyä.");
    assertThat(fixtures.as(tenant, Role.RESEARCHER, () -> instruments.list())).isEmpty();

    mvc.perform(
            multipart("/instruments/import").file(file(sus)).with(as(Role.RESEARCHER)).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/instruments/")));
    String id =
        fixtures.as(tenant, Role.RESEARCHER, () -> instruments.list()).getFirst().id().toString();
    String download =
        mvc.perform(get("/instruments/" + id + "/questionnaire.json").with(as(Role.MANAGER)))
            .andExpect(status().isOk())
            .andExpect(
                header()
                    .string("Content-Disposition", org.hamcrest.Matchers.containsString("sus-v1")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(download)
        .contains("\"resourceType\": \"Questionnaire\"")
        .contains("SUS item 10 text here");
  }
}
