/** KNIME nodes of the breast-CT extension: thin adapters over org.breastct.engine. */
package org.breastct.knime;
