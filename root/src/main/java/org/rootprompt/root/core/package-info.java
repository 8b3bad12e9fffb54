/**
 * ROOT's object model in Java: the global functions and the one error handler ({@link
 * org.rootprompt.root.core.ErrorHandler}), C formatting ({@link org.rootprompt.root.core.CFormat}).
 * The library knows nothing of Jupyter; the kernel listens to its events.
 */
package org.rootprompt.root.core;
