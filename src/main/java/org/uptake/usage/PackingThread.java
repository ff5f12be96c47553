package org.uptake.usage;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Hands the events a parser makes on the importing thread to a second thread, in batches over a
 * bounded queue, so that parsing and the events' keys ({@link EventKey}) run on one core while
 * packing, sums and COPY run on the other. At most {@link #QUEUED} batches of {@link #BATCH} events
 * wait, so the heap stays flat.
 *
 * <p>Failures on either side end both: an exception on the second thread is thrown on the importing
 * thread at its next hand-over (or at {@link #finish()}); if the importing thread fails, {@link
 * #close()} stops the second thread and waits for it, so no thread is left behind and the caller's
 * transaction can be rolled back. The second thread only calls the consumer given; whatever that
 * consumer touched is safe to read on the importing thread after {@link #finish()} or {@link
 * #close()} returned.
 */
final class PackingThread implements Consumer<UsageEvent>, AutoCloseable {

  /** What the second thread does with each event and its key. */
  interface KeyedConsumer {
    void accept(UsageEvent event, long keyHigh, long keyLow);
  }

  /** Events with their keys. */
  private static final class Batch {
    final UsageEvent[] events = new UsageEvent[BATCH];
    final long[] high = new long[BATCH];
    final long[] low = new long[BATCH];
    int size;
  }

  /** Events per batch handed over. */
  static final int BATCH = 1_024;

  /** Most batches waiting for the second thread. */
  static final int QUEUED = 8;

  private static final Batch END = new Batch();

  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED);
  private final KeyedConsumer consumer;
  private final EventKey keys = new EventKey();
  private final Thread thread;
  private volatile @Nullable Throwable failure;
  private volatile boolean stop;
  private Batch batch = new Batch();
  private boolean ended;
  private long handing;
  private volatile long waiting;
  private volatile long cpu;

  PackingThread(KeyedConsumer consumer) {
    this.consumer = consumer;
    this.thread = Thread.ofPlatform().name("usage-import-packing").daemon().unstarted(this::work);
    thread.start();
  }

  @Override
  public void accept(UsageEvent event) {
    keys.compute(event);
    int i = batch.size++;
    batch.events[i] = event;
    batch.high[i] = keys.high();
    batch.low[i] = keys.low();
    if (batch.size == BATCH) {
      hand(batch);
      batch = new Batch();
    }
  }

  /**
   * Hands over what is left and waits until the second thread has taken every event.
   *
   * @throws IllegalStateException (or the original unchecked exception) if the second thread failed
   */
  void finish() {
    if (batch.size > 0) {
      hand(batch);
      batch = new Batch();
    }
    hand(END);
    ended = true;
    join();
    rethrow();
  }

  /** Stops the second thread if {@link #finish()} did not end it, and waits for it. */
  @Override
  public void close() {
    if (ended) {
      return;
    }
    ended = true;
    stop = true;
    queue.clear();
    // Room for it now: only this thread puts. (No interrupt: the second thread may be writing to
    // the connection, which must stay usable for the rollback.)
    queue.offer(END);
    join();
  }

  /** Milliseconds the importing thread waited for room in the queue (the packing was slower). */
  long handingMillis() {
    return handing / 1_000_000;
  }

  /** Milliseconds of CPU the second thread used, or -1 if the JVM does not measure it. */
  long cpuMillis() {
    return cpu < 0 ? -1 : cpu / 1_000_000;
  }

  /** Milliseconds the second thread waited for events (the parsing was slower). */
  long waitingMillis() {
    return waiting / 1_000_000;
  }

  private void hand(Batch events) {
    long started = System.nanoTime();
    try {
      while (!queue.offer(events, 50, TimeUnit.MILLISECONDS)) {
        if (failure != null || !thread.isAlive()) {
          break;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while importing", e);
    } finally {
      handing += System.nanoTime() - started;
    }
    rethrow();
  }

  private void rethrow() {
    Throwable failed = failure;
    if (failed instanceof RuntimeException e) {
      throw e;
    }
    if (failed instanceof Error e) {
      throw e;
    }
    if (failed != null) {
      throw new IllegalStateException("the packing thread failed", failed);
    }
  }

  private void join() {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void work() {
    try {
      run();
    } finally {
      cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
  }

  private void run() {
    try {
      long waited = 0;
      while (!stop) {
        long started = System.nanoTime();
        Batch events = queue.take();
        waited += System.nanoTime() - started;
        waiting = waited;
        if (events == END) {
          return;
        }
        for (int i = 0; i < events.size && !stop; i++) {
          consumer.accept(events.events[i], events.high[i], events.low[i]);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Throwable e) {
      failure = e;
    }
  }
}
