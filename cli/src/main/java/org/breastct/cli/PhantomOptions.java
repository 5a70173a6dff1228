package org.breastct.cli;

import org.breastct.phantom.PhantomSpec;
import org.breastct.phantom.PhantomVariant;

/** The phantom options: {@code --shape}, {@code --seed}, {@code --ribs}, {@code --implant}, {@code --fold}, {@code --variant}. */
final class PhantomOptions {

    private PhantomOptions() {
    }

    /** {@code base} with the phantom options given; an option a command does not declare keeps {@code base}'s value. */
    static PhantomSpec spec(Args args, PhantomSpec base) throws UsageException {
        PhantomSpec s = base;
        try {
            int[] shape = args.shapeOption("shape");
            if (shape != null) {
                s = s.withShape(shape[0], shape[1], shape[2]);
            }
            s = s.withSeed(args.longOption("seed", s.seed()));
            s = s.withRibs(args.intOption("ribs", s.ribs()));
            if (args.flag("implant")) {
                s = s.withImplant(true);
            }
            if (args.flag("fold")) {
                s = s.withFold(true);
            }
            if (args.has("variant")) {
                s = s.withVariant(PhantomVariant.parse(args.option("variant", "")));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return s;
    }
}
