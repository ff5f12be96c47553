package org.uptake.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.uptake.access.Role;
import org.uptake.organisation.Organisations;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.UnitId;
import org.uptake.platform.OrganisationId;
import org.uptake.survey.InstrumentId;
import org.uptake.survey.Instruments;
import org.uptake.survey.StoredInstrument;
import org.uptake.survey.wave.NewWave;
import org.uptake.survey.wave.WaveId;
import org.uptake.survey.wave.WaveSamples;
import org.uptake.survey.wave.Waves;

/**
 * Survey waves of the demo organisations: an anonymous baseline of the 14-practice check, closed,
 * answered by most units (one small unit answered too little to be shown) before the pilot unit
 * went live; its "3 months" repeat, closed, and its "6 months" repeat, open now with some answers;
 * and an identified competence self-assessment of the registered nurses of the first unit. The demo
 * professional has both open waves in her inbox. Answers are drawn from a seeded generator, so
 * every load gives the same data.
 */
@Component
@Order(6)
class SurveyWaveDemo implements DemoContribution {

  /** Share of each unit that answered the baseline, by the unit's place in the demo. */
  private static final double[] BASELINE_SHARE = {0.9, 0.4, 0.85, 0.8, 0.75};

  private static final double[] MOOD = {3.9, 2.9, 3.6, 3.2, 3.4};

  private final Instruments instruments;
  private final Waves waves;
  private final WaveSamples samples;
  private final Organisations organisations;

  SurveyWaveDemo(
      Instruments instruments, Waves waves, WaveSamples samples, Organisations organisations) {
    this.instruments = instruments;
    this.waves = waves;
    this.samples = samples;
    this.organisations = organisations;
  }

  @Override
  public void load(OrganisationId organisation, DemoPeople people) {
    InstrumentId practices = published("npt-practices");
    InstrumentId competence = published("competence-self-assessment");
    if (practices == null || competence == null || people.units().isEmpty()) {
      return;
    }
    boolean finnish = organisations.language().getLanguage().equals("fi");
    LocalDate today = LocalDate.now();
    Map<UUID, Double> share = new HashMap<>();
    Map<UUID, Double> mood = new HashMap<>();
    Map<UUID, Double> fewer = new HashMap<>();
    List<UnitId> units = people.units();
    for (int i = 0; i < units.size(); i++) {
      share.put(units.get(i).value(), BASELINE_SHARE[i % BASELINE_SHARE.length]);
      mood.put(units.get(i).value(), MOOD[i % MOOD.length]);
      fewer.put(units.get(i).value(), 0.35);
    }
    DemoPeople.Member nurse = people.representative(Role.PROFESSIONAL);
    Set<UUID> keepOpen = nurse == null ? Set.of() : Set.of(nurse.id().value());
    long seed = organisation.value().getLeastSignificantBits();

    WaveId baseline =
        waves.create(
            new NewWave(
                practices,
                "Baseline",
                true,
                List.of(),
                List.of(),
                List.of(),
                today.minusDays(205),
                today.minusDays(186),
                7,
                2,
                NewWave.DEFAULT_MIN_GROUP));
    samples.openQuietly(baseline);
    samples.answer(baseline, share, mood, Set.of(), finnish, seed);
    waves.close(baseline);

    // three months after the pilot unit went live (182 days ago), and six months: open now
    WaveId threeMonths =
        waves.repeat(baseline, "3 months", today.minusDays(95), today.minusDays(74));
    samples.openQuietly(threeMonths);
    Map<UUID, Double> better = new HashMap<>();
    mood.forEach((unit, value) -> better.put(unit, Math.min(4.6, value + 0.2)));
    samples.answer(threeMonths, share, better, Set.of(), finnish, seed + 1);
    waves.close(threeMonths);

    WaveId sixMonths = waves.repeat(baseline, "6 months", today.minusDays(6), today.plusDays(15));
    samples.openQuietly(sixMonths);
    Map<UUID, Double> best = new HashMap<>();
    mood.forEach((unit, value) -> best.put(unit, Math.min(4.6, value + 0.35)));
    samples.answer(sixMonths, fewer, best, keepOpen, finnish, seed + 3);

    WaveId skills =
        waves.create(
            new NewWave(
                competence,
                "Competence self-assessment, registered nurses",
                false,
                List.of(units.getFirst()),
                List.of(ProfessionalGroup.REGISTERED_NURSE),
                List.of(),
                today.minusDays(3),
                today.plusDays(25),
                7,
                1,
                NewWave.DEFAULT_MIN_GROUP));
    samples.openQuietly(skills);
    samples.answer(skills, fewer, mood, keepOpen, finnish, seed + 2);
  }

  private @org.jspecify.annotations.Nullable InstrumentId published(String code) {
    return instruments.list().stream()
        .filter(StoredInstrument::published)
        .filter(stored -> stored.instrument().code().equals(code))
        .map(StoredInstrument::id)
        .findFirst()
        .orElse(null);
  }
}
