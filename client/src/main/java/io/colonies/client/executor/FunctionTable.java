package io.colonies.client.executor;

import io.colonies.model.core.Process;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dispatches a process to the handler registered under its {@code spec.funcname}; the names are also
 * what the executor registers with {@code addfunctionmsg}.
 */
public class FunctionTable implements ProcessHandler {
    private final Map<String, ProcessHandler> handlers = new LinkedHashMap<>();

    public FunctionTable add(String funcname, ProcessHandler handler) {
        handlers.put(funcname, handler);
        return this;
    }

    public Set<String> names() {
        return handlers.keySet();
    }

    @Override
    public List<Object> handle(Process process) throws Exception {
        String funcname = process.spec == null ? "" : process.spec.funcname;
        ProcessHandler handler = handlers.get(funcname);
        if (handler == null) {
            throw new ProcessFailedException("Function '" + funcname + "' is not supported by this executor");
        }
        return handler.handle(process);
    }
}
