package org.uptake.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The system Chromium driven by Playwright, with axe-core for accessibility checks. One browser per
 * test class; each journey gets a fresh context (no cookies). axe-core comes from npm into {@code
 * target/axe} on first use.
 */
public final class TestBrowser implements AutoCloseable {

  static final String AXE_VERSION = "4.14.1";
  private static final Path SCREENSHOTS = Path.of("target/screenshots");

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser browser;
  private final String axe;

  public TestBrowser() throws IOException, InterruptedException {
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium())
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-dev-shm-usage",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--no-first-run",
                            "--disable-default-apps",
                            "--disable-sync")));
    axe = Files.readString(axeScript());
  }

  /**
   * A fresh page at desktop size (or phone size), in a context that lets the test inject axe past
   * the CSP.
   */
  public Page page(String language, boolean phone) {
    BrowserContext context =
        browser.newContext(
            new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale(language)
                .setExtraHTTPHeaders(Map.of("Accept-Language", language))
                .setViewportSize(phone ? 390 : 1280, phone ? 844 : 900)
                .setBypassCSP(true));
    return context.newPage();
  }

  public void signIn(Page page, String baseUrl, String username, String password) {
    page.navigate(baseUrl + "/login");
    page.getByLabel(
            java.util.regex.Pattern.compile("Username|Käyttäjätunnus|Användarnamn|Brukernavn"))
        .fill(username);
    page.locator("#password").fill(password);
    page.locator("form[action$='/login'] button[type=submit]").click();
    page.waitForLoadState();
    assertThat(page.url()).doesNotContain("/login");
  }

  /**
   * Runs axe-core's WCAG 2.1 A and AA rules on the page and fails with each violation if there are
   * any.
   */
  public void assertAccessible(Page page) {
    page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
    @SuppressWarnings("unchecked")
    List<String> violations =
        (List<String>)
            page.evaluate(
                """
                async () => {
                  const result = await axe.run(document, {
                    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
                  return result.violations.map(v => v.id + ': ' + v.help + ' — '
                    + v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', '));
                }
                """);
    assertThat(violations).as("accessibility violations on " + page.url()).isEmpty();
  }

  public static void screenshot(Page page, String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }

  private static Path chromium() {
    for (String directory : System.getenv("PATH").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path candidate = Path.of(directory, name);
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    throw new IllegalStateException(
        "Browser tests need Chromium on the PATH: apt-get install -y chromium");
  }

  private static synchronized Path axeScript() throws IOException, InterruptedException {
    Path directory = Path.of("target/axe");
    Path script = directory.resolve("package/axe.min.js");
    if (Files.exists(script)) {
      return script;
    }
    Files.createDirectories(directory);
    run(directory, "npm", "pack", "--silent", "axe-core@" + AXE_VERSION);
    run(directory, "tar", "-xzf", "axe-core-" + AXE_VERSION + ".tgz");
    if (!Files.exists(script)) {
      throw new IllegalStateException(
          "axe-core was not fetched: run 'npm pack axe-core@" + AXE_VERSION + "'");
    }
    return script;
  }

  private static void run(Path directory, String... command)
      throws IOException, InterruptedException {
    // Not inheritIO: the test JVM's standard output is Surefire's channel to Maven, and a line
    // printed there by npm breaks the run ("std/in stream corrupted").
    Path log = directory.resolve("fetch.log");
    Process process =
        new ProcessBuilder(command)
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException(
          "failed: " + String.join(" ", command) + "\n" + Files.readString(log));
    }
  }
}
