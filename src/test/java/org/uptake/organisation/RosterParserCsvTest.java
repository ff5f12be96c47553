package org.uptake.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uptake.organisation.Rosters.HEADER;
import static org.uptake.organisation.Rosters.UNITS;
import static org.uptake.organisation.Rosters.csv;
import static org.uptake.organisation.Rosters.parseCsv;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RosterParserCsvTest {

  @Nested
  class ReadingValidFiles {

    @Test
    void readsCommaSeparatedRows() {
      RosterParseResult result =
          parseCsv(
              HEADER,
              "E001,Aino,Virtanen,aino.virtanen@example.fi,WARD-3A,registered_nurse,three_shift",
              "E002,Erik,Lund,,ER,physician,");

      assertThat(result.isClean()).isTrue();
      assertThat(result.rows())
          .containsExactly(
              new RosterRow(
                  2,
                  "E001",
                  "Aino",
                  "Virtanen",
                  "aino.virtanen@example.fi",
                  "WARD-3A",
                  "registered_nurse",
                  "three_shift"),
              new RosterRow(3, "E002", "Erik", "Lund", null, "ER", "physician", null));
    }

    @Test
    void readsSemicolonSeparatedFileWithBomAsNordicExcelWritesIt() {
      byte[] body =
          csv(
              "Henkilönumero;Etunimi;Sukunimi;Sähköposti;Yksikkö;Ammattiryhmä;Shift pattern",
              "1001;Päivi;Mäkinen;paivi.makinen@hus.example;HOME-CARE;public_health_nurse;day",
              "1002;Åsa;Öberg;;WARD-3A;social_worker;on_call");
      byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body);

      RosterParseResult result = RosterParser.parse(withBom, "henkilöstö.csv", UNITS);

      assertThat(result.problems()).isEmpty();
      assertThat(result.rows())
          .extracting(
              RosterRow::line, RosterRow::employeeNumber, RosterRow::firstName, RosterRow::lastName)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(2, "1001", "Päivi", "Mäkinen"),
              org.assertj.core.groups.Tuple.tuple(3, "1002", "Åsa", "Öberg"));
    }

    @Test
    void bomDoesNotHideTheFirstHeader() {
      byte[] withBom =
          concat(
              new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, csv(HEADER, "E1,A,B,,ER,other,"));

      assertThat(RosterParser.parse(withBom, null, UNITS).rows()).hasSize(1);
    }

    @Test
    void acceptsHeaderAliasesInAnyCaseAndOrderAndIgnoresExtraColumns() {
      RosterParseResult result =
          parseCsv(
              "Cost centre;PROFESSIONAL_GROUP;Unit;Last Name;First-Name;Employee Number;Notes",
              "4711;Practical nurse;ward-3a;Hansen;Kari;N-77;ignored");

      assertThat(result.problems()).isEmpty();
      assertThat(result.rows())
          .containsExactly(
              new RosterRow(2, "N-77", "Kari", "Hansen", null, "WARD-3A", "practical_nurse", null));
    }

    @Test
    void acceptsSwedishAndNorwegianEmployeeNumberHeaders() {
      assertThat(
              parseCsv(
                      "Anställningsnummer;Förnamn;Efternamn;Enhet;Yrkesgrupp",
                      "S1;Karin;Berg;ER;physician")
                  .rows())
          .hasSize(1);
      assertThat(
              parseCsv(
                      "Ansattnummer;Fornavn;Etternavn;Enhet;Yrkesgruppe",
                      "N1;Ola;Nordmann;ER;other")
                  .rows())
          .hasSize(1);
      assertThat(
              parseCsv(
                      "employee_no,first_name,last_name,unit,professional_group", "X1,A,B,ER,other")
                  .rows())
          .hasSize(1);
    }

    @Test
    void trimsWhitespaceIncludingNoBreakSpacesAndNormalisesCodes() {
      RosterParseResult result =
          parseCsv(
              HEADER,
              "  E9 ,\u00a0Anna  Maria\u00a0, Korhonen ,  anna@example.fi ,  er , Digital"
                  + " Counsellor ,Two-Shift ");

      assertThat(result.problems()).isEmpty();
      assertThat(result.rows())
          .containsExactly(
              new RosterRow(
                  2,
                  "E9",
                  "Anna Maria",
                  "Korhonen",
                  "anna@example.fi",
                  "ER",
                  "digital_counsellor",
                  "two_shift"));
    }

    @Test
    void followsExcelsSeparatorLine() {
      RosterParseResult result =
          parseCsv(
              "sep=;",
              "employee_number;first_name;last_name;unit;professional_group",
              "E1;Smith, Jr.;B;ER;other");

      assertThat(result.problems()).isEmpty();
      assertThat(result.rows())
          .singleElement()
          .satisfies(
              row -> {
                assertThat(row.line()).isEqualTo(3);
                assertThat(row.firstName()).isEqualTo("Smith, Jr.");
              });
    }

    @Test
    void readsTabSeparatedFiles() {
      assertThat(parseCsv(HEADER.replace(',', '\t'), "E1\tA\tB\t\tER\tother\t").rows()).hasSize(1);
    }

    @Test
    void numbersRowsByTheLineTheyStartOnSkippingBlankLines() {
      RosterParseResult result =
          parseCsv(
              "",
              HEADER,
              "E1,A,B,,ER,other,",
              "",
              ",,,,,,",
              "E2,\"Anna",
              "Maria\",B,,ER,other,",
              "E3,C,D,,ER,other,");

      assertThat(result.problems()).isEmpty();
      assertThat(result.rows()).extracting(RosterRow::line).containsExactly(3, 6, 8);
      assertThat(result.rows().get(1).firstName()).isEqualTo("Anna Maria");
    }

    @Test
    void readsQuotedFieldsWithSeparatorsInside() {
      RosterParseResult result = parseCsv(HEADER, "E1,\"Anna, Jr.\",\"O\"\"Neil\",,ER,other,");

      assertThat(result.rows())
          .singleElement()
          .satisfies(
              row -> {
                assertThat(row.firstName()).isEqualTo("Anna, Jr.");
                assertThat(row.lastName()).isEqualTo("O\"Neil");
              });
    }

    @Test
    void optionalColumnsMayBeAbsent() {
      RosterParseResult result =
          parseCsv(
              "employee_number,first_name,last_name,unit,professional_group", "E1,A,B,ER,other");

      assertThat(result.rows())
          .singleElement()
          .satisfies(
              row -> {
                assertThat(row.email()).isNull();
                assertThat(row.shiftPattern()).isNull();
              });
    }

    @Test
    void acceptsExactlyTheRowLimit() {
      RosterParseResult result = parseCsv(Rosters.validLines(RosterParser.MAX_ROWS));

      assertThat(result.isClean()).isTrue();
      assertThat(result.rows()).hasSize(RosterParser.MAX_ROWS);
    }
  }

  @Nested
  class RowProblems {

    @Test
    void missingRequiredValueNamesTheColumnAndLine() {
      RosterParseResult result =
          parseCsv(HEADER, "E1,A,B,,ER,other,", "E2,,B,,ER,other,", "E3,C,D,,,other,");

      assertThat(result.problems())
          .containsExactly(
              new RosterProblem(3, "roster.error.missing-field", List.of("first_name")),
              new RosterProblem(4, "roster.error.missing-field", List.of("unit")));
      assertThat(result.rows()).extracting(RosterRow::employeeNumber).containsExactly("E1");
    }

    @Test
    void shortRowsAreMissingTheirTrailingValues() {
      RosterParseResult result = parseCsv(HEADER, "E1,A,B");

      assertThat(result.problems())
          .containsExactly(
              new RosterProblem(2, "roster.error.missing-field", List.of("unit")),
              new RosterProblem(2, "roster.error.missing-field", List.of("professional_group")));
    }

    @Test
    void unknownUnitGroupAndShiftAndBadEmailAreReportedWithTheValue() {
      RosterParseResult result =
          parseCsv(
              HEADER,
              "E1,A,B,,WARD-9,other,",
              "E2,A,B,,ER,nurse,",
              "E3,A,B,,ER,other,weekends",
              "E4,A,B,not-an-email,ER,other,",
              "E5,A,B,a@b,ER,other,",
              "E6,A,B,a b@c.fi,ER,other,");

      assertThat(result.problems())
          .containsExactly(
              new RosterProblem(2, "roster.error.unknown-unit", List.of("WARD-9")),
              new RosterProblem(3, "roster.error.unknown-group", List.of("nurse")),
              new RosterProblem(4, "roster.error.unknown-shift", List.of("weekends")),
              new RosterProblem(5, "roster.error.bad-email", List.of("not-an-email")),
              new RosterProblem(6, "roster.error.bad-email", List.of("a@b")),
              new RosterProblem(7, "roster.error.bad-email", List.of("a b@c.fi")));
      assertThat(result.rows()).isEmpty();
    }

    @Test
    void duplicateEmployeeNumberIsReportedOnTheLaterLineNamingTheFirst() {
      RosterParseResult result =
          parseCsv(HEADER, "E1,A,B,,ER,other,", "E2,C,D,,ER,other,", " e1 ,E,F,,ER,other,");

      assertThat(result.problems())
          .containsExactly(
              new RosterProblem(4, "roster.error.duplicate-employee-number", List.of("e1", "2")));
      assertThat(result.rows()).extracting(RosterRow::line).containsExactly(2, 3);
    }

    @Test
    void everyProblemOfARowIsReported() {
      RosterParseResult result = parseCsv(HEADER, "E1,,B,x,NOPE,boss,late");

      assertThat(result.problems())
          .extracting(RosterProblem::reason)
          .containsExactly(
              "roster.error.missing-field",
              "roster.error.bad-email",
              "roster.error.unknown-unit",
              "roster.error.unknown-group",
              "roster.error.unknown-shift");
      assertThat(result.problems()).extracting(RosterProblem::line).containsOnly(2);
    }

    @Test
    void overlongValueIsRefusedAndEchoedShortened() {
      String longName = "x".repeat(RosterParser.MAX_FIELD_LENGTH + 1);
      String longUnit = "U".repeat(500);
      RosterParseResult result =
          parseCsv(HEADER, "E1," + longName + ",B,,ER,other,", "E2,A,B,," + longUnit + ",other,");

      assertThat(result.problems())
          .containsExactly(
              new RosterProblem(2, "roster.error.too-long", List.of("first_name", "255")),
              new RosterProblem(3, "roster.error.too-long", List.of("unit", "255")),
              new RosterProblem(3, "roster.error.unknown-unit", List.of("U".repeat(100) + "…")));
    }

    @Test
    void unclosedQuoteStopsReadingAndPointsAtTheBrokenRecord() {
      RosterParseResult result =
          parseCsv(HEADER, "E1,A,B,,ER,other,", "", "E2,\"Anna,B,,ER,other,", "E3,C,D,,ER,other,");

      assertThat(result.problems())
          .containsExactly(new RosterProblem(4, "roster.error.bad-quotes", List.of()));
      assertThat(result.rows()).extracting(RosterRow::employeeNumber).containsExactly("E1");
      assertThat(result.isClean()).isFalse();
    }

    @Test
    void textAfterAClosingQuoteIsBadQuoting() {
      RosterParseResult result =
          parseCsv(HEADER, "E1,A,B,,ER,other,", "E2,\"Anna\" Maria,B,,ER,other,");

      assertThat(result.problems())
          .containsExactly(new RosterProblem(3, "roster.error.bad-quotes", List.of()));
    }
  }

  @Nested
  class FileProblems {

    @Test
    void emptyFile() {
      assertThat(RosterParser.parse(new byte[0], "roster.csv", UNITS).problems())
          .containsExactly(new RosterProblem(0, "roster.error.empty-file", List.of()));
    }

    @Test
    void fileOfBlankLinesIsEmpty() {
      assertThat(
              RosterParser.parse("\r\n  \r\n;;;\r\n".getBytes(StandardCharsets.UTF_8), null, UNITS)
                  .problems())
          .containsExactly(new RosterProblem(0, "roster.error.empty-file", List.of()));
    }

    @Test
    void headerWithoutRows() {
      assertThat(parseCsv(HEADER).problems())
          .containsExactly(new RosterProblem(0, "roster.error.no-rows", List.of()));
    }

    @Test
    void tooLarge() {
      byte[] content = new byte[RosterParser.MAX_BYTES + 1];
      java.util.Arrays.fill(content, (byte) 'a');

      RosterParseResult result = RosterParser.parse(content, "roster.csv", UNITS);

      assertThat(result.problems())
          .containsExactly(new RosterProblem(0, "roster.error.too-large", List.of("5")));
      assertThat(result.rows()).isEmpty();
    }

    @Test
    void tooManyRows() {
      RosterParseResult result = parseCsv(Rosters.validLines(RosterParser.MAX_ROWS + 1));

      assertThat(result.problems())
          .containsExactly(new RosterProblem(0, "roster.error.too-many-rows", List.of("20000")));
      assertThat(result.rows()).isEmpty();
    }

    @Test
    void windows1252IsBadEncodingOnTheLineWhereItHappens() {
      byte[] content =
          (HEADER + "\r\nE1,Aino,Virtanen,,ER,other,\r\nE2,Päivi,Mäkinen,,ER,other,\r\n")
              .getBytes(Charset.forName("windows-1252"));

      RosterParseResult result = RosterParser.parse(content, "roster.csv", UNITS);

      assertThat(result.problems())
          .containsExactly(new RosterProblem(3, "roster.error.bad-encoding", List.of()));
      assertThat(result.rows()).isEmpty();
    }

    @Test
    void truncatedUtf8SequenceAtTheEndIsBadEncoding() {
      byte[] good = csv(HEADER, "E1,A,B,,ER,other,", "E2,Ä");
      byte[] cut =
          java.util.Arrays.copyOf(good, good.length - 3); // drops CRLF and the second byte of Ä

      assertThat(RosterParser.parse(cut, null, UNITS).problems())
          .containsExactly(new RosterProblem(3, "roster.error.bad-encoding", List.of()));
    }

    @Test
    void utf16IsBadEncoding() {
      byte[] content =
          concat(
              new byte[] {(byte) 0xFF, (byte) 0xFE},
              (HEADER + "\r\n").getBytes(StandardCharsets.UTF_16LE));

      assertThat(RosterParser.parse(content, "roster.txt", UNITS).problems())
          .containsExactly(new RosterProblem(1, "roster.error.bad-encoding", List.of()));
    }

    @Test
    void headerWithNoRosterColumnIsNotARoster() {
      assertThat(parseCsv("name,age,city", "Anna,34,Oulu").problems())
          .containsExactly(new RosterProblem(0, "roster.error.not-a-roster", List.of()));
      assertThat(parseCsv("Dear colleague, here is the list you asked for.").problems())
          .containsExactly(new RosterProblem(0, "roster.error.not-a-roster", List.of()));
    }

    @Test
    void missingRequiredColumnsAreNamedOnTheHeaderLine() {
      RosterParseResult result =
          parseCsv("", "employee_number;first_name;last_name;email", "E1;A;B;a@b.fi");

      assertThat(result.problems())
          .containsExactly(
              new RosterProblem(2, "roster.error.missing-column", List.of("unit")),
              new RosterProblem(2, "roster.error.missing-column", List.of("professional_group")));
      assertThat(result.rows()).isEmpty();
    }

    @Test
    void sameColumnTwiceIsADuplicateColumn() {
      RosterParseResult result =
          parseCsv(
              "employee_number,henkilönumero,first_name,last_name,unit,professional_group",
              "E1,E1,A,B,ER,other");

      assertThat(result.problems())
          .containsExactly(
              new RosterProblem(1, "roster.error.duplicate-column", List.of("employee_number")));
    }

    @Test
    void binaryFilesAreNotARoster() {
      byte[] png = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
      };
      byte[] pdf =
          "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
              .getBytes(StandardCharsets.ISO_8859_1);
      byte[] legacyXls = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
      };
      byte[] random = new byte[4096];
      new java.util.Random(42).nextBytes(random);
      byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0};

      for (byte[] content : List.of(png, pdf, legacyXls, random, elf)) {
        assertThat(RosterParser.parse(content, "roster.csv", UNITS).problems())
            .containsExactly(new RosterProblem(0, "roster.error.not-a-roster", List.of()));
      }
    }

    @Test
    void nameDoesNotDecideTheFormat() {
      assertThat(RosterParser.parse(csv(HEADER, "E1,A,B,,ER,other,"), "roster.xlsx", UNITS).rows())
          .hasSize(1);
    }
  }

  static byte[] concat(byte[] first, byte[] second) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(first);
    out.writeBytes(second);
    return out.toByteArray();
  }
}
