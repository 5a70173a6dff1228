package org.breastct.knime.view;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.breastct.knime.data.VolumeMetadata;
import org.breastct.progress.Progress;
import org.breastct.render.Planes;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Volume;

/**
 * A volume in memory as a {@link VolumeSource}; counts whole reads, and can hold them back until
 * {@link #release} (to see which requests need the whole volume).
 */
final class MemorySource implements VolumeSource {

    private final Volume volume;
    private final CountDownLatch gate;
    final AtomicInteger wholeReads = new AtomicInteger();

    MemorySource(final Volume volume) {
        this(volume, false);
    }

    MemorySource(final Volume volume, final boolean held) {
        this.volume = volume;
        this.gate = new CountDownLatch(held ? 1 : 0);
    }

    void release() {
        gate.countDown();
    }

    @Override
    public VolumeMetadata metadata() {
        return VolumeMetadata.of(volume);
    }

    @Override
    public Volume read(final Progress progress) throws IOException {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        wholeReads.incrementAndGet();
        return volume;
    }

    @Override
    public Volume readCoronalSlice(final int z) {
        if (volume instanceof ShortVolume s) {
            return Planes.coronal(s, z);
        }
        return Planes.coronal((ByteVolume) volume, z);
    }
}
