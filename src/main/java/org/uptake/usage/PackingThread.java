package org.uptake.usage;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Hands the events a parser makes on the importing thread to a second thread, in batches over a
 * bounded queue, so that parsing runs on one core while keys, packing, sums and COPY run on the
 * other. At most {@link #QUEUED} batches of {@link #BATCH} events wait, so the heap stays flat.
 *
 * <p>Failures on either side end both: an exception on the second thread is thrown on the importing
 * thread at its next hand-over (or at {@link #finish()}); if the importing thread fails, {@link
 * #close()} stops the second thread and waits for it, so no thread is left behind and the caller's
 * transaction can be rolled back. The second thread only calls the consumer given; whatever that
 * consumer touched is safe to read on the importing thread after {@link #finish()} or {@link
 * #close()} returned.
 */
final class PackingThread implements Consumer<UsageEvent>, AutoCloseable {

  /** Events per batch handed over. */
  static final int BATCH = 1_024;

  /** Most batches waiting for the second thread. */
  static final int QUEUED = 8;

  private static final UsageEvent[] END = new UsageEvent[0];

  private final BlockingQueue<UsageEvent[]> queue = new ArrayBlockingQueue<>(QUEUED);
  private final Consumer<UsageEvent> consumer;
  private final Thread thread;
  private volatile @Nullable Throwable failure;
  private volatile boolean stop;
  private UsageEvent[] batch = new UsageEvent[BATCH];
  private int size;
  private boolean ended;
  private long handing;
  private volatile long waiting;

  PackingThread(Consumer<UsageEvent> consumer) {
    this.consumer = consumer;
    this.thread = Thread.ofPlatform().name("usage-import-packing").daemon().unstarted(this::work);
    thread.start();
  }

  @Override
  public void accept(UsageEvent event) {
    batch[size++] = event;
    if (size == BATCH) {
      hand(batch);
      batch = new UsageEvent[BATCH];
      size = 0;
    }
  }

  /**
   * Hands over what is left and waits until the second thread has taken every event.
   *
   * @throws IllegalStateException (or the original unchecked exception) if the second thread failed
   */
  void finish() {
    if (size > 0) {
      hand(Arrays.copyOf(batch, size));
      size = 0;
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

  /** Milliseconds the second thread waited for events (the parsing was slower). */
  long waitingMillis() {
    return waiting / 1_000_000;
  }

  private void hand(UsageEvent[] events) {
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
      long waited = 0;
      while (!stop) {
        long started = System.nanoTime();
        UsageEvent[] events = queue.take();
        waited += System.nanoTime() - started;
        waiting = waited;
        if (events == END) {
          return;
        }
        for (UsageEvent event : events) {
          if (stop) {
            return;
          }
          consumer.accept(event);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Throwable e) {
      failure = e;
    }
  }
}
