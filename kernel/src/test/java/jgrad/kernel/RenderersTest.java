package jgrad.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import jgrad.kernel.display.Renderers;
import org.junit.jupiter.api.Test;

class RenderersTest {
    public static class Rich {
        public String toHtml() {
            return "<b>rich</b>";
        }

        public byte[] toPng() {
            return new byte[] {1, 2, 3};
        }

        @Override
        public String toString() {
            return "rich";
        }
    }

    @Test
    void conventionsAddMimeTypes() {
        DisplayData d = Renderers.render(new Rich());
        assertEquals("rich", d.getData(MIMEType.TEXT_PLAIN));
        assertEquals("<b>rich</b>", d.getData(MIMEType.TEXT_HTML));
        assertEquals("AQID", d.getData(MIMEType.IMAGE_PNG));
    }

    public static class StoppedWhileDrawing {
        @SuppressWarnings("removal")
        public String toHtml() {
            throw new ThreadDeath(); // what JShell's stop throws into the cell's threads
        }
    }

    @Test
    void aStopWhileRenderingStopsTheCellInsteadOfFallingBackToText() {
        assertThrows(ThreadDeath.class, () -> Renderers.render(new StoppedWhileDrawing()));
    }
}
