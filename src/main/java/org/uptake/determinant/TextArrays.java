package org.uptake.determinant;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Arrays go to PostgreSQL as comma-separated text ({@code string_to_array}) and come back with
 * {@code array_to_string}: codes and ids never contain a comma.
 */
final class TextArrays {

  private TextArrays() {}

  /** The values, sorted, joined with commas. */
  static String joined(Collection<?> values) {
    return values.stream().map(Object::toString).sorted().collect(Collectors.joining(","));
  }

  /** The values of a joined array; none for null or empty. */
  static Set<String> split(@Nullable String joined) {
    return joined == null || joined.isEmpty()
        ? Set.of()
        : Set.copyOf(Arrays.asList(joined.split(",")));
  }
}
