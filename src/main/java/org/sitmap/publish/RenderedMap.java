package org.sitmap.publish;

import java.awt.image.BufferedImage;

/**
 * A map drawn into an image, with the sources it cites.
 *
 * @param image     RGB image
 * @param citations the sources behind the zones shown and those named in the footer
 */
public record RenderedMap(BufferedImage image, Citations citations) {
}
