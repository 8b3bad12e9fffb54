/**
 * ROOT's pad model: canvases and pads ({@link org.rootprompt.root.gpad.TCanvas}, {@link
 * org.rootprompt.root.gpad.TPad}), the current pad {@code gPad}, the style {@code gStyle}, and what
 * drawing an object means (appending it to the current pad with its option). Rendering is elsewhere
 * (module display); this package only keeps what is drawn where, and which canvases changed.
 */
package org.rootprompt.root.gpad;
