package org.rootprompt.magics;

/**
 * A cell language: turns the user's source into Java for the JShell engine, with a map back to the
 * user's lines. Java is the identity; the C++ dialect translates.
 */
public interface FrontEnd {
    /** The language name used by magics and kernelspecs ("java", "cpp"). */
    String language();

    /** Translates a cell body whose first line is line {@code firstLine} of the cell. */
    Translation translate(String source, int firstLine) throws TranslationException;

    /** Java source plus where each of its lines came from. */
    record Translation(String java, SourceMap map) {}

    /** Maps 1-based Java lines and columns back to the cell. */
    interface SourceMap {
        /** The cell line of a Java line. */
        int line(int javaLine);

        /** The cell column of a Java column on a Java line. */
        default int column(int javaLine, int javaColumn) {
            return javaColumn;
        }

        /** Java line n is cell line n + offset. */
        static SourceMap shifted(int offset) {
            return javaLine -> javaLine + offset;
        }
    }

    /** The plain Java front-end: the source is already Java. */
    FrontEnd JAVA = new FrontEnd() {
        @Override
        public String language() {
            return "java";
        }

        @Override
        public Translation translate(String source, int firstLine) {
            return new Translation(source, SourceMap.shifted(firstLine - 1));
        }
    };
}
