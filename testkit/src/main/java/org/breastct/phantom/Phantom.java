package org.breastct.phantom;

import java.util.Objects;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.ShortVolume;

/**
 * A generated synthetic breast: the CT image and its ground truth.
 *
 * @param image int16 HU volume {@code [z][y][x]}, 0.3 mm voxels, id {@link PhantomSpec#id()}
 * @param truth uint8 label volume of the same shape and id: 0 air, 1 fat, 2 glands, 3 skin,
 *        4 pectoralis muscle, 5 rib, 6 skin fold, 7 implant (the codes of
 *        {@code org.breastct.segmentation.LabelCode}), taken from the geometric model before
 *        partial-volume blur and noise
 * @param spec what was generated
 */
public record Phantom(ShortVolume image, ByteVolume truth, PhantomSpec spec) {

    public Phantom {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(spec, "spec");
        if (!image.dims().equals(truth.dims())) {
            throw new IllegalArgumentException("phantom image " + image.dims() + " and truth " + truth.dims()
                    + " differ in shape");
        }
    }
}
