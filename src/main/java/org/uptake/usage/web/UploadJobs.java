package org.uptake.usage.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.uptake.platform.NotFoundException;
import org.uptake.platform.OrganisationId;
import org.uptake.platform.TenantContext;
import org.uptake.usage.ImportChannel;
import org.uptake.usage.ImportReport;
import org.uptake.usage.UsageImportId;
import org.uptake.usage.UsageImporter;

/**
 * Uploads being imported in the background, so the page can show progress while the one transaction
 * of the file runs. Kept in memory: a restart loses the progress of a running upload, and its
 * transaction rolls back, so nothing partial remains either way.
 */
@Component
class UploadJobs {

  private static final Logger log = LoggerFactory.getLogger(UploadJobs.class);
  private static final Duration KEPT = Duration.ofHours(2);

  enum State {
    RUNNING,
    DONE,
    FAILED
  }

  /** One upload: the file's size, how far the import has read, and its outcome. */
  static final class Job {
    final UUID id = UUID.randomUUID();
    final OrganisationId organisation;
    final String fileName;
    final long size;
    final Instant started;
    final AtomicLong bytes = new AtomicLong();
    final AtomicLong lines = new AtomicLong();
    volatile State state = State.RUNNING;
    volatile @Nullable UsageImportId importId;
    volatile @Nullable String error;

    Job(OrganisationId organisation, String fileName, long size, Instant started) {
      this.organisation = organisation;
      this.fileName = fileName;
      this.size = size;
      this.started = started;
    }

    public UUID getId() {
      return id;
    }

    public String getFileName() {
      return fileName;
    }

    public long getSize() {
      return Math.max(size, 1);
    }

    public long getBytes() {
      return Math.min(bytes.get(), getSize());
    }

    public long getLines() {
      return lines.get();
    }

    public State getState() {
      return state;
    }

    public @Nullable String getError() {
      return error;
    }

    public @Nullable UsageImportId getImportId() {
      return importId;
    }
  }

  private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();
  private final UsageImporter importer;
  private final Clock clock;

  UploadJobs(UsageImporter importer, Clock clock) {
    this.importer = importer;
    this.clock = clock;
  }

  /** Starts importing a file the job now owns (it is deleted when the import ends). */
  Job start(String source, String fileName, Path file) throws IOException {
    forgetOld();
    Job job = new Job(TenantContext.require(), fileName, Files.size(file), clock.instant());
    jobs.put(job.id, job);
    SecurityContext context = SecurityContextHolder.getContext();
    Thread.ofVirtual()
        .name("usage-upload-" + job.id)
        .start(
            () -> {
              SecurityContextHolder.setContext(context);
              try (InputStream in = new Counting(Files.newInputStream(file), job.bytes)) {
                ImportReport report =
                    importer.importFile(source, fileName, in, ImportChannel.UPLOAD, job.lines::set);
                job.importId = report.id();
                job.state = State.DONE;
              } catch (NotFoundException e) {
                job.error = "usage.upload.no-source";
                job.state = State.FAILED;
              } catch (IOException | RuntimeException e) {
                log.warn("A usage upload failed and was rolled back: {}", e.getClass().getName());
                job.error = "usage.upload.failed";
                job.state = State.FAILED;
              } finally {
                SecurityContextHolder.clearContext();
                try {
                  Files.deleteIfExists(file);
                } catch (IOException e) {
                  log.warn("Could not delete an uploaded usage file");
                }
              }
            });
    return job;
  }

  /** The job, if it belongs to the current organisation. */
  Optional<Job> find(UUID id) {
    Job job = jobs.get(id);
    if (job == null || !TenantContext.current().map(job.organisation::equals).orElse(false)) {
      return Optional.empty();
    }
    return Optional.of(job);
  }

  private void forgetOld() {
    Instant limit = clock.instant().minus(KEPT);
    jobs.values().removeIf(job -> job.state != State.RUNNING && job.started.isBefore(limit));
  }

  /** Counts the bytes read, for the progress bar. */
  private static final class Counting extends FilterInputStream {
    private final AtomicLong count;

    Counting(InputStream in, AtomicLong count) {
      super(in);
      this.count = count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count.incrementAndGet();
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count.addAndGet(n);
      }
      return n;
    }
  }
}
