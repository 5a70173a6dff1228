package org.breastct.cli;

import java.util.Locale;
import org.breastct.render.LabelMode;
import org.breastct.render.RenderSettings;

/** The representative-image options: {@code --mode}, {@code --window}, {@code --scale}. */
final class RenderOptions {

    private RenderOptions() {
    }

    /** {@code --mode grey|colour|overlay} (default grey), {@code --window LOW,HIGH}, {@code --scale N}. */
    static RenderSettings settings(Args args) throws UsageException {
        RenderSettings s = RenderSettings.DEFAULTS;
        String mode = args.option("mode", "grey").toLowerCase(Locale.ROOT);
        s = switch (mode) {
            case "grey", "gray" -> s.withLabelMode(LabelMode.GREY);
            case "colour", "color" -> s.withLabelMode(LabelMode.COLOUR);
            case "overlay" -> s.withLabelMode(LabelMode.OVERLAY);
            default -> throw new UsageException("--mode must be grey, colour or overlay, got '" + mode + "'");
        };
        if (args.has("window")) {
            String w = args.option("window", "");
            String[] p = w.split(",");
            try {
                s = s.withWindow(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()));
            } catch (RuntimeException e) {
                throw new UsageException("--window must be LOW,HIGH in HU with LOW < HIGH, got '" + w + "'");
            }
        }
        try {
            s = s.withScale(args.intOption("scale", s.scale()));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return s;
    }
}
