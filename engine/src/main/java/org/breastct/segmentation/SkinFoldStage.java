package org.breastct.segmentation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.breastct.imaging.CentreOfMass;
import org.breastct.imaging.ConnectedComponents;
import org.breastct.imaging.Connectivity;
import org.breastct.imaging.EdtWatershed;
import org.breastct.imaging.MaskOps;
import org.breastct.imaging.SliceCrop;
import org.breastct.parallel.TaskExecutor;
import org.breastct.progress.Progress;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;

/**
 * docs/method.md 2.2, Skin fold: abdominal or thoracic skin caught in the first slices.
 *
 * <ol>
 * <li>{@code cc} = centre of mass of {@code breast[0]} (row, col), truncated.</li>
 * <li>On each of the first {@code lenfold = int(0.2 L)} slices, count the 2-D components (8-connected)
 * of {@code breast[z]} with more than 1000 pixels.</li>
 * <li>If a slice has more than one: markers = all 2-D components of the first slice {@code s} with the
 * maximum count; watershed (6-connected, priority -EDT of {@code breast[0:lenfold]}, 3-D EDT with the
 * array border not background) inside {@code breast[0:lenfold]}. The region whose label is at
 * {@code (0, cc)} is the breast; every other breast voxel of the sub-volume, including those no
 * marker reaches, is fold.</li>
 * </ol>
 * The fold is returned as its own mask, cropped as the scripts crop it to its first {@code fl} slices
 * ({@code fl} = number of slices containing fold voxels); the label volume is not touched. If the label
 * at {@code (0, cc)} is 0 (cc falls between components), the rule is applied literally (then every
 * reached voxel is fold) and a note says so.
 *
 * <p>Cost: one 2-D labelling per searched slice (parallel over slices); with a fold, one 3-D EDT and one
 * watershed on the first {@code lenfold} slices only.
 */
final class SkinFoldStage {

    /**
     * @param chestCentre       {@code cc}: centre of mass (row, col) of {@code breast[0]}
     * @param searchedSlices    {@code lenfold}
     * @param componentsPerSlice per searched slice, the number of 2-D components above the size limit
     * @param foldFound         some searched slice has more than one such component
     * @param markerSlice       the slice {@code s} whose components seeded the watershed, -1 without fold
     * @param fold              fold voxels, shape {@code foldSlices x ny x nx}; null when there is none
     * @param foldSlices        {@code fl} (0 when there is no fold voxel)
     * @param notes             human-readable remarks
     */
    record Result(int[] chestCentre, int searchedSlices, int[] componentsPerSlice, boolean foldFound,
            int markerSlice, boolean[] fold, int foldSlices, List<String> notes) {
    }

    private final SegmentationSettings settings;
    private final TaskExecutor executor;

    SkinFoldStage(SegmentationSettings settings, TaskExecutor executor) {
        this.settings = settings;
        this.executor = executor;
    }

    /**
     * @param image    the HU image (for its id and shape)
     * @param breast   {@code img > -500} from {@link BreastMaskStage}
     * @param progress cancelled between slices
     */
    Result run(ShortVolume image, boolean[] breast, Progress progress) {
        Dims dims = image.dims();
        List<String> notes = new ArrayList<>();
        int[] cc = CentreOfMass.ofSlice(breast, dims, 0);
        if (cc == null) {
            throw new SegmentationException(image.id(), "slice 0 (the chest wall) has no breast voxel");
        }
        int lenfold = MethodOps.truncate(settings.fold().sliceFraction() * dims.nz());
        int[] counts = largeComponentsPerSlice(breast, dims, lenfold, progress);
        progress.report(0.2, "skin fold: components counted");
        int s = firstSliceWithMost(counts);
        if (s < 0 || counts[s] <= 1) {
            return new Result(cc, lenfold, counts, false, -1, null, 0, notes);
        }
        progress.checkCancelled();
        Dims sub = new Dims(lenfold, dims.ny(), dims.nx());
        boolean[] fold = foldOfWatershed(breast, dims, sub, s, cc, notes);
        progress.report(0.9, "skin fold: watershed done");
        int fl = MaskOps.slicesContaining(fold, sub, executor);
        notes.add("skin fold found: " + counts[s] + " components of more than " + settings.fold().minComponentPixels()
                + " pixels on slice " + s + ", fold voxels on " + fl + " slices");
        if (fl == 0) {
            notes.add("skin fold: the watershed gave every breast voxel to the breast; no fold volume");
            return new Result(cc, lenfold, counts, true, s, null, 0, notes);
        }
        boolean[] cropped = fl == lenfold ? fold : Arrays.copyOf(fold, fl * dims.sliceSize());
        return new Result(cc, lenfold, counts, true, s, cropped, fl, notes);
    }

    /**
     * docs/method.md 2.2, bullet 2: per slice of the first {@code lenfold}, the number of 8-connected 2-D
     * components of breast with more than 1000 pixels (counted on the slice's bounding box: same sizes).
     */
    private int[] largeComponentsPerSlice(boolean[] breast, Dims dims, int lenfold, Progress progress) {
        int[] counts = new int[lenfold];
        executor.forEach(lenfold, z -> {
            progress.checkCancelled();
            counts[z] = largeComponents(breast, dims, z);
        });
        return counts;
    }

    private int largeComponents(boolean[] breast, Dims dims, int z) {
        SliceCrop box = SliceCrop.of(breast, dims, z);
        if (box == null) {
            return 0;
        }
        ConnectedComponents.Components lab = ConnectedComponents.components(box.crop(breast), box.dims(),
                Connectivity.FULL, TaskExecutor.sequential());
        int n = 0;
        for (int l = 1; l <= lab.count(); l++) {
            n += lab.size(l) > settings.fold().minComponentPixels() ? 1 : 0;
        }
        return n;
    }

    /** The first index of the largest count, -1 when all counts are 0. */
    private static int firstSliceWithMost(int[] counts) {
        int s = -1;
        for (int z = 0; z < counts.length; z++) {
            if (counts[z] > (s < 0 ? 0 : counts[s])) {
                s = z;
            }
        }
        return s;
    }

    /**
     * docs/method.md 2.2, bullet 3: markers = the 2-D labels of {@code breast[s]} on slice s of
     * {@code breast[0:lenfold]}; {@code watershed} of its {@code -EDT}; every breast voxel of the sub-volume
     * outside the region at {@code (0, cc)} is fold.
     */
    private boolean[] foldOfWatershed(boolean[] breast, Dims dims, Dims sub, int s, int[] cc, List<String> notes) {
        boolean[] subBreast = MaskOps.firstSlices(breast, dims, sub.nz());
        EdtWatershed d = EdtWatershed.of(subBreast, sub, executor);
        int[] markers = ConnectedComponents.label(MaskOps.copySlice(breast, dims, s), dims.sliceDims(),
                Connectivity.FULL, TaskExecutor.sequential()).labels();
        EdtWatershed.Regions lab = d.floodFromSlice(s, markers, subBreast);
        int breastLabel = lab.labelAt(sub.index(0, cc[0], cc[1]));
        if (breastLabel == 0) {
            notes.add("skin fold: the chest-wall centre (0, " + cc[0] + ", " + cc[1]
                    + ") is not in a flooded region; as in the scripts every flooded voxel counts as fold");
        }
        return lab.otherThan(breastLabel, subBreast);
    }
}
