package org.rootprompt.display;

/**
 * The handle that {@code display(...)} returns, for {@code updateDisplay(id, obj)}. A cell that ends
 * with a display call shows the display, not this handle.
 */
public record DisplayId(String id) {
    @Override
    public String toString() {
        return id;
    }
}
