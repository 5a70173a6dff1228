package org.breastct.knime.node;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels a dialog passes to its components, read from the dialog's source: the first string
 * literal after the settings model's closing parenthesis in {@code new DialogComponentXxx(...)},
 * and the label argument of {@code addInt(key, def, "label")} helpers. Group titles are not
 * labels. File choosers have no label; their group title names them.
 */
final class DialogLabels {

    private static final Pattern COMPONENT = Pattern.compile(
            "new DialogComponent(?!FileChooser)\\w+\\(\\s*new SettingsModel\\w*\\([^;]*?\\)\\s*,\\s*\"([^\"]+)\"",
            Pattern.DOTALL);
    private static final Pattern ADD_INT = Pattern.compile("addInt\\([^;]*?,\\s*\"([^\"]+)\"\\);");
    private static final Pattern GROUP = Pattern.compile("createNewGroup\\(\"([^\"(]+)");

    private DialogLabels() {
    }

    static List<String> of(final String source) {
        List<String> out = new ArrayList<>();
        Matcher m = COMPONENT.matcher(source);
        while (m.find()) {
            out.add(m.group(1));
        }
        m = ADD_INT.matcher(source);
        while (m.find()) {
            out.add(m.group(1));
        }
        if (source.contains("DialogComponentFileChooser")) {
            m = GROUP.matcher(source);
            while (m.find()) {
                String g = m.group(1).trim();
                if (g.startsWith("Input") || g.startsWith("Output") || g.startsWith("Template")) {
                    out.add(g);
                }
            }
        }
        return out;
    }
}
