package org.uptake.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.uptake.access.AccountId;
import org.uptake.access.Role;
import org.uptake.implementation.ActivityDetails;
import org.uptake.implementation.ActivityId;
import org.uptake.implementation.DateRange;
import org.uptake.implementation.DecisionDetails;
import org.uptake.implementation.DecisionLog;
import org.uptake.implementation.DigitalServiceDetails;
import org.uptake.implementation.Feature;
import org.uptake.implementation.GateCriterionId;
import org.uptake.implementation.ImplementationDetails;
import org.uptake.implementation.ImplementationId;
import org.uptake.implementation.ImplementationStatus;
import org.uptake.implementation.Implementations;
import org.uptake.implementation.NewImplementation;
import org.uptake.implementation.PhaseName;
import org.uptake.implementation.RaciAssignment;
import org.uptake.implementation.Responsibilities;
import org.uptake.implementation.UnitPlans;
import org.uptake.organisation.UnitId;
import org.uptake.platform.OrganisationId;
import org.uptake.task.NewTask;
import org.uptake.task.Tasks;

/**
 * A rollout in progress for each demo organisation, dated relative to today so the demo always
 * looks current: Kuusijärvi is bringing in online consultations across five units (a pilot unit
 * live for six months and now in follow-up, one embedding, one going live this week, one training
 * and one still preparing); Fjordvik has started digital home monitoring.
 */
@Component
@org.springframework.core.annotation.Order(1)
class ImplementationDemo implements DemoContribution {

  private static final OrganisationId KUUSIJARVI = demoId("kuusijarvi");

  private final Implementations implementations;
  private final UnitPlans plans;
  private final Responsibilities responsibilities;
  private final DecisionLog decisions;
  private final Tasks tasks;
  private final Clock clock;

  ImplementationDemo(
      Implementations implementations,
      UnitPlans plans,
      Responsibilities responsibilities,
      DecisionLog decisions,
      Tasks tasks,
      Clock clock) {
    this.implementations = implementations;
    this.plans = plans;
    this.responsibilities = responsibilities;
    this.decisions = decisions;
    this.tasks = tasks;
    this.clock = clock;
  }

  @Override
  public void load(OrganisationId organisation, DemoPeople people) {
    if (organisation.equals(KUUSIJARVI)) {
      onlineConsultations(people);
    } else {
      homeMonitoring(people);
    }
  }

  /**
   * The days of one phase, counted from today: planned start and end, actual start and end (null:
   * not yet).
   */
  private record Days(
      int plannedStart,
      int plannedEnd,
      @Nullable Integer actualStart,
      @Nullable Integer actualEnd) {}

  private void onlineConsultations(DemoPeople people) {
    LocalDate today = LocalDate.now(clock);
    List<UnitId> units = people.units();
    UnitId reception = units.get(0);
    UnitId chronic = units.get(1);
    UnitId maternity = units.get(2);
    UnitId homeCare = units.get(3);
    UnitId social = units.get(4);
    AccountId lead = people.account(Role.LEAD);
    AccountId manager = people.account(Role.MANAGER);
    AccountId champion = people.account(Role.CHAMPION);
    AccountId professional = people.account(Role.PROFESSIONAL);
    AccountId admin = people.account(Role.ADMIN);
    AccountId researcher = people.account(Role.RESEARCHER);

    ImplementationId id =
        implementations.create(
            new NewImplementation(
                null,
                new DigitalServiceDetails(
                    "Digital Front Door",
                    "Nordlight Health Oy",
                    "A web and mobile front door to the health centre: residents contact a professional without"
                        + " queuing on the phone, and professionals handle the contacts in one work queue.",
                    List.of(
                        new Feature(
                            "Chat with a nurse",
                            "Residents chat with a triage nurse on weekdays 8–15."),
                        new Feature(
                            "Video visit", "Scheduled video appointments in place of a visit."),
                        new Feature(
                            "Secure messages", "Two-way messages tied to the patient's record."),
                        new Feature(
                            "E-forms",
                            "Symptom and pre-visit questionnaires that land in the queue."))),
                new ImplementationDetails(
                    "Online consultations",
                    "Residents reach the right professional online the same day, and nurses spend less time on"
                        + " the phone: by the end of the rollout, a third of first contacts come in online and every"
                        + " unit uses the work queue daily.",
                    ImplementationStatus.IN_PROGRESS,
                    today.minusDays(240)),
                List.of(chronic, reception, maternity, homeCare, social)));

    for (UnitId unit : List.of(chronic, reception, maternity, homeCare)) {
      plans.setOwner(id, unit, manager);
    }

    List<String> gate =
        List.of(
            "At least 80% of nurses have completed the Digital Front Door training",
            "Chat and video visit routines are written into the unit's workflow",
            "A tech champion is named and has protected hours",
            "Patient information (website, letters, phone message) is updated",
            "Test patients have been handled end to end in production");

    unit(
        id,
        chronic,
        today,
        manager,
        gate,
        gate.size(),
        Map.of(
            PhaseName.PREPARE, new Days(-240, -211, -240, -209),
            PhaseName.TRAIN, new Days(-210, -186, -208, -184),
            PhaseName.GO_LIVE, new Days(-184, -178, -182, -177),
            PhaseName.EMBED, new Days(-176, -60, -176, -60),
            PhaseName.FOLLOW_UP, new Days(-59, 60, -59, null)));
    unit(
        id,
        reception,
        today,
        manager,
        gate,
        gate.size(),
        Map.of(
            PhaseName.PREPARE, new Days(-100, -71, -100, -70),
            PhaseName.TRAIN, new Days(-70, -43, -69, -41),
            PhaseName.GO_LIVE, new Days(-40, -34, -40, -35),
            PhaseName.EMBED, new Days(-33, 30, -34, null),
            PhaseName.FOLLOW_UP, new Days(31, 90, null, null)));
    unit(
        id,
        maternity,
        today,
        manager,
        gate,
        gate.size(),
        Map.of(
            PhaseName.PREPARE, new Days(-70, -40, -70, -41),
            PhaseName.TRAIN, new Days(-39, -8, -40, -6),
            PhaseName.GO_LIVE, new Days(-3, 4, -2, null),
            PhaseName.EMBED, new Days(5, 60, null, null),
            PhaseName.FOLLOW_UP, new Days(61, 120, null, null)));
    List<String> homeCareGate =
        List.of(gate.get(1), gate.get(2), gate.get(0), gate.get(3), gate.get(4));
    unit(
        id,
        homeCare,
        today,
        manager,
        homeCareGate,
        2,
        Map.of(
            PhaseName.PREPARE, new Days(-45, -15, -44, -13),
            PhaseName.TRAIN, new Days(-14, 14, -12, null),
            PhaseName.GO_LIVE, new Days(21, 27, null, null),
            PhaseName.EMBED, new Days(28, 90, null, null),
            PhaseName.FOLLOW_UP, new Days(91, 150, null, null)));
    unit(
        id,
        social,
        today,
        manager,
        gate.subList(0, 3),
        0,
        Map.of(
            PhaseName.PREPARE, new Days(-10, 25, -8, null),
            PhaseName.TRAIN, new Days(26, 55, null, null),
            PhaseName.GO_LIVE, new Days(60, 66, null, null),
            PhaseName.EMBED, new Days(67, 130, null, null),
            PhaseName.FOLLOW_UP, new Days(131, 190, null, null)));

    ActivityId goLiveDates =
        activity(
            id,
            "Decide go-live date per unit",
            "Set each unit's go-live once its criteria are met; agree it with the unit manager first.",
            PhaseName.GO_LIVE,
            null,
            raci(lead, List.of(manager), List.of(champion), List.of(professional, admin)));
    activity(
        id,
        "Arrange protected time for training",
        "Two hours per person in the shift plan for the Digital Front Door training, and cover for the ward.",
        PhaseName.TRAIN,
        null,
        raci(manager, List.of(manager), List.of(lead), List.of(champion, professional)));
    ActivityId receptionWorkflows =
        activity(
            id,
            "Update reception workflows",
            "Who answers the chat queue and when, how video visits are booked, and what goes back to the phone.",
            PhaseName.PREPARE,
            reception,
            raci(manager, List.of(champion, professional), List.of(lead), List.of(admin)));
    ActivityId champions =
        activity(
            id,
            "Name tech champions per unit",
            "One champion per unit with four protected hours a week; the first peer supporters of the rollout.",
            PhaseName.PREPARE,
            null,
            raci(lead, List.of(manager), List.of(), List.of(champion)));
    activity(
        id,
        "Configure accounts and work queues",
        "Professional accounts, unit work queues and the chat opening hours in Digital Front Door.",
        PhaseName.PREPARE,
        null,
        raci(admin, List.of(admin), List.of(lead), List.of(manager)));
    activity(
        id,
        "Confirm go-live criteria with home care",
        "Walk through the criteria with the home care team before the go-live date is fixed.",
        PhaseName.GO_LIVE,
        homeCare,
        raci(manager, List.of(lead), List.of(champion), List.of(professional)));
    activity(
        id,
        "Update patient information",
        "Website, appointment letters and the phone line's message tell residents how to contact us online.",
        PhaseName.PREPARE,
        null,
        raci(lead, List.of(admin), List.of(), List.of(manager)));
    activity(
        id,
        "Follow up use and collect feedback",
        "Monthly usage per unit, a short survey of professionals, and a follow-up of anyone who stopped using it.",
        PhaseName.FOLLOW_UP,
        null,
        raci(lead, List.of(champion, researcher), List.of(manager), List.of(professional)));

    decision(
        id,
        "Pilot online consultations in the chronic disease clinic first",
        "Its nurses already follow their patients by phone, so the fewest routines change; we learn from one unit"
            + " before the busier reception goes live.",
        lead,
        today.minusDays(250),
        null);
    decision(
        id,
        "The chat is open on weekdays 8–15 and every message is answered within two hours",
        "Matches the triage nurses' phone hours, so no new shift is needed; two hours is what residents told us"
            + " they would accept in the resident panel.",
        manager,
        today.minusDays(215),
        receptionWorkflows);
    decision(
        id,
        "Each unit names one tech champion with four protected hours a week",
        "Units without a named champion in earlier rollouts stopped using the service within months; protected"
            + " hours keep the role from being squeezed out by clinical work.",
        lead,
        today.minusDays(200),
        champions);
    decision(
        id,
        "Home care goes live three weeks from now, two weeks later than planned",
        "Only about half of the practical nurses have completed the training because of the flu season, and"
            + " training is a go-live criterion; the unit manager asked for two more weeks.",
        lead,
        today.minusDays(20),
        goLiveDates);
    decision(
        id,
        "The maternity and child health clinic goes live this week, starting with video follow-up visits",
        "Every go-live criterion was confirmed by the unit manager; follow-up visits are the easiest to move"
            + " online and families asked for them.",
        lead,
        today.minusDays(5),
        goLiveDates);

    String link = "/implementations/" + id + "/units/";
    tasks.assign(
        new NewTask(
            manager,
            "Online consultations: confirm the go-live criteria for Home care",
            "Three of five criteria are still open; go-live is planned for "
                + today.plusDays(21)
                + ".",
            today.plusDays(14),
            "implementation",
            link + homeCare + "#gate"));
    tasks.assign(
        new NewTask(
            manager,
            "Online consultations: the dates of Go live changed in Home care",
            "Go live: planned "
                + today.plusDays(21)
                + " – "
                + today.plusDays(27)
                + ". Check what the change means"
                + " for your work and your unit.",
            today.plusDays(7),
            "implementation",
            link + homeCare));
    tasks.assign(
        new NewTask(
            lead,
            "Online consultations: name who answers for Social and mental health services",
            "The unit is preparing but nobody answers for its rollout yet, so nobody hears when its dates change.",
            today.plusDays(5),
            "implementation",
            link + social));
    tasks.assign(
        new NewTask(
            lead,
            "Online consultations: check training completion in Home care before fixing go-live",
            "Training ends in two weeks; go-live needs 80% of nurses trained.",
            today.plusDays(12),
            "implementation",
            link + homeCare));
  }

  private void homeMonitoring(DemoPeople people) {
    LocalDate today = LocalDate.now(clock);
    UnitId homeNursing = people.units().get(0);
    UnitId medicalCentre = people.units().get(1);
    AccountId lead = people.account(Role.LEAD);
    AccountId manager = people.account(Role.MANAGER);
    AccountId champion = people.account(Role.CHAMPION);
    AccountId professional = people.account(Role.PROFESSIONAL);

    ImplementationId id =
        implementations.create(
            new NewImplementation(
                null,
                new DigitalServiceDetails(
                    "VitalLink home monitoring",
                    "Fjordsoft AS",
                    "Patients with heart failure or COPD measure at home; readings outside their limits reach the"
                        + " home nursing team the same day.",
                    List.of(
                        new Feature(
                            "Blood pressure and pulse", "Readings sent from a Bluetooth meter."),
                        new Feature(
                            "Daily symptom questionnaire",
                            "Five questions on breathing, weight and mood."),
                        new Feature(
                            "Alerts to the team",
                            "Readings outside the patient's limits raise an alert."))),
                new ImplementationDetails(
                    "Digital home monitoring",
                    "Fewer emergency admissions of patients with heart failure or COPD, and visits planned by need.",
                    ImplementationStatus.IN_PROGRESS,
                    today.minusDays(40)),
                List.of()));
    implementations.addUnit(id, homeNursing, manager);
    implementations.addUnit(id, medicalCentre, null);
    List<String> gate =
        List.of(
            "Every nurse on the team can set a patient's alert limits",
            "Who answers alerts on evenings and weekends is agreed",
            "Ten patients have consented and have a meter at home");
    unit(
        id,
        homeNursing,
        today,
        manager,
        gate,
        1,
        Map.of(
            PhaseName.PREPARE, new Days(-40, -15, -40, -14),
            PhaseName.TRAIN, new Days(-14, 10, -12, null),
            PhaseName.GO_LIVE, new Days(14, 20, null, null),
            PhaseName.EMBED, new Days(21, 80, null, null),
            PhaseName.FOLLOW_UP, new Days(81, 140, null, null)));
    unit(
        id,
        medicalCentre,
        today,
        manager,
        gate.subList(0, 2),
        0,
        Map.of(
            PhaseName.PREPARE, new Days(-5, 30, -3, null),
            PhaseName.TRAIN, new Days(31, 50, null, null),
            PhaseName.GO_LIVE, new Days(60, 66, null, null)));
    ActivityId alerts =
        activity(
            id,
            "Agree who answers alerts out of hours",
            null,
            PhaseName.PREPARE,
            homeNursing,
            raci(manager, List.of(lead), List.of(champion), List.of(professional)));
    activity(
        id,
        "Enrol the first patients",
        "Ask patients with frequent admissions first.",
        PhaseName.GO_LIVE,
        null,
        raci(lead, List.of(manager, champion), List.of(), List.of(professional)));
    activity(
        id,
        "Plan training in the shift rota",
        null,
        PhaseName.TRAIN,
        null,
        raci(manager, List.of(manager), List.of(lead), List.of(champion)));
    decision(
        id,
        "The emergency day service answers alerts on evenings and weekends",
        "It is staffed then already and can reach the patient's GP; home nursing takes over on weekdays.",
        manager,
        today.minusDays(10),
        alerts);
    decision(
        id,
        "Start with heart failure patients only",
        "Their readings and limits are the clearest; COPD follows once the routine works.",
        lead,
        today.minusDays(30),
        null);
    tasks.assign(
        new NewTask(
            manager,
            "Digital home monitoring: agree the out-of-hours alert routine with the team",
            "Two of three go-live criteria for Home nursing north are still open.",
            today.plusDays(7),
            "implementation",
            "/implementations/" + id + "/units/" + homeNursing + "#gate"));
  }

  /**
   * Plans a unit's phases, adds its gate criteria (the first {@code met} confirmed by the confirmer
   * before go-live), and records the actual dates in order, as a lead would over the months.
   */
  private void unit(
      ImplementationId id,
      UnitId unit,
      LocalDate today,
      AccountId confirmer,
      List<String> criteria,
      int met,
      Map<PhaseName, Days> days) {
    Map<PhaseName, DateRange> planned = new LinkedHashMap<>();
    for (PhaseName phase : PhaseName.values()) {
      Days d = days.get(phase);
      if (d != null) {
        planned.put(
            phase, new DateRange(today.plusDays(d.plannedStart()), today.plusDays(d.plannedEnd())));
      }
    }
    plans.planPhases(id, unit, planned);
    Days goLive = days.get(PhaseName.GO_LIVE);
    int confirmDay = goLive != null && goLive.actualStart() != null ? goLive.actualStart() - 3 : -1;
    for (int i = 0; i < criteria.size(); i++) {
      GateCriterionId criterion = plans.addCriterion(id, unit, criteria.get(i));
      if (i < met) {
        plans.confirmCriterion(
            id, unit, criterion, confirmer, today.plusDays(Math.min(confirmDay - i, 0)));
      }
    }
    for (PhaseName phase : PhaseName.values()) {
      Days d = days.get(phase);
      if (d == null || d.actualStart() == null) {
        continue;
      }
      plans.startPhase(id, unit, phase, today.plusDays(d.actualStart()));
      if (d.actualEnd() != null) {
        plans.finishPhase(id, unit, phase, today.plusDays(d.actualEnd()));
      }
    }
  }

  private ActivityId activity(
      ImplementationId id,
      String title,
      @Nullable String description,
      PhaseName phase,
      @Nullable UnitId unit,
      RaciAssignment raci) {
    return responsibilities.create(id, new ActivityDetails(title, description, phase, unit, raci));
  }

  private static RaciAssignment raci(
      AccountId accountable,
      List<AccountId> responsible,
      List<AccountId> consulted,
      List<AccountId> informed) {
    return new RaciAssignment(accountable, responsible, consulted, informed);
  }

  private void decision(
      ImplementationId id,
      String summary,
      String rationale,
      AccountId decidedBy,
      LocalDate decidedOn,
      @Nullable ActivityId activity) {
    decisions.record(id, new DecisionDetails(summary, rationale, decidedBy, decidedOn, activity));
  }

  private static OrganisationId demoId(String key) {
    return new OrganisationId(UUID.nameUUIDFromBytes(("uptake-demo:" + key).getBytes()));
  }
}
