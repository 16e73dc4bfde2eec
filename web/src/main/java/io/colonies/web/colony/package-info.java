/** Colony RPC messages. */
package io.colonies.web.colony;
