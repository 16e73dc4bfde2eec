package io.colonies.cli.process;

import io.colonies.cli.CliContext;
import io.colonies.cli.WaitClock;
import io.colonies.cli.output.Formats;
import io.colonies.cli.output.Table;
import io.colonies.client.ProcessEvents.AttributeChange;
import io.colonies.model.core.Attribute;
import io.colonies.model.core.Process;
import java.io.PrintWriter;
import java.util.List;

/**
 * How {@code process attributes} prints: the attributes as a table (with {@code --json} an array), and
 * while following each change as a line {@code + KEY  VALUE  TYPE  ID} or {@code - ...} (with
 * {@code --json} one {@code {"change":…,"attribute":…}} object per line, the current ones as "added").
 * State changes are progress on stderr, so stdout holds only attributes.
 */
final class AttributeView implements AttributeFollower.Printer {
    private final CliContext context;
    private final boolean following;
    private final WaitClock clock;

    AttributeView(CliContext context, boolean following, WaitClock clock) {
        this.context = context;
        this.following = following;
        this.clock = clock;
    }

    static void table(List<Attribute> attributes, PrintWriter out) {
        Table table = new Table("KEY", "VALUE", "TYPE", "ATTRIBUTEID");
        attributes.forEach(a -> table.row(a.key, a.value, Formats.attributeType(a.attributetype), a.attributeid));
        table.print(out);
    }

    @Override
    public void current(List<Attribute> attributes) {
        if (!context.json()) {
            table(attributes, context.out());
        } else if (following) {
            attributes.forEach(this::added);
        } else {
            context.printJson(attributes);
        }
    }

    @Override
    public void added(Attribute attribute) {
        change(AttributeChange.ADDED, "+", attribute);
    }

    @Override
    public void removed(Attribute attribute) {
        change(AttributeChange.REMOVED, "-", attribute);
    }

    @Override
    public void state(Process process) {
        if (following) {
            context.progress(clock.stamp() + " process " + process.processid + ": " + Formats.state(process.state));
        }
    }

    private void change(String change, String sign, Attribute a) {
        if (context.json()) {
            context.printJson(new AttributeChange(change, a));
            return;
        }
        PrintWriter out = context.out();
        out.println(String.join("  ", sign + " " + a.key, a.value, Formats.attributeType(a.attributetype),
                a.attributeid));
        out.flush();
    }
}
