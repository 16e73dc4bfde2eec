/** Controls for integration tests (move the clock, stop scanning); answer 404 unless explicitly enabled. */
package io.colonies.web.testsupport;
