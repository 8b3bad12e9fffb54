package org.rootprompt.magics;

/** A magic used as {@code %name args} on a line of its own. */
@FunctionalInterface
public interface LineMagic {
    void run(String args, MagicContext context) throws MagicException;
}
