/** Process RPC messages, and the asynchronous long-poll of assign. */
package io.colonies.web.process;
