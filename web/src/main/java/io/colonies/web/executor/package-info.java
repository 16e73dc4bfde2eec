/** Executor and function-registry RPC messages. */
package io.colonies.web.executor;
