package org.rootprompt.display;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.rootprompt.root.gpad.CanvasWriter;
import org.rootprompt.root.gpad.TCanvas;
import org.rootprompt.root.io.TBufferJSON;

/** {@code c.SaveAs("c.json")}: the canvas in ROOT's TBufferJSON form, which JSROOT draws. */
public final class JsonCanvasWriter implements CanvasWriter {
    @Override
    public List<String> formats() {
        return List.of("json");
    }

    @Override
    public void write(TCanvas canvas, String format, OutputStream out) throws IOException {
        out.write(TBufferJSON.ConvertToJSON(canvas).getBytes(StandardCharsets.UTF_8));
    }
}
