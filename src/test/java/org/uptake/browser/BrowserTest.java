package org.uptake.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;

/** A journey in Chromium against the running application: one browser per test class. */
@UptakeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  TestBrowser browser;

  @BeforeAll
  void startBrowser() throws Exception {
    browser = new TestBrowser();
  }

  @AfterAll
  void stopBrowser() {
    browser.close();
  }

  String base() {
    return "http://localhost:" + port;
  }
}
