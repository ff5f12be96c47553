/** Pages and API of survey instruments: list, import, builder, detail, FHIR in and out, scoring. */
@NullMarked
package org.uptake.survey.web;

import org.jspecify.annotations.NullMarked;
