package org.uptake.implementation;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.access.AccountId;
import org.uptake.access.AuditTrail;
import org.uptake.platform.NotFoundException;
import org.uptake.platform.TenantContext;

/**
 * The activities of an implementation and who decides, does, is consulted and is informed about
 * each (RACI). Everyone signed in may read them; leads and admins change them, and the people named
 * hear of it in their inbox.
 */
@Service
public class Responsibilities {

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final UnitPlanRepository plans;
  private final People people;
  private final PlanNotifications notifications;
  private final ActivityRows rows;

  Responsibilities(
      JdbcClient jdbc,
      AuditTrail audit,
      UnitPlanRepository plans,
      People people,
      PlanNotifications notifications,
      ActivityRows rows) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.plans = plans;
    this.people = people;
    this.notifications = notifications;
    this.rows = rows;
  }

  /**
   * The implementation's activities: those for the whole rollout first, then by phase, then by
   * title.
   */
  @PreAuthorize("isAuthenticated() or @systemWork.active()")
  @Transactional(readOnly = true)
  public List<Activity> list(ImplementationId implementation) {
    plans.requireImplementation(implementation);
    return rows.activities(implementation, null, people.directory());
  }

  @PreAuthorize("isAuthenticated() or @systemWork.active()")
  @Transactional(readOnly = true)
  public Activity get(ImplementationId implementation, ActivityId activity) {
    return rows.activities(implementation, activity, people.directory()).stream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("activity"));
  }

  @PreAuthorize("hasAnyRole('ADMIN','LEAD') or @systemWork.active()")
  @Transactional
  public ActivityId create(ImplementationId implementation, ActivityDetails details) {
    String implementationName = plans.implementationName(implementation);
    People.Directory directory = people.directory();
    check(implementation, details, directory);
    UUID id =
        jdbc.sql(
                """
                insert into plan_activity (organisation_id, implementation_id, title, description, phase, unit_id,
                                           created_by, updated_by)
                values (:organisation, :implementation, :title, :description, :phase, :unit, :actor, :actor)
                returning id
                """)
            .param("organisation", TenantContext.require().value())
            .param("implementation", implementation.value())
            .param("title", details.title())
            .param("description", details.description())
            .param("phase", details.phase() == null ? null : details.phase().name())
            .param("unit", details.unit() == null ? null : details.unit().value())
            .param("actor", People.actorId())
            .query(UUID.class)
            .single();
    ActivityId activity = new ActivityId(id);
    insertRoles(activity, details.raci());
    audit.changed("CREATE", "plan_activity", id, "people=" + details.raci().everyone().size());
    notifications.responsibilitiesChanged(
        implementation, implementationName, activity, details.title(), null, details.raci());
    return activity;
  }

  @PreAuthorize("hasAnyRole('ADMIN','LEAD') or @systemWork.active()")
  @Transactional
  public void update(
      ImplementationId implementation, ActivityId activity, ActivityDetails details) {
    String implementationName = plans.implementationName(implementation);
    People.Directory directory = people.directory();
    Activity before =
        rows.activities(implementation, activity, directory).stream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("activity"));
    check(implementation, details, directory);
    jdbc.sql(
            """
            update plan_activity set title = :title, description = :description, phase = :phase, unit_id = :unit,
                   updated_at = now(), updated_by = :actor
             where id = :id
            """)
        .param("id", activity.value())
        .param("title", details.title())
        .param("description", details.description())
        .param("phase", details.phase() == null ? null : details.phase().name())
        .param("unit", details.unit() == null ? null : details.unit().value())
        .param("actor", People.actorId())
        .update();
    jdbc.sql("delete from activity_role where activity_id = ?").param(activity.value()).update();
    insertRoles(activity, details.raci());
    audit.changed(
        "UPDATE", "plan_activity", activity, "people=" + details.raci().everyone().size());
    if (!before.assignment().equals(details.raci()) || !before.title().equals(details.title())) {
      notifications.responsibilitiesChanged(
          implementation,
          implementationName,
          activity,
          details.title(),
          before.assignment(),
          details.raci());
    }
  }

  private void check(
      ImplementationId implementation, ActivityDetails details, People.Directory directory) {
    details.raci().everyone().forEach(directory::person);
    if (details.unit() != null && !plans.takesPart(implementation, details.unit())) {
      throw new NotFoundException("unit");
    }
  }

  private void insertRoles(ActivityId activity, RaciAssignment raci) {
    for (AccountId person : raci.everyone()) {
      for (RaciRole role : raci.rolesOf(person)) {
        jdbc.sql(
                """
                insert into activity_role (organisation_id, activity_id, account_id, role)
                values (:organisation, :activity, :account, :role)
                """)
            .param("organisation", TenantContext.require().value())
            .param("activity", activity.value())
            .param("account", person.value())
            .param("role", role.letter())
            .update();
      }
    }
  }
}
