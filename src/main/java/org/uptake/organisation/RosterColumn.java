package org.uptake.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a roster file and the header names each is known by. Headers are matched after
 * cleaning, lower-casing and turning spaces, hyphens, dots and slashes into underscores, so
 * "Employee number", "employee-number" and "EMPLOYEE_NUMBER" are the same; a trailing "*" (a
 * "required" mark in templates) is ignored. Aliases cover the Finnish, Swedish and Norwegian
 * headers HR systems write.
 */
enum RosterColumn {
  EMPLOYEE_NUMBER(
      "employee_number",
      true,
      "employee_no",
      "henkilönumero",
      "anställningsnummer",
      "ansattnummer"),
  FIRST_NAME("first_name", true, "firstname", "given_name", "etunimi", "förnamn", "fornavn"),
  LAST_NAME(
      "last_name",
      true,
      "lastname",
      "surname",
      "family_name",
      "sukunimi",
      "efternamn",
      "etternavn"),
  EMAIL("email", false, "e_mail", "email_address", "sähköposti", "e_post", "epost"),
  UNIT("unit", true, "unit_code", "yksikkö", "enhet"),
  PROFESSIONAL_GROUP("professional_group", true, "ammattiryhmä", "yrkesgrupp", "yrkesgruppe"),
  SHIFT_PATTERN("shift_pattern", false);

  private final String header;
  private final boolean required;
  private final List<String> aliases;

  RosterColumn(String header, boolean required, String... aliases) {
    this.header = header;
    this.required = required;
    this.aliases = List.of(aliases);
  }

  /** The English header name, also used as the column's name in problem messages. */
  String header() {
    return header;
  }

  boolean required() {
    return required;
  }

  static Optional<RosterColumn> fromHeader(String cell) {
    String name = normalise(cell);
    return Arrays.stream(values())
        .filter(column -> column.header.equals(name) || column.aliases.contains(name))
        .findFirst();
  }

  private static String normalise(String cell) {
    String name = CellText.clean(cell).toLowerCase(Locale.ROOT);
    if (name.endsWith("*")) {
      name = name.substring(0, name.length() - 1).strip();
    }
    return name.replaceAll("[\\s\\-./]+", "_");
  }
}
