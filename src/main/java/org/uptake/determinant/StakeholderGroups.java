package org.uptake.determinant;

import java.util.Set;
import org.uptake.organisation.ProfessionalGroup;

/**
 * The groups whose voice a determinant comes from: managers, each professional group (by its code),
 * IT, the supplier and service users.
 */
public final class StakeholderGroups {

  /** The groups that are not professional groups. */
  public static final Set<String> OTHERS = Set.of("manager", "it", "supplier", "service_user");

  private StakeholderGroups() {}

  /**
   * True for {@code manager}, {@code it}, {@code supplier}, {@code service_user} or a group code.
   */
  public static boolean isCode(String code) {
    return OTHERS.contains(code) || ProfessionalGroup.isCode(code);
  }
}
