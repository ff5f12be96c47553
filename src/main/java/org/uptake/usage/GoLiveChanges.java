package org.uptake.usage;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.implementation.GoLiveChanged;

/**
 * Brings the dashboard's sums in step with a unit's go-live set, moved or cleared, in the
 * transaction of the change. The days of use are summed by unit with go-live applied when read, so
 * only the trained people's part changes (their go-live and first use on or after it): one index
 * probe per trained person of the unit; the others' go-live is rewritten in place.
 */
@Component
class GoLiveChanges {

  private final JdbcClient jdbc;
  private final AdoptionSums sums;

  GoLiveChanges(JdbcClient jdbc, AdoptionSums sums) {
    this.jdbc = jdbc;
    this.sums = sums;
  }

  @EventListener
  void changed(GoLiveChanged event) {
    UUID implementation = event.implementation().value();
    UUID unit = event.unit().value();
    List<UUID> trained =
        jdbc.sql(
                """
                select staff_id from adoption_person
                 where implementation_id = ? and unit_id = ? and trained_on is not null
                """)
            .params(implementation, unit)
            .query(UUID.class)
            .list();
    sums.refreshTraining(implementation, trained);
    @Nullable LocalDate goLive = event.after();
    jdbc.sql(
            """
            update adoption_person set live_from = cast(:goLive as date)
             where implementation_id = :implementation and unit_id = :unit and trained_on is null
               and live_from is distinct from cast(:goLive as date)
            """)
        .param("goLive", goLive, java.sql.Types.DATE)
        .param("implementation", implementation)
        .param("unit", unit)
        .update();
  }
}
