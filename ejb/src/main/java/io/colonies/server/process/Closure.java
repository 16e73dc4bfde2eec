package io.colonies.server.process;

import java.util.List;

/**
 * One item of a batch close as the client sent it, not yet validated: {@link Processes#closeBatch}
 * judges each item on its own, so a bad one is refused alone.
 *
 * @param successful null when the client left it out (refused with 400)
 * @param out        the output of a successful close
 * @param errors     the errors of a failed close
 */
public record Closure(String processId, Boolean successful, List<Object> out, List<String> errors) {
    public static Closure success(String processId, List<Object> out) {
        return new Closure(processId, true, out, null);
    }

    public static Closure failure(String processId, List<String> errors) {
        return new Closure(processId, false, null, errors);
    }
}
