package org.uptake.determinant;

import org.uptake.implementation.ImplementationId;

/** A consultation recorded in the needs assessment of an implementation. */
public record Consultation(
    ConsultationId id, ImplementationId implementation, ConsultationDetails details) {}
