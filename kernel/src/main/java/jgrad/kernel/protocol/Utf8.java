package jgrad.kernel.protocol;

/** Where UTF-8 text may be cut without splitting a character. */
final class Utf8 {
    private Utf8() {
    }

    /**
     * The end of the last whole character in {@code b[start, end)}: {@code end}, or the start of a
     * multi-byte character whose last bytes have not been written yet. Malformed bytes count as whole
     * (the decoder replaces them).
     */
    static int completeEnd(byte[] b, int start, int end) {
        for (int i = end - 1; i >= Math.max(start, end - 3); i--) {
            int v = b[i] & 0xFF;
            if ((v & 0xC0) == 0x80) {
                continue; // a continuation byte: its lead byte is further back
            }
            int length = v >= 0xF0 ? 4 : v >= 0xE0 ? 3 : v >= 0xC0 ? 2 : 1;
            return end - i < length ? i : end;
        }
        return end;
    }
}
