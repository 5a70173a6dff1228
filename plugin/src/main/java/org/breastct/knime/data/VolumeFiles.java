package org.breastct.knime.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.breastct.io.npy.NpyDtype;
import org.breastct.io.npy.NpyHeader;
import org.breastct.io.npy.NpyReader;
import org.breastct.io.npy.NpyWriter;
import org.breastct.progress.Progress;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.MaskVolume;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Volume;
import org.breastct.volume.VoxelType;

/**
 * How a volume cell stores its voxels: one 3-D {@code .npy} file (engine {@link NpyWriter}; also
 * for one-slice masks), read back with the type, id and spacing of the cell's
 * {@link VolumeMetadata} (NPY stores neither id nor spacing). Plain Java, unit-tested.
 */
public final class VolumeFiles {

    private VolumeFiles() {
    }

    /** Writes {@code volume} to {@code file} (creating its folder) and returns the metadata to keep. */
    public static VolumeMetadata write(final Path file, final Volume volume, final Progress progress)
            throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        NpyWriter.write(file, volume, progress);
        return VolumeMetadata.of(volume);
    }

    /**
     * Reads the voxels written by {@link #write}.
     *
     * @throws IOException if the file is unreadable or does not hold the shape the metadata says
     */
    public static Volume read(final Path file, final VolumeMetadata m, final Progress progress) throws IOException {
        Volume v = NpyReader.read(file, m.type(), m.spacing(), progress);
        if (!v.dims().equals(m.dims())) {
            throw new IOException("volume '" + m.id() + "': file " + file + " holds " + v.dims() + " voxels, the cell says "
                    + m.dims());
        }
        return Volumes.withIdAndSpacing(v, m.id(), m.spacing());
    }

    /**
     * Reads only slice {@code z} ({@code vol[z]}) of a file written by {@link #write}: one read of
     * {@code ny * nx} elements at the slice's offset, so a slice of a 400 x 640 x 640 volume costs
     * O(slice), not O(volume). Files in another layout than {@link NpyWriter}'s (Fortran order or
     * another dtype than the cell's type) are read whole and the slice is copied out.
     *
     * @return a volume with {@code nz == 1}, the cell's id and spacing
     * @throws IOException if the file is unreadable, its shape is not the metadata's, or {@code z} is
     *     outside {@code 0..nz-1} (naming the volume)
     */
    public static Volume readCoronalSlice(final Path file, final VolumeMetadata m, final int z) throws IOException {
        Dims d = m.dims();
        if (z < 0 || z >= d.nz()) {
            throw new IOException("volume '" + m.id() + "' (" + d + "): slice " + z + " is outside 0.." + (d.nz() - 1));
        }
        Dims sliceDims = d.sliceDims();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            NpyHeader h = NpyReader.readHeader(file);
            long[] shape = h.shape();
            if (shape.length != 3 || shape[0] != d.nz() || shape[1] != d.ny() || shape[2] != d.nx()) {
                throw new IOException("volume '" + m.id() + "': file " + file + " holds shape " + h.shapeString()
                        + ", the cell says " + d);
            }
            if (h.fortranOrder() || h.dtype() != nativeDtype(m.type())) {
                return copySlice(read(file, m, Progress.NONE), z);
            }
            int item = h.dtype().itemSize();
            ByteBuffer buf = ByteBuffer.allocate(sliceDims.size() * item).order(h.byteOrder());
            long pos = h.headerLength() + (long) z * sliceDims.size() * item;
            while (buf.hasRemaining()) {
                if (ch.read(buf, pos + buf.position()) < 0) {
                    throw new IOException("volume '" + m.id() + "': file " + file + " ends inside slice " + z);
                }
            }
            buf.flip();
            return switch (m.type()) {
                case INT16 -> {
                    short[] a = new short[sliceDims.size()];
                    buf.asShortBuffer().get(a);
                    yield new ShortVolume(m.id(), sliceDims, m.spacing(), a);
                }
                case UINT8 -> {
                    byte[] a = new byte[sliceDims.size()];
                    buf.get(a);
                    yield new ByteVolume(m.id(), sliceDims, m.spacing(), a);
                }
                case BOOL -> {
                    boolean[] a = new boolean[sliceDims.size()];
                    for (int i = 0; i < a.length; i++) {
                        a[i] = buf.get(i) != 0;
                    }
                    yield new MaskVolume(m.id(), sliceDims, m.spacing(), a);
                }
            };
        }
    }

    private static NpyDtype nativeDtype(final VoxelType t) {
        return switch (t) {
            case INT16 -> NpyDtype.INT16;
            case UINT8 -> NpyDtype.UINT8;
            case BOOL -> NpyDtype.BOOL;
        };
    }

    /** Slice z of a volume in memory, as a new one-slice volume. */
    static Volume copySlice(final Volume v, final int z) {
        Dims s = v.dims().sliceDims();
        int from = z * s.size();
        if (v instanceof ShortVolume sv) {
            short[] a = new short[s.size()];
            System.arraycopy(sv.data(), from, a, 0, a.length);
            return new ShortVolume(v.id(), s, v.spacing(), a);
        }
        if (v instanceof ByteVolume bv) {
            byte[] a = new byte[s.size()];
            System.arraycopy(bv.data(), from, a, 0, a.length);
            return new ByteVolume(v.id(), s, v.spacing(), a);
        }
        boolean[] a = new boolean[s.size()];
        System.arraycopy(((MaskVolume) v).data(), from, a, 0, a.length);
        return new MaskVolume(v.id(), s, v.spacing(), a);
    }
}
