/** Reading FunctionSpec and WorkflowSpec JSON files, with one-line messages for every way they can be wrong. */
package io.colonies.cli.spec;
