/**
 * Read-only reference catalogues that the rest of Uptake tags its data with: the four components of
 * Normalization Process Theory with the 14 practices that make a digital service part of routine
 * work, the seven factors for technology implementation, the CFIR 2.0 domains, constructs and
 * sub-constructs, and the six tech champion sub-roles. Each catalogue is a JSON file under {@code
 * framework/} on the classpath, with names and plain-language descriptions in English, Finnish,
 * Swedish and Norwegian Bokmål. {@link org.uptake.framework.Frameworks} loads them once at startup
 * and stops the application if any is malformed; other modules keep only an entry's stable code
 * (such as {@code npt.p12} or {@code cfir.c4d}) and check incoming codes with {@link
 * org.uptake.framework.Frameworks#requireKnown}.
 */
@NullMarked
package org.uptake.framework;

import org.jspecify.annotations.NullMarked;
