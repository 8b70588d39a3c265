package jgrad.kernel.magic;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The code cells of a .ipynb file, each with its place among all the notebook's cells. */
final class NotebookCells {
    /** A code cell: {@code number} counts every cell from 1, as they appear on screen. */
    record Cell(int number, String source) {
    }

    private NotebookCells() {
    }

    static List<Cell> read(Path notebook) throws IOException {
        JsonElement root;
        try {
            root = JsonParser.parseString(Files.readString(notebook));
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(notebook + " is not a notebook (not JSON: " + e.getMessage() + ")");
        }
        if (!root.isJsonObject() || !root.getAsJsonObject().has("cells")
                || !root.getAsJsonObject().get("cells").isJsonArray()) {
            throw new IllegalArgumentException(notebook + " is not a notebook (it has no \"cells\" list)");
        }
        List<Cell> out = new ArrayList<>();
        JsonArray cells = root.getAsJsonObject().getAsJsonArray("cells");
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isJsonObject()) {
                continue;
            }
            JsonObject cell = cells.get(i).getAsJsonObject();
            if (cell.has("cell_type") && "code".equals(cell.get("cell_type").getAsString())) {
                out.add(new Cell(i + 1, source(cell.get("source"))));
            }
        }
        return out;
    }

    /** nbformat stores a cell's source as one string or as a list of lines. */
    private static String source(JsonElement source) {
        if (source == null || source.isJsonNull()) {
            return "";
        }
        if (source.isJsonArray()) {
            StringBuilder sb = new StringBuilder();
            source.getAsJsonArray().forEach(line -> sb.append(line.getAsString()));
            return sb.toString();
        }
        return source.getAsString();
    }
}
