/**
 * ROOT's object model in Java: TObject, TNamed, gROOT, gDirectory and the one error handler.
 * The library knows nothing of Jupyter; the kernel listens to its events.
 */
package org.rootprompt.root.core;
