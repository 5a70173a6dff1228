package org.breastct.io.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LabelDescriptionTest {

    @Test
    void namesTheMethodWhenKnown() {
        assertEquals("breast-ct segmentation (robust method)", DicomSeriesWriter.labelDescription("robust"));
        assertEquals("breast-ct segmentation (published method)", DicomSeriesWriter.labelDescription("published"));
        assertEquals(DicomSeriesWriter.LABEL_DESCRIPTION, DicomSeriesWriter.labelDescription(null));
    }
}
