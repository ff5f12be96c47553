package org.uptake.platform;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * FHIR R4 for the whole application: one context, JSON in and out, and one validator against the
 * base profiles. Building the validator loads the R4 definitions (about five seconds), so it is
 * made on first use and kept for the application's life; the context and parsers are cheap to use
 * but costly to create, so they are shared too.
 */
@Component
public class Fhir {

  private final FhirContext context = FhirContext.forR4Cached();
  private volatile @Nullable FhirValidator validator;

  /** The R4 context, for modules that build or read resources. */
  public FhirContext context() {
    return context;
  }

  /** A JSON parser; parsers are not thread-safe, so each call gets its own. */
  public IParser json() {
    return context.newJsonParser();
  }

  /** The resource as pretty-printed JSON. */
  public String toJson(IBaseResource resource) {
    return context.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource);
  }

  /**
   * Parses a resource of the given type from JSON.
   *
   * @throws FhirFormatException if the text is not JSON, not a FHIR resource, or another type
   */
  public <T extends IBaseResource> T parse(String json, Class<T> type) {
    IBaseResource parsed;
    try {
      parsed = context.newJsonParser().parseResource(json);
    } catch (DataFormatException | IllegalArgumentException | ClassCastException e) {
      throw new FhirFormatException(FhirFormatException.Kind.MALFORMED, e.getMessage());
    }
    if (!type.isInstance(parsed)) {
      throw new FhirFormatException(
          FhirFormatException.Kind.WRONG_TYPE, context.getResourceType(parsed));
    }
    return type.cast(parsed);
  }

  /**
   * Validates a resource against the FHIR R4 base specification.
   *
   * @return the errors (and fatal errors), each as "location: message"; empty if it is valid
   */
  public List<String> errors(IBaseResource resource) {
    return validator().validateWithResult(resource).getMessages().stream()
        .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
        .map(Fhir::describe)
        .toList();
  }

  private static String describe(SingleValidationMessage message) {
    return message.getLocationString() + ": " + message.getMessage();
  }

  private FhirValidator validator() {
    FhirValidator made = validator;
    if (made == null) {
      synchronized (this) {
        made = validator;
        if (made == null) {
          ValidationSupportChain chain =
              new ValidationSupportChain(
                  new DefaultProfileValidationSupport(context),
                  new InMemoryTerminologyServerValidationSupport(context),
                  new CommonCodeSystemsTerminologyService(context),
                  new SnapshotGeneratingValidationSupport(context));
          made = context.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
          validator = made;
        }
      }
    }
    return made;
  }
}
