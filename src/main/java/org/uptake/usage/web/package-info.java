/**
 * The ways usage events come in over HTTP: the API for systems that push a stream, and the upload
 * page for admins, with its progress and report, and the list of unknown users to map.
 */
@NullMarked
package org.uptake.usage.web;

import org.jspecify.annotations.NullMarked;
