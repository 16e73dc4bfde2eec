/** Test helpers: a scripted fake of the RPC endpoint, so client code is tested without a real server. */
package io.colonies.testing;
