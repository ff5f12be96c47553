package org.uptake.platform;

import java.util.Objects;
import java.util.UUID;

/** The id of an organisation, the tenant that owns every record about its people and rollouts. */
public record OrganisationId(UUID value) {

  public OrganisationId {
    Objects.requireNonNull(value, "value");
  }

  public static OrganisationId of(String value) {
    return new OrganisationId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
