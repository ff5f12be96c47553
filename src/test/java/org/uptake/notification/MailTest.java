package org.uptake.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class MailTest {

  @Test
  void aPlainMessageIsAccepted() {
    Mail mail = new Mail("aino.virtanen@kuusijarvi.fi", "Kysely", "Vastaa, kiitos.", "survey");
    assertThat(mail.to()).isEqualTo("aino.virtanen@kuusijarvi.fi");
  }

  @Test
  void whatCannotBeAnAddressIsRefused() {
    for (String address :
        new String[] {"", "no-at-sign", "two@@example.org", "a b@example.org", "a@b\nBcc: x@y"}) {
      assertThatIllegalArgumentException()
          .as(address)
          .isThrownBy(() -> new Mail(address, "Subject", "Text", "survey"));
    }
  }

  @Test
  void aSubjectThatWouldAddHeadersIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Mail("a@example.org", "Hi\r\nBcc: x@example.org", "Text", "survey"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Mail("a@example.org", " ", "Text", "survey"));
  }

  @Test
  void anEmptyTextOrAnUnnamedSenderIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Mail("a@example.org", "Subject", "  ", "survey"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Mail("a@example.org", "Subject", "Text", ""));
  }
}
