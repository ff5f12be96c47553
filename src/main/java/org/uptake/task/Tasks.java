package org.uptake.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.access.Accounts;
import org.uptake.access.CurrentUser;
import org.uptake.platform.NotFoundException;
import org.uptake.platform.TenantContext;

/** The task inbox. */
@Service
public class Tasks {

  private final JdbcClient jdbc;
  private final Accounts accounts;
  private final Clock clock;

  Tasks(JdbcClient jdbc, Accounts accounts, Clock clock) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.clock = clock;
  }

  /** Puts work in someone's inbox. Modules call this when their change needs a person to act. */
  @PreAuthorize("isAuthenticated() or @systemWork.active()")
  @Transactional
  public UUID assign(NewTask task) {
    if (!accounts.exists(task.assignee())) {
      throw new NotFoundException("account");
    }
    return jdbc.sql(
            """
            insert into task (organisation_id, assignee_id, title, detail, due_date, origin_module, origin_link)
            values (:organisation, :assignee, :title, :detail, :due, :module, :link)
            returning id
            """)
        .param("organisation", TenantContext.require().value())
        .param("assignee", task.assignee().value())
        .param("title", task.title())
        .param("detail", task.detail())
        .param("due", task.dueDate())
        .param("module", task.originModule())
        .param("link", task.originLink())
        .query(UUID.class)
        .single();
  }

  /** The signed-in person's tasks: open ones first, by due date, then the last 50 done. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<Task> mine() {
    return jdbc.sql(
            """
            (select * from task where assignee_id = :me and status = 'OPEN')
            union all
            (select * from task where assignee_id = :me and status = 'DONE' order by completed_at desc limit 50)
            order by status desc, due_date nulls last, created_at
            """)
        .param("me", CurrentUser.require().accountId().value())
        .query(
            (rs, row) ->
                new Task(
                    rs.getObject("id", UUID.class),
                    rs.getString("title"),
                    rs.getString("detail"),
                    rs.getObject("due_date", LocalDate.class),
                    rs.getString("origin_module"),
                    rs.getString("origin_link"),
                    rs.getString("status").equals("DONE"),
                    rs.getTimestamp("created_at").toInstant()))
        .list();
  }

  /** Marks one of the signed-in person's tasks done (or open again). */
  @PreAuthorize("isAuthenticated()")
  @Transactional
  public void setDone(UUID taskId, boolean done) {
    int updated =
        jdbc.sql(
                """
                update task set status = :status, completed_at = case when :done then now() end
                 where id = :id and assignee_id = :me
                """)
            .param("status", done ? "DONE" : "OPEN")
            .param("done", done)
            .param("id", taskId)
            .param("me", CurrentUser.require().accountId().value())
            .update();
    if (updated == 0) {
      throw new NotFoundException("task");
    }
  }

  /**
   * Marks done an account's open tasks that lead to a page, once the work there is done by other
   * means (e.g. a survey answered through its personal link). Returns how many.
   */
  @PreAuthorize("isAuthenticated() or @systemWork.active()")
  @Transactional
  public int completeLinked(org.uptake.access.AccountId assignee, String originLink) {
    return jdbc.sql(
            """
            update task set status = 'DONE', completed_at = now()
             where assignee_id = :assignee and origin_link = :link and status = 'OPEN'
            """)
        .param("assignee", assignee.value())
        .param("link", originLink)
        .update();
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
