/**
 * The determinant register: the barriers and facilitators found in an implementation's needs
 * assessment, who raised them, the units they concern, how strong and widespread they are, their
 * evidence, and their tags from the framework catalogues (CFIR 2.0, NPT, the seven factors). The
 * seeds' studies found dozens per rollout and no systematic way to act on them; this register is
 * where the action plan starts, and its summary gives the counts the studies publish.
 */
@NullMarked
package org.uptake.determinant;

import org.jspecify.annotations.NullMarked;
