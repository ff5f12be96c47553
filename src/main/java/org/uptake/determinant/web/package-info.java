/** The determinant register's API. */
@NullMarked
package org.uptake.determinant.web;

import org.jspecify.annotations.NullMarked;
