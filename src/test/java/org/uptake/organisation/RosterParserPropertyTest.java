package org.uptake.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever bytes arrive, the parser answers with rows or problems whose line numbers lie in the
 * file. Seeded so a failure can be replayed: the seed and case number are in the failure message.
 */
class RosterParserPropertyTest {

  private static final int CASES_PER_SEED = 300;

  /** Excel's last row: the bound for line numbers in a workbook, whose row count we cannot see. */
  private static final int MAX_SHEET_ROWS = 1_048_576;

  private static final byte[] VALID_CSV =
      Rosters.csv(
          Rosters.HEADER,
          "E1,Aino,Virtanen,aino@example.fi,WARD-3A,registered_nurse,three_shift",
          "E2,\"Päivi, Jr.\",Mäkinen,,ER,physician,",
          "",
          "E3,Åsa,Öberg,asa@example.se,HOME-CARE,social_worker,on_call");

  private static final byte[] VALID_XLSX =
      Rosters.xlsx(
          List.of(
              Rosters.headerCells(),
              List.of(
                  "E1",
                  "Aino",
                  "Virtanen",
                  "aino@example.fi",
                  "WARD-3A",
                  "registered_nurse",
                  "day"),
              List.of("E2", "Erik", "Lund", "", "ER", "physician", "")));

  private static final byte[] INTERESTING =
      ",;\t\"\r\n @.PK\u00c3\u00a4\u00ef\u00bb\u00bf".getBytes(StandardCharsets.ISO_8859_1);

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 20_260_101L, 987_654_321L})
  void parseAlwaysAnswersWithinTheFile(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < CASES_PER_SEED; i++) {
      byte[] content =
          switch (random.nextInt(5)) {
            case 0 -> randomBytes(random);
            case 1 -> randomText(random);
            case 2 -> mutate(VALID_CSV, random);
            case 3 -> mutate(VALID_XLSX, random);
            default -> mutate(randomRoster(random), random);
          };
      boolean workbook = content.length > 1 && content[0] == 'P' && content[1] == 'K';
      int maxLine = workbook ? MAX_SHEET_ROWS : lineCount(content);
      RosterParseResult result;
      try {
        result =
            RosterParser.parse(content, random.nextBoolean() ? null : "roster.csv", Rosters.UNITS);
      } catch (RuntimeException | Error e) {
        throw new AssertionError(
            "seed %d case %d threw on %s".formatted(seed, i, Arrays.toString(content)), e);
      }
      check(result, maxLine, "seed %d case %d".formatted(seed, i));
    }
  }

  private static void check(RosterParseResult result, int maxLine, String label) {
    if (result.rows().isEmpty() && result.problems().isEmpty()) {
      fail(label + ": neither rows nor problems");
    }
    assertThat(result.problems())
        .as(label)
        .allSatisfy(
            p -> {
              assertThat(p.line()).isBetween(0, maxLine);
              assertThat(RosterProblem.REASONS).contains(p.reason());
            });
    assertThat(result.problems())
        .as(label)
        .isSortedAccordingTo((a, b) -> Integer.compare(a.line(), b.line()));
    assertThat(result.rows())
        .as(label)
        .allSatisfy(
            row -> {
              assertThat(row.line()).isBetween(2, maxLine);
              assertThat(Rosters.UNITS).contains(row.unitCode());
            });
    assertThat(result.rows())
        .extracting(RosterRow::line)
        .as(label)
        .isSorted()
        .doesNotHaveDuplicates();
  }

  private static int lineCount(byte[] content) {
    int lines = 1;
    for (int i = 0; i < content.length; i++) {
      if (content[i] == '\n'
          || (content[i] == '\r' && (i + 1 >= content.length || content[i + 1] != '\n'))) {
        lines++;
      }
    }
    return lines;
  }

  private static byte[] randomBytes(Random random) {
    byte[] bytes = new byte[random.nextInt(2_000)];
    random.nextBytes(bytes);
    return bytes;
  }

  /** Printable-looking text: mostly roster-ish characters, sometimes a header. */
  private static byte[] randomText(Random random) {
    String alphabet = "abcdefghijklmnopqrstuvwxyzäöå_ ,;\"\t\r\n@.0123456789";
    StringBuilder text = new StringBuilder();
    if (random.nextBoolean()) {
      text.append(random.nextBoolean() ? Rosters.HEADER : Rosters.HEADER.replace(',', ';'))
          .append("\r\n");
    }
    int length = random.nextInt(500);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A roster with random, sometimes wrong, values from small pools. */
  private static byte[] randomRoster(Random random) {
    String[] numbers = {"E1", "E2", "e1", " E3 ", "", "1001", "00123"};
    String[] names = {
      "Aino", "", "  ", "Päivi", "\"O\"\"Neil\"", "Anna\u00a0Maria", "x".repeat(300)
    };
    String[] emails = {"", "a@b.fi", "bad", "a@b", "ANNA@EXAMPLE.ORG"};
    String[] units = {"WARD-3A", "er", "", "NOPE", "home-care"};
    String[] groups = {"registered_nurse", "Physician", "", "nurse", "Digital counsellor"};
    String[] shifts = {"", "day", "Three shift", "weekends"};
    char separator = random.nextBoolean() ? ',' : ';';
    List<String> lines = new ArrayList<>();
    lines.add(Rosters.HEADER.replace(',', separator));
    int rows = random.nextInt(30);
    for (int r = 0; r < rows; r++) {
      lines.add(
          String.join(
              String.valueOf(separator),
              pick(random, numbers),
              pick(random, names),
              pick(random, names),
              pick(random, emails),
              pick(random, units),
              pick(random, groups),
              pick(random, shifts)));
    }
    return Rosters.csv(lines.toArray(String[]::new));
  }

  private static byte[] mutate(byte[] original, Random random) {
    byte[] bytes = original.clone();
    int mutations = 1 + random.nextInt(8);
    for (int m = 0; m < mutations && bytes.length > 0; m++) {
      int at = random.nextInt(bytes.length);
      bytes =
          switch (random.nextInt(5)) {
            case 0 -> {
              bytes[at] = (byte) random.nextInt(256);
              yield bytes;
            }
            case 1 -> {
              bytes[at] = INTERESTING[random.nextInt(INTERESTING.length)];
              yield bytes;
            }
            case 2 -> Arrays.copyOf(bytes, at); // truncate
            case 3 -> splice(bytes, at, random.nextInt(Math.min(64, bytes.length - at) + 1), null);
            default ->
                splice(
                    bytes,
                    at,
                    0,
                    Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + random.nextInt(64))));
          };
    }
    return bytes;
  }

  /** Removes {@code remove} bytes at {@code at} and inserts {@code insert} there. */
  private static byte[] splice(byte[] bytes, int at, int remove, byte @Nullable [] insert) {
    byte[] inserted = insert == null ? new byte[0] : insert;
    byte[] out = new byte[bytes.length - remove + inserted.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(inserted, 0, out, at, inserted.length);
    System.arraycopy(bytes, at + remove, out, at + inserted.length, bytes.length - at - remove);
    return out;
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
