package org.uptake.survey.wave;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.uptake.survey.Answer;
import org.uptake.survey.OptOut;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The answers' and scores' JSON, written without Jackson, is the document Jackson's tree gives (as
 * parsed JSON), for seeded random answers whose texts and codes hold quotes, backslashes, control
 * characters and letters outside ASCII; and the answers read back are the answers written.
 */
class AnswerJsonTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String TRICKY = "aä\"\\/\n\r\t\b\f\u0001\u001f é€😀<>&'";

  private static String text(Random random) {
    StringBuilder text = new StringBuilder();
    int length = 1 + random.nextInt(12);
    for (int i = 0; i < length; i++) {
      text.append(
          random.nextBoolean()
              ? (char) ('a' + random.nextInt(26))
              : TRICKY.charAt(random.nextInt(TRICKY.length())));
    }
    // drawn one UTF-16 unit at a time, so halves of the emoji are taken out; a whole one is added
    String drawn = text.toString().replaceAll("[\\x{D800}-\\x{DFFF}]", "x");
    return random.nextInt(5) == 0 ? drawn + "😀" : drawn;
  }

  private static Map<String, Answer> answers(Random random) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    int count = random.nextInt(140);
    for (int i = 0; i < count; i++) {
      String linkId = random.nextInt(10) == 0 ? text(random) : "q" + i;
      Answer answer =
          switch (random.nextInt(4)) {
            case 0 -> new Answer.Numeric(random.nextInt(21) - 10);
            case 1 -> new Answer.OptedOut(OptOut.values()[random.nextInt(OptOut.values().length)]);
            case 2 -> {
              Set<String> codes = new TreeSet<>();
              int n = 1 + random.nextInt(4);
              for (int c = 0; c < n; c++) {
                codes.add(text(random));
              }
              yield new Answer.Choices(codes);
            }
            default -> new Answer.Text(text(random).strip().isEmpty() ? "x" : text(random) + "x");
          };
      answers.put(linkId, answer);
    }
    return answers;
  }

  /** The tree Jackson wrote before (the shapes of V16__survey_waves.sql). */
  private static JsonNode jackson(Map<String, Answer> answers) {
    ObjectNode root = JSON.createObjectNode();
    answers.forEach(
        (linkId, answer) -> {
          ObjectNode node = root.putObject(linkId);
          switch (answer) {
            case Answer.Numeric(int value) -> node.put("value", value);
            case Answer.OptedOut(OptOut reason) -> node.put("optOut", reason.code());
            case Answer.Choices(Set<String> codes) -> {
              var array = node.putArray("choices");
              new TreeSet<>(codes).forEach(array::add);
            }
            case Answer.Text(String text) -> node.put("text", text);
          }
        });
    return root;
  }

  @Test
  void answersAreTheDocumentJacksonWritesAndReadBackTheSame() {
    Random random = new Random(20261124);
    for (int run = 0; run < 300; run++) {
      Map<String, Answer> answers = answers(random);
      String written = AnswerJson.answers(answers);
      assertThat(JSON.readTree(written)).isEqualTo(jackson(answers));
      assertThat(AnswerJson.readAnswers(written)).isEqualTo(answers);
    }
    assertThat(AnswerJson.answers(Map.of())).isEqualTo("{}");
  }

  @Test
  void scoresAreNumbersOrNull() {
    Map<String, @Nullable Double> scores = new LinkedHashMap<>();
    scores.put("coherence", 3.5);
    scores.put("cognitive \"participation\"", 4.0);
    scores.put("none", null);
    scores.put("small", 1.0E-5);
    scores.put("broken", Double.NaN);
    JsonNode tree = JSON.readTree(AnswerJson.scores(scores));
    assertThat(tree.get("coherence").asDouble()).isEqualTo(3.5);
    assertThat(tree.get("cognitive \"participation\"").asDouble()).isEqualTo(4.0);
    assertThat(tree.get("none").isNull()).isTrue();
    assertThat(tree.get("small").asDouble()).isEqualTo(1.0E-5);
    assertThat(tree.get("broken").isNull()).isTrue();
    assertThat(tree.size()).isEqualTo(5);
  }
}
