package org.knime.core.data.image.png;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.knime.core.data.DataType;

/**
 * Test-kit stand-in for {@code org.knime.core.data.image.png.PNGImageContent} (knime-core,
 * analytics-platform/5.8.2). As the real {@code PNGImageContent(byte[])}: null is a {@code NullPointerException}, and
 * the bytes are decoded with {@code ImageIO.read} at once, so bytes that are not an image are an
 * {@code IllegalArgumentException} ("ImageIO returned null while reading image bytes" / "Image can't be read").
 * {@link #getImage()} returns the decoded image, {@link #getByteArray()} a copy of the bytes. Checked in
 * PNGImageContent.java at the tag.
 */
public class PNGImageContent {

    public static final DataType TYPE = DataType.getType(PNGImageCell.class);

    private final byte[] m_imageBytes;

    private final BufferedImage m_image;

    public PNGImageContent(final byte[] imageBytes) {
        if (imageBytes == null) {
            throw new NullPointerException("Argument must not be null.");
        }
        m_imageBytes = imageBytes;
        try {
            m_image = ImageIO.read(new ByteArrayInputStream(imageBytes));
        } catch (IOException e) {
            throw new IllegalArgumentException("Image can't be read", e);
        }
        if (m_image == null) {
            throw new IllegalArgumentException("ImageIO returned null while reading image bytes");
        }
    }

    public byte[] getByteArray() {
        return Arrays.copyOf(m_imageBytes, m_imageBytes.length);
    }

    /** The decoded image (the real method returns it as {@code java.awt.Image}). */
    public BufferedImage getImage() {
        return m_image;
    }
}
