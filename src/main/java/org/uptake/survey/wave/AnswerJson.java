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
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers and scores as the {@code survey_response} and {@code survey_draft} columns keep them (see
 * the header of {@code V16__survey_waves.sql}): {@code {"value": 4}}, {@code {"optOut": "..."}},
 * {@code {"choices": [...]}} or {@code {"text": "..."}} by linkId; scores by construct code.
 */
final class AnswerJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private AnswerJson() {}

  static String answers(Map<String, Answer> answers) {
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
    return JSON.writeValueAsString(root);
  }

  static String scores(Map<String, @Nullable Double> scores) {
    ObjectNode root = JSON.createObjectNode();
    scores.forEach(
        (code, score) -> {
          if (score == null) {
            root.putNull(code);
          } else {
            root.put(code, score);
          }
        });
    return JSON.writeValueAsString(root);
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
