package org.uptake.usage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one run of the follow-up check does for one implementation, decided in plain Java: the
 * episodes to open (each once: those already known are left out) and the open follow-ups that use
 * of the service has ended.
 *
 * @param toOpen new episodes, in the order of the people given
 * @param endedByUse open episodes whose person has used the service since they began
 */
public record FollowUpPlan(List<Lapse> toOpen, List<Lapse> endedByUse) {

  public FollowUpPlan {
    toOpen = List.copyOf(toOpen);
    endedByUse = List.copyOf(endedByUse);
  }

  /**
   * @param rule the implementation's N
   * @param people everyone active in a unit that has gone live
   * @param today the day of the run
   * @param known every episode that has a follow-up, whatever its status
   * @param open the episodes whose follow-up is open
   */
  public static FollowUpPlan of(
      LapseRule rule,
      Collection<PersonUsage> people,
      LocalDate today,
      Set<Lapse> known,
      Collection<Lapse> open) {
    Map<String, PersonUsage> byId = new HashMap<>();
    people.forEach(person -> byId.put(person.userId(), person));
    List<Lapse> ended = new ArrayList<>();
    for (Lapse lapse : open) {
      PersonUsage person = byId.get(lapse.userId());
      if (person != null && LapseRule.endedByUse(lapse, person.lastUse())) {
        ended.add(lapse);
      }
    }
    return new FollowUpPlan(rule.newEpisodes(people, today, known), ended);
  }
}
