/** {@code colonies workflow ...}: submitting workflow DAGs and following them to their result. */
package io.colonies.cli.workflow;
