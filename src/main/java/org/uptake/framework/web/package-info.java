/** Read-only pages of the framework catalogues. */
@NullMarked
package org.uptake.framework.web;

import org.jspecify.annotations.NullMarked;
