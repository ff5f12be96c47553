package org.uptake.usage;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Told, inside an import's transaction and after its daily rollups are written, which days of a
 * source's rollups the import may have changed, so that tables derived from {@code usage_daily}
 * (the dashboard's summaries) are brought up to date in the same transaction: all or nothing, like
 * the import itself.
 */
interface RollupListener {

  /**
   * @param organisation the importing organisation
   * @param source the source whose rollups changed
   * @param firstDay the first changed day, in the source's time zone
   * @param lastDay the last changed day, in the source's time zone (inclusive)
   */
  void rollupsChanged(UUID organisation, UsageSource source, LocalDate firstDay, LocalDate lastDay);
}
