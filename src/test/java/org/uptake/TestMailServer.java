package org.uptake;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server (GreenMail) for the tests, on a free port, and Uptake's mail sender pointed at
 * it. Its messages are read with {@code greenMail.getReceivedMessages()}; purge them with {@code
 * greenMail.purgeEmailFromAllMailboxes()} at the start of a test.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailServer {

  @Bean(destroyMethod = "stop")
  GreenMail greenMail() {
    GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    greenMail.start();
    return greenMail;
  }

  @Bean
  JavaMailSenderImpl mailSender(GreenMail greenMail) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(greenMail.getSmtp().getPort());
    sender.setDefaultEncoding("UTF-8");
    return sender;
  }
}
