package jgrad.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads numeric CSV: every column a feature except the target column. */
final class Csv {
    private Csv() {
    }

    static TensorDataset read(BufferedReader reader, String source, boolean header, int targetColumn) {
        List<double[]> inputs = new ArrayList<>();
        List<Double> targets = new ArrayList<>();
        int width = -1;
        int lineNumber = 0;
        try (reader) {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if ((header && lineNumber == 1) || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",");
                if (width < 0) {
                    width = cells.length;
                } else if (cells.length != width) {
                    throw new IllegalArgumentException(source + " line " + lineNumber + ": expected " + width
                            + " columns, found " + cells.length);
                }
                int target = targetColumn < 0 ? width + targetColumn : targetColumn;
                if (target < 0 || target >= width) {
                    throw new IllegalArgumentException(source + ": target column " + targetColumn
                            + " out of range for " + width + " columns");
                }
                double[] row = new double[width - 1];
                for (int c = 0, k = 0; c < width; c++) {
                    double value = parse(cells[c], source, lineNumber, c);
                    if (c == target) {
                        targets.add(value);
                    } else {
                        row[k++] = value;
                    }
                }
                inputs.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + source, e);
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException(source + ": no data rows");
        }
        double[] y = targets.stream().mapToDouble(Double::doubleValue).toArray();
        return new TensorDataset(inputs.toArray(new double[0][]), y, new int[] {width - 1});
    }

    private static double parse(String cell, String source, int line, int column) {
        try {
            return Double.parseDouble(cell.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + " line " + line + ", column " + (column + 1)
                    + ": '" + cell + "' is not a number");
        }
    }
}
