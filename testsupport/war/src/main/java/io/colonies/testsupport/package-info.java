/**
 * Controls for integration tests (move the clock, stop scanning). Shipped only in the integration-test
 * EAR, never in the production one, and answering 404 unless explicitly enabled.
 */
package io.colonies.testsupport;
