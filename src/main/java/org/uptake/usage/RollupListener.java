package org.uptake.usage;

import java.time.LocalDate;
import java.util.Set;
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
   * @param userKeys the file's user ids, in lower case, that are on the roster or mapped to someone
   *     when the import began: every rollup row of a known person that the import may have changed
   *     has one of them (others may be unchanged); empty when the file names nobody on the roster
   */
  void rollupsChanged(
      UUID organisation,
      UsageSource source,
      LocalDate firstDay,
      LocalDate lastDay,
      Set<String> userKeys);
}
