/**
 * The functions of the ready-made executor ({@code colonies executor run}): echo, sleep, fail,
 * gen_nums, square and sum from the Colonies paper's example, plus opt-in shell commands.
 */
package io.colonies.client.builtin;
