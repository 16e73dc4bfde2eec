/** The process queue: submit, exactly-once claim, guarded transitions, attributes and listings. */
package io.colonies.server.process;
