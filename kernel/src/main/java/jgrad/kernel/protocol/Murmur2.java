package jgrad.kernel.protocol;

/**
 * MurmurHash2, 32 bits, little-endian: the hash JupyterLab's debugger and ipykernel compute of a cell's
 * code to name its source file, so the kernel's names and the front end's agree.
 */
final class Murmur2 {
    private static final int M = 0x5bd1e995;
    private static final int R = 24;

    private Murmur2() {
    }

    static int hash(byte[] data, int seed) {
        int len = data.length;
        int h = seed ^ len;
        int i = 0;
        while (len >= 4) {
            int k = (data[i] & 0xff) | (data[i + 1] & 0xff) << 8 | (data[i + 2] & 0xff) << 16 | (data[i + 3] & 0xff) << 24;
            k *= M;
            k ^= k >>> R;
            k *= M;
            h = h * M ^ k;
            i += 4;
            len -= 4;
        }
        switch (len) {
            case 3:
                h ^= (data[i + 2] & 0xff) << 16;
                // fall through
            case 2:
                h ^= (data[i + 1] & 0xff) << 8;
                // fall through
            case 1:
                h ^= data[i] & 0xff;
                h *= M;
                break;
            default:
                break;
        }
        h ^= h >>> 13;
        h *= M;
        h ^= h >>> 15;
        return h;
    }
}
