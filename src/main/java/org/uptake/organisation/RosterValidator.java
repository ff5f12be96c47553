package org.uptake.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Turns the raw rows of a roster file into checked {@link RosterRow}s and problems. */
final class RosterValidator {

  /** Loose on purpose: something@something.tld, no spaces, one address. */
  private static final Pattern EMAIL =
      Pattern.compile("[^\\s@,;<>()\"]+@[^\\s@,;<>()\"]+\\.[^\\s@,;<>()\".]+");

  private final Map<String, String> unitCodes = new HashMap<>();
  private final Map<RosterColumn, Integer> columns = new EnumMap<>(RosterColumn.class);
  private final Map<String, Integer> firstLineOfEmployee = new HashMap<>();
  private final List<RosterRow> rows = new ArrayList<>();
  private final List<RosterProblem> problems = new ArrayList<>();

  private RosterValidator(Set<String> knownUnitCodes) {
    // Exact spelling wins; otherwise codes match ignoring case and come out spelt as the unit is.
    for (String code : knownUnitCodes) {
      unitCodes.put(code, code);
    }
    for (String code : knownUnitCodes) {
      unitCodes.putIfAbsent(code.toLowerCase(Locale.ROOT), code);
    }
  }

  static RosterParseResult validate(RawSheet sheet, Set<String> knownUnitCodes) {
    if (sheet.isRejected()) {
      return new RosterParseResult(List.of(), sheet.problems());
    }
    if (sheet.rows().isEmpty()) {
      return RosterParseResult.rejected(RosterProblem.wholeFile(RosterProblem.EMPTY_FILE));
    }
    return new RosterValidator(knownUnitCodes).check(sheet);
  }

  private RosterParseResult check(RawSheet sheet) {
    RawRow header = sheet.rows().getFirst();
    if (!readHeader(header)) {
      return new RosterParseResult(List.of(), problems);
    }
    List<RawRow> data = sheet.rows().subList(1, sheet.rows().size());
    if (data.isEmpty() && sheet.problems().isEmpty()) {
      return RosterParseResult.rejected(RosterProblem.wholeFile(RosterProblem.NO_ROWS));
    }
    data.forEach(this::checkRow);
    problems.addAll(sheet.problems());
    problems.sort(Comparator.comparingInt(RosterProblem::line));
    return new RosterParseResult(rows, problems);
  }

  /** Maps columns from the header row; false if the file cannot be read past it. */
  private boolean readHeader(RawRow header) {
    for (int i = 0; i < header.cells().size(); i++) {
      Optional<RosterColumn> column = RosterColumn.fromHeader(header.cell(i));
      if (column.isEmpty()) {
        continue; // extra columns in an HR export are normal
      }
      if (columns.putIfAbsent(column.get(), i) != null) {
        problems.add(
            RosterProblem.atLine(
                header.line(), RosterProblem.DUPLICATE_COLUMN, column.get().header()));
      }
    }
    if (columns.isEmpty()) {
      problems.clear();
      problems.add(RosterProblem.wholeFile(RosterProblem.NOT_A_ROSTER));
      return false;
    }
    for (RosterColumn column : RosterColumn.values()) {
      if (column.required() && !columns.containsKey(column)) {
        problems.add(
            RosterProblem.atLine(header.line(), RosterProblem.MISSING_COLUMN, column.header()));
      }
    }
    return problems.isEmpty();
  }

  private void checkRow(RawRow raw) {
    int line = raw.line();
    int before = problems.size();
    Map<RosterColumn, String> values = new EnumMap<>(RosterColumn.class);
    for (RosterColumn column : RosterColumn.values()) {
      Integer index = columns.get(column);
      String value = index == null ? "" : CellText.clean(raw.cell(index));
      values.put(column, value);
      if (column.required() && value.isEmpty()) {
        problems.add(RosterProblem.atLine(line, RosterProblem.MISSING_FIELD, column.header()));
      } else if (value.length() > RosterParser.MAX_FIELD_LENGTH) {
        problems.add(
            RosterProblem.atLine(
                line,
                RosterProblem.TOO_LONG,
                column.header(),
                String.valueOf(RosterParser.MAX_FIELD_LENGTH)));
      }
    }

    String employeeNumber = values.get(RosterColumn.EMPLOYEE_NUMBER);
    String email = values.get(RosterColumn.EMAIL);
    if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
      problems.add(problem(line, RosterProblem.BAD_EMAIL, email));
    }
    String unitValue = values.get(RosterColumn.UNIT);
    @Nullable String unitCode = unitCode(unitValue);
    if (!unitValue.isEmpty() && unitCode == null) {
      problems.add(problem(line, RosterProblem.UNKNOWN_UNIT, unitValue));
    }
    String groupValue = values.get(RosterColumn.PROFESSIONAL_GROUP);
    Optional<ProfessionalGroup> group = ProfessionalGroup.fromCode(groupValue);
    if (!groupValue.isEmpty() && group.isEmpty()) {
      problems.add(problem(line, RosterProblem.UNKNOWN_GROUP, groupValue));
    }
    String shiftValue = values.get(RosterColumn.SHIFT_PATTERN);
    Optional<ShiftPattern> shift = ShiftPattern.fromCode(shiftValue);
    if (!shiftValue.isEmpty() && shift.isEmpty()) {
      problems.add(problem(line, RosterProblem.UNKNOWN_SHIFT, shiftValue));
    }
    if (!employeeNumber.isEmpty()) {
      Integer firstLine =
          firstLineOfEmployee.putIfAbsent(CellText.employeeKey(employeeNumber), line);
      if (firstLine != null) {
        problems.add(
            RosterProblem.atLine(
                line,
                RosterProblem.DUPLICATE_EMPLOYEE_NUMBER,
                CellText.forMessage(employeeNumber),
                String.valueOf(firstLine)));
      }
    }

    if (problems.size() == before) {
      rows.add(
          new RosterRow(
              line,
              employeeNumber,
              values.get(RosterColumn.FIRST_NAME),
              values.get(RosterColumn.LAST_NAME),
              email.isEmpty() ? null : email,
              Objects.requireNonNull(unitCode),
              group.orElseThrow().code(),
              shift.map(ShiftPattern::code).orElse(null)));
    }
  }

  private @Nullable String unitCode(String value) {
    String exact = unitCodes.get(value);
    return exact != null ? exact : unitCodes.get(value.toLowerCase(Locale.ROOT));
  }

  private static RosterProblem problem(int line, String reason, String value) {
    return RosterProblem.atLine(line, reason, CellText.forMessage(value));
  }
}
