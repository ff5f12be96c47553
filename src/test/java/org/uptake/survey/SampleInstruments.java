package org.uptake.survey;

import java.util.ArrayList;
import java.util.List;

/** Instruments for tests: every response type, a condition, reverse scoring and SUS. */
public final class SampleInstruments {

  private SampleInstruments() {}

  /**
   * Two constructs (mean and sum), a reversed item, a 0–10 scale with end labels, single and
   * multiple choice, free text, and an item shown only if the single choice is "yes".
   */
  public static Instrument everything() {
    return new Instrument(
        "sample",
        1,
        Texts.of("Sample check", "Esimerkkikysely", "Exempelenkät", "Eksempelundersøkelse"),
        0.5,
        List.of(
            new Construct(
                "sense",
                Texts.of("Making sense", "Merkityksen löytäminen", "Förståelse", "Forståelse"),
                ScoringRule.MEAN),
            new Construct("effort", Texts.of("Effort"), ScoringRule.SUM)),
        List.of(
            Item.of(
                "q1",
                Texts.of(
                    "I see why we use the service",
                    "Ymmärrän, miksi palvelua käytetään",
                    "Jag förstår varför vi använder tjänsten",
                    "Jeg forstår hvorfor vi bruker tjenesten"),
                ResponseType.AGREEMENT_5,
                "sense",
                false,
                true),
            Item.of(
                "q2",
                Texts.of("The service confuses me"),
                ResponseType.AGREEMENT_5,
                "sense",
                true,
                false),
            Item.of(
                "q3", Texts.of("My team agrees"), ResponseType.AGREEMENT_5, "sense", false, false),
            Item.of(
                    "q4",
                    Texts.of("Effort this week"),
                    ResponseType.SCALE_0_10,
                    "effort",
                    false,
                    false)
                .withEnds(Texts.of("None"), Texts.of("A great deal")),
            Item.of(
                    "q5",
                    Texts.of("Did you get training?"),
                    ResponseType.SINGLE_CHOICE,
                    null,
                    false,
                    true)
                .withOptions(
                    List.of(
                        new AnswerOption("yes", Texts.of("Yes", "Kyllä", "Ja", "Ja")),
                        new AnswerOption("no", Texts.of("No", "Ei", "Nej", "Nei")))),
            Item.of("q6", Texts.of("Which kinds?"), ResponseType.MULTIPLE_CHOICE, null, false, true)
                .withOptions(
                    List.of(
                        new AnswerOption("online", Texts.of("Online course")),
                        new AnswerOption("peer", Texts.of("From a colleague"))))
                .withCondition(new Condition("q5", "yes")),
            Item.of("q7", Texts.of("Anything else?"), ResponseType.FREE_TEXT, null, false, false)));
  }

  /** The ten SUS items with placeholder texts in one construct. */
  public static Instrument sus() {
    List<Item> items = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      items.add(
          Item.of(
              "sus" + i,
              Texts.of("SUS item " + i + " text here"),
              ResponseType.AGREEMENT_5,
              "sus",
              false,
              true));
    }
    return new Instrument(
        "sus",
        1,
        Texts.of("System Usability Scale"),
        1.0,
        List.of(new Construct("sus", Texts.of("Usability"), ScoringRule.SUS)),
        items);
  }
}
