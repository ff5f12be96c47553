package org.uptake.usage;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.uptake.access.SystemWork;
import org.uptake.platform.OrganisationId;

/**
 * {@code uptake usage import --source NAME [--organisation ID] FILE}: the same jar, started with no
 * HTTP port, imports one file (plain or gzip) through the same pipeline as an upload and prints the
 * report. Exit code 0 when the file was imported (malformed lines are reported, not fatal), 1 when
 * nothing was. Arguments of the form {@code --spring.x=y} or {@code --uptake.x=y} configure the
 * application as usual.
 */
public final class CommandLineImport {

  private CommandLineImport() {}

  /** True if the arguments ask for this command. */
  public static boolean matches(String[] args) {
    return args.length >= 2 && args[0].equals("usage") && args[1].equals("import");
  }

  /** Parsed command arguments. */
  record Command(String source, @Nullable UUID organisation, Path file) {}

  /** Runs the command and returns the process's exit code. */
  public static int run(Class<?> application, String[] args) {
    PrintStream out = System.out;
    List<String> springArgs = new ArrayList<>();
    Command command;
    try {
      command = parse(args, springArgs);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(
          "usage: uptake usage import --source NAME [--organisation ID] FILE [--spring.x=y ...]");
      return 1;
    }
    if (!Files.isReadable(command.file())) {
      System.err.println("cannot read " + command.file());
      return 1;
    }
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(application)
            // The web configuration stays (security needs it) but no port is opened.
            .properties("server.port=-1")
            .bannerMode(Banner.Mode.OFF)
            .logStartupInfo(false)
            .run(springArgs.toArray(String[]::new))) {
      UUID organisation = command.organisation();
      if (organisation == null) {
        organisation =
            context
                .getBean(JdbcClient.class)
                .sql("select uptake_sole_organisation()")
                .query(UUID.class)
                .optional()
                .orElse(null);
        if (organisation == null) {
          System.err.println("give --organisation ID: this database has more than one");
          return 1;
        }
      }
      UsageImporter importer = context.getBean(UsageImporter.class);
      MessageSource messages = context.getBean(MessageSource.class);
      OrganisationId tenant = new OrganisationId(organisation);
      System.err.println("Importing " + command.file().getFileName());
      ImportReport report =
          context
              .getBean(SystemWork.class)
              .run(
                  tenant,
                  () -> {
                    try (InputStream in =
                        new BufferedInputStream(Files.newInputStream(command.file()), 1 << 16)) {
                      return importer.importFile(
                          command.source(),
                          command.file().getFileName().toString(),
                          in,
                          ImportChannel.CLI,
                          lines -> System.err.println("... " + lines + " lines"));
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  });
      print(report, messages, out);
      return 0;
    } catch (org.uptake.platform.NotFoundException e) {
      System.err.println("No source of that name in this organisation; nothing was stored.");
      return 1;
    } catch (RuntimeException e) {
      // The exception's message may quote values from the file; the log has the details.
      System.err.println(
          "Import failed, nothing was stored (" + e.getClass().getSimpleName() + ").");
      return 1;
    }
  }

  static Command parse(String[] args, List<String> springArgs) {
    String source = null;
    String organisation = null;
    String file = null;
    for (int i = 2; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--source") || arg.equals("--organisation")) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(arg + " needs a value");
        }
        if (arg.equals("--source")) {
          source = args[++i];
        } else {
          organisation = args[++i];
        }
      } else if (arg.startsWith("--source=")) {
        source = arg.substring("--source=".length());
      } else if (arg.startsWith("--organisation=")) {
        organisation = arg.substring("--organisation=".length());
      } else if (arg.startsWith("--")) {
        springArgs.add(arg);
      } else if (file == null) {
        file = arg;
      } else {
        throw new IllegalArgumentException("one file at a time: " + arg);
      }
    }
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("--source NAME is required");
    }
    if (file == null) {
      throw new IllegalArgumentException("FILE is required");
    }
    UUID organisationId;
    try {
      organisationId = organisation == null ? null : UUID.fromString(organisation);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--organisation must be the organisation's id (a UUID)");
    }
    return new Command(source, organisationId, Path.of(file));
  }

  private static void print(ImportReport report, MessageSource messages, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "import %s of %s from %s%n"
            + "lines %d, events %d, inserted %d, duplicates %d, malformed %d,"
            + " events of unknown users %d%n",
        report.id(),
        report.fileName(),
        report.source(),
        report.lines(),
        report.events(),
        report.inserted(),
        report.duplicates(),
        report.malformed(),
        report.unknownUserEvents());
    for (UsageProblem problem : report.problems()) {
      out.printf(
          Locale.ROOT,
          "line %d: %s%n",
          problem.line(),
          messages.getMessage(
              problem.reason(), problem.args().toArray(), problem.reason(), Locale.ENGLISH));
    }
    if (report.problemsTruncated()) {
      out.printf(
          Locale.ROOT, "(%d more problems)%n", report.malformed() - report.problems().size());
    }
  }
}
