package org.uptake.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page asked with values the domain refuses (a value object's check) is a bad request, shown on
 * the error page in the user's language, not a server error.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

  @ExceptionHandler(IllegalArgumentException.class)
  void badRequest(HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
  }
}
