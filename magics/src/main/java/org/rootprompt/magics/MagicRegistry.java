package org.rootprompt.magics;

import java.util.Map;
import java.util.TreeMap;

/** The line and cell magics of a session, by name. */
public final class MagicRegistry {
    private final Map<String, LineMagic> lineMagics = new TreeMap<>();
    private final Map<String, CellMagic> cellMagics = new TreeMap<>();

    /** A registry with the built-in magics. */
    public static MagicRegistry withBuiltins() {
        MagicRegistry r = new MagicRegistry();
        BuiltinMagics.registerAll(r);
        return r;
    }

    public void line(String name, LineMagic magic) {
        lineMagics.put(name, magic);
    }

    public void cell(String name, CellMagic magic) {
        cellMagics.put(name, magic);
    }

    public Map<String, LineMagic> lineMagics() {
        return java.util.Collections.unmodifiableMap(lineMagics);
    }

    public Map<String, CellMagic> cellMagics() {
        return java.util.Collections.unmodifiableMap(cellMagics);
    }

    public void runLine(String name, String args, MagicContext context) throws MagicException {
        LineMagic magic = lineMagics.get(name);
        if (magic == null) {
            throw new MagicException("Line magic function `%" + name + "` not found"
                    + (cellMagics.containsKey(name) ? " (but cell magic `%%" + name + "` exists, did you mean that instead?)." : "."));
        }
        magic.run(args, context);
    }

    public void runCell(String name, String args, String body, int bodyFirstLine, MagicContext context)
            throws MagicException {
        CellMagic magic = cellMagics.get(name);
        if (magic == null) {
            throw new MagicException("Cell magic `%%" + name + "` not found"
                    + (lineMagics.containsKey(name) ? " (but line magic `%" + name + "` exists, did you mean that instead?)." : "."));
        }
        magic.run(args, body, bodyFirstLine, context);
    }
}
