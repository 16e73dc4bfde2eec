/** What existing Colonies clients depend on: vanished long-poll clients, reply shapes, subscription endings. */
package it.compat;
