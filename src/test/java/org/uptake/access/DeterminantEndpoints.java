package org.uptake.access;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The determinant module's endpoints, kept apart so that its routes are listed in one place. Its
 * path ids are the implementation's, which {@link ImplementationEndpoints} provides.
 */
final class DeterminantEndpoints {

  static final Set<Role> READERS =
      EnumSet.of(Role.ADMIN, Role.LEAD, Role.MANAGER, Role.RESEARCHER, Role.CHAMPION);
  static final Set<Role> WRITERS = EnumSet.of(Role.ADMIN, Role.LEAD, Role.RESEARCHER);

  private static final String CREATE = "POST /api/implementations/{id}/determinants";

  private DeterminantEndpoints() {}

  static void expect(Map<String, Set<Role>> expected) {
    expected.put("GET /implementations/{id}/determinants", READERS);
    expected.put("POST /implementations/{id}/determinants", WRITERS);
    expected.put("GET /api/implementations/{id}/determinants", READERS);
    expected.put(CREATE, WRITERS);
    expected.put("GET /api/implementations/{id}/determinants/summary", READERS);
    expected.put("GET /implementations/{id}/needs", READERS);
    expected.put("GET /implementations/{id}/determinants/overview", READERS);
    expected.put("GET /implementations/{id}/determinants/overview.xlsx", READERS);
    expected.put("POST /implementations/{id}/needs", WRITERS);
  }

  /** A well-formed body: an empty list, so the role check, not the body, decides. */
  static void body(String key, MockHttpServletRequestBuilder request) {
    if (key.equals(CREATE)) {
      request.contentType(MediaType.APPLICATION_JSON).content("[]");
    }
  }
}
