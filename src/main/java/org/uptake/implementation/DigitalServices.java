package org.uptake.implementation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.access.AuditTrail;
import org.uptake.platform.NotFoundException;
import org.uptake.platform.TenantContext;

/**
 * The digital services the organisation brings in. Everyone signed in may read them; leads and
 * admins change them.
 */
@Service
public class DigitalServices {

  private final JdbcClient jdbc;
  private final AuditTrail audit;

  DigitalServices(JdbcClient jdbc, AuditTrail audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  @PreAuthorize("isAuthenticated() or @systemWork.active()")
  @Transactional(readOnly = true)
  public List<DigitalService> list() {
    return services(null);
  }

  @PreAuthorize("isAuthenticated() or @systemWork.active()")
  @Transactional(readOnly = true)
  public DigitalService get(DigitalServiceId id) {
    return services(id).stream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("digital service"));
  }

  @PreAuthorize("hasAnyRole('ADMIN','LEAD') or @systemWork.active()")
  @Transactional
  public DigitalServiceId create(DigitalServiceDetails details) {
    UUID id =
        jdbc.sql(
                """
                insert into digital_service (organisation_id, name, supplier, description, created_by, updated_by)
                values (:organisation, :name, :supplier, :description, :actor, :actor) returning id
                """)
            .param("organisation", TenantContext.require().value())
            .param("name", details.name())
            .param("supplier", details.supplier())
            .param("description", details.description())
            .param("actor", People.actorId())
            .query(UUID.class)
            .single();
    insertFeatures(id, details.features());
    audit.changed("CREATE", "digital_service", id, "features=" + details.features().size());
    return new DigitalServiceId(id);
  }

  @PreAuthorize("hasAnyRole('ADMIN','LEAD') or @systemWork.active()")
  @Transactional
  public void update(DigitalServiceId id, DigitalServiceDetails details) {
    int updated =
        jdbc.sql(
                """
                update digital_service set name = :name, supplier = :supplier, description = :description,
                       updated_at = now(), updated_by = :actor
                 where id = :id
                """)
            .param("id", id.value())
            .param("name", details.name())
            .param("supplier", details.supplier())
            .param("description", details.description())
            .param("actor", People.actorId())
            .update();
    if (updated == 0) {
      throw new NotFoundException("digital service");
    }
    jdbc.sql("delete from service_feature where service_id = ?").param(id.value()).update();
    insertFeatures(id.value(), details.features());
    audit.changed("UPDATE", "digital_service", id, "features=" + details.features().size());
  }

  private void insertFeatures(UUID service, List<Feature> features) {
    int position = 0;
    for (Feature feature : features) {
      jdbc.sql(
              """
              insert into service_feature (organisation_id, service_id, position, name, description)
              values (:organisation, :service, :position, :name, :description)
              """)
          .param("organisation", TenantContext.require().value())
          .param("service", service)
          .param("position", position++)
          .param("name", feature.name())
          .param("description", feature.description())
          .update();
    }
  }

  private List<DigitalService> services(@Nullable DigitalServiceId only) {
    UUID id = only == null ? null : only.value();
    Map<UUID, List<Feature>> features = new LinkedHashMap<>();
    jdbc.sql(
            """
            select service_id, name, description from service_feature
             where cast(:id as uuid) is null or service_id = :id
             order by service_id, position
            """)
        .param("id", id)
        .query(
            rs -> {
              features
                  .computeIfAbsent(rs.getObject("service_id", UUID.class), key -> new ArrayList<>())
                  .add(new Feature(rs.getString("name"), rs.getString("description")));
            });
    return jdbc.sql(
            """
            select id, name, supplier, description from digital_service
             where cast(:id as uuid) is null or id = :id
             order by name
            """)
        .param("id", id)
        .query(
            (rs, row) -> {
              UUID service = rs.getObject("id", UUID.class);
              return new DigitalService(
                  new DigitalServiceId(service),
                  rs.getString("name"),
                  rs.getString("supplier"),
                  rs.getString("description"),
                  List.copyOf(features.getOrDefault(service, List.of())));
            })
        .list();
  }
}
