package org.uptake.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.implementation.ImplementationFixtures;
import org.uptake.platform.TenantContext;

/**
 * The import's second thread: every event reaches it once, in order, with its key; a failure on
 * either thread ends both, and a file whose reading fails half-way leaves nothing stored.
 */
@UptakeTest
class PackingThreadTest {

  @Autowired Fixtures fixtures;
  @Autowired ImplementationFixtures plans;
  @Autowired UsageSources sources;
  @Autowired UsageImporter importer;
  @Autowired DataSource dataSource;

  private static UsageEvent event(int i) {
    return new UsageEvent(
        "ehr", Instant.ofEpochSecond(1_770_000_000L + i), "KU" + (i % 7), "open", null, null);
  }

  @Test
  void everyEventArrivesOnceInOrderWithItsKey() {
    List<String> seen = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    EventKey keys = new EventKey();
    int events = PackingThread.BATCH * PackingThread.QUEUED * 3 + 17;
    try (PackingThread packing =
        new PackingThread(
            (event, high, low) -> {
              if (threads.isEmpty()) {
                threads.add(Thread.currentThread());
              }
              assertThat(new java.util.UUID(high, low)).isEqualTo(keys.of(event));
              seen.add(event.occurredAt().toString());
            })) {
      for (int i = 0; i < events; i++) {
        packing.accept(event(i));
      }
      packing.finish();
    }
    assertThat(seen).hasSize(events);
    for (int i = 0; i < events; i++) {
      assertThat(seen.get(i)).isEqualTo(event(i).occurredAt().toString());
    }
    assertThat(threads.getFirst()).isNotSameAs(Thread.currentThread());
    assertThat(threads.getFirst().isAlive()).isFalse();
  }

  @Test
  void aFailureOnTheSecondThreadIsThrownOnTheFirstAndEndsIt() {
    List<Thread> threads = new ArrayList<>();
    PackingThread packing =
        new PackingThread(
            (event, high, low) -> {
              threads.add(Thread.currentThread());
              throw new IllegalArgumentException("cannot pack " + event.userId());
            });
    assertThatThrownBy(
            () -> {
              try (packing) {
                for (int i = 0; i < 1_000_000; i++) {
                  packing.accept(event(i));
                }
                packing.finish();
              }
            })
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot pack KU0");
    assertThat(threads).hasSize(1);
    assertThat(threads.getFirst().isAlive()).isFalse();
  }

  @Test
  void aFailureOnTheFirstThreadStopsTheSecond() throws InterruptedException {
    List<Thread> threads = new CopyOnWriteArrayList<>();
    AtomicInteger packed = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(1);
    int handed = PackingThread.BATCH * 5;
    PackingThread packing =
        new PackingThread(
            (event, high, low) -> {
              if (threads.isEmpty()) {
                threads.add(Thread.currentThread());
              }
              packed.incrementAndGet();
              started.countDown();
              LockSupport.parkNanos(200_000);
            });
    assertThatThrownBy(
            () -> {
              try (packing) {
                for (int i = 0; i < handed; i++) {
                  packing.accept(event(i));
                }
                // The second thread is packing when the first fails (else close() could clear the
                // queue before it took anything, and there would be nothing to stop).
                assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
                throw new UncheckedIOException(new IOException("the upload broke off"));
              }
            })
        .isInstanceOf(UncheckedIOException.class);
    assertThat(threads).hasSize(1);
    assertThat(threads.getFirst().isAlive()).isFalse();
    // Stopped part-way: at 0.2 ms an event, the five batches handed over take a second to pack.
    assertThat(packed.get()).isBetween(1, handed - 1);
  }

  @Test
  void aFileWhoseReadingFailsHalfWayLeavesNothingAndNoThreadBehind() {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    fixtures.as(
        tenant,
        Role.ADMIN,
        () ->
            sources.create(
                plan.id(), "ehr", UsageFormat.CSV, CsvMapping.standard(), ZoneId.of("UTC")));
    StringBuilder csv = new StringBuilder("time,user,action,unit,id\n");
    for (int i = 0; i < 50_000; i++) {
      csv.append(Instant.ofEpochSecond(1_770_000_000L + i))
          .append(",KU")
          .append(i % 90)
          .append(",open,,\n");
    }
    InputStream broken =
        new SequenceInputStream(
            new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new IOException("the disk went away");
              }
            });

    assertThatThrownBy(
            () ->
                fixtures.as(
                    tenant,
                    Role.ADMIN,
                    () ->
                        importer.importFile(
                            "ehr", "broken.csv", broken, ImportChannel.CLI, n -> {})))
        .isInstanceOf(UncheckedIOException.class);

    JdbcClient jdbc = JdbcClient.create(dataSource);
    String stored =
        TenantContext.runAs(
            tenant.id(),
            () ->
                jdbc.sql(
                        "select (select count(*) from usage_event_segment) || ' '"
                            + " || (select count(*) from usage_daily) || ' '"
                            + " || (select count(*) from usage_import)")
                    .query(String.class)
                    .single());
    assertThat(stored).isEqualTo("0 0 0");
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(thread -> thread.getName().equals("usage-import-packing"));
  }
}
