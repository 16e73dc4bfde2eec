package io.colonies.client.builtin;

import io.colonies.client.executor.FunctionTable;
import io.colonies.client.executor.ProcessFailedException;
import io.colonies.model.core.Process;
import io.colonies.model.json.WireJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo functions. {@code square} and {@code sum} work on the process input ({@code in}, the
 * parents' outputs in a workflow) and fall back to {@code args} for a standalone submit.
 */
public final class BuiltinFunctions {
    private BuiltinFunctions() {
    }

    /** A table with every built-in function. */
    public static FunctionTable table() {
        return new FunctionTable()
                .add("echo", BuiltinFunctions::echo)
                .add("sleep", BuiltinFunctions::sleep)
                .add("fail", BuiltinFunctions::fail)
                .add("gen_nums", BuiltinFunctions::genNums)
                .add("square", BuiltinFunctions::square)
                .add("sum", BuiltinFunctions::sum);
    }

    /** Returns its arguments. */
    public static List<Object> echo(Process process) {
        return new ArrayList<>(args(process));
    }

    /** Sleeps {@code args[0]} seconds (fractions allowed) and returns nothing. */
    public static List<Object> sleep(Process process) throws InterruptedException {
        List<Object> args = args(process);
        BigDecimal seconds = args.isEmpty() ? null : Numbers.numeric(args.get(0)).orElse(null);
        if (seconds == null || seconds.signum() < 0) {
            throw new ProcessFailedException("sleep needs a non-negative number of seconds as args[0]");
        }
        Thread.sleep(seconds.movePointRight(3).longValue());
        return new ArrayList<>();
    }

    /** Always fails; its arguments become the error texts. */
    public static List<Object> fail(Process process) {
        List<String> errors = new ArrayList<>();
        for (Object arg : args(process)) {
            errors.add(arg instanceof String s ? s : WireJson.toJson(arg));
        }
        throw new ProcessFailedException(errors.isEmpty() ? List.of("failed on request") : errors);
    }

    /** The root of the paper's workflow: [2, 3]. */
    public static List<Object> genNums(Process process) {
        return new ArrayList<>(List.of(BigInteger.TWO, BigInteger.valueOf(3)));
    }

    /**
     * With an input and integral args, the args are indexes into the input: args [1] on input [2, 3]
     * gives [9]. That lets two workflow nodes share one parent and each take their own element.
     * Otherwise every numeric value of the input (or of the args when there is no input) is squared.
     */
    public static List<Object> square(Process process) {
        List<Object> in = input(process);
        List<Object> args = args(process);
        boolean indexes = !in.isEmpty() && !args.isEmpty()
                && args.stream().allMatch(a -> Numbers.integral(a).isPresent());
        List<Object> squares = new ArrayList<>();
        if (indexes) {
            for (Object arg : args) {
                squares.add(Numbers.normalise(squareOf(elementAt(in, Numbers.integral(arg).orElseThrow()))));
            }
            return squares;
        }
        for (Object value : in.isEmpty() ? args : in) {
            Numbers.numeric(value).ifPresent(d -> squares.add(Numbers.normalise(squareOf(d))));
        }
        return squares;
    }

    /** [sum of every numeric value of the input, or of the args when there is no input]. */
    public static List<Object> sum(Process process) {
        List<Object> in = input(process);
        BigDecimal total = BigDecimal.ZERO;
        for (Object value : in.isEmpty() ? args(process) : in) {
            total = total.add(Numbers.numeric(value).orElse(BigDecimal.ZERO));
        }
        return new ArrayList<>(List.of(Numbers.normalise(total)));
    }

    private static BigDecimal elementAt(List<Object> in, int index) {
        if (index < 0 || index >= in.size()) {
            throw new ProcessFailedException("square: index " + index + " is outside the input " + WireJson.toJson(in));
        }
        return Numbers.numeric(in.get(index)).orElseThrow(() -> new ProcessFailedException(
                "square: input element " + index + " is not a number: " + in.get(index)));
    }

    private static BigDecimal squareOf(BigDecimal value) {
        return value.multiply(value);
    }

    private static List<Object> args(Process process) {
        return process.spec == null || process.spec.args == null ? List.of() : process.spec.args;
    }

    private static List<Object> input(Process process) {
        return process.in == null ? List.of() : process.in;
    }
}
