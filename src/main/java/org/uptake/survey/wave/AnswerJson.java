package org.uptake.survey.wave;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.uptake.survey.Answer;
import org.uptake.survey.OptOut;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers and scores as the {@code survey_response} and {@code survey_draft} columns keep them (see
 * the header of {@code V16__survey_waves.sql}): {@code {"value": 4}}, {@code {"optOut": "..."}},
 * {@code {"choices": [...]}} or {@code {"text": "..."}} by linkId; scores by construct code.
 */
final class AnswerJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private AnswerJson() {}

  /**
   * The answers as JSON, written directly: building Jackson's tree of a submission's ~130 answers
   * was about a tenth of the submission's samples inside the controller in a JFR profile
   * (docs/benchmarks.md). The same document Jackson wrote, checked by AnswerJsonTest. Choices are
   * sorted.
   */
  static String answers(Map<String, Answer> answers) {
    StringBuilder json = new StringBuilder(32 * answers.size() + 2).append('{');
    answers.forEach(
        (linkId, answer) -> {
          if (json.length() > 1) {
            json.append(',');
          }
          string(json, linkId).append(":{");
          switch (answer) {
            case Answer.Numeric(int value) -> json.append("\"value\":").append(value);
            case Answer.OptedOut(OptOut reason) ->
                string(json.append("\"optOut\":"), reason.code());
            case Answer.Choices(Set<String> codes) -> {
              json.append("\"choices\":[");
              boolean first = true;
              for (String code : new TreeSet<>(codes)) {
                if (!first) {
                  json.append(',');
                }
                string(json, code);
                first = false;
              }
              json.append(']');
            }
            case Answer.Text(String text) -> string(json.append("\"text\":"), text);
          }
          json.append('}');
        });
    return json.append('}').toString();
  }

  /**
   * Scores as JSON, written directly like the answers; a score that is not finite (none is: scores
   * are means of answers) is written as null rather than Jackson's string "NaN".
   */
  static String scores(Map<String, @Nullable Double> scores) {
    StringBuilder json = new StringBuilder(24 * scores.size() + 2).append('{');
    scores.forEach(
        (code, score) -> {
          if (json.length() > 1) {
            json.append(',');
          }
          string(json, code).append(':');
          if (score == null || !Double.isFinite(score)) {
            json.append("null");
          } else {
            json.append(score.doubleValue());
          }
        });
    return json.append('}').toString();
  }

  /** A JSON string: quotes, backslashes and control characters escaped. */
  private static StringBuilder string(StringBuilder json, String value) {
    json.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        case '\b' -> json.append("\\b");
        case '\f' -> json.append("\\f");
        default -> {
          if (c < 0x20) {
            json.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"');
  }

  /** Answers read back; entries of a shape no answer has are skipped. */
  static Map<String, Answer> readAnswers(String json) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    JsonNode root = JSON.readTree(json);
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      JsonNode node = entry.getValue();
      try {
        if (node.has("value")) {
          answers.put(entry.getKey(), new Answer.Numeric(node.get("value").asInt()));
        } else if (node.has("optOut")) {
          OptOut.ofCode(node.get("optOut").asString())
              .ifPresent(o -> answers.put(entry.getKey(), new Answer.OptedOut(o)));
        } else if (node.has("choices")) {
          List<String> codes = new ArrayList<>();
          node.get("choices").forEach(c -> codes.add(c.asString()));
          answers.put(entry.getKey(), new Answer.Choices(Set.copyOf(codes)));
        } else if (node.has("text")) {
          answers.put(entry.getKey(), new Answer.Text(node.get("text").asString()));
        }
      } catch (IllegalArgumentException e) {
        // an empty choice or text cannot be an answer; leave it out
      }
    }
    return answers;
  }
}
