package org.uptake.platform;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** How the API describes itself at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
    info =
        @Info(
            title = "Uptake API",
            version = "1",
            description =
                "Units, staff, roster import and implementation plans of the caller's organisation. Authenticate"
                    + " with a personal API token from the account page: Authorization: Bearer <token>. A record"
                    + " of another organisation answers 404.",
            license = @License(name = "Apache-2.0")),
    security = @SecurityRequirement(name = "token"))
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer")
class OpenApiConfiguration {}
