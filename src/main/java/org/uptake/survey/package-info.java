/**
 * Surveys: instruments (items, constructs, response types, conditions), their scoring (construct
 * mean, sum, the SUS rule) and their exchange as FHIR R4 Questionnaire and QuestionnaireResponse.
 * An instrument version is frozen once published, so that waves and responses of later steps can
 * refer to exactly the questions people answered. The domain types and scoring are plain Java.
 */
@NullMarked
package org.uptake.survey;

import org.jspecify.annotations.NullMarked;
