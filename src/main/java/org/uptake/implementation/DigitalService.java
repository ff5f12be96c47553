package org.uptake.implementation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A digital service the organisation brings in, with its features. */
public record DigitalService(
    DigitalServiceId id,
    String name,
    @Nullable String supplier,
    @Nullable String description,
    List<Feature> features) {}
