package org.uptake.usage.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.uptake.usage.AdoptionFigures;
import org.uptake.usage.AdoptionFigures.Breakdown;
import org.uptake.usage.AdoptionFigures.Count;

/** The dashboard's tables as an XLSX workbook, one sheet per table, in the reader's language. */
final class AdoptionWorkbook {

  private AdoptionWorkbook() {}

  static byte[] write(
      AdoptionFigures figures, Function<String, String> text, Map<String, String> unitNames) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      List<String> counts =
          List.of(
              text.apply("adoption.staff"),
              text.apply("adoption.trained"),
              text.apply("adoption.active"),
              text.apply("adoption.active-percent"),
              text.apply("adoption.active-trained"),
              text.apply("adoption.trained-active-percent"));
      Sheet days =
          sheet(book, text.apply("adoption.sheet.days"), text.apply("adoption.day"), counts);
      int r = 1;
      for (AdoptionFigures.DayCount day : figures.days()) {
        Row row = days.createRow(r++);
        row.createCell(0).setCellValue(day.day().toString());
        counts(row, 1, day.count());
      }
      breakdowns(
          book,
          text.apply("adoption.sheet.weeks"),
          text.apply("adoption.all"),
          counts,
          text,
          List.of(figures.total()),
          k -> text.apply("adoption.all"));
      breakdowns(
          book,
          text.apply("adoption.sheet.units"),
          text.apply("adoption.unit"),
          counts,
          text,
          figures.byUnit(),
          k -> unitNames.getOrDefault(k, k));
      breakdowns(
          book,
          text.apply("adoption.sheet.groups"),
          text.apply("adoption.group"),
          counts,
          text,
          figures.byGroup(),
          k -> text.apply("group." + k.toLowerCase(Locale.ROOT)));
      Sheet features =
          sheet(
              book,
              text.apply("adoption.sheet.features"),
              text.apply("adoption.feature"),
              List.of(
                  text.apply("adoption.feature.listed"),
                  text.apply("adoption.users"),
                  text.apply("adoption.staff"),
                  text.apply("adoption.percent")));
      r = 1;
      for (boolean listed : List.of(true, false)) {
        for (AdoptionFigures.FeatureUse use :
            listed ? figures.features() : figures.otherActions()) {
          Row row = features.createRow(r++);
          row.createCell(0).setCellValue(use.name());
          row.createCell(1).setCellValue(text.apply(listed ? "adoption.yes" : "adoption.no"));
          row.createCell(2).setCellValue(use.users());
          row.createCell(3).setCellValue(use.staff());
          percent(row, 4, use.percent());
        }
      }
      Sheet cohorts =
          sheet(
              book,
              text.apply("adoption.sheet.cohorts"),
              text.apply("adoption.cohort"),
              List.of(
                  text.apply("adoption.staff"),
                  text.apply("adoption.cohort.week"),
                  text.apply("adoption.cohort.reached"),
                  text.apply("adoption.active"),
                  text.apply("adoption.percent")));
      r = 1;
      for (AdoptionFigures.Cohort cohort : figures.cohorts()) {
        for (AdoptionFigures.CohortWeek week : cohort.weeks()) {
          Row row = cohorts.createRow(r++);
          row.createCell(0).setCellValue(cohort.month());
          row.createCell(1).setCellValue(cohort.staff());
          row.createCell(2).setCellValue(week.week());
          row.createCell(3).setCellValue(week.reached());
          row.createCell(4).setCellValue(week.active());
          percent(row, 5, week.percent());
        }
      }
      AdoptionFigures.TrainingToUse t = figures.trainingToUse();
      Sheet training =
          sheet(
              book,
              text.apply("adoption.sheet.training"),
              text.apply("adoption.trained"),
              List.of(
                  text.apply("adoption.training.used"),
                  text.apply("adoption.training.never"),
                  text.apply("adoption.training.q1"),
                  text.apply("adoption.training.median"),
                  text.apply("adoption.training.q3")));
      Row row = training.createRow(1);
      row.createCell(0).setCellValue(t.trained());
      row.createCell(1).setCellValue(t.used());
      row.createCell(2).setCellValue(t.neverUsed());
      percent(row, 3, t.firstQuartile());
      percent(row, 4, t.median());
      percent(row, 5, t.thirdQuartile());
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void breakdowns(
      XSSFWorkbook book,
      String name,
      String first,
      List<String> counts,
      Function<String, String> text,
      List<Breakdown> breakdowns,
      Function<String, String> label) {
    Sheet sheet =
        sheet(
            book,
            name,
            first,
            java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(text.apply("adoption.week")), counts.stream())
                .toList());
    int r = 1;
    for (Breakdown breakdown : breakdowns) {
      Row period = sheet.createRow(r++);
      period.createCell(0).setCellValue(label.apply(breakdown.key()));
      period.createCell(1).setCellValue(text.apply("adoption.period"));
      counts(period, 2, breakdown.period());
      for (AdoptionFigures.WeekCount week : breakdown.weeks()) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(label.apply(breakdown.key()));
        row.createCell(1).setCellValue(week.isoWeek());
        counts(row, 2, week.count());
      }
    }
  }

  private static Sheet sheet(XSSFWorkbook book, String name, String first, List<String> rest) {
    Sheet sheet =
        book.createSheet(
            WorkbookUtil.createSafeSheetName(name.length() > 31 ? name.substring(0, 31) : name));
    Row head = sheet.createRow(0);
    head.createCell(0).setCellValue(first);
    for (int i = 0; i < rest.size(); i++) {
      head.createCell(i + 1).setCellValue(rest.get(i));
    }
    return sheet;
  }

  private static void counts(Row row, int at, Count count) {
    row.createCell(at).setCellValue(count.staff());
    row.createCell(at + 1).setCellValue(count.trained());
    row.createCell(at + 2).setCellValue(count.active());
    percent(row, at + 3, count.activePercent());
    row.createCell(at + 4).setCellValue(count.activeTrained());
    percent(row, at + 5, count.trainedActivePercent());
  }

  private static void percent(Row row, int at, @Nullable BigDecimal value) {
    if (value != null) {
      row.createCell(at).setCellValue(value.doubleValue());
    }
  }
}
