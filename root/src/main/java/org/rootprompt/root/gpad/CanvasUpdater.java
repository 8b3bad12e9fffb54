package org.rootprompt.root.gpad;

/**
 * Paints a canvas without keeping the picture, so that each pad learns its frame's coordinates
 * (what ROOT's TCanvas::Update gets from painting). The display module provides it through
 * {@link java.util.ServiceLoader}; without it, Update leaves the coordinates as they are.
 */
public interface CanvasUpdater {
    /** Lays out every pad of the canvas as painting would, setting each framed pad's coordinates. */
    void update(TCanvas canvas);
}
