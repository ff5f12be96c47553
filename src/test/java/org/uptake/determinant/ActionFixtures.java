package org.uptake.determinant;

import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.uptake.Fixtures;
import org.uptake.access.Role;
import org.uptake.implementation.ImplementationId;
import org.uptake.risk.AffectedGroup;
import org.uptake.risk.RiskDetails;
import org.uptake.risk.RiskId;
import org.uptake.risk.RiskStatus;
import org.uptake.risk.Risks;

/**
 * A barrier, an action owned by the tenant's champion, and a risk, for tests that need their ids.
 */
@Component
@Profile("test")
public class ActionFixtures {

  /** The ids of what was made. */
  public record Made(DeterminantId barrier, ActionId action, RiskId risk) {}

  private final ObjectProvider<Fixtures> fixtures;
  private final Determinants determinants;
  private final Actions actions;
  private final Risks risks;

  ActionFixtures(
      ObjectProvider<Fixtures> fixtures, Determinants determinants, Actions actions, Risks risks) {
    this.fixtures = fixtures;
    this.determinants = determinants;
    this.actions = actions;
    this.risks = risks;
  }

  /** Made as the tenant's lead. */
  public Made make(Fixtures.Tenant tenant, ImplementationId implementation) {
    return fixtures
        .getObject()
        .as(
            tenant,
            Role.LEAD,
            () -> {
              DeterminantId barrier =
                  determinants.create(
                      implementation,
                      new DeterminantDetails(
                          Valence.BARRIER,
                          "No protected time to learn",
                          Set.of("registered_nurse"),
                          Set.of(),
                          3,
                          3,
                          Set.of("cfir.c10", "npt.p07")),
                      List.of());
              ActionId action =
                  actions.create(
                      implementation,
                      new NewAction(
                          "Protected time to learn",
                          "strategy.protected-learning-time",
                          tenant.accounts().get(Role.CHAMPION),
                          Set.of(),
                          Set.of(),
                          null,
                          null,
                          Set.of(barrier),
                          null));
              RiskId risk =
                  risks.create(
                      implementation,
                      new RiskDetails(
                          "Small print on the tablet",
                          Set.of(AffectedGroup.AGE),
                          null,
                          2,
                          3,
                          RiskStatus.OPEN));
              return new Made(barrier, action, risk);
            });
  }
}
