package org.uptake.usage;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.uptake.implementation.ImplementationId;
import org.uptake.organisation.StaffId;
import org.uptake.organisation.UnitId;

/**
 * A stored training record, with the person's name and present unit.
 *
 * @param source {@code FORM} (ticked on the training page) or {@code IMPORT} (from a file)
 */
public record TrainingRecord(
    TrainingRecordId id,
    ImplementationId implementation,
    StaffId staff,
    String name,
    UnitId unit,
    LocalDate trainedOn,
    @Nullable String note,
    String source) {}
