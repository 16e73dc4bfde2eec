package io.colonies.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** "Label:  value" lines with the values aligned, for showing one object. */
public class Details {
    private final List<String[]> lines = new ArrayList<>();

    public Details add(String label, Object value) {
        lines.add(new String[] {label + ":", value == null ? "" : value.toString()});
        return this;
    }

    public void print(PrintWriter out) {
        int width = lines.stream().mapToInt(l -> l[0].length()).max().orElse(0);
        for (String[] line : lines) {
            out.println((line[0] + " ".repeat(width - line[0].length()) + "  " + line[1]).stripTrailing());
        }
        out.flush();
    }
}
