/**
 * Pieces of the Java2D canvas painter: ROOT's fonts and colours, and {@link
 * org.rootprompt.display.paint.LatexText}, which lays out and draws ROOT's TLatex strings.
 */
package org.rootprompt.display.paint;
