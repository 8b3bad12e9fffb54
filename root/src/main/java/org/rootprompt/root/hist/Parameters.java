package org.rootprompt.root.hist;

import java.util.Arrays;
import java.util.List;
import org.rootprompt.root.core.ErrorHandler;
import org.rootprompt.root.core.TObject;

/** The named parameters of a formula or function; bad indices and names are reported for the owner. */
final class Parameters {
    private final TObject owner;
    private double[] values;
    private String[] names;

    Parameters(TObject owner, List<String> names) {
        this.owner = owner;
        this.names = names.toArray(new String[0]);
        this.values = new double[this.names.length];
    }

    int size() {
        return values.length;
    }

    double[] values() {
        return values;
    }

    private boolean check(String method, int i) {
        if (i < 0 || i >= values.length) {
            ErrorHandler.report(ErrorHandler.kError, owner.ClassName() + "::" + method,
                    "Parameter index " + i + " out of range [0, " + values.length + ")");
            return false;
        }
        return true;
    }

    private int find(String method, String name) {
        int i = indexOf(name);
        if (i < 0) {
            ErrorHandler.report(ErrorHandler.kError, owner.ClassName() + "::" + method,
                    "Parameter " + name + " is not defined.");
        }
        return i;
    }

    int indexOf(String name) {
        return Arrays.asList(names).indexOf(name);
    }

    boolean valid(String method, int i) {
        return check(method, i);
    }

    double get(int i) {
        return check("GetParameter", i) ? values[i] : 0;
    }

    double get(String name) {
        int i = find("GetParameter", name);
        return i < 0 ? 0 : values[i];
    }

    void set(int i, double value) {
        if (check("SetParameter", i)) {
            values[i] = value;
        }
    }

    void set(String name, double value) {
        int i = find("SetParameter", name);
        if (i >= 0) {
            values[i] = value;
        }
    }

    void setAll(double... newValues) {
        System.arraycopy(newValues, 0, values, 0, Math.min(newValues.length, values.length));
    }

    String name(int i) {
        return check("GetParName", i) ? names[i] : "";
    }

    void setName(int i, String name) {
        if (check("SetParName", i)) {
            names[i] = name;
        }
    }

    void setNames(String... newNames) {
        for (int i = 0; i < newNames.length && i < names.length; i++) {
            names[i] = newNames[i];
        }
    }

    /** A copy for a cloned owner. */
    Parameters copyFor(TObject newOwner) {
        Parameters copy = new Parameters(newOwner, List.of(names));
        copy.values = values.clone();
        return copy;
    }
}
