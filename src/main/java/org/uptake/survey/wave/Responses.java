package org.uptake.survey.wave;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.access.AccountId;
import org.uptake.access.CurrentUser;
import org.uptake.access.SystemWork;
import org.uptake.platform.OrganisationId;

/**
 * Answering a wave, by personal link without signing in or from the inbox when signed in. A link is
 * the person's credential: its hash finds the invitation and, with it, the organisation, before any
 * tenant is known; the work then runs as that organisation. A link of another organisation than the
 * signed-in person's is refused as unknown. Answers are checked against the instrument and sent
 * once; saved progress is restored on the next visit.
 */
@Service
public class Responses {

  private final ResponseStore store;
  private final SystemWork systemWork;
  private final JdbcClient jdbc;

  Responses(ResponseStore store, SystemWork systemWork, JdbcClient jdbc) {
    this.store = store;
    this.systemWork = systemWork;
    this.jdbc = jdbc;
  }

  /**
   * The form of a personal link, with any saved progress.
   *
   * @throws AnswerRefused for an unknown link, a wave not yet open or closed, or a person who has
   *     answered
   */
  @PreAuthorize("permitAll()")
  public AnswerPage page(String secret) {
    return asInvitation(invitationOf(secret), store::page);
  }

  /** Saves progress through a personal link; answers that do not fit their item are not kept. */
  @PreAuthorize("permitAll()")
  public AnswerPage save(String secret, Map<String, List<String>> fields) {
    return save(invitationOf(secret), fields);
  }

  /**
   * Sends the answers of a personal link if they are complete; otherwise returns the form with the
   * problems and nothing is stored.
   *
   * @return empty when the answers were sent, else the form to correct
   */
  @PreAuthorize("permitAll()")
  public java.util.Optional<AnswerPage> submit(String secret, Map<String, List<String>> fields) {
    return submit(invitationOf(secret), fields);
  }

  /** The form of the signed-in person's invitation to a wave. */
  @PreAuthorize("isAuthenticated()")
  public AnswerPage page(WaveId wave) {
    return asInvitation(invitationOf(wave), store::page);
  }

  @PreAuthorize("isAuthenticated()")
  public AnswerPage save(WaveId wave, Map<String, List<String>> fields) {
    return save(invitationOf(wave), fields);
  }

  @PreAuthorize("isAuthenticated()")
  public java.util.Optional<AnswerPage> submit(WaveId wave, Map<String, List<String>> fields) {
    return submit(invitationOf(wave), fields);
  }

  /** The open waves the signed-in person is invited to and has not answered, by closing day. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<OpenInvitation> mine() {
    return jdbc.sql(
            """
            select w.id, w.name, w.closes_on from survey_wave w
              join survey_invitation i on i.wave_id = w.id
              join account a on a.staff_id = i.staff_id
             where a.id = :me and w.status = 'OPEN' and i.answered_on is null
             order by w.closes_on
            """)
        .param("me", CurrentUser.require().accountId().value())
        .query(
            (rs, row) ->
                new OpenInvitation(
                    new WaveId(rs.getObject("id", UUID.class)),
                    rs.getString("name"),
                    rs.getObject("closes_on", java.time.LocalDate.class)))
        .list();
  }

  /** A wave open for the signed-in person. */
  public record OpenInvitation(WaveId wave, String name, java.time.LocalDate closesOn) {}

  private AnswerPage save(ResponseStore.Invitation invitation, Map<String, List<String>> fields) {
    return asInvitation(
        invitation,
        target -> {
          AnswerPage page = store.page(target);
          AnswerSheet sheet = AnswerSheet.read(page.instrument(), fields);
          store.saveDraft(target, sheet.answers());
          // saving is not sending: what is still to answer is told only on sending
          return page.withSheet(new AnswerSheet(sheet.answers(), sheet.problems(), List.of()));
        });
  }

  private java.util.Optional<AnswerPage> submit(
      ResponseStore.Invitation invitation, Map<String, List<String>> fields) {
    return asInvitation(invitation, target -> store.send(target, fields));
  }

  private ResponseStore.Invitation invitationOf(String secret) {
    ResponseStore.Invitation invitation =
        InvitationSecrets.hash(secret)
            .flatMap(store::byHash)
            .orElseThrow(() -> new AnswerRefused(AnswerRefused.Reason.UNKNOWN));
    boolean otherOrganisation =
        CurrentUser.find()
            .filter(user -> !user.organisationId().value().equals(invitation.organisation()))
            .isPresent();
    if (otherOrganisation) {
      throw new AnswerRefused(AnswerRefused.Reason.UNKNOWN);
    }
    return invitation;
  }

  private ResponseStore.Invitation invitationOf(WaveId wave) {
    AccountId me = CurrentUser.require().accountId();
    return store
        .bySignedIn(wave, me)
        .orElseThrow(() -> new AnswerRefused(AnswerRefused.Reason.UNKNOWN));
  }

  /** Runs the work as the invitation's organisation, whoever (if anyone) has signed in. */
  private <T> T asInvitation(
      ResponseStore.Invitation invitation, Function<ResponseStore.Invitation, T> work) {
    return systemWork.run(
        new OrganisationId(invitation.organisation()), () -> work.apply(invitation));
  }
}
