package org.rootprompt.magics;

/** A magic used as {@code %%name args} on the first line; the rest of the cell is its body. */
@FunctionalInterface
public interface CellMagic {
    void run(String args, String body, int bodyFirstLine, MagicContext context) throws MagicException;
}
