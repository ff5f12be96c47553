package org.uptake.survey.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.survey.Construct;
import org.uptake.survey.Item;
import org.uptake.survey.OptOut;
import org.uptake.survey.ResponseType;
import org.uptake.survey.ResultBreakdown;
import org.uptake.survey.ResultFigure;
import org.uptake.survey.ResultSheet;

/**
 * Turns a wave's results into the tables the page shows and the exports write, so that both say
 * exactly the same, small groups included: a suppressed figure is the words "fewer than k answers"
 * and nothing else.
 */
final class ExportTables {

  private final ResultSheet sheet;
  private final MessageSource messages;
  private final Locale locale;
  private final Map<UUID, String> unitNames;
  private final NumberFormat decimal;
  private final NumberFormat whole;

  ExportTables(
      ResultSheet sheet, MessageSource messages, Locale locale, Map<UUID, String> unitNames) {
    this.sheet = sheet;
    this.messages = messages;
    this.locale = locale;
    this.unitNames = unitNames;
    this.decimal = NumberFormat.getNumberInstance(locale);
    decimal.setMinimumFractionDigits(2);
    decimal.setMaximumFractionDigits(2);
    this.whole = NumberFormat.getIntegerInstance(locale);
  }

  /** Constructs, response rates, trend and one table per item, in the page's order. */
  List<ExportTable> all() {
    List<ExportTable> tables = new ArrayList<>();
    tables.add(constructs());
    tables.add(rates());
    if (!sheet.trend().isEmpty()) {
      tables.add(trend(LocalDate::toString));
    }
    for (ResultSheet.Line line : sheet.items()) {
      sheet.instrument().item(line.code()).ifPresent(item -> tables.add(item(item, line)));
    }
    return tables;
  }

  ExportTable constructs() {
    List<String> header = new ArrayList<>();
    header.add(text("results.by." + sheet.by().code()));
    header.add(text("results.respondents"));
    for (Construct construct : sheet.instrument().constructs()) {
      header.add(construct.label().in(locale));
    }
    List<List<ExportTable.Cell>> rows = new ArrayList<>();
    for (int r = 0; r < sheet.rows().size(); r++) {
      List<ExportTable.Cell> row = new ArrayList<>();
      row.add(ExportTable.Cell.of(label(sheet.rows().get(r))));
      row.add(count(sheet.respondents().get(r)));
      for (ResultSheet.Line line : sheet.constructs()) {
        row.add(mean(line.figures().get(r)));
      }
      rows.add(row);
    }
    return new ExportTable("constructs", text("results.constructs"), header, rows);
  }

  ExportTable rates() {
    List<String> header =
        List.of(
            text("results.by." + sheet.by().code()),
            text("results.invited"),
            text("results.answered"),
            text("results.rate"));
    List<List<ExportTable.Cell>> rows = new ArrayList<>();
    for (int r = 0; r < sheet.rows().size(); r++) {
      ResultSheet.Rate rate = sheet.rates().get(r);
      String label = label(sheet.rows().get(r));
      if (rate.suppressed()) {
        ExportTable.Cell hidden = ExportTable.Cell.of(fewer());
        rows.add(List.of(ExportTable.Cell.of(label), hidden, hidden, hidden));
      } else {
        rows.add(
            List.of(
                ExportTable.Cell.of(label),
                ExportTable.Cell.number(whole.format(rate.invited()), rate.invited()),
                ExportTable.Cell.number(whole.format(rate.answered()), rate.answered()),
                new ExportTable.Cell(
                    whole.format(Math.round(rate.percent())) + " %",
                    rate.percent(),
                    rate.percent())));
      }
    }
    return new ExportTable("rates", text("results.rates"), header, rows);
  }

  /**
   * The constructs' means wave by wave.
   *
   * @param day how an opening day is written: ISO-8601 in files, the reader's style on the page
   */
  ExportTable trend(Function<LocalDate, String> day) {
    List<String> header = new ArrayList<>();
    header.add(text("results.wave"));
    header.add(text("results.opens"));
    boolean byUnit = sheet.trend().stream().anyMatch(p -> !p.row().whole());
    if (byUnit) {
      header.add(text("results.by.unit"));
    }
    for (Construct construct : sheet.instrument().constructs()) {
      header.add(construct.label().in(locale));
    }
    List<List<ExportTable.Cell>> rows = new ArrayList<>();
    for (ResultSheet.TrendPoint point : sheet.trend()) {
      List<ExportTable.Cell> row = new ArrayList<>();
      row.add(ExportTable.Cell.of(point.name()));
      row.add(ExportTable.Cell.of(day.apply(point.opensOn())));
      if (byUnit) {
        row.add(ExportTable.Cell.of(label(point.row())));
      }
      for (Construct construct : sheet.instrument().constructs()) {
        ResultFigure figure = point.constructs().get(construct.code());
        row.add(figure == null ? ExportTable.Cell.of(fewer()) : mean(figure));
      }
      rows.add(row);
    }
    return new ExportTable("trend", text("results.trend"), header, rows);
  }

  ExportTable item(Item item, ResultSheet.Line line) {
    List<String> answers = answers(item);
    List<String> header = new ArrayList<>();
    header.add(text("results.by." + sheet.by().code()));
    header.add(text("results.n"));
    if (item.type().numeric()) {
      header.add(text("results.mean"));
    }
    for (String answer : answers) {
      header.add(answerLabel(item, answer));
    }
    List<List<ExportTable.Cell>> rows = new ArrayList<>();
    for (int r = 0; r < sheet.rows().size(); r++) {
      ResultFigure figure = line.figures().get(r);
      List<ExportTable.Cell> row = new ArrayList<>();
      row.add(ExportTable.Cell.of(label(sheet.rows().get(r))));
      if (figure.suppressed()) {
        for (int c = 1; c < header.size(); c++) {
          row.add(ExportTable.Cell.of(fewer()));
        }
      } else {
        row.add(count(figure));
        if (item.type().numeric()) {
          Double mean = figure.mean();
          row.add(
              mean == null
                  ? ExportTable.Cell.of("–")
                  : ExportTable.Cell.number(decimal.format(mean), mean));
        }
        for (String answer : answers) {
          double percent = figure.percent(answer);
          row.add(
              new ExportTable.Cell(
                  whole.format(figure.count(answer))
                      + " ("
                      + whole.format(Math.round(percent))
                      + " %)",
                  (double) figure.count(answer),
                  percent));
        }
      }
      rows.add(row);
    }
    return new ExportTable(
        "item-" + item.linkId(), item.linkId() + " " + item.text().in(locale), header, rows);
  }

  /** The answers an item's distribution shows, in scale order, opt-outs last. */
  static List<String> answers(Item item) {
    List<String> answers = new ArrayList<>();
    if (item.type().numeric()) {
      for (int point = item.type().min(); point <= item.type().max(); point++) {
        answers.add(String.valueOf(point));
      }
    }
    if (item.type() == ResponseType.AGREEMENT_5) {
      for (OptOut optOut : OptOut.values()) {
        answers.add(optOut.code());
      }
    }
    item.options().forEach(option -> answers.add(option.code()));
    return answers;
  }

  private String answerLabel(Item item, String answer) {
    for (var option : item.options()) {
      if (option.code().equals(answer)) {
        return option.label().in(locale);
      }
    }
    return OptOut.ofCode(answer)
        .map(optOut -> text(optOut.messageKey()))
        .orElseGet(() -> messages.getMessage("results.point", new Object[] {answer}, locale));
  }

  /** The row's name: a unit, a professional group, both, or all respondents. */
  String label(ResultSheet.Row row) {
    if (row.whole()) {
      return text("results.all");
    }
    String unit =
        row.unit() == null ? text("results.no-unit") : unitNames.getOrDefault(row.unit(), "?");
    String group =
        row.group() == null
            ? text("results.no-group")
            : ProfessionalGroup.fromCode(row.group())
                .map(g -> text(g.messageKey()))
                .orElse(row.group());
    if (row.by() == ResultBreakdown.UNIT) {
      return unit;
    }
    if (row.by() == ResultBreakdown.GROUP) {
      return group;
    }
    return unit + " · " + group;
  }

  private ExportTable.Cell count(ResultFigure figure) {
    return figure.suppressed()
        ? ExportTable.Cell.of(fewer())
        : ExportTable.Cell.number(whole.format(figure.n()), figure.n());
  }

  private ExportTable.Cell mean(ResultFigure figure) {
    Double mean = figure.mean();
    if (figure.suppressed()) {
      return ExportTable.Cell.of(fewer());
    }
    if (mean == null) {
      return ExportTable.Cell.of("–");
    }
    return ExportTable.Cell.number(
        messages.getMessage(
            "results.mean-n",
            new Object[] {decimal.format(mean), whole.format(figure.n())},
            locale),
        mean);
  }

  /** The words that stand for a suppressed figure. */
  String fewer() {
    return messages.getMessage("results.suppressed", new Object[] {sheet.wave().k()}, locale);
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, locale);
  }
}
