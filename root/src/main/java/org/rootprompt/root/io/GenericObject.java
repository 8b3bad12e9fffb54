package org.rootprompt.root.io;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.core.TObjString;

/**
 * An object of a class that this library does not know (a user's class such as {@code Event}), read
 * from a ROOT file as the file's own streamer info describes it: ROOT's class name and version, and
 * the members in streamer order by name (a base class's members among them). Values are boxed
 * numbers, Strings, primitive arrays (fixed arrays, {@code [fN]} arrays and {@code std::vector}s of
 * numbers; multi-dimensional arrays flat), String[] for {@code std::vector<string>}, nested objects
 * (a GenericObject, or one of our classes such as {@code TObjString}) and Object[] for arrays of
 * objects. Not a ROOT class: ROOT itself would emulate the class from the same streamer info.
 */
public final class GenericObject extends TObject {
    private final String className;
    private final int classVersion;
    private final Map<String, Object> members = new LinkedHashMap<>();

    GenericObject(String className, int classVersion) {
        this.className = className;
        this.classVersion = classVersion;
    }

    void put(String member, Object value) {
        members.put(member, value);
    }

    /** The class's name as the file spells it. */
    @Override
    public String ClassName() {
        return className;
    }

    /** Its fName member when it has one (a TNamed), else the class name, as ROOT's TObject::GetName. */
    @Override
    public String GetName() {
        return members.get("fName") instanceof String name ? name : className;
    }

    @Override
    public String GetTitle() {
        return members.get("fTitle") instanceof String title ? title : "";
    }

    @Override
    public boolean InheritsFrom(String name) {
        return className.equals(name) || super.InheritsFrom(name);
    }

    public int GetClassVersion() {
        return classVersion;
    }

    /** The value of a member (see the class comment for the types), or null if there is none of that name. */
    public Object Get(String member) {
        return members.get(member);
    }

    /** The members' names in streamer order. */
    public List<String> GetMemberNames() {
        return Collections.unmodifiableList(new ArrayList<>(members.keySet()));
    }

    /** One line per member: name and value, nested objects in braces. */
    @Override
    public void Print(String option) {
        System.out.print(describe());
    }

    /** What Print shows. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append(className).append(" (class version ").append(classVersion).append(")\n");
        int width = members.keySet().stream().mapToInt(String::length).max().orElse(0);
        members.forEach((name, value) -> out.append("  ").append(name)
                .append(" ".repeat(width - name.length() + 2)).append(format(value)).append('\n'));
        return out.toString();
    }

    @Override
    public String toString() {
        return format(this);
    }

    private static String format(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return '"' + s + '"';
        }
        if (value instanceof GenericObject g) {
            StringBuilder out = new StringBuilder(g.className).append(" {");
            String separator = "";
            for (Map.Entry<String, Object> e : g.members.entrySet()) {
                out.append(separator).append(e.getKey()).append(": ").append(format(e.getValue()));
                separator = ", ";
            }
            return out.append('}').toString();
        }
        if (value instanceof TObjString s) {
            return "TObjString {fString: \"" + s.GetString() + "\"}";
        }
        if (value.getClass().isArray()) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < Array.getLength(value); i++) {
                out.append(i > 0 ? ", " : "").append(format(Array.get(value, i)));
            }
            return out.append(']').toString();
        }
        if (value instanceof TObject o) {
            return o.ClassName() + " " + o.GetName();
        }
        return String.valueOf(value);
    }
}
