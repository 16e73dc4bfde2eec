/** Workflows (process graphs) over REST: submit, read, delete, and add children while running. */
package io.colonies.web.rest.workflow;
